from __future__ import annotations

import httpx
import openai
import pytest

from slant.config import Settings
from slant.errors import ConfigError, ModelAuthError, ModelError, ModelUnreachableError
from slant.llm import make_chat_model, translate_model_error


@pytest.mark.parametrize(
    "spec", ["gpt4", "openai:", "huggingface:x", ""], ids=["bare", "no-model", "provider", "empty"]
)
def test_unknown_specs_list_the_valid_ones(spec: str) -> None:
    with pytest.raises(ConfigError, match=r"local:0\.5b"):
        make_chat_model(spec, Settings())


def test_openai_without_key_names_the_fix() -> None:
    with pytest.raises(ModelAuthError, match="OPENAI_API_KEY"):
        make_chat_model("openai:gpt-4o-mini", Settings(), env={})


def test_openai_compatible_server_needs_no_key() -> None:
    model = make_chat_model("openai:local", Settings(), env={"OPENAI_BASE_URL": "http://127.0.0.1:8008/v1"})
    assert model.model_name == "local"  # type: ignore[attr-defined]


def test_a_missing_gguf_file_is_reported(tmp_path: object) -> None:
    with pytest.raises(ModelError, match="no model file"):
        make_chat_model("local:/nonexistent/model.gguf", Settings())


def _response(status: int) -> httpx.Response:
    return httpx.Response(status, request=httpx.Request("POST", "http://x/v1/chat/completions"))


@pytest.mark.parametrize(
    ("exc", "kind", "words"),
    [
        (openai.AuthenticationError("bad", response=_response(401), body=None), ModelAuthError, "API key"),
        (openai.APIConnectionError(request=httpx.Request("POST", "http://x")), ModelUnreachableError, "reach"),
        (openai.APITimeoutError(request=httpx.Request("POST", "http://x")), ModelUnreachableError, "timed out"),
        (openai.NotFoundError("no", response=_response(404), body=None), ModelError, "model name"),
    ],
    ids=["auth", "down", "timeout", "not-found"],
)
def test_provider_errors_become_one_sentence(exc: Exception, kind: type, words: str) -> None:
    translated = translate_model_error(exc, "openai:x")
    assert isinstance(translated, kind) and words in str(translated)
