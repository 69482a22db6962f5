#!/bin/sh
# Ce fichier est remplacé par install.sh au moment de l'installation (il connaît alors les
# dossiers choisis). Lancé depuis l'archive décompressée, il n'y a rien à désinstaller.
echo "Rien à désinstaller : lancez d'abord install.sh, puis le uninstall.sh du dossier installé."
