package main

// Content packs on the command line: which content the guide uses, installing and
// removing a pack (users), building and signing one, generating a key (maintainers).
// The work is done by package content (content/pack.go).

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"aidants/content"
	"aidants/rules"
)

// loadContent returns the content the guide uses: the pack installed in the user's
// configuration folder when it is valid, otherwise the embedded content. An installed
// pack that is refused is reported on stderr (once: each command loads once).
func loadContent(stderr io.Writer) (*content.Set, error) {
	set, st, err := content.LoadPreferred(userConfigDir())
	if w := st.Warning(); w != "" {
		fmt.Fprintln(stderr, "aidants : "+w)
	}
	return set, err
}

// firstLine is the first line of an error, for one-line summaries.
func firstLine(err error) string {
	s, _, _ := strings.Cut(err.Error(), "\n")
	return s
}

// packSummary is one line saying which content is in use, for « aidants version ».
func packSummary(st *content.PackStatus) string {
	switch {
	case st.Used:
		return fmt.Sprintf("Contenu : paquet « %s » signé le %s%s", st.Manifest.Label, rules.FrenchDate(st.Manifest.Created), installedOn(st))
	case st.Installed && st.Older:
		return fmt.Sprintf("Contenu : intégré au programme (le paquet installé « %s », signé le %s, est plus ancien : ignoré)", st.Manifest.Label, rules.FrenchDate(st.Manifest.Created))
	case st.Installed:
		return "Contenu : intégré au programme (paquet installé ignoré : " + firstLine(st.Problem) + ")"
	}
	return "Contenu : intégré au programme (aucun paquet de mise à jour installé)"
}

// installedOn is ", installé le …" from the date the pack folder was written, or "".
func installedOn(st *content.PackStatus) string {
	fi, err := os.Stat(filepath.Join(st.Dir, "paquet.json"))
	if err != nil {
		return ""
	}
	t := fi.ModTime()
	return ", installé le " + rules.FrenchDate(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC))
}

func contentDates(set *content.Set) string {
	return fmt.Sprintf("montants : dernière valeur en vigueur le %s ; fiches : dernière relecture le %s",
		rules.FrenchDate(set.Params.Newest()), rules.FrenchDate(set.LastReview()))
}

// cmdContenuStatus is « aidants contenu »: what is installed, from when, what is used.
func cmdContenuStatus(stdout, stderr io.Writer) int {
	cfg := userConfigDir()
	set, st, err := content.LoadPreferred(cfg)
	if err != nil {
		return fail(stderr, "contenu", exitError, "contenu intégré invalide : %v", err)
	}
	emb := content.MustLoad()
	w := stdout
	switch {
	case st.Used:
		fmt.Fprintf(w, "Contenu utilisé : paquet de mise à jour « %s »\n", st.Manifest.Label)
		fmt.Fprintf(w, "  signé le %s%s (clé %s), %d fichiers\n", rules.FrenchDate(st.Manifest.Created), installedOn(st), st.Manifest.Key, len(st.Manifest.Files))
		fmt.Fprintf(w, "  dossier : %s\n", st.Dir)
		fmt.Fprintf(w, "  %s\n", contentDates(set))
		fmt.Fprintf(w, "Contenu intégré au programme (version %s), remplacé par le paquet :\n  %s\n", version, contentDates(emb))
	default:
		fmt.Fprintf(w, "Contenu utilisé : contenu intégré au programme (version %s)\n  %s\n", version, contentDates(emb))
		switch {
		case st.Installed && st.Older:
			fmt.Fprintf(w, "Paquet installé : « %s », signé le %s%s, ignoré car plus ancien que le contenu intégré\n  (%s)\n",
				st.Manifest.Label, rules.FrenchDate(st.Manifest.Created), installedOn(st), contentDates(st.Pack))
			fmt.Fprintf(w, "  dossier : %s (pour le supprimer : aidants contenu retirer)\n", st.Dir)
		case st.Installed:
			fmt.Fprintf(w, "Paquet installé : ignoré, car invalide :\n  %s\n", strings.ReplaceAll(st.Problem.Error(), "\n", "\n  "))
			fmt.Fprintf(w, "  dossier : %s (pour le supprimer : aidants contenu retirer ; pour le remplacer : aidants contenu installer FICHIER)\n", st.Dir)
		case cfg == "":
			fmt.Fprintln(w, "Paquet installé : aucun (dossier de configuration introuvable : définissez AIDANTS_CONFIG)")
		default:
			fmt.Fprintf(w, "Paquet installé : aucun (il irait dans %s)\n  Pour installer une mise à jour : aidants contenu installer FICHIER\n", st.Dir)
		}
	}
	if cfg != "" {
		dir := filepath.Join(cfg, "annuaire")
		files, _ := filepath.Glob(filepath.Join(dir, "*.yaml"))
		if len(files) == 0 {
			fmt.Fprintf(w, "Annuaire personnel : aucun fichier (à placer dans %s)\n", dir)
		} else {
			fmt.Fprintf(w, "Annuaire personnel : %d fichier(s) dans %s (vérification : aidants contenu verifier)\n", len(files), dir)
		}
	}
	fmt.Fprintln(w, "Commandes : aidants contenu verifier | montants | installer FICHIER | retirer | empaqueter | cle")
	return exitOK
}

