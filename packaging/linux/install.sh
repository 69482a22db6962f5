#!/bin/sh
# Installe TERRIT Desktop depuis ce dossier (l'archive décompressée).
#   sh install.sh      pour vous seul : ~/.local/opt/territ-desktop, menu et icône dans ~/.local
#   sudo sh install.sh pour tout le poste : /opt/territ-desktop, menu et icône dans /usr/local
# Vos données (~/.local/share/TERRIT Desktop/) ne sont jamais touchées ; uninstall.sh retire
# le programme et laisse aussi vos données.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then
  target=/opt/territ-desktop
  bin=/usr/local/bin
  share=/usr/local/share
else
  target="$HOME/.local/opt/territ-desktop"
  bin="$HOME/.local/bin"
  share="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
if [ "$here" != "$target" ]; then
  rm -rf "$target"
  mkdir -p "$(dirname "$target")"
  cp -R "$here" "$target"
fi
mkdir -p "$bin" "$share/applications"
ln -sf "$target/territ-desktop" "$bin/territ-desktop"
ln -sf "$target/territ" "$bin/territ"
sed -e "s|^Exec=.*|Exec=\"$target/territ-desktop\"|" -e "s|^TryExec=.*|TryExec=$target/territ-desktop|" \
  "$target/territ-desktop.desktop" >"$share/applications/territ-desktop.desktop"
for icon in "$target"/icons/hicolor/*/apps/territ-desktop.*; do
  size=$(basename "$(dirname "$(dirname "$icon")")")
  mkdir -p "$share/icons/hicolor/$size/apps"
  cp "$icon" "$share/icons/hicolor/$size/apps/"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
cat >"$target/uninstall.sh" <<UNINSTALL
#!/bin/sh
# Retire TERRIT Desktop ; vos données (~/.local/share/TERRIT Desktop/) restent en place.
set -eu
rm -f "$bin/territ-desktop" "$bin/territ" "$share/applications/territ-desktop.desktop"
rm -f "$share"/icons/hicolor/*/apps/territ-desktop.png "$share"/icons/hicolor/scalable/apps/territ-desktop.svg
rm -rf "$target"
echo "TERRIT Desktop est désinstallé. Vos données n'ont pas été touchées."
UNINSTALL
chmod 755 "$target/uninstall.sh"
echo "TERRIT Desktop est installé dans $target."
echo "Lancez-le depuis le menu des applications, ou avec : $bin/territ-desktop"
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "(Ajoutez $bin à votre PATH pour lancer territ-desktop et territ par leur nom.)" ;;
esac
