"""CALEOL session: the member named as the president's substitute for the session
(*président de séance*). He presides and signs the minutes in the president's place;
empty, the commission's president does.

CALEOL candidate: whether his offer letter went by registered mail. The answer
deadline of a registered offer runs from its receipt (first presentation): unknown
until that date is recorded.

Revision ID: 0015
Revises: 0014
"""

from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("caleol_session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("acting_president_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_caleol_session_acting_president_id_caleol_member"),
            "caleol_member",
            ["acting_president_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("caleol_candidate", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("offer_registered", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("caleol_candidate", schema=None) as batch_op:
        batch_op.drop_column("offer_registered")
    with op.batch_alter_table("caleol_session", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_caleol_session_acting_president_id_caleol_member"), type_="foreignkey"
        )
        batch_op.drop_column("acting_president_id")
