"""The publication date an article's input gave, kept beside the one the pipeline settled on:
a day inferred from the article's story is inferred again, within what the input allowed, when
better-dated reports of that story arrive later. And each language's summed story vectors, so
that a run starts without reading every stored vector; filled from the stored ones.

Revision ID: 0006
Revises: 0005
"""

from collections import defaultdict

import numpy as np
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
    centres = op.create_table(
        "language_centres",
        sa.Column("model", sa.String(120), primary_key=True),
        sa.Column("lang", sa.String(16), primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        sa.Column("vector_sum", sa.LargeBinary, nullable=False),
    )
    sums: dict = defaultdict(lambda: [0, 0.0])
    stored = op.get_bind().execute(
        sa.text(
            "SELECT e.model, a.lang, e.vector FROM embeddings e "
            "JOIN articles a ON a.article_id = e.article_id"
        )
    )
    for model, lang, vector in stored:
        entry = sums[(model, lang or "")]
        entry[0] += 1
        entry[1] = entry[1] + np.frombuffer(vector, dtype="<f4").astype(np.float64)
    if sums:
        op.bulk_insert(
            centres,
            [
                {"model": m, "lang": lang, "count": n, "vector_sum": total.astype("<f8").tobytes()}
                for (m, lang), (n, total) in sums.items()
            ],
        )


def downgrade() -> None:
    op.drop_table("language_centres")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("published_given")
