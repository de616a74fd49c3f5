package content

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// yamlMessage says in French what is wrong in a YAML file, from a yaml.v3 error: the
// parser's messages are English and quote the file's own keys raw. The field is named
// (from the file, sanitised and clipped); the first error's line is the Problem's line,
// the others say theirs, shifted by offset (the fiche's front matter starts on line 2).
func yamlMessage(src []byte, err error, offset int) string {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		var root yaml.Node
		if yaml.Unmarshal(src, &root) != nil {
			root = yaml.Node{}
		}
		parts := make([]string, 0, len(te.Errors))
		for i, e := range te.Errors {
			if i == 5 {
				parts = append(parts, fmt.Sprintf("et %d autre(s) erreur(s)", len(te.Errors)-5))
				break
			}
			line, msg := yamlEntry(&root, e)
			if i > 0 && line > 0 {
				msg = fmt.Sprintf("ligne %d : %s", line+offset, msg)
			}
			parts = append(parts, msg)
		}
		return strings.Join(parts, " ; ")
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		msg = m[2]
	}
	if strings.HasPrefix(msg, "ligne ") { // already French (content.Date)
		if _, rest, ok := strings.Cut(msg, " : "); ok {
			return SanitizeLine(rest)
		}
		return SanitizeLine(msg)
	}
	for _, t := range yamlSyntax {
		if strings.Contains(msg, t.en) {
			return t.fr
		}
	}
	return "YAML mal écrit (vérifiez l'indentation, les deux-points, les tirets et les guillemets)"
}

var (
	yamlLineRE      = regexp.MustCompile(`^line (\d+): (.*)$`)
	yamlNotFoundRE  = regexp.MustCompile(`^line (\d+): field (.*) not found in type \S+$`)
	yamlSetTwiceRE  = regexp.MustCompile(`^line (\d+): field (.*) already set in type \S+$`)
	yamlKeyTwiceRE  = regexp.MustCompile(`^line (\d+): mapping key (".*") already defined at line (\d+)$`)
	yamlUnmarshalRE = regexp.MustCompile(`^line (\d+): cannot unmarshal (!!\w+)(?: .*)? into (\S+)$`)
)

// yamlSyntax translates the parser's syntax errors a hand-edited file meets most.
var yamlSyntax = []struct{ en, fr string }{
	{"excessive aliasing", "trop d'alias YAML (& et *) : le fichier est refusé"},
	{"unknown anchor", "alias (*) vers une ancre (&) qui n'existe pas"},
	{"did not find expected key", "une clé est attendue ici (indentation ?)"},
	{"mapping values are not allowed", "deux-points mal placé (mettez le texte entre guillemets ?)"},
	{"could not find expected ':'", "deux-points manquant après une clé"},
	{"found character that cannot start any token", "caractère inattendu (une tabulation ? mettez le texte entre guillemets)"},
	{"found a tab character", "tabulation dans l'indentation : utilisez des espaces"},
	{"did not find expected node content", "valeur manquante ou mal placée"},
	{"block sequence entries are not allowed", "tiret de liste mal placé (indentation ?)"},
	{"found unexpected end of stream", "fin de fichier inattendue (guillemet ou crochet non fermé ?)"},
	{"did not find expected ',' or ']'", "crochet ] manquant"},
	{"did not find expected ',' or '}'", "accolade } manquante"},
	{"control characters are not allowed", "caractère de contrôle interdit dans le fichier"},
	{"invalid leading UTF-8 octet", "le fichier n'est pas en UTF-8"},
	{"invalid trailing UTF-8 octet", "le fichier n'est pas en UTF-8"},
	{"incomplete UTF-8 octet sequence", "le fichier n'est pas en UTF-8"},
	{"found undefined tag handle", "étiquette YAML (!) inconnue"},
	{"did not find expected comment or line break", "texte en trop après une valeur"},
	{"found unknown escape character", "séquence d'échappement inconnue entre guillemets"},
	{"exceeded max depth", "imbrication trop profonde"},
}

