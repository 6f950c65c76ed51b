"""Test doubles: a scripted chat model that streams word by word."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field


class ScriptedChatModel(BaseChatModel):
    """Replies with ``script(messages)``; can fail after ``fail_after`` pieces."""

    script: Callable[[list[BaseMessage]], str]
    fail_after: int | None = None
    failure: Exception | None = None
    calls: list[list[BaseMessage]] = Field(default_factory=list)

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _generate(self, messages: list[BaseMessage], stop: list[str] | None = None,
                  run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> ChatResult:
        text = "".join(c.text for c in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(self, messages: list[BaseMessage], stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any
                ) -> Iterator[ChatGenerationChunk]:
        self.calls.append(messages)
        reply = self.script(messages)
        for index, piece in enumerate(re.findall(r"\S+\s*", reply)):
            if self.fail_after is not None and index >= self.fail_after:
                raise self.failure or RuntimeError("model died")
            yield ChatGenerationChunk(message=AIMessageChunk(content=piece))


def fixed(reply: str, **kwargs: Any) -> ScriptedChatModel:
    """A model that always gives the same reply."""
    return ScriptedChatModel(script=lambda _messages: reply, calls=[], **kwargs)


def numbered_sentences(messages: list[BaseMessage]) -> dict[int, str]:
    """The numbered source sentences in the user message: n -> text."""
    user = messages[-1].text
    return {int(n): text for n, text in re.findall(r"^\[(\d+)\] (.*)$", user, re.MULTILINE)}


def cite_first_containing(word: str) -> ScriptedChatModel:
    """A model that cites the first numbered sentence containing ``word``, else abstains."""

    def script(messages: list[BaseMessage]) -> str:
        for n, text in numbered_sentences(messages).items():
            if word.lower() in text.lower():
                return f"The sources say so [{n}]."
        return "NOT IN SOURCES"

    return ScriptedChatModel(script=script, calls=[])
