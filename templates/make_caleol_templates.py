"""Build the letter templates of the CALEOL decisions (issue 7) with the same layout as
the bundled letters (``make_templates.py``):

- ``caleol_offre``: the attribution, i.e. the offer of the dwelling (address, type,
  rent and charges), the answer deadline of R441-10 (at least 10 days from the day
  after notification, next working day, silence = refusal), what to do to accept, and
  an answer slip; to a ranked candidate, his rank: offered first (``rang``), or
  offered after those placed before him did not accept it (``rang_apres_refus``,
  ``candidats_avant``);
- ``caleol_rang``: attribution by rank (the dwelling is offered to this candidate if
  the higher-ranked candidates refuse it);
- ``caleol_refus``: non-attribution or inadmissibility, with the reason, the mention
  of L441-2-2, what becomes of the application, and the remedies;
- ``caleol_piece_manquante``: attribution under suspensive condition (the missing
  document of R441-2-4-1 and its deadline; lease signed if it arrives in time and
  eligibility holds), with the offer's answer deadline and answer slip.

    .venv/bin/python templates/make_caleol_templates.py

The DOCX and TOML files are committed and edited by staff in Word. Candidates are
applicants, not tenants: everything about the candidate, the dwelling and the session
reaches a template as free fields (``champs.*``) filled by
``desktop.services.caleol_letters``; the address block is ``destinataire.adresse``.
Legal wording marked UNCONFIRMED in docs/domain.md#candidates (L441-2-2 mention,
remedies, radiation after inadmissibility) is plain text here, for the organisation's
lawyer to check and adapt in Word.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_plan_templates import _borders, _cell_text
from make_templates import (
    ACCENT,
    GREY,
    LETTERS,
    ROOT,
    _base_document,
    _body,
    _closing_and_signature,
    _float_table,
    _letterhead,
    _para,
    _runs,
    _salutation,
    _save,
    _subject,
)

AREA = "Attributions (CALEOL)"
COMMISSION = (
    "La commission d'attribution des logements et d'examen de l'occupation des "
    "logements ({% if champs.commission %}{{ champs.commission }}{% else %}CALEOL"
    "{% endif %}), réunie le {{ champs.date_seance|date_fr }}"
)
# Controller, DPO, rights and the CNIL: from the organisation profile.
PRIVACY = "{{ bailleur.mentions_donnees_demande }}"


# The answer deadline (CCH R441-10) runs from the candidate's receipt. A registered
# letter's first presentation is not known when it is printed: the letter states the
# rule rather than a date that could be too short; other letters give the date.
DEADLINE = (
    "Vous disposez d'un délai de {% if lettre.recommandee %}"
    "{{ champs.delai_jours|nombre_en_lettres }} jours à compter de la réception du "
    "présent courrier {% else %}{{ champs.delai_jours }} jours, soit jusqu'au "
    "{{ champs.date_limite_reponse|date_fr }} inclus, {% endif %}"
)
DEADLINE_RULE = (
    "{% if lettre.recommandee %}La réception est la date à laquelle la lettre "
    "recommandée vous est présentée pour la première fois ; {% else %}Ce délai "
    "court à compter du lendemain de la notification du présent courrier ; "
    "{% endif %}"
)


# --------------------------------------------------------------------------- layout


def _applicant_letterhead(doc) -> None:
    """The bundled letterhead, with the privacy notice of an application (the
    candidate is not a tenant)."""
    _letterhead(doc)
    notice = doc.sections[0].first_page_footer.paragraphs[1]
    notice.runs[0].text = PRIVACY
    for run in notice.runs[1:]:
        run.text = ""


def _address_and_references(doc, *, registered: str = "lettre.recommandee") -> None:
    """The address at the envelope window; the applicant's references (numéro unique,
    dwelling) instead of a tenant's contract; place and date; the registered mention."""
    _table, cell = _float_table(doc, x_mm=110, y_mm=55, width_mm=85, caption="adresse")
    cell.paragraphs[0].add_run("{{ destinataire.adresse }}")
    _refs, rcell = _float_table(doc, x_mm=22, y_mm=52, width_mm=80)
    r = rcell.paragraphs[0].add_run("Vos références")
    r.bold = True
    r.font.size = Pt(8.5)
    r.font.color.rgb = ACCENT
    rows = (
        ("Demande n° unique ", "{{ champs.numero_unique }}"),
        ("Logement ", "{{ champs.logement_reference }}"),
    )
    for label, value in rows:
        q = _para(rcell)
        _runs(q, (label, False), (value, False))
        for run in q.runs:
            run.font.size = Pt(8.5)
    _para(rcell, "Nos références", size=8.5, bold=True, color=ACCENT, before=3)
    for label, value in (
        ("Réf. ", "{{ lettre.reference }}"),
        ("Affaire suivie par ", "{{ lettre.affaire_suivie_par or agence.nom }}"),
        ("Tél. ", "{{ agence.telephone }}"),
    ):
        q = _para(rcell)
        _runs(q, (label, False), (value, False))
        for run in q.runs:
            run.font.size = Pt(8.5)
    _para(doc, "{{ lettre.lieu_date }}", align=WD_ALIGN_PARAGRAPH.RIGHT, before=150)
    _para(doc, f"{{%p if {registered} %}}")
    p = _para(doc, before=10)
    r = p.add_run(
        "Lettre recommandée avec avis de réception"
        "{% if lettre.numero_recommande %} n° {{ lettre.numero_recommande }}"
        "{% endif %}"
    )
    r.bold = True
    _para(doc, "{%p endif %}")


