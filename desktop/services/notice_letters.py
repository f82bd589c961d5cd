"""Letters of the tenant's notice, made with the document engine (issue 3).

The notice's dates reach the templates (``templates/letters/conge_*``) as free fields
(``champs.*``) computed here from the notice: acknowledgement with the end date,
request for the missing proof, confirmation or refusal of the reduced notice, temporary
occupation agreement (postponed departure), acknowledgement of keys returned without
exit inventory. The letter itself is made and registered by
``documents.produce_letter`` (archive, register, timeline ``COURRIER``, audit).
"""

from __future__ import annotations

import datetime as dt

from desktop.documents.context import join_fr
from desktop.documents.filters import mid_sentence
from desktop.documents.library import fill_free_fields
from desktop.domain.errors import UserError
from desktop.domain.formatting import (
    format_amount_input,
    format_date_fr,
    format_long_date_fr,
)
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from desktop.domain.notice import ReducedNoticeGround
from desktop.domain.notice_case import ExceptionKind, NoticeStatus
from desktop.domain.notice_cotenants import lease_continues, leaving_solidarity
from desktop.domain.tenant import OccupantData
from desktop.services import notices
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.write import message as _m
from desktop.storage.db import Database

ACKNOWLEDGEMENT = "conge_accuse_reception"
PROOF_REQUEST = "conge_demande_justificatif"
REDUCED_CONFIRMATION = "conge_confirmation_preavis_reduit"
REDUCED_REFUSAL = "conge_refus_preavis_reduit"
POSTPONEMENT_AGREEMENT = "conge_report_depart"
KEYS_ACKNOWLEDGEMENT = "conge_cles_sans_edl"
NOTICE_LETTERS = (
    ACKNOWLEDGEMENT,
    PROOF_REQUEST,
    REDUCED_CONFIRMATION,
    REDUCED_REFUSAL,
    POSTPONEMENT_AGREEMENT,
    KEYS_ACKNOWLEDGEMENT,
)

LETTER_LABELS = {
    ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP("messages", "Accusé de réception du congé"),
    PROOF_REQUEST: QT_TRANSLATE_NOOP("messages", "Demande du justificatif manquant"),
    REDUCED_CONFIRMATION: QT_TRANSLATE_NOOP("messages", "Confirmation du préavis réduit"),
    REDUCED_REFUSAL: QT_TRANSLATE_NOOP("messages", "Refus du préavis réduit"),
    POSTPONEMENT_AGREEMENT: QT_TRANSLATE_NOOP(
        "messages", "Convention d'occupation temporaire (report du départ)"
    ),
    KEYS_ACKNOWLEDGEMENT: QT_TRANSLATE_NOOP(
        "messages", "Accusé de remise des clés sans état des lieux"
    ),
}


def available_letters(view: notices.NoticeView) -> list[str]:
    """The letters that fit the notice as it stands, in the order of the menu."""
    if view.status is NoticeStatus.WITHDRAWN:
        return []
    out = [ACKNOWLEDGEMENT]
    # A notice given by some holders only does not end the lease: no convention of
    # occupation after its end, no exit inventory (docs/domain.md#notice-cotenants).
    whole = not view.partial
    if view.proof_missing:
        out.append(PROOF_REQUEST)
    if view.applied_months == 1 and view.data.ground is not ReducedNoticeGround.AUCUN:
        out.append(REDUCED_CONFIRMATION)
    if view.exceptions_of(ExceptionKind.REDUCED_REFUSED):
        out.append(REDUCED_REFUSAL)
    if whole and view.exceptions_of(ExceptionKind.POSTPONEMENT):
        out.append(POSTPONEMENT_AGREEMENT)
    if whole and view.exceptions_of(ExceptionKind.KEYS_WITHOUT_INVENTORY):
        out.append(KEYS_ACKNOWLEDGEMENT)
    return out


def _not_available(template_name: str) -> UserError:
    label = LETTER_LABELS.get(template_name)
    if label is None:
        unknown = QT_TRANSLATE_NOOP("messages", "« {name} » n'est pas un courrier de congé.")
        return UserError(_m(unknown, name=template_name))
    wrong_state = QT_TRANSLATE_NOOP(
        "messages", "Le courrier « {letter} » ne correspond pas à l'état de ce congé."
    )
    return UserError(_m(wrong_state, letter=Message(label)))


