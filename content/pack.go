package content

// Content packs: a signed update of the whole content (fiches, parametres, annuaire,
// glossaire, lettres) that a user installs from a single file, without recompiling.
//
// A pack file is three text lines followed by a gzip-compressed tar archive:
//
//	AIDANTS-PAQUET-1
//	{"format":1,"label":…,"created":…,"key":…,"archive_sha256":…,"files":[…]}
//	<ed25519 signature, base64>
//	<tar.gz bytes: the content files, laid out like the embedded content>
//
// The signature covers the first line (with its newline) followed by the manifest line
// (without its newline). The manifest holds the SHA-256 of the archive and of every file, so
// one signature protects every byte of the pack, and the installed folder can be checked
// again at every start-up without keeping the archive: verify the signature of the
// manifest (microseconds), then the SHA-256 of each file while reading it.
//
// The installed pack lives in <configuration folder>/paquet/: paquet.json (the manifest
// line, byte for byte), paquet.sig (the signature) and the content files. Only the files
// listed in the manifest are read; anything else in the folder is ignored.

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing/fstest" // an in-memory fs.FS from the standard library; it does not import "testing"
	"time"
	"unicode/utf8"

	"aidants/rules"
)

// PackMagic is the first line of every pack file.
const PackMagic = "AIDANTS-PAQUET-1\n"

// PackFormat is the manifest format this program reads.
const PackFormat = 1

// Limits: a pack is a few hundred kilobytes; these only stop absurd or hostile files.
const (
	MaxPackSize     = 64 << 20 // bytes of the pack file
	maxManifestSize = 4 << 20
	maxPackFiles    = 5000
	maxPackFileSize = 8 << 20   // one content file
	maxPackTotal    = 256 << 20 // all content files, uncompressed
)

// Names of the installed pack.
const (
	PackDirName      = "paquet"
	packManifestName = "paquet.json"
	packSigName      = "paquet.sig"
	packTempPrefix   = ".paquet-"
)

// TrustedKeys are the public keys a pack must be signed with. The embedded maintainers' key
// comes first; tests replace the list with throwaway keys.
var TrustedKeys = []ed25519.PublicKey{mustPublicKey(maintainersPublicKey)}

func mustPublicKey(b64 string) ed25519.PublicKey {
	k, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(k) != ed25519.PublicKeySize {
		panic("clé publique des mainteneurs invalide dans content/pack_key.go")
	}
	return ed25519.PublicKey(k)
}

// KeyFingerprint names a public key in messages: the first 8 bytes of its SHA-256, in hex.
func KeyFingerprint(k ed25519.PublicKey) string {
	h := sha256.Sum256(k)
	return hex.EncodeToString(h[:8])
}

// Manifest describes a pack: what it is, when it was signed, with which key, and every
// file with its size and SHA-256.
type Manifest struct {
	Format        int        `json:"format"`
	Label         string     `json:"label"`
	Created       time.Time  `json:"created"`
	Key           string     `json:"key"`
	ArchiveSHA256 string     `json:"archive_sha256"`
	Files         []PackFile `json:"files"`
}

// PackFile is one content file of a pack.
type PackFile struct {
	Path   string `json:"path"`
	Size   int64  `json:"size"`
	SHA256 string `json:"sha256"`
}

// Pack is a pack whose signature and files have been checked, and its loaded content.
type Pack struct {
	Manifest Manifest
	Set      *Set
	manifest []byte // the signed manifest line
	sig      []byte
	files    map[string][]byte
}

// Reasons a pack is refused; test them with errors.Is. The PackError that wraps them
// carries the message for the user.
var (
	ErrNotPack      = errors.New("ce fichier n'est pas un paquet de contenu d'aidants")
	ErrUnsigned     = errors.New("paquet non signé")
	ErrWrongKey     = errors.New("paquet signé avec une clé inconnue")
	ErrTampered     = errors.New("paquet modifié ou abîmé")
	ErrInvalid      = errors.New("contenu du paquet invalide")
	ErrOlder        = errors.New("paquet plus ancien que le contenu en service")
	ErrNotInstalled = errors.New("aucun paquet installé")
)

