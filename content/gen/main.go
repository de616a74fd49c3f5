// Command gen writes the derived files that content embeds (run by `go generate ./content`):
// snapshot.gob, the pre-parsed content, and geo/france-services.tsv.gz, the France services
// compressed.
package main

import (
	"fmt"
	"os"

	"aidants/content"
)

func main() {
	b, err := content.GenerateSnapshot(os.DirFS("."))
	if err != nil {
		fmt.Fprintln(os.Stderr, "contenu invalide, instantané non écrit :\n"+err.Error())
		os.Exit(1)
	}
	if err := os.WriteFile("snapshot.gob", b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := content.WriteGzipCopy("geo/france-services.tsv"); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
