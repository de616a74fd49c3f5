// Command aidants is a terminal guide, in French, for the people who help families facing
// the loss of autonomy of an elderly relative. This file only reads the command line and
// wires the packages: the law is in rules, the use case in guide, the screens in tui.
package main

import (
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"aidants/content"
)

// Set at build time with -ldflags "-X main.version=… -X main.commit=…".
var (
	version = "dev"
	commit  = "inconnu"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// exit codes
const (
	exitOK    = 0
	exitError = 1 // the program failed (a file could not be written…)
	exitUsage = 2 // bad input: the message names the field
)

// run is the whole program minus os.Exit, so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	// Everything the program says goes through content.Sanitize: standard error always;
	// standard output for every command but those that write terminal sequences of their
	// own (the interactive guide, a fiche styled for the terminal) or a JSON stream whose
	// strings are escaped where they are built (lot).
	rawStdout := stdout
	stderr = safeWriter{stderr}
	stdout = safeWriter{stdout}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "aidants : erreur interne inattendue (%v).\nRien n'a été enregistré. Merci de signaler ce message et la commande utilisée aux mainteneurs.\n", r)
			code = exitError
		}
	}()
	if len(args) == 0 {
		return cmdTUI(nil, stdin, rawStdout, stderr)
	}
	switch args[0] {
	case "evaluer":
		return cmdEvaluer(args[1:], stdin, stdout, stderr)
	case "lot":
		return cmdLot(args[1:], stdin, rawStdout, stderr)
	case "gir":
		return cmdGIR(args[1:], stdout, stderr)
	case "apa":
		return cmdAPA(args[1:], stdout, stderr)
	case "ehpad":
		return cmdEHPAD(args[1:], stdout, stderr)
	case "ressources-apa":
		return cmdRessourcesAPA(args[1:], stdout, stderr)
	case "fiche":
		return cmdFiche(args[1:], rawStdout, stderr)
	case "fiches":
		return cmdFiches(args[1:], stdout, stderr)
	case "regles":
		return cmdRegles(args[1:], stdout, stderr)
	case "exporter":
		return cmdExporter(args[1:], stdin, stdout, stderr)
	case "contenu":
		return cmdContenu(args[1:], stdout, stderr)
	case "annuaire":
		return cmdAnnuaire(args[1:], stdout, stderr)
	case "version", "--version":
		if len(args) > 1 {
			return fail(stderr, "version", exitUsage, "argument en trop : %q", clip(args[1]))
		}
		return cmdVersion(stdout)
	case "aide", "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if len(args[0]) > 0 && args[0][0] == '-' {
		return cmdTUI(args, stdin, rawStdout, stderr)
	}
	fmt.Fprintf(stderr, "aidants : commande %q inconnue.\n\n%s", clip(args[0]), usage)
	return exitUsage
}

const usage = `Utilisation :
  aidants                               le guide interactif
  aidants evaluer [--profil F|-] [--format json|markdown|texte] [--court] [--date AAAA-MM-JJ]
  aidants lot [--date …] [--complet] < situations.jsonl > plans.jsonl
  aidants gir --aggir coherence=A,orientation=B,… [--format json]
  aidants apa --gir N --plan EUROS --ressources EUROS [--couple] [--aspa] [--non-autorise] [--date …] [--format json]
  aidants apa --gir N --etablissement --tarif-gir EUROS --tarif-gir56 EUROS --ressources EUROS [--couple]
  aidants ehpad --gir N --hebergement EUROS --dependance EUROS --dependance-gir56 EUROS --ressources EUROS
                [--couple] [--departement D] [--date …] [--format texte|json]   (prix par jour, ressources par mois)
  aidants ressources-apa --revenu-declare EUROS | --rfr EUROS [--prelevement-liberatoire EUROS]
                [--valeur-locative-batis EUROS] [--valeur-locative-terrains EUROS] [--capitaux EUROS] [--couple]
                (montants par an, sur l'avis d'imposition : les ressources mensuelles que compte l'APA)
  aidants fiche ID [--largeur N] [--date …]
  aidants fiches
  aidants regles [ID] [--date AAAA-MM-JJ] [--format texte|markdown]   les conditions de chaque aide
  aidants regles --articles [--format …]   les textes cités, avec les aides qui les citent
  aidants exporter --profil F --format html|markdown|texte|dossier --sortie FICHIER [--court] [--force] [--libelle TEXTE]
  aidants annuaire COMMUNE|CODE-POSTAL|DEPARTEMENT [--annuaire FICHIER]   qui appeler près de chez la personne aidée
  aidants contenu verifier [--dir DOSSIER]
  aidants contenu montants
  aidants contenu                       le contenu utilisé : intégré ou paquet de mise à jour
  aidants contenu installer FICHIER [--force]   installer un paquet de mise à jour signé
  aidants contenu retirer               revenir au contenu intégré
  aidants contenu empaqueter --dir DOSSIER --cle FICHIER_CLE --sortie PAQUET [--libelle TEXTE]
  aidants contenu cle --sortie FICHIER_CLE      (mainteneurs) créer une paire de clés
  aidants version

Options du guide interactif : --accessible (lecteur d'écran), --date AAAA-MM-JJ, --annuaire FICHIER,
  --profil DOSSIER.json (reprendre un dossier exporté au format « dossier »).
Variables : NO_COLOR=1 (sans couleur), ACCESSIBLE=1, AIDANTS_THEME=clair (fond clair), AIDANTS_CONFIG=DOSSIER.
`

// clip shortens an argument quoted in a message to 40 bytes, never inside a character.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	n := 40
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// safeWriter is how the command line writes to the terminal: every write goes through
// content.Sanitize, so no string from a file, an argument or the terminal (a pack's label,
// a YAML key in a parser error, a file name) can move the cursor, change the window title,
// write to the clipboard or reverse the text, whatever path printed it.
type safeWriter struct{ w io.Writer }

func (s safeWriter) Write(p []byte) (int, error) {
	if _, err := io.WriteString(s.w, content.Sanitize(string(p))); err != nil {
		return 0, err
	}
	return len(p), nil
}