// PackError is a refused pack: Kind is one of the Err… above, Message says why in plain
// French, Problems lists the content errors of an invalid pack.
type PackError struct {
	Kind     error
	Message  string
	Problems Problems
}

func (e *PackError) Error() string {
	if len(e.Problems) == 0 {
		return e.Message
	}
	var b strings.Builder
	b.WriteString(e.Message)
	for i, p := range e.Problems {
		if i == 20 {
			fmt.Fprintf(&b, "\n  … et %d autre(s) (détail : aidants contenu verifier --dir DOSSIER sur le dossier source)", len(e.Problems)-20)
			break
		}
		b.WriteString("\n  " + p.String())
	}
	return b.String()
}

func (e *PackError) Unwrap() error { return e.Kind }

func packErr(kind error, format string, a ...any) *PackError {
	return &PackError{Kind: kind, Message: fmt.Sprintf(format, a...)}
}

// packPathRE is what a content file of a pack may be called: the layout of the embedded
// content, nothing else (no sub-folders, no hidden files, no "..").
var packPathRE = regexp.MustCompile(`^(?:fiches/[A-Za-z0-9][A-Za-z0-9_.-]*\.md|lettres/[A-Za-z0-9][A-Za-z0-9_.-]*\.md|parametres/[A-Za-z0-9][A-Za-z0-9_.-]*\.yaml|annuaire/[A-Za-z0-9][A-Za-z0-9_.-]*\.yaml|glossaire\.yaml)$`)

// IsPackPath reports whether a path (with "/") is a content file a pack carries.
func IsPackPath(p string) bool { return packPathRE.MatchString(p) && !strings.Contains(p, "..") }

// ---------------------------------------------------------------------------------------
// Building (maintainers)

// BuildPack reads the content files of src (laid out like the embedded content; other files
// are left out), checks them exactly as the embedded content is checked, and returns a pack
// signed with key. It refuses content with problems.
func BuildPack(src fs.FS, label string, key ed25519.PrivateKey, created time.Time) ([]byte, error) {
	label, err := CleanLabel(label)
	if err != nil {
		return nil, err
	}
	files, err := collectPackFiles(src)
	if err != nil {
		return nil, err
	}
	if _, err := validateFiles(files); err != nil {
		return nil, err
	}
	return buildPack(files, label, key, created)
}

// dirReason is why a content folder could not be read: our own messages are kept.
func dirReason(err error) string {
	if r := SystemReason(err); r != "erreur du système" {
		return r
	}
	return err.Error() // the French messages of collectPackFiles
}

// CheckPackLimits applies to a content folder the limits BuildPack applies (file types,
// size of each file, number and total size of the files), so that « contenu verifier
// --dir » and « contenu empaqueter » accept the same folders.
func CheckPackLimits(src fs.FS) error {
	_, err := collectPackFiles(src)
	return err
}

func collectPackFiles(src fs.FS) (map[string][]byte, error) {
	files := map[string][]byte{}
	total := int64(0)
	err := fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !IsPackPath(p) {
			return nil
		}
		if !d.Type().IsRegular() {
			return fmt.Errorf("%s n'est pas un fichier ordinaire", p)
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		if len(b) > maxPackFileSize {
			return fmt.Errorf("%s est trop grand (au plus %d octets)", p, maxPackFileSize)
		}
		total += int64(len(b))
		if len(files) >= maxPackFiles || total > maxPackTotal {
			return errors.New("trop de fichiers ou contenu trop volumineux pour un paquet")
		}
		files[p] = b
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("lecture du dossier impossible : %s", dirReason(err))
	}
	if len(files) == 0 {
		return nil, errors.New("aucun fichier de contenu dans ce dossier (attendu : fiches/, parametres/, annuaire/, lettres/, glossaire.yaml)")
	}
	return files, nil
}

