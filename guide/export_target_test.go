//go:build unix

package guide

import (
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// An export writes only to a regular file or a new path: a device, a FIFO, a socket, a
// link to one of them or a folder is refused, with or without force, and left as it was.
func TestWriteFileSafeRefusesSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "tube")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	sock := filepath.Join(dir, "s.sock")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	// A copy of /dev/null made here: the test never points at the real one (if the check
	// ever broke, --force would replace the machine's /dev/null by a file).
	dev := filepath.Join(dir, "null")
	if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, int(unix1_3())); err != nil {
		t.Logf("no device node (not root?): %v; a FIFO stands in", err)
		dev = filepath.Join(dir, "tube2")
		syscall.Mkfifo(dev, 0o600)
	}
	linkDev := filepath.Join(dir, "lien-null")
	os.Symlink(dev, linkDev)
	linkFifo := filepath.Join(dir, "lien-tube")
	os.Symlink(fifo, linkFifo)
	dangling := filepath.Join(dir, "lien-absent")
	os.Symlink(filepath.Join(dir, "absent"), dangling)
	for _, c := range []struct{ path, want string }{
		{dev, "pas un fichier ordinaire"},
		{fifo, "tube"},
		{sock, "socket"},
		{linkDev, "lien vers un"},
		{linkFifo, "lien vers un tube"},
		{dangling, "fichier absent"},
		{dir, "est un dossier : donnez un nom de fichier"},
	} {
		before, _ := os.Lstat(c.path)
		for _, force := range []bool{false, true} {
			err := WriteFileSafe(c.path, []byte("santé"), force)
			if !errors.Is(err, ErrBadTarget) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("%s (force %v): %v, want %q", c.path, force, err, c.want)
			}
		}
		after, _ := os.Lstat(c.path)
		if before.Mode() != after.Mode() {
			t.Errorf("%s changed: %v → %v", c.path, before.Mode(), after.Mode())
		}
	}
	assertNoTemp(t, dir)
	// a regular file (or a link to one) and a new path are fine
	reg := filepath.Join(dir, "plan.txt")
	for _, p := range []string{reg, reg} {
		if err := WriteFileSafe(p, []byte("x"), true); err != nil {
			t.Fatal(err)
		}
	}
	if err := CheckExportTarget(filepath.Join(dir, "nouveau.html")); err != nil {
		t.Fatal(err)
	}
}

// unix1_3 is the device number of /dev/null on Linux (major 1, minor 3).
func unix1_3() uint64 { return 1<<8 | 3 }
