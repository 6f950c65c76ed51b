"""Chat models: one factory picks a provider from a string.

Specs: ``local`` (bundled Qwen2.5 1.5B), ``local:0.5b``, ``local:/path/model.gguf``, and
``openai:MODEL`` (OpenAI with ``OPENAI_API_KEY``; with ``OPENAI_BASE_URL`` any
OpenAI-compatible server). Providers are imported lazily.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import ConfigDict, PrivateAttr

from slant.bundled import BUNDLED, DEFAULT_BUNDLED, assemble
from slant.config import Settings
from slant.errors import ConfigError, ModelAuthError, ModelError, ModelUnreachableError

log = logging.getLogger(__name__)
VALID_SPECS = "local, local:1.5b, local:0.5b, local:/path/to/model.gguf, openai:MODEL"

_LLAMAS: dict[tuple[str, int, int], Any] = {}
_LLAMAS_LOCK = threading.Lock()


def _load_llama(path: str, n_ctx: int, threads: int) -> tuple[Any, threading.Lock]:
    """One llama.cpp instance per model file per process, shared behind a lock."""
    key = (path, n_ctx, threads)
    with _LLAMAS_LOCK:
        if key not in _LLAMAS:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise ModelError(
                    "llama-cpp-python is not installed; run `make install`."
                ) from None
            try:
                llama = Llama(
                    model_path=path,
                    n_ctx=n_ctx,
                    n_batch=512,
                    n_threads=threads or os.cpu_count() or 1,
                    verbose=False,
                )
            except (ValueError, RuntimeError) as exc:
                raise ModelError(f"cannot load {path} ({exc}); give a valid GGUF file.") from None
            _LLAMAS[key] = (llama, threading.Lock())
        return _LLAMAS[key]  # type: ignore[no-any-return]


class LocalChatModel(BaseChatModel):
    """A GGUF model run in-process with llama-cpp-python.

    Several threads (chat users) may share one instance: generations take turns.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model_path: str
    n_ctx: int = 2048
    threads: int = 0
    temperature: float = 0.0
    max_tokens: int = 160
    _llama: Any = PrivateAttr(default=None)
    _lock: Any = PrivateAttr(default=None)

    @property
    def _llm_type(self) -> str:
        return "slant-llama-cpp"

    @property
    def _identifying_params(self) -> Mapping[str, Any]:
        return {"model_path": self.model_path, "n_ctx": self.n_ctx}

    def _ensure_loaded(self) -> tuple[Any, threading.Lock]:
        if self._llama is None:
            self._llama, self._lock = _load_llama(self.model_path, self.n_ctx, self.threads)
        return self._llama, self._lock

    def _request(self, messages: list[BaseMessage], stop: list[str] | None, **kwargs: Any) -> dict[str, Any]:
        roles = {"human": "user", "ai": "assistant", "system": "system"}
        return {
            "messages": [{"role": roles.get(m.type, "user"), "content": m.text} for m in messages],
            "temperature": kwargs.get("temperature", self.temperature),
            "max_tokens": kwargs.get("max_tokens", self.max_tokens),
            "stop": stop or [],
        }

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        text = "".join(chunk.text for chunk in self._stream(messages, stop, run_manager, **kwargs))
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        llama, lock = self._ensure_loaded()
        with lock:
            for part in llama.create_chat_completion(**self._request(messages, stop, **kwargs), stream=True):
                token = part["choices"][0]["delta"].get("content") or ""
                if not token:
                    continue
                chunk = ChatGenerationChunk(message=AIMessageChunk(content=token))
                if run_manager:
                    run_manager.on_llm_new_token(token, chunk=chunk)
                yield chunk


def bundled_model_path(name: str, settings: Settings) -> Path:
    """The verified GGUF file of a bundled model (``1.5b`` or ``0.5b``)."""
    return assemble(BUNDLED[name], settings.models_dir)


def make_chat_model(spec: str, settings: Settings, env: Mapping[str, str] | None = None) -> BaseChatModel:
    """Build the chat model a spec names.

    Raises:
        ConfigError: The spec is not one of the valid forms (the message lists them).
        ModelError: The model file is missing or damaged, or a key is missing.

    """
    env = os.environ if env is None else env
    provider, _, name = spec.strip().partition(":")
    if provider == "local":
        if not name or name.lower() in BUNDLED:
            path = bundled_model_path((name or DEFAULT_BUNDLED).lower(), settings)
        else:
            path = Path(name).expanduser()
            if not path.is_file():
                raise ModelError(f"no model file at {path}; give the path of a .gguf file.")
        return LocalChatModel(
            model_path=str(path),
            threads=settings.threads,
            temperature=settings.temperature,
            max_tokens=settings.answer_tokens,
        )
    if provider == "openai" and name:
        return _openai_chat_model(name, settings, env)
    raise ConfigError(f"unknown model {spec!r}; use one of: {VALID_SPECS}.")


def _openai_chat_model(model: str, settings: Settings, env: Mapping[str, str]) -> BaseChatModel:
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    base_url = env.get("OPENAI_BASE_URL") or None
    key = env.get("OPENAI_API_KEY")
    if not key and not base_url:
        raise ModelAuthError(
            "OPENAI_API_KEY is not set; export it, or set OPENAI_BASE_URL to a local "
            "OpenAI-compatible server, or use --llm local."
        )
    return ChatOpenAI(
        model=model,
        api_key=SecretStr(key or "not-needed"),
        base_url=base_url,
        temperature=settings.temperature,
        max_completion_tokens=settings.answer_tokens,
        timeout=settings.request_timeout,
        max_retries=1,
        stream_usage=False,
    )


@contextlib.contextmanager
def model_errors(spec: str) -> Iterator[None]:
    """Turn provider exceptions raised inside the block into Slant's model errors."""
    try:
        yield
    except ModelError:
        raise
    except Exception as exc:  # provider SDKs raise many types; map the known ones
        # Only the type: provider messages can echo request headers, API key included.
        log.debug("model error from %s: %s", spec, type(exc).__name__)
        raise translate_model_error(exc, spec) from None


def translate_model_error(exc: Exception, spec: str) -> Exception:
    """The Slant error for a provider exception, or the exception itself if unknown."""
    try:
        import openai
    except ImportError:  # pragma: no cover - openai is a dependency
        return exc
    if isinstance(exc, openai.AuthenticationError):
        return ModelAuthError(f"the server rejected the API key for {spec}; check OPENAI_API_KEY.")
    if isinstance(exc, openai.APITimeoutError):
        return ModelUnreachableError(
            f"{spec} timed out; try again, or raise SLANT_REQUEST_TIMEOUT."
        )
    if isinstance(exc, openai.APIConnectionError):
        return ModelUnreachableError(
            f"cannot reach the model server for {spec}; start it (e.g. `slant serve-model`) "
            "or check OPENAI_BASE_URL."
        )
    if isinstance(exc, openai.NotFoundError):
        return ModelError(f"the server has no model named in {spec}; check the model name.")
    if isinstance(exc, openai.APIStatusError):
        return ModelError(f"the model server answered {exc.status_code} for {spec}; check its logs.")
    if isinstance(exc, (ValueError, openai.APIError)):
        # A garbled stream (bad JSON, a truncated event) from a server that is up.
        return ModelError(f"the model server for {spec} sent a reply Slant cannot read; check the server.")
    return exc
