"""Letters of payment-deferral agreements, made with the document engine (issue 3).

The plan's figures reach the templates as free fields (``champs.*``) computed here
from the agreement: plan proposal with its schedule table, protocole d'accord with a
signature block per party, reminder after a missed instalment, notice of breach. The
letter itself is made and registered by ``documents.produce_letter`` (archive, register,
timeline, audit); a reminder or a breach notice also closes the matching follow-up.

The local crisis protocol is the organisation's document (signed with the tenant
associations), not a letter to a tenant: see ``services/crisis_protocols.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from desktop.documents.context import join_fr, lease_holders
from desktop.documents.library import (
    fill_free_fields,
)
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_amount_input,
    format_date_fr,
    format_long_date_fr,
    format_money_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message
from desktop.domain.plans import (
    AidBody,
    BreachRule,
    Contributor,
    FollowUpKind,
    InstalmentState,
    breach_reasons,
    days_counted,
)
from desktop.domain.schedule import PaymentPlanType, PlanStatus
from desktop.services import plans, tenants
from desktop.services.authz import guarded
from desktop.services.context import Actor
from desktop.services.tabular import render
from desktop.services.write import message as _m
from desktop.storage.db import Database

PROPOSAL = "plan_proposition"
AGREEMENT = "protocole_accord"
REMINDER = "relance_echeance"
BREACH_NOTICE = "notification_defaillance"
WITHDRAWAL = "plan_retrait_contribution"
PLAN_LETTERS = (PROPOSAL, AGREEMENT, REMINDER, BREACH_NOTICE, WITHDRAWAL)

LETTER_LABELS = {
    PROPOSAL: QT_TRANSLATE_NOOP("messages", "Proposition de plan (avec l'échéancier)"),
    AGREEMENT: QT_TRANSLATE_NOOP("messages", "Protocole d'accord à signer par les parties"),
    REMINDER: QT_TRANSLATE_NOOP("messages", "Relance : échéance impayée"),
    BREACH_NOTICE: QT_TRANSLATE_NOOP("messages", "Notification de défaillance"),
    WITHDRAWAL: QT_TRANSLATE_NOOP(
        "messages", "Contribution promise non versée : échéances à la charge des locataires"
    ),
}
# The follow-up a letter accomplishes.
LETTER_FOLLOW_UPS = {REMINDER: FollowUpKind.REMINDER, BREACH_NOTICE: FollowUpKind.BREACH_NOTICE}
ARTICLES = {
    PaymentPlanType.PROTOCOLE_L353_15_2: "L353-15-2",
    PaymentPlanType.PROTOCOLE_L442_6_5: "L442-6-5",
}


def breach_rule_text(view: plans.PlanView, instalments_note: str = "") -> str:
    """« dès que 2 échéances restent impayées plus de 10 jours après leur date »;
    ``instalments_note`` follows the rule on instalments (``_released_rule``)."""
    t = view.terms
    parts = []
    if t.breach_missed:
        if t.breach_missed == 1:
            parts.append(
                render(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "dès qu'une échéance reste impayée plus de {days} jours après sa date",
                        ),
                        days=t.grace_days,
                    )
                )
            )
        else:
            parts.append(
                render(
                    _m(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "dès que {count} échéances restent impayées plus de {days} jours "
                            "après leur date",
                        ),
                        count=t.breach_missed,
                        days=t.grace_days,
                    )
                )
            )
        if instalments_note:
            parts[-1] = f"{parts[-1]} {instalments_note}"
    if t.breach_rent_unpaid:
        parts.append(
            render(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages", "dès qu'un loyer courant reste impayé plus de {days} jours"
                    ),
                    days=t.grace_days,
                )
            )
        )
    return render(_m(QT_TRANSLATE_NOOP("messages", " ou "))).join(parts)


def _contributors(view: plans.PlanView) -> str:
    t = view.terms
    out = []
    for flag, name, amount in ((t.fsl, "le FSL", t.fsl_amount), (t.ccas, "le CCAS", t.ccas_amount)):
        if flag:
            out.append(f"{name} (contribution de {format_money_fr(amount)})" if amount else name)
    return " et ".join(out)


def letter_fields(
    db: Database, actor: Actor, plan_id: int, template_name: str, on: dt.date | None = None
) -> dict[str, str]:
    """The free fields of a plan letter, as the letter form shows them, from the plan."""
    on = on or plans.core.today()
    view = plans.get_plan(db, actor, plan_id, on)
    t = view.terms
    led = view.ledger
    common = {
        # Written in parentheses by the letters: its own last ones become a comma
        # (« (protocole de cohésion sociale, art. L442-6-5 CCH, AL) », not « …, AL)) »).
        "type_accord": re.sub(r" \(([^()]*)\)$", r", \1", render(Message(t.plan_type.label))),
        "dette": format_amount_input(t.debt),
        "dette_au": format_date_fr(t.debt_on),
        "nb_echeances": str(len(view.instalments)),
        "echeancier": "\n".join(
            f"{i.number}|{format_date_fr(i.due_date)}|{format_money_fr(i.amount)}"
            for i in view.instalments
        ),
        "loyer_courant": format_amount_input(t.current_rent + t.current_charges),
        "organisme_payeur": t.aid_body.value if t.aid_body != AidBody.NONE else "",
        "numero_allocataire": t.aid_reference,
        "regle_defaillance": breach_rule_text(view),
        "date_signature": format_date_fr(view.signed_on),
        "reste_du": format_amount_input(led.remaining),
        # What the tenants owe late: not what a contributor promised and will pay
        # (docs/domain.md#plans).
        "retard_total": format_amount_input(led.tenants_overdue),
    }
    if t.is_protocol:  # the lease is terminated: the letters speak of an indemnity
        common["jugement_date"] = format_date_fr(t.judgment_on)
    if view.instalments:
        common["premiere_echeance"] = format_date_fr(view.instalments[0].due_date)
        common["derniere_echeance"] = format_date_fr(view.instalments[-1].due_date)
    if template_name in (PROPOSAL, AGREEMENT):
        common["contributeurs"] = _contributors(view)
    if template_name == AGREEMENT:
        common["date_approbation"] = format_date_fr(t.aid_approved_on)
        if t.is_protocol:
            common.update(
                {
                    "titre_accord": "Protocole de cohésion sociale",
                    "article_cch": ARTICLES[t.plan_type],
                    "fin_protocole": format_date_fr(view.avenant_end_on or t.end_on),
                    "delai_nouveau_bail": str(t.new_lease_months or 3),
                }
            )
        else:
            common["titre_accord"] = "Protocole d'accord"
    elif template_name == REMINDER:
        late = led.tenants_late
        if not late and led.in_notice > 0:
            owed = min(i.tenants_due_on for i in led.late_instalments if i.tenants_due_on)
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Les échéances en retard de ce plan devaient être payées par un "
                        "contributeur qui a retiré sa promesse : les locataires ne les doivent "
                        "qu'à partir du {date}. Pas de relance avant cette date.",
                    ),
                    date=format_date_fr(owed),
                )
            )
        if not late and led.late_instalments:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Les échéances en retard de ce plan sont couvertes par ce qu'un "
                        "contributeur (FSL, CCAS) a promis et n'a pas encore versé : pas de "
                        "relance à envoyer aux locataires ; relancez le contributeur.",
                    )
                )
            )
        if not late:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Aucune échéance de ce plan n'est en retard : pas de relance à envoyer.",
                    )
                )
            )
        first = late[0]
        if t.breach_missed:
            common["regle_defaillance"] = breach_rule_text(view, _released_rule(view))
        common.update(
            {
                "echeance_numero": str(first.number),
                "echeance_date": format_date_fr(first.due_on),
                "echeance_montant": format_amount_input(first.outstanding - first.awaited),
                "echeances_impayees": str(len(late)),
                "retrait_contribution": released_text(view, late),
                # already breached: the letter says the limit is passed, not to come
                "defaillance_constatee": format_date_fr(view.breached_on)
                if view.status == PlanStatus.DEFAILLANT
                else "",
            }
        )
    elif template_name == WITHDRAWAL:
        common.update(_withdrawal_fields(view))
    elif template_name == BREACH_NOTICE:
        if view.status != PlanStatus.DEFAILLANT:
            raise UserError(
                _m(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "La notification de défaillance concerne un plan défaillant (ce plan "
                        "est « {status} »).",
                    ),
                    status=Message(view.status.label),
                )
            )
        # The letter's dates in words (the plan screen shows them as 05/01/2026).
        rule = BreachRule(t.breach_missed, t.breach_rent_unpaid, t.grace_days)
        reasons = (
            breach_reasons(led, rule, format_long_date_fr) if view.breach_reasons else []
        ) or [
            _m(
                QT_TRANSLATE_NOOP("messages", "défaillance constatée le {date}."),
                date=format_long_date_fr(view.breached_on or on),
            )
        ]
        common["motifs"] = " ".join(render(r) for r in reasons)
        common["retrait_contribution"] = " ".join(
            x for x in (released_text(view, led.tenants_late), _released_grace(view)) if x
        )
        common["date_defaillance"] = format_date_fr(view.breached_on or on)
    return fill_free_fields(template_name, common, on)


# « le FSL, qui a retiré sa promesse », « le FSL et le CCAS, qui ont retiré leurs
# promesses » (one instalment the second promise was to pay the rest of).
_withdrawn_by = Forms(
    QT_TRANSLATE_NOOP("messages", "{who}, qui a retiré sa promesse"),
    QT_TRANSLATE_NOOP("messages", "{who}, qui ont retiré leurs promesses"),
)


def _named(contributors: set[Contributor]) -> list[str]:
    return [f"le {render(Message(c.label))}" for c in Contributor if c in contributors]


def released_text(view: plans.PlanView, late: list[InstalmentState]) -> str:
    """Why the tenants are asked for late instalments a contributor was to pay, and from
    when (its promise withdrawn, the notice over; docs/domain.md#plans): « L'échéance du
    5 janvier 2026 était à verser par le FSL, qui a retiré sa promesse : elle est à votre
    charge depuis le 16 mars 2026. » Empty when none is."""
    groups: dict[dt.date, list[InstalmentState]] = {}
    for i in late:
        if i.released > 0 and i.owed_from is not None and i.owed_from < view.ledger.on:
            groups.setdefault(i.owed_from, []).append(i)
    sentences = []
    for owed_from, items in sorted(groups.items()):
        names = _named({c for i in items for c in i.released_by})
        params = {
            "who": _withdrawn_by(len(names), who=join_fr(names)),
            "date": _due_dates(items),
            "amount": format_money_fr(sum((i.released for i in items), Decimal("0"))),
            "owed_from": format_long_date_fr(owed_from),
        }
        if len(items) > 1:
            text = QT_TRANSLATE_NOOP(
                "messages",
                "Sur les échéances du {date}, {amount} étaient à verser par {who} : ils sont "
                "à votre charge depuis le {owed_from}.",
            )
        elif items[0].released < items[0].outstanding:
            text = QT_TRANSLATE_NOOP(
                "messages",
                "Sur l'échéance du {date}, {amount} étaient à verser par {who} : ils sont à "
                "votre charge depuis le {owed_from}.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "messages",
                "L'échéance du {date} était à verser par {who} : elle est à votre charge "
                "depuis le {owed_from}.",
            )
        sentences.append(render(_m(text, **params)))
    return " ".join(sentences)


def _due_dates(items: list[InstalmentState]) -> str:
    """« 5 janvier 2026, du 5 février 2026 et du 5 mars 2026 » (after « du »)."""
    dates = [format_long_date_fr(i.due_on) for i in items]
    return join_fr([dates[0], *(f"du {d}" for d in dates[1:])])


def _released_grace(view: plans.PlanView) -> str:
    """The breach notice's account of the days of grace of the unpaid instalments a
    withdrawn promise was to pay: they ran from the day the tenants owe them, not from
    their dates (docs/domain.md#plans), and ended without payment: « Pour l'échéance du
    5 janvier 2026, le délai de 10 jours prévu par l'accord n'a couru qu'à compter du 20
    février 2026, jour où elle a été mise à votre charge : il a expiré le 2 mars 2026
    sans qu'elle ait été intégralement payée. » Wording UNCONFIRMED."""
    groups: dict[dt.date, list[InstalmentState]] = {}
    for i in view.ledger.unpaid_instalments:
        if i.tenants_due_on is not None and i.tenants_due_on > i.due_on:
            groups.setdefault(i.tenants_due_on, []).append(i)
    sentences = []
    for owed, items in sorted(groups.items()):
        text = (
            QT_TRANSLATE_NOOP(
                "messages",
                "Pour les échéances du {date}, le délai de {days} prévu par l'accord "
                "n'a couru qu'à compter du {owed_from}, jour où elles ont été mises à votre "
                "charge : il a expiré le {ended} sans qu'elles aient été intégralement payées.",
            )
            if len(items) > 1
            else QT_TRANSLATE_NOOP(
                "messages",
                "Pour l'échéance du {date}, le délai de {days} prévu par l'accord n'a "
                "couru qu'à compter du {owed_from}, jour où elle a été mise à votre charge : "
                "il a expiré le {ended} sans qu'elle ait été intégralement payée.",
            )
        )
        ended = owed + dt.timedelta(days=view.terms.grace_days)
        params = {"date": _due_dates(items), "days": days_counted(view.terms.grace_days)}
        params |= {"owed_from": format_long_date_fr(owed), "ended": format_long_date_fr(ended)}
        sentences.append(render(_m(text, **params)))
    return " ".join(sentences)


def _released_rule(view: plans.PlanView) -> str:
    """What the reminder's rule on instalments adds while instalments withdrawn
    promises were to pay are not paid: their days of grace run from the day the
    tenants owe them, not from their date (docs/domain.md#plans); wording UNCONFIRMED."""
    by = {
        c
        for i in view.ledger.instalments
        if i.outstanding > 0 and i.tenants_due_on and i.tenants_due_on > i.due_on
        for c in i.released_by
    }
    if not by:
        return ""
    return render(
        _m(
            QT_TRANSLATE_NOOP(
                "messages",
                "(pour une échéance que {who} devait verser, plus de {days} jours après le "
                "jour où elle est à votre charge)",
            ),
            who=" ou ".join(_named(by)),
            days=view.terms.grace_days,
        )
    )


def _withdrawal_fields(view: plans.PlanView) -> dict[str, str]:
    """The last promise withdrawn from the plan: what the tenants owe instead of the
    contributor, and from when (docs/domain.md#plans)."""
    withdrawn = [(c, c.withdrawal) for c in view.contributions if c.withdrawal and c.released > 0]
    if not withdrawn:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Aucune promesse de contributeur retirée ne met de somme à la charge des "
                    "locataires sur ce plan : enregistrez d'abord le retrait (onglet "
                    "« Règlements »).",
                )
            )
        )
    c, w = max(withdrawn, key=lambda pair: pair[1].on)
    return {
        "contributeur": f"le {render(Message(c.contributor.label))}",
        "montant_promis": format_amount_input(c.promised),
        "montant_verse": format_amount_input(c.received) if c.received > 0 else "",
        "date_retrait": format_date_fr(w.on),
        "montant_retire": format_amount_input(c.released),
        "date_exigible": format_date_fr(w.owed_from),
    }


