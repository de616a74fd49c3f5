package content

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

var packTime = time.Date(2027, 1, 5, 10, 0, 0, 0, time.UTC)

// newKey returns a throwaway key pair.
func newKey(t testing.TB) (ed25519.PublicKey, ed25519.PrivateKey) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return pub, priv
}

// trust makes pub the only key packs are accepted with, for the test.
func trust(t testing.TB, pub ...ed25519.PublicKey) {
	t.Helper()
	old := TrustedKeys
	TrustedKeys = pub
	t.Cleanup(func() { TrustedKeys = old })
}

// contentFiles is a copy of the content files (the sources the snapshot is made from).
func contentFiles(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := collectPackFiles(os.DirFS("."))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// markedFiles is the embedded content with the title of one fiche changed, so a test can
// tell the pack's content from the embedded one.
func markedFiles(t testing.TB, mark string) map[string][]byte {
	files := contentFiles(t)
	const f = "fiches/apa-domicile.md"
	b := files[f]
	re := regexp.MustCompile(`(?m)^title: .*$`)
	if !re.Match(b) {
		t.Fatal("no title line in " + f)
	}
	files[f] = re.ReplaceAll(b, []byte(`title: "`+mark+`"`))
	return files
}

func mustBuild(t testing.TB, files map[string][]byte, key ed25519.PrivateKey, created time.Time) []byte {
	t.Helper()
	b, err := buildPack(files, "Paquet de test", key, created)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// snapshot lists every file under dir with its content, to check nothing changed.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[rel+"/"] = ""
			return nil
		}
		b, _ := os.ReadFile(p)
		out[rel] = string(b)
		return nil
	})
	return out
}

func sameSnapshot(t *testing.T, before, after map[string]string) {
	t.Helper()
	if len(before) != len(after) {
		t.Fatalf("the configuration folder changed: %d entries before, %d after", len(before), len(after))
	}
	for k, v := range before {
		if after[k] != v {
			t.Fatalf("the configuration folder changed: %s", k)
		}
	}
}

func TestBuildPackFromRepositoryFolder(t *testing.T) {
	_, priv := newKey(t)
	// The test runs in content/: the maintainers' folder holds Go files and FORMAT.md too,
	// which a pack leaves out.
	b, err := BuildPack(os.DirFS("."), "Contenu du dépôt", priv, packTime)
	if err != nil {
		t.Fatal(err)
	}
	p, err := OpenPack(b, []ed25519.PublicKey{priv.Public().(ed25519.PublicKey)})
	if err != nil {
		t.Fatal(err)
	}
	emb := contentFiles(t)
	if len(p.files) != len(emb) {
		t.Fatalf("pack has %d files, embedded content %d", len(p.files), len(emb))
	}
	for name, data := range emb {
		if !bytes.Equal(p.files[name], data) {
			t.Errorf("%s differs from the embedded file", name)
		}
	}
	if p.Manifest.Label != "Contenu du dépôt" || !p.Manifest.Created.Equal(packTime) || p.Manifest.Format != PackFormat {
		t.Errorf("manifest = %+v", p.Manifest)
	}
}

