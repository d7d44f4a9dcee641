"""Reports of one happening share a happening id; each keeps its source sentence's vector.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("happening_id", sa.String(32)))
        batch.add_column(sa.Column("vector", sa.LargeBinary))  # float32, unit length
        batch.create_index("ix_events_happening_id", ["happening_id"])
    op.execute("UPDATE events SET happening_id = event_id")


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_happening_id")
        batch.drop_column("vector")
        batch.drop_column("happening_id")
