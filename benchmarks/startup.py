"""Start-up costs a user waits for: a CLI call, opening the gazetteer index, and geoparsing speed.

Each CLI command runs as a fresh process (median of N runs). The gazetteer index is assumed built already (the
first use ever builds it once, which is reported separately when it had to happen). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crosswire.extract import Extractor
from crosswire.extract.gazetteer import Gazetteer
from crosswire.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


def wall_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return round(statistics.median(times), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cache_dir = Settings.from_env().cache_dir
    started = time.perf_counter()
    Gazetteer.open(cache_dir)  # builds the index if this machine never did
    first_open = time.perf_counter() - started
    cli = [sys.executable, "-m", "crosswire.cli"]
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "bench.db")
        subprocess.run([*cli, "events", "--db", db], check=True, capture_output=True)  # create the empty store
        help_seconds = wall_seconds([*cli, "--help"], args.runs)
        events_seconds = wall_seconds([*cli, "events", "--db", db], args.runs)
    opens = []
    for _ in range(args.runs):
        started = time.perf_counter()
        gazetteer = Gazetteer.open(cache_dir)
        gazetteer.lookup("Harem")
        opens.append(time.perf_counter() - started)
    extractor = Extractor(gazetteer)
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))] * 10
    list(extractor.geoparse(texts[:2]))  # warm up
    started = time.perf_counter()
    mentions = sum(len(found) for found in extractor.geoparse(texts))
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "cli_help_seconds": help_seconds,
                "cli_events_seconds": events_seconds,
                "gazetteer_open_seconds": round(statistics.median(opens), 4),
                "gazetteer_first_open_seconds": round(first_open, 3),
                "geoparse_texts": len(texts),
                "geoparse_toponyms": mentions,
                "toponyms_per_second": round(mentions / seconds, 1),
                "texts_per_second": round(len(texts) / seconds, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