// cmdContenuPack runs the pack subcommands of « aidants contenu ».
func cmdContenuPack(args []string, stdout, stderr io.Writer) int {
	switch args[0] {
	case "installer":
		return cmdContenuInstaller(args[1:], stdout, stderr)
	case "retirer":
		return cmdContenuRetirer(args[1:], stdout, stderr)
	case "empaqueter":
		return cmdContenuEmpaqueter(args[1:], stdout, stderr)
	case "cle":
		return cmdContenuCle(args[1:], stdout, stderr)
	}
	return fail(stderr, "contenu", exitUsage, "sous-commande %q inconnue", clip(args[0]))
}

// splitFileArg accepts the file before or after the options.
func splitFileArg(args []string) (string, []string) {
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		return args[0], args[1:]
	}
	return "", args
}

func cmdContenuInstaller(args []string, stdout, stderr io.Writer) int {
	const cmd = "contenu installer"
	file, args := splitFileArg(args)
	fs := flags(cmd)
	force := fs.Bool("force", false, "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if file == "" && fs.NArg() > 0 {
		file = fs.Arg(0)
	} else if fs.NArg() > 0 {
		return fail(stderr, cmd, exitUsage, "argument en trop : %q", clip(fs.Arg(0)))
	}
	if file == "" {
		return fail(stderr, cmd, exitUsage, "indiquez le fichier du paquet (exemple : aidants contenu installer E:\\aidants-contenu-2027-01.paquet)")
	}
	cfg := userConfigDir()
	if cfg == "" {
		return fail(stderr, cmd, exitError, "dossier de configuration introuvable : définissez la variable AIDANTS_CONFIG")
	}
	b, err := readLimited(file, content.MaxPackSize)
	if err != nil {
		return fail(stderr, cmd, exitUsage, "%s : %v", file, err)
	}
	res, err := content.InstallPack(cfg, b, *force)
	if err != nil {
		_, st, _ := content.LoadPreferred(cfg)
		inUse := "le contenu intégré au programme"
		if st.Used {
			inUse = fmt.Sprintf("le paquet « %s » signé le %s", st.Manifest.Label, rules.FrenchDate(st.Manifest.Created))
		}
		var pe *content.PackError
		if errors.As(err, &pe) {
			fmt.Fprintf(stderr, "aidants %s : %s refusé.\n%s\nRien n'a changé : le guide utilise toujours %s.\n", cmd, file, err, inUse)
			return exitUsage
		}
		fmt.Fprintf(stderr, "aidants %s : %v\nRien n'a changé : le guide utilise toujours %s.\n", cmd, err, inUse)
		return exitError
	}
	m := res.Pack.Manifest
	if res.AlreadyInstalled {
		fmt.Fprintf(stdout, "Le paquet « %s » (signé le %s) est déjà installé : rien à faire.\n", m.Label, rules.FrenchDate(m.Created))
		return exitOK
	}
	fmt.Fprintf(stdout, "Paquet « %s » installé : signé le %s par la clé des mainteneurs (%s), %d fichiers vérifiés.\n", m.Label, rules.FrenchDate(m.Created), m.Key, len(m.Files))
	fmt.Fprintf(stdout, "Dossier : %s\n", content.PackDir(cfg))
	if emb, err := content.Load(); err == nil && content.OlderThan(res.Pack.Set, emb) {
		fmt.Fprintf(stdout, "Attention : ce paquet est plus ancien que le contenu intégré au programme, qui reste utilisé.\n")
		return exitOK
	}
	fmt.Fprintf(stdout, "Le guide l'utilise dès maintenant : %s.\n", contentDates(res.Pack.Set))
	return exitOK
}

