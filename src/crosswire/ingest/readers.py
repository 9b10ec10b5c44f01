"""Turn paths (and standard input) into raw inputs, one per article, reporting bad inputs as values.

A bad input never stops the others: `read_inputs` yields an `InputError` in its place and goes on, so a caller can
ingest the rest of the call and still tell the user exactly which inputs failed and why.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from crosswire.errors import InputError
from crosswire.model import InputFormat, RawInput

SUPPORTED_SUFFIXES = {".txt": InputFormat.TEXT, ".html": InputFormat.HTML, ".htm": InputFormat.HTML}
JSONL_SUFFIX = ".jsonl"
STDIN = "-"
_BINARY_PROBE = 8192


@dataclass(frozen=True)
class InputOptions:
    """What the caller says about inputs that cannot say it themselves (plain text and HTML)."""

    max_bytes: int
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def read_inputs(
    paths: Iterable[str], options: InputOptions, stdin: BinaryIO | None = None
) -> Iterator[RawInput | InputError]:
    """Yield one `RawInput` per article found under `paths`, or an `InputError` for each input that is unusable.

    Folders are walked recursively in name order and only files with a supported suffix are taken; a file named
    explicitly must have one.
    """
    for raw_path in paths:
        if raw_path == STDIN:
            yield from _read_stdin(stdin, options)
            continue
        path = Path(raw_path)
        if path.is_dir():
            for file in sorted(_walk(path)):
                yield from _read_file(file, options)
        elif path.exists():
            yield from _read_file(path, options)
        else:
            yield InputError(raw_path, "no such file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            file = Path(root) / name
            if file.suffix.lower() in SUPPORTED_SUFFIXES or file.suffix.lower() == JSONL_SUFFIX:
                yield file


def _read_file(path: Path, options: InputOptions) -> Iterator[RawInput | InputError]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix == JSONL_SUFFIX:
        yield from _read_jsonl_file(path, options)
        return
    input_format = SUPPORTED_SUFFIXES.get(suffix)
    if input_format is None:
        supported = ", ".join(sorted([*SUPPORTED_SUFFIXES, JSONL_SUFFIX]))
        yield InputError(source, f"unsupported file type {suffix or '(no suffix)'}: use one of {supported}")
        return
    try:
        size = path.stat().st_size
        if size > options.max_bytes:
            yield _too_large(source, size, options.max_bytes)
            return
        data = path.read_bytes()
    except OSError as error:
        yield InputError(source, f"cannot be read ({error.strerror})")
        return
    yield from _decoded_input(source, data, input_format, options)


def _read_stdin(stdin: BinaryIO | None, options: InputOptions) -> Iterator[RawInput | InputError]:
    source = "<stdin>"
    if stdin is None:
        yield InputError(source, "standard input is not available")
        return
    data = stdin.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield _too_large(source, len(data), options.max_bytes, at_least=True)
        return
    try:
        text = _decode(source, data)
    except InputError as error:
        yield error
        return
    if _looks_like_jsonl(text):
        yield from _jsonl_records(source, text.splitlines(), options)
    else:
        input_format = InputFormat.HTML if text.lstrip().startswith("<") else InputFormat.TEXT
        yield from _decoded_input(source, data, input_format, options)


def _decoded_input(
    source: str, data: bytes, input_format: InputFormat, options: InputOptions
) -> Iterator[RawInput | InputError]:
    try:
        text = _decode(source, data)
    except InputError as error:
        yield error
        return
    yield RawInput(
        source=source,
        format=input_format,
        payload=text,
        outlet=options.outlet,
        published=options.published,
        url=options.url,
    )


def _decode(source: str, data: bytes) -> str:
    """Strict UTF-8: guessing an encoding silently corrupts names and numbers, so the user is asked to convert."""
    if not data.strip():
        raise InputError(source, "is empty")
    if b"\0" in data[:_BINARY_PROBE]:
        raise InputError(source, "is a binary file, not text, HTML or JSONL")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            source,
            f"is not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "convert it to UTF-8 first, e.g. with iconv",
        ) from None


def _too_large(source: str, size: int, limit: int, at_least: bool = False) -> InputError:
    more = "more than " if at_least else ""
    return InputError(
        source,
        f"is {more}{_megabytes(size)}, over the {_megabytes(limit)} limit "
        "(raise it with --max-bytes or CROSSWIRE_MAX_INPUT_BYTES)",
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 104_858 else f"{size} bytes"


def _read_jsonl_file(path: Path, options: InputOptions) -> Iterator[RawInput | InputError]:
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        yield InputError(source, f"cannot be read ({error.strerror})")
        return
    with handle:
        head = handle.read(_BINARY_PROBE)
        if not head.strip():
            yield InputError(source, "is empty")
            return
        if b"\0" in head:
            yield InputError(source, "is a binary file, not text, HTML or JSONL")
            return
        handle.seek(0)
        for number, line in enumerate(handle, start=1):
            yield from _jsonl_line(f"{source} line {number}", line, options)


def _jsonl_records(source: str, lines: list[str], options: InputOptions) -> Iterator[RawInput | InputError]:
    for number, line in enumerate(lines, start=1):
        yield from _jsonl_line(f"{source} line {number}", line.encode("utf-8"), options)


def _jsonl_line(source: str, line: bytes, options: InputOptions) -> Iterator[RawInput | InputError]:
    """Each line of a feed is its own input: a bad line is reported and the feed goes on."""
    if not line.strip():
        return
    if len(line) > options.max_bytes:
        yield _too_large(source, len(line), options.max_bytes)
        return
    try:
        text = line.decode("utf-8-sig").strip()
    except UnicodeDecodeError as error:
        yield InputError(source, f"is not valid UTF-8 (byte 0x{line[error.start]:02x} at offset {error.start})")
        return
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        yield InputError(source, f"is not JSON ({error.msg} at column {error.colno})")
        return
    if not isinstance(record, dict):
        yield InputError(source, f"is a JSON {type(record).__name__}, not an object with 'title' and 'text' or 'html'")
        return
    yield RawInput(source=source, format=InputFormat.JSON, payload=text)


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{"
