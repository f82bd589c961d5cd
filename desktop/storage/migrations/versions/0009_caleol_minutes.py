"""CALEOL minutes: versions, reviews, signature and lock (issue 7).

The session's lock itself is ``caleol_session.locked`` (migration 0007).

Revision ID: 0009
Revises: 0008
"""

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "caleol_minutes_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("html_sha256", sa.String(length=64), nullable=False),
        sa.Column("pdf_path", sa.String(length=500), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("signature_box", sa.JSON(), nullable=True),
        sa.Column("change_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("sent_by", sa.String(length=80), nullable=False),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["caleol_session.id"],
            name=op.f("fk_caleol_minutes_version_session_id_caleol_session"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_minutes_version")),
        sa.UniqueConstraint(
            "session_id", "number", name=op.f("uq_caleol_minutes_version_session_id")
        ),
    )
    with op.batch_alter_table("caleol_minutes_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_minutes_version_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_minutes_version_status"), ["status"], unique=False
        )

    op.create_table(
        "caleol_minutes_review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(length=10), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("via", sa.String(length=10), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["caleol_member.id"],
            name=op.f("fk_caleol_minutes_review_member_id_caleol_member"),
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["caleol_minutes_version.id"],
            name=op.f("fk_caleol_minutes_review_version_id_caleol_minutes_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_minutes_review")),
        sa.UniqueConstraint(
            "version_id", "member_id", name=op.f("uq_caleol_minutes_review_version_id")
        ),
    )
    with op.batch_alter_table("caleol_minutes_review", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_minutes_review_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_minutes_review_version_id"), ["version_id"], unique=False
        )

    op.create_table(
        "caleol_minutes_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("signer", sa.String(length=200), nullable=False),
        sa.Column("certificate_subject", sa.Text(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("signed_by", sa.String(length=80), nullable=False),
        sa.Column("pdf_path", sa.String(length=500), nullable=False),
        sa.Column("pdf_sha256", sa.String(length=64), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_caleol_minutes_signature_document_id_document"),
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["caleol_member.id"],
            name=op.f("fk_caleol_minutes_signature_member_id_caleol_member"),
        ),
        sa.ForeignKeyConstraint(
            ["version_id"],
            ["caleol_minutes_version.id"],
            name=op.f("fk_caleol_minutes_signature_version_id_caleol_minutes_version"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_minutes_signature")),
        sa.UniqueConstraint("version_id", name=op.f("uq_caleol_minutes_signature_version_id")),
    )
    with op.batch_alter_table("caleol_minutes_signature", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_minutes_signature_document_id"), ["document_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("caleol_minutes_signature", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_minutes_signature_document_id"))
    op.drop_table("caleol_minutes_signature")
    with op.batch_alter_table("caleol_minutes_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_minutes_review_version_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_minutes_review_member_id"))
    op.drop_table("caleol_minutes_review")
    with op.batch_alter_table("caleol_minutes_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_minutes_version_status"))
        batch_op.drop_index(batch_op.f("ix_caleol_minutes_version_session_id"))
    op.drop_table("caleol_minutes_version")
