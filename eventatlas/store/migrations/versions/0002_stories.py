"""Embeddings and stories; an article's thread is read through its story.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "embeddings",
        sa.Column(
            "article_id", sa.String(32), sa.ForeignKey("articles.article_id"), primary_key=True
        ),
        sa.Column("model", sa.String(120), nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "stories",
        sa.Column("story_id", sa.String(32), primary_key=True),
        sa.Column("thread_id", sa.String(32), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("first_date", sa.String(10)),
        sa.Column("last_date", sa.String(10)),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("vector_sum", sa.LargeBinary, nullable=False),
        sa.Column("entities", sa.Text, nullable=False),  # JSON {name: count}
        sa.Column("languages", sa.Text, nullable=False),  # JSON {lang: count}
    )
    op.create_index("ix_stories_thread_id", "stories", ["thread_id"])
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("thread_id")


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("thread_id", sa.String(32)))
    op.drop_index("ix_articles_story_id", "articles")
    op.drop_table("stories")
    op.drop_table("embeddings")
