"""Build the letter templates of the tenant's notice (issue 4) with the layout of the
bundled letters (``make_templates.py``): acknowledgement of the notice with its end
date, request for the missing proof of a reduced-notice ground, confirmation or
refusal of the reduced notice, temporary occupation agreement (postponed departure), and
acknowledgement of keys returned without exit inventory.

    .venv/bin/python templates/make_notice_templates.py

The DOCX and TOML files are committed and edited by staff in Word; the notice's dates
reach a template as free fields (``champs.*``) filled by
``desktop.services.notice_letters`` from the notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_templates import (
    ACCENT,
    GREY,
    ROOT,
    _address_and_references,
    _base_document,
    _body,
    _closing_and_signature,
    _letterhead,
    _made_at,
    _para,
    _runs,
    _salutation,
    _save,
    _subject,
    holder_signatures,
    keep_row_together,
    keep_with_next,
)

DWELLING = (
    "le logement situé {{ locataire.logement.adresse }} (contrat n° {{ locataire.bail.contrat }})"
)


def _letter(title: str):
    doc = _base_document()
    doc.core_properties.title = title
    _letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    return doc


def _forwarding_address(doc) -> None:
    _body(
        doc,
        "Afin de vous adresser l'arrêté de votre compte et la restitution de votre "
        "dépôt de garantie, merci de nous communiquer votre future adresse.",
    )


def _lease_goes_on(doc) -> None:
    """A notice given by some of the holders only (``champs.suite_bail`` filled): the
    lease goes on with the others, the leaving holder's solidarity, and no exit
    inventory nor deposit return at his departure (the dwelling stays let)."""
    _body(doc, "{{ champs.suite_bail }}")
    _para(doc, "{%p if champs.solidarite %}")
    _body(doc, "{{ champs.solidarite }}")
    _para(doc, "{%p endif %}")
    _body(
        doc,
        "Le logement restant occupé, aucun état des lieux de sortie n'est établi à votre "
        "départ ; le dépôt de garantie versé pour le bail est restitué à la fin de celui-ci. "
        "Merci de nous communiquer votre future adresse.",
    )


def _exit_or_lease_goes_on(doc, exit_paragraphs) -> None:
    """The exit (inventory, deposit) of a notice given by all, else the lease going on."""
    _para(doc, "{%p if champs.suite_bail %}")
    _lease_goes_on(doc)
    _para(doc, "{%p else %}")
    exit_paragraphs(doc)
    _para(doc, "{%p endif %}")


def _notice_with_ground(doc) -> None:
    """The opening of a letter about a reduced notice's ground: the notice received and
    the ground the tenant invokes (its label mid-sentence, without its capital)."""
    _body(
        doc,
        "Nous avons bien reçu, le {{ champs.date_reception|date_fr }}, votre congé "
        "concernant " + DWELLING + ". Vous y invoquez le motif suivant pour bénéficier "
        "d'un préavis réduit à un mois : {{ champs.motif|minuscule }}.",
    )


def conge_accuse_reception() -> Path:
    doc = _letter("Accusé de réception du congé")
    _body(
        doc,
        "Nous accusons réception de votre congé concernant " + DWELLING + ", reçu le "
        "{{ champs.date_reception|date_fr }}{% if champs.mode_remise %} "
        "({{ champs.mode_remise|lower }}){% endif %}.",
    )
    _para(doc, "{%p if champs.duree_preavis == 1 %}")
    _body(
        doc,
        "Compte tenu du motif invoqué ({{ champs.motif|minuscule }}), votre préavis est réduit "
        "à un mois, conformément à l'article 15 de la loi n° 89-462 du 6 juillet 1989.",
    )
    _para(doc, "{%p elif champs.date_fin_si_justificatif %}")
    _body(
        doc,
        "Vous invoquez le motif suivant : {{ champs.motif|minuscule }}. Le justificatif de ce "
        "motif ({{ champs.justificatif_attendu }}) ne nous étant pas parvenu, le préavis de "
        "trois mois s'applique.",
    )
    _para(doc, "{%p elif champs.motif %}")
    _body(
        doc,
        "Vous invoquez le motif suivant : {{ champs.motif|minuscule }}. Ce motif n'ayant pas "
        "été retenu pour un préavis réduit, le préavis de trois mois s'applique (article 15 "
        "de la loi n° 89-462 du 6 juillet 1989).",
    )
    _para(doc, "{%p else %}")
    _body(
        doc,
        "Votre congé n'invoquant aucun des motifs permettant un préavis réduit, le "
        "préavis de trois mois s'applique (article 15 de la loi n° 89-462 du 6 juillet "
        "1989).",
    )
    _para(doc, "{%p endif %}")
    _body(
        doc,
        "Votre préavis prendra fin le {{ champs.date_fin|date_fr }}. Le loyer et les "
        "charges restent dus jusqu'à cette date{% if not champs.suite_bail %}, sauf si le "
        "logement est reloué plus tôt, avec notre accord, à un nouveau locataire{% endif %}.",
    )
    _para(doc, "{%p if champs.date_fin_si_justificatif %}")
    _body(
        doc,
        "Si vous nous transmettez ce justificatif et qu'il est accepté, votre préavis "
        "prendra fin le {{ champs.date_fin_si_justificatif|date_fr }}.",
    )
    _para(doc, "{%p endif %}")

    def exit_paragraphs(doc) -> None:
        _body(
            doc,
            "L'état des lieux de sortie sera établi contradictoirement lors de la remise "
            "des clés{% if champs.rendez_vous_edl %} : nous vous proposons le rendez-vous "
            "suivant, {{ champs.rendez_vous_edl }}{% else %} : merci de contacter votre agence "
            "au {{ agence.telephone }} pour en fixer la date{% endif %}.",
        )
        _forwarding_address(doc)

    _exit_or_lease_goes_on(doc, exit_paragraphs)
    _closing_and_signature(doc)
    return _save(doc, "conge_accuse_reception")


def conge_demande_justificatif() -> Path:
    doc = _letter("Demande de justificatif du préavis réduit")
    _notice_with_ground(doc)
    _body(
        doc,
        "La loi prévoit que ce motif soit justifié lors de l'envoi du congé. Or le "
        "justificatif nécessaire ne nous est pas parvenu : {{ champs.justificatif_attendu }}.",
    )
    _body(
        doc,
        "En l'état, le préavis de trois mois s'applique : il prendra fin le "
        "{{ champs.date_fin|date_fr }}. Si vous nous transmettez ce justificatif avant le "
        "{{ champs.date_limite|date_fr }} et qu'il est accepté, votre préavis prendra fin "
        "le {{ champs.date_fin_si_justificatif|date_fr }}.",
    )
    _body(
        doc,
        "Vous pouvez le déposer à l'accueil de votre agence ou nous l'adresser par "
        "courrier ou par courriel à {{ agence.courriel }}.",
    )
    _closing_and_signature(doc)
    return _save(doc, "conge_demande_justificatif")


def conge_confirmation_preavis_reduit() -> Path:
    doc = _letter("Confirmation du préavis réduit")
    _body(
        doc,
        "Suite à votre congé reçu le {{ champs.date_reception|date_fr }} concernant "
        + DWELLING
        + ", nous vous confirmons que, compte tenu du motif invoqué "
        "({{ champs.motif|minuscule }}){% if champs.justificatif %} et de {{ champs.justificatif }}"
        "{% endif %}, votre préavis est réduit à un mois, conformément à l'article 15 de la "
        "loi n° 89-462 du 6 juillet 1989.",
    )
    _body(
        doc,
        "Votre préavis prendra fin le {{ champs.date_fin|date_fr }}. Le loyer et les "
        "charges restent dus jusqu'à cette date.",
    )

    def exit_paragraphs(doc) -> None:
        _body(
            doc,
            "Merci de contacter votre agence au {{ agence.telephone }} pour fixer le "
            "rendez-vous de l'état des lieux de sortie, qui sera établi lors de la remise des "
            "clés.",
        )
        _forwarding_address(doc)

    _exit_or_lease_goes_on(doc, exit_paragraphs)
    _closing_and_signature(doc)
    return _save(doc, "conge_confirmation_preavis_reduit")


def conge_refus_preavis_reduit() -> Path:
    doc = _letter("Refus du préavis réduit")
    _notice_with_ground(doc)
    _body(
        doc,
        "Après examen, nous ne pouvons pas faire droit à votre demande de préavis réduit, "
        "pour le motif suivant : {{ champs.motif_refus }}. Le préavis de trois mois "
        "s'applique donc, conformément à l'article 15 de la loi n° 89-462 du 6 juillet "
        "1989.",
    )
    _body(
        doc,
        "Votre préavis prendra fin le {{ champs.date_fin|date_fr }}. Le loyer et les "
        "charges restent dus jusqu'à cette date{% if not champs.suite_bail %}, sauf si le "
        "logement est reloué plus tôt, avec notre accord, à un nouveau locataire{% endif %}.",
    )
    _body(
        doc,
        "Si vous estimez que ce refus n'est pas fondé, vous pouvez nous adresser tout "
        "élément complémentaire ; votre agence reste à votre disposition au "
        "{{ agence.telephone }}.",
    )
    _exit_or_lease_goes_on(doc, _forwarding_address)
    _closing_and_signature(doc)
    return _save(doc, "conge_refus_preavis_reduit")


def _article(doc, title: str) -> None:
    p = _para(doc, before=6, after=4)
    _runs(p, (title, True))


def _two_signatures(doc) -> None:
    """A block for each lease holder (each signs), then the landlord's; never alone on
    the last page (``_made_at``)."""
    _made_at(
        doc,
        "Fait en {{ (locataire.nombre + 1)|nombre_en_lettres }} exemplaires "
        "originaux, à {{ lettre.lieu }}, le {{ lettre.date|date_fr }}.",
    )
    holder_signatures(doc, title="{{ \"L'occupante\" if t.civilite == 'Mme' else \"L'occupant\" }}")
    table = doc.add_table(rows=1, cols=2)
    keep_row_together(table.rows[0])
    blocks = (
        (
            "Pour le bailleur",
            "{{ signataire.nom }}, {{ signataire.fonction }}",
            "{{ signataire.signature }}",
        ),
    )
    for cell, (title, who, note) in zip(table.rows[0].cells, blocks):
        cell.width = Mm(82)
        p = cell.paragraphs[0]
        keep_with_next(p)
        run = p.add_run(title)
        run.bold = True
        run.font.color.rgb = ACCENT
        q = cell.add_paragraph()
        keep_with_next(q)
        q.add_run(who).font.size = Pt(9)
        cell.add_paragraph().add_run(note)
        for _ in range(2):
            cell.add_paragraph()


# The convention's party: « l'occupante » for one woman, as her signature block says;
# several holders are designated together as « l'occupant ».
OCCUPANT = '{{ locataire.designation_occupant if locataire.nombre == 1 else "l\'occupant" }}'
OCCUPANT_CAP = OCCUPANT.replace("{{ ", "{{ (").replace(" }}", ")|capitalize }}")


def conge_report_depart() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Convention d'occupation temporaire"
    _letterhead(doc)
    _address_and_references(doc, with_registered=False)
    _para(
        doc,
        "CONVENTION D'OCCUPATION TEMPORAIRE",
        size=13,
        bold=True,
        color=ACCENT,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=22,
        after=4,
    )
    _para(
        doc,
        "Report de la date de départ après un congé",
        size=10,
        color=GREY,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=12,
    )
    _body(
        doc,
        "Entre {{ bailleur.nom }}, représenté par {{ signataire.nom }}, "
        "{{ signataire.fonction }}, ci-après « le bailleur », et "
        "{{ locataire.noms_complets }}, ci-après {{ 'ensemble ' if locataire.nombre > 1 }}"
        "« " + OCCUPANT + " », il est convenu ce qui suit.",
    )
    _article(doc, "Article 1 – Objet")
    _body(
        doc,
        OCCUPANT_CAP + " a donné congé concernant " + DWELLING + ". Ce congé, reçu le "
        "{{ champs.date_reception|date_fr }}, prend fin le {{ champs.date_fin|date_fr }}. "
        "En raison de la situation suivante : {{ champs.motif_report }}, le bailleur "
        "autorise " + OCCUPANT + " à se maintenir dans les lieux au-delà de cette date, jusqu'au "
        "{{ champs.nouvelle_date_depart|date_fr }} au plus tard.",
    )
    _article(doc, "Article 2 – Indemnité d'occupation")
    _body(
        doc,
        "Pendant cette période, " + OCCUPANT + " verse une indemnité d'occupation mensuelle "
        "de {{ champs.indemnite|euros }} ({{ champs.indemnite|en_lettres }}), égale au "
        "loyer et aux charges, payable aux mêmes échéances et due au prorata du temps "
        "d'occupation.",
    )
    _article(doc, "Article 3 – Fin de l'occupation")
    _body(
        doc,
        "Le congé n'est pas remis en cause : le bail prend fin le "
        "{{ champs.date_fin|date_fr }}. " + OCCUPANT_CAP + " s'engage à libérer les lieux et à "
        "remettre les clés au plus tard le {{ champs.nouvelle_date_depart|date_fr }}, lors "
        "de l'état des lieux de sortie. La présente convention, consentie à titre "
        "temporaire, ne confère aucun droit au maintien dans les lieux au-delà de cette "
        "date.",
    )
    _two_signatures(doc)
    return _save(doc, "conge_report_depart")


def conge_cles_sans_edl() -> Path:
    doc = _letter("Remise des clés sans état des lieux")
    _body(
        doc,
        "Nous accusons réception des clés concernant " + DWELLING + ", remises le "
        "{{ champs.date_remise_cles|date_fr }} ({{ champs.mode_remise_cles|lower }}), sans "
        "que l'état des lieux de sortie ait pu être établi en votre présence.",
    )
    _para(doc, "{%p if champs.date_edl %}")
    _body(
        doc,
        "L'état des lieux de sortie aura lieu le {{ champs.date_edl|date_fr }}. Vous "
        "pouvez y assister ou vous y faire représenter : merci de confirmer votre présence "
        "auprès de votre agence au {{ agence.telephone }}. À défaut d'état des lieux "
        "contradictoire, il pourra être établi par un commissaire de justice, à frais "
        "partagés, après vous en avoir avisé au moins sept jours à l'avance par lettre "
        "recommandée.",
    )
    _para(doc, "{%p else %}")
    _body(
        doc,
        "Nous prendrons contact avec vous pour fixer la date de l'état des lieux de "
        "sortie, auquel vous pourrez assister ou vous faire représenter.",
    )
    _para(doc, "{%p endif %}")
    _body(
        doc,
        "Votre dépôt de garantie vous sera restitué au plus tard le "
        "{{ champs.date_limite_depot|date_fr }}, déduction faite, le cas échéant, des "
        "sommes restant dues et dûment justifiées.",
    )
    _forwarding_address(doc)
    _closing_and_signature(doc)
    return _save(doc, "conge_cles_sans_edl")


BUILDERS = (
    conge_accuse_reception,
    conge_demande_justificatif,
    conge_confirmation_preavis_reduit,
    conge_refus_preavis_reduit,
    conge_report_depart,
    conge_cles_sans_edl,
)


def main(argv: list[str]) -> int:
    for build in BUILDERS:
        print(build().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
