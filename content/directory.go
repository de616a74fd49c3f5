package content

import (
	"bytes"
	"fmt"
	"sort"

	"aidants/rules"

	"gopkg.in/yaml.v3"
)

// Contact is one entry of the directory.
type Contact struct {
	Name       string   `yaml:"name"`
	Role       string   `yaml:"role"`
	Phone      string   `yaml:"phone"`
	Address    string   `yaml:"address"`
	Hours      string   `yaml:"hours"`
	Web        string   `yaml:"web"`
	Email      string   `yaml:"email"`
	Items      []string `yaml:"items"`
	Source     string   `yaml:"source"`
	Checked    Date     `yaml:"checked"`
	Department string   `yaml:"-"`
	File       string   `yaml:"-"`
	Line       int      `yaml:"-"`
}

// DirectoryFile is one directory file: national contacts or one département's.
type DirectoryFile struct {
	Department string    `yaml:"department"`
	Commune    string    `yaml:"commune"` // optional: the INSEE code of a commune, for contacts of that commune only
	Name       string    `yaml:"name"`
	Reviewed   Date      `yaml:"reviewed"`
	Contacts   []Contact `yaml:"contacts"`
	File       string    `yaml:"-"`
}

// Directory merges directory files: national contacts, contacts by département (or
// territory: "69M" is the Métropole de Lyon) and contacts by commune.
type Directory struct {
	National     []Contact
	ByDepartment map[string][]Contact
	ByCommune    map[string][]Contact // INSEE code → contacts
	Names        map[string]string    // département code → name, when a file gives it
}

// ParseDirectory reads and validates a directory file.
func ParseDirectory(name string, b []byte) (*DirectoryFile, Problems) {
	var d DirectoryFile
	var node yaml.Node
	if err := yaml.Unmarshal(b, &node); err != nil {
		return nil, Problems{{File: name, Line: yamlLine(err), Message: "YAML invalide : " + yamlMessage(b, err, 0)}}
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil && err.Error() != "EOF" {
		return nil, Problems{{File: name, Line: yamlLine(err), Message: yamlMessage(b, err, 0)}}
	}
	d.File = name
	d.Department, d.Name, d.Commune = Sanitize(d.Department), Sanitize(d.Name), Sanitize(d.Commune)
	var probs Problems
	if d.Department != "national" && d.Department != TerritoryMetropoleDeLyon && !rules.ValidDepartment(d.Department) {
		probs = append(probs, Problem{File: name, Line: findKeyLine(&node, "department"), Message: fmt.Sprintf("département %q invalide (attendu « national », un numéro : 01 à 95, 2A, 2B, 971 à 976, ou 69M pour la Métropole de Lyon)", d.Department)})
	}
	if d.Commune != "" {
		if c, ok := CommuneByCode(d.Commune); !ok {
			probs = append(probs, Problem{File: name, Line: findKeyLine(&node, "commune"), Message: fmt.Sprintf("commune %q inconnue (attendu : son code INSEE, par exemple 23096 pour Guéret)", d.Commune)})
		} else if d.Department != c.Department && d.Department != c.Territory() {
			probs = append(probs, Problem{File: name, Line: findKeyLine(&node, "commune"), Message: fmt.Sprintf("la commune %s (%s) n'est pas dans le département %q", c.Name, c.Code, d.Department)})
		} else {
			d.Commune = c.Code
		}
	}
	lines := contactLines(&node)
	for i := range d.Contacts {
		c := &d.Contacts[i]
		c.Name, c.Role, c.Phone, c.Address = Sanitize(c.Name), Sanitize(c.Role), Sanitize(c.Phone), Sanitize(c.Address)
		c.Hours, c.Web, c.Email, c.Source = Sanitize(c.Hours), Sanitize(c.Web), Sanitize(c.Email), Sanitize(c.Source)
		SanitizeAll(c.Items)
		c.Department, c.File = d.Department, name
		if i < len(lines) {
			c.Line = lines[i]
		}
		if c.Name == "" {
			probs = append(probs, Problem{File: name, Line: c.Line, Message: "contact sans nom (champ « name »)"})
		}
		if c.Phone == "" && c.Web == "" && c.Address == "" && c.Email == "" && c.Role == "" {
			probs = append(probs, Problem{File: name, Line: c.Line, Message: fmt.Sprintf("contact %q sans aucune coordonnée", c.Name)})
		}
		if c.Source == "" {
			probs = append(probs, Problem{File: name, Line: c.Line, Message: fmt.Sprintf("contact %q sans source (champ « source »)", c.Name)})
		}
		for _, it := range c.Items {
			if rules.CatalogueIndex(it) < 0 {
				probs = append(probs, Problem{File: name, Line: c.Line, Message: fmt.Sprintf("contact %q : identifiant %q inconnu dans « items »", c.Name, it)})
			}
		}
	}
	return &d, probs
}

func findKeyLine(n *yaml.Node, key string) int {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return 0
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i].Line
		}
	}
	return 0
}

