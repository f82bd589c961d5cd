"""``parcours caleol``: sessions, show, import-votes, occupation-due."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.cli import main
from desktop.domain.caleol import AttendanceMode, MemberRole, SessionMode
from desktop.services import caleol, tenants
from desktop.services.caleol import CandidateData, DwellingItemData, SessionData
from desktop.services.caleol import demo as caleol_demo
from desktop.storage.caleol_models import Vote as VoteRow
from tests.conftest import admin_actor, create_test_agency

DAY = dt.date(2026, 11, 23)


def _demo_session(db):
    """The agency of the tests' files and the demo CALEOL session of DAY."""
    create_test_agency(db, admin_actor())
    caleol_demo.create_demo_session(db, admin_actor(), on=DAY)


# The tests of the demo session: their base starts with it (made once, copied).
demo_base = pytest.mark.filled_base(fill=_demo_session)


@pytest.fixture
def demo(db, actor):
    """The demo session's id, in the base of a test marked ``demo_base``."""
    sessions = caleol.list_sessions(db, actor)
    assert len(sessions) == 1, "a test of the demo session is marked demo_base"
    return sessions[0].id


@pytest.fixture
def open_session(db, actor, demo):
    """A second, open session of the demo commission: one dwelling, two candidates."""
    commission = caleol.list_commissions(db, actor)[0]
    ids = {m.last_name: m.id for m in commission.members}
    sid = caleol.create_session(
        db,
        actor,
        commission.id,
        SessionData(
            number="2026-12", session_date=DAY + dt.timedelta(days=21), mode=SessionMode.VISIO
        ),
    )
    for m in commission.members:
        if m.role is not MemberRole.PRESIDENT_EPCI:
            caleol.set_attendance(db, actor, sid, m.id, AttendanceMode.DISTANCE)
    item = caleol.add_dwelling_item(
        db,
        actor,
        sid,
        DwellingItemData(
            reference="LGT-BX-2001",
            address="3 rue Sainte-Catherine",
            postcode="33000",
            commune="Bordeaux",
            dwelling_type="T2",
            rent=Decimal("380.00"),
        ),
    )
    for n, name in ((1, "Martin"), (2, "Nguyen")):
        caleol.add_candidate(
            db,
            actor,
            item.id,
            CandidateData(numero_unique=f"03326000000{n}", last_name=name, first_name="Alix"),
        )
    caleol.open_session(db, actor, sid)
    return sid, ids


