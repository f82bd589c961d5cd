"""Phone numbers in one display format (docs/domain.md#phones): the occupants' and the
campaign targets' stored numbers are rewritten as ``06 12 34 56 78`` (``+508 41 23 45``,
``+32 470 12 34 56`` for the numbers not dialled with a 0 from mainland France). A value
that is not a valid number is kept exactly as it is: the tenant file then asks for a
correction the next time it is saved. Data only: no schema change, nothing to undo.

Revision ID: 0012
Revises: 0011
"""

from alembic import op
import sqlalchemy as sa

from desktop.domain.phone import display_phone

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

TABLES = ("occupant", "campaign_target")


def upgrade() -> None:
    connection = op.get_bind()
    for name in TABLES:
        table = sa.table(name, sa.column("id", sa.Integer), sa.column("phone", sa.String))
        rows = connection.execute(
            sa.select(table.c.id, table.c.phone).where(table.c.phone != "")
        ).all()
        for row_id, phone in rows:
            tidy = display_phone(phone)
            if tidy is not None and tidy != phone:
                connection.execute(table.update().where(table.c.id == row_id).values(phone=tidy))


def downgrade() -> None:
    # The old spellings are not kept: the numbers stay in the display format.
    pass
