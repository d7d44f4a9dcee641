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
        sa.Column("event_date", sa.String(10)),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("actor1", sa.Text, index=True),
        sa.Column("actor2", sa.Text, index=True),
        sa.Column("country", sa.Text),
        sa.Column("admin1", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("fatalities", sa.Integer),
        sa.Column("record", sa.Text, nullable=False),
    )
    # Pages are read in date order: each filter's index carries the order with it.
    op.create_index("ix_happenings_date", "happenings", ["event_date", "happening_id"])
    op.create_index(
        "ix_happenings_type_date", "happenings", ["event_type", "event_date", "happening_id"]
    )
    op.create_index(
        "ix_happenings_country_date", "happenings", ["country", "event_date", "happening_id"]
    )
    op.create_table(
        "happening_articles",
        sa.Column("happening_id", sa.String(32), primary_key=True),
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("lang", sa.String(8)),
    )
    op.create_index(
        "ix_happening_articles_article", "happening_articles", ["article_id", "happening_id"]
    )
    op.create_index("ix_happening_articles_lang", "happening_articles", ["lang", "happening_id"])
    op.create_index("ix_articles_lang", "articles", ["lang"])


def downgrade() -> None:
    op.drop_index("ix_articles_lang", "articles")
    op.drop_table("happening_articles")
    op.drop_table("happenings")
