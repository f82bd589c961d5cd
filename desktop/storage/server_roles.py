"""PostgreSQL enforces the roles: login role per account, group roles, grants, RLS.

On a shared PostgreSQL server the application's own checks (services/authz.py) are
not enough: whoever holds the credentials every workstation uses can run any SQL.
``init_server`` sets the server up so that it enforces the roles itself
(docs/server-roles.md explains the model and the administrator's steps):

- an **owner role** (``parcours_owner``, NOLOGIN) owns every table, sequence and
  function; only the database administrator who runs the migrations is a member;
- a **group role per Parcours role** (``parcours_agent``, ``parcours_administrateur``…,
  NOLOGIN), with the grants of that role (least privilege: the auditor reads only, the
  CALEOL member has no access to tenant files, only administrators write accounts and
  settings, nobody but the owner updates or deletes the audit trail);
- a **login role per account**, named like the account (``claire.martin``), member of
  the group of its role, with its own password (or Kerberos/GSSAPI single sign-on);
- **row-level security**: an agent or agency manager sees only the tenant files of the
  agency of their account, and the rows hanging off them (occupants, lease, notices,
  plans, letters, campaign targets… found through the foreign keys). The agency comes
  from the ``app_user`` row whose ``username`` is the session's login role
  (``session_user``), read by a SECURITY DEFINER function: a session setting could be
  changed by the user with plain SQL, the account's row cannot (no UPDATE on
  ``role``/``agency_id`` except for administrators).

Accounts are provisioned by ``parcours_account(...)``, a SECURITY DEFINER function owned
by the owner role (which alone has CREATEROLE) and executable by the administrators'
group: administrators manage login roles without holding CREATEROLE themselves (in
PostgreSQL 15, CREATEROLE would let them grant themselves any role, the owner's
included). Every statement here is idempotent: ``init_server`` is run again after each
upgrade of Parcours.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.domain.roles import AGENCY_SCOPED, Permission, Role, has_permission
from desktop.storage.anonymised import ANONYMISATION, ANONYMISED_TABLES

DEFAULT_PREFIX = "parcours"
PREFIX_RE = re.compile(r"[a-z][a-z0-9_]{0,30}")
# Account names are also login role names (unquoted-safe, at most 63 bytes).
LOGIN_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,62}")

# The tables whose rows belong to an agency (the household's), scoped by RLS.
ROOT_TABLE = "household"
# Columns of app_user every group may read (not the password hash) and update on its
# own row (sign-in bookkeeping and its own password).
USER_READ_COLUMNS = (
    "id",
    "username",
    "full_name",
    "role",
    "agency_id",
    "active",
    "os_login",
    "failed_attempts",
    "locked_at",
    "last_login_at",
    "password_changed_at",
    "must_change_password",
    "version",
    "created_at",
)
# Not ``must_change_password``: only ``parcours_own_password`` clears it, with the new
# password of the login role (an account could otherwise clear it by SQL and keep the
# password its administrator chose).
USER_SELF_UPDATE_COLUMNS = (
    "password_hash",
    "password_changed_at",
    "failed_attempts",
    "locked_at",
    "last_login_at",
    "version",
)
# What a group that does not read the audit trail may read of it: enough to chain a
# new event (the last rank and hash) and to get an inserted event's id back.
AUDIT_APPEND_COLUMNS = ("id", "seq", "hash")
VERIFIER_RE = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")

ACCOUNTS = "app_user"
ADMIN_ONLY_WRITE = ("agency", "app_setting")
AUDIT = "audit_event"
AUDIT_HEAD = "audit_chain"
KEYS = "household_key"
CANDIDATE_KEYS = "caleol_candidate_key"
DOCUMENTS = "document"
TIMELINE = "timeline_event"
CALEOL_PREFIXES = ("caleol_", "cotation_", "sne_", "attribution_")


@dataclass(frozen=True)
class Names:
    """The server's role names for one Parcours installation."""

    prefix: str = DEFAULT_PREFIX

    def __post_init__(self) -> None:
        if not PREFIX_RE.fullmatch(self.prefix):
            raise ValueError(f"invalid role prefix: {self.prefix!r}")

    @property
    def owner(self) -> str:
        return f"{self.prefix}_owner"

    def group(self, role: Role) -> str:
        return f"{self.prefix}_{role.value.lower()}"

    @property
    def groups(self) -> dict[Role, str]:
        return {role: self.group(role) for role in Role}


