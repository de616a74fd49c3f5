package content

// maintainersPublicKey is the ed25519 public key (base64) that content packs must be
// signed with. Its private half is NEVER in this repository: the maintainer who publishes
// packs keeps it (see README, « Publier une mise à jour du contenu »).
//
// This is the development key generated for issue 9 (fingerprint 'aidants contenu'
// prints it). Before the first public release, generate the release key pair with
// « aidants contenu cle --sortie FICHIER » on an offline machine and replace this line
// with the content of FICHIER.pub.
const maintainersPublicKey = "eVucHN/oQ1EC/ndecoozedKASE3wHKVOP2qg3RuOwzU="
