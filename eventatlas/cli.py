"""The `eventatlas` command: thin wrappers over functions a Python user can call too.

Each command imports what it needs (the store, the pipeline, models) when it runs: `--help` and a
usage error must answer at once, and the store alone costs most of a second.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections import Counter
from dataclasses import asdict
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from eventatlas.errors import EventAtlasError
from eventatlas.records import DatingNote, EventFilter, RunSummary
from eventatlas.settings import Settings, load_settings

if TYPE_CHECKING:
    from eventatlas.store import Store

DEMO_CORPUS = Path(__file__).parent / "demo"
_DATE_PREFIX = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

app = typer.Typer(
    help="Multilingual conflict news to stories, events and timelines, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
# soft_wrap: one rejection stays one line, whatever the terminal width
out = Console(soft_wrap=True, markup=False)
err = Console(stderr=True, soft_wrap=True, markup=False)

DbOption = Annotated[
    str,
    typer.Option(
        "--db", envvar="EVENTATLAS_DB", help="SQLite path or postgresql:// URL of the store."
    ),
]
ConfigOption = Annotated[
    Path | None,
    typer.Option("--config", help="TOML file of settings (see `eventatlas settings`)."),
]


class ExportKind(StrEnum):
    articles = "articles"
    stories = "stories"
    events = "events"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    geojson = "geojson"


def _settings(config: Path | None, **overrides) -> Settings:
    try:
        return load_settings(config, **overrides)
    except EventAtlasError as exc:
        err.print(f"error: {exc}")
        raise typer.Exit(2) from None


def _open(settings: Settings) -> Store:
    from eventatlas.store import Store

    try:
        return Store.open(settings.db)
    except Exception as exc:
        err.print(f"error: cannot open store {settings.db}: {exc}")
        raise typer.Exit(2) from None


def _open_existing(settings: Settings) -> Store:
    _require_store(settings)
    return _open(settings)


def _require_store(settings: Settings) -> None:
    """Read commands need a store: where there is none, opening would make an empty one and
    the command would answer from it as if nothing had been found."""
    from eventatlas.store import Store

    if not Store.exists(settings.db):
        err.print(
            f"error: no store at {settings.db}: `eventatlas ingest` makes one "
            "(--db or EVENTATLAS_DB names another)"
        )
        raise typer.Exit(2)


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@app.command()
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, feed or page URLs.")],
    db: DbOption = "eventatlas.db",
    config: ConfigOption = None,
) -> None:
    """Store new articles from files, folders, feeds and pages, and run the pipeline on them."""
    settings = _settings(config, db=db)
    store = _open(settings)
    summary = ingest_with_progress(inputs, store, settings)
    print_summary(summary)
    raise typer.Exit(1 if summary.rejected else 0)


def ingest_with_progress(inputs: list[str], store: Store, settings: Settings) -> RunSummary:
    from rich.progress import (
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from eventatlas.pipeline import ingest as run_ingest

    with Progress(
        SpinnerColumn(),
        TextColumn("ingesting"),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        disable=not err.is_terminal,
        transient=True,
    ) as progress:
        task = progress.add_task("", total=None)

        def advance(locator: str) -> None:
            progress.update(task, advance=1, description=locator[-60:])

        return run_ingest(inputs, store, settings, on_item=advance)


def print_summary(summary: RunSummary) -> None:
    out.print(
        f"run {summary.run_id}: {summary.new} new, {summary.duplicate} duplicate, "
        f"{summary.unchanged} unchanged, {summary.rejected} rejected"
    )
    for rejection in summary.rejections:
        out.print(f"  rejected {rejection.locator}: {rejection.reason}")
    notes = summary.dating
    if len(notes) > NOTES_IN_FULL:  # a large run: how many, and the conflicts one by one
        counts = Counter(note.how for note in notes)
        told = ", ".join(f"{n} {DATING_KINDS[how]}" for how, n in counts.most_common())
        out.print(
            f"  dated {len(notes)} reports the input left undated or dated only in part: {told}"
        )
        notes = [note for note in notes if note.how == "overrides"]
    for note in notes:
        out.print(f"  dated {note.locator}: {dating_reason(note)}")


NOTES_IN_FULL = 20
DATING_KINDS = {
    "stated": "stated in their text",
    "refines": "given a day by their text",
    "overrides": "whose text contradicts the input's date",
    "pinned": "pinned by a weekday and a date",
    "story": "from their story",
}


def dating_reason(note: DatingNote) -> str:
    given = note.given or "no date"
    return {
        "stated": f"no date given, its text states {note.published} ({note.words!r})",
        "refines": f"{given} given, its text states the day: {note.published} ({note.words!r})",
        "overrides": f"{given} given, but its text states {note.published} ({note.words!r})",
        "pinned": f"no date given, {note.words!r} pins {note.published}",
        "story": f"{given} given, {note.published} inferred from its story ({note.words})",
    }[note.how]


@app.command("export")
def export_command(
    kind: Annotated[ExportKind, typer.Argument(help="What to export.")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--out", "-o", help="File (default stdout).")
    ] = None,
    reports: Annotated[
        bool,
        typer.Option(
            "--reports", help="Events: each article's report, not one event per happening."
        ),
    ] = False,
    db: DbOption = "eventatlas.db",
    config: ConfigOption = None,
) -> None:
    """Write what the store holds, one record a line (JSON Lines) or a row (CSV). Events are
    one per happening, with every report's sources and the disagreements between them."""
    from eventatlas import export

    settings = _settings(config, db=db)
    store = _open_existing(settings)
    if format is ExportFormat.geojson and kind is not ExportKind.events:
        err.print("error: --format geojson is for events")
        raise typer.Exit(2)
    stream = output.open("w", encoding="utf-8", newline="") if output else sys.stdout
    try:
        if kind is ExportKind.events:
            found = store.event_reports() if reports else store.merged_events()[1]
            if format is ExportFormat.geojson:
                export.write_geojson(found, stream)
            elif format is ExportFormat.csv:
                export.write_csv(map(export.event_acled_row, found), export.EVENT_COLUMNS, stream)
            else:
                export.write_jsonl(map(export.event_record, found), stream)
            return
        if kind is ExportKind.stories:
            records, columns = map(export.story_record, store.stories()), export.STORY_COLUMNS
        else:
            records, columns = map(export.article_record, store.articles()), export.ARTICLE_COLUMNS
        if format is ExportFormat.csv:
            export.write_csv(records, columns, stream)
        else:
            export.write_jsonl(records, stream)
    finally:
        if output:
            stream.close()


