"""Issue 13: the crisis protocol signed with the tenant associations is a real
document: the protocol (its template's free fields), one row per signatory association
with who signed for it and when, and the link to the documents of the register produced
from it. New tables only: the downgrade drops them.

Revision ID: 0016
Revises: 0015
"""

from alembic import op
import sqlalchemy as sa


revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "crisis_protocol",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_protocol")),
    )
    op.create_table(
        "crisis_protocol_association",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("signatory", sa.String(length=200), nullable=False),
        sa.Column("signatory_role", sa.String(length=200), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["crisis_protocol.id"],
            name=op.f("fk_crisis_protocol_association_protocol_id_crisis_protocol"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_protocol_association")),
        sa.UniqueConstraint(
            "protocol_id", "name", name=op.f("uq_crisis_protocol_association_protocol_id")
        ),
    )
    with op.batch_alter_table("crisis_protocol_association", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_crisis_protocol_association_protocol_id"), ["protocol_id"], unique=False
        )

    op.create_table(
        "crisis_protocol_document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("protocol_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("signatures", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_crisis_protocol_document_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["protocol_id"],
            ["crisis_protocol.id"],
            name=op.f("fk_crisis_protocol_document_protocol_id_crisis_protocol"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_protocol_document")),
        sa.UniqueConstraint("document_id", name=op.f("uq_crisis_protocol_document_document_id")),
    )
    with op.batch_alter_table("crisis_protocol_document", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_crisis_protocol_document_protocol_id"), ["protocol_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("crisis_protocol_document", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crisis_protocol_document_protocol_id"))

    op.drop_table("crisis_protocol_document")
    with op.batch_alter_table("crisis_protocol_association", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_crisis_protocol_association_protocol_id"))

    op.drop_table("crisis_protocol_association")
    op.drop_table("crisis_protocol")
