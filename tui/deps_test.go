package tui

import (
	_ "github.com/charmbracelet/x/exp/teatest/v2"
	_ "pgregory.net/rapid"
)