#: a plan that is over: its letters are still possible, but offered after the others
_OVER = (PlanStatus.RESPECTE, PlanStatus.CADUC, PlanStatus.SOLDE, PlanStatus.ANNULE)


def plans_for_letters(db: Database, actor: Actor, household_id: int) -> list[plans.PlanSummary]:
    """The plans of a household a plan letter written from its tenant file can be about:
    the plans not over first (most recent first), then the others. The letter's figures
    then come from ``letter_fields``, as on the plan screen."""
    found = plans.plans_for_household(db, actor, household_id)
    return sorted(found, key=lambda p: (p.status in _OVER, -p.id))


#: The letters a plan's holders may each receive apart (``produce_plan_letter``'s ``per_holder``).
PER_HOLDER_LETTERS = (REMINDER, BREACH_NOTICE)


def per_holder_default(db: Database, actor: Actor, plan_id: int, template_name: str) -> bool:
    """Whether a plan letter goes by default to each holder apart: a letter of
    ``PER_HOLDER_LETTERS`` to a lease of two holders or more, sent registered by its
    template (the breach notice) or to a lease one of whose holders no longer lives in
    the dwelling (``holders_elsewhere``: his own letter goes to his correspondence
    address, the letter to them all to the dwelling), docs/domain.md#letters."""
    from desktop.documents.library import get_template

    if template_name not in PER_HOLDER_LETTERS:
        return False
    household_id = plans.get_plan(db, actor, plan_id).household_id
    holders = lease_holders(tenants.get_tenant_file(db, actor, household_id).data)
    if len(holders) < 2:
        return False
    return get_template(template_name).registered_mail or any(h.lives_elsewhere for h in holders)


