"""Risky places for a workshop file: cloud-sync folders and network shares.

SQLite relies on file locks and on writes reaching the disk in order. Sync clients
(Dropbox, OneDrive, iCloud, Google Drive, Yandex.Disk) copy the file while it changes and
may restore a stale copy; network file systems often implement locks badly. Both can
damage a live database, so the facilitator is warned once (see `app.locations_probe`).

Pure: the caller passes the path and the mount table, so every rule is testable anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A folder name (compared case-insensitively) -> the service it belongs to. A name matches
# when it equals the key or starts with it followed by a space, a dash or a bracket, the
# way clients name their folders ("Dropbox (Personal)", "OneDrive - Contoso",
# "GoogleDrive-anna@example.com").
CLOUD_FOLDERS: tuple[tuple[str, str], ...] = (
    ("dropbox", "Dropbox"),
    ("onedrive", "OneDrive"),
    ("icloud drive", "iCloud"),
    ("iclouddrive", "iCloud"),
    ("mobile documents", "iCloud"),
    ("com~apple~clouddocs", "iCloud"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("yandex.disk", "Yandex.Disk"),
    ("yandexdisk", "Yandex.Disk"),
    ("яндекс.диск", "Yandex.Disk"),
)

# File-system types (as in /proc/mounts or `mount` on macOS) that live on another machine.
NETWORK_FSTYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "afpfs",
        "webdav",
        "davfs",
        "fuse.davfs2",
        "sshfs",
        "fuse.sshfs",
        "fuse.rclone",
        "9p",
        "ncpfs",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
    }
)

_SEPARATORS = re.compile(r"[\\/]+")
_NAME_TAIL = re.compile(r"^[\s\-_(\[]")


def _parts(path: str) -> list[str]:
    return [part for part in _SEPARATORS.split(path) if part]


def _cloud_service(part: str) -> str | None:
    folded = part.casefold()
    for name, service in CLOUD_FOLDERS:
        if folded == name or (folded.startswith(name) and _NAME_TAIL.match(folded[len(name) :])):
            return service
    return None


def _is_unc(path: str) -> bool:
    # \\server\share\... (Windows) or //server/share (the same written with slashes)
    return (path.startswith("\\\\") or path.startswith("//")) and not path.startswith("\\\\?\\")


def _mount_of(path: str, mounts: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The mount holding `path`: the longest mount point that is a whole-folder prefix."""
    parts = _parts(path)
    best: tuple[str, str] | None = None
    best_depth = -1
    for mountpoint, fstype in mounts:
        mount_parts = _parts(mountpoint)
        depth = len(mount_parts)
        if parts[:depth] == mount_parts and depth > best_depth:
            best, best_depth = (mountpoint, fstype), depth
    return best


def risky_location(path: str, mounts: Sequence[tuple[str, str]] = ()) -> str | None:
    """Why `path` is a risky place for a workshop file, or None when it looks safe.

    `path` should be absolute; `mounts` is the mount table as (mount point, fs type).
    """
    if _is_unc(path):
        return "a network share"
    if path.startswith("\\\\?\\UNC\\"):
        return "a network share"
    folders = _parts(path)[:-1]  # the file's own name does not count
    for part in folders:
        service = _cloud_service(part)
        if service is not None:
            return f"a {service} folder (cloud sync)"
    folded = [part.casefold() for part in folders]
    for index in range(len(folded) - 1):
        # macOS puts every File Provider client (Box, pCloud, ...) in ~/Library/CloudStorage.
        if folded[index] == "library" and folded[index + 1] == "cloudstorage":
            return "a cloud storage folder (cloud sync)"
    mount = _mount_of(path, mounts)
    if mount is not None:
        fstype = mount[1].casefold()
        if fstype in NETWORK_FSTYPES or fstype.startswith("fuse.sshfs"):
            return f"a network share ({mount[1]} at {mount[0]})"
    return None


def warning_text(path: str, reason: str) -> str:
    """The one-time warning shown to the facilitator."""
    return (
        f"{path} is in {reason}. Syncing or network copies can damage a workshop file "
        "while it is open. Keep workshops in a local folder and copy them out with "
        "File > Save As when the session is over."
    )
