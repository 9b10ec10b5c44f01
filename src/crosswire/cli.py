"""The `crosswire` command: a thin shell over the pipeline that parses options and prints results."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from crosswire import __version__
from crosswire.errors import CrosswireError
from crosswire.export import FORMATS
from crosswire.model import ArticleRef, ClaimField, EventRecord, Fact, FactStatus
from crosswire.settings import Settings

app = typer.Typer(
    name="crosswire",
    help="Turn news articles into verified event records: every fact with its sources, quotes and status.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True, soft_wrap=True)  # one line per error, never wrapped

EXIT_INPUT_FAILED = 1
EXIT_ERROR = 2

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a file path (SQLite) or an SQLAlchemy URL. Default: crosswire.db (or $CROSSWIRE_DB).",
        show_default=False,
    ),
]
CountRuleOption = Annotated[
    str | None,
    typer.Option(
        "--count-rule",
        help="How an event's counts are chosen when reports differ: ucdp (best supported, with low and high) or "
        "acled (the lowest figure). Default: ucdp (or $CROSSWIRE_COUNT_RULE).",
        show_default=False,
    ),
]
STATUS_STYLE = {
    FactStatus.CORROBORATED: "green",
    FactStatus.SINGLE_SOURCE: "yellow",
    FactStatus.CONTESTED: "bold red",
    FactStatus.UPDATED: "dim",
}


@contextmanager
def _open(db: str | None, **settings: Any) -> Iterator[Any]:
    from crosswire.pipeline import Crosswire

    with Crosswire(Settings.from_env(db=db, **settings)) as crosswire:
        yield crosswire


def _fail(error: CrosswireError) -> None:
    errors.print(f"[red]error:[/red] {escape(str(error))}")
    raise typer.Exit(EXIT_ERROR)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} inputs"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    )


def _with_progress(description: str) -> tuple[Progress, Callable[[str], None]]:
    progress = _progress()
    task = progress.add_task(description, total=None)

    def advance(source: str) -> None:
        progress.update(task, advance=1, description=f"{description} {Path(source).name[:40]}")

    return progress, advance


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt, .html, .htm, .jsonl), folders, or - for stdin.")],
    db: DbOption = None,
    outlet: Annotated[str | None, typer.Option(help="Outlet of plain-text and HTML inputs.")] = None,
    published: Annotated[
        str | None,
        typer.Option(help="Publication date of plain-text and HTML inputs (YYYY-MM-DD or ISO 8601)."),
    ] = None,
    url: Annotated[str | None, typer.Option(help="URL of the input, when it is one article.")] = None,
    max_bytes: Annotated[
        int | None, typer.Option("--max-bytes", help="Largest input accepted, in bytes (default 10 MB).")
    ] = None,
    count_rule: CountRuleOption = None,
) -> None:
    """Ingest articles: clean, extract, cluster and reconcile them into events.

    Inputs already stored (same content) are skipped. Exit code 1 means some inputs failed; the others were stored.
    """
    try:
        if published is not None:
            from crosswire.clean import parse_published

            try:
                parse_published(published)
            except ValueError as error:
                raise typer.BadParameter(str(error), param_hint="--published") from None
        with _open(db, max_input_bytes=max_bytes, count_rule=count_rule) as crosswire:
            progress, advance = _with_progress("ingesting")
            with progress:
                report = crosswire.ingest(
                    paths,
                    outlet=outlet,
                    published=published,
                    url=url,
                    stdin=sys.stdin.buffer,
                    on_progress=advance,
                )
    except CrosswireError as error:
        _fail(error)
    events = len(report.events)
    summary = f"ingested {len(report.added)} article{'s' if len(report.added) != 1 else ''}"
    if report.added:
        summary += f" into {events} event{'s' if events != 1 else ''}"
    if report.skipped:
        summary += f"; {len(report.skipped)} already stored"
    console.print(summary)
    for failure in report.failed:
        errors.print(f"[red]failed:[/red] {escape(str(failure))}")
    if report.failed:
        errors.print(
            f"{len(report.failed)} input{'s' if len(report.failed) != 1 else ''} failed; the others were ingested"
        )
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command()
def events(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="Show at most this many events.")] = 50,
    since: Annotated[str | None, typer.Option(help="Only events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Only events on or before this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, typer.Option(help="Only events in this country (name).")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="Only events of this ACLED event type.")] = None,
    min_sources: Annotated[int | None, typer.Option(help="Only events with this many independent sources.")] = None,
) -> None:
    """List events: date, place, type, headline, articles and independent sources."""
    from crosswire.store import EventFilter

    try:
        flt = EventFilter(
            limit=limit,
            since=_date(since, "--since"),
            until=_date(until, "--until"),
            country=country,
            event_type=event_type,
            min_sources=min_sources,
        )
        with _open(db) as crosswire:
            records = crosswire.events(flt, with_facts=False)
    except CrosswireError as error:
        _fail(error)
    if not records:
        console.print("no events stored yet: run `crosswire ingest PATH...` first")
        return
    table = Table(title=f"{len(records)} event{'s' if len(records) != 1 else ''}", show_lines=False)
    for column in ("id", "date", "place", "type", "headline", "articles", "sources"):
        table.add_column(column, justify="right" if column in ("id", "articles", "sources") else "left")
    for record in records:
        table.add_row(
            str(record.id),
            record.event_date.label if record.event_date else "?",
            escape(record.location.label) if record.location else "?",
            escape(record.event_type.sub_event_type if record.event_type else "?"),
            escape(record.headline[:70]),
            str(len(record.articles)),
            str(record.independent_sources),
        )
    console.print(table)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


@app.command()
def show(
    event_id: Annotated[int, typer.Argument(help="Event id, as `crosswire events` lists it.")],
    db: DbOption = None,
) -> None:
    """Show one event record: each fact with its value, status and sources, and each source's quotes."""
    try:
        with _open(db) as crosswire:
            record = crosswire.event(event_id)
    except CrosswireError as error:
        _fail(error)
    render_event(record)


