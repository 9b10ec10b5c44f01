"""read_inputs: files, folders, JSONL feeds and standard input become RawInputs or InputErrors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from crosswire.clean import clean_input
from crosswire.errors import InputError
from crosswire.ingest.readers import InputOptions, read_inputs
from crosswire.model import Article, InputFormat, RawInput

OPTIONS = InputOptions(max_bytes=100_000)

ARTICLE = "Villagers flee after night raid\n\nArmed men raided the village of Testville on Monday, residents said.\n"
PAGE = "<html><head><title>Raid</title></head><body><p>Armed men raided Testville.</p></body></html>"


def read(paths: list[str | Path], options: InputOptions = OPTIONS, stdin: io.BytesIO | None = None) -> list:
    return list(read_inputs([str(path) for path in paths], options, stdin))


def only_error(results: list) -> InputError:
    assert len(results) == 1, results
    assert isinstance(results[0], InputError), results
    return results[0]


def record(**fields: object) -> str:
    return json.dumps(fields)


# --- single files -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected_format"),
    [
        ("story.txt", ARTICLE, InputFormat.TEXT),
        ("page.html", PAGE, InputFormat.HTML),
        ("page.htm", PAGE, InputFormat.HTML),
        ("STORY.TXT", ARTICLE, InputFormat.TEXT),
    ],
)
def test_supported_file_is_read_with_its_format_and_text(tmp_path, name, content, expected_format):
    file = tmp_path / name
    file.write_text(content, encoding="utf-8")

    results = read([file])

    assert len(results) == 1
    raw = results[0]
    assert isinstance(raw, RawInput)
    assert raw.format is expected_format
    assert raw.payload == content
    assert raw.source == str(file)


def test_caller_options_are_attached_to_text_inputs(tmp_path):
    file = tmp_path / "story.txt"
    file.write_text(ARTICLE, encoding="utf-8")
    options = InputOptions(max_bytes=100_000, outlet="Daily Testword", published="2026-11-05", url="https://e.test/a")

    (raw,) = read([file], options)

    assert (raw.outlet, raw.published, raw.url) == ("Daily Testword", "2026-11-05", "https://e.test/a")


def test_utf8_text_with_accents_is_kept_exactly(tmp_path):
    file = tmp_path / "story.txt"
    text = "Raid near Ḩārim\n\nFighters entered Ménaka and Ségou on Friday.\n"
    file.write_text(text, encoding="utf-8")

    (raw,) = read([file])

    assert raw.payload == text


def test_jsonl_file_gives_one_input_per_record(tmp_path):
    file = tmp_path / "feed.jsonl"
    lines = [
        record(title="First", text="Armed men raided Testville.", outlet="Wire A", published="2026-11-04"),
        record(title="Second", html="<p>Police detained five people.</p>"),
    ]
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    results = read([file])

    assert [type(result) for result in results] == [RawInput, RawInput]
    assert all(result.format is InputFormat.JSON for result in results)
    assert [json.loads(result.payload)["title"] for result in results] == ["First", "Second"]
    assert results[0].source == f"{file} line 1"
    assert results[1].source == f"{file} line 2"


def test_jsonl_blank_lines_are_skipped_but_line_numbers_stay_true(tmp_path):
    file = tmp_path / "feed.jsonl"
    file.write_text(record(text="First story.") + "\n\n   \n" + record(text="Second story.") + "\n\n", encoding="utf-8")

    results = read([file])

    assert all(isinstance(result, RawInput) for result in results)
    assert [result.source for result in results] == [f"{file} line 1", f"{file} line 4"]


def test_jsonl_bad_line_is_reported_and_the_feed_goes_on(tmp_path):
    file = tmp_path / "feed.jsonl"
    file.write_text(
        "\n".join([record(text="Before."), "this is not json", record(text="After.")]) + "\n", encoding="utf-8"
    )

    results = read([file])

    assert [type(result) for result in results] == [RawInput, InputError, RawInput]
    assert "line 2" in str(results[1])
    assert "JSON" in results[1].reason
    assert json.loads(results[2].payload)["text"] == "After."


def ingest(results: list) -> list:
    """What a user gets for each input: the reader's error, or the cleaner's verdict on what was read.

    Records are checked either while reading or while cleaning; either way the user must see an InputError
    that names the line.
    """
    outcomes = []
    for result in results:
        if isinstance(result, InputError):
            outcomes.append(result)
            continue
        try:
            outcomes.append(clean_input(result))
        except InputError as error:
            outcomes.append(error)
    return outcomes


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (record(title="No body here"), ["text"]),
        (record(title="Blank body", text="   "), ["text"]),
        (json.dumps(["a", "list", "not", "an", "object"]), ["list", "object"]),
        (json.dumps("just a string"), ["object"]),
        (record(text="Body of the story.", title=42), ["title", "int"]),
        (record(text="Body of the story.", published=20261105), ["published"]),
        (record(text="Body of the story.", outlet=["Wire A"]), ["outlet"]),
        (record(text={"nested": "dict"}), ["text"]),
    ],
)
def test_jsonl_unusable_record_names_line_and_problem(tmp_path, line, words):
    file = tmp_path / "feed.jsonl"
    file.write_text(
        record(title="Good", text="Armed men raided the village of Testville on Monday.") + "\n" + line + "\n",
        encoding="utf-8",
    )

    outcomes = ingest(read([file]))

    assert len(outcomes) == 2
    assert isinstance(outcomes[0], Article)
    error = outcomes[1]
    assert isinstance(error, InputError), error
    assert error.source == f"{file} line 2"
    for word in words:
        assert word in error.reason


def test_jsonl_line_with_invalid_utf8_is_reported_alone(tmp_path):
    file = tmp_path / "feed.jsonl"
    file.write_bytes(record(text="Fine.").encode() + b'\n{"text": "caf\xe9"}\n' + record(text="Also fine.").encode())

    results = read([file])

    assert [type(result) for result in results] == [RawInput, InputError, RawInput]
    assert "line 2" in str(results[1])
    assert "UTF-8" in results[1].reason


# --- folders ------------------------------------------------------------------------------------------------


def test_folder_is_walked_recursively_in_name_order(tmp_path):
    (tmp_path / "b_sub").mkdir()
    (tmp_path / "b_sub" / "deeper").mkdir()
    (tmp_path / "c.txt").write_text("C story\n\nBody C.", encoding="utf-8")
    (tmp_path / "a.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b_sub" / "z.txt").write_text("Z story\n\nBody Z.", encoding="utf-8")
    (tmp_path / "b_sub" / "deeper" / "m.htm").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b_sub" / "feed.jsonl").write_text(record(text="From the feed."), encoding="utf-8")

    results = read([tmp_path])

    assert all(isinstance(result, RawInput) for result in results), results
    assert [Path(result.source.removesuffix(" line 1")).relative_to(tmp_path).as_posix() for result in results] == [
        "a.html",
        "b_sub/deeper/m.htm",
        "b_sub/feed.jsonl",
        "b_sub/z.txt",
        "c.txt",
    ]


def test_folder_ignores_unsupported_suffixes_silently(tmp_path):
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\0\0JFIF")
    (tmp_path / "notes.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "data.json").write_text("{}", encoding="utf-8")
    (tmp_path / "README").write_text("no suffix", encoding="utf-8")

    results = read([tmp_path])

    assert len(results) == 1
    assert isinstance(results[0], RawInput)
    assert results[0].source == str(tmp_path / "story.txt")


def test_folder_skips_hidden_folders(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "description.txt").write_text("Unnamed repository", encoding="utf-8")
    (tmp_path / ".cache" / "nested").mkdir(parents=True)
    (tmp_path / ".cache" / "nested" / "old.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "visible").mkdir()
    (tmp_path / "visible" / "story.txt").write_text(ARTICLE, encoding="utf-8")

    results = read([tmp_path])

    assert [result.source for result in results] == [str(tmp_path / "visible" / "story.txt")]


def test_empty_folder_gives_nothing(tmp_path):
    assert read([tmp_path]) == []


def test_several_paths_are_read_in_the_order_given(tmp_path):
    first, second = tmp_path / "z.txt", tmp_path / "a.txt"
    first.write_text("Z\n\nZ body.", encoding="utf-8")
    second.write_text("A\n\nA body.", encoding="utf-8")

    results = read([first, tmp_path / "missing.txt", second])

    assert [type(result) for result in results] == [RawInput, InputError, RawInput]
    assert [results[0].source, results[2].source] == [str(first), str(second)]


# --- unusable files -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["notes.md", "data.json", "README", "scan.pdf"])
def test_explicitly_named_unsupported_file_is_an_error(tmp_path, name):
    file = tmp_path / name
    file.write_text("Armed men raided Testville.", encoding="utf-8")

    error = only_error(read([file]))

    assert error.source == str(file)
    assert "unsupported" in error.reason
    assert ".txt" in error.reason and ".jsonl" in error.reason


def test_missing_path_is_an_error_naming_it(tmp_path):
    missing = tmp_path / "nowhere" / "story.txt"

    error = only_error(read([missing]))

    assert error.source == str(missing)
    assert "no such file" in error.reason


@pytest.mark.parametrize("name", ["empty.txt", "empty.html", "empty.jsonl"])
@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_file_is_an_error(tmp_path, name, content):
    file = tmp_path / name
    file.write_bytes(content)

    error = only_error(read([file]))

    assert "empty" in error.reason


@pytest.mark.parametrize("name", ["blob.txt", "blob.html", "blob.jsonl"])
def test_binary_file_is_an_error(tmp_path, name):
    file = tmp_path / name
    file.write_bytes(b"PK\x03\x04\x00\x00binary\x00\x00data" * 10)

    error = only_error(read([file]))

    assert "binary" in error.reason


def test_invalid_utf8_is_an_error_that_mentions_utf8(tmp_path):
    file = tmp_path / "latin1.txt"
    file.write_bytes("Réfugiés à Testville\n\nLes habitants ont fui.".encode("latin-1"))

    error = only_error(read([file]))

    assert error.source == str(file)
    assert "UTF-8" in error.reason


def test_utf8_bom_is_not_part_of_the_payload(tmp_path):
    file = tmp_path / "bom.txt"
    file.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))

    (raw,) = read([file])

    assert raw.payload == ARTICLE


def test_file_over_the_size_limit_is_an_error_naming_the_limit(tmp_path):
    file = tmp_path / "long.txt"
    file.write_text("Armed men raided Testville. " * 20, encoding="utf-8")  # 560 bytes

    error = only_error(read([file], InputOptions(max_bytes=500)))

    assert "500 bytes" in error.reason
    assert "560 bytes" in error.reason


def test_file_exactly_at_the_size_limit_is_read(tmp_path):
    file = tmp_path / "edge.txt"
    file.write_bytes(b"x" * 499 + b"\n")

    (raw,) = read([file], InputOptions(max_bytes=500))

    assert isinstance(raw, RawInput)


def test_size_limit_in_megabytes_is_reported_in_megabytes(tmp_path):
    file = tmp_path / "big.txt"
    file.write_bytes(b"word " * 500_000)  # 2.5 MB

    error = only_error(read([file], InputOptions(max_bytes=2 * 1_048_576)))

    assert "2.0 MB" in error.reason


# --- standard input -----------------------------------------------------------------------------------------


def test_stdin_plain_text():
    (raw,) = read(["-"], stdin=io.BytesIO(ARTICLE.encode("utf-8")))

    assert isinstance(raw, RawInput)
    assert raw.format is InputFormat.TEXT
    assert raw.payload == ARTICLE
    assert raw.source == "<stdin>"


def test_stdin_html_is_recognised():
    (raw,) = read(["-"], stdin=io.BytesIO(("\n  " + PAGE).encode("utf-8")))

    assert raw.format is InputFormat.HTML
    assert "Armed men raided Testville." in raw.payload


def test_stdin_jsonl_gives_one_input_per_line_and_reports_bad_lines():
    data = "\n".join([record(text="One."), "{broken", "", record(html="<p>Two.</p>")]) + "\n"

    results = read(["-"], stdin=io.BytesIO(data.encode("utf-8")))

    assert [type(result) for result in results] == [RawInput, InputError, RawInput]
    assert results[0].format is InputFormat.JSON
    assert results[0].source == "<stdin> line 1"
    assert "line 2" in str(results[1])
    assert results[2].source == "<stdin> line 4"


def test_stdin_empty_is_an_error():
    error = only_error(read(["-"], stdin=io.BytesIO(b"")))
    assert error.source == "<stdin>"
    assert "empty" in error.reason


def test_stdin_invalid_utf8_is_an_error_that_mentions_utf8():
    error = only_error(read(["-"], stdin=io.BytesIO("Déjà vu à Testville".encode("cp1252"))))
    assert "UTF-8" in error.reason


def test_stdin_over_the_size_limit_is_an_error_naming_the_limit():
    error = only_error(read(["-"], InputOptions(max_bytes=100), stdin=io.BytesIO(b"a" * 5000)))
    assert "100 bytes" in error.reason


def test_stdin_missing_is_an_error():
    error = only_error(read(["-"], stdin=None))
    assert error.source == "<stdin>"


# --- identity -----------------------------------------------------------------------------------------------


def test_content_hash_is_the_same_for_the_same_payload_from_different_places(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "sub" / "two.txt"
    two.parent.mkdir()
    one.write_text(ARTICLE, encoding="utf-8")
    two.write_text(ARTICLE, encoding="utf-8")

    (first,) = read([one], InputOptions(max_bytes=100_000, outlet="Wire A"))
    (second,) = read([two], InputOptions(max_bytes=100_000, outlet="Wire B", published="2026-01-01"))
    (third,) = read(["-"], stdin=io.BytesIO(ARTICLE.encode("utf-8")))

    assert first.content_hash == second.content_hash == third.content_hash
    assert len(first.content_hash) == 64


def test_content_hash_differs_for_different_payloads(tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(ARTICLE, encoding="utf-8")
    two.write_text(ARTICLE.replace("Monday", "Tuesday"), encoding="utf-8")

    (first,) = read([one])
    (second,) = read([two])

    assert first.content_hash != second.content_hash


def test_content_hash_differs_for_the_same_bytes_in_another_format(tmp_path):
    as_text, as_html = tmp_path / "page.txt", tmp_path / "page.html"
    as_text.write_text(PAGE, encoding="utf-8")
    as_html.write_text(PAGE, encoding="utf-8")

    (first,) = read([as_text])
    (second,) = read([as_html])

    assert first.content_hash != second.content_hash
