package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"aidants/content"
	"aidants/guide"
	"aidants/rules"
)

// flags builds a flag set whose errors are reported in French by parse.
func flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parse parses flags and reports errors in French; ok is false on error (exit 2).
func parse(fs *flag.FlagSet, args []string, stderr io.Writer) bool {
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "aidants %s : %s\n\n%s", fs.Name(), flagError(err), usage)
		return false
	}
	return true
}

var (
	flagUndefinedRE = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	flagNeedsArgRE  = regexp.MustCompile(`^flag needs an argument: -+(.*)$`)
	flagBoolRE      = regexp.MustCompile(`^invalid boolean value (".*") for -+(\S+): .*$`)
	flagValueRE     = regexp.MustCompile(`(?s)^invalid value (".*") for flag -+(\S+): .*$`)
	flagSyntaxRE    = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagError says in French what the flag package found wrong, naming the option.
func flagError(err error) string {
	msg := err.Error()
	unq := func(q string) string {
		if u, err := strconv.Unquote(q); err == nil {
			return clip(u)
		}
		return clip(q)
	}
	switch {
	case err == flag.ErrHelp:
		return "aide demandée"
	case flagUndefinedRE.MatchString(msg):
		return "option inconnue : --" + clip(flagUndefinedRE.FindStringSubmatch(msg)[1])
	case flagNeedsArgRE.MatchString(msg):
		return "l'option --" + flagNeedsArgRE.FindStringSubmatch(msg)[1] + " attend une valeur"
	case flagBoolRE.MatchString(msg):
		m := flagBoolRE.FindStringSubmatch(msg)
		return fmt.Sprintf("--%s : « %s » n'est pas une réponse oui ou non (écrivez --%s seul, ou --%s=false)", m[2], unq(m[1]), m[2], m[2])
	case flagValueRE.MatchString(msg):
		m := flagValueRE.FindStringSubmatch(msg)
		return fmt.Sprintf("--%s : « %s » n'est pas un nombre entier", m[2], unq(m[1]))
	case flagSyntaxRE.MatchString(msg):
		return "option mal écrite : " + clip(flagSyntaxRE.FindStringSubmatch(msg)[1])
	}
	return "option invalide"
}

// strayArg reports an argument left after the options (exit 2); ok is false then.
func strayArg(fs *flag.FlagSet, stderr io.Writer, cmd string) bool {
	if fs.NArg() == 0 {
		return true
	}
	fail(stderr, cmd, exitUsage, "argument en trop : %q (voir aidants aide)", clip(fs.Arg(0)))
	return false
}

func fail(stderr io.Writer, cmd string, code int, format string, a ...any) int {
	fmt.Fprintf(stderr, "aidants %s : %s\n", cmd, fmt.Sprintf(format, a...))
	return code
}

// today is the evaluation date when none is given.
var today = func() time.Time {
	n := time.Now()
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
}

func parseDateFlag(s string) (time.Time, error) {
	if s == "" {
		return today(), nil
	}
	d, err := time.Parse(guide.DateFormat, s)
	if err != nil || d.Year() < 2000 || d.Year() > 2100 {
		return time.Time{}, fmt.Errorf("--date : %q n'est pas une date valide (attendu AAAA-MM-JJ, entre 2000 et 2100)", clip(s))
	}
	return d, nil
}

// loadGuide loads the content (installed pack or embedded) and the user's directory files.
func loadGuide(extraDirectory string, stderr io.Writer) (*guide.Guide, error) {
	set, err := loadContent(stderr)
	if err != nil {
		return nil, fmt.Errorf("contenu intégré invalide : %v", err)
	}
	g := guide.New(set)
	d, warnings := userDirectory(set, extraDirectory)
	for _, w := range warnings {
		fmt.Fprintln(stderr, "aidants : "+w)
	}
	g.Directory = d
	return g, nil
}

// userDirectory merges the user's own directory files (configuration folder, then
// --annuaire) into a copy of the embedded directory. A file with errors is refused, with
// its file and line, and the guide goes on with the rest.
func userDirectory(set *content.Set, extra string) (*content.Directory, []string) {
	var files []string
	if dir := userConfigDir(); dir != "" {
		matches, _ := filepath.Glob(filepath.Join(dir, "annuaire", "*.yaml"))
		files = append(files, matches...)
	}
	if extra != "" {
		files = append(files, extra)
	}
	if len(files) == 0 {
		return set.Directory, nil
	}
	d := set.Directory.Clone()
	var warnings []string
	for _, f := range files {
		b, err := readLimited(f, 4<<20)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("annuaire %s ignoré : %v", f, err))
			continue
		}
		df, probs := content.ParseDirectory(f, b)
		if len(probs) > 0 {
			warnings = append(warnings, "annuaire refusé, le guide continue avec les contacts intégrés :\n  "+strings.ReplaceAll(probs.Error(), "\n", "\n  "))
			continue
		}
		d.Add(df)
	}
	return d, warnings
}

