"""Payment plan: a contributor's promise (FSL, CCAS) withdrawn after the signature (when,
from when the tenants owe what it would have paid, why), and two summary columns for
the arrears list: the earliest day the tenants owe an instalment from, and the
contributors whose promised payment covers the oldest one (docs/domain.md#plans).

The plans in force with a promised contribution are read again by the next evaluation
(``next_check_on`` set to the day of the upgrade, a column the server's guard lets
through on a signed plan), which fills the summary; until then the arrears list reads
them as before.

Revision ID: 0022
Revises: 0021
"""

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

_CONTRIBUTORS = ("fsl", "ccas")


def upgrade() -> None:
    with op.batch_alter_table("payment_plan", schema=None) as batch_op:
        for c in _CONTRIBUTORS:
            batch_op.add_column(sa.Column(f"{c}_withdrawn_on", sa.Date(), nullable=True))
            batch_op.add_column(sa.Column(f"{c}_owed_from", sa.Date(), nullable=True))
            batch_op.add_column(
                sa.Column(
                    f"{c}_withdrawal_reason",
                    sa.String(length=200),
                    nullable=False,
                    server_default="",
                )
            )
        batch_op.add_column(sa.Column("tenants_due_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("awaited_from", sa.String(length=12), nullable=False, server_default="")
        )
    op.execute(
        "UPDATE payment_plan SET next_check_on = CURRENT_DATE "
        "WHERE status IN ('SIGNE', 'EN_COURS') "
        "AND (fsl_amount IS NOT NULL OR ccas_amount IS NOT NULL) "
        "AND (next_check_on IS NULL OR next_check_on > CURRENT_DATE)"
    )


def downgrade() -> None:
    with op.batch_alter_table("payment_plan", schema=None) as batch_op:
        batch_op.drop_column("awaited_from")
        batch_op.drop_column("tenants_due_on")
        for c in reversed(_CONTRIBUTORS):
            batch_op.drop_column(f"{c}_withdrawal_reason")
            batch_op.drop_column(f"{c}_owed_from")
            batch_op.drop_column(f"{c}_withdrawn_on")