def _dwelling_table(doc, *, with_money: bool = True) -> None:
    """The *fiche logement*: address, type and surface, floor, rent and charges."""
    rows = [
        ("Adresse", "{{ champs.logement_adresse }}"),
        (
            "Type et surface",
            "{{ champs.logement_type }}{% if champs.logement_surface %}, "
            "{{ champs.logement_surface }} m² habitables{% endif %}",
        ),
        ("Étage et accès", "{{ champs.logement_etage }}"),
    ]
    if with_money:
        rows += [
            ("Loyer mensuel hors charges", "{{ champs.loyer|euros }}"),
            ("Provisions pour charges", "{{ champs.charges|euros }}"),
            ("Total mensuel", "{{ champs.loyer_charges|euros }}"),
        ]
    table = doc.add_table(rows=len(rows), cols=2)
    table.autofit = False
    _borders(table)
    for column, width in zip(table.columns, (Mm(55), Mm(110))):
        column.width = width
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].width, row.cells[1].width = Mm(55), Mm(110)
        _cell_text(row.cells[0], label, bold=True)
        _cell_text(row.cells[1], value, bold=label == "Total mensuel")
    _para(doc, "", after=6)


def _answer_slip(doc) -> None:
    """A slip to cut out and return: accept or refuse, date and signature."""
    _para(
        doc,
        "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - "
        "- - - - - - - - - - - - -",
        size=8,
        color=GREY,
        before=12,
        after=4,
    )
    table = doc.add_table(rows=1, cols=1)
    _borders(table)
    cell = table.rows[0].cells[0]
    cell.width = Mm(165)
    p = cell.paragraphs[0]
    run = p.add_run(
        "COUPON-RÉPONSE à retourner {% if lettre.recommandee %}dans les "
        "{{ champs.delai_jours|nombre_en_lettres }} jours suivant la réception "
        "de ce courrier{% else %}au plus tard le "
        "{{ champs.date_limite_reponse|date_fr }}{% endif %}"
    )
    run.bold = True
    run.font.color.rgb = ACCENT
    for text in (
        "Je soussigné{{ locataire.accord }} {{ champs.candidat }}, demande n° unique {{ champs.numero_unique }}, "
        "logement {{ champs.logement_reference }} situé {{ champs.logement_adresse }} :",
        "☐  j'accepte le logement proposé et je prends rendez-vous pour la visite et la "
        "signature du bail ;",
        "☐  je refuse le logement proposé, pour le motif suivant (facultatif) : "
        "..........................................................................",
        "Date : ....../....../............            Signature :",
    ):
        q = cell.add_paragraph()
        q.paragraph_format.space_before = Pt(4)
        q.add_run(text).font.size = Pt(9)
    for _ in range(2):
        cell.add_paragraph()


# --------------------------------------------------------------------------- templates


