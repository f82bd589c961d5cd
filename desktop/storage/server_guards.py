"""The server's triggers: what the application never does to a signed record is refused
by PostgreSQL itself, even to an account that writes the table (SQL by hand).

Set up by ``server_roles.init_server`` with the grants and policies
(docs/server-roles.md): a CALEOL session locked by its signed minutes, a signed
payment agreement and its schedule, the audit chain's head, the register of
documents, the anonymisation mark of the retention purge and the audit trail's keys.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.storage.anonymised import ANONYMISATION, ANONYMISED_TABLES

# Tables named by the guards (and by server_roles' grants).
AUDIT_HEAD = "audit_chain"
KEYS = "household_key"
CANDIDATE_KEYS = "caleol_candidate_key"
DOCUMENTS = "document"


def q(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def lit(value: str) -> str:
    """A quoted SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


# What stays writable on a CALEOL session locked by its signed minutes (the rest of a
# locked session's rows is refused by the server too): the follow-up of the offers on a
# candidate (services/caleol/offers.py, the notification of the decision letters), and
# what the retention purge blanks on an occupation review (services/retention.py).
LOCKED_FREE_COLUMNS = {
    "caleol_session": ("version", "updated_at", "updated_by"),
    "caleol_candidate": (
        "version",
        "updated_at",
        "updated_by",
        "notified_on",
        "offer_deadline",
        "offer_status",
        "offer_answer_on",
        "offer_refusal_reason",
        "presented_on",
        "lease_signed_on",
        "offer_days",
        "offer_alsace_moselle",
        "offer_registered",
        "anonymised_on",
    ),
    "caleol_agenda_item": ("version", "household_name"),
    "caleol_minutes_version": ("version", "status"),
    "cotation_candidate": ("version", "updated_at", "updated_by"),
    # A signed payment agreement: its workflow, summary, avenant and the withdrawal of a
    # contributor's promise move on; its terms (debt, rent, dates, parties, breach rule)
    # do not (services/plans).
    "payment_plan": (
        "version",
        "updated_at",
        "updated_by",
        "status",
        "months",
        "monthly",
        "avenant_signed_on",
        "avenant_end_on",
        "new_lease_due_on",
        "breached_on",
        "closed_on",
        "status_reason",
        "summons_on",
        "fsl_withdrawn_on",
        "fsl_owed_from",
        "fsl_withdrawal_reason",
        "ccas_withdrawn_on",
        "ccas_owed_from",
        "ccas_withdrawal_reason",
        "paid_total",
        "remaining",
        "next_due_on",
        "tenants_due_on",
        "awaited_from",
        "next_check_on",
        "unpaid_count",
        "next_follow_up",
        "next_follow_up_on",
    ),
}
# Columns the purge empties (set to "" or NULL, never to another value).
LOCKED_BLANKED_COLUMNS = {
    "caleol_agenda_item": (
        "notes",
        "finding",
        "suitable_dwelling",
        "advice",
        "dwelling_id",
        "household_id",
    ),
    "document": ("docx_path", "pdf_path", "subject", "signer"),
    "payment_plan": ("notes", "aid_reference", "landlord_signatory"),
}
# What the retention purge anonymises in a candidature of a locked session
# (services/retention.py): only an administrator (the purge's right), only to an
# empty value ("", NULL, [], {}), to ANONYME or to "ANON-" and the row's id, and only
# in a row marked anonymised (``anonymised_on``, set by the same UPDATE): the seals are
# not checked on a server, so an administrator's SQL could otherwise empty the reason
# of a signed decision without a trace. Unlike
# LOCKED_BLANKED_COLUMNS they stay in the session's seal: the purge seals the session
# again in its audit event (services/caleol/seal.py).
PURGE_ANONYMISED_COLUMNS = {
    "caleol_candidate": (
        "numero_unique",
        "civility",
        "last_name",
        "first_name",
        "postal_address",
        "household_composition",
        "effort_rate",
        "remaining_income_per_unit",
        "priority_criteria",
        "current_housing",
        "application_date",
        "notes",
        "reason",
    ),
    # (in the change that follows its candidature's: marked anonymised just before)
    "cotation_candidate": ("housing_situation", "manual", "detail"),
}
# The statuses of an agreement that may still be edited (domain/plans.EDITABLE).
PLAN_EDITABLE = ("PROJET", "PROPOSE")
# The tables of a session's content, guarded once the session is locked.
LOCKED_TABLES = (
    "caleol_session",
    "caleol_attendance",
    "caleol_proxy",
    "caleol_agenda_item",
    "caleol_candidate",
    "caleol_vote",
    "caleol_conflict",
    "caleol_minutes_version",
    "caleol_minutes_review",
    "caleol_minutes_signature",
    # The cotation examined (its facts and score; services/cotation refuses it too).
    "cotation_candidate",
)