// buildPack signs files as they are, without validating them (BuildPack validates first;
// tests use this to make packs that fail validation).
func buildPack(files map[string][]byte, label string, key ed25519.PrivateKey, created time.Time) ([]byte, error) {
	names := make([]string, 0, len(files))
	for p := range files {
		if !IsPackPath(p) {
			return nil, fmt.Errorf("%q ne peut pas faire partie d'un paquet", p)
		}
		names = append(names, p)
	}
	sort.Strings(names)
	created = created.UTC().Truncate(time.Second)

	var archive bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&archive, gzip.BestCompression)
	tw := tar.NewWriter(zw)
	m := Manifest{Format: PackFormat, Label: label, Created: created, Key: KeyFingerprint(key.Public().(ed25519.PublicKey))}
	for _, p := range names {
		b := files[p]
		h := sha256.Sum256(b)
		m.Files = append(m.Files, PackFile{Path: p, Size: int64(len(b)), SHA256: hex.EncodeToString(h[:])})
		hdr := &tar.Header{Name: p, Mode: 0o644, Size: int64(len(b)), ModTime: created, Typeflag: tar.TypeReg, Format: tar.FormatPAX}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, err
		}
		if _, err := tw.Write(b); err != nil {
			return nil, err
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	h := sha256.Sum256(archive.Bytes())
	m.ArchiveSHA256 = hex.EncodeToString(h[:])
	line, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	sig := ed25519.Sign(key, signedMessage(line))
	var out bytes.Buffer
	out.WriteString(PackMagic)
	out.Write(line)
	out.WriteByte('\n')
	out.WriteString(base64.StdEncoding.EncodeToString(sig))
	out.WriteByte('\n')
	out.Write(archive.Bytes())
	return out.Bytes(), nil
}

// signedMessage is what a signature covers: the magic line, then the manifest line.
func signedMessage(manifest []byte) []byte {
	msg := make([]byte, 0, len(PackMagic)+len(manifest))
	msg = append(msg, PackMagic...)
	return append(msg, manifest...)
}

// ---------------------------------------------------------------------------------------
// Opening and checking

// OpenPack checks a pack file: its signature by one of keys, the archive against the
// manifest, every file against its checksum, then the content exactly like the embedded
// content (LoadFS and Verify). Nothing is written.
func OpenPack(b []byte, keys []ed25519.PublicKey) (*Pack, error) {
	if len(b) > MaxPackSize {
		return nil, packErr(ErrNotPack, "fichier trop grand pour un paquet de contenu (au plus %d Mo)", MaxPackSize>>20)
	}
	if !bytes.HasPrefix(b, []byte(PackMagic)) {
		if bytes.HasPrefix(b, []byte{0x1f, 0x8b}) || bytes.HasPrefix(b, []byte("PK\x03\x04")) {
			return nil, packErr(ErrUnsigned, "paquet non signé : c'est une simple archive, sans la signature des mainteneurs. Seuls les paquets signés sont acceptés (préparés avec « aidants contenu empaqueter »)")
		}
		return nil, packErr(ErrNotPack, "ce fichier n'est pas un paquet de contenu d'aidants (un paquet commence par %q)", strings.TrimSpace(PackMagic))
	}
	rest := b[len(PackMagic):]
	line, rest, ok := bytes.Cut(rest, []byte("\n"))
	if !ok || len(line) > maxManifestSize {
		return nil, packErr(ErrTampered, "paquet incomplet ou abîmé : description illisible")
	}
	sigLine, archive, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return nil, packErr(ErrTampered, "paquet incomplet ou abîmé : signature absente ou tronquée")
	}
	m, err := checkSignature(line, sigLine, keys)
	if err != nil {
		return nil, err
	}
	h := sha256.Sum256(archive)
	if hex.EncodeToString(h[:]) != m.ArchiveSHA256 {
		return nil, packErr(ErrTampered, "paquet modifié ou abîmé : l'archive ne correspond pas à ce qui a été signé (copie incomplète ou fichier modifié ?)")
	}
	files, err := readArchive(archive, m)
	if err != nil {
		return nil, err
	}
	set, err := validateFiles(files)
	if err != nil {
		return nil, err
	}
	sig, _ := base64.StdEncoding.DecodeString(string(sigLine))
	return &Pack{Manifest: *m, Set: set, manifest: line, sig: sig, files: files}, nil
}

