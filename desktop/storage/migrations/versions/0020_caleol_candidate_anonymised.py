"""CALEOL candidate: the day the retention purge anonymised the candidature (its
identity and application data emptied once attributed, or a delay after its last step;
docs/domain.md#retention). Empty while the candidature is kept.

``caleol_candidate_key``: the key that encrypts the personal data of a candidature's
audit snapshots (storage/shred.py), deleted by the purge, as ``household_key`` for a
tenant file. The snapshots recorded before this revision stay as they are (the trail
is append-only and chained).

Revision ID: 0020
Revises: 0019
"""

from alembic import op
import sqlalchemy as sa

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("caleol_candidate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymised_on", sa.Date(), nullable=True))
    op.create_table(
        "caleol_candidate_key",
        sa.Column("candidate_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("candidate_id", name=op.f("pk_caleol_candidate_key")),
    )


def downgrade() -> None:
    op.drop_table("caleol_candidate_key")
    with op.batch_alter_table("caleol_candidate", schema=None) as batch_op:
        batch_op.drop_column("anonymised_on")
