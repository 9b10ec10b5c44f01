"""Reading inputs: files, folders, JSONL feeds and standard input, turned into `RawInput`s as received."""

from crosswire.ingest.readers import SUPPORTED_SUFFIXES, InputOptions, read_inputs

__all__ = ["SUPPORTED_SUFFIXES", "InputOptions", "read_inputs"]