// checkSignature verifies the signature of a manifest line and decodes the manifest.
func checkSignature(line, sigLine []byte, keys []ed25519.PublicKey) (*Manifest, error) {
	sigText := strings.TrimSpace(string(sigLine))
	if sigText == "" {
		return nil, packErr(ErrUnsigned, "paquet non signé : la signature est absente. Seuls les paquets signés par les mainteneurs sont acceptés")
	}
	sig, err := base64.StdEncoding.DecodeString(sigText)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return nil, packErr(ErrTampered, "paquet modifié ou abîmé : la signature est illisible")
	}
	msg := signedMessage(line)
	verified := false
	for _, k := range keys {
		if len(k) == ed25519.PublicKeySize && ed25519.Verify(k, msg, sig) {
			verified = true
			break
		}
	}
	var m Manifest
	jsonErr := json.Unmarshal(line, &m)
	if !verified {
		if jsonErr == nil && m.Key != "" && !knownFingerprint(m.Key, keys) {
			return nil, packErr(ErrWrongKey, "paquet signé avec une autre clé (empreinte %s) que celle des mainteneurs reconnue par ce programme (%s) : il ne vient pas des mainteneurs d'aidants, ou il faut un programme plus récent", printedKey(m.Key), fingerprints(keys))
		}
		return nil, packErr(ErrTampered, "paquet modifié ou abîmé : la signature ne correspond pas à son contenu")
	}
	if jsonErr != nil {
		return nil, packErr(ErrTampered, "paquet illisible : la description n'est pas un JSON valide")
	}
	// The label and the key are printed by « contenu », « version » and the installer:
	// even a signed pack may not drive the terminal.
	m.Label, m.Key = clipRunes(SanitizeLine(m.Label), MaxLabel), SanitizeLine(m.Key)
	if m.Format != PackFormat {
		return nil, packErr(ErrNotPack, "paquet au format %d, que ce programme ne sait pas lire (format %d) : installez une version plus récente d'aidants", m.Format, PackFormat)
	}
	if len(m.Files) == 0 || len(m.Files) > maxPackFiles {
		return nil, packErr(ErrInvalid, "paquet sans fichier de contenu, ou avec trop de fichiers")
	}
	seen := map[string]bool{}
	for _, f := range m.Files {
		if !IsPackPath(f.Path) || seen[f.Path] || f.Size < 0 || f.Size > maxPackFileSize || len(f.SHA256) != 64 {
			return nil, packErr(ErrInvalid, "paquet invalide : fichier %q inattendu dans la description", clip(f.Path, 80))
		}
		seen[f.Path] = true
	}
	return &m, nil
}

// printedKey is the key a refused manifest names, as a message may show it.
func printedKey(k string) string {
	if k = clipRunes(SanitizeLine(k), 32); k == "" {
		return "illisible"
	}
	return k
}

func knownFingerprint(fp string, keys []ed25519.PublicKey) bool {
	for _, k := range keys {
		if KeyFingerprint(k) == fp {
			return true
		}
	}
	return false
}

func fingerprints(keys []ed25519.PublicKey) string {
	s := make([]string, len(keys))
	for i, k := range keys {
		s[i] = KeyFingerprint(k)
	}
	return strings.Join(s, ", ")
}

