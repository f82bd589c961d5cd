"""CALEOL commission, members, sessions, attendance, proxies, agenda items, candidates,
decisions, votes, conflicts of interest (issue 7).

Money is stored as integer cents, surfaces and effort rates as hundredths (see
desktop.storage.types).

Revision ID: 0007
Revises: 0006
"""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "caleol_commission",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=160), nullable=False),
        sa.Column("territory", sa.String(length=160), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("reglement_version", sa.Text(), nullable=False),
        sa.Column("remote_allowed", sa.Boolean(), nullable=False),
        sa.Column("designated_required", sa.Integer(), nullable=False),
        sa.Column("max_proxies_per_holder", sa.Integer(), nullable=False),
        sa.Column("remote_min_share_num", sa.Integer(), nullable=False),
        sa.Column("remote_min_share_den", sa.Integer(), nullable=False),
        sa.Column("remote_count_represented", sa.Boolean(), nullable=False),
        sa.Column("technical_means_default", sa.Text(), nullable=False),
        sa.Column("offer_days", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_caleol_commission_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_commission")),
        sa.UniqueConstraint("name", name=op.f("uq_caleol_commission_name")),
    )
    with op.batch_alter_table("caleol_commission", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_commission_agency_id"), ["agency_id"], unique=False
        )

    op.create_table(
        "caleol_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commission_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("civility", sa.String(length=4), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("organisation", sa.String(length=160), nullable=False),
        sa.Column("commune", sa.String(length=80), nullable=False),
        sa.Column("email", sa.String(length=160), nullable=False),
        sa.Column("voting", sa.Boolean(), nullable=False),
        sa.Column("substitute_of_id", sa.Integer(), nullable=True),
        sa.Column("mandate_start", sa.Date(), nullable=True),
        sa.Column("mandate_end", sa.Date(), nullable=True),
        sa.Column("is_president", sa.Boolean(), nullable=False),
        sa.Column("app_user_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["app_user_id"],
            ["app_user.id"],
            name=op.f("fk_caleol_member_app_user_id_app_user"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["caleol_commission.id"],
            name=op.f("fk_caleol_member_commission_id_caleol_commission"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["substitute_of_id"],
            ["caleol_member.id"],
            name=op.f("fk_caleol_member_substitute_of_id_caleol_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_member")),
    )
    with op.batch_alter_table("caleol_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_member_app_user_id"), ["app_user_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_member_commission_id"), ["commission_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_member_substitute_of_id"), ["substitute_of_id"], unique=False
        )

    op.create_table(
        "caleol_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commission_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("technical_means", sa.Text(), nullable=False),
        sa.Column("vote_opens_at", sa.DateTime(), nullable=True),
        sa.Column("vote_closes_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("physical_requested_by_id", sa.Integer(), nullable=True),
        sa.Column("physical_requested_at", sa.DateTime(), nullable=True),
        sa.Column("physical_request_note", sa.Text(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("locked_by", sa.String(length=80), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["commission_id"],
            ["caleol_commission.id"],
            name=op.f("fk_caleol_session_commission_id_caleol_commission"),
        ),
        sa.ForeignKeyConstraint(
            ["physical_requested_by_id"],
            ["caleol_member.id"],
            name=op.f("fk_caleol_session_physical_requested_by_id_caleol_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_session")),
        sa.UniqueConstraint(
            "commission_id", "number", name=op.f("uq_caleol_session_commission_id")
        ),
    )
    with op.batch_alter_table("caleol_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_session_session_date"), ["session_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_caleol_session_status"), ["status"], unique=False)

    op.create_table(
        "caleol_agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("dwelling_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=260), nullable=False),
        sa.Column("postcode", sa.String(length=5), nullable=False),
        sa.Column("commune", sa.String(length=80), nullable=False),
        sa.Column("dwelling_type", sa.String(length=2), nullable=False),
        sa.Column("surface", sa.BigInteger(), nullable=True),
        sa.Column("floor", sa.Integer(), nullable=True),
        sa.Column("rent", sa.BigInteger(), nullable=True),
        sa.Column("charges", sa.BigInteger(), nullable=True),
        sa.Column("accessibility", sa.Text(), nullable=False),
        sa.Column("funding", sa.String(length=20), nullable=False),
        sa.Column("contingent", sa.String(length=120), nullable=False),
        sa.Column("fewer_candidates_reason", sa.String(length=20), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("household_name", sa.String(length=170), nullable=False),
        sa.Column("ground", sa.String(length=40), nullable=True),
        sa.Column("finding", sa.Text(), nullable=False),
        sa.Column("suitable_dwelling", sa.Text(), nullable=False),
        sa.Column("advice", sa.Text(), nullable=False),
        sa.Column("finding_recorded_at", sa.DateTime(), nullable=True),
        sa.Column("finding_recorded_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dwelling_id"],
            ["dwelling.id"],
            name=op.f("fk_caleol_agenda_item_dwelling_id_dwelling"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_caleol_agenda_item_household_id_household"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["caleol_session.id"],
            name=op.f("fk_caleol_agenda_item_session_id_caleol_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_agenda_item")),
    )
    with op.batch_alter_table("caleol_agenda_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_agenda_item_dwelling_id"), ["dwelling_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_agenda_item_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_agenda_item_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "caleol_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("connected_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["caleol_member.id"],
            name=op.f("fk_caleol_attendance_member_id_caleol_member"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["caleol_session.id"],
            name=op.f("fk_caleol_attendance_session_id_caleol_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_attendance")),
        sa.UniqueConstraint(
            "session_id", "member_id", name=op.f("uq_caleol_attendance_session_id")
        ),
    )
    with op.batch_alter_table("caleol_attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_attendance_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "caleol_proxy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("giver_id", sa.Integer(), nullable=False),
        sa.Column("holder_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["giver_id"], ["caleol_member.id"], name=op.f("fk_caleol_proxy_giver_id_caleol_member")
        ),
        sa.ForeignKeyConstraint(
            ["holder_id"],
            ["caleol_member.id"],
            name=op.f("fk_caleol_proxy_holder_id_caleol_member"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["caleol_session.id"],
            name=op.f("fk_caleol_proxy_session_id_caleol_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_proxy")),
        sa.UniqueConstraint("session_id", "giver_id", name=op.f("uq_caleol_proxy_session_id")),
    )
    with op.batch_alter_table("caleol_proxy", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_caleol_proxy_giver_id"), ["giver_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_caleol_proxy_holder_id"), ["holder_id"], unique=False)

    op.create_table(
        "caleol_candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("numero_unique", sa.String(length=30), nullable=False),
        sa.Column("civility", sa.String(length=4), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("postal_address", sa.Text(), nullable=False),
        sa.Column("household_composition", sa.Text(), nullable=False),
        sa.Column("adults", sa.Integer(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=False),
        sa.Column("monthly_resources", sa.BigInteger(), nullable=True),
        sa.Column("effort_rate", sa.BigInteger(), nullable=True),
        sa.Column("remaining_income_per_unit", sa.BigInteger(), nullable=True),
        sa.Column("priority_criteria", sa.JSON(), nullable=False),
        sa.Column("public_prioritaire", sa.Boolean(), nullable=False),
        sa.Column("current_housing", sa.Text(), nullable=False),
        sa.Column("application_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(length=40), nullable=True),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("condition_document", sa.String(length=200), nullable=False),
        sa.Column("condition_deadline", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=False),
        sa.Column("tally_outcome", sa.String(length=10), nullable=True),
        sa.Column("tally_pour", sa.Integer(), nullable=True),
        sa.Column("tally_contre", sa.Integer(), nullable=True),
        sa.Column("tally_abstention", sa.Integer(), nullable=True),
        sa.Column("casting_vote_used", sa.Boolean(), nullable=False),
        sa.Column("notified_on", sa.Date(), nullable=True),
        sa.Column("offer_deadline", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["caleol_agenda_item.id"],
            name=op.f("fk_caleol_candidate_agenda_item_id_caleol_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_candidate")),
        sa.UniqueConstraint(
            "agenda_item_id", "numero_unique", name=op.f("uq_caleol_candidate_agenda_item_id")
        ),
    )
    op.create_table(
        "caleol_conflict",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["caleol_agenda_item.id"],
            name=op.f("fk_caleol_conflict_agenda_item_id_caleol_agenda_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["caleol_candidate.id"],
            name=op.f("fk_caleol_conflict_candidate_id_caleol_candidate"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["caleol_member.id"],
            name=op.f("fk_caleol_conflict_member_id_caleol_member"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_conflict")),
    )
    with op.batch_alter_table("caleol_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_caleol_conflict_agenda_item_id"), ["agenda_item_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_conflict_candidate_id"), ["candidate_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_caleol_conflict_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "caleol_vote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("vote", sa.String(length=12), nullable=False),
        sa.Column("voted_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["caleol_candidate.id"],
            name=op.f("fk_caleol_vote_candidate_id_caleol_candidate"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["caleol_member.id"], name=op.f("fk_caleol_vote_member_id_caleol_member")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_caleol_vote")),
        sa.UniqueConstraint("candidate_id", "member_id", name=op.f("uq_caleol_vote_candidate_id")),
    )
    with op.batch_alter_table("caleol_vote", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_caleol_vote_member_id"), ["member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("caleol_vote", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_vote_member_id"))

    op.drop_table("caleol_vote")
    with op.batch_alter_table("caleol_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_conflict_member_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_conflict_candidate_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_conflict_agenda_item_id"))

    op.drop_table("caleol_conflict")
    op.drop_table("caleol_candidate")
    with op.batch_alter_table("caleol_proxy", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_proxy_holder_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_proxy_giver_id"))

    op.drop_table("caleol_proxy")
    with op.batch_alter_table("caleol_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_attendance_member_id"))

    op.drop_table("caleol_attendance")
    with op.batch_alter_table("caleol_agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_agenda_item_session_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_agenda_item_household_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_agenda_item_dwelling_id"))

    op.drop_table("caleol_agenda_item")
    with op.batch_alter_table("caleol_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_session_status"))
        batch_op.drop_index(batch_op.f("ix_caleol_session_session_date"))

    op.drop_table("caleol_session")
    with op.batch_alter_table("caleol_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_member_substitute_of_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_member_commission_id"))
        batch_op.drop_index(batch_op.f("ix_caleol_member_app_user_id"))

    op.drop_table("caleol_member")
    with op.batch_alter_table("caleol_commission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_caleol_commission_agency_id"))

    op.drop_table("caleol_commission")
