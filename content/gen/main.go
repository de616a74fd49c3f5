// Command gen writes the derived files that content embeds (run by `go generate ./content`):
// snapshot.gob and snapshot_flat.bin, the pre-parsed content, and geo/france-services.tsv.gz and .idx, the France
// services compressed by chunks with their index.
package main

import (
	"fmt"
	"os"

	"aidants/content"
)

func main() {
	b, flat, err := content.GenerateSnapshot(os.DirFS("."))
	if err != nil {
		fmt.Fprintln(os.Stderr, "contenu invalide, instantané non écrit :\n"+err.Error())
		os.Exit(1)
	}
	if err := os.WriteFile("snapshot.gob", b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile("snapshot_flat.bin", flat, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := content.WriteFranceServicesFiles("."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