func cmdContenuRetirer(args []string, stdout, stderr io.Writer) int {
	const cmd = "contenu retirer"
	fs := flags(cmd)
	if !parse(fs, args, stderr) || !strayArg(fs, stderr, cmd) {
		return exitUsage
	}
	cfg := userConfigDir()
	if cfg == "" {
		return fail(stderr, cmd, exitError, "dossier de configuration introuvable : définissez la variable AIDANTS_CONFIG")
	}
	if err := content.RemovePack(cfg); err != nil {
		if errors.Is(err, content.ErrNotInstalled) {
			fmt.Fprintln(stdout, "Aucun paquet installé : le guide utilise déjà le contenu intégré au programme.")
			return exitOK
		}
		return fail(stderr, cmd, exitError, "suppression impossible : %s", content.SystemReason(err))
	}
	fmt.Fprintln(stdout, "Paquet retiré : le guide utilise le contenu intégré au programme.")
	return exitOK
}

// readKeyFile reads a maintainer's private key file (see content.ParsePrivateKey).
func readKeyFile(path string) (ed25519.PrivateKey, error) {
	b, err := readLimited(path, 4096)
	if err != nil {
		return nil, err
	}
	k, err := content.ParsePrivateKey(b)
	if err != nil {
		return nil, err
	}
	// A public key has the size of a seed: catch the usual mix-up.
	isPublic := strings.HasSuffix(strings.ToLower(path), ".pub")
	for _, pub := range content.TrustedKeys {
		if raw, _ := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b))); pub.Equal(ed25519.PublicKey(raw)) || pub.Equal(ed25519.PublicKey(b)) {
			isPublic = true
		}
	}
	if isPublic {
		return nil, errors.New("c'est une clé publique ; il faut la clé privée (le fichier sans « .pub »)")
	}
	return k, nil
}

