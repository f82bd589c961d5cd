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
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from desktop.domain.roles import AGENCY_SCOPED, Permission, Role, has_permission
from desktop.storage.server_guards import (
    AUDIT_HEAD,
    CANDIDATE_KEYS,
    DOCUMENTS,
    KEYS,
    guard_functions,
    guard_triggers,
    lit,
    q,
    sql_tuple,
)
from desktop.storage.server_trail import TRAIL, create_trail, trail_statements

DEFAULT_PREFIX = "parcours"
PREFIX_RE = re.compile(r"[a-z][a-z0-9_]{0,30}")
# Account names are also login role names (unquoted-safe, at most 63 bytes).
LOGIN_RE = re.compile(r"[a-z0-9][a-z0-9._-]{1,62}")

# The tables whose rows belong to an agency (the household's), scoped by RLS.
ROOT_TABLE = "household"
VISIBLE = "(SELECT public.parcours_agency()) IS NULL"
# A CALEOL commission or a call campaign of no agency serves every agency.
_OWN_OR_NONE = (
    f"{VISIBLE} OR agency_id = (SELECT public.parcours_agency()) "
    "OR (agency_id IS NULL AND (SELECT public.parcours_agency()) <> -1)"
)
# A member reads the sessions of the commission he sits in: an agency role whose
# account holds an active seat there too (parcours_seats), whatever its agency.
SEATED = "id IN (SELECT public.parcours_seats())"
# A member-only account (no agency, like the roles that read every agency's rows) reads
# only the commissions where it sits, and what hangs off them: its rows are checked
# against their parents, never taken whole (parcours_member_only).
MEMBER_ONLY = "(SELECT public.parcours_member_only())"
SEES_ALL = f"({VISIBLE} AND NOT {MEMBER_ONLY})"
# The commissions the session reads (the services' commission_scope).
COMMISSION_READ = f"(({_OWN_OR_NONE}) AND NOT {MEMBER_ONLY}) OR {SEATED}"
# The roots of the agency's scope, and their policies' conditions: every table with a
# foreign key to one of them is scoped with it (scoped_tables).
ROOT_TABLES = {
    ROOT_TABLE: f"{VISIBLE} OR agency_id = (SELECT public.parcours_agency())",
    "caleol_commission": COMMISSION_READ,
    "campaign": _OWN_OR_NONE,
}
# Columns of app_user every group may read (colleagues' names, roles, agencies: who did
# what, members' seats, callers), not the password hash nor the sign-in bookkeeping.
USER_READ_COLUMNS = (
    "id",
    "username",
    "full_name",
    "role",
    "agency_id",
    "active",
    "version",
    "created_at",
)
# An account's sign-in bookkeeping: read by the administrators and the auditors, and by
# each account for its own row only (``parcours_own_account()``, ``load_own_account``):
# not by its colleagues (when they sign in, fail, are locked, which one still has the
# password an administrator chose, their workstation login).
USER_BOOKKEEPING_COLUMNS = (
    "os_login",
    "failed_attempts",
    "locked_at",
    "last_login_at",
    "password_changed_at",
    "must_change_password",
)
# The roles that read them (and every account's events: sign-ins, failures, locks).
ACCOUNT_READERS = (Role.ADMIN, Role.AUDITOR)
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
        colleagues = tuple(r for r in others if r not in ACCOUNT_READERS)
        return [
            Grant("SELECT, INSERT, UPDATE", (Role.ADMIN,)),
            Grant(f"SELECT ({', '.join(USER_READ_COLUMNS)})", colleagues),
            Grant(
                f"SELECT ({', '.join(USER_READ_COLUMNS + USER_BOOKKEEPING_COLUMNS)})",
                tuple(r for r in ACCOUNT_READERS if r is not Role.ADMIN),
            ),
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
    if table == TRAIL:  # written by its triggers' function only
        return [Grant("SELECT", (Role.ADMIN, Role.AUDITOR))]
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

# The table of each audited entity (``audit_event.entity``; ``entity_id`` is the id of a
# row there): an agency role reads the events about a row it reads (parcours_audit_ok).
AUDITED_TABLES = {
    "dossier": "household",
    "conge": "notice",
    "plan": "payment_plan",
    "document": DOCUMENTS,
    "campagne": "campaign",
    "campagne_fiche": "campaign_target",
    "campagne_appel": "campaign_call",
    "campagne_orientation": "campaign_referral",
    "caleol_commission": "caleol_commission",
    "caleol_membre": "caleol_member",
    "caleol_seance": "caleol_session",
    "caleol_point": "caleol_agenda_item",
    "caleol_candidat": "caleol_candidate",
    "cotation_candidat": "caleol_candidate",
    "caleol_vote": "caleol_vote",
    "caleol_conflit": "caleol_conflict",
    "caleol_pv": "caleol_minutes_version",
    "caleol_message": "caleol_member_message",
    "cotation_refus": "cotation_refusal",
}
ACCOUNT_ENTITY = "compte"


def _audited_rows() -> str:
    return "\n            ".join(
        f"IF p_entity = {lit(entity)} THEN RETURN EXISTS "
        f"(SELECT 1 FROM public.{q(table)} AS t WHERE t.id = p_id); END IF;"
        for entity, table in AUDITED_TABLES.items()
    )


def _role_in(function: str, roles: Iterable[Role], owner: str) -> str:
    """A function true when the session is the owner's or an active account of one of
    ``roles`` (``owner``: a SQL literal)."""
    return f"""CREATE OR REPLACE FUNCTION {function}() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            SELECT pg_has_role(session_user, {owner}, 'USAGE') OR EXISTS (
                SELECT 1 FROM public.app_user AS u WHERE u.username = session_user::text
                AND u.active AND u.role IN {sql_tuple(r.value for r in roles)})
        $$"""


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
        # Whether the session may read the audit events about the row ``p_id`` of the
        # entity ``p_entity``: every role but the agency ones; these, only if they read
        # that row themselves (its table's policies decide, hence SECURITY INVOKER, and
        # plpgsql: a table is read, its rights checked, only for the entity at hand, never
        # for the roles that read the whole trail); their own account's events too.
        # An entity of no agency (settings, backups, reports…) or a row gone: not read.
        f"""CREATE OR REPLACE FUNCTION parcours_audit_ok(p_entity text, p_id integer)
        RETURNS boolean LANGUAGE plpgsql STABLE SET search_path = pg_catalog, public AS $$
        BEGIN
            IF public.parcours_agency() IS NULL THEN RETURN true; END IF;
            IF p_id IS NULL THEN RETURN false; END IF;
            {_audited_rows()}
            IF p_entity = {lit(ACCOUNT_ENTITY)} THEN
                RETURN EXISTS (SELECT 1 FROM public.app_user AS u
                               WHERE u.id = p_id AND u.username = session_user::text);
            END IF;
            RETURN false;
        END $$""",
        # The commissions where the session's (active) account holds an active member's
        # seat (caleol_member.app_user_id): their rows are read whatever the agency.
        # SECURITY DEFINER: caleol_member is scoped through caleol_commission, whose
        # policy asks this (a policy reading it would recurse).
        """CREATE OR REPLACE FUNCTION parcours_seats() RETURNS SETOF integer
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            SELECT m.commission_id FROM public.caleol_member AS m
            JOIN public.app_user AS u ON u.id = m.app_user_id
            WHERE u.username = session_user::text AND u.active AND m.active
        $$""",
        # Whether the session is a member-only account (MEMBRE_CALEOL): it reads the
        # commissions where it sits only (COMMISSION_READ, SEES_ALL).
        f"""CREATE OR REPLACE FUNCTION parcours_member_only() RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            SELECT EXISTS (SELECT 1 FROM public.app_user AS u
                           WHERE u.username = session_user::text
                           AND u.role = {lit(Role.CALEOL_MEMBER.value)})
        $$""",
        # The session's own account's sign-in bookkeeping (its colleagues' is not granted).
        """CREATE OR REPLACE FUNCTION parcours_own_account()
        RETURNS TABLE (id integer, os_login text, failed_attempts integer,
                       locked_at timestamp, last_login_at timestamp,
                       password_changed_at timestamp, must_change_password boolean)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            SELECT u.id, u.os_login::text, u.failed_attempts, u.locked_at, u.last_login_at,
                   u.password_changed_at, u.must_change_password
            FROM public.app_user AS u WHERE u.username = session_user::text
        $$""",
        # Whether the session reads every account's sign-in bookkeeping and events.
        _role_in("parcours_reads_accounts", ACCOUNT_READERS, owner),
        # Whether the session reads housing applicants (parcours_applicants policies).
        _role_in("parcours_reads_applicants", APPLICANT_READERS, owner),
        # Whether the session may read the register line ``doc`` of a CALEOL session
        # (a member's convocation, the signed minutes: no household, no candidature):
        # a role with a CALEOL right, and a commission it reads (SECURITY DEFINER: the
        # tables that point to the line point back to it, a policy through them would
        # recurse). Any other line: true.
        f"""CREATE OR REPLACE FUNCTION parcours_caleol_document_ok(doc integer)
        RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
            WITH sessions AS (
                SELECT m.session_id FROM public.caleol_member_message AS m
                WHERE m.document_id = doc
                UNION ALL
                SELECT v.session_id FROM public.caleol_minutes_signature AS g
                JOIN public.caleol_minutes_version AS v ON v.id = g.version_id
                WHERE g.document_id = doc
            )
            SELECT NOT EXISTS (SELECT 1 FROM sessions) OR (
                public.parcours_reads_applicants() AND EXISTS (
                    SELECT 1 FROM sessions AS x
                    JOIN public.caleol_session AS s ON s.id = x.session_id
                    WHERE s.commission_id IN (
                        SELECT id FROM public.caleol_commission WHERE {COMMISSION_READ})))
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
        *guard_functions(owner),
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
        "parcours_seats()",
        "parcours_member_only()",
        "parcours_own_account()",
        "parcours_reads_accounts()",
        "parcours_household_ok(integer)",
        "parcours_audit_ok(text, integer)",
        "parcours_caleol_document_ok(integer)",
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
    out += guard_triggers()
    out += trail_statements(q(owner), q(groups[Role.ADMIN]), list(scoped))
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
        f"{sql_tuple(APPLICANT_ENTITIES)} OR {readers})"
    )
    # The accounts' events (sign-ins, failures, locks, password changes): like their
    # bookkeeping columns, read by the administrators and auditors; the others read
    # their own only (by them, or about their account).
    out.append(f"DROP POLICY IF EXISTS parcours_accounts ON public.{AUDIT}")
    out.append(
        f"CREATE POLICY parcours_accounts ON public.{AUDIT} AS RESTRICTIVE FOR SELECT "
        f"USING (entity <> {lit(ACCOUNT_ENTITY)} OR actor = session_user::text "
        f"OR (SELECT public.parcours_reads_accounts()) OR entity_id = (SELECT u.id FROM "
        "public.app_user AS u WHERE u.username = session_user::text))"
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
    # An agency role reads the events about what it reads itself (parcours_audit_ok),
    # and its own events; not even that another agency's notice or plan has a history.
    out.append(
        f"CREATE POLICY parcours_read ON public.{AUDIT} FOR SELECT USING ("
        "(SELECT public.parcours_agency()) IS NULL OR actor = session_user::text "
        "OR public.parcours_audit_ok(entity, entity_id))"
    )
    # The keys of the households' audit snapshots (no foreign key, so not scoped with
    # the files): an agency role reads and creates only those of its agency's files.
    # (Its own events about another agency's file, a refusal say, are readable by it:
    # their snapshots stay sealed without that file's key.)
    # (A member-only account, which reads no tenant file, reads none.)
    keys_ok = f"{SEES_ALL} OR public.parcours_household_ok(household_id)"
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
# but no letter about a household. A letter to an applicant (``candidate_id``, no
# foreign key: a decision letter, its subject and paths name him) is read with the
# candidature only (every role reads ``caleol_candidate``'s rows its policies allow);
# a convocation or the signed minutes with their session (parcours_caleol_document_ok).
CALEOL_SIDE = {
    DOCUMENTS: (
        "public.parcours_household_ok({column}) AND (" + SEES_ALL + " OR ((candidate_id IS NULL "
        "OR candidate_id IN (SELECT id FROM public.caleol_candidate)) "
        "AND public.parcours_caleol_document_ok(id)))"
    ),
    # (a seated member reads his commission's whole agenda, occupation reviews of
    # another agency's households included, as a member does)
    "caleol_agenda_item": (
        "(SELECT public.parcours_agency()) IS NULL OR {column} IS NULL "
        "OR public.parcours_household_ok({column}) OR session_id IN (SELECT s.id FROM "
        "public.caleol_session AS s WHERE s.commission_id IN (SELECT public.parcours_seats()))"
    ),
}


def scoped_tables(connection: Connection) -> dict[str, str]:
    """Each table to scope by agency, and its policy's condition: the roots by their
    agency (``ROOT_TABLES``), then every table with a foreign key to a scoped table,
    transitively; a row is seen only if every scoped row it points to is."""
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
    links = [(child.strip('"'), column, parent.strip('"')) for child, column, parent in fks]
    scoped = set(ROOT_TABLES)
    changed = True
    while changed:
        changed = False
        for child, _column, parent in links:
            if parent in scoped and child not in scoped and child != ACCOUNTS:
                scoped.add(child)
                changed = True
    conditions = dict(ROOT_TABLES)
    for table in sorted(scoped - set(ROOT_TABLES)):
        parts = []
        for child, column, parent in links:
            if child != table or parent not in scoped or parent == child:
                continue  # (a self-reference, a substitute's member, would recurse)
            if parent == ROOT_TABLE and child in CALEOL_SIDE:
                parts.append(CALEOL_SIDE[child].format(column=q(column)))
            else:
                parts.append(
                    f"{SEES_ALL} OR {q(column)} IS NULL "
                    f"OR {q(column)} IN (SELECT id FROM public.{q(parent)})"
                )
        conditions[table] = " AND ".join(f"({part})" for part in parts)
    # The keys of the candidatures' audit snapshots (no foreign key, like the files'
    # keys): an agency role reads only those of the candidatures it reads.
    conditions[CANDIDATE_KEYS] = (
        f"{SEES_ALL} OR candidate_id IN (SELECT id FROM public.caleol_candidate)"
    )
    return conditions


# The tables every group that has a grant on them reads whole (no agency policy), and
# why: none holds a tenant's or an applicant's data. tests/test_rls_tables.py fails on a
# table neither scoped (a policy) nor listed here, and on a listed one that holds a
# person's data without a reason that says whose and why.
OPEN_TABLES = {
    "alembic_version": "the schema's version",
    "agency": "the agencies' codes and names",
    "app_setting": "the settings (administrators write them; no secret: the mail relay's "
    "password is read from an environment variable)",
    ACCOUNTS: "PERSONAL (staff): colleagues' names, roles and agencies, read by every "
    "account (who did what, members' seats, callers); not the password hash nor the "
    "sign-in bookkeeping (column grants: administrators and auditors; one's own row "
    "through parcours_own_account); each one writes only his own row's sign-in "
    "bookkeeping (policies parcours_read/_write)",
    AUDIT_HEAD: "the audit chain's head: a rank and a hash",
    TRAIL: "the server's trail of writes (who, when, table, row id; no content): read by "
    "administrators and auditors only (grants), written by its triggers only",
    "attribution_target_setting": "the yearly allocation targets (rates, amounts)",
    "cotation_grid": "the cotation grids (criteria, points)",
    "cotation_criterion": "the cotation grids' criteria",
    "crisis_protocol": "the crisis protocols (organisation-wide texts)",
    "crisis_protocol_association": "PERSONAL (partners): the associations that signed a "
    "crisis protocol and their signatory's name and quality, organisation-wide",
    "dwelling": "PERSONAL (indirect): the housing stock of every agency (addresses, "
    "types, surfaces); who lives there is in household, scoped; the CALEOL offers "
    "dwellings of any agency (a commission of no agency)",
}


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
    create_trail(connection)
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


def load_own_account(session: Session, user: Any) -> None:
    """On a server, the sign-in bookkeeping of the session's own account (``user``, an
    ``AppUser`` just loaded) read through ``parcours_own_account()``: an account other
    than an administrator or an auditor may not read those columns (of any row), and
    the ORM would otherwise load them when used. Elsewhere: loaded when used."""
    if session.get_bind().dialect.name != "postgresql":
        return
    connection = session.connection()
    if not connection.execute(
        text("SELECT to_regprocedure('public.parcours_own_account()')")
    ).scalar():
        return
    row = connection.execute(text("SELECT * FROM public.parcours_own_account()")).first()
    if row is not None and row.id == user.id:
        for column in USER_BOOKKEEPING_COLUMNS:
            set_committed_value(user, column, getattr(row, column))


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