func TestValidPackInstallsAndIsPreferred(t *testing.T) {
	pub, priv := newKey(t)
	trust(t, pub)
	cfg := t.TempDir()

	set, st, err := LoadPreferred(cfg)
	if err != nil || st.Installed || st.Used || set != MustLoad() {
		t.Fatalf("before installing: installed=%v used=%v err=%v", st.Installed, st.Used, err)
	}

	pack := mustBuild(t, markedFiles(t, "APA (paquet de test)"), priv, packTime)
	res, err := InstallPack(cfg, pack, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.AlreadyInstalled || res.Pack.Manifest.Label != "Paquet de test" {
		t.Fatalf("result = %+v", res)
	}
	set, st, err = LoadPreferred(cfg)
	if err != nil || !st.Used || st.Warning() != "" {
		t.Fatalf("after installing: used=%v warning=%q err=%v", st.Used, st.Warning(), err)
	}
	if got := set.Fiches["apa-domicile"].Title; got != "APA (paquet de test)" {
		t.Fatalf("the guide does not use the pack: title %q", got)
	}
	if !st.Manifest.Created.Equal(packTime) || st.Dir != filepath.Join(cfg, "paquet") {
		t.Fatalf("status = %+v", st)
	}
	// no temporary folder left behind
	entries, _ := os.ReadDir(cfg)
	if len(entries) != 1 || entries[0].Name() != "paquet" {
		t.Fatalf("configuration folder holds %v", entries)
	}

	// the same pack again: nothing to do
	res, err = InstallPack(cfg, pack, false)
	if err != nil || !res.AlreadyInstalled {
		t.Fatalf("reinstall: %+v %v", res, err)
	}

	// a newer pack replaces it
	newer := mustBuild(t, markedFiles(t, "APA (paquet plus récent)"), priv, packTime.Add(48*time.Hour))
	if _, err := InstallPack(cfg, newer, false); err != nil {
		t.Fatal(err)
	}
	set, _, _ = LoadPreferred(cfg)
	if got := set.Fiches["apa-domicile"].Title; got != "APA (paquet plus récent)" {
		t.Fatalf("title after update %q", got)
	}

	// going back to the first needs --force
	before := snapshot(t, cfg)
	_, err = InstallPack(cfg, pack, false)
	if !errors.Is(err, ErrOlder) {
		t.Fatalf("older pack: err = %v", err)
	}
	sameSnapshot(t, before, snapshot(t, cfg))
	if _, err := InstallPack(cfg, pack, true); err != nil {
		t.Fatal(err)
	}
	set, _, _ = LoadPreferred(cfg)
	if got := set.Fiches["apa-domicile"].Title; got != "APA (paquet de test)" {
		t.Fatalf("title after forced install %q", got)
	}

	if err := RemovePack(cfg); err != nil {
		t.Fatal(err)
	}
	set, st, _ = LoadPreferred(cfg)
	if st.Installed || set != MustLoad() {
		t.Fatal("after removal the guide should use the embedded content")
	}
	if err := RemovePack(cfg); !errors.Is(err, ErrNotInstalled) {
		t.Fatalf("second removal: %v", err)
	}
}

// installedBaseline installs a valid pack, so refusal tests can check it is left as it was.
func installedBaseline(t *testing.T, priv ed25519.PrivateKey) (cfg string, before map[string]string) {
	t.Helper()
	cfg = t.TempDir()
	if _, err := InstallPack(cfg, mustBuild(t, markedFiles(t, "APA (installé)"), priv, packTime), false); err != nil {
		t.Fatal(err)
	}
	return cfg, snapshot(t, cfg)
}

func TestTamperedPackIsRefused(t *testing.T) {
	pub, priv := newKey(t)
	trust(t, pub)
	cfg, before := installedBaseline(t, priv)
	pack := mustBuild(t, markedFiles(t, "APA (nouveau)"), priv, packTime.Add(time.Hour))

	// Flip one byte: every byte of the header lines, and bytes spread over the archive.
	header := bytes.Index(pack, []byte{0x1f, 0x8b})
	if header < 0 {
		t.Fatal("no gzip archive in the pack")
	}
	var offsets []int
	for i := 0; i < header; i++ {
		offsets = append(offsets, i)
	}
	step := (len(pack) - header) / 300
	for i := header; i < len(pack); i += step {
		offsets = append(offsets, i)
	}
	offsets = append(offsets, len(pack)-1)
	for _, i := range offsets {
		bad := append([]byte(nil), pack...)
		bad[i] ^= 0x01
		if bytes.Equal(bad, pack) {
			continue
		}
		if _, err := OpenPack(bad, TrustedKeys); err == nil {
			t.Fatalf("byte %d flipped: pack accepted", i)
		}
	}
	// A flipped byte of the archive is reported as a modified pack, in French.
	bad := append([]byte(nil), pack...)
	bad[header+len(pack[header:])/2] ^= 0x40
	_, err := InstallPack(cfg, bad, false)
	if !errors.Is(err, ErrTampered) || !strings.Contains(err.Error(), "modifié") {
		t.Fatalf("tampered archive: err = %v", err)
	}
	// Truncated (an interrupted copy on a USB stick).
	_, err = InstallPack(cfg, pack[:len(pack)-100], true)
	if !errors.Is(err, ErrTampered) {
		t.Fatalf("truncated pack: err = %v", err)
	}
	// The manifest's label changed after signing.
	edited := bytes.Replace(pack, []byte(`"label":"Paquet de test"`), []byte(`"label":"Paquet de tesT"`), 1)
	if _, err := InstallPack(cfg, edited, true); !errors.Is(err, ErrTampered) {
		t.Fatalf("edited manifest: err = %v", err)
	}
	sameSnapshot(t, before, snapshot(t, cfg))
	set, st, _ := LoadPreferred(cfg)
	if !st.Used || set.Fiches["apa-domicile"].Title != "APA (installé)" {
		t.Fatal("the installed pack should still be in use")
	}
}

func TestPackWithWrongKeyIsRefused(t *testing.T) {
	pub, priv := newKey(t)
	_, other := newKey(t)
	trust(t, pub)
	cfg, before := installedBaseline(t, priv)

	pack := mustBuild(t, markedFiles(t, "APA (autre clé)"), other, packTime.Add(time.Hour))
	_, err := InstallPack(cfg, pack, true)
	if !errors.Is(err, ErrWrongKey) {
		t.Fatalf("err = %v", err)
	}
	if !strings.Contains(err.Error(), "autre clé") || !strings.Contains(err.Error(), KeyFingerprint(pub)) {
		t.Errorf("message should name both keys: %v", err)
	}
	sameSnapshot(t, before, snapshot(t, cfg))

	// The signature of another key copied over a genuine pack is not accepted either.
	genuine := mustBuild(t, markedFiles(t, "APA (autre clé)"), priv, packTime.Add(time.Hour))
	lines := bytes.SplitN(genuine, []byte("\n"), 4)
	otherLines := bytes.SplitN(pack, []byte("\n"), 4)
	forged := bytes.Join([][]byte{lines[0], lines[1], otherLines[2], lines[3]}, []byte("\n"))
	if _, err := OpenPack(forged, TrustedKeys); !errors.Is(err, ErrTampered) {
		t.Fatalf("foreign signature: err = %v", err)
	}
}

func TestUnsignedPackIsRefused(t *testing.T) {
	pub, priv := newKey(t)
	trust(t, pub)
	cfg, before := installedBaseline(t, priv)

	// A plain tar.gz of the content, as someone might make by hand.
	var archive bytes.Buffer
	zw := gzip.NewWriter(&archive)
	tw := tar.NewWriter(zw)
	files := contentFiles(t)
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		tw.WriteHeader(&tar.Header{Name: n, Mode: 0o644, Size: int64(len(files[n])), Typeflag: tar.TypeReg})
		tw.Write(files[n])
	}
	tw.Close()
	zw.Close()
	_, err := InstallPack(cfg, archive.Bytes(), true)
	if !errors.Is(err, ErrUnsigned) || !strings.Contains(err.Error(), "non signé") {
		t.Fatalf("plain archive: err = %v", err)
	}

	// A pack whose signature line was emptied.
	pack := mustBuild(t, markedFiles(t, "APA (non signé)"), priv, packTime.Add(time.Hour))
	lines := bytes.SplitN(pack, []byte("\n"), 4)
	unsigned := bytes.Join([][]byte{lines[0], lines[1], nil, lines[3]}, []byte("\n"))
	if _, err := InstallPack(cfg, unsigned, true); !errors.Is(err, ErrUnsigned) {
		t.Fatalf("empty signature: err = %v", err)
	}

	// Not a pack at all.
	if _, err := InstallPack(cfg, []byte("bonjour\n"), true); !errors.Is(err, ErrNotPack) {
		t.Fatalf("text file: err = %v", err)
	}
	if _, err := InstallPack(cfg, nil, true); !errors.Is(err, ErrNotPack) {
		t.Fatalf("empty file: err = %v", err)
	}
	sameSnapshot(t, before, snapshot(t, cfg))
}

