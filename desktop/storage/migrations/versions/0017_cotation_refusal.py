"""Issue 17: refusals of an offered dwelling qualified for the cotation (adapted to the
household or not, legitimate reason or not, and why), by the applicant's numéro unique.

Revision ID: 0017
Revises: 0016
"""

from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cotation_refusal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("numero_unique", sa.String(length=30), nullable=False),
        sa.Column("refused_on", sa.Date(), nullable=False),
        sa.Column("dwelling", sa.String(length=200), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("adapted", sa.Boolean(), nullable=False),
        sa.Column("legitimate", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["caleol_candidate.id"],
            name=op.f("fk_cotation_refusal_candidate_id_caleol_candidate"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cotation_refusal")),
        sa.UniqueConstraint("candidate_id", name=op.f("uq_cotation_refusal_candidate_id")),
    )
    with op.batch_alter_table("cotation_refusal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cotation_refusal_numero_unique"), ["numero_unique"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("cotation_refusal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cotation_refusal_numero_unique"))
    op.drop_table("cotation_refusal")