def render_event(record: EventRecord) -> None:
    """Print an event record as `crosswire show` does (also used by the demo): the fields, the fact table, the
    statements and their agreement, and per source the quotes with who is said to say them."""
    console.rule(f"[bold]event {record.id}[/bold]: {escape(record.headline)}")
    where = record.location.label if record.location else "unknown place"
    when = record.event_date.label if record.event_date else "unknown date"
    what = record.event_type.label if record.event_type else "unclassified"
    console.print(
        f"{escape(what)} · {escape(where)} · {when} · {len(record.articles)} articles from "
        f"{record.independent_sources} independent sources"
    )
    numbers = []
    for name, value in (
        ("killed", record.killed),
        ("injured", record.injured),
        ("arrested", record.arrested),
        ("kidnapped", record.kidnapped),
    ):
        if value is None:
            continue
        spread = record.count_ranges.get(name)
        if spread is not None and (spread.low != spread.best or spread.high != spread.best):
            high = "open" if spread.high is None else str(spread.high)
            numbers.append(f"{name} {value} (low {spread.low}, high {high})")
        else:
            numbers.append(f"{name} {value}")
    if numbers:
        console.print(", ".join(numbers))
    letters = {
        article.id: chr(ord("A") + index) if index < 26 else str(article.id)
        for index, article in enumerate(record.articles)
    }
    slot_facts = [fact for fact in record.facts if fact.field is not ClaimField.STATEMENT]
    statements = [fact for fact in record.facts if fact.field is ClaimField.STATEMENT]
    console.print(_fact_table("facts", ("fact", "value"), slot_facts, letters))
    if statements:
        console.print(_fact_table("statements", ("statement",), statements, letters))
    for article in record.articles:
        _render_source(article, record, letters[article.id])
    if record.decisions:
        console.print("[bold]clustering[/bold]")
        for decision in record.decisions:
            console.print(f"  article {decision.article_id}: {escape(decision.explanation)}")


def _fact_table(title: str, heads: tuple[str, ...], facts: list[Fact], letters: dict[int, str]) -> Table:
    table = Table(title=title, show_lines=False)
    for column in (*heads, "status", "sources", "note"):
        table.add_column(column, overflow="fold")
    for fact in facts:
        style = STATUS_STYLE[fact.status]
        cells = (fact.field.value, escape(fact.value)) if len(heads) == 2 else (escape(fact.value),)
        table.add_row(
            *cells,
            f"[{style}]{fact.status.value}[/{style}]",
            " ".join(sorted({letters.get(source.article_id, "?") for source in fact.sources})),
            escape(fact.note),
        )
    return table


