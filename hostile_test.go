package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"aidants/content"
)

// hostile holds what a file, an argument or a terminal could use to drive the terminal:
// clear screen, clipboard write (OSC 52), hyperlink (OSC 8), window title, bell, C1
// controls (8-bit CSI, NEL) and the bidirectional overrides and isolates.
const hostile = "\x1b[2J\x1b]52;c;SGFja2Vk\x07\x1b]8;;https://exemple.invalid\x07lien\x1b]8;;\x07\x07" +
	"\u0085\u009b31m\u009d0;X\u009c\u202e\u2066\u2067\u2068\u2069\x1b]0;PWN\x07\x1b\\\r\b\x7f"

// terminalSafe reports the first character of out that could drive a terminal.
func terminalSafe(out string) (bad string, ok bool) {
	if !utf8.ValidString(out) {
		return "UTF-8 invalide", false
	}
	for i, r := range out {
		switch {
		case r == '\n':
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x2028 && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			return fmt.Sprintf("U+%04X à l'octet %d dans %q", r, i, out[max(0, i-40):min(len(out), i+40)]), false
		}
	}
	return "", true
}

// TestHostileStringsNeverReachTheTerminal feeds every print path of the command line, errors
// included, a hostile string (in an argument, a file name, a situation, a directory file,
// an unsigned pack's key, a signed pack's label, an edited installed pack) and checks that
// standard output and standard error carry no control or bidirectional character.
func TestHostileStringsNeverReachTheTerminal(t *testing.T) {
	cfg, keyFile := packEnv(t)
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	hjson, _ := json.Marshal(hostile)
	hostileName := strings.NewReplacer("/", "", "\x00", "").Replace(hostile)
	missing := filepath.Join(dir, hostileName)

	situationKey := write("cle.json", `{`+string(hjson)+`: 1}`)
	situationValue := write("valeur.json", `{"person":{"department":`+string(hjson)+`,"residence":`+string(hjson)+`}}`)
	situationNested := write("imbrique.json", `{"person":{`+string(hjson)+`: 1}}`)
	yamlKey := write("cle.yaml", string(hjson)+": 1\n")
	yamlType := write("type.yaml", "department: \"75\"\ncontacts:\n  - name: [a, b]\n    "+string(hjson)+": x\n")
	yamlValue := write("valeur.yaml", "department: "+string(hjson)+"\nname: "+string(hjson)+"\ncontacts: []\n")
	yamlNamed := write(hostileName+".yaml", "department: \"75\"\nname: [x]\n")
	if err := os.MkdirAll(filepath.Join(cfg, "annuaire"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(cfg, "annuaire", hostileName+".yaml"), []byte(string(hjson)+": [1]\n"), 0o644)

	// an unsigned pack whose manifest key is hostile
	unsigned := write("cle.paquet", content.PackMagic+`{"format":1,"label":`+string(hjson)+`,"key":`+string(hjson)+"}\n"+
		base64.StdEncoding.EncodeToString(make([]byte, 64))+"\nxx")
	// a pack signed with the trusted key whose label is hostile
	signed := resignWithLabel(t, makePack(t, keyFile, "APA"), keyFile, hostile)
	// the pack above is built from the sources in ./content (content.SourceFS reads the
	// disk since the binary embeds only the snapshot): leave the checkout only now
	t.Chdir(t.TempDir())

	cases := [][]string{
		{hostile},
		{"--" + hostile},
		{"fiche", hostile},
		{"fiche", "apa-domicile", "--date", hostile},
		{"fiche", "--largeur", hostile, "apa-domicile"},
		{"fiches", hostile},
		{"evaluer", "--format", hostile},
		{"evaluer", "--profil", missing},
		{"evaluer", "--profil", situationKey},
		{"evaluer", "--profil", situationValue},
		{"evaluer", "--profil", situationNested},
		{"evaluer", "--profil", situationKey, hostile},
		{"evaluer", "--profil", "-", "--libelle", hostile, "--format", "texte"},
		{"evaluer", "--profil", "-", "--libelle", hostile, "--format", "markdown"},
		{"evaluer", "--profil", "-", "--annuaire", missing},
		{"evaluer", "--profil", "-", "--annuaire", yamlKey},
		{"evaluer", "--profil", "-", "--annuaire", yamlType},
		{"evaluer", "--profil", "-", "--annuaire", yamlValue},
		{"evaluer", "--profil", "-", "--annuaire", yamlNamed},
		{"lot", "--date", hostile},
		{"lot", hostile},
		{"gir", "--aggir", hostile},
		{"gir", "--aggir", "coherence=" + hostile},
		{"apa", "--gir", hostile},
		{"apa", "--gir", "2", "--plan", hostile, "--ressources", "1000"},
		{"apa", "--couple=" + hostile},
		{"ehpad", "--gir", hostile},
		{"ehpad", "--gir", "2", hostile},
		{"ehpad", "--gir", "2", "--departement", hostile, "--hebergement", "2000", "--dependance", "20", "--dependance-gir56", "6", "--ressources", "1500"},
		{"exporter", "--profil", situationValue, "--format", hostile, "--sortie", filepath.Join(dir, "x")},
		{"exporter", "--profil", "-", "--format", "texte", "--sortie", filepath.Join(missing, "plan.txt")},
		{"exporter", "--profil", "-", "--format", "texte", "--sortie", filepath.Join(dir, "plan.txt"), "--libelle", hostile},
		{"exporter", "--profil", "-", "--format", "markdown", "--sortie", "-", "--libelle", hostile},
		{"contenu", hostile},
		{"contenu", "verifier", "--dir", missing},
		{"contenu", "verifier"},
		{"contenu", "montants", "--date", hostile},
		{"contenu", "installer", missing},
		{"contenu", "installer", unsigned},
		{"contenu", "installer", signed},
		{"contenu"},
		{"version"},
		{"contenu", "installer", signed},
		{"contenu", "empaqueter", "--dir", dir, "--cle", missing, "--sortie", filepath.Join(dir, "p")},
		{"contenu", "empaqueter", "--dir", missing, "--cle", keyFile, "--sortie", filepath.Join(dir, "p")},
		{"contenu", "cle", "--sortie", filepath.Join(missing, "k")},
	}
	lotInput := `{` + string(hjson) + `:1}` + "\n" + `{"person":{"residence":` + string(hjson) + `}}` + "\n"
	check := func(args []string, stdin string) {
		t.Helper()
		var out, errb bytes.Buffer
		run(args, strings.NewReader(stdin), &out, &errb)
		for name, s := range map[string]string{"sortie": out.String(), "erreurs": errb.String()} {
			if bad, ok := terminalSafe(s); !ok {
				t.Errorf("aidants %q : %s : %s", args, name, bad)
			}
		}
	}
	for _, args := range cases {
		stdin := `{"person":{"age":84}}`
		if args[0] == "lot" {
			stdin = lotInput
		}
		check(args, stdin)
	}
	check([]string{"lot"}, lotInput)

	// the installed pack edited by hand: its manifest key and label become hostile
	manifest := filepath.Join(content.PackDir(cfg), "paquet.json")
	b, err := os.ReadFile(manifest)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	m["key"], m["label"] = hostile, hostile
	b, _ = json.Marshal(m)
	os.WriteFile(manifest, b, 0o644)
	for _, args := range [][]string{{"fiches"}, {"contenu"}, {"version"}, {"contenu", "verifier"}, {"evaluer"}, {"contenu", "installer", unsigned}} {
		check(args, `{"person":{"age":84}}`)
	}
}

// resignWithLabel rewrites a pack's manifest with another label and signs it again.
func resignWithLabel(t *testing.T, pack, keyFile, label string) string {
	t.Helper()
	b, err := os.ReadFile(pack)
	if err != nil {
		t.Fatal(err)
	}
	rest := bytes.TrimPrefix(b, []byte(content.PackMagic))
	line, rest, _ := bytes.Cut(rest, []byte("\n"))
	_, archive, _ := bytes.Cut(rest, []byte("\n"))
	var m map[string]any
	if err := json.Unmarshal(line, &m); err != nil {
		t.Fatal(err)
	}
	m["label"] = label
	line, _ = json.Marshal(m)
	kb, _ := os.ReadFile(keyFile)
	key, err := content.ParsePrivateKey(kb)
	if err != nil {
		t.Fatal(err)
	}
	sig := ed25519.Sign(key, append([]byte(content.PackMagic), line...))
	var out bytes.Buffer
	out.WriteString(content.PackMagic)
	out.Write(line)
	out.WriteString("\n" + base64.StdEncoding.EncodeToString(sig) + "\n")
	out.Write(archive)
	name := filepath.Join(t.TempDir(), "libelle.paquet")
	os.WriteFile(name, out.Bytes(), 0o644)
	return name
}
