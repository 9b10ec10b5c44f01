# The README's two commands do all set-up: `make demo` and `make test` create .venv and install what they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := demo.db

.PHONY: demo test lint format bench bench-startup bench-scale bench-serve serve chromium bench-extraction train-event-types clean install

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/python examples/demo.py --db $(DEMO_DB)

test: $(STAMP) chromium
	$(BIN)/python -m pytest -q

# The browser test drives Debian's chromium (never a downloaded browser); installed here when missing.
chromium:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "warning: chromium could not be installed; the browser test will be skipped (it fails under CI=true)"

serve: $(STAMP)  # the page and the API on the demo database (make demo first)
	$(BIN)/crosswire serve --db $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format src tests benchmarks examples
	$(BIN)/ruff check --fix src tests benchmarks examples

bench: $(STAMP)
	$(BIN)/python benchmarks/pipeline_throughput.py

bench-startup: $(STAMP)
	$(BIN)/python benchmarks/startup.py

bench-scale: $(STAMP)  # about 2 hours on 2 cores (2026-11-28): 1k, 10k and 100k synthesized articles
	$(BIN)/python benchmarks/cluster_scale.py

bench-serve: $(STAMP) chromium  # about 3 minutes: 100k synthesized events, API latency and page load
	$(BIN)/python benchmarks/serve_latency.py

bench-extraction: $(STAMP)
	$(BIN)/python benchmarks/extraction_throughput.py

train-event-types: $(STAMP)  # rebuilds src/crosswire/extract/data/event_type_model.json from the examples beside it
	$(BIN)/python -m crosswire.extract.train_event_types

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm artifacts .pytest_cache .mypy_cache .ruff_cache
