package main

import (
	"os/exec"
	"strings"
	"testing"
)

// Offline by construction: no socket package anywhere in the binary, and none of the
// project's own packages may import the network or start programs. (The Charm libraries
// import os/exec for features the guide does not use.)
func TestOffline(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go tool not on PATH")
	}
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range strings.Fields(string(out)) {
		switch p {
		case "net", "net/http", "crypto/tls", "net/rpc", "net/smtp":
			t.Errorf("the binary depends on %s: it must not be able to open a socket", p)
		}
	}
	out, err = exec.Command("go", "list", "-f", "{{.ImportPath}}: {{join .Imports \" \"}}", "./...").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, ": ")
		for _, imp := range strings.Fields(imports) {
			switch imp {
			case "net", "net/http", "os/exec", "net/url", "crypto/tls":
				t.Errorf("%s imports %s", pkg, imp)
			}
		}
	}
}
