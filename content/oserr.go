package content

import (
	"errors"
	"io/fs"
	"syscall"
)

// SystemReason says in French why a file operation failed, from the error the system
// gave (whose text is English and quotes the path raw): « mkdir …: not a directory ».
func SystemReason(err error) string {
	var errno syscall.Errno
	switch {
	case err == nil:
		return ""
	case errors.Is(err, fs.ErrPermission):
		return "droits insuffisants"
	case errors.Is(err, fs.ErrExist):
		return "il existe déjà"
	case errors.Is(err, fs.ErrNotExist):
		return "introuvable (un dossier du chemin manque ?)"
	case errors.As(err, &errno):
		switch errno {
		case syscall.ENOTDIR:
			return "un élément du chemin est un fichier, pas un dossier"
		case syscall.EISDIR:
			return "c'est un dossier"
		case syscall.ENOSPC:
			return "disque plein"
		case syscall.EROFS:
			return "disque en lecture seule"
		case syscall.ENAMETOOLONG:
			return "nom trop long"
		case syscall.ENOTEMPTY:
			return "dossier non vide"
		case syscall.EXDEV:
			return "déplacement impossible d'un disque à l'autre"
		case syscall.EIO:
			return "erreur du disque"
		case syscall.EDQUOT:
			return "quota du disque dépassé"
		}
	}
	var pe *PackError
	if errors.As(err, &pe) {
		return pe.Error()
	}
	var ps Problems
	if errors.As(err, &ps) {
		return ps.Error()
	}
	return "erreur du système"
}