def caleol_offre() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Proposition de logement (attribution CALEOL)"
    _applicant_letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        COMMISSION + ", a examiné votre demande de logement social (numéro unique "
        "{{ champs.numero_unique }}). Nous avons le plaisir de vous informer qu'elle vous "
        "a attribué le logement décrit ci-dessous{% if champs.rang %}, en vous classant "
        "en rang {{ champs.rang }} : ce logement vous est proposé en premier{% endif %}."
        "{% if champs.rang_apres_refus %} Classé{{ locataire.accord }} au rang {{ champs.rang_apres_refus }} "
        "par la commission, ce logement vous est proposé, {% if champs.candidats_avant == 1 "
        "%}le candidat placé avant vous ne l'ayant pas accepté{% else %}les candidats "
        "placés avant vous ne l'ayant pas accepté{% endif %}.{% endif %}",
    )
    _dwelling_table(doc)
    _body(
        doc,
        "Le loyer et les charges sont ceux applicables à la date de la commission ; "
        "ils évoluent ensuite dans les conditions prévues par la réglementation et par le "
        "bail. Selon vos ressources, une aide au logement peut réduire la somme restant à "
        "votre charge : vous pouvez la demander à la CAF ou à la MSA dès la signature du "
        "bail.",
    )
    p = _para(doc, before=4, after=6)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _runs(
        p,
        (DEADLINE + "pour nous faire connaître votre réponse. ", True),
        (
            DEADLINE_RULE
            + "lorsque ce délai expire un samedi, un dimanche ou un jour férié, il est "
            "prolongé jusqu'au premier jour ouvrable suivant. ",
            False,
        ),
        (
            "Sans réponse de votre part dans ce délai, vous serez considéré{{ locataire.accord }} comme ayant "
            "refusé cette proposition (article R441-10 du code de la construction et de "
            "l'habitation), et le logement pourra être proposé à un autre candidat.",
            False,
        ),
    )
    p = _para(doc, before=4, after=3)
    _runs(p, ("Pour accepter ce logement", True))
    _body(
        doc,
        "Retournez-nous le coupon-réponse ci-dessous, daté et signé, ou présentez-vous "
        "à votre agence, ou appelez-la au {{ agence.telephone }}, "
        "{% if lettre.recommandee %}dans ce délai{% else %}avant le "
        "{{ champs.date_limite_reponse|date_fr }}{% endif %}. Nous conviendrons alors avec vous d'un "
        "rendez-vous pour visiter le logement, signer le bail et faire l'état des lieux "
        "d'entrée. Le jour de la signature, munissez-vous d'une pièce d'identité et d'une "
        "attestation d'assurance habitation (obligatoire dès la remise des clés) ; un dépôt "
        "de garantie égal à un mois de loyer hors charges ({{ champs.loyer|euros }}) vous "
        "sera demandé.",
    )
    _body(
        doc,
        "Si vous refusez ce logement, merci de nous le faire savoir en nous indiquant, "
        "si possible, le motif de votre refus : votre demande de logement social restera "
        "active.",
    )
    _closing_and_signature(doc)
    _answer_slip(doc)
    return _save(doc, "caleol_offre")


def caleol_rang() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Attribution en rang (CALEOL)"
    _applicant_letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        COMMISSION + ", a examiné votre demande de logement social (numéro unique "
        "{{ champs.numero_unique }}) pour le logement décrit ci-dessous. Elle a décidé de "
        "vous attribuer ce logement en rang {{ champs.rang }}, selon l'ordre de priorité "
        "qu'elle a fixé entre les candidats.",
    )
    _dwelling_table(doc)
    _body(
        doc,
        "Ce logement est d'abord proposé {% if champs.candidats_avant == 1 %}au "
        "candidat classé avant vous. Il vous sera proposé si ce candidat le refuse ou ne "
        "répond pas dans le délai qui lui est donné{% else %}aux "
        "{{ champs.candidats_avant }} candidats classés avant vous. Il vous sera proposé si "
        "ces candidats le refusent ou ne répondent pas dans le délai qui leur est donné"
        "{% endif %}.",
    )
    _body(
        doc,
        "Dans ce cas, nous vous adresserons une proposition écrite indiquant le délai "
        "dont vous disposerez pour l'accepter, qui ne pourra être inférieur à dix jours. "
        "Vous n'avez aucune démarche à faire d'ici là ; pensez seulement à nous signaler "
        "tout changement de votre situation (adresse, téléphone, composition du ménage, "
        "ressources).",
    )
    _body(
        doc,
        "Si le logement est accepté par un candidat classé avant vous, votre demande de "
        "logement social reste active : elle pourra être présentée à la commission pour "
        "d'autres logements correspondant à votre situation.",
    )
    _closing_and_signature(doc)
    return _save(doc, "caleol_rang")


