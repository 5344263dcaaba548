#!/usr/bin/env bash
# Install Point B for the current user (no root needed) from the unpacked bundle.
#
#   ./install-linux.sh            from inside the unpacked pointb/ folder
#   packaging/install-linux.sh    from the source tree, after `make package`
#   install-linux.sh DIR          from the bundle folder DIR
#
# Puts the app in ~/.local/opt/pointb, links ~/.local/bin/pointb, adds "Point B" to the
# applications menu, and makes .pointb files open in Point B with its icon.
# Workshop files and Point B's own data are never touched. Undo: uninstall-linux.sh.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

die() { echo "install-linux.sh: $*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# --- where the bundle is -----------------------------------------------------------------
if [[ $# -gt 1 ]]; then
  die "usage: install-linux.sh [BUNDLE_DIR]"
elif [[ $# -eq 1 ]]; then
  bundle="$1"
elif [[ -x "$here/pointb" && -d "$here/_internal" ]]; then
  bundle="$here"
elif [[ -x "$here/../dist/pointb/pointb" ]]; then
  bundle="$here/../dist/pointb"
else
  die "no Point B bundle found next to this script; run it from the unpacked pointb folder"
fi
[[ -x "$bundle/pointb" && -d "$bundle/_internal" ]] || die "$bundle: not a Point B bundle (no pointb program)"
bundle="$(cd "$bundle" && pwd)"

[[ -n "${HOME:-}" && -d "$HOME" ]] || die "HOME is not set to a folder"
if [[ "$(id -u)" -eq 0 ]]; then
  echo "note: running as root installs Point B for root only (into $HOME)"
fi

data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/pointb"
bin_dir="$HOME/.local/bin"
apps_dir="$data_home/applications"
mime_dir="$data_home/mime"
icons_dir="$data_home/icons/hicolor"
mime_type="application/x-pointb-workshop"
mime_icon="application-x-pointb-workshop"

# desktop entry and MIME type: inside the bundle, or beside this script in the source tree
linux_files="$bundle/_internal/linux"
[[ -f "$linux_files/pointb.desktop" ]] || linux_files="$here"
[[ -f "$linux_files/pointb.desktop" && -f "$linux_files/pointb-mime.xml" ]] ||
  die "pointb.desktop and pointb-mime.xml not found in $bundle/_internal/linux or $here"
icon_src="$bundle/_internal/resources/icons"
[[ -f "$icon_src/pointb-256.png" ]] || die "$icon_src: the icons are missing from the bundle"

# --- the program -------------------------------------------------------------------------
mkdir -p "$HOME/.local/opt" "$bin_dir" "$apps_dir" "$mime_dir/packages"
if [[ "$bundle" != "$opt" ]]; then
  echo "copying the app to $opt"
  rm -rf "$opt.new"
  cp -a "$bundle" "$opt.new"
  rm -rf "$opt"
  mv "$opt.new" "$opt"
fi
# keep the uninstaller with the installed app
for script in install-linux.sh uninstall-linux.sh; do
  if [[ -f "$here/$script" && ! "$here/$script" -ef "$opt/$script" ]]; then
    install -m 755 "$here/$script" "$opt/$script"
  fi
done
ln -sfn "$opt/pointb" "$bin_dir/pointb"

# --- menu entry: Exec with the full path, so it works even if ~/.local/bin is not on PATH
exec_path="$opt/pointb"
exec_arg="$exec_path"
if [[ "$exec_path" =~ [[:space:]\"\`\$\\%] ]]; then
  # Desktop Entry quoting: a double-quoted argument with \ " ` $ escaped by a backslash,
  # itself written as \\ in the file (the string escape applies first); % doubled.
  exec_arg="$(printf '%s' "$exec_path" | sed -e 's/[\\"`$]/\\\\&/g' -e 's/%/%%/g')"
  exec_arg="\"$exec_arg\""
fi
while IFS= read -r line || [[ -n "$line" ]]; do
  case "$line" in
    Exec=pointb\ *) printf 'Exec=%s %s\n' "$exec_arg" "${line#Exec=pointb }" ;;
    TryExec=pointb) printf 'TryExec=%s\n' "$exec_path" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$linux_files/pointb.desktop" > "$apps_dir/pointb.desktop.new"
chmod 644 "$apps_dir/pointb.desktop.new"
mv "$apps_dir/pointb.desktop.new" "$apps_dir/pointb.desktop"

# --- file type ---------------------------------------------------------------------------
install -m 644 "$linux_files/pointb-mime.xml" "$mime_dir/packages/pointb.xml"

# --- icons: the app icon, and the same picture for .pointb files ---------------------------
# Copied straight into the user's hicolor theme: this is what `xdg-icon-resource install
# --mode user` does, but xdg-utils 1.1 breaks on a home folder with a space in its name.
# xdg-icon-resource, when present, only refreshes the icon caches (below).
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
  for context in apps mimetypes; do
    mkdir -p "$icons_dir/${size}x${size}/$context"
  done
  install -m 644 "$icon_src/pointb-$size.png" "$icons_dir/${size}x${size}/apps/pointb.png"
  install -m 644 "$icon_src/pointb-$size.png" "$icons_dir/${size}x${size}/mimetypes/$mime_icon.png"
done
if [[ -f "$icon_src/pointb.svg" ]]; then
  mkdir -p "$icons_dir/scalable/apps" "$icons_dir/scalable/mimetypes"
  install -m 644 "$icon_src/pointb.svg" "$icons_dir/scalable/apps/pointb.svg"
  install -m 644 "$icon_src/pointb.svg" "$icons_dir/scalable/mimetypes/$mime_icon.svg"
fi
touch "$icons_dir" 2>/dev/null || true  # icon caches notice the change

# --- tell the desktop --------------------------------------------------------------------
skipped=()
if have update-mime-database; then
  update-mime-database "$mime_dir" >/dev/null 2>&1 || echo "warning: update-mime-database failed"
else
  skipped+=(update-mime-database)
fi
if have update-desktop-database; then
  update-desktop-database -q "$apps_dir" || echo "warning: update-desktop-database failed"
else
  skipped+=(update-desktop-database)
fi
if have xdg-icon-resource; then
  xdg-icon-resource forceupdate --mode user >/dev/null 2>&1 || true
fi
if have gtk-update-icon-cache && [[ -f "$icons_dir/index.theme" ]]; then
  gtk-update-icon-cache -q -t -f "$icons_dir" 2>/dev/null || true
fi
if have xdg-mime; then
  xdg-mime default pointb.desktop "$mime_type" 2>/dev/null || true
fi

# --- check -------------------------------------------------------------------------------
if version="$("$opt/pointb" --version 2>&1)"; then
  echo "installed $version"
else
  echo "warning: the installed program did not start: $version" >&2
fi
echo "  program:   $opt  (command: $bin_dir/pointb)"
echo "  menu:      $apps_dir/pointb.desktop"
echo "  file type: $mime_dir/packages/pointb.xml (*.pointb)"
echo "  icons:     $icons_dir"
if ((${#skipped[@]})); then
  echo "note: ${skipped[*]} not found; the desktop picks the changes up at the next login"
fi
case ":$PATH:" in
  *":$bin_dir:"*) ;;
  *) echo "note: $bin_dir is not on your PATH; the menu entry works, or run $opt/pointb" ;;
esac
echo "To remove Point B: $opt/uninstall-linux.sh"
