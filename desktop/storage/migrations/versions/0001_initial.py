"""Initial schema: tenant files, dwellings, leases, search index, timeline, audit.

Money and surfaces are stored as integer hundredths (see desktop.storage.types).

Revision ID: 0001
Revises:
Create Date: 2026-11-25 13:36:04.960582
"""

from alembic import op
import sqlalchemy as sa


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agency",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agency")),
        sa.UniqueConstraint("code", name=op.f("uq_agency_code")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=80), nullable=False),
        sa.Column("full_name", sa.String(length=160), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_actor"), ["actor"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index("ix_audit_event_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "dwelling",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("address_line", sa.String(length=120), nullable=False),
        sa.Column("address_complement", sa.String(length=120), nullable=False),
        sa.Column("postcode", sa.String(length=5), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("dwelling_type", sa.String(length=2), nullable=False),
        sa.Column("surface", sa.BigInteger(), nullable=True),
        sa.Column("floor", sa.Integer(), nullable=True),
        sa.Column("building", sa.String(length=80), nullable=False),
        sa.Column("programme", sa.String(length=80), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_dwelling_agency_id_agency")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dwelling")),
        sa.UniqueConstraint("reference", name=op.f("uq_dwelling_reference")),
    )
    with op.batch_alter_table("dwelling", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_dwelling_agency_id"), ["agency_id"], unique=False)

    op.create_table(
        "household",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("dwelling_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=170), nullable=False),
        sa.Column("sort_name", sa.String(length=170), nullable=False),
        sa.Column("contract_number", sa.String(length=40), nullable=False),
        sa.Column("dwelling_reference", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=260), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=False),
        sa.Column("isolated", sa.Boolean(), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("eldest_birth_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("close_reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agency.id"], name=op.f("fk_household_agency_id_agency")
        ),
        sa.ForeignKeyConstraint(
            ["dwelling_id"], ["dwelling.id"], name=op.f("fk_household_dwelling_id_dwelling")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_household_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_balance"), ["balance"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_city"), ["city"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_contract_number"), ["contract_number"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_household_dwelling_id"), ["dwelling_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_household_dwelling_reference"), ["dwelling_reference"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_eldest_birth_date"), ["eldest_birth_date"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_household_sort_name"), ["sort_name"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_status"), ["status"], unique=False)

    op.create_table(
        "lease",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("contract_number", sa.String(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("rent", sa.BigInteger(), nullable=False),
        sa.Column("charges", sa.BigInteger(), nullable=False),
        sa.Column("zone_tendue", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_lease_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lease")),
        sa.UniqueConstraint("contract_number", name=op.f("uq_lease_contract_number")),
        sa.UniqueConstraint("household_id", name=op.f("uq_lease_household_id")),
    )
    op.create_table(
        "occupant",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("civility", sa.String(length=4), nullable=False),
        sa.Column("last_name", sa.String(length=80), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=160), nullable=False),
        sa.Column("is_titular", sa.Boolean(), nullable=False),
        sa.Column("disability", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_occupant_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_occupant")),
    )
    with op.batch_alter_table("occupant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_occupant_birth_date"), ["birth_date"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_occupant_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "search_token",
        sa.Column(
            "token",
            sa.String(length=64).with_variant(sa.String(length=64, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_search_token_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("token", "household_id", name=op.f("pk_search_token")),
    )
    with op.batch_alter_table("search_token", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_search_token_household_id"), ["household_id"], unique=False
        )

    op.create_table(
        "timeline_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
            name=op.f("fk_timeline_event_household_id_household"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_timeline_event")),
    )
    with op.batch_alter_table("timeline_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_timeline_event_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            "ix_timeline_household_time", ["household_id", "occurred_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("timeline_event", schema=None) as batch_op:
        batch_op.drop_index("ix_timeline_household_time")
        batch_op.drop_index(batch_op.f("ix_timeline_event_household_id"))

    op.drop_table("timeline_event")
    with op.batch_alter_table("search_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_search_token_household_id"))

    op.drop_table("search_token")
    with op.batch_alter_table("occupant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_occupant_household_id"))
        batch_op.drop_index(batch_op.f("ix_occupant_birth_date"))

    op.drop_table("occupant")
    op.drop_table("lease")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_status"))
        batch_op.drop_index(batch_op.f("ix_household_sort_name"))
        batch_op.drop_index(batch_op.f("ix_household_eldest_birth_date"))
        batch_op.drop_index(batch_op.f("ix_household_dwelling_reference"))
        batch_op.drop_index(batch_op.f("ix_household_dwelling_id"))
        batch_op.drop_index(batch_op.f("ix_household_contract_number"))
        batch_op.drop_index(batch_op.f("ix_household_city"))
        batch_op.drop_index(batch_op.f("ix_household_balance"))
        batch_op.drop_index(batch_op.f("ix_household_agency_id"))

    op.drop_table("household")
    with op.batch_alter_table("dwelling", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dwelling_agency_id"))

    op.drop_table("dwelling")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_event_entity")
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))
        batch_op.drop_index(batch_op.f("ix_audit_event_actor"))

    op.drop_table("audit_event")
    op.drop_table("app_user")
    op.drop_table("agency")