def holders_count(db: Database, actor: Actor, household_id: int) -> int:
    """How many people hold the lease of a household (its plan's letters' addressees)."""
    return len(lease_holders(tenants.get_tenant_file(db, actor, household_id).data))


def holders_elsewhere(db: Database, actor: Actor, household_id: int) -> list[str]:
    """The full names of a household's lease holders who have a correspondence address
    (no longer living in the dwelling), when the lease has two holders or more: a
    letter to them all goes to the dwelling, each one's own to his address."""
    holders = lease_holders(tenants.get_tenant_file(db, actor, household_id).data)
    return [h.full_name for h in holders if h.lives_elsewhere] if len(holders) > 1 else []


@guarded("plan.courrier")
def produce_plan_letter(
    db: Database,
    actor: Actor,
    plan_id: int,
    template_name: str,
    *,
    on: dt.date | None = None,
    pdf: bool = False,
    fields: dict[str, str] | None = None,
    options=None,
    per_holder: bool = False,
    duplex: bool = True,
):
    """Make and register a plan letter for the plan's tenant; returns the document.

    ``fields`` overrides the computed free fields (the user's edits in the form);
    ``options`` (``documents.LetterOptions``: subject, registered mail, signatory,
    signature, PDF) are the letter form's, when it is written from the tenant file.

    ``per_holder`` (the reminder and the breach notice): the letter goes to each holder
    of the lease apart (``documents.produce_holder_letters``), addressed to him alone and
    naming the others, bound with him by the agreement; returns the
    ``documents.HolderLetters``, whose PDF to print is double-sided with ``duplex``.
    The follow-up is completed once, naming every letter.
    """
    from desktop.services import documents

    if per_holder and template_name not in PER_HOLDER_LETTERS:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Un courrier par titulaire est prévu pour la relance et la notification "
                    "de défaillance, pas pour « {name} ».",
                ),
                name=template_name,
            )
        )
    household_id, letter_options = _letter_options(
        db, actor, plan_id, template_name, on, pdf, fields, options
    )
    if per_holder:
        result = documents.produce_holder_letters(
            db, actor, household_id, letter_options, duplex=duplex
        )
        letters = result.documents
    else:
        result = documents.produce_letter(db, actor, household_id, letter_options)
        letters = [result]
    _complete_follow_up(db, actor, plan_id, template_name, letter_options.on, letters)
    return result


