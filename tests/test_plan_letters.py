"""Letters of payment agreements through the document engine: the reminder with the
right figures, the proposal's schedule table, signature blocks. The crisis protocol is
tested in tests/test_crisis_protocols.py."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest

from desktop.documents import convert, engine
from desktop.domain.errors import UserError
from desktop.domain.plans import AidBody, FollowUpKind
from desktop.domain.schedule import PaymentPlanType, PlanStatus
from desktop.services import plan_letters, plans, tenants

D = dt.date
E = Decimal
# The letters' text is read with no-break spaces folded to plain ones (see text_of).
NBSP, NNBSP = " ", " "


@pytest.fixture
def clock():
    from desktop.services.context import use_clock
    from tests.conftest import DayClock

    with use_clock(DayClock(D(2026, 1, 3))) as c:
        yield c


@pytest.fixture
def plan(db, actor, agency, make_file, clock):
    f = make_file(1)
    f.balance = E("1200.00")
    hid = tenants.create_tenant_file(db, actor, f)
    terms = plans.terms_from_lease(db, actor, hid, PaymentPlanType.PLAN_APUREMENT, on=D(2026, 1, 2))
    terms.start_on, terms.months, terms.payments_cover_rent = D(2026, 1, 5), 6, False
    terms.aid_body, terms.aid_reference = AidBody.CAF, "7654321"
    terms.fsl, terms.fsl_amount = True, E("300.00")
    return plans.create_plan(db, actor, hid, terms)


def text_of(document) -> str:
    text = "\n".join(engine.docx_paragraphs(document.docx_path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


def text_of_path(path) -> str:
    text = "\n".join(engine.docx_paragraphs(path.read_bytes()))
    return re.sub("[\u00a0\u202f]", " ", text).replace("\u2060", "")


def test_proposal_has_the_schedule_table(db, actor, plan, clock):
    doc = plan_letters.produce_plan_letter(db, actor, plan, plan_letters.PROPOSAL)
    text = text_of(doc)
    assert f"une dette de 1{NNBSP}200,00{NBSP}€ (mille deux cents euros)" in text
    assert "6 échéances mensuelles, du 5 janvier 2026 au 5 juin 2026" in text
    # the kind of agreement mid-sentence, in lower case
    assert "nous vous proposons l'accord suivant (plan d'apurement) :" in text
    for n, due in ((1, "05/01/2026"), (6, "05/06/2026")):
        assert f"{n}\n{due}\n200,00{NBSP}€" in text
    assert "transmis pour approbation à la CAF (allocataire n° 7654321)" in text
    assert "dès que 2 échéances restent impayées plus de 10 jours après leur date" in text
    flat = " ".join(text.split())
    # the FSL's contribution is part of the debt (as the protocol says), the CAF informed
    assert (
        "Les sommes versées au bailleur par le FSL (contribution de 300,00 €) seront "
        "imputées sur ces échéances, la plus ancienne restant due d'abord, et réduiront "
        "d'autant ce qui reste à votre charge."
    ) in flat
    assert "la procédure de recouvrement reprendrait et la CAF en serait informée." in flat
    timeline = tenants.get_tenant_file(
        db, actor, plans.get_plan(db, actor, plan).household_id
    ).timeline
    assert timeline[0].kind == "COURRIER"


def test_proposal_of_a_single_instalment_gives_its_date(db, actor, agency, make_file, clock):
    """A payment postponed is one instalment: the letter gives its date, not a period
    « du 5 février 2026 au 5 février 2026 »."""
    f = make_file(4)
    f.balance = E("300.00")
    hid = tenants.create_tenant_file(db, actor, f)
    terms = plans.terms_from_lease(
        db, actor, hid, PaymentPlanType.REPORT_PAIEMENT, on=D(2026, 1, 2)
    )
    terms.start_on, terms.months = D(2026, 2, 5), 1
    pid = plans.create_plan(db, actor, hid, terms)
    text = text_of(plan_letters.produce_plan_letter(db, actor, pid, plan_letters.PROPOSAL))
    assert "son règlement en une seule échéance, le 5 février 2026, comme indiqué ci-dessous" in (
        text
    )
    assert "du 5 février 2026 au 5 février 2026" not in text
    assert "1 échéance mensuelle" not in text
    # no housing aid recorded: nothing said of its upkeep nor of a paying body
    assert "aide au logement" not in text and "organisme payeur" not in text


def test_agreement_has_a_signature_block_per_party(db, actor, plan):
    text = text_of(plan_letters.produce_plan_letter(db, actor, plan, plan_letters.AGREEMENT))
    for expected in (
        "PROTOCOLE D'ACCORD",
        "La locataire",
        "Mme Élodie DUPONT",
        "Pour le bailleur",
        "Pour la CAF",
        "Pour le FSL (contribution de 300,00 €)",  # free text: spaces normalised
        "en présence de la CAF et du FSL (contribution de 300,00 €)",
    ):
        assert expected in text, expected


def test_agreement_gives_the_fsl_and_the_ccas_a_block_each(db, actor, agency, make_file, clock):
    """Two contributors are two parties: each signs in its own block, and an amount's
    decimal comma does not cut a block in two. Without a CAF they are still « en
    présence » (the sentence read « ci-après « la locataire » et du FSL … »), and what
    they pay goes to the instalments: part of the debt, not on top of it."""
    f = make_file(2)
    f.balance = E("2400.00")
    hid = tenants.create_tenant_file(db, actor, f)
    terms = plans.terms_from_lease(db, actor, hid, PaymentPlanType.PLAN_APUREMENT, on=D(2026, 1, 2))
    terms.start_on, terms.months = D(2026, 1, 5), 6
    terms.fsl, terms.fsl_amount = True, E("1500.00")
    terms.ccas, terms.ccas_amount = True, E("250.00")
    pid = plans.create_plan(db, actor, hid, terms)
    text = text_of(plan_letters.produce_plan_letter(db, actor, pid, plan_letters.AGREEMENT))
    for party in ("le FSL (contribution de 1 500,00 €)", "le CCAS (contribution de 250,00 €)"):
        assert f"Pour {party}\nAu titre de sa contribution au plan" in text, party
    assert text.count("Au titre de sa contribution au plan") == 2
    flat = " ".join(text.split())
    assert (
        "ci-après « la locataire », en présence du FSL (contribution de 1 500,00 €) et du "
        "CCAS (contribution de 250,00 €), il est convenu ce qui suit."
    ) in flat
    assert (
        "Les sommes versées au bailleur par le FSL (contribution de 1 500,00 €) et le CCAS "
        "(contribution de 250,00 €) sont imputées sur ces échéances, la plus ancienne "
        "restant due d'abord, et réduisent d'autant ce qui reste à régler par la locataire."
    ) in flat
    assert "la somme de 2 400,00 €" in flat and "Total 2 400,00 €" in flat
    # no housing aid: no paying body to inform
    assert "il devient alors caduc et la procédure de recouvrement reprend." in flat
    assert "organisme payeur" not in flat


def test_protocole_speaks_of_the_occupation_indemnity_and_annexes_the_approved_plan(
    db, actor, agency, make_file, clock
):
    """After the judgment there is no rent: the occupant pays an occupation indemnity.
    The CAF or MSA approved the plan before the signature (docs/domain.md#protocole):
    the protocol says so and annexes it."""
    f = make_file(3)
    f.balance = E("900.00")
    hid = tenants.create_tenant_file(db, actor, f)
    terms = plans.terms_from_lease(
        db, actor, hid, PaymentPlanType.PROTOCOLE_L442_6_5, on=D(2026, 1, 2)
    )
    terms.start_on, terms.months, terms.end_on = D(2026, 2, 1), 12, D(2027, 1, 31)
    terms.judgment_on = D(2025, 12, 12)
    terms.aid_body, terms.aid_reference = AidBody.MSA, "123"
    terms.aid_approved_on = D(2025, 12, 30)
    pid = plans.create_plan(db, actor, hid, terms)
    text = text_of(plan_letters.produce_plan_letter(db, actor, pid, plan_letters.AGREEMENT))
    assert "en plus de l'indemnité d'occupation et des charges (497,70 € par mois)" in text
    assert "imputés d'abord sur l'indemnité d'occupation du mois" in text
    assert "loyer courant" not in text
    assert (
        "Le plan d'apurement a été approuvé par la MSA le 30 décembre 2025 (allocataire "
        "n° 123) ; il est annexé au présent protocole." in text
    )
    assert "soumis à l'approbation" not in text
    # The proposal and the reminder of a protocol speak of the indemnity too.
    text = text_of(plan_letters.produce_plan_letter(db, actor, pid, plan_letters.PROPOSAL))
    assert "paiement de votre indemnité d'occupation et de vos charges" in text
    # its kind in parentheses, without a second pair inside
    assert "l'accord suivant (protocole de cohésion sociale, art. L442-6-5 CCH, AL) :" in text
    assert "))" not in text
    assert "imputés d'abord sur l'indemnité d'occupation du mois" in text
    assert "loyer courant" not in text and "le loyer du mois" not in text
    version = plans.change_status(db, actor, pid, PlanStatus.PROPOSE, 1, on=clock.day)
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, version, on=clock.day)
    clock.day = D(2026, 2, 20)
    text = text_of(plan_letters.produce_plan_letter(db, actor, pid, plan_letters.REMINDER))
    assert "en plus de votre indemnité d'occupation, une échéance de remboursement" in text
    assert "de même que" not in text  # a single instalment unpaid
    assert "Nous vous rappelons que le plan devient caduc dès que" in text  # not breached
    assert "loyer courant" not in text


def test_reminder_letter_asks_the_tenants_only_for_what_the_fsl_will_not_pay(
    db, actor, plan, clock
):
    """The FSL promised 300 € and has not paid: the reminder asks the tenants for the
    rest of the late instalments, not for what the FSL will pay."""
    version = plans.change_status(db, actor, plan, PlanStatus.SIGNE, 1, on=clock.day)
    plans.record_payment(db, actor, plan, D(2026, 1, 3), E("0.01"), version)
    clock.day = D(2026, 1, 20)
    with pytest.raises(UserError) as exc:  # January's 200 €: the FSL's to pay
        plan_letters.produce_plan_letter(db, actor, plan, plan_letters.REMINDER)
    assert "relancez le contributeur" in str(exc.value.message)
    clock.day = D(2026, 2, 20)
    plans.evaluate_plans(db, actor)
    assert plans.get_plan(db, actor, plan).status == PlanStatus.EN_COURS
    text = " ".join(
        text_of(plan_letters.produce_plan_letter(db, actor, plan, plan_letters.REMINDER)).split()
    )
    # 399,99 € late, 300 € of it awaited from the FSL: February's instalment, 99,99 €.
    assert "l'échéance n° 2 du 5 février 2026 reste impayée pour 99,99 €" in text
    assert "Au total, 99,99 € d'échéances échues restent à régler" in text
    # The aids named in words a tenant knows, not by their acronym.
    assert (
        "(Fonds de solidarité pour le logement, centre communal d'action sociale de votre commune)"
    ) in text
    assert "CCAS" not in text


def test_reminder_letter_with_the_right_figures_closes_the_follow_up(db, actor, plan, clock):
    # The FSL is named without an amount here: all the late instalments are the tenants'.
    terms = plans.get_plan(db, actor, plan).terms
    terms.fsl_amount = None
    version = plans.update_plan(db, actor, plan, terms, 1)
    version = plans.change_status(db, actor, plan, PlanStatus.SIGNE, version, on=clock.day)
    with pytest.raises(UserError) as exc:
        plan_letters.produce_plan_letter(db, actor, plan, plan_letters.REMINDER)
    assert "pas de relance" in str(exc.value.message)
    clock.day = D(2026, 2, 5)
    plans.record_payment(db, actor, plan, D(2026, 1, 20), E("50.00"), version)
    clock.day = D(2026, 2, 20)
    plans.evaluate_plans(db, actor)
    assert plans.get_plan(db, actor, plan).status == PlanStatus.DEFAILLANT
    doc = plan_letters.produce_plan_letter(db, actor, plan, plan_letters.REMINDER)
    text = text_of(doc)
    assert (
        "l'échéance n° 1 du 5 janvier 2026 reste impayée pour 150,00 € (cent cinquante euros)"
    ) in text
    assert f"Au total, 350,00{NBSP}€ d'échéances échues restent à régler" in text
    # the second unpaid instalment is said too, not only the oldest
    assert (
        "reste impayée pour 150,00 € (cent cinquante euros), de même que l'échéance "
        "suivante. Au total"
    ) in " ".join(text.split())
    assert f"le reste dû sur l'accord s'élève à 1{NNBSP}150,00{NBSP}€" in text
    assert "l'accord signé le 3 janvier 2026 (plan d'apurement), vous vous êtes engagée" in text
    assert "au plus tard le 7 mars 2026" in text  # the template's default: 15 days
    # already breached: its limit is passed, not « devient caduc dès que… » to come
    assert (
        "Ce retard dépasse la limite prévue par l'accord, qui est considéré comme non "
        "respecté dès que 2 échéances restent impayées plus de 10 jours après leur date : "
        "sans régularisation au plus tard le 7 mars 2026, il deviendra caduc"
    ) in " ".join(text.split())
    assert "Nous vous rappelons que le plan devient caduc" not in text
    view = plans.get_plan(db, actor, plan)
    reminder = next(f for f in view.follow_ups if f.kind == FollowUpKind.REMINDER)
    assert (reminder.done_on, reminder.channel) == (D(2026, 2, 20), "COURRIER")
    assert reminder.outcome == f"Courrier {doc.reference}"

    notice = plan_letters.produce_plan_letter(db, actor, plan, plan_letters.BREACH_NOTICE)
    text = text_of(notice)
    assert "Lettre recommandée avec avis de réception" in text
    assert "les engagements de l'accord signé le 3 janvier 2026 (plan d'apurement)" in text
    # Dates in words; the breach rule as a sentence, agreed with its count.
    assert (
        "ne sont pas respectés : 2 échéances impayées, la plus ancienne du 5 janvier 2026 ; "
        "le plan est considéré comme non respecté dès que 2 échéances restent impayées plus "
        "de 10 jours après leur date."
    ) in text
    assert "la CAF est informée du non-respect du plan" in text
    view = plans.get_plan(db, actor, plan)
    done = next(f for f in view.follow_ups if f.kind == FollowUpKind.BREACH_NOTICE)
    assert done.channel == "LRAR"


@pytest.fixture
def couple_plan(db, actor, agency, make_file, clock):
    return breached_couple_plan(db, actor, clock)


def breached_couple_plan(db, actor, clock, n: int = 5) -> int:
    """A breached plan (on 20/02/2026) of two holders of different names, Mme Élodie
    DUPONT and M. Marc DURAND (and their child, who holds nothing): a reminder and a
    breach notice are due. ``clock`` starts on 03/01/2026."""
    from desktop.domain.tenant import OccupantData
    from tests.conftest import sample_file

    f = sample_file(n)
    f.occupants += [
        OccupantData("Durand", "Marc", "M.", D(1952, 6, 1)),
        OccupantData("Durand", "Théo", "M.", D(2012, 6, 1), is_titular=False),
    ]
    f.balance = E("1200.00")
    hid = tenants.create_tenant_file(db, actor, f)
    terms = plans.terms_from_lease(db, actor, hid, PaymentPlanType.PLAN_APUREMENT, on=D(2026, 1, 2))
    terms.start_on, terms.months, terms.payments_cover_rent = D(2026, 1, 5), 6, False
    pid = plans.create_plan(db, actor, hid, terms)
    plans.change_status(db, actor, pid, PlanStatus.SIGNE, 1, on=clock.day)
    clock.day = D(2026, 2, 20)
    plans.evaluate_plans(db, actor)
    assert plans.get_plan(db, actor, pid).status == PlanStatus.DEFAILLANT
    return pid


def _envelope(text: str) -> list[str]:
    lines = text.split("\n")
    return lines[: next(i for i, x in enumerate(lines) if x.startswith("Objet"))]


def test_breach_notice_to_each_holder_apart(db, actor, couple_plan):
    """Careful practice for co-debtors: each receives his own registered letter, so
    that the demand holds against him (docs/domain.md#letters). Each letter is
    addressed to its holder alone, greets him alone, names the other as bound with
    him, and is a document of its own in the register."""
    from sqlalchemy import select

    from desktop.storage.models import AuditEvent, DocumentRecord

    assert plan_letters.per_holder_default(db, actor, couple_plan, plan_letters.BREACH_NOTICE)
    # The reminder goes by ordinary mail unless asked: one letter to both by default.
    assert not plan_letters.per_holder_default(db, actor, couple_plan, plan_letters.REMINDER)
    result = plan_letters.produce_plan_letter(
        db, actor, couple_plan, plan_letters.BREACH_NOTICE, per_holder=True
    )
    assert len(result.documents) == 2 and result.print_pdf is None  # no PDF asked
    her, him = (text_of(d) for d in result.documents)
    assert "Mme Élodie DUPONT" in _envelope(her) and "DURAND" not in "".join(_envelope(her))
    assert "M. Marc DURAND" in _envelope(him) and "DUPONT" not in "".join(_envelope(him))
    assert "Madame," in her.split("\n") and "Monsieur," in him.split("\n")
    assert "Destinataires" not in her + him
    flat_her, flat_him = " ".join(her.split()), " ".join(him.split())
    assert (
        "les engagements de l'accord signé le 3 janvier 2026 (plan d'apurement), que vous "
        "avez conclu solidairement avec M. Marc DURAND, ne sont pas respectés"
    ) in flat_her
    assert "conclu solidairement avec Mme Élodie DUPONT, ne sont pas" in flat_him
    assert (
        "Le même courrier est adressé séparément à M. Marc DURAND, avec qui vous êtes "
        "tenue solidairement au paiement de cette dette."
    ) in flat_her
    assert "à Mme Élodie DUPONT, avec qui vous êtes tenu solidairement" in flat_him
    assert "Théo" not in her + him  # the child holds nothing
    assert all("Lettre recommandée avec avis de réception" in t for t in (her, him))
    with db.reader() as session:
        records = session.scalars(
            select(DocumentRecord).where(
                DocumentRecord.reference.in_([d.reference for d in result.documents])
            )
        ).all()
        assert len(records) == 2 and all(r.registered_mail for r in records)
        assert records[0].batch_id and records[0].batch_id == records[1].batch_id
        events = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "document",
                AuditEvent.action == "courrier",
                AuditEvent.entity_id.in_([r.id for r in records]),
            )
        ).all()
        assert len(events) == 2
    # The archive's files are named after the holder each letter goes to.
    assert result.documents[0].docx_path.name.endswith("_Dupont.docx")
    assert result.documents[1].docx_path.name.endswith("_Durand.docx")
    done = next(
        f
        for f in plans.get_plan(db, actor, couple_plan).follow_ups
        if f.kind == FollowUpKind.BREACH_NOTICE
    )
    refs = ", ".join(d.reference for d in result.documents)
    assert (done.channel, done.outcome) == ("LRAR", f"Courriers {refs}")


def test_one_letter_to_both_holders_names_them_together(db, actor, couple_plan):
    """Without the option, one letter to both, as before: nobody is « solidairement
    avec » himself, no « même courrier » sent apart."""
    text = text_of(plan_letters.produce_plan_letter(db, actor, couple_plan, plan_letters.REMINDER))
    assert "Mme Élodie DUPONT et M. Marc DURAND" in _envelope(text)
    assert "solidairement avec" not in text and "Le même courrier" not in text
    assert "vous vous êtes engagés à régler chaque mois" in " ".join(text.split())
    result = plan_letters.produce_plan_letter(
        db, actor, couple_plan, plan_letters.REMINDER, per_holder=True
    )
    her = " ".join(text_of(result.documents[0]).split())
    assert (
        "vous vous êtes engagée, solidairement avec M. Marc DURAND, à régler chaque mois"
    ) in her


def test_one_letter_per_holder_is_for_the_reminder_and_the_breach_notice(
    db, actor, plan, couple_plan
):
    with pytest.raises(UserError) as exc:
        plan_letters.produce_plan_letter(db, actor, plan, plan_letters.PROPOSAL, per_holder=True)
    assert "pas pour « plan_proposition »" in str(exc.value.message)
    # One holder: a registered letter goes to her as ever.
    assert not plan_letters.per_holder_default(db, actor, plan, plan_letters.BREACH_NOTICE)


def test_cli_sends_the_breach_notice_to_each_holder(db, db_url, actor, couple_plan, capsys):
    """``parcours plan letter N --template notification_defaillance``: one letter per
    holder by default (registered, two holders); ``--no-per-holder``: one to both."""
    from desktop.cli import main

    args = ["plan", "letter", str(couple_plan), "--db", db_url]
    assert main(args) == 2
    assert "--template" in capsys.readouterr().err
    assert main([*args, "--template", plan_letters.BREACH_NOTICE]) == 0
    out = capsys.readouterr().out.strip().split("\n")
    assert len(out) == 2 and all(x.startswith("Courrier ") for x in out)
    assert out[0].endswith("_Dupont.docx") and out[1].endswith("_Durand.docx")
    assert main([*args, "--template", plan_letters.REMINDER]) == 0
    assert len(capsys.readouterr().out.strip().split("\n")) == 1
    assert main([*args, "--template", plan_letters.REMINDER, "--per-holder"]) == 0
    assert len(capsys.readouterr().out.strip().split("\n")) == 2
    assert main([*args, "--template", plan_letters.PROPOSAL, "--per-holder"]) == 2
    assert "pas pour « plan_proposition »" in capsys.readouterr().err


@pytest.mark.skipif(convert.find_soffice() is None, reason="LibreOffice absent")
def test_cli_prints_single_or_double_sided_as_the_workstation_prints(
    db, db_url, couple_plan, capsys
):
    """The holders' letters in one PDF to print: single-sided as this workstation's
    preference says (no blank page), or double-sided when asked (``--recto-verso``: each
    letter starts on a front page, a blank back page after an odd page count)."""
    from pathlib import Path

    from pypdf import PdfReader

    from desktop import config
    from desktop.cli import main

    config.save_settings({config.PRINT_DUPLEX: False})  # « Recto seul » in Mes préférences
    args = ["plan", "letter", str(couple_plan), "--db", db_url, "--pdf"]
    args += ["--template", plan_letters.BREACH_NOTICE]

    def printed(*extra: str) -> tuple[list[int], int]:
        assert main([*args, *extra]) == 0
        lines = capsys.readouterr().out.strip().split("\n")
        letters = [Path(x.split(" : ", 1)[1]) for x in lines if x.startswith("Courrier ")]
        pdf = Path(lines[-1].split(" : ", 1)[1])
        assert lines[-1].startswith("À imprimer") and len(letters) == 2
        return [len(PdfReader(str(p)).pages) for p in letters], len(PdfReader(str(pdf)).pages)

    own, pages = printed()
    assert pages == sum(own)
    own, pages = printed("--recto-verso")
    assert 1 in [n % 2 for n in own] and pages == sum(n + n % 2 for n in own)
    own, pages = printed("--recto-seul")
    assert pages == sum(own)
