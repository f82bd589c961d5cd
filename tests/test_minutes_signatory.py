"""Who signs CALEOL minutes, and who the minutes say did not vote (issue 13), on SQLite
and PostgreSQL: only the member who presides the session (the president, or the member
named as his substitute for the session) signs, from his own account, with a
certificate in his own name; the minutes list the mayor of each commune of the agenda
and, for each dwelling, the members who did not vote and why."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from desktop.documents import minutes as documents
from desktop.documents import signing
from desktop.domain.caleol import Decision, SessionStatus, Vote
from desktop.domain.errors import PermissionDenied, UserError, ValidationError
from desktop.domain.minutes import MinutesStatus, NonVoteReason, signer_matches
from desktop.domain.roles import Role
from desktop.services import accounts, tenants
from desktop.services import caleol as cal
from desktop.services.authz import REFUSED
from desktop.services.caleol import minutes as pvs
from desktop.services.context import Actor
from desktop.storage.caleol_models import Session as SessionRow
from desktop.storage.models import AuditEvent
from tests.test_minutes_service import World, _approve_all, pdf_text


@pytest.fixture(scope="module")
def renderer():
    with documents.MinutesRenderer() as r:
        yield r


@pytest.fixture
def world(db, actor, agency, make_file) -> World:
    household = tenants.create_tenant_file(db, actor, make_file(7))
    return World(db, actor, household)


def _key(tmp_path, name: str):
    folder = tmp_path / name.replace(" ", "_")
    folder.mkdir(exist_ok=True)
    path, password, _cert = signing.make_test_certificate(folder, name, "Logis de Garonne")
    return signing.load_signing_key(path, password)


def _set_acting_president(w: World, member_id: int | None) -> None:
    view = cal.get_session(w.db, w.admin, w.session_id)
    cal.update_session(
        w.db,
        w.admin,
        w.session_id,
        cal.SessionData(
            number=view.number,
            session_date=view.session_date,
            mode=view.mode,
            start_time=view.start_time,
            place=view.place,
            technical_means=view.technical_means,
            end_time=view.end_time,
            secretary_name=view.secretary_name,
            acting_president_id=member_id,
        ),
        view.version,
    )


def _approved_version(w: World, renderer, note: str = ""):
    v = pvs.generate_draft(w.db, w.secretary, w.session_id, note, renderer=renderer)
    pvs.send_for_review(w.db, w.secretary, v.id, v.pdf_path.parent / f"envoi-{v.number}")
    _approve_all(w, v.id)
    v = pvs.get_version(w.db, w.secretary, v.id)
    assert v.status is MinutesStatus.APPROVED
    return v


@pytest.mark.parametrize(
    "certificate, first, last, expected",
    [
        ("Claire Moreau", "Claire", "Moreau", True),
        ("MOREAU Claire", "Claire", "Moreau", True),
        ("Catherine Lefevre", "Catherine", "Lefèvre", True),
        ("catherine  LEFÈVRE", "Catherine", "Lefèvre", True),
        ("Jean Marc Dubois", "Jean-Marc", "Dubois", True),
        ("Paul Lefèvre", "Catherine", "Lefèvre", False),
        ("Lefèvre", "Catherine", "Lefèvre", False),
        ("Claire Moreau-Duval", "Claire", "Moreau", False),
        ("", "Claire", "Moreau", False),
    ],
)
def test_certificate_name_matches_the_member(certificate, first, last, expected):
    assert signer_matches(certificate, first, last) is expected


def test_only_the_president_signs_with_his_own_certificate(world, renderer, tmp_path):
    db = world.db
    v = _approved_version(world, renderer)
    president_key = _key(tmp_path, "CLAIRE MOREAU")  # case and order do not matter

    # an administrator cannot sign in the president's place, even with her certificate
    with pytest.raises(PermissionDenied) as err:
        pvs.sign(db, world.admin, v.id, president_key, renderer=renderer)
    message = str(err.value)
    assert "signé par Mme Claire Moreau (présidente de la commission)" in message
    assert "pas même un administrateur" in message
    # nor another member, nor the secretary
    for other in (world.users["p.lefevre"], world.secretary):
        with pytest.raises(PermissionDenied):
            pvs.sign(db, other, v.id, president_key, renderer=renderer)
    # the president with somebody else's certificate
    with pytest.raises(UserError) as err:
        pvs.sign(db, world.users["c.moreau"], v.id, _key(tmp_path, "Paul Lefèvre"))
    assert "établi au nom de « Paul Lefèvre »" in str(err.value)
    assert "Mme Claire Moreau signe le procès-verbal avec son propre certificat" in str(err.value)
    assert pvs.get_version(db, world.secretary, v.id).status is MinutesStatus.APPROVED
    with db.reader() as s:
        refused = s.scalars(
            select(AuditEvent.actor).where(
                AuditEvent.action == REFUSED, AuditEvent.entity == "caleol_pv"
            )
        ).all()
    assert world.admin.username in refused, "the refusals are recorded in the audit trail"

    assert pvs.signatory(db, world.admin, world.session_id).problem
    assert pvs.signatory(db, world.users["c.moreau"], world.session_id).is_actor

    signed = pvs.sign(db, world.users["c.moreau"], v.id, president_key, renderer=renderer)
    assert signed.status is MinutesStatus.SIGNED
    assert signed.signature.signer == "CLAIRE MOREAU"
    assert signed.signature.signed_by == "c.moreau"
    report = signing.verify_pdf(signed.signature.pdf_path)
    assert report.signed and report.intact and report.signer == "CLAIRE MOREAU"
    signed_text = pdf_text(signed.signature.pdf_path)
    assert "La présidente de la commission" in signed_text
    # the visible stamp shows the signer's own name
    assert "Signé électroniquement par CLAIRE MOREAU" in signed_text


def test_the_substitute_named_for_the_session_signs_instead(world, renderer, tmp_path):
    db = world.db
    # a prefect's representative cannot stand in for the president; nor a stranger
    with pytest.raises(ValidationError) as err:
        _set_acting_president(world, world.m["vidal"])
    assert "ne peut pas suppléer le président" in str(err.value)
    # a substitute without an account cannot sign: nobody may sign for him
    _set_acting_president(world, world.m["garnier"])
    v = _approved_version(world, renderer)
    with pytest.raises(UserError) as err:
        pvs.sign(db, world.users["c.moreau"], v.id, _key(tmp_path, "Claire Moreau"))
    assert "Mme Sophie Garnier" in str(err.value) or "Sophie Garnier" in str(err.value)
    assert "aucun compte n'est lié à son siège" in str(err.value)

    _set_acting_president(world, world.m["lefevre"])
    v = _approved_version(world, renderer, "Président de séance : M. Lefèvre")
    assert v.minutes.session.president == "M. Paul LEFÈVRE"
    with pytest.raises(PermissionDenied) as err:  # the president herself does not sign now
        pvs.sign(db, world.users["c.moreau"], v.id, _key(tmp_path, "Claire Moreau"))
    assert "M. Paul Lefèvre (suppléant du président, désigné pour présider la séance)" in str(
        err.value
    )
    signed = pvs.sign(
        db, world.users["p.lefevre"], v.id, _key(tmp_path, "Paul Lefevre"), renderer=renderer
    )
    assert signed.signature.signer == "Paul Lefevre"
    assert signing.verify_pdf(signed.signature.pdf_path).signer == "Paul Lefevre"
    text_ = pdf_text(signed.signature.pdf_path)
    assert "Le président de séance, suppléant du président" in text_
    assert "Signé électroniquement par Paul Lefevre" in text_
    assert "M. Paul LEFÈVRE (président de séance)" in text_
    assert "sous la présidence de M. Paul LEFÈVRE" in text_
    with db.reader() as s:
        assert s.get(SessionRow, world.session_id).acting_president_id == world.m["lefevre"]
    # still valid for tools that no one here wrote, and for parcours verify-pdf
    from desktop.cli import main as cli_main

    path = str(signed.signature.pdf_path)
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", path], capture_output=True, text=True).stdout
        assert "Signature is Valid" in out and "Total document signed" in out, out
    assert cli_main(["verify-pdf", path]) == 0


def test_no_president_no_signature(world, renderer, tmp_path):
    db = world.db
    v = _approved_version(world, renderer)
    with db.transaction() as s:
        s.execute(text("UPDATE caleol_member SET is_president = :f"), {"f": False})
    with pytest.raises(UserError) as err:
        pvs.sign(db, world.users["c.moreau"], v.id, _key(tmp_path, "Claire Moreau"))
    assert "la commission n'a pas de président" in str(err.value)


def test_minutes_name_every_mayor_by_right_and_each_non_voter(world, renderer, tmp_path):
    db, admin = world.db, world.admin
    cal.set_session_status(db, admin, world.session_id, SessionStatus.OPEN)
    item3 = cal.add_dwelling_item(
        db,
        admin,
        world.session_id,
        cal.DwellingItemData(
            reference="LGT-MER-0231",
            address="112 avenue de la Marne",
            postcode="33700",
            commune="Mérignac",
            dwelling_type="T3",
            rent=Decimal("420.00"),
            charges=Decimal("80.00"),
        ),
    ).id
    cand = cal.add_candidate(
        db,
        admin,
        item3,
        cal.CandidateData(
            numero_unique="033332500009999",
            first_name="Inès",
            last_name="Garcia",
            civility="Mme",
            monthly_resources=Decimal("1800.00"),
        ),
    ).id
    for key in ("moreau", "lefevre", "roux", "blanchard"):
        cal.record_vote(db, admin, cand, world.m[key], Vote.POUR)
    cal.decide(db, admin, cand, Decision.ATTRIBUTION)
    cal.close_session(db, admin, world.session_id)

    minutes = pvs.build_minutes(db, world.secretary, world.session_id)
    mayor_line = next(m for m in minutes.members if m.name == "Maire de Mérignac")
    assert mayor_line.id is None and mayor_line.by_right.endswith("situés à Mérignac")
    by_dwelling = {
        d.reference: {n.name: (n.reason, n.detail) for n in d.non_voters} for d in minutes.dwellings
    }
    R = NonVoteReason
    assert by_dwelling["LGT-004100"] == {
        "Mme Sophie GARNIER": (R.DID_NOT_VOTE, ""),  # represented, no vote cast for her
        "M. Hugo BLANCHARD": (R.CONFLICT, "candidat n° 1"),
        "Mme Nadia CHERIF": (R.ABSENT, ""),
        "M. Thomas VIDAL": (R.ABSENT, ""),
    }
    assert by_dwelling["LGT-MER-0231"] == {
        "Mme Sophie GARNIER": (R.DID_NOT_VOTE, ""),
        "Mme Nadia CHERIF": (R.ABSENT, ""),
        "Mme Isabelle PERRIN": (R.NOT_CONCERNED, "logement situé à Mérignac"),
        "M. Thomas VIDAL": (R.ABSENT, ""),
        "Maire de Mérignac": (R.ABSENT, "aucun représentant désigné à la commission"),
    }

    v = pvs.generate_draft(db, world.secretary, world.session_id, renderer=renderer)
    pdf = pdf_text(v.pdf_path)
    assert "Maire de Mérignac" in pdf
    assert "Membre de droit pour les logements situés à Mérignac" in pdf
    assert "Membre de droit pour les logements situés à Bordeaux" in pdf  # Mme Perrin
    for phrase in (
        "M. Hugo BLANCHARD (conflit d'intérêts : candidat n° 1)",
        "Mme Nadia CHERIF (absente)",
        "M. Thomas VIDAL (absent)",
        "Mme Isabelle PERRIN (non concernée : logement situé à Mérignac)",
        "Maire de Mérignac (absent : aucun représentant désigné à la commission)",
        "Mme Sophie GARNIER (n'a pas pris part au vote)",
    ):
        assert phrase in pdf, phrase
    assert pdf.count("Membres à voix délibérative n'ayant pas pris part au vote") == 3
    # the seat with nobody in it was convened to nobody: the count agrees with the quorum's
    assert (
        "Membres à voix délibérative : 8 convoqués, 0 présent, 5 à distance, 1 représenté, "
        "2 absents. Siège sans représentant désigné : Maire de Mérignac."
    ) in pdf
    assert "6 membres à voix délibérative sur 8 ont pris part" in pdf
    # the DOCX for hand editing says the same
    from desktop.documents import engine

    docx = pvs.export_minutes(db, world.secretary, world.session_id, tmp_path / "pv.docx")
    body = " ".join(engine.docx_paragraphs(docx.read_bytes())).replace("\u00a0", " ")
    assert "Maire de Mérignac (absent : aucun représentant désigné à la commission)" in body
    assert "Mme Isabelle PERRIN (non concernée : logement situé à Mérignac)" in body


def test_migration_0015_keeps_the_sessions(db, actor, agency, make_file):
    from alembic import command

    from desktop.storage.db import alembic_config

    household = tenants.create_tenant_file(db, actor, make_file(7))
    w = World(db, actor, household)
    _set_acting_president(w, w.m["lefevre"])
    cfg = alembic_config(db.engine)
    with db.engine.begin() as c:
        cfg.attributes["connection"] = c
        command.downgrade(cfg, "0014")
    with db.engine.connect() as c:
        columns = [r for r in c.execute(text("SELECT * FROM caleol_session")).keys()]
        assert "acting_president_id" not in columns
        assert c.execute(text("SELECT number FROM caleol_session")).scalar() == "2026-04"
    db.upgrade()
    assert db.schema_revision() >= "0015"
    view = cal.get_session(db, actor, w.session_id)
    assert view.acting_president_id is None and view.number == "2026-04"
    _set_acting_president(w, w.m["lefevre"])
    assert cal.get_session(db, actor, w.session_id).acting_president_name == "M. Paul Lefèvre"


def test_member_account_roles_do_not_matter_only_the_seat(world, renderer, tmp_path):
    """An administrator who is himself the president (his account linked to her seat)
    signs: the seat decides, not the role."""
    db = world.db
    uid = accounts.create_user(
        db,
        world.admin,
        "c.moreau.admin",
        "Claire Moreau",
        Role.ADMIN,
        "Caleol-test-2026!",
        must_change_password=False,
    )
    admin_president = Actor("c.moreau.admin", "Claire Moreau", role=Role.ADMIN, user_id=uid)
    v = _approved_version(world, renderer)
    with db.transaction() as s:
        s.execute(
            text("UPDATE caleol_member SET app_user_id = :u WHERE id = :m"),
            {"u": uid, "m": world.m["moreau"]},
        )
    signed = pvs.sign(db, admin_president, v.id, _key(tmp_path, "Claire Moreau"), renderer=renderer)
    assert signed.status is MinutesStatus.SIGNED


def test_command_line_names_the_substitute_and_signs(
    world, db_url, renderer, tmp_path, capsys, monkeypatch
):
    from desktop import cli

    def run(*argv, user: str | None = None) -> tuple[int, str, str]:
        extra = ["--user", user] if user else []
        code = cli.main(["caleol", *argv, "--db", db_url, *extra])
        out, err = capsys.readouterr()
        return code, out, err

    monkeypatch.setenv("PARCOURS_PASSWORD", "Caleol-test-2026!")
    code, _, err = run("acting-president", "2026-04", "--member", "Thomas Vidal")
    assert code == 2 and "--member : M. Thomas Vidal ne peut pas suppléer le président" in err
    code, _, err = run("acting-president", "2026-04", "--member", "Personne Inconnue")
    assert code == 2 and "Aucun membre « Personne Inconnue »" in err
    code, out, _ = run("acting-president", "2026-04", "--member", "lefevre paul")
    assert code == 0 and "présidée par M. Paul Lefèvre, suppléant du président" in out
    v = _approved_version(world, renderer)
    folder = tmp_path / "cert"
    folder.mkdir()
    path, password, _cert = signing.make_test_certificate(folder, "Paul Lefèvre", "Logis")
    monkeypatch.setenv("PARCOURS_CERT_PASSWORD", password)
    # the president herself, and an administrator, are refused before the certificate
    code, _, err = run("sign-minutes", "2026-04", "--cert", str(path), user="c.moreau")
    assert code == 2 and "est signé par M. Paul Lefèvre (suppléant du président" in err
    code, _, err = run("sign-minutes", "2026-04", "--cert", str(path))
    assert code == 2 and "pas même un administrateur" in err
    assert pvs.get_version(world.db, world.secretary, v.id).status is MinutesStatus.APPROVED
    code, out, err = run("sign-minutes", "2026-04", "--cert", str(path), user="p.lefevre")
    assert code == 0, err
    assert "signé par Paul Lefèvre" in out and "La séance est verrouillée." in out
    signed = pvs.get_version(world.db, world.secretary, v.id)
    assert signed.status is MinutesStatus.SIGNED and signed.signature.signed_by == "p.lefevre"
    code, out, _ = run("acting-president", "2026-04", "--none")
    assert code == 2  # locked by the signed minutes


def test_demo_president_signs_the_demo_minutes_as_herself(db, actor, agency, renderer, tmp_path):
    from desktop.services.caleol import demo as caleol_demo

    accounts.create_demo_accounts(db)
    sid = caleol_demo.create_demo_session(db, actor)
    president = Actor(
        "presidente.caleol",
        role=Role.CALEOL_MEMBER,
        user_id=accounts.find_user_id(db, caleol_demo.DEMO_PRESIDENT_ACCOUNT),
    )
    who = pvs.signatory(db, president, sid)
    assert who.is_actor and who.name == "Mme Catherine Lefèvre" and not who.substitute
    # The demo's member account (a member-only account) sits there too, as Jean-Marc
    # Dubois: it reads the session (it reads only the commissions where it sits).
    from desktop.services import caleol

    member = Actor(
        caleol_demo.DEMO_MEMBER_ACCOUNT,
        role=Role.CALEOL_MEMBER,
        user_id=accounts.find_user_id(db, caleol_demo.DEMO_MEMBER_ACCOUNT),
    )
    assert [s.id for s in caleol.list_sessions(db, member)] == [sid]
    assert not pvs.signatory(db, member, sid).is_actor
    v = pvs.generate_draft(db, actor, sid, renderer=renderer)
    pvs.send_for_review(db, actor, v.id, tmp_path / "envoi")
    for member_id, _name in v.approval.required:
        pvs.review(db, actor, v.id, member_id, "APPROVE")  # answers recorded by the secretary
    key = _key(tmp_path, "Catherine Lefèvre")
    with pytest.raises(PermissionDenied):
        pvs.sign(db, actor, v.id, key, renderer=renderer)
    signed = pvs.sign(db, president, v.id, key, renderer=renderer)
    text_ = pdf_text(signed.signature.pdf_path)
    assert "Signé électroniquement par Catherine Lefèvre" in text_
    assert "La présidente de la commission" in text_