def _render_source(article: ArticleRef, record: EventRecord, letter: str) -> None:
    published = article.published.date().isoformat() if article.published else "undated"
    console.print(
        f"[bold]{letter}[/bold] article {article.id} · {escape(article.outlet or 'unknown outlet')} · "
        f"{published} · {escape(article.title)}"
    )
    quotes: dict[str, list[tuple[str, str, str]]] = {}
    for fact in record.facts:
        for source in fact.sources:
            if source.article_id == article.id:
                stance = "; ".join(part for part in (source.attribution, source.hedge) if part)
                quotes.setdefault(source.quote, []).append((fact.field.value, source.text, stance))
    for quote, supported in quotes.items():
        marked = escape(quote)
        for _, text, _ in supported:
            if text and escape(text) in marked and f"[bold]{escape(text)}" not in marked:
                marked = marked.replace(escape(text), f"[bold]{escape(text)}[/bold]", 1)
        fields = ", ".join(dict.fromkeys(field for field, _, _ in supported))
        stances = "; ".join(dict.fromkeys(part for _, _, stance in supported for part in stance.split("; ") if part))
        stance_note = f" [dim]({escape(stances)})[/dim]" if stances else ""
        console.print(f"    [cyan]{fields}[/cyan]: “{marked}”{stance_note}")


@app.command()
def export(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "json",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    db: DbOption = None,
) -> None:
    """Export all events as JSON, CSV (ACLED column names) or GeoJSON."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r} is not a format: use one of {', '.join(FORMATS)}", param_hint="--format")
    try:
        with _open(db) as crosswire:
            text = crosswire.export(fmt)
    except CrosswireError as error:
        _fail(error)
    if output is None:
        sys.stdout.write(text)
        return
    temporary = output.with_name(output.name + ".partial")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(output)
    errors.print(f"wrote {output}")


@app.command()
def reprocess(db: DbOption = None, count_rule: CountRuleOption = None) -> None:
    """Rebuild cleaned text, claims, events and facts from the stored raw inputs (after an upgrade, or to apply
    another count rule to every event)."""
    try:
        with _open(db, count_rule=count_rule) as crosswire:
            progress, advance = _with_progress("reprocessing")
            with progress:
                report = crosswire.reprocess(on_progress=advance)
    except CrosswireError as error:
        _fail(error)
    console.print(f"reprocessed {len(report.added)} articles into {len(report.events)} events")
    for failure in report.failed:
        errors.print(f"[red]failed:[/red] {escape(str(failure))}")


@app.command()
def geoparse(
    paths: Annotated[list[Path], typer.Argument(help="Text files to geoparse, or - for standard input.")],
) -> None:
    """Find and resolve every place a text names; prints one JSON object per text (no database involved)."""
    import json

    from crosswire.pipeline import geoparse as geoparse_texts

    texts: list[tuple[str, str]] = []
    for path in paths:
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            _fail(CrosswireError(f"{path}: cannot read it as UTF-8 text ({error.__class__.__name__})"))
            return
        texts.append((str(path), text))
    try:
        found = geoparse_texts([text for _, text in texts], Settings.from_env())
        for (source, _), mentions in zip(texts, found, strict=True):
            typer.echo(json.dumps({"source": source, "places": [m.to_json() for m in mentions]}, ensure_ascii=False))
    except CrosswireError as error:
        _fail(error)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
) -> None:
    """Serve the JSON API (/api, described at /docs) and the web page (/): map, timeline, events, articles."""
    from crosswire.serve import serve as run_server

    try:
        settings = Settings.from_env(db=db)
    except CrosswireError as error:
        _fail(error)
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.api_token:
        errors.print(f"warning: listening on {host} without CROSSWIRE_API_TOKEN: anyone who can reach it can ingest")
    errors.print(f"crosswire: serving {settings.db} at http://{host}:{port}/ (API docs at /docs); Ctrl+C stops")
    try:
        run_server(settings, host=host, port=port)
    except CrosswireError as error:
        _fail(error)


@app.command("eval")
def evaluate(
    task: Annotated[
        str, typer.Argument(help="What to measure: clustering, counts, events, event-types, geoparsing, reconcile.")
    ],
    data: Annotated[Path, typer.Option("--data", help="Corpus folder or file (read in place, never copied).")],
    limit: Annotated[int | None, typer.Option(help="Use only the first N documents of the corpus.")] = None,
    keep_db: Annotated[
        Path | None, typer.Option("--keep-db", help="Keep the evaluation's database in this new file, to inspect.")
    ] = None,
) -> None:
    """Measure crosswire on a labelled corpus; prints one JSON object of metrics."""
    import json

    from crosswire.evaluate import run_evaluation

    try:
        progress, advance = _with_progress(f"evaluating {task}")
        with progress:
            metrics = run_evaluation(task, data, Settings.from_env(), limit, keep_db, on_progress=advance)
    except CrosswireError as error:
        _fail(error)
    sys.stdout.write(json.dumps(metrics, indent=2) + "\n")


def _version(value: bool) -> None:
    if value:
        console.print(f"crosswire {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """crosswire: news articles in, verified event records out."""


def main() -> None:
    app()


if __name__ == "__main__":
    main()
