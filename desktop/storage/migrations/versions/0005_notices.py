"""Tenant notices (conges) and their exceptions (issue 4).

- ``notice``: one tenant's notice on a tenant file: delivery mode, sent / presentation /
  receipt dates, ground and proof, the computed end date with its explanation (JSON
  steps), the departure after any postponement, exit inventory, keys, deposit;
- ``notice_exception``: the landlord's decisions (postponement, keys without exit
  inventory, reduced notice without proof, withdrawal), with reason and who decided.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notice",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("delivery_mode", sa.String(length=30), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("presented_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("requested_departure", sa.Date(), nullable=True),
        sa.Column("ground", sa.String(length=40), nullable=False),
        sa.Column("proof_received_on", sa.Date(), nullable=True),
        sa.Column("proof_document", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("applied_months", sa.Integer(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("end_date_if_proof", sa.Date(), nullable=True),
        sa.Column("departure_on", sa.Date(), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("exit_inventory_on", sa.Date(), nullable=True),
        sa.Column("inventory_matches", sa.Boolean(), nullable=True),
        sa.Column("inventory_scheduled_on", sa.Date(), nullable=True),
        sa.Column("keys_returned_on", sa.Date(), nullable=True),
        sa.Column("keys_return_mode", sa.String(length=30), nullable=False),
        sa.Column("deposit_due_on", sa.Date(), nullable=True),
        sa.Column("deposit_returned_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            ondelete="CASCADE",
            name=op.f("fk_notice_household_id_household"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice")),
    )
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notice_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_notice_departure_on"), ["departure_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_notice_deposit_due_on"), ["deposit_due_on"], unique=False
        )

    op.create_table(
        "notice_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("new_departure_on", sa.Date(), nullable=True),
        sa.Column("agreement_signed_on", sa.Date(), nullable=True),
        sa.Column("keys_returned_on", sa.Date(), nullable=True),
        sa.Column("inventory_scheduled_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["notice.id"],
            ondelete="CASCADE",
            name=op.f("fk_notice_exception_notice_id_notice"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notice_exception")),
    )
    with op.batch_alter_table("notice_exception", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_notice_exception_notice_id"), ["notice_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("notice_exception", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notice_exception_notice_id"))
    op.drop_table("notice_exception")
    with op.batch_alter_table("notice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notice_deposit_due_on"))
        batch_op.drop_index(batch_op.f("ix_notice_departure_on"))
        batch_op.drop_index(batch_op.f("ix_notice_status"))
        batch_op.drop_index(batch_op.f("ix_notice_household_id"))
    op.drop_table("notice")
