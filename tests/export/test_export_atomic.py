"""The atomic-write helper: the previous file survives every failure, no temporary file stays."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from export_samples import leftovers

from territ_desktop.domain import UserError
from territ_desktop.export import ExportError, atomic_binary, atomic_path


def test_writes_new_file(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    with atomic_binary(target) as stream:
        stream.write(b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_replaces_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    with atomic_path(target) as temporary:
        assert temporary.parent == tmp_path
        assert temporary.exists()
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert leftovers(tmp_path) == []


def test_writer_failure_keeps_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="bug"), atomic_binary(target) as stream:
        stream.write(b"half a fi")
        raise RuntimeError("bug")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "sheet.pdf"
    with pytest.raises(ExportError, match="n'existe pas") as caught, atomic_path(target):
        pytest.fail("must not get here")
    assert isinstance(caught.value, UserError)
    assert "Choisissez un autre dossier" in str(caught.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "sheet.pdf").write_bytes(b"old")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(ExportError, match="lecture seule"), atomic_path(folder / "sheet.pdf"):
            pass
        assert (folder / "sheet.pdf").read_bytes() == b"old"
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES])
def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    # Tests may run as root, who writes anywhere: simulate what the system says instead.
    real_open = os.open

    def refuse(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", refuse)
    target = tmp_path / "sheet.pdf"
    with pytest.raises(ExportError, match="lecture seule"), atomic_path(target):
        pytest.fail("must not get here")
    assert not target.exists()


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EFBIG])
def test_disk_full_while_writing(tmp_path: Path, code: int) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    full = pytest.raises(ExportError, match="disque est plein")
    with full as caught, atomic_binary(target) as stream:
        stream.write(b"partial")
        raise OSError(code, os.strerror(code))
    assert isinstance(caught.value.__cause__, OSError)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_disk_full_on_flush(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportError, match="disque est plein"), atomic_binary(target) as stream:
        stream.write(b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_target_open_in_another_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # On Windows, replacing a workbook that Excel holds open fails with PermissionError.
    target = tmp_path / "presences.xlsx"
    target.write_bytes(b"old")

    def locked(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    locked_out = pytest.raises(ExportError, match="ouvert dans un autre programme")
    with locked_out as caught, atomic_binary(target) as stream:
        stream.write(b"new")
    assert "Fermez-le" in str(caught.value)
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_target_is_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "folder.pdf"
    target.mkdir()
    with pytest.raises(ExportError, match="est un dossier"), atomic_binary(target) as stream:
        stream.write(b"new")
    assert target.is_dir()
    assert leftovers(tmp_path) == []


def test_keeps_umask_permissions(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    target = tmp_path / "sheet.pdf"
    with atomic_binary(target) as stream:
        stream.write(b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask
