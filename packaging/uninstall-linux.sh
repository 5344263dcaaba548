#!/usr/bin/env bash
# Remove what install-linux.sh installed for the current user. Workshop files (*.pointb)
# and Point B's own data (templates, backups in ~/.local/share/PointB) are kept.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/pointb"
bin_dir="$HOME/.local/bin"
apps_dir="$data_home/applications"
mime_dir="$data_home/mime"
icons_dir="$data_home/icons/hicolor"
mime_icon="application-x-pointb-workshop"

removed=0
remove() {
  if [[ -e "$1" || -L "$1" ]]; then
    rm -rf -- "$1"
    removed=$((removed + 1))
  fi
}

# the command, only if it is ours
if [[ -L "$bin_dir/pointb" && "$(readlink "$bin_dir/pointb")" == "$opt/pointb" ]]; then
  remove "$bin_dir/pointb"
fi
remove "$apps_dir/pointb.desktop"
remove "$mime_dir/packages/pointb.xml"
for dir in "$icons_dir"/*/; do
  remove "${dir}apps/pointb.png"
  remove "${dir}apps/pointb.svg"
  remove "${dir}mimetypes/$mime_icon.png"
  remove "${dir}mimetypes/$mime_icon.svg"
  remove "${dir}mimetypes/gnome-mime-$mime_icon.png"  # left by xdg-icon-resource, if used
done
remove "$opt"
# the default-application line that `xdg-mime default` wrote at install
mimeapps="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
if [[ -f "$mimeapps" ]] && grep -q '^application/x-pointb-workshop=pointb\.desktop;\?$' "$mimeapps"; then
  sed -i '/^application\/x-pointb-workshop=pointb\.desktop;\?$/d' "$mimeapps"
fi

if [[ -d "$mime_dir/packages" ]] && have update-mime-database; then
  update-mime-database "$mime_dir" >/dev/null 2>&1 || true
fi
if [[ -d "$apps_dir" ]] && have update-desktop-database; then
  update-desktop-database -q "$apps_dir" || true
fi
if have xdg-icon-resource; then
  xdg-icon-resource forceupdate --mode user >/dev/null 2>&1 || true
fi
touch "$icons_dir" 2>/dev/null || true

if ((removed)); then
  echo "Point B removed ($removed items). Your workshop files were not touched."
else
  echo "Point B was not installed for $(id -un); nothing to remove."
fi
