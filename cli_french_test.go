//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
)

// english is what the Go libraries say when their errors leak to the user.
var english = regexp.MustCompile(`(?i)\b(flag|invalid|parse error|cannot|not a directory|no such file|permission denied|yaml: |json: |unmarshal|aliasing|mkdir|open )\b`)

// Command-line errors are French, name the option or the field, and exit 2 for bad input;
// a stray argument is an error.
func TestCommandLineErrorsInFrench(t *testing.T) {
	_, keyFile := packEnv(t)
	dir := t.TempDir()
	notDir := filepath.Join(dir, "fichier")
	os.WriteFile(notDir, []byte("x"), 0o644)
	badYAML := filepath.Join(dir, "annuaire.yaml")
	os.WriteFile(badYAML, []byte("department: \"75\"\ncontacts:\n  - name: [a, b]\n"), 0o644)
	pack := makePack(t, keyFile, "APA")
	// never the real /dev/null: before the fix, --force replaced it by a file
	fifo := filepath.Join(dir, "tube")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFO here")
	}
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"fiche", "--largeur", "abc", "apa-domicile"}, 2, "--largeur : « abc » n'est pas un nombre entier"},
		{[]string{"apa", "--couple=maybe"}, 2, "--couple : « maybe » n'est pas une réponse oui ou non"},
		{[]string{"fiche", "--inconnue"}, 2, "option inconnue : --inconnue"},
		{[]string{"fiche", "a", "b"}, 2, "argument en trop : \"b\""},
		{[]string{"fiche", "apa-domicile", "b"}, 2, "argument en trop : \"b\""},
		{[]string{"lot", "extra"}, 2, "argument en trop : \"extra\""},
		{[]string{"gir", "x"}, 2, "argument en trop"},
		{[]string{"ehpad", "--gir", "2", "x"}, 2, "argument en trop"},
		{[]string{"fiches", "x"}, 2, "argument en trop"},
		{[]string{"version", "x"}, 2, "argument en trop"},
		{[]string{"contenu", "verifier", "x"}, 2, "argument en trop"},
		{[]string{"exporter", "--profil", "-", "--format", "texte", "--sortie", fifo, "--force"}, 2, "tube (FIFO), pas un fichier ordinaire"},
		{[]string{"exporter", "--profil", "-", "--format", "texte", "--sortie", dir}, 2, "est un dossier"},
		{[]string{"evaluer", "--annuaire", badYAML}, 0, "champ « contacts.name » : une liste reçu, un texte attendu"},
		{[]string{"contenu", "cle", "--sortie", filepath.Join(notDir, "cle")}, 2, "un élément du chemin est un fichier, pas un dossier"},
		{[]string{"evaluer", "--libelle", strings.Repeat("é", 121)}, 2, "--libelle : 120 caractères au plus (reçu 121)"},
		{[]string{"contenu", "empaqueter", "--dir", dir, "--cle", keyFile, "--sortie", filepath.Join(dir, "p"), "--libelle", strings.Repeat("x", 121)}, 2, "--libelle : 120 caractères au plus"},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		code := run(c.args, strings.NewReader(`{"person":{"age":84}}`), &out, &errb)
		msg := errb.String()
		first, _, _ := strings.Cut(msg, "\n\nUtilisation")
		if code != c.code || !strings.Contains(msg, c.want) || english.MatchString(first) {
			t.Errorf("aidants %q: exit %d (want %d)\n%s\nwant %q, no English", c.args, code, c.code, first, c.want)
		}
	}
	// installing into a configuration "folder" that is a file
	t.Setenv("AIDANTS_CONFIG", filepath.Join(notDir, "config"))
	var out, errb bytes.Buffer
	code := run([]string{"contenu", "installer", pack}, strings.NewReader(""), &out, &errb)
	if code == 0 || english.MatchString(errb.String()) || !strings.Contains(errb.String(), "pas un dossier") {
		t.Errorf("installer into a file: exit %d\n%s", code, errb.String())
	}
}

// « exporter --sortie - » writes the document on standard output, and nothing else; no
// file named « - » is created.
func TestExportToStandardOutput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code := run([]string{"exporter", "--profil", "-", "--format", "markdown", "--sortie", "-"}, strings.NewReader(`{"person":{"age":84}}`), &out, &errb)
	if code != 0 || !strings.HasPrefix(out.String(), "# ") || strings.Contains(out.String(), "Plan écrit") || errb.Len() > 0 {
		t.Fatalf("exit %d\n%.300s\n%s", code, out.String(), errb.String())
	}
	if _, err := os.Lstat(filepath.Join(dir, "-")); err == nil {
		t.Fatal("a file named - was created")
	}
}
