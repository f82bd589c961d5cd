"""Audit hash chain and crypto-shredding: ``seq``, ``prev_hash`` and ``hash`` on
``audit_event``, the chain head ``audit_chain``, the per-household keys
``household_key``. The existing snapshots about a household's records are encrypted
with its key (none for anonymised households: their snapshots are erased), then the
existing events chained in their id order (triggers of 0003 suspended for that, then
restored).

Revision ID: 0013
Revises: 0012
"""

from alembic import op
import sqlalchemy as sa

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

APPEND_ONLY = "audit_event is append-only"
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END""",
    f"""CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END""",
)


def _chain_existing(bind) -> tuple[int, str]:
    from desktop.storage.chain import GENESIS, event_hash

    events = sa.table(
        "audit_event",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("before", sa.JSON),
        sa.column("after", sa.JSON),
        sa.column("seq", sa.BigInteger),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    prev, seq = GENESIS, 0
    rows = bind.execute(
        sa.select(
            events.c.id,
            events.c.at,
            events.c.actor,
            events.c.action,
            events.c.entity,
            events.c.entity_id,
            events.c.before,
            events.c.after,
        ).order_by(events.c.id)
    ).all()
    for row in rows:
        seq += 1
        digest = event_hash(
            seq,
            row.at,
            row.actor,
            row.action,
            row.entity,
            row.entity_id,
            row.before,
            row.after,
            prev,
        )
        bind.execute(
            events.update()
            .where(events.c.id == row.id)
            .values(seq=seq, prev_hash=prev, hash=digest)
        )
        prev = digest
    return seq, prev


_OWNERS = {  # entity -> SQL giving (record id, household id)
    "dossier": "SELECT id, id FROM household",
    "conge": "SELECT id, household_id FROM notice",
    "plan": "SELECT id, household_id FROM payment_plan",
    "document": "SELECT id, household_id FROM document",
    "campagne_fiche": "SELECT id, household_id FROM campaign_target",
    "campagne_appel": "SELECT c.id, t.household_id FROM campaign_call c "
    "JOIN campaign_target t ON t.id = c.target_id",
    "campagne_orientation": "SELECT r.id, t.household_id FROM campaign_referral r "
    "JOIN campaign_target t ON t.id = r.target_id",
    "caleol_point": "SELECT id, household_id FROM caleol_agenda_item",
}


def _encrypt_existing(bind) -> None:
    import datetime as dt

    from desktop.storage import shred

    events = sa.table(
        "audit_event",
        sa.column("id", sa.Integer),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("before", sa.JSON),
        sa.column("after", sa.JSON),
    )
    keys_table = sa.table(
        "household_key",
        sa.column("household_id", sa.Integer),
        sa.column("key", sa.String),
        sa.column("created_at", sa.DateTime),
    )
    inspector = sa.inspect(bind)
    anonymised = {
        r[0]
        for r in bind.execute(sa.text("SELECT id FROM household WHERE anonymised_on IS NOT NULL"))
    }
    keys: dict[int, str] = {}
    for entity, query in _OWNERS.items():
        table = query.split(" FROM ")[1].split()[0]
        if not inspector.has_table(table):
            continue
        owners = {r[0]: r[1] for r in bind.execute(sa.text(query)) if r[1] is not None}
        rows = bind.execute(
            sa.select(events.c.id, events.c.entity_id, events.c.before, events.c.after).where(
                events.c.entity == entity, events.c.entity_id.is_not(None)
            )
        ).all()
        for row in rows:
            hid = owners.get(row.entity_id)
            if hid is None or (row.before is None and row.after is None):
                continue
            if hid in anonymised:
                values = {
                    "before": None if row.before is None else dict(shred.ERASED),
                    "after": None if row.after is None else dict(shred.ERASED),
                }
            else:
                if hid not in keys:
                    keys[hid] = shred.new_key()
                    bind.execute(
                        keys_table.insert().values(
                            household_id=hid,
                            key=keys[hid],
                            created_at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
                        )
                    )
                values = {
                    "before": shred.encrypt(keys[hid], hid, row.before),
                    "after": shred.encrypt(keys[hid], hid, row.after),
                }
            bind.execute(events.update().where(events.c.id == row.id).values(**values))


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    op.add_column("audit_event", sa.Column("seq", sa.BigInteger(), nullable=True))
    op.add_column("audit_event", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_event", sa.Column("hash", sa.String(length=64), nullable=True))
    op.create_index("uq_audit_event_seq", "audit_event", ["seq"], unique=True)
    op.create_table(
        "audit_chain",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain")),
    )
    op.create_table(
        "household_key",
        sa.Column("household_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("household_id", name=op.f("pk_household_key")),
    )
    if postgres:
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    _encrypt_existing(bind)
    seq, last = _chain_existing(bind)
    if postgres:
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update")
    else:
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)
    chain = sa.table(
        "audit_chain",
        sa.column("id", sa.Integer),
        sa.column("seq", sa.BigInteger),
        sa.column("last_hash", sa.String),
    )
    bind.execute(chain.insert().values(id=1, seq=seq, last_hash=last))


def downgrade() -> None:
    op.drop_table("household_key")
    op.drop_table("audit_chain")
    op.drop_index("uq_audit_event_seq", table_name="audit_event")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")
