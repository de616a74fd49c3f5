package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/term"

	"aidants/content"
	"aidants/rules"
	"aidants/tui"
)

// outputStyle picks the Markdown style for standard output: plain when it is not a terminal
// or NO_COLOR is set.
func outputStyle(w io.Writer) tui.Style {
	if os.Getenv("NO_COLOR") != "" {
		return tui.StylePlain
	}
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		return tui.StyleDark
	}
	return tui.StylePlain
}

func cmdFiche(args []string, stdout, stderr io.Writer) int {
	// accept the id before or after the options
	var id string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		id, args = args[0], args[1:]
	}
	fs := flags("fiche")
	width := fs.Int("largeur", 80, "")
	date := fs.String("date", "", "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if id == "" && fs.NArg() > 0 {
		id = fs.Arg(0)
		args = fs.Args()[1:]
		if err := fs.Parse(args); err != nil { // options after the id: fiche --largeur 60 ID --date …
			fmt.Fprintf(stderr, "aidants fiche : %s\n\n%s", flagError(err), usage)
			return exitUsage
		}
	}
	if !strayArg(fs, stderr, "fiche") {
		return exitUsage
	}
	if id == "" {
		return fail(stderr, "fiche", exitUsage, "indiquez l'identifiant d'une fiche (la liste : aidants fiches)")
	}
	if *width < 20 || *width > 500 {
		return fail(stderr, "fiche", exitUsage, "--largeur : %d n'est pas possible (entre 20 et 500 colonnes)", *width)
	}
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "fiche", exitUsage, "%v", err)
	}
	set, err := loadContent(stderr)
	if err != nil {
		return fail(stderr, "fiche", exitError, "contenu intégré invalide : %v", err)
	}
	f, ok := set.Fiches[id]
	if !ok {
		return fail(stderr, "fiche", exitUsage, "fiche %q inconnue (la liste : aidants fiches)", clip(id))
	}
	out, err := tui.RenderMarkdown(f.Markdown(set.Params, d), *width, outputStyle(stdout))
	if err != nil {
		return fail(stderr, "fiche", exitError, "%v", err)
	}
	io.WriteString(stdout, out)
	return exitOK
}

func cmdContenu(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return cmdContenuStatus(stdout, stderr)
	}
	switch args[0] {
	case "installer", "retirer", "empaqueter", "cle":
		return cmdContenuPack(args, stdout, stderr)
	case "verifier":
		fs := flags("contenu verifier")
		dir := fs.String("dir", "", "")
		if !parse(fs, args[1:], stderr) || !strayArg(fs, stderr, "contenu verifier") {
			return exitUsage
		}
		var set *content.Set
		var err error
		where := "contenu intégré"
		if *dir != "" {
			if st, e := os.Stat(*dir); e != nil || !st.IsDir() {
				return fail(stderr, "contenu verifier", exitUsage, "--dir : %q n'est pas un dossier lisible", clip(*dir))
			}
			if err := content.CheckPackLimits(os.DirFS(*dir)); err != nil {
				// the limits of « contenu empaqueter »: a folder checked here can be packed
				fmt.Fprintf(stdout, "%s : %v\n", *dir, err)
				return exitUsage
			}
			set, err = content.LoadFS(os.DirFS(*dir))
			where = *dir
		} else {
			var st *content.PackStatus
			set, st, err = content.LoadPreferred(userConfigDir())
			if st.Used {
				where = "paquet installé " + st.Dir
			} else if st.Problem != nil {
				fmt.Fprintf(stdout, "Le paquet installé (%s) est ignoré : %s\n", st.Dir, strings.ReplaceAll(st.Problem.Error(), "\n", "\n  "))
				if ps, ok := err.(content.Problems); ok || err == nil {
					err = append(ps, content.Problem{File: st.Dir, Message: "paquet installé ignoré : " + firstLine(st.Problem)})
				}
			}
		}
		var probs content.Problems
		if ps, ok := err.(content.Problems); ok {
			probs = append(probs, ps...)
		} else if err != nil {
			probs = append(probs, content.Problem{File: where, Message: err.Error()})
		}
		if set != nil && set.Params != nil {
			probs = append(probs, set.Verify()...)
		}
		if *dir == "" && set != nil {
			_, warnings := userDirectory(set, "")
			for _, w := range warnings {
				fmt.Fprintln(stdout, w)
			}
			if len(warnings) > 0 {
				probs = append(probs, content.Problem{File: userConfigDir(), Message: "annuaire personnel refusé (voir ci-dessus)"})
			}
		}
		if len(probs) > 0 {
			for _, p := range probs {
				fmt.Fprintln(stdout, p.String())
			}
			fmt.Fprintf(stdout, "%d problème(s) dans le %s.\n", len(probs), where)
			return exitUsage
		}
		fmt.Fprintf(stdout, "Contenu vérifié (%s) : %d fiches, %d sigles, %d lettres, %d paramètres, aucun problème.\n",
			where, len(set.Fiches), len(set.Glossary), len(set.Letters), len(set.Params.All()))
		return exitOK
	case "montants":
		fs := flags("contenu montants")
		date := fs.String("date", "", "")
		if !parse(fs, args[1:], stderr) || !strayArg(fs, stderr, "contenu montants") {
			return exitUsage
		}
		d, err := parseDateFlag(*date)
		if err != nil {
			return fail(stderr, "contenu montants", exitUsage, "%v", err)
		}
		set, err := loadContent(stderr)
		if err != nil {
			return fail(stderr, "contenu montants", exitError, "contenu intégré invalide : %v", err)
		}
		w := bufio.NewWriter(stdout)
		fmt.Fprintf(w, "Montants en vigueur au %s (à écrire {{nom}} dans une fiche)\n\n", rules.FrenchDate(d))
		for _, name := range set.Params.AmountNames() {
			q, _ := set.Params.Amount(name, d)
			asOf := ""
			if !q.AsOf.IsZero() {
				asOf = q.AsOf.Format("2006-01-02")
			}
			fmt.Fprintf(w, "%-45s %-28s %-10s %s\n", name, q.Format(), asOf, q.Confidence)
		}
		w.Flush()
		return exitOK
	}
	return fail(stderr, "contenu", exitUsage, "sous-commande %s inconnue (verifier, montants, installer, retirer, empaqueter ou cle)", strconv.Quote(clip(args[0])))
}
