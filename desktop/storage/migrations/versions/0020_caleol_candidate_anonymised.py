"""CALEOL candidate: the day the retention purge anonymised the candidature (its
identity and application data emptied once attributed, or a delay after its last step;
docs/domain.md#retention). Empty while the candidature is kept.

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


def downgrade() -> None:
    with op.batch_alter_table("caleol_candidate", schema=None) as batch_op:
        batch_op.drop_column("anonymised_on")