def _letter_options(db, actor, plan_id, template_name, on, pdf, fields, options):
    """The plan's household and the ``documents.LetterOptions`` of its letter: the
    plan's figures in the free fields, ``fields`` over them, ``options`` the form's."""
    import dataclasses

    from desktop.services import documents

    if template_name not in PLAN_LETTERS:
        raise UserError(
            _m(
                QT_TRANSLATE_NOOP(
                    "messages", "« {name} » n'est pas un courrier d'accord de paiement."
                ),
                name=template_name,
            )
        )
    on = on or plans.core.today()
    view = plans.get_plan(db, actor, plan_id, on)
    values = letter_fields(db, actor, plan_id, template_name, on)
    values.update(fields or {})
    base = options or documents.LetterOptions(template_name=template_name, pdf=pdf)
    return view.household_id, dataclasses.replace(
        base, template_name=template_name, fields=values, on=on
    )


def _complete_follow_up(db, actor, plan_id, template_name, on, letters) -> None:
    """The reminder's or the breach notice's open follow-up, done by ``letters`` (one
    letter, or one per holder), by registered mail when they went so."""
    kind = LETTER_FOLLOW_UPS.get(template_name)
    if kind is None:
        return
    view = plans.get_plan(db, actor, plan_id, on)
    item = next((f for f in view.open_follow_ups if f.kind == kind), None)
    if item is None:
        return
    references = ", ".join(d.reference for d in letters)
    outcome = (
        _m(QT_TRANSLATE_NOOP("messages", "Courrier {reference}"), reference=references)
        if len(letters) == 1
        else _m(QT_TRANSLATE_NOOP("messages", "Courriers {references}"), references=references)
    )
    plans.complete_follow_up(
        db,
        actor,
        plan_id,
        item.id,
        min(on, plans.core.today()),
        view.version,
        channel="LRAR" if all(d.registered_mail for d in letters) else "COURRIER",
        outcome=render(outcome),
    )
