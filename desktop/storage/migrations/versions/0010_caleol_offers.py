"""CALEOL offers: follow-up of the offer made after a decision (issue 7).

Per candidate: the offer's status (OFFERED, ACCEPTED, REFUSED, LAPSED, WITHDRAWN; NULL
while not offered), the answer date, the refusal reason, the date the registered letter
was presented (the deadline then runs from it), the lease signature, and the delay and
holiday calendar stated in the offer letter.

Revision ID: 0010
Revises: 0009
"""

from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("caleol_candidate", schema=None) as batch_op:
        batch_op.add_column(sa.Column("offer_status", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("offer_answer_on", sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column("offer_refusal_reason", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("presented_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("lease_signed_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("offer_days", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "offer_alsace_moselle", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_candidate_offer_status"), ["offer_status"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("caleol_candidate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_candidate_offer_status"))
        batch_op.drop_column("offer_alsace_moselle")
        batch_op.drop_column("offer_days")
        batch_op.drop_column("lease_signed_on")
        batch_op.drop_column("presented_on")
        batch_op.drop_column("offer_refusal_reason")
        batch_op.drop_column("offer_answer_on")
        batch_op.drop_column("offer_status")
