package main

import (
	"fmt"
	"io"
)

func cmdTUI(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "aidants : le guide interactif arrive ; en attendant, utilisez « aidants evaluer ».")
	return exitError
}
