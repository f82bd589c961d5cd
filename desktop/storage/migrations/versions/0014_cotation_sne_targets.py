"""Issue 17: cotation grids (versions and criteria) and each candidate's cotation, the
allocations reported to the national register (SNE), the attribution-target settings per
EPCI and year (first-quartile threshold, rates), the messages sent to members
(convocations, minutes to review), and the dwelling's financing, QPV flag, reservation
holder and EPCI.

Points and money are stored as integer hundredths (desktop.storage.types).

Revision ID: 0014
Revises: 0013
"""

from alembic import op
import sqlalchemy as sa

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attribution_target_setting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epci", sa.String(length=160), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("first_quartile_amount", sa.BigInteger(), nullable=True),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("rate_first_quartile_outside_qpv", sa.BigInteger(), nullable=False),
        sa.Column("rate_other_quartiles_in_qpv", sa.BigInteger(), nullable=False),
        sa.Column("rate_priority_per_holder", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attribution_target_setting")),
        sa.UniqueConstraint("epci", "year", name=op.f("uq_attribution_target_setting_epci")),
    )
    op.create_table(
        "cotation_grid",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epci", sa.String(length=160), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("example", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("row_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cotation_grid")),
        sa.UniqueConstraint("epci", "version", name=op.f("uq_cotation_grid_epci")),
    )
    with op.batch_alter_table("cotation_grid", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cotation_grid_epci"), ["epci"], unique=False)

    op.create_table(
        "cotation_criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("grid_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=30), nullable=False),
        sa.Column("points", sa.BigInteger(), nullable=False),
        sa.Column("cap", sa.BigInteger(), nullable=True),
        sa.Column("parameter", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["grid_id"],
            ["cotation_grid.id"],
            name=op.f("fk_cotation_criterion_grid_id_cotation_grid"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cotation_criterion")),
        sa.UniqueConstraint("grid_id", "code", name=op.f("uq_cotation_criterion_grid_id")),
    )
    with op.batch_alter_table("cotation_criterion", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cotation_criterion_grid_id"), ["grid_id"], unique=False
        )

    op.create_table(
        "caleol_member_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=160), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("message_id", sa.String(length=200), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_caleol_member_message_document_id_document"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["caleol_member.id"],
            name=op.f("fk_caleol_member_message_member_id_caleol_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["caleol_session.id"],
            name=op.f("fk_caleol_member_message_session_id_caleol_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_member_message")),
    )
    with op.batch_alter_table("caleol_member_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_member_message_member_id"), ["member_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_member_message_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "cotation_candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("housing_situation", sa.String(length=30), nullable=False),
        sa.Column("urban_renewal", sa.Boolean(), nullable=False),
        sa.Column("manual", sa.JSON(), nullable=False),
        sa.Column("grid_id", sa.Integer(), nullable=True),
        sa.Column("computed_on", sa.Date(), nullable=True),
        sa.Column("total", sa.BigInteger(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("register_score", sa.BigInteger(), nullable=True),
        sa.Column("register_differs", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["caleol_candidate.id"],
            name=op.f("fk_cotation_candidate_candidate_id_caleol_candidate"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["grid_id"],
            ["cotation_grid.id"],
            name=op.f("fk_cotation_candidate_grid_id_cotation_grid"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cotation_candidate")),
        sa.UniqueConstraint("candidate_id", name=op.f("uq_cotation_candidate_candidate_id")),
    )
    with op.batch_alter_table("cotation_candidate", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cotation_candidate_grid_id"), ["grid_id"], unique=False
        )

    op.create_table(
        "sne_export",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("numero_unique", sa.String(length=30), nullable=False),
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("file_name", sa.String(length=260), nullable=False),
        sa.Column("exported_at", sa.DateTime(), nullable=False),
        sa.Column("exported_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["caleol_candidate.id"],
            name=op.f("fk_sne_export_candidate_id_caleol_candidate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sne_export")),
        sa.UniqueConstraint("candidate_id", name=op.f("uq_sne_export_candidate_id")),
    )
    with op.batch_alter_table("sne_export", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sne_export_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sne_export_numero_unique"), ["numero_unique"], unique=False
        )

    # Plain ALTER TABLE ... ADD COLUMN: a batch copy of "dwelling" would drop a table
    # that leases point to, which the enforced foreign keys refuse on a filled base.
    op.add_column(
        "dwelling", sa.Column("financing", sa.String(length=20), nullable=False, server_default="")
    )
    op.add_column(
        "dwelling", sa.Column("in_qpv", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.add_column(
        "dwelling",
        sa.Column("reservation_holder", sa.String(length=120), nullable=False, server_default=""),
    )
    op.add_column(
        "dwelling", sa.Column("epci", sa.String(length=160), nullable=False, server_default="")
    )

    # ### end Alembic commands ###


def downgrade() -> None:
    # Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): a batch copy of "dwelling" would
    # drop a table that leases point to, which the enforced foreign keys refuse.
    for column in ("epci", "reservation_holder", "in_qpv", "financing"):
        op.drop_column("dwelling", column)

    with op.batch_alter_table("sne_export", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sne_export_numero_unique"))
        batch_op.drop_index(batch_op.f("ix_sne_export_batch_id"))

    op.drop_table("sne_export")
    with op.batch_alter_table("cotation_candidate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cotation_candidate_grid_id"))

    op.drop_table("cotation_candidate")
    with op.batch_alter_table("caleol_member_message", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_member_message_session_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_member_message_member_id"))

    op.drop_table("caleol_member_message")
    with op.batch_alter_table("cotation_criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cotation_criterion_grid_id"))

    op.drop_table("cotation_criterion")
    with op.batch_alter_table("cotation_grid", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cotation_grid_epci"))

    op.drop_table("cotation_grid")
    op.drop_table("attribution_target_setting")
    # ### end Alembic commands ###
