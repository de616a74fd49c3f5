// Command fichemd prints a fiche's Markdown exactly as `aidants fiche` renders it (amounts
// resolved at the date), so that scripts/bench_ab.py can give glow the same text.
//
//	go run ./scripts/fichemd apa-domicile 2026-06-01 > apa-domicile.md
package main

import (
	"fmt"
	"os"
	"time"

	"aidants/content"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage : fichemd FICHE AAAA-MM-JJ")
		os.Exit(2)
	}
	d, err := time.Parse("2006-01-02", os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, "date invalide :", err)
		os.Exit(2)
	}
	set, err := content.Load()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	f, ok := set.Fiches[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "fiche %q inconnue\n", os.Args[1])
		os.Exit(2)
	}
	fmt.Print(f.Markdown(set.Params, d))
}
