"""CALEOL session end: the time the session was closed and its designated secretary,
both printed in the minutes ("la séance est levée à 16 h 20", "Le secrétaire de séance").

Revision ID: 0011
Revises: 0010
"""

from alembic import op
import sqlalchemy as sa

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("caleol_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("end_time", sa.Time(), nullable=True))
        batch_op.add_column(
            sa.Column("secretary_name", sa.String(length=160), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("caleol_session", schema=None) as batch_op:
        batch_op.drop_column("secretary_name")
        batch_op.drop_column("end_time")