def letter_fields(
    db: Database, actor: Actor, notice_id: int, template_name: str, on: dt.date | None = None
) -> dict[str, str]:
    """The free fields of a notice letter, as the letter form shows them, from the notice."""
    on = on or today()
    view = notices.get_notice(db, actor, notice_id, on)
    if template_name not in available_letters(view):
        raise _not_available(template_name)
    d = view.data
    ground = d.ground
    values = {
        "date_reception": format_date_fr(d.received_on),
        "mode_remise": Message(d.delivery_mode.label).render(),
        "motif": "" if ground is ReducedNoticeGround.AUCUN else Message(ground.label).render(),
        "justificatif_attendu": (
            mid_sentence(Message(ground.usual_proof).render()) if ground.usual_proof else ""
        ),
        "duree_preavis": str(view.applied_months),
        "date_fin": format_date_fr(view.end_date),
        "date_fin_si_justificatif": format_date_fr(view.end_date_if_proof),
        **_cotenant_fields(view),
    }
    if template_name == REDUCED_CONFIRMATION and d.proof_received_on is not None:
        values["justificatif"] = _m(
            QT_TRANSLATE_NOOP("messages", "votre justificatif reçu le {date} ({document})"),
            date=format_long_date_fr(d.proof_received_on),
            document=mid_sentence(d.proof_document or Message(ground.usual_proof).render()),
        ).render()
    elif template_name == REDUCED_REFUSAL:
        refused = view.exceptions_of(ExceptionKind.REDUCED_REFUSED)[-1]
        values["motif_refus"] = refused.reason
    elif template_name == POSTPONEMENT_AGREEMENT:
        postponed = view.exceptions_of(ExceptionKind.POSTPONEMENT)[-1]
        values.update(
            {
                "nouvelle_date_depart": format_date_fr(postponed.new_departure_on),
                "motif_report": postponed.reason,
                "indemnite": format_amount_input(view.monthly_rent + view.monthly_charges),
            }
        )
    elif template_name == KEYS_ACKNOWLEDGEMENT:
        keys = view.exceptions_of(ExceptionKind.KEYS_WITHOUT_INVENTORY)[-1]
        mode = view.keys_return_mode
        values.update(
            {
                "date_remise_cles": format_date_fr(keys.keys_returned_on),
                "mode_remise_cles": Message(mode.label).render() if mode else "",
                "date_edl": format_date_fr(
                    view.inventory_scheduled_on or keys.inventory_scheduled_on
                ),
                "date_limite_depot": format_date_fr(view.deposit.due_on if view.deposit else None),
            }
        )
    return fill_free_fields(template_name, values, on)


def _cotenant_fields(view: notices.NoticeView) -> dict[str, str]:
    """A notice given by some holders only: the lease going on with the others, and
    what becomes of the leaving holder's solidarity (empty for a notice given by all)."""
    if not view.partial:
        return {"suite_bail": "", "solidarite": ""}
    d = view.data
    solidarity = leaving_solidarity(
        d.cotenant_bond,
        ground=d.ground,
        end_date=view.end_date,
        received_on=d.received_on or view.end_date,
        presented_on=d.presented_on,
        proof_received_on=d.proof_received_on,
    )
    remaining = list(view.remaining)
    return {
        "suite_bail": lease_continues(remaining, join_fr(remaining)).render() if remaining else "",
        "solidarite": solidarity.render() if solidarity is not None else "",
    }


def addressees(view: notices.NoticeView) -> tuple[OccupantData, ...]:
    """Whom the notice's letters go to: the holders who gave it (empty: all)."""
    return tuple(
        OccupantData(last_name=g.last_name, first_name=g.first_name, civility=g.civility)
        for g in view.data.given_by
    )


@guarded("conge.courrier")
def produce_notice_letter(
    db: Database,
    actor: Actor,
    notice_id: int,
    template_name: str,
    *,
    on: dt.date | None = None,
    pdf: bool = False,
    fields: dict[str, str] | None = None,
):
    """Make and register a notice letter for the notice's tenant; returns the document.

    ``fields`` overrides the computed free fields (the user's edits)."""
    from desktop.services import documents

    if template_name not in NOTICE_LETTERS:
        raise _not_available(template_name)
    on = on or today()
    view = notices.get_notice(db, actor, notice_id, on)
    values = letter_fields(db, actor, notice_id, template_name, on)
    values.update(fields or {})
    return documents.produce_letter(
        db,
        actor,
        view.household_id,
        documents.LetterOptions(
            template_name=template_name,
            fields=values,
            pdf=pdf,
            on=on,
            addressees=addressees(view),
        ),
    )
