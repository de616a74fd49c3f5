package main

import (
	"bytes"
	"debug/buildinfo"
	"debug/pe"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// buildFor builds the program as scripts/dist.sh does (static, -trimpath, stamped).
func buildFor(t *testing.T, goos, goarch, out string) {
	t.Helper()
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go tool not on PATH")
	}
	cmd := exec.Command(gobin, "build", "-trimpath",
		"-ldflags", "-s -w -X main.version=essai-9 -X main.commit=abc1234", "-o", out, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOOS="+goos, "GOARCH="+goarch)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s/%s: %v\n%s", goos, goarch, err, b)
	}
}

// TestWindowsBinary checks what can be checked of the Windows build without Windows: a
// PE executable for amd64, console subsystem, built without cgo (so no C runtime DLL),
// with the version stamped.
func TestWindowsBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the Windows binary")
	}
	exe := filepath.Join(t.TempDir(), "aidants.exe")
	buildFor(t, "windows", "amd64", exe)

	raw, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(raw, []byte("MZ")) {
		t.Fatal("no MZ header")
	}
	f, err := pe.Open(exe) // checks the "PE\0\0" signature found through e_lfanew
	if err != nil {
		t.Fatalf("not a PE file: %v", err)
	}
	defer f.Close()
	if f.Machine != pe.IMAGE_FILE_MACHINE_AMD64 {
		t.Errorf("machine %#x, want amd64", f.Machine)
	}
	if f.Characteristics&pe.IMAGE_FILE_EXECUTABLE_IMAGE == 0 {
		t.Error("not marked executable")
	}
	oh, ok := f.OptionalHeader.(*pe.OptionalHeader64)
	if !ok {
		t.Fatalf("optional header %T, want PE32+", f.OptionalHeader)
	}
	if oh.Subsystem != pe.IMAGE_SUBSYSTEM_WINDOWS_CUI {
		t.Errorf("subsystem %d, want console (%d)", oh.Subsystem, pe.IMAGE_SUBSYSTEM_WINDOWS_CUI)
	}
	if oh.AddressOfEntryPoint == 0 {
		t.Error("no entry point")
	}
	libs, err := f.ImportedLibraries()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range libs {
		l = strings.ToLower(l)
		if strings.Contains(l, "msvcrt") || strings.Contains(l, "libgcc") || strings.Contains(l, "pthread") || strings.HasPrefix(l, "api-ms-win-crt") {
			t.Errorf("imports %s: built with cgo?", l)
		}
	}

	bi, err := buildinfo.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	settings := map[string]string{}
	for _, s := range bi.Settings {
		settings[s.Key] = s.Value
	}
	for k, want := range map[string]string{"CGO_ENABLED": "0", "GOOS": "windows", "GOARCH": "amd64", "-trimpath": "true"} {
		if settings[k] != want {
			t.Errorf("build setting %s = %q, want %q", k, settings[k], want)
		}
	}
	// (-trimpath leaves -ldflags out of the build settings: look for the string itself)
	if !bytes.Contains(raw, []byte("essai-9")) {
		t.Error("version not stamped in the binary")
	}
}

// TestStampedVersion builds for this machine as dist does and runs « aidants version ».
func TestStampedVersion(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program")
	}
	bin := filepath.Join(t.TempDir(), "aidants")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	buildFor(t, runtime.GOOS, runtime.GOARCH, bin)
	cmd := exec.Command(bin, "version")
	cmd.Env = append(os.Environ(), "AIDANTS_CONFIG="+t.TempDir())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{"aidants essai-9 (commit abc1234)", "Contenu : intégré au programme", "Montants : dernière valeur en vigueur le", "Fiches : dernière relecture le"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("version output lacks %q:\n%s", want, out)
		}
	}
}
