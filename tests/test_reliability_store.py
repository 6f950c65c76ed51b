"""A read-only, full or damaged data directory: one clear sentence, nothing silently lost.

Tests run as root here, where chmod stops no write. The end-to-end tests therefore make
the failure real with mounts (a read-only bind mount; a tiny tmpfs that fills up) and are
skipped where mounting is not allowed; the unit tests inject Chroma's own error texts.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from chromadb.api.models.Collection import Collection
from chromadb.errors import InternalError

from conftest import SEEDS
from e2e_support import slant
from slant import store as store_module
from slant.cli import main
from slant.config import Settings
from slant.embeddings import HashingEmbeddings
from slant.store import Store, forget_clients
from test_reliability_ingest import snapshot, write_corpus

READONLY = InternalError("error returned from database: (code: 8) attempt to write a readonly database")
DISK_FULL = InternalError("error returned from database: (code: 13) database or disk is full")
COMPACTION = InternalError("Error in compaction: Failed to apply logs to the metadata segment")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def one_clear_sentence(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith("slant: ") and "Traceback" not in err
    for needle in needles:
        assert needle in lines[0], err


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A home holding the five seeds (hashing embeddings)."""
    home = tmp_path / "home"
    code, _, err = run_cli(capsys, "ingest", "--home", str(home), "--embeddings", "hashing", str(SEEDS))
    assert code == 0, err
    return home


def reopen(home: Path) -> Store:
    forget_clients()
    return Store(Settings.load(home=home, embeddings="hashing"), HashingEmbeddings(), "hashing-256")


