"""Vigilance campaigns, callers, targets, calls, referrals (issue 8).

Revision ID: 0008
Revises: 0007
"""

from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "campaign",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("target_query_name", sa.String(length=60), nullable=False),
        sa.Column("target_filters", sa.JSON(), nullable=True),
        sa.Column("script", sa.JSON(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("planned_end_on", sa.Date(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("purged_on", sa.Date(), nullable=True),
        sa.Column("purge_mode", sa.String(length=12), nullable=False),
        sa.Column("final_figures", sa.JSON(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=True),
        sa.Column("target_count", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_campaign_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
        sa.UniqueConstraint("name", name=op.f("uq_campaign_name")),
    )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_campaign_status"), ["status"], unique=False)

    op.create_table(
        "campaign_caller",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_caller_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_campaign_caller_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_caller")),
        sa.UniqueConstraint("campaign_id", "user_id", name="uq_campaign_caller_campaign_user"),
    )
    with op.batch_alter_table("campaign_caller", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_caller_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_campaign_caller_user_id"), ["user_id"], unique=False)

    op.create_table(
        "campaign_target",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=True),
        sa.Column("caller_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("contact_name", sa.String(length=170), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("age_band", sa.String(length=10), nullable=False),
        sa.Column("isolated", sa.Boolean(), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("escalation_step", sa.String(length=12), nullable=False),
        sa.Column("reinforced_link", sa.Boolean(), nullable=False),
        sa.Column("next_call_on", sa.Date(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_outcome", sa.String(length=14), nullable=False),
        sa.Column("reached_on", sa.Date(), nullable=True),
        sa.Column("need_help", sa.Boolean(), nullable=False),
        sa.Column("help_in_place", sa.Boolean(), nullable=False),
        sa.Column("secured_on", sa.Date(), nullable=True),
        sa.Column("secured_via", sa.String(length=10), nullable=False),
        sa.Column("closed_reason", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_campaign_target_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["caller_id"], ["app_user.id"], name=op.f("fk_campaign_target_caller_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_target_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_campaign_target_household_id_household"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_target")),
        sa.UniqueConstraint(
            "campaign_id", "household_id", name="uq_campaign_target_campaign_household"
        ),
    )
    with op.batch_alter_table("campaign_target", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_target_agency_id"), ["agency_id"], unique=False
        )
        batch_op.create_index(
            "ix_campaign_target_caller_next", ["caller_id", "next_call_on"], unique=False
        )
        batch_op.create_index(
            "ix_campaign_target_campaign_state", ["campaign_id", "state"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_campaign_target_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_campaign_target_next_call_on"), ["next_call_on"], unique=False
        )

    op.create_table(
        "campaign_call",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("caller_id", sa.Integer(), nullable=True),
        sa.Column("called_at", sa.DateTime(), nullable=False),
        sa.Column("step", sa.String(length=12), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("person_reached", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.String(length=14), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=True),
        sa.Column("need_help", sa.Boolean(), nullable=False),
        sa.Column("help_in_place", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("next_action", sa.String(length=14), nullable=False),
        sa.Column("next_action_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["caller_id"], ["app_user.id"], name=op.f("fk_campaign_call_caller_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_call_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["campaign_target.id"],
            name=op.f("fk_campaign_call_target_id_campaign_target"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_call")),
    )
    with op.batch_alter_table("campaign_call", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_call_caller_id"), ["caller_id"], unique=False)
        batch_op.create_index(
            "ix_campaign_call_campaign_step", ["campaign_id", "step"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_campaign_call_target_id"), ["target_id"], unique=False)

    op.create_table(
        "campaign_referral",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("partner_type", sa.String(length=14), nullable=False),
        sa.Column("partner_name", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("help_in_place", sa.Boolean(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaign.id"],
            name=op.f("fk_campaign_referral_campaign_id_campaign"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["target_id"],
            ["campaign_target.id"],
            name=op.f("fk_campaign_referral_target_id_campaign_target"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_referral")),
    )
    with op.batch_alter_table("campaign_referral", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_campaign_referral_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_campaign_referral_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_campaign_referral_target_id"), ["target_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("campaign_referral", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_referral_target_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_referral_status"))
        batch_op.drop_index(batch_op.f("ix_campaign_referral_campaign_id"))
    op.drop_table("campaign_referral")
    with op.batch_alter_table("campaign_call", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_call_target_id"))
        batch_op.drop_index("ix_campaign_call_campaign_step")
        batch_op.drop_index(batch_op.f("ix_campaign_call_caller_id"))
    op.drop_table("campaign_call")
    with op.batch_alter_table("campaign_target", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_target_next_call_on"))
        batch_op.drop_index(batch_op.f("ix_campaign_target_household_id"))
        batch_op.drop_index("ix_campaign_target_campaign_state")
        batch_op.drop_index("ix_campaign_target_caller_next")
        batch_op.drop_index(batch_op.f("ix_campaign_target_agency_id"))
    op.drop_table("campaign_target")
    with op.batch_alter_table("campaign_caller", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_caller_user_id"))
        batch_op.drop_index(batch_op.f("ix_campaign_caller_campaign_id"))
    op.drop_table("campaign_caller")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_status"))
        batch_op.drop_index(batch_op.f("ix_campaign_agency_id"))
    op.drop_table("campaign")
