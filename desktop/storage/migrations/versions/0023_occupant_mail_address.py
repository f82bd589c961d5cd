"""Occupant: a correspondence address (street, complement, postcode, commune), where a
lease holder who no longer lives in the dwelling receives his own letters
(docs/domain.md#correspondence-address). Empty for every occupant already recorded:
their letters go to the dwelling, as before.

Revision ID: 0023
Revises: 0022
"""

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("mail_address_line", 120),
    ("mail_address_complement", 120),
    ("mail_postcode", 5),
    ("mail_city", 80),
)


def upgrade() -> None:
    with op.batch_alter_table("occupant", schema=None) as batch_op:
        for name, length in _COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )


def downgrade() -> None:
    with op.batch_alter_table("occupant", schema=None) as batch_op:
        for name, _length in reversed(_COLUMNS):
            batch_op.drop_column(name)
