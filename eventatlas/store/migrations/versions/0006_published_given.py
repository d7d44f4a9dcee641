"""The publication date an article's input gave, kept beside the one the pipeline settled on:
a day inferred from the article's story is inferred again, within what the input allowed, when
better-dated reports of that story arrive later.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("published_given", sa.String(10)))
    # until now an article kept what its input gave, except a day its text pinned or stated
    op.execute(
        "UPDATE articles SET published_given = published "
        "WHERE published_precision IS NULL OR published_precision IN ('day', 'month', 'year')"
    )


def downgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("published_given")