// readArchive unpacks the tar.gz in memory and checks it holds exactly the manifest's files.
func readArchive(archive []byte, m *Manifest) (map[string][]byte, error) {
	want := map[string]PackFile{}
	for _, f := range m.Files {
		want[f.Path] = f
	}
	zr, err := gzip.NewReader(bytes.NewReader(archive))
	if err != nil {
		return nil, packErr(ErrTampered, "archive du paquet illisible (ce n'est pas une archive gzip)")
	}
	tr := tar.NewReader(io.LimitReader(zr, maxPackTotal+int64(len(m.Files)+2)*2048))
	files := map[string][]byte{}
	for {
		hdr, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, packErr(ErrTampered, "archive du paquet illisible (archive tronquée ou abîmée)")
		}
		if hdr.Typeflag == tar.TypeDir {
			continue
		}
		f, ok := want[hdr.Name]
		if !ok || hdr.Typeflag != tar.TypeReg || files[hdr.Name] != nil {
			return nil, packErr(ErrInvalid, "archive du paquet : élément %q inattendu", clip(hdr.Name, 80))
		}
		if hdr.Size != f.Size {
			return nil, packErr(ErrTampered, "archive du paquet : %s n'a pas la taille annoncée", f.Path)
		}
		b, err := io.ReadAll(io.LimitReader(tr, f.Size+1))
		if err != nil || int64(len(b)) != f.Size {
			return nil, packErr(ErrTampered, "archive du paquet : %s est tronqué", f.Path)
		}
		if sum := sha256.Sum256(b); hex.EncodeToString(sum[:]) != f.SHA256 {
			return nil, packErr(ErrTampered, "paquet modifié : %s ne correspond pas à ce qui a été signé", f.Path)
		}
		files[hdr.Name] = b
	}
	if _, err := io.Copy(io.Discard, zr); err != nil {
		return nil, packErr(ErrTampered, "archive du paquet abîmée (copie incomplète ?)")
	}
	for _, f := range m.Files {
		if files[f.Path] == nil {
			return nil, packErr(ErrTampered, "archive du paquet : %s annoncé mais absent", f.Path)
		}
	}
	return files, nil
}

// validateFiles loads content files exactly like the embedded content and verifies them.
func validateFiles(files map[string][]byte) (*Set, error) {
	set, err := LoadFS(mapFS(files))
	var probs Problems
	if ps, ok := err.(Problems); ok {
		probs = append(probs, ps...)
	} else if err != nil {
		probs = append(probs, Problem{File: "paquet", Message: err.Error()})
	}
	if set != nil && set.Params != nil {
		probs = append(probs, set.Verify()...)
	}
	if len(probs) > 0 {
		return nil, &PackError{Kind: ErrInvalid, Message: fmt.Sprintf("contenu du paquet invalide (%d problème(s))", len(probs)), Problems: probs}
	}
	return set, nil
}

func mapFS(files map[string][]byte) fs.FS {
	m := fstest.MapFS{}
	for p, b := range files {
		m[p] = &fstest.MapFile{Data: b, Mode: 0o644}
	}
	return m
}

// ---------------------------------------------------------------------------------------
// Installed pack

// PackDir is the folder of the installed pack inside a configuration folder.
func PackDir(configDir string) string { return filepath.Join(configDir, PackDirName) }

// LoadInstalled reads and checks the pack installed in configDir: the signature of its
// manifest by one of keys, the checksum of every listed file, then the content (LoadFS and
// Verify). It returns ErrNotInstalled (wrapped) when there is none.
func LoadInstalled(configDir string, keys []ed25519.PublicKey) (*Pack, error) {
	if configDir == "" {
		return nil, packErr(ErrNotInstalled, "aucun dossier de configuration")
	}
	return loadPackDir(PackDir(configDir), keys)
}

