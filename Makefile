# Two commands do everything on a fresh machine:
#   make quickstart   set up .venv, then build the sample corpus (spark data, local Ray)
#   make test         set up .venv, then run the tests
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup quickstart test lint bench repro

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first, pinned: the local CPU wheel (an unpinned torch pulls GBs of CUDA).
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev,train]"
	$(BIN)/python -c "import torch; v = torch.__version__; assert v.startswith('2.13.0'), 'torch was replaced: ' + v"
	touch $(STAMP)

setup: $(STAMP)

quickstart: $(STAMP)
	$(BIN)/spark data --config configs/data/quickstart.yaml

# pytest exits 5 when it collects no test: that is a failure here, not a pass.
test: $(STAMP)
	$(BIN)/python -m pytest -q -ra

lint: $(STAMP)
	$(BIN)/ruff check . && $(BIN)/ruff format --check .

# The reproduction in miniature (issue 7): corpus, base pretraining, rsLoRA CPT, eval,
# pairs-vs-code ablation; CPU, offline after the Debian downloads (bench/repro/run.py).
repro: $(STAMP)
	$(BIN)/python bench/repro/run.py --scale full
