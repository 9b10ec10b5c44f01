"""The demo behind `make demo`: ingest the bundled example articles with the CLI, then show what crosswire made.

These plain-text articles say neither where nor when they were published (no address, no dateline), so
`outlets.json` gives each one's outlet and date, passed as --outlet and --published; HTML pages and the JSONL feed
carry their own.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import crosswire
from crosswire.model import ClaimField, FactStatus

EXAMPLES = Path(__file__).resolve().parent
ARTICLES = EXAMPLES / "articles"


def run(*args: str) -> None:
    command = [sys.executable, "-m", "crosswire.cli", *args]
    print(f"\n$ crosswire {' '.join(shlex.quote(arg) for arg in args)}", flush=True)
    subprocess.run(command, check=True, env={**os.environ, "COLUMNS": os.environ.get("COLUMNS", "120")})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", default="demo.db")
    db = parser.parse_args().db

    outlets = json.loads((EXAMPLES / "outlets.json").read_text(encoding="utf-8"))
    self_describing = sorted(
        str(p.relative_to(Path.cwd())) for p in ARTICLES.iterdir() if p.suffix in (".html", ".jsonl")
    )
    run("ingest", *self_describing, "--db", db)
    for name, meta in sorted(outlets.items()):
        path = str((ARTICLES / name).relative_to(Path.cwd()))
        run("ingest", path, "--outlet", meta["outlet"], "--published", meta["published"], "--db", db)
    run("ingest", "examples/articles", "--db", db)  # everything again: nothing new is stored

    run("events", "--db", db)
    with crosswire.open(db) as store:
        records = store.events()
    counts = {ClaimField.KILLED, ClaimField.INJURED, ClaimField.ARRESTED}
    contested = [r for r in records if any(f.status is FactStatus.CONTESTED and f.field in counts for f in r.facts)]
    chosen = (contested or records)[0]
    run("show", str(chosen.id), "--db", db)

    print(
        f"""
Where to go from here:
  crosswire show EVENT --db {db}              every fact of another event, with its quotes
  crosswire export --format csv --db {db}     ACLED-style CSV (also json, geojson)
  crosswire ingest YOUR_FOLDER --db my.db     your own .txt/.html/.jsonl articles
  python -c "import crosswire; print(crosswire.open('{db}').events()[0].facts)"
Run `.venv/bin/crosswire --help` for every command (activate with: source .venv/bin/activate).

See it in a browser (map, timeline, fact tables, articles with their claims highlighted; works offline):
  .venv/bin/crosswire serve --db {db}
  then open http://127.0.0.1:8000/   (the API is described at http://127.0.0.1:8000/docs)"""
    )


if __name__ == "__main__":
    main()
