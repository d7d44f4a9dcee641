"""Articles, their full-text index and fingerprints; runs and rejections.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("run_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32)),
        sa.Column("inputs", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("new", sa.Integer, nullable=False, server_default="0"),
        sa.Column("duplicate", sa.Integer, nullable=False, server_default="0"),
        sa.Column("unchanged", sa.Integer, nullable=False, server_default="0"),
        sa.Column("rejected", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "rejections",
        sa.Column("rejection_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.run_id"), nullable=False),
        sa.Column("locator", sa.Text, nullable=False),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_rejections_run_id", "rejections", ["run_id"])
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("locator", sa.Text, nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("path", sa.Text),
        sa.Column("source", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("lang", sa.String(8)),
        sa.Column("lang_confidence", sa.Float),
        sa.Column("published", sa.String(10)),
        sa.Column("published_precision", sa.String(24)),
        sa.Column("story_id", sa.String(32)),
        sa.Column("thread_id", sa.String(32)),
        sa.Column("chars", sa.Integer, nullable=False),
        sa.Column("duplicate_of", sa.String(32), sa.ForeignKey("articles.article_id")),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("run_id", sa.Integer, sa.ForeignKey("runs.run_id"), nullable=False),
    )
    op.create_index("ix_articles_content_hash", "articles", ["content_hash"])
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_table(
        "fingerprints",
        sa.Column(
            "article_id", sa.String(32), sa.ForeignKey("articles.article_id"), primary_key=True
        ),
        sa.Column("minhash", sa.LargeBinary, nullable=False),
    )
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("only SQLite stores are supported so far")
    op.execute(
        "CREATE VIRTUAL TABLE article_text USING fts5("
        "article_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE article_text")
    for table in ("fingerprints", "articles", "rejections", "runs"):
        op.drop_table(table)