def q(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def lit(value: str) -> str:
    """A quoted SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


# --------------------------------------------------------------------------- grants


@dataclass(frozen=True)
class Grant:
    privileges: str  # "SELECT, INSERT" or "SELECT (id, seq)"
    groups: tuple[Role, ...]


ALL_ROLES = tuple(Role)
WRITERS_OF_FILES = (Role.ADMIN, Role.MANAGER, Role.AGENT)
READERS_OF_FILES = (Role.CALEOL_SECRETARY, Role.AUDITOR)
CALEOL_WRITERS = (Role.ADMIN, Role.CALEOL_SECRETARY, Role.CALEOL_MEMBER)
DML = "SELECT, INSERT, UPDATE, DELETE"


def table_grants(table: str) -> list[Grant]:
    """What each group may do on ``table`` (the rows themselves are scoped by RLS)."""
    others = tuple(r for r in ALL_ROLES if r is not Role.ADMIN)
    if table == "alembic_version":
        return [Grant("SELECT", ALL_ROLES)]
    if table == ACCOUNTS:
        return [
            Grant("SELECT, INSERT, UPDATE", (Role.ADMIN,)),
            Grant(f"SELECT ({', '.join(USER_READ_COLUMNS)})", others),
            Grant(f"UPDATE ({', '.join(USER_SELF_UPDATE_COLUMNS)})", others),
        ]
    if table in ADMIN_ONLY_WRITE:
        return [Grant(DML, (Role.ADMIN,)), Grant("SELECT", others)]
    if table == AUDIT:
        # Who reads tenant files reads their history (the file view shows who changed
        # what); RLS hides the history of other agencies' files. CALEOL members only
        # append (and read what chaining needs).
        readers = (*WRITERS_OF_FILES, *READERS_OF_FILES)
        others_ = tuple(r for r in ALL_ROLES if r not in readers)
        return [
            Grant("SELECT, INSERT", readers),
            Grant(f"SELECT ({', '.join(AUDIT_APPEND_COLUMNS)}), INSERT", others_),
        ]
    if table == AUDIT_HEAD:
        return [Grant("SELECT, UPDATE", ALL_ROLES)]
    if table in (KEYS, CANDIDATE_KEYS):  # the retention purge (administrators) deletes
        return [Grant(DML, (Role.ADMIN,)), Grant("SELECT, INSERT", others)]
    if table == DOCUMENTS:
        # The register of letters: the CALEOL secretary registers convocations and
        # decision letters, the president (a member) the signed minutes.
        return [
            Grant(DML, WRITERS_OF_FILES),
            Grant("SELECT, INSERT, UPDATE", (Role.CALEOL_SECRETARY, Role.CALEOL_MEMBER)),
            Grant("SELECT", (Role.AUDITOR,)),
        ]
    if table == TIMELINE:  # CALEOL findings (occupation review) go on the file's timeline
        return [
            Grant(DML, WRITERS_OF_FILES),
            Grant("SELECT, INSERT", (Role.CALEOL_SECRETARY,)),
            Grant("SELECT", (Role.AUDITOR,)),
        ]
    if table.startswith(CALEOL_PREFIXES) or table == "caleol":
        caleol_readers = tuple(r for r in ALL_ROLES if r not in CALEOL_WRITERS)
        return [Grant(DML, CALEOL_WRITERS), Grant("SELECT", caleol_readers)]
    # Tenant files and everything about them (dwellings, notices, plans, letters,
    # campaigns): no access at all for the CALEOL members (minutes only).
    return [Grant(DML, WRITERS_OF_FILES), Grant("SELECT", READERS_OF_FILES)]


# --------------------------------------------------------------------------- SQL


def _functions(names: Names) -> list[str]:
    groups = names.groups
    scoped = ", ".join(lit(r.value) for r in sorted(AGENCY_SCOPED, key=lambda r: r.value))
    group_of = " ".join(f"WHEN {lit(r.value)} THEN {lit(g)}" for r, g in groups.items())
    all_groups = "ARRAY[" + ", ".join(lit(g) for g in groups.values()) + "]"
    owner = lit(names.owner)
    admin = lit(groups[Role.ADMIN])
    return [
        # NULL: the session sees every agency; -1: none; else the account's agency.
        f"""CREATE OR REPLACE FUNCTION parcours_agency() RETURNS integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            SELECT CASE
                WHEN pg_has_role(session_user, {owner}, 'USAGE') THEN NULL
                WHEN u.id IS NULL OR NOT u.active THEN -1
                WHEN u.role IN ({scoped}) THEN coalesce(u.agency_id, -1)
                ELSE NULL
            END
            FROM (SELECT 1) AS one
            LEFT JOIN public.app_user AS u ON u.username = session_user::text
        $$""",
        # Whether the session may see a row about household ``hid`` (None: about no
        # household), without reading ``household`` with the session's rights: the
        # CALEOL members, who have no right on the tenant files, register the signed
        # minutes (``document``) and read the agenda (``caleol_agenda_item``), whose
        # policies would otherwise need SELECT on ``household`` (refused). A role that
        # cannot read the tenant files sees no letter about one.
        f"""CREATE OR REPLACE FUNCTION parcours_household_ok(hid integer) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            SELECT CASE
                WHEN hid IS NULL THEN true
                WHEN pg_has_role(session_user, {owner}, 'USAGE') THEN true
                WHEN NOT has_table_privilege(session_user, 'public.household', 'SELECT')
                    THEN false
                ELSE EXISTS (
                    SELECT 1 FROM public.household AS h
                    WHERE h.id = hid AND (public.parcours_agency() IS NULL
                                          OR h.agency_id = public.parcours_agency()))
            END
        $$""",
        # Whether the session reads housing applicants (parcours_applicants policies).
        f"""CREATE OR REPLACE FUNCTION parcours_reads_applicants() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            SELECT pg_has_role(session_user, {owner}, 'USAGE') OR EXISTS (
                SELECT 1 FROM public.app_user AS u WHERE u.username = session_user::text
                AND u.active AND u.role IN {_sql_tuple(r.value for r in APPLICANT_READERS)})
        $$""",
        f"""CREATE OR REPLACE FUNCTION parcours_is_admin() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
            SELECT pg_has_role(session_user, {owner}, 'USAGE')
                OR pg_has_role(session_user, {admin}, 'USAGE')
        $$""",
        # Create or update an account's login role: LOGIN or NOLOGIN, password (a
        # SCRAM verifier computed by the client, never the password itself), group.
        f"""CREATE OR REPLACE FUNCTION parcours_account(
            p_login text, p_role text, p_active boolean, p_verifier text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
        DECLARE
            wanted text := CASE p_role {group_of} ELSE NULL END;
            g text;
            r record;
        BEGIN
            IF NOT public.parcours_is_admin() THEN
                RAISE EXCEPTION 'only administrators manage accounts'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF wanted IS NULL THEN
                RAISE EXCEPTION 'unknown role %', p_role USING ERRCODE = 'invalid_parameter_value';
            END IF;
            IF p_login !~ '^[a-z0-9][a-z0-9._-]{{1,62}}$' THEN
                RAISE EXCEPTION 'invalid login %', p_login USING ERRCODE = 'invalid_name';
            END IF;
            SELECT rolsuper, rolcreaterole, rolbypassrls, oid INTO r
                FROM pg_roles WHERE rolname = p_login;
            IF FOUND THEN
                -- Never take over a role that is not an account's (postgres, the DBA...).
                IF r.rolsuper OR r.rolcreaterole OR r.rolbypassrls
                   OR pg_has_role(p_login, {owner}, 'MEMBER') THEN
                    RAISE EXCEPTION 'role % is not a Parcours account', p_login
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
            ELSE
                EXECUTE format('CREATE ROLE %I NOLOGIN', p_login);
            END IF;
            EXECUTE format('ALTER ROLE %I %s NOCREATEDB NOCREATEROLE',
                           p_login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
            IF p_verifier IS NOT NULL THEN
                IF p_verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
                    RAISE EXCEPTION 'not a SCRAM verifier' USING ERRCODE = 'invalid_password';
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
            END IF;
            FOREACH g IN ARRAY {all_groups} LOOP
                IF g = wanted THEN
                    EXECUTE format('GRANT %I TO %I', g, p_login);
                ELSIF pg_has_role(p_login, g, 'MEMBER') THEN
                    EXECUTE format('REVOKE %I FROM %I', g, p_login);
                END IF;
            END LOOP;
        END $$""",
        # The signed-in account changes its own password: the login role's password
        # (a SCRAM verifier computed by the client) and, with it, the flag asking for
        # that change cleared. The flag is not otherwise writable by its account.
        f"""CREATE OR REPLACE FUNCTION parcours_own_password(p_verifier text)
        RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog AS $$
        DECLARE
            r record;
        BEGIN
            IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\\$[0-9]+:[A-Za-z0-9+/=]+\\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
                RAISE EXCEPTION 'not a SCRAM verifier' USING ERRCODE = 'invalid_password';
            END IF;
            SELECT rolsuper, rolcreaterole, rolbypassrls INTO r
                FROM pg_roles WHERE rolname = session_user;
            IF NOT FOUND OR r.rolsuper OR r.rolcreaterole OR r.rolbypassrls
               OR pg_has_role(session_user, {owner}, 'MEMBER')
               OR NOT EXISTS (SELECT 1 FROM public.app_user u
                              WHERE u.username = session_user::text AND u.active) THEN
                RAISE EXCEPTION 'role % is not a Parcours account', session_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
            UPDATE public.app_user SET must_change_password = false
                WHERE username = session_user::text AND must_change_password;
        END $$""",
        *_guard_functions(owner),
    ]


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


def _sql_array(values: Iterable[str]) -> str:
    return "ARRAY[" + ", ".join(lit(v) for v in values) + "]::text[]"


def _sql_tuple(values: Iterable[str]) -> str:
    return "(" + ", ".join(lit(v) for v in values) + ")"


def _guard_functions(owner: str) -> list[str]:
    """Triggers' functions: what the application never does to a signed record is
    refused by the server, even to an account that writes the table (SQL by hand)."""
    free = " ".join(
        f"WHEN {lit(t)} THEN {_sql_array(cols)}" for t, cols in LOCKED_FREE_COLUMNS.items()
    )
    blanked = " ".join(
        f"WHEN {lit(t)} THEN {_sql_array(cols)}" for t, cols in LOCKED_BLANKED_COLUMNS.items()
    )
    anonymised = " ".join(
        f"WHEN {lit(t)} THEN {_sql_array(cols)}" for t, cols in PURGE_ANONYMISED_COLUMNS.items()
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
        END $$""".replace("{editable}", _sql_tuple(PLAN_EDITABLE)),
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
        END $$""".replace("{editable}", _sql_tuple(PLAN_EDITABLE)),
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


# Housing applicants: read, as in the application, only by the roles with a CALEOL
# right (the agents have none), in these tables and in the audit events about them.
APPLICANT_READERS = tuple(
    r
    for r in ALL_ROLES
    if has_permission(r, Permission.CALEOL_MINUTES_READ)
    or has_permission(r, Permission.CALEOL_MANAGE)
)
APPLICANT_TABLES = (
    "caleol_candidate",
    CANDIDATE_KEYS,
    "cotation_refusal",
    "sne_export",
    "caleol_minutes_version",
    "caleol_minutes_review",
)
APPLICANT_ENTITIES = ("caleol_candidat", "cotation_candidat", "cotation_refus", "caleol_vote")


def _guard_triggers() -> list[str]:
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


def _setup_statements(
    names: Names, tables: list[str], sequences: list[str], scoped: dict[str, str]
) -> list[str]:
    owner = names.owner
    groups = names.groups
    out: list[str] = []
    every_group = ", ".join(q(g) for g in groups.values())
    out.append("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    out.append(f"GRANT USAGE ON SCHEMA public TO {every_group}")
    for table in tables:
        out.append(f"ALTER TABLE public.{q(table)} OWNER TO {q(owner)}")
        out.append(f"REVOKE ALL ON public.{q(table)} FROM PUBLIC, {every_group}")
        for grant in table_grants(table):
            to = ", ".join(q(groups[r]) for r in grant.groups)
            out.append(f"GRANT {grant.privileges} ON public.{q(table)} TO {to}")
    for seq in sequences:  # owned by their tables' columns: they follow the table
        out.append(f"REVOKE ALL ON SEQUENCE public.{q(seq)} FROM PUBLIC")
        out.append(f"GRANT USAGE, SELECT ON SEQUENCE public.{q(seq)} TO {every_group}")
    out += _functions(names)
    for signature in (
        "parcours_agency()",
        "parcours_is_admin()",
        "parcours_reads_applicants()",
        "parcours_household_ok(integer)",
        "parcours_account(text, text, boolean, text)",
        "parcours_own_password(text)",
        "audit_event_append_only()",
        "parcours_changed_columns(text, jsonb, jsonb)",
        "parcours_session_of(text, jsonb)",
        "parcours_locked_session_guard()",
        "parcours_plan_guard()",
        "parcours_chain_head_guard()",
        "parcours_instalment_guard()",
        "parcours_document_guard()",
        "parcours_anonymised_guard()",
        "parcours_anonymised_event_guard()",
        "parcours_key_guard()",
        "parcours_session_lock_guard()",
    ):
        out.append(f"ALTER FUNCTION public.{signature} OWNER TO {q(owner)}")
    out.append(
        "REVOKE ALL ON FUNCTION public.parcours_account(text, text, boolean, text) FROM PUBLIC"
    )
    out.append(
        "GRANT EXECUTE ON FUNCTION public.parcours_account(text, text, boolean, text) "
        f"TO {q(groups[Role.ADMIN])}"
    )
    out.append("REVOKE ALL ON FUNCTION public.parcours_own_password(text) FROM PUBLIC")
    out.append(f"GRANT EXECUTE ON FUNCTION public.parcours_own_password(text) TO {every_group}")
    out += _guard_triggers()
    # Row-level security: the household by its agency, the rest through its key.
    for table, condition in scoped.items():
        out.append(f"ALTER TABLE public.{q(table)} ENABLE ROW LEVEL SECURITY")
        out.append(f"DROP POLICY IF EXISTS parcours_agency ON public.{q(table)}")
        out.append(
            f"CREATE POLICY parcours_agency ON public.{q(table)} "
            f"USING ({condition}) WITH CHECK ({condition})"
        )
    # Applicants: hidden from the roles without a CALEOL right (a restrictive policy,
    # on top of the agency's; a table without one gets an open one); the rows hanging
    # off a candidature (votes, cotation) go with it through their agency policy.
    readers = "(SELECT public.parcours_reads_applicants())"
    for table in APPLICANT_TABLES:
        out.append(f"ALTER TABLE public.{q(table)} ENABLE ROW LEVEL SECURITY")
        for policy in ("parcours_applicants", "parcours_open"):
            out.append(f"DROP POLICY IF EXISTS {policy} ON public.{q(table)}")
        if table not in scoped:
            out.append(f"CREATE POLICY parcours_open ON public.{q(table)} USING (true)")
        out.append(
            f"CREATE POLICY parcours_applicants ON public.{q(table)} AS RESTRICTIVE "
            f"FOR SELECT USING ({readers})"
        )
    out.append(f"DROP POLICY IF EXISTS parcours_applicants ON public.{AUDIT}")
    out.append(
        f"CREATE POLICY parcours_applicants ON public.{AUDIT} AS RESTRICTIVE FOR SELECT "
        f"USING (actor = session_user::text OR entity NOT IN "
        f"{_sql_tuple(APPLICANT_ENTITIES)} OR {readers})"
    )
    # Audit trail: everyone appends; an agency role reads the history of its agency's
    # files, and its own events (refusals about other agencies' files included).
    out.append(f"ALTER TABLE public.{AUDIT} ENABLE ROW LEVEL SECURITY")
    for policy in ("parcours_append", "parcours_read"):
        out.append(f"DROP POLICY IF EXISTS {policy} ON public.{AUDIT}")
    # An account appends events in its own name only: with SQL by hand it could
    # otherwise chain an event (rank and hash computed) attributed to someone else.
    out.append(
        f"CREATE POLICY parcours_append ON public.{AUDIT} FOR INSERT "
        "WITH CHECK (actor = session_user::text)"
    )
    # (Through parcours_household_ok, not a read of ``household``: a CALEOL member may
    # not read it, and the policy also checks the row an INSERT ... RETURNING appends,
    # the sign-in's event included.)
    out.append(
        f"CREATE POLICY parcours_read ON public.{AUDIT} FOR SELECT USING ("
        "(SELECT public.parcours_agency()) IS NULL OR actor = session_user::text "
        "OR entity <> 'dossier' OR public.parcours_household_ok(entity_id))"
    )
    # The keys of the households' audit snapshots (no foreign key, so not scoped with
    # the files): an agency role reads and creates only those of its agency's files.
    # With another agency's key it would read that agency's snapshots (the events about
    # a notice, a plan, a letter are not hidden from it, only their content).
    keys_ok = (
        "(SELECT public.parcours_agency()) IS NULL OR public.parcours_household_ok(household_id)"
    )
    out.append(f"ALTER TABLE public.{KEYS} ENABLE ROW LEVEL SECURITY")
    out.append(f"DROP POLICY IF EXISTS parcours_agency ON public.{KEYS}")
    out.append(
        f"CREATE POLICY parcours_agency ON public.{KEYS} USING ({keys_ok}) WITH CHECK ({keys_ok})"
    )
    # Accounts: everyone reads the (granted) columns; one changes only one's own row.
    out.append(f"ALTER TABLE public.{ACCOUNTS} ENABLE ROW LEVEL SECURITY")
    for policy in ("parcours_read", "parcours_write", "parcours_admin"):
        out.append(f"DROP POLICY IF EXISTS {policy} ON public.{ACCOUNTS}")
    out.append(f"CREATE POLICY parcours_read ON public.{ACCOUNTS} FOR SELECT USING (true)")
    out.append(
        f"CREATE POLICY parcours_write ON public.{ACCOUNTS} FOR UPDATE "
        "USING (username = session_user::text) WITH CHECK (username = session_user::text)"
    )
    out.append(
        f"CREATE POLICY parcours_admin ON public.{ACCOUNTS} FOR ALL "
        "USING (public.parcours_is_admin()) WITH CHECK (public.parcours_is_admin())"
    )
    return out


# Tables about a household that the CALEOL roles write or read without any right on
# the tenant files: their policy asks ``parcours_household_ok`` (no SELECT on
# ``household`` needed). Members see the whole agenda (occupation reviews included),
# but no letter about a household.
CALEOL_SIDE = {
    DOCUMENTS: "public.parcours_household_ok({column})",
    "caleol_agenda_item": (
        "(SELECT public.parcours_agency()) IS NULL OR {column} IS NULL "
        "OR public.parcours_household_ok({column})"
    ),
}


def scoped_tables(connection: Connection) -> dict[str, str]:
    """Each table to scope by agency, and its policy's condition: the household by its
    agency, then every table with a foreign key to a scoped table, transitively."""
    fks = connection.execute(
        text(
            """
            SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text
            FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
            JOIN pg_namespace n ON n.oid = c.connamespace
            WHERE c.contype = 'f' AND n.nspname = 'public' AND cardinality(c.conkey) = 1
            ORDER BY 1, 2
            """
        )
    ).all()
    visible = "(SELECT public.parcours_agency()) IS NULL"
    conditions = {
        ROOT_TABLE: f"{visible} OR agency_id = (SELECT public.parcours_agency())",
    }
    changed = True
    while changed:
        changed = False
        for child, column, parent in fks:
            child, parent = child.strip('"'), parent.strip('"')
            if parent in conditions and child not in conditions and child != ACCOUNTS:
                if parent == ROOT_TABLE and child in CALEOL_SIDE:
                    conditions[child] = CALEOL_SIDE[child].format(column=q(column))
                else:
                    conditions[child] = (
                        f"{visible} OR {q(column)} IS NULL "
                        f"OR {q(column)} IN (SELECT id FROM public.{q(parent)})"
                    )
                changed = True
    return conditions


def _catalog(connection: Connection) -> tuple[list[str], list[str]]:
    tables = connection.execute(
        text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
    ).scalars()
    sequences = connection.execute(
        text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1")
    ).scalars()
    return list(tables), list(sequences)


def create_roles(connection: Connection, names: Names) -> None:
    """The owner and group roles (cluster-wide), when missing; the connected
    administrator becomes a member of the owner role (to run the migrations)."""
    for role in (names.owner, *names.groups.values()):
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
        ).scalar()
        if not exists:
            connection.exec_driver_sql(f"CREATE ROLE {q(role)} NOLOGIN")
    # The owner provisions the accounts' login roles (parcours_account): CREATEROLE,
    # and the right to grant the groups (needed from PostgreSQL 16 on, where
    # CREATEROLE alone no longer grants any role).
    connection.exec_driver_sql(f"ALTER ROLE {q(names.owner)} NOLOGIN CREATEROLE")
    for group in names.groups.values():
        connection.exec_driver_sql(f"GRANT {q(group)} TO {q(names.owner)} WITH ADMIN OPTION")
    me, superuser = connection.execute(
        text("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user")
    ).one()
    if (
        not superuser
        and not connection.execute(
            text("SELECT pg_has_role(current_user, :o, 'MEMBER')"), {"o": names.owner}
        ).scalar()
    ):
        connection.exec_driver_sql(f"GRANT {q(names.owner)} TO {q(me)}")


def apply_grants(connection: Connection, names: Names) -> None:
    """Ownership, grants, functions and policies on every table (idempotent)."""
    tables, sequences = _catalog(connection)
    for statement in _setup_statements(names, tables, sequences, scoped_tables(connection)):
        connection.exec_driver_sql(statement.replace("%", "%%"))


def provision_existing(connection: Connection) -> list[str]:
    """A login role for each account that has none yet (no password: the administrator
    sets one with a password reset); returns their names."""
    created = []
    rows = connection.execute(
        text(
            "SELECT u.username, u.role, u.active FROM app_user u "
            "WHERE NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = u.username) "
            "ORDER BY u.username"
        )
    ).all()
    for username, role, active in rows:
        if not LOGIN_RE.fullmatch(username):
            continue
        connection.execute(
            text("SELECT parcours_account(:u, :r, :a, NULL)"),
            {"u": username, "r": role, "a": bool(active)},
        )
        created.append(username)
    return created


def server_ready(connection: Connection) -> bool:
    """True when the base was set up by ``init_server`` (accounts are login roles)."""
    return bool(
        connection.execute(
            text("SELECT to_regprocedure('public.parcours_account(text, text, boolean, text)')")
        ).scalar()
    )


def scram_verifier(connection: Connection, login: str, password: str) -> str:
    """The SCRAM-SHA-256 verifier of ``password``, computed by libpq on the client: the
    password itself is never sent to the server nor written in its logs."""
    raw = connection.connection.driver_connection
    assert raw is not None  # an open psycopg connection
    return raw.pgconn.encrypt_password(
        password.encode("utf-8"), login.encode("utf-8"), b"scram-sha-256"
    ).decode("ascii")


def set_account(
    connection: Connection, login: str, role: Role | str, active: bool, password: str | None
) -> None:
    """Create or update the login role of an account (through ``parcours_account``)."""
    role = Role(role)
    verifier = scram_verifier(connection, login, password) if password is not None else None
    connection.execute(
        text("SELECT parcours_account(:u, :r, :a, :v)"),
        {"u": login, "r": role.value, "a": bool(active), "v": verifier},
    )


def set_own_password(connection: Connection, login: str, password: str) -> None:
    """The signed-in user's own login role gets the new password, and the account's
    ``must_change_password`` is cleared with it (``parcours_own_password``)."""
    verifier = scram_verifier(connection, login, password)
    if not VERIFIER_RE.fullmatch(verifier):
        raise ValueError("unexpected verifier")
    connection.execute(text("SELECT parcours_own_password(:v)"), {"v": verifier})


def transfer_ownership(connection: Connection, names: Names) -> None:
    """Existing tables (created by whoever ran the first migrations) go to the owner
    role, which may create the next ones in the schema."""
    owner = q(names.owner)
    connection.exec_driver_sql(f"GRANT USAGE, CREATE ON SCHEMA public TO {owner}")
    tables, _sequences = _catalog(connection)
    for table in tables:
        connection.exec_driver_sql(f"ALTER TABLE public.{q(table)} OWNER TO {owner}")
    if connection.execute(
        text("SELECT to_regprocedure('public.audit_event_append_only()')")
    ).scalar():
        connection.exec_driver_sql(
            f"ALTER FUNCTION public.audit_event_append_only() OWNER TO {owner}"
        )


@dataclass
class InitReport:
    created_logins: list[str]
    scoped_tables: list[str]


def init_server(engine, names: Names = Names()) -> InitReport:
    """Set the server up (idempotent): roles, the schema migrated as the owner role,
    ownership, grants, functions, row-level security, a login role per account.

    ``engine`` connects as the database administrator: a superuser, or a role with
    CREATEROLE that owns the database (or is a member of the owner role)."""
    from alembic import command

    from desktop.storage.db import alembic_config

    if engine.dialect.name != "postgresql":
        raise ValueError("server roles need PostgreSQL")
    with engine.begin() as connection:
        create_roles(connection, names)
    with engine.begin() as connection:
        transfer_ownership(connection, names)
        connection.exec_driver_sql(f"SET LOCAL ROLE {q(names.owner)}")
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
        connection.exec_driver_sql("RESET ROLE")
        apply_grants(connection, names)
        scoped = sorted(scoped_tables(connection))
        created = provision_existing(connection)
    return InitReport(created, scoped)


def password_ok(url: str, login: str, password: str) -> bool:
    """Whether the server accepts ``password`` for ``login`` (a fresh connection)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from desktop.storage.errors import is_authentication_failure

    u = make_url(url)
    try:
        psycopg.connect(
            host=u.host or "",
            port=u.port or 5432,
            dbname=u.database or "",
            user=login,
            password=password,
            connect_timeout=5,
        ).close()
    except psycopg.OperationalError as exc:
        if is_authentication_failure(exc):
            return False
        raise
    return True


def drop_roles(connection: Connection, names: Names, logins: Iterable[str] = ()) -> None:
    """Remove the roles (tests, uninstall): after the databases using them are gone."""
    for role in (*logins, *names.groups.values(), names.owner):
        connection.exec_driver_sql(f"DROP ROLE IF EXISTS {q(role)}")
