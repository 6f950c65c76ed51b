"""The Gradio chat app: ``build_app(state)`` wires the handlers to components.

Offline by construction: analytics off (set before Gradio is imported), no share link,
system fonts only, server-side rendering off. ``serve`` binds 127.0.0.1 unless told
otherwise, and a non-loopback host requires a login (``SLANT_AUTH=user:pass``).
"""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from slant import app_documents as documents
from slant import app_handlers as handlers
from slant import app_render as render
from slant.app_handlers import AppState
from slant.errors import ConfigError, InputError

CONCURRENCY = 4
"""Requests handled at once per event; the rest queue (the local model takes turns anyway)."""
QUEUE_SIZE = 64
EXAMPLES = (
    "Which route did the ISIS convoy take out of Raqqa?",
    "What do the leaked documents say about trade between ISIS and the Assad government?",
    "Who is accused of protecting ISIS?",
)
SCROLL_TO_QUOTE = (
    "() => { const q = document.querySelector('#slant-document #slant-quote');"
    " if (q) q.scrollIntoView({block: 'center'}); }"
)


def _gradio() -> Any:
    """Import Gradio with analytics off (the variable is read at import time)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    return gr


def theme() -> Any:
    """The default theme with system fonts, so the page loads nothing from the web."""
    gr = _gradio()
    return gr.themes.Default(font=[gr.themes.Font("system-ui"), "sans-serif"], font_mono=["monospace"])


def build_app(state: AppState) -> Any:
    """The Blocks app (not launched) for one shared AppState."""
    gr = _gradio()
    settings = state.settings

    def respond(message: str, history: list[dict[str, Any]], spec: str, k: float) -> Iterator[tuple[Any, ...]]:
        for view in handlers.chat(state, message, history, spec, k):
            yield (
                view.history,
                view.passages_html,
                gr.update(choices=handlers.passage_choices(view.citations), value=None),
                view.status,
                "" if view.accepted else gr.update(),
                render.note("Pick a passage above to read it in its document."),
            )

    def open_passage(key: str | None) -> str:
        return handlers.open_passage(state, key)

    def refresh_documents(group: str) -> tuple[Any, ...]:
        import pandas as pd  # type: ignore[import-untyped]

        table, rows = documents.documents_overview(state, group)
        frame = pd.DataFrame(rows, columns=["source", "technique", "per_1000_words"])
        return table, frame, gr.update(choices=documents.document_choices(state))

    def add(paths: Sequence[str] | None, group: str) -> tuple[Any, ...]:
        message = documents.add_documents(state, paths)
        return (message, None, *refresh_documents(group))

    def show_document(doc_id: str | None) -> str:
        return documents.show_document(state, doc_id)

    def tag(text: str, path: str | None) -> tuple[str, str]:
        return documents.tag_text(state, text, path)

    with gr.Blocks(title="Slant", analytics_enabled=False) as demo:
        gr.Markdown(
            "## Slant: read slanted news critically\n"
            "Answers quote the articles verbatim; loaded language in every quote is marked and explained."
        )
        with gr.Tab("Chat", id="chat"):
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(
                        label="Answer", height=380, elem_id="slant-chat", buttons=["copy", "copy_all"]
                    )
                    with gr.Row():
                        question = gr.Textbox(
                            placeholder="Ask a question about the articles…", show_label=False,
                            scale=5, elem_id="slant-question", submit_btn=False,
                        )
                        ask = gr.Button("Ask", variant="primary", scale=1, elem_id="slant-ask")
                    status = gr.Markdown(elem_id="slant-status")
                    with gr.Row():
                        model = gr.Dropdown(
                            state.model_choices(), value=settings.llm, label="Model", elem_id="slant-model"
                        )
                        passages_k = gr.Slider(1, 10, value=settings.k, step=1, label="Passages retrieved")
                    gr.Examples([[q] for q in EXAMPLES], inputs=[question], label="Try")
                with gr.Column(scale=2):
                    gr.Markdown("### Quoted passages")
                    passages = gr.HTML(
                        render.note("Ask a question to see the passages behind the answer."),
                        elem_id="slant-passages",
                    )
                    pick = gr.Radio([], label="Open a passage in its document", elem_id="slant-pick")
            document = gr.HTML(elem_id="slant-document")
        with gr.Tab("Documents", id="documents"):
            group = gr.Radio(["document", "outlet"], value="document", label="Chart by")
            chart = gr.BarPlot(
                x="source", y="per_1000_words", color="technique", x_title="",
                y_title="flagged spans per 1,000 words", title="Techniques per document",
                x_label_angle=-20, height=360, elem_id="slant-chart",
            )
            profiles = gr.HTML(elem_id="slant-profiles")
            with gr.Row():
                with gr.Column():
                    uploads = gr.File(
                        file_count="multiple", file_types=list(documents.UPLOAD_SUFFIXES),
                        label=f"Add documents (.txt, .md, .html; up to "
                              f"{documents.MAX_UPLOAD_BYTES // 2**20} MB each)",
                    )
                    add_button = gr.Button("Add to the store")
                    added = gr.Markdown(elem_id="slant-added")
                with gr.Column():
                    doc_pick = gr.Dropdown([], label="Read a document", elem_id="slant-doc-pick")
            doc_view = gr.HTML(elem_id="slant-doc-view")
        with gr.Tab("Tag", id="tag"):
            with gr.Row():
                text = gr.Textbox(lines=8, label="Text to tag", scale=3, elem_id="slant-tag-text")
                tag_file = gr.File(file_types=list(documents.UPLOAD_SUFFIXES), label="…or a file", scale=1)
            tag_button = gr.Button("Tag", variant="primary")
            tag_profile = gr.HTML(elem_id="slant-tag-profile")
            tag_view = gr.HTML(elem_id="slant-tag-view")

        chat_outputs = [chatbot, passages, pick, status, question, document]
        chat_inputs = [question, chatbot, model, passages_k]
        ask.click(respond, chat_inputs, chat_outputs, api_name="ask")
        question.submit(respond, chat_inputs, chat_outputs, api_name=False)
        pick.change(open_passage, [pick], [document], api_name="open_passage").then(
            None, js=SCROLL_TO_QUOTE
        )
        documents_outputs = [profiles, chart, doc_pick]
        demo.load(refresh_documents, [group], documents_outputs, api_name=False)
        group.change(refresh_documents, [group], documents_outputs, api_name=False)
        add_button.click(add, [uploads, group], [added, uploads, *documents_outputs], api_name="add")
        doc_pick.change(show_document, [doc_pick], [doc_view], api_name="document")
        tag_button.click(tag, [text, tag_file], [tag_view, tag_profile], api_name="tag")
    return demo


def is_loopback(host: str) -> bool:
    """True when a host name or address only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_auth(host: str, raw: str) -> tuple[str, str] | None:
    """The login the app requires (``raw`` is ``settings.auth``); mandatory off loopback.

    Raises:
        ConfigError: SLANT_AUTH is malformed, or the host is not loopback and it is unset.

    """
    if raw:
        user, _, password = raw.partition(":")
        if not user or not password:
            raise ConfigError("SLANT_AUTH must look like user:password; set both parts.")
        return user, password
    if not is_loopback(host):
        raise ConfigError(
            f"--host {host} opens the chat to other machines; set SLANT_AUTH=user:password "
            "to require a login, or use --host 127.0.0.1."
        )
    return None


def serve(
    state: AppState, host: str = "127.0.0.1", port: int = 7860, auth: tuple[str, str] | None = None
) -> tuple[Any, str]:
    """Launch the app without blocking; return it and its local URL.

    Raises:
        ConfigError: A non-loopback host without a login.
        InputError: The port is taken.

    """
    if auth is None and not is_loopback(host):
        raise ConfigError(
            f"--host {host} opens the chat to other machines; set SLANT_AUTH=user:password "
            "to require a login, or use --host 127.0.0.1."
        )
    demo = build_app(state)
    demo.queue(default_concurrency_limit=CONCURRENCY, max_size=QUEUE_SIZE)
    try:
        _, url, _ = demo.launch(
            server_name=host, server_port=port, share=False, auth=auth, prevent_thread_lock=True,
            quiet=True, show_error=False, theme=theme(), css=render.CSS, ssr_mode=False,
            max_file_size=documents.MAX_UPLOAD_BYTES, enable_monitoring=False, mcp_server=False,
            pwa=False, footer_links=["api", "settings"],
        )
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port} ({exc}); pass another --port.") from None
    return demo, url


if __name__ == "__main__":
    from slant.cli import main

    sys.exit(main(["chat", *sys.argv[1:]]))