IRRECEVABLE = "{%p if 'irrecevab' in champs.decision|lower %}"


def caleol_refus() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Refus d'attribution (CALEOL)"
    _applicant_letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        COMMISSION + ", a examiné votre demande de logement social (numéro unique "
        "{{ champs.numero_unique }}){% if champs.logement_reference %} pour le logement "
        "{{ champs.logement_type }} situé {{ champs.logement_adresse }} (référence "
        "{{ champs.logement_reference }}){% endif %}.",
    )
    _para(doc, IRRECEVABLE)
    _body(
        doc,
        "Nous sommes au regret de vous informer qu'elle a déclaré votre demande "
        "irrecevable au regard des conditions législatives et réglementaires d'accès au "
        "logement social, pour le motif suivant :",
    )
    _para(doc, "{%p else %}")
    _body(
        doc,
        "Nous sommes au regret de vous informer qu'elle ne vous a pas attribué ce "
        "logement, pour le motif suivant :",
    )
    _para(doc, "{%p endif %}")
    _para(doc, "{{ champs.motif }}", bold=True, left_indent_mm=8, before=2, after=8)
    _body(
        doc,
        "Cette décision vous est notifiée par écrit, avec son motif, conformément à "
        "l'article L441-2-2 du code de la construction et de l'habitation.",
    )
    _para(doc, IRRECEVABLE)
    _body(
        doc,
        "Votre demande ne remplissant pas les conditions d'accès au logement social, "
        "elle pourra être radiée du système national d'enregistrement. Vous disposez d'un "
        "délai d'un mois à compter de la réception du présent courrier pour nous présenter "
        "vos observations. Si votre situation évolue, vous pourrez déposer une nouvelle "
        "demande ou mettre à jour la vôtre.",
    )
    _para(doc, "{%p else %}")
    _body(
        doc,
        "Votre demande de logement social reste active : elle pourra être présentée à "
        "la commission pour d'autres logements correspondant à votre situation. Pensez à "
        "la renouveler chaque année avant sa date anniversaire et à nous signaler tout "
        "changement (ressources, composition du ménage, adresse).",
    )
    _para(doc, "{%p endif %}")
    p = _para(doc, before=4, after=3)
    _runs(p, ("Voies de recours", True))
    _body(doc, "{{ champs.voies_recours|paragraphes }}")
    # Who may seize the DALO mediation commission (docs/domain.md, candidates): the
    # commission itself decides whether the application is a priority, so the letter
    # names the cases of the law rather than a recognition the candidate cannot have yet;
    # nouns, not participles, so that it reads right to every candidate.
    _body(
        doc,
        "Si votre situation relève de l'un des cas prévus par l'article L441-2-3 du code "
        "de la construction et de l'habitation (absence de logement, menace d'expulsion "
        "sans relogement, hébergement ou logement temporaire prolongé, logement impropre "
        "à l'habitation, insalubre ou dangereux, logement suroccupé ou non décent avec un "
        "enfant mineur ou une personne handicapée), ou si vous n'avez reçu aucune "
        "proposition adaptée dans le délai fixé par le préfet de votre département, "
        "vous pouvez également saisir la commission de médiation du droit au logement "
        "opposable (DALO) de ce département.",
    )
    _closing_and_signature(doc)
    return _save(doc, "caleol_refus")