func loadPackDir(dir string, keys []ed25519.PublicKey) (*Pack, error) {
	line, err := readFileLimited(filepath.Join(dir, packManifestName), maxManifestSize)
	if errors.Is(err, fs.ErrNotExist) {
		if _, statErr := os.Stat(dir); errors.Is(statErr, fs.ErrNotExist) {
			return nil, packErr(ErrNotInstalled, "aucun paquet installé")
		}
		return nil, packErr(ErrTampered, "le dossier %s ne contient pas de description de paquet (%s)", dir, packManifestName)
	}
	if err != nil {
		return nil, packErr(ErrTampered, "description du paquet illisible : %s", SystemReason(err))
	}
	sigLine, err := readFileLimited(filepath.Join(dir, packSigName), 1024)
	if err != nil {
		return nil, packErr(ErrUnsigned, "signature du paquet installé absente ou illisible (%s)", packSigName)
	}
	line = bytes.TrimRight(line, "\r\n")
	m, err := checkSignature(line, sigLine, keys)
	if err != nil {
		return nil, err
	}
	files := make(map[string][]byte, len(m.Files))
	for _, f := range m.Files {
		b, err := readFileLimited(filepath.Join(dir, filepath.FromSlash(f.Path)), maxPackFileSize)
		if err != nil {
			return nil, packErr(ErrTampered, "fichier %s du paquet installé absent ou illisible", f.Path)
		}
		if sum := sha256.Sum256(b); int64(len(b)) != f.Size || hex.EncodeToString(sum[:]) != f.SHA256 {
			return nil, packErr(ErrTampered, "le fichier %s du paquet installé a été modifié depuis l'installation", f.Path)
		}
		files[f.Path] = b
	}
	set, err := validateFiles(files)
	if err != nil {
		return nil, err
	}
	sig, _ := base64.StdEncoding.DecodeString(strings.TrimSpace(string(sigLine)))
	return &Pack{Manifest: *m, Set: set, manifest: line, sig: sig, files: files}, nil
}

func readFileLimited(name string, max int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s : fichier trop grand", filepath.Base(name))
	}
	return b, nil
}

// PackStatus says which content the guide uses and why.
type PackStatus struct {
	Dir       string    // the pack folder looked at ("" without a configuration folder)
	Installed bool      // a pack folder exists
	Used      bool      // the guide uses the installed pack
	Manifest  *Manifest // the installed pack's manifest, when its signature is valid
	Pack      *Set      // the installed pack's content, when valid (used or not)
	Older     bool      // valid, but older than the embedded content: not used
	Problem   error     // why an installed pack is refused
}

// Warning is what to say once on standard error when an installed pack is refused, or "".
func (s *PackStatus) Warning() string {
	if s == nil || s.Problem == nil {
		return ""
	}
	return fmt.Sprintf("le paquet de contenu installé (%s) est ignoré : %v\nLe guide utilise le contenu intégré au programme. Pour retirer ce paquet : aidants contenu retirer ; pour le remplacer : aidants contenu installer FICHIER.",
		s.Dir, strings.ReplaceAll(s.Problem.Error(), "\n", "\n  "))
}

// LoadPreferred returns the content the guide should use: the pack installed in configDir
// when it is valid (signature by TrustedKeys, checksums, content checks) and not older
// than the embedded content, otherwise the embedded content. The status says which, and
// why an installed pack was refused. err is only set when the embedded content is invalid.
func LoadPreferred(configDir string) (*Set, *PackStatus, error) {
	st := &PackStatus{}
	embeddedSet, embErr := Load()
	if configDir == "" {
		return embeddedSet, st, embErr
	}
	st.Dir = PackDir(configDir)
	p, err := LoadInstalled(configDir, TrustedKeys)
	switch {
	case errors.Is(err, ErrNotInstalled):
		return embeddedSet, st, embErr
	case err != nil:
		st.Installed = true
		st.Problem = err
		return embeddedSet, st, embErr
	}
	st.Installed, st.Manifest, st.Pack = true, &p.Manifest, p.Set
	if embErr == nil && OlderThan(p.Set, embeddedSet) {
		st.Older = true
		return embeddedSet, st, nil
	}
	st.Used = true
	return p.Set, st, nil
}

// OlderThan reports whether content a is older than b: its newest parameter is older, or
// equally new with fiches last reviewed earlier.
func OlderThan(a, b *Set) bool {
	an, bn := a.Params.Newest(), b.Params.Newest()
	if !an.Equal(bn) {
		return an.Before(bn)
	}
	return a.LastReview().Before(b.LastReview())
}

// InstallResult says what InstallPack did.
type InstallResult struct {
	Pack             *Pack
	AlreadyInstalled bool // the same pack was already installed: nothing written
}