def sql_array(values: Iterable[str]) -> str:
    return "ARRAY[" + ", ".join(lit(v) for v in values) + "]::text[]"


def sql_tuple(values: Iterable[str]) -> str:
    return "(" + ", ".join(lit(v) for v in values) + ")"


def guard_functions(owner: str) -> list[str]:
    """Triggers' functions: what the application never does to a signed record is
    refused by the server, even to an account that writes the table (SQL by hand)."""
    free = " ".join(
        f"WHEN {lit(t)} THEN {sql_array(cols)}" for t, cols in LOCKED_FREE_COLUMNS.items()
    )
    blanked = " ".join(
        f"WHEN {lit(t)} THEN {sql_array(cols)}" for t, cols in LOCKED_BLANKED_COLUMNS.items()
    )
    anonymised = " ".join(
        f"WHEN {lit(t)} THEN {sql_array(cols)}" for t, cols in PURGE_ANONYMISED_COLUMNS.items()
    )
    anonymised_entity = (
        "CASE TG_TABLE_NAME "
        + " ".join(f"WHEN {lit(t)} THEN {lit(e)}" for t, e in ANONYMISED_TABLES.items())
        + " END"
    )
    return [
        # The columns of ``o`` and ``n`` that differ, but for ``free`` ones; those of
        # ``blanked`` that only became "" or NULL count as unchanged, and so do those of
        # ``anonymised`` that an administrator emptied or pseudonymised.
        f"""CREATE OR REPLACE FUNCTION parcours_changed_columns(
            p_table text, o jsonb, n jsonb) RETURNS text[]
        LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
            SELECT coalesce(array_agg(e.key ORDER BY e.key), ARRAY[]::text[])
            FROM jsonb_each(n) AS e
            WHERE e.value IS DISTINCT FROM o -> e.key
              AND e.key <> ALL (CASE p_table {free} ELSE ARRAY[]::text[] END)
              AND NOT (e.key = ANY (CASE p_table {blanked} ELSE ARRAY[]::text[] END)
                       AND e.value IN ('""'::jsonb, 'null'::jsonb))
              AND NOT (e.key = ANY (CASE p_table {anonymised} ELSE ARRAY[]::text[] END)
                       AND (e.value IN ('""'::jsonb, 'null'::jsonb, '[]'::jsonb,
                                        '{{}}'::jsonb, '"ANONYME"'::jsonb)
                            OR e.value = to_jsonb('ANON-' || (n ->> 'id')))
                       AND ((n ->> 'anonymised_on') IS NOT NULL
                            OR (p_table = 'cotation_candidate' AND EXISTS (
                                SELECT 1 FROM public.caleol_candidate c
                                WHERE c.id = (n ->> 'candidate_id')::integer
                                  AND c.anonymised_on IS NOT NULL)))
                       AND public.parcours_is_admin())
        $$""",
        # The session a row of a session's content belongs to.
        """CREATE OR REPLACE FUNCTION parcours_session_of(p_table text, r jsonb)
        RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = pg_catalog, public AS $$
            SELECT CASE
                WHEN p_table = 'caleol_session' THEN (r ->> 'id')::integer
                WHEN p_table IN ('caleol_vote', 'cotation_candidate') THEN (
                    SELECT i.session_id FROM public.caleol_candidate c
                    JOIN public.caleol_agenda_item i ON i.id = c.agenda_item_id
                    WHERE c.id = (r ->> 'candidate_id')::integer)
                WHEN p_table IN ('caleol_candidate', 'caleol_conflict') THEN (
                    SELECT i.session_id FROM public.caleol_agenda_item i
                    WHERE i.id = (r ->> 'agenda_item_id')::integer)
                WHEN p_table = 'caleol_minutes_review' THEN (
                    SELECT v.session_id FROM public.caleol_minutes_version v
                    WHERE v.id = (r ->> 'version_id')::integer)
                WHEN p_table = 'caleol_minutes_signature' THEN (
                    SELECT v.session_id FROM public.caleol_minutes_version v
                    WHERE v.id = (r ->> 'version_id')::integer)
                ELSE (r ->> 'session_id')::integer
            END
        $$""",
        # A session locked by its signed minutes: its content is refused every change
        # but the offers' follow-up and the purge's blanking; a signed version of the
        # minutes and its signature never change.
        """CREATE OR REPLACE FUNCTION parcours_locked_session_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            o jsonb;
            n jsonb;
            sid integer;
            new_sid integer;
            is_locked boolean;
        BEGIN
            IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
            IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
            IF TG_TABLE_NAME = 'caleol_minutes_signature' AND TG_OP <> 'INSERT' THEN
                RAISE EXCEPTION 'Signature de procès-verbal CALEOL : ni modification ni '
                    'suppression (table %)', TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_TABLE_NAME = 'caleol_minutes_version' AND TG_OP <> 'INSERT'
               AND o ->> 'status' = 'SIGNED' THEN
                RAISE EXCEPTION 'Procès-verbal CALEOL signé : ni modification ni suppression'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_TABLE_NAME = 'caleol_session' THEN
                is_locked := coalesce((o ->> 'locked')::boolean, false);
                sid := (coalesce(o, n) ->> 'id')::integer;
            ELSE
                sid := public.parcours_session_of(TG_TABLE_NAME, coalesce(o, n));
                SELECT s.locked INTO is_locked FROM public.caleol_session s WHERE s.id = sid;
                -- A row of an open session moved into a locked one (its agenda item,
                -- candidate or session changed) adds to the locked session's content.
                IF TG_OP = 'UPDATE' THEN
                    new_sid := public.parcours_session_of(TG_TABLE_NAME, n);
                    IF new_sid IS DISTINCT FROM sid AND EXISTS (
                        SELECT 1 FROM public.caleol_session s
                        WHERE s.id = new_sid AND s.locked) THEN
                        RAISE EXCEPTION 'La séance CALEOL n° % est verrouillée par son '
                            'procès-verbal signé : % refusé sur %', new_sid, TG_OP,
                            TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
                    END IF;
                END IF;
            END IF;
            IF coalesce(is_locked, false) AND NOT (
                TG_OP = 'INSERT' AND TG_TABLE_NAME = 'caleol_minutes_signature'
            ) AND NOT (
                TG_OP = 'UPDATE'
                AND cardinality(public.parcours_changed_columns(TG_TABLE_NAME, o, n)) = 0
                AND (TG_TABLE_NAME <> 'caleol_minutes_version'
                     OR o ->> 'status' = n ->> 'status'
                     OR (o ->> 'status' = 'APPROVED' AND n ->> 'status' = 'SIGNED'))
            ) THEN
                RAISE EXCEPTION 'La séance CALEOL n° % est verrouillée par son procès-verbal '
                    'signé : % refusé sur %', sid, TG_OP, TG_TABLE_NAME
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
        END $$""",
        # A signed payment agreement (status past PROJET and PROPOSE): its terms never
        # change, it never goes back to an editable status, an avenant only extends it.
        """CREATE OR REPLACE FUNCTION parcours_plan_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            IF OLD.status IN {editable} THEN
                RETURN NEW;
            END IF;
            IF NEW.status IN {editable}
               OR cardinality(public.parcours_changed_columns(
                      'payment_plan', to_jsonb(OLD), to_jsonb(NEW))) > 0
               OR (OLD.avenant_end_on IS NOT NULL AND (NEW.avenant_end_on IS NULL
                   OR NEW.avenant_end_on < OLD.avenant_end_on)) THEN
                RAISE EXCEPTION 'Accord de paiement n° % signé : ses conditions ne peuvent '
                    'plus être modifiées (un avenant pour un protocole, sinon un nouvel '
                    'accord)', OLD.id USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""".replace("{editable}", sql_tuple(PLAN_EDITABLE)),
        # The schedule of a signed agreement changes only with an avenant (which
        # rewrites the instalments left), and always adds up to the debt (checked at
        # the commit, once the whole schedule is written).
        """CREATE OR REPLACE FUNCTION parcours_instalment_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            plan record;
            total bigint;
        BEGIN
            SELECT p.id, p.status, p.debt, p.avenant_signed_on INTO plan
                FROM public.payment_plan p
                WHERE p.id = CASE WHEN TG_OP = 'DELETE' THEN OLD.plan_id ELSE NEW.plan_id END;
            IF TG_WHEN = 'BEFORE' THEN
                IF FOUND AND plan.status NOT IN {editable}
                   AND plan.avenant_signed_on IS NULL THEN
                    RAISE EXCEPTION 'Accord de paiement n° % signé : son échéancier ne '
                        'change qu''avec un avenant', plan.id
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END IF;
            IF NOT FOUND OR plan.status IN {editable} THEN
                RETURN NULL;
            END IF;
            SELECT coalesce(sum(i.amount), 0) INTO total
                FROM public.payment_plan_instalment i WHERE i.plan_id = plan.id;
            IF total <> plan.debt THEN
                RAISE EXCEPTION 'Accord de paiement n° % : l''échéancier ne fait plus la '
                    'dette', plan.id USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NULL;
        END $$""".replace("{editable}", sql_tuple(PLAN_EDITABLE)),
        # The audit chain's head moves only as the application moves it: the rank up
        # (events about to be appended), then the hash to that of the event now at that
        # rank. A head set by hand would make the chain look broken at the next
        # account's event, not at the culprit's.
        """CREATE OR REPLACE FUNCTION parcours_chain_head_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            IF TG_OP = 'DELETE' OR NEW.id <> OLD.id OR NEW.seq < OLD.seq
               OR (NEW.seq <> OLD.seq AND NEW.last_hash <> OLD.last_hash)
               OR (NEW.last_hash <> OLD.last_hash AND NOT EXISTS (
                       SELECT 1 FROM public.audit_event e
                       WHERE e.seq = NEW.seq AND e.hash = NEW.last_hash)) THEN
                RAISE EXCEPTION 'Tête de la chaîne du journal d''audit : modification refusée'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""",
        # The register of documents: a line is never deleted; its digests, reference
        # and origin never change; its paths and texts may only be emptied (the
        # retention purge).
        """CREATE OR REPLACE FUNCTION parcours_document_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                RAISE EXCEPTION 'Registre des documents : la ligne % (%) ne peut pas être '
                    'supprimée', OLD.id, OLD.reference
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF cardinality(public.parcours_changed_columns(
                    'document', to_jsonb(OLD), to_jsonb(NEW))) > 0 THEN
                RAISE EXCEPTION 'Registre des documents : la ligne % (%) ne peut pas être '
                    'modifiée', OLD.id, OLD.reference
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""",
        # A tenant file or a CALEOL candidature is marked anonymised by the retention
        # purge only (an administrator's right): an account that writes the table could
        # otherwise mark one by hand, and the purge would pass it over for good.
        """CREATE OR REPLACE FUNCTION parcours_anonymised_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            IF NEW.anonymised_on IS DISTINCT FROM
                   (CASE WHEN TG_OP = 'UPDATE' THEN OLD.anonymised_on END)
               AND NOT public.parcours_is_admin() THEN
                RAISE EXCEPTION 'Seule la purge des données échues (un administrateur) '
                    'anonymise : % n° % refusé', TG_TABLE_NAME, NEW.id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
        END $$""",
        # The mark is set with the purge's audit event about the row (« anonymisation »,
        # in the same transaction: the event is inserted at the commit, hence checked
        # then): an administrator's SQL could otherwise anonymise a file or a
        # candidature (the mark, then the emptying and the key it allows) with no event
        # at all. The database administrator (owner) may, as for any repair.
        f"""CREATE OR REPLACE FUNCTION parcours_anonymised_event_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            IF NOT pg_has_role(session_user, {owner}, 'USAGE')
               AND NOT EXISTS (
                   SELECT 1 FROM public.audit_event e
                   WHERE e.entity = {anonymised_entity} AND e.entity_id = NEW.id
                     AND e.action = {lit(ANONYMISATION)} AND e.actor = session_user
                     AND e.xmin::text
                         = (pg_current_xact_id()::text::bigint % 4294967296)::text) THEN
                RAISE EXCEPTION 'Anonymisation de % n° % sans l''événement de la purge '
                    'au journal d''audit', TG_TABLE_NAME, NEW.id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NULL;
        END $$""",
        # The keys of the audit trail's snapshots (crypto-shredding): a key never
        # changes, and goes only with its file's or candidature's personal data (the
        # purge anonymises, then deletes the key in the same transaction), or once its
        # row is gone. Deleting the key of a live file would erase its history.
        f"""CREATE OR REPLACE FUNCTION parcours_key_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        DECLARE
            owner_id integer;
            live boolean;
        BEGIN
            IF TG_TABLE_NAME = {lit(KEYS)} THEN
                owner_id := (to_jsonb(OLD) ->> 'household_id')::integer;
                live := EXISTS (SELECT 1 FROM public.household h
                                WHERE h.id = owner_id AND h.anonymised_on IS NULL);
            ELSE
                owner_id := (to_jsonb(OLD) ->> 'candidate_id')::integer;
                live := EXISTS (SELECT 1 FROM public.caleol_candidate c
                                WHERE c.id = owner_id AND c.anonymised_on IS NULL);
            END IF;
            IF TG_OP = 'UPDATE' OR live THEN
                RAISE EXCEPTION 'Clé du journal d''audit (% n° %) : ni modification ni '
                    'suppression avant l''anonymisation', TG_TABLE_NAME, owner_id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN OLD;
        END $$""",
        # A session is locked by the signature of its minutes only (the application
        # locks it in the signature's transaction, hence checked at the commit): locked
        # by hand, it would look signed and refuse every later change. The database
        # administrator (owner) may, as for any repair.
        f"""CREATE OR REPLACE FUNCTION parcours_session_lock_guard() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
        BEGIN
            IF NEW.locked AND (TG_OP = 'INSERT' OR NOT OLD.locked)
               AND NOT pg_has_role(session_user, {owner}, 'USAGE')
               AND NOT EXISTS (
                   SELECT 1 FROM public.caleol_minutes_version v
                   JOIN public.caleol_minutes_signature g ON g.version_id = v.id
                   WHERE v.session_id = NEW.id AND v.status = 'SIGNED') THEN
                RAISE EXCEPTION 'La séance CALEOL n° % ne se verrouille que par la '
                    'signature de son procès-verbal', NEW.id
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NULL;
        END $$""",
    ]