// yamlEntry translates one entry of a yaml.TypeError.
func yamlEntry(root *yaml.Node, e string) (int, string) {
	if m := yamlNotFoundRE.FindStringSubmatch(e); m != nil {
		if k := yamlKey(m[2]); k != "" {
			return atoi(m[1]), fmt.Sprintf("champ « %s » inconnu (faute de frappe ?)", k)
		}
		return atoi(m[1]), "champ au nom illisible inconnu (caractères de contrôle)"
	}
	if m := yamlSetTwiceRE.FindStringSubmatch(e); m != nil {
		return atoi(m[1]), fmt.Sprintf("champ « %s » donné deux fois", yamlKey(m[2]))
	}
	if m := yamlKeyTwiceRE.FindStringSubmatch(e); m != nil {
		return atoi(m[1]), fmt.Sprintf("clé « %s » déjà donnée ligne %s", yamlKey(m[2]), m[3])
	}
	if m := yamlUnmarshalRE.FindStringSubmatch(e); m != nil {
		line := atoi(m[1])
		what := fmt.Sprintf("%s reçu, %s attendu", yamlTagName(m[2]), yamlTypeName(m[3]))
		if f := fieldAtLine(root, line); f != "" {
			return line, fmt.Sprintf("champ « %s » : %s", f, what)
		}
		return line, what
	}
	if m := yamlLineRE.FindStringSubmatch(e); m != nil {
		if strings.HasPrefix(m[2], "ligne ") {
			if _, rest, ok := strings.Cut(m[2], " : "); ok {
				return atoi(m[1]), SanitizeLine(rest)
			}
		}
		return atoi(m[1]), "valeur invalide"
	}
	if strings.HasPrefix(e, "ligne ") { // content.Date says it in French already
		n := 0
		fmt.Sscanf(e, "ligne %d", &n)
		if _, rest, ok := strings.Cut(e, " : "); ok {
			return n, SanitizeLine(rest)
		}
	}
	return 0, "valeur invalide"
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// yamlKey is a key of the file as quoted by the parser, cleaned for a message.
func yamlKey(q string) string {
	if u, err := strconv.Unquote(q); err == nil {
		q = u
	}
	return clipRunes(SanitizeLine(q), 40)
}

func yamlTagName(tag string) string {
	switch tag {
	case "!!seq":
		return "une liste"
	case "!!map":
		return "une liste de champs"
	case "!!str":
		return "un texte"
	case "!!int":
		return "un nombre entier"
	case "!!float":
		return "un nombre"
	case "!!bool":
		return "vrai ou faux"
	case "!!null":
		return "une valeur vide"
	case "!!timestamp":
		return "une date"
	case "!!binary":
		return "des données binaires"
	}
	return "une valeur"
}

func yamlTypeName(t string) string {
	t = strings.TrimPrefix(t, "*")
	switch {
	case strings.HasPrefix(t, "[]"):
		return "une liste"
	case strings.HasPrefix(t, "map["):
		return "une liste de champs"
	case t == "string":
		return "un texte"
	case strings.HasPrefix(t, "int"), strings.HasPrefix(t, "uint"):
		return "un nombre entier"
	case strings.HasPrefix(t, "float"):
		return "un nombre"
	case t == "bool":
		return "true ou false"
	case t == "content.Date", t == "time.Time":
		return "une date AAAA-MM-JJ"
	}
	return "une liste de champs"
}

// fieldAtLine is the path of keys (a.b.c) whose value starts on line, or "".
func fieldAtLine(n *yaml.Node, line int) string {
	var best string
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.DocumentNode, yaml.SequenceNode:
			for _, c := range n.Content {
				walk(c, path)
			}
		case yaml.MappingNode:
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				p := yamlKey(strconv.Quote(k.Value))
				if path != "" {
					p = path + "." + p
				}
				if v.Line == line {
					best = p
				}
				walk(v, p)
			}
		}
	}
	walk(n, "")
	return best
}

// clipRunes keeps the first n characters of s.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}
