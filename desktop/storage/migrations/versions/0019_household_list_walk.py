"""Issue 19: on PostgreSQL, the tenant list in name order with each file's search text,
read without the table (an index-only scan), so that a search finds its first page by
walking this index rather than by reading one table row per file passed (at 1,000,000
files: `mart` 3,400 table pages, `BX-2025-7` 9,600 rows fetched; see
docs/benchmarks.md). An index entry holds at most 2,704 bytes: the files whose search
text is longer than 1,800 bytes (none in practice) have their own index, without it.
SQLite reads its list index and the table's rows as fast: nothing there.

Built in about 10 s at 1,000,000 files (265 MB).

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

# desktop.storage.models.LIST_WALK_TEXT (copied: a migration does not follow the models)
LIST_WALK_TEXT = 1800


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index(
        "ix_household_list_walk",
        "household",
        ["status", "sort_name", "id"],
        postgresql_include=["agency_id", "search_text"],
        postgresql_where=sa.text(f"octet_length(search_text) <= {LIST_WALK_TEXT}"),
    )
    op.create_index(
        "ix_household_list_walk_long",
        "household",
        ["status", "sort_name", "id"],
        postgresql_where=sa.text(f"octet_length(search_text) > {LIST_WALK_TEXT}"),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.drop_index("ix_household_list_walk_long", table_name="household")
    op.drop_index("ix_household_list_walk", table_name="household")