// InstallPack checks a pack file (OpenPack with TrustedKeys) and installs it in
// configDir/paquet/, replacing any previous pack. It refuses a pack older than the content
// in use (the embedded content or the installed pack) unless force is set. A refused pack
// changes nothing; the new folder is written and checked aside, then swapped in by renames.
func InstallPack(configDir string, b []byte, force bool) (*InstallResult, error) {
	if configDir == "" {
		return nil, errors.New("dossier de configuration introuvable : définissez AIDANTS_CONFIG")
	}
	p, err := OpenPack(b, TrustedKeys)
	if err != nil {
		return nil, err
	}
	current, curErr := LoadInstalled(configDir, TrustedKeys)
	if curErr == nil && bytes.Equal(current.manifest, p.manifest) {
		return &InstallResult{Pack: p, AlreadyInstalled: true}, nil
	}
	if !force {
		if emb, err := Load(); err == nil && OlderThan(p.Set, emb) {
			return nil, packErr(ErrOlder, "ce paquet est plus ancien que le contenu intégré à ce programme (montants du %s contre %s, fiches relues le %s contre %s) (--force pour l'installer quand même)",
				rules.FrenchDate(p.Set.Params.Newest()), rules.FrenchDate(emb.Params.Newest()),
				rules.FrenchDate(p.Set.LastReview()), rules.FrenchDate(emb.LastReview()))
		}
		if curErr == nil && p.Manifest.Created.Before(current.Manifest.Created) {
			return nil, packErr(ErrOlder, "un paquet plus récent est déjà installé (« %s », signé le %s ; celui-ci l'a été le %s) (--force pour l'installer quand même)",
				current.Manifest.Label, rules.FrenchDate(current.Manifest.Created), rules.FrenchDate(p.Manifest.Created))
		}
	}
	if err := os.MkdirAll(configDir, 0o755); err != nil {
		return nil, fmt.Errorf("impossible de créer le dossier de configuration %s : %s", configDir, SystemReason(err))
	}
	cleanTemp(configDir)
	tmp, err := os.MkdirTemp(configDir, packTempPrefix+"nouveau-")
	if err != nil {
		return nil, fmt.Errorf("impossible d'écrire dans %s : %s", configDir, SystemReason(err))
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(tmp)
		}
	}()
	os.Chmod(tmp, 0o755) // MkdirTemp makes it 0700; the pack folder is like its sub-folders
	if err := p.writeTo(tmp); err != nil {
		return nil, fmt.Errorf("écriture du paquet impossible dans %s : %s", configDir, SystemReason(err))
	}
	// Read back what was written exactly as the start-up will.
	if _, err := loadPackDir(tmp, TrustedKeys); err != nil {
		return nil, fmt.Errorf("le paquet écrit ne se relit pas correctement (%s)", SystemReason(err))
	}
	if err := swapDir(tmp, PackDir(configDir)); err != nil {
		return nil, fmt.Errorf("installation impossible : %s", SystemReason(err))
	}
	ok = true
	return &InstallResult{Pack: p}, nil
}

func (p *Pack) writeTo(dir string) error {
	for name, b := range p.files {
		full := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := writeSync(full, b); err != nil {
			return err
		}
	}
	if err := writeSync(filepath.Join(dir, packManifestName), append(append([]byte{}, p.manifest...), '\n')); err != nil {
		return err
	}
	return writeSync(filepath.Join(dir, packSigName), []byte(base64.StdEncoding.EncodeToString(p.sig)+"\n"))
}

func writeSync(name string, b []byte) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// swapDir puts the folder tmp in place of dst: dst (if any) is first renamed aside, then
// tmp renamed to dst, then the old folder removed; if the second rename fails the old
// folder is put back. Each rename is atomic; between the two, a starting guide finds no
// pack and uses the embedded content.
func swapDir(tmp, dst string) error {
	old := ""
	if _, err := os.Stat(dst); err == nil {
		o, err := os.MkdirTemp(filepath.Dir(dst), packTempPrefix+"ancien-")
		if err != nil {
			return err
		}
		os.Remove(o) // only its unique name is wanted
		if err := os.Rename(dst, o); err != nil {
			return err
		}
		old = o
	}
	if err := os.Rename(tmp, dst); err != nil {
		if old != "" {
			os.Rename(old, dst)
		}
		return err
	}
	if old != "" {
		os.RemoveAll(old)
	}
	return nil
}