@demo_base
def test_sessions_and_show(db_url, demo, capsys):
    assert main(["caleol", "sessions", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "2026-11" in out and "23/11/2026" in out and "CALEOL Bordeaux Métropole" in out
    assert "Séance dématérialisée par visioconférence" in out
    assert "Séance close" in out

    assert main(["caleol", "show", "2026-11", "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "CALEOL Bordeaux Métropole — séance n° 2026-11 du 23/11/2026 à 14:00" in out
    assert "Quorum : atteint" in out
    assert (
        "Mme Sophie Marchand (Membre désigné par le conseil) : Représenté, pouvoir à "
        "Mme Catherine Lefèvre" in out
    )
    assert "M. Thomas Petit (CCAS ou service social départemental) [voix consultative]" in out
    assert "2. LGT-BX-0877 — 8 cours de la Somme, 33800 Bordeaux" in out
    assert "la voix prépondérante du maire l'emporte (pour)" in out
    assert "Décision : Attribution par classement (ordre de priorité) (rang 2)" in out
    assert "Décision : Irrecevabilité — motif : Ressources supérieures aux plafonds" in out
    assert "pièce : Avis d'imposition de l'année précédente, avant le 08/12/2026" in out
    assert "Le vote du maire n'est pas compté" not in out  # he did not vote in Mérignac
    assert "ressources 1\u202f645,00\u00a0€" in out
    assert "Vote : 7 pour, 0 contre, aucune abstention — Adoptée" in out and "(s)" not in out


@demo_base
def test_show_unknown_session_and_usage(db_url, demo, capsys):
    assert main(["caleol", "show", "1999-01", "--db", db_url]) == 2
    assert "La séance 1999-01 n'existe pas ou plus." in capsys.readouterr().err
    # A number too large for an identifier is an unknown session, not a database error.
    assert main(["caleol", "show", "99999999999999999999", "--db", db_url]) == 2
    assert "n'existe pas ou plus" in capsys.readouterr().err
    assert main(["caleol", "show", f"#{demo}", "--db", db_url]) == 0
    assert main(["caleol"]) == 2


def _csv(path, rows):
    text = "\n".join(";".join(r) for r in rows) + "\n"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    return path


@demo_base
def test_import_votes_dry_run_errors_then_import(db, db_url, open_session, tmp_path, capsys):
    sid, ids = open_session
    header = ["Votant", "Logement", "N° unique", "Vote", "Horodatage"]
    good = [
        [
            "c.lefevre@parcours-habitat.fr",
            "LGT-BX-2001",
            "033260000001",
            "POUR",
            "14/12/2026 14:10",
        ],
        ["Karim Haddad", "LGT-BX-2001", "033260000001", "Contre", "14/12/2026 14:11"],
        ["Laurent Castaing", "LGT-BX-2001", "033260000002", "Abstention", "14/12/2026 14:12"],
    ]
    bad = _csv(
        tmp_path / "bad.csv",
        [
            header,
            *good,
            ["Claire Moreau", "LGT-BX-2001", "033260000002", "POUR", "14/12/2026 14:13"],
        ],
    )
    assert (
        main(
            [
                "caleol",
                "import-votes",
                str(bad),
                "--session",
                "2026-12",
                "--db",
                db_url,
                "--dry-run",
            ]
        )
        == 2
    )
    captured = capsys.readouterr()
    assert "votes valides : 3 ; erreurs : 1" in captured.out
    assert "ligne 5 : Mme Claire Moreau siège avec voix consultative" in captured.out
    assert main(["caleol", "import-votes", str(bad), "--session", "2026-12", "--db", db_url]) == 2
    captured = capsys.readouterr()
    assert "Import des votes refusé : 1 erreur dans « bad.csv »" in captured.err
    with db.reader() as s:
        assert (
            s.scalar(select(func.count()).select_from(VoteRow).where(VoteRow.channel == "IMPORT"))
            == 0
        )

    ok = _csv(tmp_path / "ok.csv", [header, *good])
    assert (
        main(
            ["caleol", "import-votes", str(ok), "--session", "2026-12", "--db", db_url, "--dry-run"]
        )
        == 0
    )
    assert (
        "Vérification seule, rien n'a été importé (3 votes prêts à importer)."
        in capsys.readouterr().out
    )
    assert main(["caleol", "import-votes", str(ok), "--session", "2026-12", "--db", db_url]) == 0
    assert "3 votes importés depuis « ok.csv »." in capsys.readouterr().out
    with db.reader() as s:
        assert (
            s.scalar(select(func.count()).select_from(VoteRow).where(VoteRow.channel == "IMPORT"))
            == 3
        )


def test_occupation_due(db, db_url, actor, agency, make_file, capsys):
    data = make_file(1)
    data.lease.zone_tendue = True
    tenants.create_tenant_file(db, actor, data)
    assert (
        main(["caleol", "occupation-due", "--db", db_url, "--on", "2025-09-15", "--agency", "BXN"])
        == 0
    )
    out = capsys.readouterr().out
    assert "1 locataire à présenter à la CALEOL pour l'examen de l'occupation." in out
    assert (
        "bail du 01/09/2019, échéance triennale le 01/09/2025 ; T3, 1 occupant : "
        "Sous-occupation du logement (L621-2)" in out
    )
    assert "3 pièces habitables pour 1 occupant." in out
    assert "(s)" not in out
    assert (
        main(["caleol", "occupation-due", "--db", db_url, "--on", "2025-09-15", "--agency", "XXX"])
        == 2
    )
    assert "Agence inconnue" in capsys.readouterr().err