// userConfigDir is the folder of the user's own files (directory, content packs):
// $XDG_CONFIG_HOME/aidants or the platform's equivalent. It is only read, never created.
func userConfigDir() string {
	if d := os.Getenv("AIDANTS_CONFIG"); d != "" {
		return d
	}
	d, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "aidants")
}

func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New("fichier illisible")
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, errors.New("lecture impossible")
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("fichier trop grand (au plus %d octets)", max)
	}
	return b, nil
}

// readSituation reads a situation from a file or standard input ("-").
func readSituation(path string, stdin io.Reader) (*rules.Situation, error) {
	var b []byte
	var err error
	if path == "-" || path == "" {
		b, err = io.ReadAll(io.LimitReader(stdin, guide.MaxInput+1))
		if err != nil {
			return nil, errors.New("lecture de l'entrée standard impossible")
		}
	} else {
		b, err = readLimited(path, guide.MaxInput)
		if err != nil {
			return nil, fmt.Errorf("--profil %s : %v", path, err)
		}
	}
	return guide.ParseSituation(b)
}

func cmdEvaluer(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("evaluer")
	profil := fs.String("profil", "-", "")
	format := fs.String("format", "json", "")
	date := fs.String("date", "", "")
	annuaire := fs.String("annuaire", "", "")
	label := fs.String("libelle", "", "")
	short := fs.Bool("court", false, "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail(stderr, "evaluer", exitUsage, "argument en trop : %q", clip(fs.Arg(0)))
	}
	var err error
	if *label, err = content.CleanLabel(*label); err != nil {
		return fail(stderr, "evaluer", exitUsage, "%v", err)
	}
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "evaluer", exitUsage, "%v", err)
	}
	if *format != "json" && *format != "markdown" && *format != "texte" {
		return fail(stderr, "evaluer", exitUsage, "--format : %q inconnu (attendu json, markdown ou texte)", clip(*format))
	}
	s, err := readSituation(*profil, stdin)
	if err != nil {
		return fail(stderr, "evaluer", exitUsage, "%v", err)
	}
	g, err := loadGuide(*annuaire, stderr)
	if err != nil {
		return fail(stderr, "evaluer", exitError, "%v", err)
	}
	p := g.Evaluate(s, d)
	switch *format {
	case "json":
		b, _ := p.JSON()
		stdout.Write(append(b, '\n'))
	case "markdown":
		io.WriteString(stdout, p.Markdown(guide.TextOptions{Label: *label, NotEligible: true, Short: *short}))
	default:
		io.WriteString(stdout, p.Text(guide.TextOptions{Width: 72, Label: *label, NotEligible: true, Short: *short}))
	}
	return exitOK
}

func cmdLot(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("lot")
	date := fs.String("date", "", "")
	full := fs.Bool("complet", false, "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail(stderr, "lot", exitUsage, "argument en trop : %q (les situations se lisent sur l'entrée standard : aidants lot < situations.jsonl)", clip(fs.Arg(0)))
	}
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "lot", exitUsage, "%v", err)
	}
	g, err := loadGuide("", stderr)
	if err != nil {
		return fail(stderr, "lot", exitError, "%v", err)
	}
	w := bufio.NewWriterSize(stdout, 1<<16)
	n, bad, err := guide.Batch(g, d, stdin, w, *full)
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if bad > 0 || err != nil {
		fmt.Fprintf(stderr, "aidants lot : %d situation(s) traitée(s), %d ligne(s) en erreur (voir les objets « error » dans la sortie).\n", n, bad)
	}
	if err != nil {
		var re *guide.ReadError
		if !errors.As(err, &re) {
			return fail(stderr, "lot", exitError, "écriture de la sortie impossible (disque plein ou sortie fermée ?)")
		}
		return fail(stderr, "lot", exitError, "%v", err)
	}
	return exitOK
}

func cmdGIR(args []string, stdout, stderr io.Writer) int {
	fs := flags("gir")
	aggir := fs.String("aggir", "", "")
	format := fs.String("format", "texte", "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if !strayArg(fs, stderr, "gir") {
		return exitUsage
	}
	if *aggir == "" {
		return fail(stderr, "gir", exitUsage, "--aggir est obligatoire (exemple : --aggir coherence=A,orientation=B,toilette=C,habillage=C,alimentation=B,elimination=B,transferts=B,deplacement_interieur=B)")
	}
	a, err := rules.ParseAGGIR(*aggir)
	if err != nil {
		return fail(stderr, "gir", exitUsage, "%v", err)
	}
	r, _ := rules.EstimateGIR(a)
	switch *format {
	case "json":
		b, _ := json.Marshal(r)
		stdout.Write(append(b, '\n'))
	case "texte":
		io.WriteString(stdout, guide.GIRText(r, a))
	default:
		return fail(stderr, "gir", exitUsage, "--format : %q inconnu (attendu json ou texte)", clip(*format))
	}
	return exitOK
}