def guard_triggers() -> list[str]:
    out = []
    for table in LOCKED_TABLES:
        out.append(f"DROP TRIGGER IF EXISTS parcours_locked_session ON public.{q(table)}")
        out.append(
            f"CREATE TRIGGER parcours_locked_session BEFORE INSERT OR UPDATE OR DELETE "
            f"ON public.{q(table)} FOR EACH ROW "
            "EXECUTE FUNCTION public.parcours_locked_session_guard()"
        )
    out.append("DROP TRIGGER IF EXISTS parcours_plan ON public.payment_plan")
    out.append(
        "CREATE TRIGGER parcours_plan BEFORE UPDATE ON public.payment_plan "
        "FOR EACH ROW EXECUTE FUNCTION public.parcours_plan_guard()"
    )
    out.append("DROP TRIGGER IF EXISTS parcours_instalment ON public.payment_plan_instalment")
    out.append(
        "CREATE TRIGGER parcours_instalment BEFORE INSERT OR UPDATE OR DELETE "
        "ON public.payment_plan_instalment "
        "FOR EACH ROW EXECUTE FUNCTION public.parcours_instalment_guard()"
    )
    out.append("DROP TRIGGER IF EXISTS parcours_instalment_total ON public.payment_plan_instalment")
    out.append(
        "CREATE CONSTRAINT TRIGGER parcours_instalment_total "
        "AFTER INSERT OR UPDATE OR DELETE ON public.payment_plan_instalment "
        "DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION public.parcours_instalment_guard()"
    )
    out.append(f"DROP TRIGGER IF EXISTS parcours_chain_head ON public.{AUDIT_HEAD}")
    out.append(
        f"CREATE TRIGGER parcours_chain_head BEFORE UPDATE OR DELETE ON public.{AUDIT_HEAD} "
        "FOR EACH ROW EXECUTE FUNCTION public.parcours_chain_head_guard()"
    )
    out.append("DROP TRIGGER IF EXISTS parcours_session_lock ON public.caleol_session")
    out.append(
        "CREATE CONSTRAINT TRIGGER parcours_session_lock "
        "AFTER INSERT OR UPDATE ON public.caleol_session DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION public.parcours_session_lock_guard()"
    )
    for table in ANONYMISED_TABLES:
        out.append(f"DROP TRIGGER IF EXISTS parcours_anonymised ON public.{q(table)}")
        out.append(
            f"CREATE TRIGGER parcours_anonymised BEFORE INSERT OR UPDATE ON public.{q(table)} "
            "FOR EACH ROW EXECUTE FUNCTION public.parcours_anonymised_guard()"
        )
        for event, when in (
            ("INSERT", "NEW.anonymised_on IS NOT NULL"),
            (
                "UPDATE",
                "NEW.anonymised_on IS DISTINCT FROM OLD.anonymised_on "
                "AND NEW.anonymised_on IS NOT NULL",
            ),
        ):
            trigger = f"parcours_anonymised_{event.lower()}"
            out.append(f"DROP TRIGGER IF EXISTS {trigger} ON public.{q(table)}")
            out.append(
                f"CREATE CONSTRAINT TRIGGER {trigger} AFTER {event} ON public.{q(table)} "
                f"DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN ({when}) "
                "EXECUTE FUNCTION public.parcours_anonymised_event_guard()"
            )
    for table in (KEYS, CANDIDATE_KEYS):
        out.append(f"DROP TRIGGER IF EXISTS parcours_key ON public.{q(table)}")
        out.append(
            f"CREATE TRIGGER parcours_key BEFORE UPDATE OR DELETE ON public.{q(table)} "
            "FOR EACH ROW EXECUTE FUNCTION public.parcours_key_guard()"
        )
    out.append(f"DROP TRIGGER IF EXISTS parcours_document ON public.{DOCUMENTS}")
    out.append(
        f"CREATE TRIGGER parcours_document BEFORE UPDATE OR DELETE ON public.{DOCUMENTS} "
        "FOR EACH ROW EXECUTE FUNCTION public.parcours_document_guard()"
    )
    return out
