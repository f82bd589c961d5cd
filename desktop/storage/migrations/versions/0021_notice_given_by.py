"""Notice: the lease holders who gave it (empty: all of them, as before) and what binds
the holders (spouses or PACS partners, co-tenants with or without a solidarity clause),
which decides what the letters say of the leaving holder's solidarity
(docs/domain.md#notice-cotenants).

Revision ID: 0021
Revises: 0020
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("given_by", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
        batch_op.add_column(
            sa.Column("cotenant_bond", sa.String(length=30), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_column("cotenant_bond")
        batch_op.drop_column("given_by")