func TestPackFailingValidationIsRefused(t *testing.T) {
	pub, priv := newKey(t)
	trust(t, pub)
	cfg, before := installedBaseline(t, priv)

	cases := map[string]func(map[string][]byte){
		"missing fiche": func(f map[string][]byte) { delete(f, "fiches/ajpa.md") },
		"broken parameters": func(f map[string][]byte) {
			f["parametres/apa.yaml"] = append([]byte("- id: [\n"), f["parametres/apa.yaml"]...)
		},
		"acronym not in glossary": func(f map[string][]byte) {
			f["fiches/ajpa.md"] = bytes.Replace(f["fiches/ajpa.md"], []byte("## Bon à savoir\n"), []byte("## Bon à savoir\n\nVoir le ZZQX.\n"), 1)
		},
		"no glossary": func(f map[string][]byte) { delete(f, "glossaire.yaml") },
	}
	for name, edit := range cases {
		t.Run(name, func(t *testing.T) {
			files := markedFiles(t, "APA (invalide)")
			edit(files)
			_, err := InstallPack(cfg, mustBuild(t, files, priv, packTime.Add(time.Hour)), true)
			var pe *PackError
			if !errors.Is(err, ErrInvalid) || !errors.As(err, &pe) || len(pe.Problems) == 0 {
				t.Fatalf("err = %v", err)
			}
			if !strings.Contains(err.Error(), "invalide") {
				t.Errorf("message: %v", err)
			}
			sameSnapshot(t, before, snapshot(t, cfg))
		})
	}
	// BuildPack refuses to sign invalid content in the first place.
	files := contentFiles(t)
	delete(files, "fiches/ajpa.md")
	if _, err := BuildPack(mapFS(files), "x", priv, packTime); !errors.Is(err, ErrInvalid) {
		t.Fatalf("BuildPack of invalid content: err = %v", err)
	}
}

