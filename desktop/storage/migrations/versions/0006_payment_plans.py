"""Payment-deferral agreements, schedules, payments, follow-ups (issue 5).

Money is stored as integer cents (see desktop.storage.types).

Revision ID: 0006
Revises: 0005
"""

from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "payment_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("plan_type", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("debt", sa.BigInteger(), nullable=False),
        sa.Column("debt_on", sa.Date(), nullable=False),
        sa.Column("current_rent", sa.BigInteger(), nullable=False),
        sa.Column("current_charges", sa.BigInteger(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("months", sa.Integer(), nullable=True),
        sa.Column("monthly", sa.BigInteger(), nullable=True),
        sa.Column("day", sa.Integer(), nullable=True),
        sa.Column("aid_body", sa.String(length=3), nullable=False),
        sa.Column("aid_reference", sa.String(length=40), nullable=False),
        sa.Column("aid_to_landlord", sa.Boolean(), nullable=False),
        sa.Column("aid_approved_on", sa.Date(), nullable=True),
        sa.Column("fsl", sa.Boolean(), nullable=False),
        sa.Column("fsl_amount", sa.BigInteger(), nullable=True),
        sa.Column("ccas", sa.Boolean(), nullable=False),
        sa.Column("ccas_amount", sa.BigInteger(), nullable=True),
        sa.Column("landlord_signatory", sa.String(length=120), nullable=False),
        sa.Column("judgment_on", sa.Date(), nullable=True),
        sa.Column("end_on", sa.Date(), nullable=True),
        sa.Column("new_lease_months", sa.Integer(), nullable=True),
        sa.Column("avenant_signed_on", sa.Date(), nullable=True),
        sa.Column("avenant_end_on", sa.Date(), nullable=True),
        sa.Column("new_lease_due_on", sa.Date(), nullable=True),
        sa.Column("breach_missed", sa.Integer(), nullable=False),
        sa.Column("breach_rent_unpaid", sa.Boolean(), nullable=False),
        sa.Column("payments_cover_rent", sa.Boolean(), nullable=False),
        sa.Column("grace_days", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("proposed_on", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("breached_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("status_reason", sa.String(length=200), nullable=False),
        sa.Column("summons_on", sa.Date(), nullable=True),
        sa.Column("paid_total", sa.BigInteger(), nullable=False),
        sa.Column("remaining", sa.BigInteger(), nullable=False),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("next_check_on", sa.Date(), nullable=True),
        sa.Column("unpaid_count", sa.Integer(), nullable=False),
        sa.Column("next_follow_up", sa.String(length=30), nullable=False),
        sa.Column("next_follow_up_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_payment_plan_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan")),
    )
    with op.batch_alter_table("payment_plan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_plan_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_payment_plan_next_check_on"), ["next_check_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_payment_plan_status"), ["status"], unique=False)

    op.create_table(
        "payment_plan_follow_up",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.String(length=200), nullable=False),
        sa.Column("done_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["payment_plan.id"],
            name=op.f("fk_payment_plan_follow_up_plan_id_payment_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan_follow_up")),
    )
    with op.batch_alter_table("payment_plan_follow_up", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_plan_follow_up_plan_id"), ["plan_id"], unique=False
        )

    op.create_table(
        "payment_plan_instalment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["payment_plan.id"],
            name=op.f("fk_payment_plan_instalment_plan_id_payment_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan_instalment")),
    )
    with op.batch_alter_table("payment_plan_instalment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_plan_instalment_plan_id"), ["plan_id"], unique=False
        )

    op.create_table(
        "payment_plan_payment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("reference", sa.String(length=80), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("source_file", sa.String(length=200), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["payment_plan.id"],
            name=op.f("fk_payment_plan_payment_plan_id_payment_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_plan_payment")),
    )
    with op.batch_alter_table("payment_plan_payment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payment_plan_payment_plan_id"), ["plan_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("payment_plan_payment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_plan_payment_plan_id"))
    op.drop_table("payment_plan_payment")
    with op.batch_alter_table("payment_plan_instalment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_plan_instalment_plan_id"))
    op.drop_table("payment_plan_instalment")
    with op.batch_alter_table("payment_plan_follow_up", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_plan_follow_up_plan_id"))
    op.drop_table("payment_plan_follow_up")
    with op.batch_alter_table("payment_plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payment_plan_status"))
        batch_op.drop_index(batch_op.f("ix_payment_plan_next_check_on"))
        batch_op.drop_index(batch_op.f("ix_payment_plan_household_id"))
    op.drop_table("payment_plan")