// cleanTemp removes folders left by an interrupted installation.
func cleanTemp(configDir string) {
	entries, _ := os.ReadDir(configDir)
	for _, e := range entries {
		if e.IsDir() && strings.HasPrefix(e.Name(), packTempPrefix) {
			os.RemoveAll(filepath.Join(configDir, e.Name()))
		}
	}
}

// RemovePack removes the installed pack; the guide then uses the embedded content.
func RemovePack(configDir string) error {
	dir := PackDir(configDir)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return packErr(ErrNotInstalled, "aucun paquet installé dans %s", configDir)
	}
	tmp, err := os.MkdirTemp(configDir, packTempPrefix+"retire-")
	if err != nil {
		return errors.New(SystemReason(err))
	}
	os.Remove(tmp)
	if err := os.Rename(dir, tmp); err != nil {
		return errors.New(SystemReason(err))
	}
	if err := os.RemoveAll(tmp); err != nil {
		return errors.New(SystemReason(err))
	}
	return nil
}

// ---------------------------------------------------------------------------------------
// Keys (maintainers)

// ParsePrivateKey reads a maintainer's key file: the 32-byte ed25519 seed (or the 64-byte
// private key), raw or in base64 (standard alphabet) on one line.
func ParsePrivateKey(b []byte) (ed25519.PrivateKey, error) {
	switch len(b) {
	case ed25519.SeedSize:
		return ed25519.NewKeyFromSeed(b), nil
	case ed25519.PrivateKeySize:
		return checkedPrivateKey(b)
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b)))
	if err != nil {
		return nil, errors.New("clé illisible : attendu la graine ed25519 de 32 octets, brute ou en base64")
	}
	switch len(raw) {
	case ed25519.SeedSize:
		return ed25519.NewKeyFromSeed(raw), nil
	case ed25519.PrivateKeySize:
		return checkedPrivateKey(raw)
	}
	return nil, fmt.Errorf("clé de %d octets : attendu la graine ed25519 de 32 octets (ou la clé privée de 64 octets)", len(raw))
}

func checkedPrivateKey(b []byte) (ed25519.PrivateKey, error) {
	k := ed25519.NewKeyFromSeed(b[:ed25519.SeedSize])
	if !bytes.Equal(k, b) {
		return nil, errors.New("clé privée de 64 octets incohérente (la clé publique ne correspond pas à la graine)")
	}
	return k, nil
}

// WriteKeyPair generates a key pair and writes the private seed (base64, mode 0600) to
// privPath and the public key (base64) to privPath+".pub". It never overwrites a file.
func WriteKeyPair(privPath string) (ed25519.PublicKey, error) {
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	pubPath := privPath + ".pub"
	for _, p := range []string{privPath, pubPath} {
		if _, err := os.Lstat(p); err == nil {
			return nil, fmt.Errorf("%s existe déjà : aucune clé n'est écrasée", p)
		}
	}
	if err := writeNew(privPath, base64.StdEncoding.EncodeToString(priv.Seed())+"\n", 0o600); err != nil {
		return nil, fmt.Errorf("écriture de %s impossible : %s", privPath, SystemReason(err))
	}
	if err := writeNew(pubPath, base64.StdEncoding.EncodeToString(pub)+"\n", 0o644); err != nil {
		os.Remove(privPath)
		return nil, fmt.Errorf("écriture de %s impossible : %s", pubPath, SystemReason(err))
	}
	return pub, nil
}

func writeNew(name, text string, mode os.FileMode) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s existe déjà : aucune clé n'est écrasée", name)
		}
		return err
	}
	if _, err := f.WriteString(text); err != nil {
		f.Close()
		os.Remove(name)
		return err
	}
	return f.Close()
}

// clip keeps the first n bytes of s, never cutting a character.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