func TestInstalledPackCheckedAtStartUp(t *testing.T) {
	pub, priv := newKey(t)
	trust(t, pub)

	t.Run("file modified after installation", func(t *testing.T) {
		cfg, _ := installedBaseline(t, priv)
		f := filepath.Join(cfg, "paquet", "fiches", "apa-domicile.md")
		b, _ := os.ReadFile(f)
		os.WriteFile(f, bytes.Replace(b, []byte("APA (installé)"), []byte("APA (modifié!)"), 1), 0o644)
		set, st, err := LoadPreferred(cfg)
		if err != nil || st.Used || !st.Installed || !errors.Is(st.Problem, ErrTampered) {
			t.Fatalf("used=%v problem=%v err=%v", st.Used, st.Problem, err)
		}
		if set != MustLoad() {
			t.Fatal("an invalid pack must give way to the embedded content")
		}
		w := st.Warning()
		if !strings.Contains(w, "ignoré") || !strings.Contains(w, "contenu intégré") || !strings.Contains(w, "apa-domicile.md") {
			t.Fatalf("warning: %q", w)
		}
	})
	t.Run("file removed", func(t *testing.T) {
		cfg, _ := installedBaseline(t, priv)
		os.Remove(filepath.Join(cfg, "paquet", "glossaire.yaml"))
		if _, st, _ := LoadPreferred(cfg); st.Used || st.Problem == nil {
			t.Fatal("pack with a missing file used")
		}
	})
	t.Run("signature removed", func(t *testing.T) {
		cfg, _ := installedBaseline(t, priv)
		os.Remove(filepath.Join(cfg, "paquet", "paquet.sig"))
		if _, st, _ := LoadPreferred(cfg); st.Used || !errors.Is(st.Problem, ErrUnsigned) {
			t.Fatalf("problem = %v", st.Problem)
		}
	})
	t.Run("key no longer trusted", func(t *testing.T) {
		cfg, _ := installedBaseline(t, priv)
		other, _ := newKey(t)
		trust(t, other)
		if _, st, _ := LoadPreferred(cfg); st.Used || !errors.Is(st.Problem, ErrWrongKey) {
			t.Fatalf("problem = %v", st.Problem)
		}
	})
	t.Run("extra file ignored", func(t *testing.T) {
		cfg, _ := installedBaseline(t, priv)
		extra := "---\nid: intrus\n---\n"
		os.WriteFile(filepath.Join(cfg, "paquet", "fiches", "intrus.md"), []byte(extra), 0o644)
		set, st, _ := LoadPreferred(cfg)
		if !st.Used {
			t.Fatalf("problem = %v", st.Problem)
		}
		if _, ok := set.Fiches["intrus"]; ok {
			t.Fatal("a file not in the manifest was loaded")
		}
	})
	t.Run("empty pack folder", func(t *testing.T) {
		cfg := t.TempDir()
		os.Mkdir(filepath.Join(cfg, "paquet"), 0o755)
		if _, st, _ := LoadPreferred(cfg); st.Used || !st.Installed || st.Problem == nil {
			t.Fatalf("status = %+v", st)
		}
	})
}