def caleol_piece_manquante() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Attribution sous condition suspensive (CALEOL)"
    _applicant_letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        COMMISSION + ", a examiné votre demande de logement social (numéro unique "
        "{{ champs.numero_unique }}). Elle a décidé de vous attribuer le logement décrit "
        "ci-dessous, sous la condition suspensive de la production de la pièce suivante, "
        "qui manque à votre dossier :",
    )
    _para(doc, "{{ champs.piece_manquante }}", bold=True, left_indent_mm=8, before=2, after=6)
    p = _para(doc, after=6)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _runs(
        p,
        (
            "Cette pièce doit nous parvenir au plus tard le {{ champs.date_limite_piece|date_fr }}",
            True,
        ),
        (
            ", par courrier, par courriel ({{ agence.courriel }}) ou à l'accueil de votre agence.",
            False,
        ),
    )
    _body(
        doc,
        "Si elle nous parvient dans ce délai et que vous remplissez toujours les "
        "conditions d'attribution, l'attribution deviendra définitive et nous signerons "
        "le bail avec vous. À défaut, ou si la pièce montre que les conditions d'accès au "
        "logement social ne sont pas remplies, l'attribution sera caduque et le logement "
        "pourra être attribué à un autre candidat.",
    )
    _dwelling_table(doc)
    p = _para(doc, before=4, after=6)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _runs(
        p,
        (
            "Vous disposez par ailleurs "
            + DEADLINE[len("Vous disposez ") :]
            + "pour nous faire savoir si vous acceptez ce logement. ",
            True,
        ),
        (
            DEADLINE_RULE
            + "si ce délai expire un samedi, un dimanche ou un jour férié, il prend fin "
            "le premier jour ouvrable suivant. Sans réponse de votre part dans ce délai, vous serez "
            "considéré{{ locataire.accord }} comme ayant refusé cette proposition (article R441-10 du code de la "
            "construction et de l'habitation).",
            False,
        ),
    )
    _body(
        doc,
        "Pour l'accepter, retournez-nous le coupon-réponse ci-dessous, daté et signé, "
        "avec la pièce demandée, ou contactez votre agence au {{ agence.telephone }}.",
    )
    _closing_and_signature(doc)
    _answer_slip(doc)
    return _save(doc, "caleol_piece_manquante")


# --------------------------------------------------------------------------- metadata

_COMMON_FIELDS = """
[[champs]]
nom = "candidat"
libelle = "Candidat"
type = "texte"
obligatoire = true
aide = "Civilité, prénom et NOM du demandeur (rempli depuis la séance)"

[[champs]]
nom = "numero_unique"
libelle = "Numéro unique de la demande"
type = "texte"
obligatoire = true

[[champs]]
nom = "commission"
libelle = "Commission"
type = "texte"

[[champs]]
nom = "date_seance"
libelle = "Date de la séance"
type = "date"
obligatoire = true
"""

_DWELLING_FIELDS = """
[[champs]]
nom = "logement_reference"
libelle = "Référence du logement"
type = "texte"
obligatoire = {required}

[[champs]]
nom = "logement_adresse"
libelle = "Adresse du logement"
type = "texte"
obligatoire = {required}

[[champs]]
nom = "logement_type"
libelle = "Type du logement (T1 à T6)"
type = "texte"
obligatoire = {required}

[[champs]]
nom = "logement_surface"
libelle = "Surface habitable (m²)"
type = "texte"

[[champs]]
nom = "logement_etage"
libelle = "Étage et accès"
type = "texte"
"""

_MONEY_FIELDS = """
[[champs]]
nom = "loyer"
libelle = "Loyer mensuel hors charges"
type = "montant"
obligatoire = true

[[champs]]
nom = "charges"
libelle = "Provisions pour charges"
type = "montant"
obligatoire = true

[[champs]]
nom = "loyer_charges"
libelle = "Total mensuel (loyer et charges)"
type = "montant"
obligatoire = true
"""

_OFFER_FIELDS = """
[[champs]]
nom = "delai_jours"
libelle = "Délai de réponse (jours, 10 au moins)"
type = "entier"
obligatoire = true
defaut = "10"

[[champs]]
nom = "date_limite_reponse"
libelle = "Réponse attendue au plus tard le"
type = "date"
obligatoire = false
aide = "Courrier simple : lendemain de la notification + délai, reporté au jour ouvrable suivant (R441-10). Courrier recommandé : vide, le délai court de la réception"
"""

REMEDIES = (
    "Vous pouvez contester cette décision par un recours gracieux adressé au "
    "président de la commission d'attribution, dans un délai de deux mois à compter "
    "de la réception du présent courrier."
)