class TimelineFormat(StrEnum):
    json = "json"
    timelinejs = "timelinejs"
    tilse = "tilse"


@app.command("timeline")
def timeline_command(
    story: Annotated[str | None, typer.Option("--story", help="A story id.")] = None,
    query: Annotated[
        str | None, typer.Option("--query", "-q", help="Words, in any language.")
    ] = None,
    first: Annotated[
        str | None, typer.Option("--from", help="First date: YYYY, YYYY-MM or YYYY-MM-DD.")
    ] = None,
    last: Annotated[str | None, typer.Option("--to", help="Last date, the same way.")] = None,
    format: Annotated[TimelineFormat, typer.Option("--format", "-f")] = TimelineFormat.json,
    dates: Annotated[int, typer.Option("--dates", min=1, help="How many dates.")] = 12,
    per_date: Annotated[int, typer.Option("--per-date", min=1, help="Sentences per date.")] = 2,
    keyword: Annotated[
        list[str] | None,
        typer.Option(
            "--keyword",
            "-k",
            help="Only sentences naming this word speak for a date (repeat for several; "
            "any one will do, e.g. -k Syria -k Syrie -k سوريا).",
        ),
    ] = None,
    db: DbOption = "eventatlas.db",
    config: ConfigOption = None,
) -> None:
    """A dated timeline of a story or a query, with its sources."""
    from eventatlas.atlas import Atlas
    from eventatlas.timeline import formats

    if bool(story) == bool(query):
        err.print("error: give one of --story or --query")
        raise typer.Exit(2)
    for value in (first, last):
        if value and not _DATE_PREFIX.fullmatch(value):
            err.print(f"error: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
            raise typer.Exit(2)
    settings = _settings(config, db=db)
    atlas = Atlas(settings, _open_existing(settings))
    if story and atlas.story(story) is None:
        err.print(f"error: no story {story!r} in {settings.db}")
        raise typer.Exit(1)
    result = atlas.timeline(
        story=story,
        query=query,
        first=first,
        last=last,
        dates=dates,
        per_date=per_date,
        keywords=tuple(keyword or ()),
    )
    if format is TimelineFormat.tilse:
        text, skipped = formats.as_tilse(result)
        sys.stdout.write(text)
        if skipped:
            err.print(f"{skipped} month-level entries left out: tilse reads days only")
        return
    document = (
        formats.as_json(result) if format is TimelineFormat.json else formats.as_timelinejs(result)
    )
    sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


@app.command("trends")
def trends_command(
    by: Annotated[str, typer.Option("--by", help="week, month or year.")] = "month",
    event_type: Annotated[
        str | None, typer.Option("--type", help="An ACLED event type, e.g. Battles.")
    ] = None,
    country: Annotated[str | None, typer.Option("--country")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines instead of a table.")] = False,
    db: DbOption = "eventatlas.db",
    config: ConfigOption = None,
) -> None:
    """Events and fatalities per period and admin1, against the same period a year earlier."""
    from eventatlas.trends import PERIODS, trends

    if by not in PERIODS:
        err.print(f"error: --by must be one of {', '.join(PERIODS)}")
        raise typer.Exit(2)
    store = _open_existing(_settings(config, db=db))
    rows = trends(store.event_tallies(EventFilter(event_type=event_type, country=country)), by=by)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(asdict(row) | {"change": row.change}) + "\n")
        return
    table = Table(title=f"Events per {by}" + "".join(f", {v}" for v in (event_type, country) if v))
    for column in ("period", "admin1", "events", "fatalities", "a year earlier", "change"):
        table.add_column(column)
    for row in rows:
        change = "" if row.change is None else f"{row.change:+.0%}"
        table.add_row(
            row.period,
            row.admin1 or "?",
            str(row.events),
            str(row.fatalities),
            f"{row.events_year_before} / {row.fatalities_year_before}",
            change,
        )
    out.print(table)


@app.command("search")
def search_command(
    text: Annotated[str, typer.Argument(help="Words or a question, in any language.")],
    lang: Annotated[
        str | None, typer.Option("--lang", help="Only articles in this language.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1)] = 10,
    db: DbOption = "eventatlas.db",
    config: ConfigOption = None,
) -> None:
    """Full-text and cross-lingual semantic search over articles."""
    from eventatlas.nlp.embed import get_embedder
    from eventatlas.search import search

    settings = _settings(config, db=db)
    store = _open_existing(settings)
    hits = search(store, get_embedder(settings.embedding_model), text, lang=lang, limit=limit)
    for rank, hit in enumerate(hits, start=1):
        out.print(
            f"{rank:>2}. {hit.published or '?':<10} {hit.lang or '?':<2} {hit.title or ''}  "
            f"[{hit.article_id}, {hit.matched_by}]"
        )
    if not hits:
        out.print("no matches")


HostOption = Annotated[str, typer.Option("--host", help="Address to listen on.")]
PortOption = Annotated[int, typer.Option("--port", min=1, max=65535)]


@app.command("serve")
def serve_command(
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
    db: DbOption = "eventatlas.db",
    config: ConfigOption = None,
) -> None:
    """The HTTP API (OpenAPI at /docs) and the web app at /. POST /api/ingest is on only when
    EVENTATLAS_TOKEN is set."""
    from eventatlas.api.routes import TOKEN_VARIABLE

    settings = _settings(config, db=db)
    if not os.environ.get(TOKEN_VARIABLE):  # a new, empty store is worth serving only to post to
        _require_store(settings)
    serve(settings, host, port)


def serve(settings: Settings, host: str, port: int) -> None:
    import uvicorn

    from eventatlas.api.app import STATIC, create_app

    if not (STATIC / "dist" / "app.js").exists():
        err.print("warning: the web app is not built (run `make web`); the API works without it")
    out.print(f"eventatlas on http://{host}:{port}/ (API docs at /docs); Ctrl+C stops it")
    uvicorn.run(create_app(settings=settings), host=host, port=port, log_level="warning")


@app.command()
def demo(
    db: Annotated[
        str, typer.Option("--db", envvar="EVENTATLAS_DB", help="Store to build.")
    ] = "eventatlas-demo.db",
    host: HostOption = "127.0.0.1",
    port: PortOption = 8000,
    no_serve: Annotated[
        bool, typer.Option("--no-serve", help="Build the store and stop; don't serve it.")
    ] = False,
) -> None:
    """Build a store from the bundled demo corpus, show what it holds, and serve it."""
    settings = _settings(None, db=db)
    store = _open(settings)
    summary = ingest_with_progress([str(DEMO_CORPUS)], store, settings)
    print_summary(summary)
    stories = sorted(store.stories(), key=lambda s: -len(s.article_ids))
    table = Table(title=f"The {min(len(stories), 20)} largest of {len(stories)} stories in {db}")
    for column in ("dates", "languages", "reports", "label"):
        table.add_column(column, overflow="fold")
    for story in stories[:20]:
        dates = (
            story.first_date
            if story.first_date == story.last_date
            else (f"{story.first_date} – {story.last_date}")
        )
        table.add_row(
            dates or "?", " ".join(story.languages), str(len(story.article_ids)), story.label
        )
    out.print(table)
    events = store.merged_events()[1]
    table = Table(
        title=f"{len(events)} events (first 12; export them all with `eventatlas "
        f"export events --db {db}`)"
    )
    for column in ("date", "type", "actors", "place", "dead", "quote"):
        table.add_column(column, overflow="fold")
    for event in events[:12]:
        actors = " / ".join(a for a in (event.actor1, event.actor2) if a)
        table.add_row(
            event.event_date or "?",
            event.sub_event_type,
            actors,
            event.location or "",
            str(event.fatalities or ""),
            event.sources[0].quote[:140],
        )
    out.print(table)
    if not no_serve:
        serve(settings, host, port)


@app.command("settings")
def show_settings(config: ConfigOption = None) -> None:
    """Every setting with its help and current value, as a TOML file you can edit and pass back
    with --config (`eventatlas settings > eventatlas.toml`)."""
    import json
    from dataclasses import fields

    current = _settings(config)
    for field in fields(Settings):
        value = getattr(current, field.name)
        written = str(value).lower() if isinstance(value, bool) else json.dumps(value)
        out.print(f"# {field.metadata['help']} (default: {field.default!r})")
        out.print(f"{field.name} = {written}\n")
