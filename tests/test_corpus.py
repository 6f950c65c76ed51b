from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEEDS
from slant.corpus import html_to_text, iter_documents, load_document
from slant.errors import UnreadableFileError


def test_seeds_load_with_metadata() -> None:
    docs = {d.id: d for d in iter_documents([SEEDS])}
    assert len(docs) == 5
    rcit = docs["000_eace0d0cce186ef0.txt"]
    assert rcit.title == "Syria: Assad opens once again a Corridor for ISIS/Daesh"
    assert rcit.outlet and "RCIT" in rcit.outlet
    assert rcit.text == (SEEDS / "000_eace0d0cce186ef0.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("café".encode("latin-1"), "not UTF-8"),
    ],
    ids=["empty", "whitespace", "binary", "latin-1"],
)
def test_bad_files_are_rejected_with_a_fix(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableFileError, match=message):
        load_document(path)


def test_bad_files_are_skipped_and_the_rest_loaded(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Title\n\nSome text.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF")
    skipped: list[str] = []
    docs = list(iter_documents([tmp_path], skipped))
    assert [d.id for d in docs] == ["good.md"]
    assert len(skipped) == 1 and "bad.txt" in skipped[0]


def test_html_is_reduced_to_visible_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Page &amp; Title</title><style>p{}</style></head>"
        "<body><script>alert(1)</script><p>First   para.</p><div>Second<br>line</div></body></html>"
    )
    text, title = html_to_text(html)
    assert title == "Page & Title"
    assert text == "First para.\n\nSecond\n\nline"
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert load_document(path).title == "Page & Title"
