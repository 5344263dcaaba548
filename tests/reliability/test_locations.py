"""Risky locations: cloud-sync folders and network shares get a one-time warning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app import locations_probe
from app.domain.locations import risky_location

LINUX_MOUNTS = [
    ("/", "ext4"),
    ("/home", "ext4"),
    ("/mnt/team", "nfs4"),
    ("/mnt/office", "cifs"),
    ("/media/anna/server", "fuse.sshfs"),
    ("/mnt/c", "9p"),
    ("/Volumes/Shared", "smbfs"),
    ("/Volumes/USB STICK", "msdos"),
    ("/run/user/1000/gvfs", "fuse.gvfsd-fuse"),
]

RISKY = {
    "/home/anna/Dropbox/workshops/bank.pointb": "Dropbox",
    "/home/anna/Dropbox (Personal)/bank.pointb": "Dropbox",
    "C:\\Users\\Anna\\OneDrive - Contoso\\Workshops\\bank.pointb": "OneDrive",
    "C:\\Users\\Anna\\OneDrive\\bank.pointb": "OneDrive",
    "/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/bank.pointb": "iCloud",
    "C:\\Users\\Anna\\iCloudDrive\\bank.pointb": "iCloud",
    "/Users/anna/iCloud Drive/bank.pointb": "iCloud",
    "/Users/anna/Google Drive/bank.pointb": "Google Drive",
    "/Users/anna/Library/CloudStorage/GoogleDrive-anna@example.com/My Drive/b.pointb": "Google",
    "G:\\My Drive\\bank.pointb": "Google Drive",
    "/home/anna/Yandex.Disk/bank.pointb": "Yandex.Disk",
    "/Users/anna/Library/CloudStorage/Box-Box/bank.pointb": "cloud storage",
    "\\\\fileserver\\workshops\\bank.pointb": "network share",
    "//fileserver/workshops/bank.pointb": "network share",
    "/mnt/team/bank.pointb": "nfs4",
    "/mnt/office/2026/bank.pointb": "cifs",
    "/media/anna/server/bank.pointb": "fuse.sshfs",
    "/mnt/c/Users/anna/bank.pointb": "9p",
    "/Volumes/Shared/bank.pointb": "smbfs",
}

SAFE = [
    "/home/anna/workshops/bank.pointb",
    "/home/anna/Dropbox.pointb",  # the file's own name does not count
    "/home/anna/dropboxes/bank.pointb",  # a folder merely starting with the word
    "/mnt/teamwork/bank.pointb",  # not inside /mnt/team
    "/Volumes/USB STICK/bank.pointb",  # a local stick mounted under /Volumes
    "C:\\Users\\Anna\\Documents\\bank.pointb",
    "D:\\Workshops\\My Drives\\bank.pointb",
]


@pytest.mark.parametrize("path", list(RISKY))
def test_risky_locations_are_named(path: str) -> None:
    reason = risky_location(path, LINUX_MOUNTS)
    assert reason is not None and RISKY[path] in reason, reason


@pytest.mark.parametrize("path", SAFE)
def test_safe_locations_are_not_flagged(path: str) -> None:
    assert risky_location(path, LINUX_MOUNTS) is None


def test_proc_mounts_is_parsed_with_its_escapes() -> None:
    text = (
        "/dev/vda / ext4 rw,relatime 0 0\n"
        "server:/export /mnt/team\\040share nfs4 rw 0 0\n"
        "//nas/office /mnt/office cifs rw 0 0\n"
        "broken line\n"
    )
    mounts = locations_probe.parse_proc_mounts(text)
    assert mounts == [("/", "ext4"), ("/mnt/team share", "nfs4"), ("/mnt/office", "cifs")]
    assert risky_location("/mnt/team share/a.pointb", mounts) == (
        "a network share (nfs4 at /mnt/team share)"
    )


def test_the_probe_reads_this_machine_without_failing(tmp_path: Path) -> None:
    assert isinstance(locations_probe.mounts(), list)
    assert locations_probe.location_risk(tmp_path / "local.pointb") is None


def test_the_warning_comes_once_per_file(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced = tmp_path / "Dropbox" / "bank.pointb"
    other = tmp_path / "Dropbox" / "other.pointb"
    local = tmp_path / "local.pointb"
    assert locations_probe.should_warn(local) is None
    first = locations_probe.should_warn(synced)
    assert first is not None and "Dropbox" in first and str(synced) in first
    assert locations_probe.should_warn(synced) is None, "warned once already"
    assert locations_probe.should_warn(other) is not None, "another file is warned about"
    record = json.loads((data_dir / locations_probe.WARNED_FILE).read_text("utf-8"))
    assert record == [str(synced), str(other)]
    # A damaged record means "not warned yet": warning again is the safe side.
    (data_dir / locations_probe.WARNED_FILE).write_text("{not json")
    assert locations_probe.should_warn(synced) is not None
    assert locations_probe.should_warn(synced) is None


def test_network_mounts_from_the_probe_are_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(locations_probe, "mounts", lambda: [(str(tmp_path), "cifs")])
    warning = locations_probe.should_warn(tmp_path / "bank.pointb")
    assert warning is not None and "network share" in warning