@pytest.mark.parametrize(
    ("error", "needle"),
    [(READONLY, "is read-only; make it writable"), (DISK_FULL, "is full; free space and retry")],
    ids=["read-only", "disk-full"],
)
def test_a_failed_write_names_the_cause_and_loses_nothing(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    error: Exception, needle: str,
) -> None:
    before = snapshot(home)
    write_corpus(tmp_path / "more", 30)

    def refuse(self: Collection, *args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(Collection, "upsert", refuse)
    code, out, err = run_cli(capsys, "ingest", "--home", str(home), "--embeddings", "hashing", str(tmp_path / "more"))
    assert code == 2 and not out
    one_clear_sentence(err, needle)
    monkeypatch.undo()

    forget_clients()
    assert snapshot(home) == before  # what was stored is intact, nothing half-recorded
    code, out, err = run_cli(capsys, "ingest", "--home", str(home), "--embeddings", "hashing", str(tmp_path / "more"))
    assert code == 0 and "ingested 30 new" in out, err  # once writable again, the rerun adds them all


@pytest.mark.parametrize(
    ("low_space", "needle"),
    [(True, "is full; free space and retry"), (False, "slant ingest --rebuild")],
    ids=["little-space-left", "plenty-of-space"],
)
def test_chromas_indirect_disk_full_error_is_told_apart_from_damage(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    low_space: bool, needle: str,
) -> None:
    # A real full disk makes Chroma say only "Error in compaction ..." (seen on a 3 MB tmpfs).
    write_corpus(tmp_path / "more", 5)
    monkeypatch.setattr(store_module, "LOW_SPACE_BYTES", 1 << 62 if low_space else 0)

    def compaction_fails(self: Collection, *args: object, **kwargs: object) -> None:
        raise COMPACTION

    monkeypatch.setattr(Collection, "upsert", compaction_fails)
    code, _, err = run_cli(capsys, "ingest", "--home", str(home), "--embeddings", "hashing", str(tmp_path / "more"))
    assert code == 2
    one_clear_sentence(err, needle)


def test_a_store_that_cannot_be_opened_read_only_is_not_called_damaged(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import chromadb

    forget_clients()

    def readonly_client(*args: object, **kwargs: object) -> None:
        raise READONLY

    monkeypatch.setattr(chromadb, "PersistentClient", readonly_client)
    code, _, err = run_cli(capsys, "ask", "--home", str(home), "--embeddings", "hashing", "--llm", "openai:x",
                           "What happened in Palmyra?")
    assert code == 2
    one_clear_sentence(err, "is read-only")
    assert "--rebuild" not in err  # rebuilding would not help, and must not be suggested


# ---- real failures, end to end ----------------------------------------------------------


@contextmanager
def mounted(*commands: list[str], target: Path) -> Iterator[None]:
    """Run mount commands (skip the test if mounting is not allowed); unmount afterwards."""
    for command in commands:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)
            pytest.skip(f"cannot mount here: {result.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


HASHING = {"SLANT_EMBEDDINGS": "hashing"}


@pytest.mark.e2e
def test_read_only_data_directory(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert slant("ingest", "--home", str(home), str(SEEDS), env=HASHING).returncode == 0
    before = snapshot(home)
    write_corpus(tmp_path / "more", 10)
    if os.geteuid() != 0:
        for path in [home, *home.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        commands: list[list[str]] = []
    else:  # root ignores permission bits: a read-only bind mount stops root too
        commands = [["mount", "--bind", str(home), str(home)], ["mount", "-o", "remount,bind,ro", str(home)]]
    with mounted(*commands, target=home) if commands else _nothing():
        result = slant("ingest", "--home", str(home), str(tmp_path / "more"), env=HASHING)
        assert result.returncode == 2
        one_clear_sentence(result.stderr, "is read-only; make it writable")
    if os.geteuid() != 0:
        for path in [home, *home.rglob("*")]:
            path.chmod(path.stat().st_mode | 0o200)
    forget_clients()
    assert snapshot(home) == before
    again = slant("ingest", "--home", str(home), str(tmp_path / "more"), env=HASHING)
    assert again.returncode == 0 and "ingested 10 new" in again.stdout, again.stderr


@contextmanager
def _nothing() -> Iterator[None]:
    yield


@pytest.mark.e2e
def test_full_disk_then_space_freed(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    docs = write_corpus(tmp_path / "docs", 300)
    if os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs")
    with mounted(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(home)], target=home):
        full = slant("ingest", "--home", str(home), str(tmp_path / "docs"), env=HASHING)
        assert full.returncode == 2
        one_clear_sentence(full.stderr, "is full; free space and retry")
        assert subprocess.run(["mount", "-o", "remount,size=64m", str(home)], check=False).returncode == 0
        rerun = slant("ingest", "--home", str(home), str(tmp_path / "docs"), env=HASHING)
        assert rerun.returncode == 0, rerun.stderr
        assert " unchanged " in rerun.stdout
        forget_clients()
        after = snapshot(home)
    clean = tmp_path / "clean"
    assert slant("ingest", "--home", str(clean), str(tmp_path / "docs"), env=HASHING).returncode == 0
    assert after == snapshot(clean)  # nothing lost, nothing duplicated
    assert len(after[1]) == len(docs)


@pytest.mark.e2e
def test_damaged_store_is_named_and_rebuilt_keeping_the_old_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert slant("ingest", "--home", str(home), str(SEEDS), env=HASHING).returncode == 0
    garbage = os.urandom(64 * 1024)
    (home / "chroma" / "chroma.sqlite3").write_bytes(garbage)

    asked = slant("ask", "--home", str(home), "--llm", "openai:x", "What happened in Palmyra?", env=HASHING)
    assert asked.returncode == 2 and not asked.stdout
    one_clear_sentence(asked.stderr, "cannot be read", "`slant ingest --rebuild`")
    plain = slant("ingest", "--home", str(home), str(SEEDS), env=HASHING)
    assert plain.returncode == 2
    one_clear_sentence(plain.stderr, "`slant ingest --rebuild`")

    rebuilt = slant("ingest", "--rebuild", "--home", str(home), str(SEEDS), env=HASHING)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "ingested 5 new" in rebuilt.stdout
    kept = [p for p in home.iterdir() if p.name.startswith("chroma.old-")]
    assert len(kept) == 1 and (kept[0] / "chroma.sqlite3").read_bytes() == garbage  # kept aside as it was
    forget_clients()
    assert len(snapshot(home)[1]) == 5
