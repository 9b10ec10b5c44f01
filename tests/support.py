"""Paths and small helpers the tests share (importable as `support`: pytest puts tests/ on the path)."""

from __future__ import annotations

from pathlib import Path

from crosswire.extract.sentences import Sentence, is_background

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def sentence(text: str, index: int = 0, year: int = 2026) -> Sentence:
    """One sentence of an invented article, marked as background when it reads as history."""
    made = Sentence(index, text, 0, len(text))
    made.background = is_background(text, year)
    return made
