"""Domain errors. Each carries one sentence for the user that names the fix.

The CLI and the UI print ``str(error)``; nothing else is shown for these.
"""

from __future__ import annotations


class SlantError(Exception):
    """Base class for errors a user can act on."""


class InputError(SlantError):
    """The user's input (a question, a text, a flag) cannot be used as given."""


class UnreadableFileError(SlantError):
    """A file is binary, empty, not UTF-8 or missing; it is skipped with a warning."""


class StoreError(SlantError):
    """The vector store is missing, empty, damaged, read-only or built differently."""


class EmptyStoreError(StoreError):
    """Nothing has been ingested yet."""


class EmbeddingMismatchError(StoreError):
    """The store was built with another embedding model than the one configured."""


class ConfigError(SlantError):
    """A setting has a value Slant does not understand."""


class ModelError(SlantError):
    """The chat or embedding model cannot be loaded or reached."""


class ModelAuthError(ModelError):
    """The model provider rejected the API key, or none was given."""


class ModelUnreachableError(ModelError):
    """The model server is down or timed out."""
