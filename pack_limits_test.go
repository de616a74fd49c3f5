package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// « contenu verifier --dir » and « contenu empaqueter » apply the same limits: a folder the
// first accepts can be packed, one it refuses is refused by both, for the same reason.
func TestVerifyDirAndPackAgreeOnLimits(t *testing.T) {
	_, keyFile := packEnv(t)
	dir := contentCopy(t, "APA")
	big := filepath.Join(dir, "fiches", "enorme.md")
	if err := os.WriteFile(big, bytes.Repeat([]byte("a"), 8<<20+1), 0o644); err != nil {
		t.Fatal(err)
	}
	code1, out1, err1 := packCLI(t, "contenu", "verifier", "--dir", dir)
	code2, out2, err2 := packCLI(t, "contenu", "empaqueter", "--dir", dir, "--cle", keyFile, "--sortie", filepath.Join(t.TempDir(), "p.paquet"))
	want := "enorme.md est trop grand"
	if code1 != 2 || code2 != 2 || !strings.Contains(out1+err1, want) || !strings.Contains(out2+err2, want) {
		t.Fatalf("verifier: exit %d %s%s\nempaqueter: exit %d %s%s", code1, out1, err1, code2, out2, err2)
	}
	os.Remove(big)
	if code, out, errs := packCLI(t, "contenu", "verifier", "--dir", dir); code != 0 {
		t.Fatalf("verifier on the copy: exit %d %s%s", code, out, errs)
	}
}