func contactLines(n *yaml.Node) []int {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	if n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == "contacts" && n.Content[i+1].Kind == yaml.SequenceNode {
			var out []int
			for _, c := range n.Content[i+1].Content {
				out = append(out, c.Line)
			}
			return out
		}
	}
	return nil
}

// Add merges a file into the directory. A contact with the name of one already there
// replaces it (so a user's file can correct an embedded entry); others are added.
func (d *Directory) Add(f *DirectoryFile) {
	if d.ByDepartment == nil {
		d.ByDepartment = map[string][]Contact{}
		d.Names = map[string]string{}
	}
	if d.ByCommune == nil {
		d.ByCommune = map[string][]Contact{}
	}
	switch {
	case f.Department == "national":
		d.National = merge(d.National, f.Contacts)
		return
	case f.Commune != "":
		d.ByCommune[f.Commune] = merge(d.ByCommune[f.Commune], f.Contacts)
		return
	}
	d.ByDepartment[f.Department] = merge(d.ByDepartment[f.Department], f.Contacts)
	if f.Name != "" {
		d.Names[f.Department] = f.Name
	}
}

func merge(list, add []Contact) []Contact {
	if len(list) == 0 && uniqueNames(add) {
		// Nothing to replace: the file's contacts are the list (no copy; the files are
		// read for the directory alone). The capacity is cut so that a later append
		// copies instead of writing past them.
		return add[:len(add):len(add)]
	}
	for _, c := range add {
		replaced := false
		for i := range list {
			if list[i].Name == c.Name {
				list[i], replaced = c, true
				break
			}
		}
		if !replaced {
			list = append(list, c)
		}
	}
	return list
}

func uniqueNames(cs []Contact) bool {
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].Name == cs[j].Name {
				return false
			}
		}
	}
	return true
}

// Clone returns a copy that can take user files without touching the embedded directory.
func (d *Directory) Clone() *Directory {
	c := &Directory{National: append([]Contact(nil), d.National...), ByDepartment: map[string][]Contact{}, ByCommune: map[string][]Contact{}, Names: map[string]string{}}
	for k, v := range d.ByDepartment {
		c.ByDepartment[k] = append([]Contact(nil), v...)
	}
	for k, v := range d.ByCommune {
		c.ByCommune[k] = append([]Contact(nil), v...)
	}
	for k, v := range d.Names {
		c.Names[k] = v
	}
	return c
}

// For returns the contacts useful for an item: the département's first, then national ones.
func (d *Directory) For(item, department string) []Contact {
	var out []Contact
	for _, c := range d.ByDepartment[department] {
		if hasItem(c.Items, item) {
			out = append(out, c)
		}
	}
	for _, c := range d.National {
		if hasItem(c.Items, item) {
			out = append(out, c)
		}
	}
	return out
}

// Local returns the contacts useful for an item where the person lives, nearest first:
// the commune's (when known), then those of each territory key in order (the département,
// or "69M" for the Métropole de Lyon). National contacts are not included.
func (d *Directory) Local(item, commune string, territories ...string) []Contact {
	var out []Contact
	if commune != "" {
		for _, c := range d.ByCommune[commune] {
			if hasItem(c.Items, item) {
				out = append(out, c)
			}
		}
	}
	for _, t := range territories {
		for _, c := range d.ByDepartment[t] {
			if hasItem(c.Items, item) {
				out = append(out, c)
			}
		}
	}
	return out
}

// NationalFor returns the national contacts useful for an item.
func (d *Directory) NationalFor(item string) []Contact {
	var out []Contact
	for _, c := range d.National {
		if hasItem(c.Items, item) {
			out = append(out, c)
		}
	}
	return out
}

// Departments lists the départements that have contacts, sorted.
func (d *Directory) Departments() []string {
	var out []string
	for k := range d.ByDepartment {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func hasItem(items []string, id string) bool {
	for _, i := range items {
		if i == id {
			return true
		}
	}
	return false
}