func cmdContenuEmpaqueter(args []string, stdout, stderr io.Writer) int {
	const cmd = "contenu empaqueter"
	fs := flags(cmd)
	dir := fs.String("dir", "", "")
	keyFile := fs.String("cle", "", "")
	out := fs.String("sortie", "", "")
	label := fs.String("libelle", "", "")
	force := fs.Bool("force", false, "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail(stderr, cmd, exitUsage, "argument en trop : %q", clip(fs.Arg(0)))
	}
	if *dir == "" || *keyFile == "" || *out == "" {
		return fail(stderr, cmd, exitUsage, "--dir, --cle et --sortie sont obligatoires (exemple : aidants contenu empaqueter --dir content --cle ~/cle-aidants --sortie aidants-contenu-2027-01.paquet)")
	}
	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		return fail(stderr, cmd, exitUsage, "--dir : %q n'est pas un dossier lisible", clip(*dir))
	}
	if _, err := content.CleanLabel(*label); err != nil {
		return fail(stderr, cmd, exitUsage, "%v", err)
	}
	key, err := readKeyFile(*keyFile)
	if err != nil {
		return fail(stderr, cmd, exitUsage, "--cle %s : %v", *keyFile, err)
	}
	if _, err := os.Stat(*out); err == nil && !*force {
		return fail(stderr, cmd, exitUsage, "--sortie : %s existe déjà (--force pour le remplacer)", *out)
	}
	now := time.Now().UTC()
	if *label == "" {
		*label = "Contenu du " + rules.FrenchDate(today())
	}
	b, err := content.BuildPack(os.DirFS(*dir), *label, key, now)
	if err != nil {
		var pe *content.PackError
		if errors.As(err, &pe) {
			fmt.Fprintf(stderr, "aidants %s : %s : %v\nAucun paquet écrit (détail : aidants contenu verifier --dir %s).\n", cmd, *dir, err, *dir)
			return exitUsage
		}
		return fail(stderr, cmd, exitUsage, "%s : %v", *dir, err)
	}
	pub := key.Public().(ed25519.PublicKey)
	p, err := content.OpenPack(b, []ed25519.PublicKey{pub}) // the pack reads back as a user's program will read it
	if err != nil {
		return fail(stderr, cmd, exitError, "le paquet construit ne se relit pas : %v", err)
	}
	if err := writeFileAtomic(*out, b); err != nil {
		return fail(stderr, cmd, exitError, "écriture de %s impossible : %s", *out, content.SystemReason(err))
	}
	sum := sha256.Sum256(b)
	fmt.Fprintf(stdout, "Paquet écrit : %s (%d octets, %d fichiers)\n", *out, len(b), len(p.Manifest.Files))
	fmt.Fprintf(stdout, "  libellé : %s ; signé le %s avec la clé %s\n", p.Manifest.Label, rules.FrenchDate(now), content.KeyFingerprint(pub))
	fmt.Fprintf(stdout, "  %s\n", contentDates(p.Set))
	fmt.Fprintf(stdout, "  SHA-256 : %s\n", hex.EncodeToString(sum[:]))
	trusted := false
	for _, k := range content.TrustedKeys {
		if k.Equal(pub) {
			trusted = true
		}
	}
	if !trusted {
		fmt.Fprintf(stdout, "Attention : cette clé n'est pas celle que ce programme reconnaît (%s) : ce programme refusera ce paquet ; seuls les programmes compilés avec la clé publique %s l'accepteront.\n",
			content.KeyFingerprint(content.TrustedKeys[0]), base64.StdEncoding.EncodeToString(pub))
	}
	return exitOK
}

// writeFileAtomic writes a file next to its destination, then renames it into place.
func writeFileAtomic(name string, b []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), ".aidants-paquet-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if _, err := f.Write(b); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	os.Chmod(tmp, 0o644)
	if err := os.Rename(tmp, name); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

func cmdContenuCle(args []string, stdout, stderr io.Writer) int {
	const cmd = "contenu cle"
	fs := flags(cmd)
	out := fs.String("sortie", "", "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if *out == "" || fs.NArg() > 0 {
		return fail(stderr, cmd, exitUsage, "--sortie FICHIER est obligatoire (la clé privée y est écrite, la clé publique dans FICHIER.pub)")
	}
	pub, err := content.WriteKeyPair(*out)
	if err != nil {
		return fail(stderr, cmd, exitUsage, "%v", err)
	}
	fmt.Fprintf(stdout, "Clé privée : %s (lisible par vous seul). Ne la mettez jamais dans le dépôt ; gardez-en une copie hors ligne.\n", *out)
	fmt.Fprintf(stdout, "Clé publique : %s.pub\n  %s (empreinte %s)\n", *out, base64.StdEncoding.EncodeToString(pub), content.KeyFingerprint(pub))
	fmt.Fprintln(stdout, "Pour que le programme accepte les paquets signés avec cette clé : copiez la clé publique dans content/pack_key.go, puis recompilez (make dist).")
	return exitOK
}
