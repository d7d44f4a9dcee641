"""Events with ACLED's columns, and the article sentences they come from.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(32), primary_key=True),
        sa.Column("event_date", sa.String(10)),
        sa.Column("time_precision", sa.Integer),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("actor1", sa.Text),
        sa.Column("assoc_actor_1", sa.Text),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.Text),
        sa.Column("assoc_actor_2", sa.Text),
        sa.Column("inter2", sa.Integer),
        sa.Column("country", sa.Text),
        sa.Column("iso", sa.Integer),
        sa.Column("iso3", sa.String(3)),
        sa.Column("admin1", sa.Text),
        sa.Column("admin2", sa.Text),
        sa.Column("location", sa.Text),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("fatalities", sa.Integer),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("injured", sa.Integer),
        sa.Column("size", sa.Integer),
        sa.Column("story_id", sa.String(32)),
        sa.Column("confidence", sa.Float, nullable=False),
    )
    op.create_index("ix_events_event_date", "events", ["event_date"])
    op.create_index("ix_events_story_id", "events", ["story_id"])
    op.create_table(
        "event_sources",
        sa.Column("event_id", sa.String(32), sa.ForeignKey("events.event_id"), nullable=False),
        sa.Column(
            "article_id", sa.String(32), sa.ForeignKey("articles.article_id"), nullable=False
        ),
        sa.Column("quote", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("fields", sa.Text, nullable=False),  # JSON {field: [start, end]}
        sa.PrimaryKeyConstraint("event_id", "article_id", "start"),
    )
    op.create_index("ix_event_sources_article_id", "event_sources", ["article_id"])


def downgrade() -> None:
    op.drop_table("event_sources")
    op.drop_table("events")
