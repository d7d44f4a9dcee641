"""Merged events kept ready to read: one row per happening with the columns filters use, the
record as JSON, and which articles reported it. Rebuilt from the reports by `Store.migrate`.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "happenings",
        sa.Column("happening_id", sa.String(32), primary_key=True),
        sa.Column("event_date", sa.String(10), index=True),
        sa.Column("event_type", sa.String(40), nullable=False, index=True),
        sa.Column("actor1", sa.Text),
        sa.Column("actor2", sa.Text),
        sa.Column("country", sa.Text, index=True),
        sa.Column("admin1", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("fatalities", sa.Integer),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_table(
        "happening_articles",
        sa.Column("happening_id", sa.String(32), primary_key=True),
        sa.Column("article_id", sa.String(32), primary_key=True, index=True),
    )
    op.create_index("ix_articles_lang", "articles", ["lang"])


def downgrade() -> None:
    op.drop_index("ix_articles_lang", "articles")
    op.drop_table("happening_articles")
    op.drop_table("happenings")