// euroFlag reads an amount in euros ("1000", "1 000,50", "1000.5") into cents.
func euroFlag(name, v string) (rules.Cents, error) {
	s := strings.NewReplacer(" ", "", "\u00a0", "", "€", "").Replace(v)
	c, err := rules.ParseFixed(s, 2)
	if err != nil || c < 0 {
		return 0, fmt.Errorf("--%s : %q n'est pas un montant en euros (exemple : 1000 ou 1000,50)", name, clip(v))
	}
	if c > rules.MaxEuros {
		return 0, fmt.Errorf("--%s : montant trop grand (au plus 1 000 000 €)", name)
	}
	return c, nil
}

func cmdAPA(args []string, stdout, stderr io.Writer) int {
	fs := flags("apa")
	gir := fs.String("gir", "", "")
	plan := fs.String("plan", "", "")
	res := fs.String("ressources", "", "")
	couple := fs.Bool("couple", false, "")
	aspa := fs.Bool("aspa", false, "")
	unauthorised := fs.Bool("non-autorise", false, "")
	institution := fs.Bool("etablissement", false, "")
	tariff := fs.String("tarif-gir", "", "")
	tariff56 := fs.String("tarif-gir56", "", "")
	date := fs.String("date", "", "")
	format := fs.String("format", "texte", "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if !strayArg(fs, stderr, "apa") {
		return exitUsage
	}
	n, err := strconv.Atoi(*gir)
	if err != nil || n < 1 || n > 6 {
		return fail(stderr, "apa", exitUsage, "--gir : %q n'est pas un GIR (attendu un nombre de 1 à 6)", clip(*gir))
	}
	if n > 4 {
		return fail(stderr, "apa", exitUsage, "--gir : le GIR %d n'ouvre pas droit à l'APA (GIR 1 à 4 seulement, CASF art. R232-4)", n)
	}
	if *institution {
		return cmdAPAInstitution(n, *tariff, *tariff56, *res, *couple, *date, *format, stdout, stderr)
	}
	if *plan == "" || *res == "" {
		return fail(stderr, "apa", exitUsage, "--plan et --ressources sont obligatoires (montants mensuels en euros)")
	}
	pc, err := euroFlag("plan", *plan)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	rc, err := euroFlag("ressources", *res)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	if *format != "json" && *format != "texte" {
		return fail(stderr, "apa", exitUsage, "--format : %q inconnu (attendu json ou texte)", clip(*format))
	}
	set, err := loadContent(stderr)
	if err != nil {
		return fail(stderr, "apa", exitError, "contenu intégré invalide : %v", err)
	}
	out, err := set.Params.ComputeAPA(rules.APAInput{GIR: n, Plan: pc, Resources: rc, Couple: *couple, ReceivesASPA: *aspa, Unauthorised: *unauthorised}, d)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	if *format == "json" {
		b, _ := json.Marshal(guide.APAJSONOf(out))
		stdout.Write(append(b, '\n'))
		return exitOK
	}
	io.WriteString(stdout, guide.APAText(out, *couple, *aspa))
	return exitOK
}

func cmdFiches(args []string, stdout, stderr io.Writer) int {
	fs := flags("fiches")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if !strayArg(fs, stderr, "fiches") {
		return exitUsage
	}
	set, err := loadContent(stderr)
	if err != nil {
		return fail(stderr, "fiches", exitError, "contenu intégré invalide : %v", err)
	}
	w := bufio.NewWriter(stdout)
	for _, e := range rules.Catalogue {
		title := e.Title
		if f, ok := set.Fiches[e.ID]; ok {
			title = f.Title
		}
		fmt.Fprintf(w, "%-34s %s\n", e.ID, title)
	}
	w.Flush()
	return exitOK
}

func cmdVersion(stdout io.Writer) int {
	set, st, err := content.LoadPreferred(userConfigDir())
	fmt.Fprintf(stdout, "aidants %s (commit %s)\n", version, commit)
	if err != nil {
		fmt.Fprintln(stdout, "contenu intégré invalide")
		return exitError
	}
	fmt.Fprintln(stdout, packSummary(st))
	fmt.Fprintf(stdout, "Montants : dernière valeur en vigueur le %s\n", rules.FrenchDate(set.Params.Newest()))
	fmt.Fprintf(stdout, "Fiches : dernière relecture le %s\n", rules.FrenchDate(set.LastReview()))
	fmt.Fprintln(stdout, content.GeoCredit)
	return exitOK
}