func TestPackOlderThanEmbeddedContent(t *testing.T) {
	pub, priv := newKey(t)
	trust(t, pub)
	cfg := t.TempDir()
	files := markedFiles(t, "APA (ancien)")
	re := regexp.MustCompile(`(?m)^reviewed: .*$`)
	for name, b := range files {
		if strings.HasPrefix(name, "fiches/") {
			files[name] = re.ReplaceAll(b, []byte("reviewed: 2020-01-01"))
		}
	}
	pack := mustBuild(t, files, priv, packTime)
	_, err := InstallPack(cfg, pack, false)
	if !errors.Is(err, ErrOlder) || !strings.Contains(err.Error(), "plus ancien") {
		t.Fatalf("err = %v", err)
	}
	if entries, _ := os.ReadDir(cfg); len(entries) != 0 {
		t.Fatalf("refused pack left %v", entries)
	}
	if _, err := InstallPack(cfg, pack, true); err != nil {
		t.Fatal(err)
	}
	set, st, _ := LoadPreferred(cfg)
	if st.Used || !st.Older || st.Warning() != "" || set != MustLoad() {
		t.Fatalf("older pack: used=%v older=%v warning=%q", st.Used, st.Older, st.Warning())
	}
}

func TestParsePrivateKey(t *testing.T) {
	_, priv := newKey(t)
	seed := priv.Seed()
	b64 := base64.StdEncoding.EncodeToString(seed)
	for name, in := range map[string][]byte{
		"raw seed":       seed,
		"base64 seed":    []byte(b64 + "\n"),
		"base64 CRLF":    []byte(b64 + "\r\n"),
		"raw private":    priv,
		"base64 private": []byte(base64.StdEncoding.EncodeToString(priv)),
	} {
		k, err := ParsePrivateKey(in)
		if err != nil || !bytes.Equal(k, priv) {
			t.Errorf("%s: %v", name, err)
		}
	}
	bad := append([]byte(nil), priv...)
	bad[40] ^= 1
	for name, in := range map[string][]byte{
		"empty":              nil,
		"text":               []byte("pas une clé"),
		"short":              []byte(base64.StdEncoding.EncodeToString(seed[:16])),
		"inconsistent pair":  bad,
		"public key instead": []byte(base64.StdEncoding.EncodeToString(priv.Public().(ed25519.PublicKey)[:31])),
	} {
		if _, err := ParsePrivateKey(in); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestWriteKeyPair(t *testing.T) {
	dir := t.TempDir()
	priv := filepath.Join(dir, "cle")
	pub, err := WriteKeyPair(priv)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(priv)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("private key mode %v, want 0600", st.Mode().Perm())
	}
	b, _ := os.ReadFile(priv)
	k, err := ParsePrivateKey(b)
	if err != nil || !bytes.Equal(k.Public().(ed25519.PublicKey), pub) {
		t.Fatalf("private key file does not match: %v", err)
	}
	pb, _ := os.ReadFile(priv + ".pub")
	if strings.TrimSpace(string(pb)) != base64.StdEncoding.EncodeToString(pub) {
		t.Fatal("public key file")
	}
	if _, err := WriteKeyPair(priv); err == nil {
		t.Fatal("overwrote an existing key")
	}
	b2, _ := os.ReadFile(priv)
	if !bytes.Equal(b, b2) {
		t.Fatal("existing key changed")
	}
}

func TestEmbeddedMaintainersKey(t *testing.T) {
	if len(TrustedKeys) == 0 || len(TrustedKeys[0]) != ed25519.PublicKeySize {
		t.Fatal("no embedded maintainers' key")
	}
}

func BenchmarkLoadInstalled(b *testing.B) {
	pub, priv := newKey(b)
	cfg := b.TempDir()
	trust(b, pub)
	if _, err := InstallPack(cfg, mustBuild(b, markedFiles(b, "APA (bench)"), priv, packTime), false); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := LoadInstalled(cfg, TrustedKeys); err != nil {
			b.Fatal(err)
		}
	}
}
