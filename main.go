// Command aidants is a terminal guide, in French, for the people who help families facing
// the loss of autonomy of an elderly relative. This file only reads the command line and
// wires the packages: the law is in rules, the use case in guide, the screens in tui.
package main

import (
	"fmt"
	"io"
	"os"
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
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "aidants : erreur interne inattendue (%v).\nRien n'a été enregistré. Merci de signaler ce message et la commande utilisée aux mainteneurs.\n", r)
			code = exitError
		}
	}()
	if len(args) == 0 {
		return cmdTUI(nil, stdin, stdout, stderr)
	}
	switch args[0] {
	case "evaluer":
		return cmdEvaluer(args[1:], stdin, stdout, stderr)
	case "lot":
		return cmdLot(args[1:], stdin, stdout, stderr)
	case "gir":
		return cmdGIR(args[1:], stdout, stderr)
	case "apa":
		return cmdAPA(args[1:], stdout, stderr)
	case "ehpad":
		return cmdEHPAD(args[1:], stdout, stderr)
	case "fiche":
		return cmdFiche(args[1:], stdout, stderr)
	case "fiches":
		return cmdFiches(args[1:], stdout, stderr)
	case "exporter":
		return cmdExporter(args[1:], stdin, stdout, stderr)
	case "contenu":
		return cmdContenu(args[1:], stdout, stderr)
	case "version", "--version":
		return cmdVersion(stdout)
	case "aide", "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	if len(args[0]) > 0 && args[0][0] == '-' {
		return cmdTUI(args, stdin, stdout, stderr)
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
  aidants fiche ID [--largeur N] [--date …]
  aidants fiches
  aidants exporter --profil F --format html|markdown|texte|dossier --sortie FICHIER [--court] [--force] [--libelle TEXTE]
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

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
