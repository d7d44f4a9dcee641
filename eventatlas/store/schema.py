"""The store's tables, as SQLAlchemy Core objects (the migrations create them; code reads them)."""

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

runs = Table(
    "runs",
    metadata,
    Column("run_id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("inputs", Text, nullable=False),  # JSON list of what the user named
    Column("status", String(16), nullable=False),  # running | done | died | interrupted
    Column("new", Integer, nullable=False, default=0),
    Column("duplicate", Integer, nullable=False, default=0),
    Column("unchanged", Integer, nullable=False, default=0),
    Column("rejected", Integer, nullable=False, default=0),
    Column("pid", Integer),  # the process running it, on `host`
    Column("host", String(255)),
)

rejections = Table(
    "rejections",
    metadata,
    Column("rejection_id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.run_id"), nullable=False, index=True),
    Column("locator", Text, nullable=False),
    Column("code", String(32), nullable=False),
    Column("reason", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("locator", Text, nullable=False),
    Column("format", String(16), nullable=False),
    Column("url", Text),
    Column("path", Text),
    Column("source", Text),
    Column("title", Text),
    Column("lang", String(8), index=True),
    Column("lang_confidence", Float),
    Column("published", String(10)),
    Column("published_precision", String(24)),
    Column("published_given", String(10)),  # what the input said, before text and story
    Column("story_id", String(32), index=True),
    Column("chars", Integer, nullable=False),
    Column("duplicate_of", String(32), ForeignKey("articles.article_id")),
    Column("content_hash", String(64), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.run_id"), nullable=False),
)

fingerprints = Table(
    "fingerprints",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.article_id"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

# `article_text` is an FTS5 virtual table on SQLite (created by the migration, not by metadata):
# article_text(article_id UNINDEXED, title, text).
ARTICLE_TEXT = "article_text"

embeddings = Table(
    "embeddings",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.article_id"), primary_key=True),
    Column("model", String(120), nullable=False),
    Column("vector", LargeBinary, nullable=False),  # float32, unit length
)

# Each language's summed story vectors (stories/centres.py), kept as the batches come so that
# a run starts without reading every stored vector.
language_centres = Table(
    "language_centres",
    metadata,
    Column("model", String(120), primary_key=True),
    Column("lang", String(16), primary_key=True),  # "" for articles of no known language
    Column("count", Integer, nullable=False),
    Column("vector_sum", LargeBinary, nullable=False),  # float64
)

stories = Table(
    "stories",
    metadata,
    Column("story_id", String(32), primary_key=True),
    Column("thread_id", String(32), nullable=False, index=True),
    Column("label", Text, nullable=False),
    Column("first_date", String(10)),
    Column("last_date", String(10)),
    Column("size", Integer, nullable=False),
    Column("vector_sum", LargeBinary, nullable=False),  # float32 sum of member vectors
    Column("entities", Text, nullable=False),  # JSON {name: count}
    Column("languages", Text, nullable=False),  # JSON {lang: count}
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("event_date", String(10), index=True),
    Column("time_precision", Integer),
    Column("event_type", String(40), nullable=False),
    Column("sub_event_type", String(60), nullable=False),
    Column("actor1", Text),
    Column("assoc_actor_1", Text),
    Column("inter1", Integer),
    Column("actor2", Text),
    Column("assoc_actor_2", Text),
    Column("inter2", Integer),
    Column("country", Text),
    Column("iso", Integer),
    Column("iso3", String(3)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("notes", Text, nullable=False),
    Column("injured", Integer),
    Column("size", Integer),
    Column("story_id", String(32), index=True),
    Column("confidence", Float, nullable=False),
    Column("happening_id", String(32), index=True),  # the reports of one happening share it
    Column("vector", LargeBinary),  # the source sentence's, float32, unit length
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("event_id", String(32), ForeignKey("events.event_id"), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.article_id"), primary_key=True),
    Column("quote", Text, nullable=False),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, nullable=False),
    Column("fields", Text, nullable=False),  # JSON {field: [start, end]}
)

# One row per happening: its merged event (`record`, JSON) and the columns that filters read.
happenings = Table(
    "happenings",
    metadata,
    Column("happening_id", String(32), primary_key=True),
    Column("event_date", String(10)),
    Column("event_type", String(40), nullable=False),
    Column("actor1", Text, index=True),
    Column("actor2", Text, index=True),
    Column("country", Text),
    Column("admin1", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("fatalities", Integer),
    Column("record", Text, nullable=False),
    Index("ix_happenings_date", "event_date", "happening_id"),
    Index("ix_happenings_type_date", "event_type", "event_date", "happening_id"),
    Index("ix_happenings_country_date", "country", "event_date", "happening_id"),
)

# Which articles reported each happening, in which language (the language and story filters).
happening_articles = Table(
    "happening_articles",
    metadata,
    Column("happening_id", String(32), primary_key=True),
    Column("article_id", String(32), primary_key=True),
    Column("lang", String(8)),
    Index("ix_happening_articles_article", "article_id", "happening_id"),
    Index("ix_happening_articles_lang", "lang", "happening_id"),
)
