# make run  — install what is missing, then process the sample archive data/raw → data/parquet
# make test — install what is missing, then run the test suite
# make lint — ruff (lint + format check) and mypy over the code; make format — let ruff rewrite it
PY          ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
STAMP       := $(VENV)/.installed
# Debian packages the pipeline uses: OCR (Tesseract + Vietnamese data), the Times-like font of
# the generated test fixtures and DejaVu Sans, the second font of tools/gen_scans.py's reports,
# pdftoppm for looking at pages, and LibreOffice Writer (headless)
# to read old Word .doc, .odt and .rtf files. (tools/gen_layouts.py also converts workbooks to
# .ods/.xls: install libreoffice-calc-nogui for that; the pipeline itself reads them without it.)
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie fonts-liberation2 fonts-dejavu-core poppler-utils libreoffice-writer-nogui
# TEST_APT_PACKAGES: only the tests need them (chromium drives the review page's browser test,
# which skips without it).
TEST_APT_PACKAGES := chromium
SYSTEM_PACKAGES = $(APT_PACKAGES)
RAW         ?= data/raw
OUT         ?= data/parquet
ARGS        ?=

.PHONY: setup system-deps run test test-fast lint format bench fuzz clean

setup: system-deps $(STAMP)

system-deps:
	@missing=""; \
	for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	$(PY) -c "import ensurepip, venv" 2>/dev/null || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  if ! command -v apt-get >/dev/null 2>&1; then \
	    echo "error: missing system packages:$$missing — install them with your package manager"; exit 1; \
	  elif [ "$$(id -u)" = 0 ]; then \
	    echo "installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then \
	    echo "installing system packages:$$missing"; \
	    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "error: missing system packages:$$missing"; \
	    echo "       run: sudo apt-get install$$missing   (then make again)"; exit 1; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $(STAMP)

run: setup
	$(BIN)/python run_pipeline.py --raw $(RAW) --out $(OUT) $(ARGS)

# the tests also want the test-only system packages (make test / test-fast install them)
test test-fast: SYSTEM_PACKAGES = $(APT_PACKAGES) $(TEST_APT_PACKAGES)

test: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-fast: setup
	$(BIN)/python -m pytest -q -p no:cacheprovider -m "not slow"

# the code ruff reads (pyproject.toml [tool.ruff]); mypy reads [tool.mypy] files
LINT_PATHS := core extract parsers normalize store runner review tools cchc.py run_pipeline.py

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)
	$(BIN)/mypy --config-file pyproject.toml

format: $(STAMP)
	$(BIN)/ruff check --fix $(LINT_PATHS)
	$(BIN)/ruff format $(LINT_PATHS)

bench: setup
	$(BIN)/python bench/bench_pdf.py
	$(BIN)/python bench/bench_ocr.py

# 320 damaged and hostile inputs in batches beside the good ones (about 15 min on 2 cores)
fuzz: setup
	$(BIN)/python tools/fuzz.py --n 320 --seed 17 --batch 40 --workers 2

clean:
	rm -rf $(OUT)/* $(OUT)/.lock $(OUT)/.[!.]* .pytest_cache
	@touch $(OUT)/.gitkeep
