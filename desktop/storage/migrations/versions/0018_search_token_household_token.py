"""Issue 19: the search index's household key also holds the token, (household_id,
token) instead of (household_id) alone, so that checking one file against a term's
range is one index probe (PostgreSQL checks a list read in sort order row by row
against a rare term's matches: at 1,000,000 files, 6 s for `x` before, see
docs/benchmarks.md).

Revision ID: 0018
Revises: 0017
"""

from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("search_token", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_search_token_household_id_token"), ["household_id", "token"]
        )
        batch_op.drop_index(batch_op.f("ix_search_token_household_id"))


def downgrade() -> None:
    with op.batch_alter_table("search_token", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_search_token_household_id"), ["household_id"])
        batch_op.drop_index(batch_op.f("ix_search_token_household_id_token"))