METADATA = {
    "caleol_offre": f'''titre = "Proposition de logement (attribution CALEOL)"
domaine = "{AREA}"
version = "1.3"
description = """Attribution d'un logement par la CALEOL : proposition du logement \\
(adresse, type, loyer et charges), délai de réponse de l'article R441-10 (10 jours au \\
moins à compter du lendemain de la notification, reporté au jour ouvrable suivant ; le \\
silence vaut refus), démarches pour accepter, coupon-réponse. Produite depuis la séance \\
(« parcours caleol letters »), qui remplit les champs et enregistre la notification."""
recommandee = true
objet = "Proposition de logement – décision de la commission d'attribution"
donnees = ["destinataire.adresse"]
{_COMMON_FIELDS}{_DWELLING_FIELDS.format(required="true")}{_MONEY_FIELDS}{_OFFER_FIELDS}
[[champs]]
nom = "rang"
libelle = "Rang (attribution par classement, candidat proposé en premier)"
type = "entier"

[[champs]]
nom = "rang_apres_refus"
libelle = "Rang (logement proposé après le refus des candidats placés avant lui)"
type = "entier"
aide = "Seulement si les candidats placés avant lui n'ont pas accepté le logement"

[[champs]]
nom = "candidats_avant"
libelle = "Candidats placés avant lui (refus ou silence)"
type = "entier"
''',
    "caleol_rang": f'''titre = "Attribution en rang (CALEOL)"
domaine = "{AREA}"
version = "1.1"
description = """Attribution par classement (ordre de priorité) : le candidat est classé \\
au rang indiqué ; le logement lui sera proposé si les candidats classés avant lui le \\
refusent. Produite depuis la séance, qui remplit les champs."""
recommandee = false
objet = "Décision de la commission d'attribution – attribution en rang"
donnees = ["destinataire.adresse"]
{_COMMON_FIELDS}{_DWELLING_FIELDS.format(required="true")}{_MONEY_FIELDS}
[[champs]]
nom = "rang"
libelle = "Rang du candidat"
type = "entier"
obligatoire = true

[[champs]]
nom = "candidats_avant"
libelle = "Candidats classés avant lui"
type = "entier"
obligatoire = true
defaut = "1"
''',
    "caleol_refus": f'''titre = "Refus d'attribution ou irrecevabilité (CALEOL)"
domaine = "{AREA}"
version = "1.3"
description = """Non-attribution ou irrecevabilité de la demande, avec le motif de la \\
commission et la mention de l'article L441-2-2 ; la demande reste active en cas de \\
non-attribution ; voies de recours. Produite depuis la séance, qui remplit les champs."""
recommandee = false
objet = "Décision de la commission d'attribution concernant votre demande de logement"
donnees = ["destinataire.adresse"]
{_COMMON_FIELDS}{_DWELLING_FIELDS.format(required="false")}
[[champs]]
nom = "decision"
libelle = "Décision (non-attribution ou irrecevabilité)"
type = "texte"
obligatoire = true
defaut = "non-attribution"

[[champs]]
nom = "motif"
libelle = "Motif de la décision"
type = "texte_long"
obligatoire = true

[[champs]]
nom = "voies_recours"
libelle = "Voies de recours"
type = "texte_long"
obligatoire = true
defaut = "{REMEDIES}"
aide = "Texte à faire valider par le service juridique de l'organisme"
''',
    "caleol_piece_manquante": f'''titre = "Attribution sous condition suspensive (CALEOL)"
domaine = "{AREA}"
version = "1.2"
description = """Attribution sous condition suspensive (R441-3) : pièce manquante et date \\
limite pour la fournir ; bail signé si elle est produite à temps et si les conditions \\
d'attribution sont remplies ; délai de réponse à la proposition (R441-10) et \\
coupon-réponse. Produite depuis la séance, qui remplit les champs."""
recommandee = true
objet = "Attribution de logement sous condition – pièce à fournir"
donnees = ["destinataire.adresse"]
{_COMMON_FIELDS}{_DWELLING_FIELDS.format(required="true")}{_MONEY_FIELDS}
[[champs]]
nom = "piece_manquante"
libelle = "Pièce manquante"
type = "texte"
obligatoire = true

[[champs]]
nom = "date_limite_piece"
libelle = "Pièce à fournir au plus tard le"
type = "date"
obligatoire = true
{_OFFER_FIELDS}''',
}


def _write_metadata(name: str) -> Path:
    path = LETTERS / f"{name}.toml"
    path.write_text(METADATA[name], encoding="utf-8")
    return path


BUILDERS = (caleol_offre, caleol_rang, caleol_refus, caleol_piece_manquante)


def main(argv: list[str]) -> int:
    for build in BUILDERS:
        docx = build()
        print(docx.relative_to(ROOT))
        print(_write_metadata(docx.stem).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
