from __future__ import annotations

from pathlib import Path

import pytest

from slant.answer import Sentence, render_sentences
from slant.config import Settings
from slant.errors import ConfigError
from slant.prompts import load_prompt
from slant.service import ANSWER_PROMPT

GOLDEN_USER = """Source sentences:
<<<
Article: A Title (The Outlet)
[1] First sentence.
[2] Another one.

Article: B
[3] Third “curly” {braced} sentence.
>>>

Question: What happened?
Answer (cite sentence numbers like [1]):"""


def test_answer_prompt_renders_exactly() -> None:
    prompt = load_prompt(ANSWER_PROMPT, Settings().prompts_dir)
    sentences = [
        Sentence(1, "a.txt", "A Title", 0, 15, "First sentence."),
        Sentence(2, "a.txt", "A Title", 16, 28, "Another one."),
        Sentence(3, "b.txt", "B", 0, 30, "Third “curly”\n {braced} sentence."),
    ]
    rendered = render_sentences(sentences, {"a.txt": "The Outlet", "b.txt": None})
    system, user = prompt.render(sentences=rendered, question="What happened?")
    assert user == GOLDEN_USER
    assert system.startswith("You answer questions about news articles")
    assert "NOT IN SOURCES" in system


def test_a_broken_prompt_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "x.v1.md").write_text("no sections", encoding="utf-8")
    with pytest.raises(ConfigError, match="## system"):
        load_prompt("x.v1", tmp_path)
    with pytest.raises(ConfigError, match="missing"):
        load_prompt("absent.v1", tmp_path)
