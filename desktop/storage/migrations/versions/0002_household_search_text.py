"""Household search text and (status, sort_name) index: fast multi-term search.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(
            "ix_household_status_sort_name", ["status", "sort_name"], unique=False
        )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "UPDATE household SET search_text = ' ' || coalesce((SELECT string_agg(token, ' ') "
            "FROM search_token t WHERE t.household_id = household.id), '') || ' '"
        )
    else:
        op.execute(
            "UPDATE household SET search_text = ' ' || coalesce((SELECT group_concat(token, ' ') "
            "FROM search_token t WHERE t.household_id = household.id), '') || ' '"
        )


def downgrade() -> None:
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index("ix_household_status_sort_name")
        batch_op.drop_column("search_text")
