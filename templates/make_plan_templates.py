"""Build the letter templates of payment-deferral agreements (issue 5) with the same
layout as the bundled letters (``make_templates.py``): plan proposal with its schedule
table, protocole d'accord with a signature block for each party, reminder after a
missed instalment, notice of breach, a contributor's promise withdrawn (the
instalments it was to pay are the tenants' after a notice), and the local crisis protocol signed with the
tenant associations (charter of 4 May 2020).

    .venv/bin/python templates/make_plan_templates.py

The DOCX and TOML files are committed and edited by staff in Word; the plan's figures
reach a template as free fields (``champs.*``) filled by ``desktop.services.plan_letters``:
the schedule is ``champs.echeancier``, one line per instalment, ``n°|date|montant``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

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

# The holders as a party: "le locataire", "les locataires"; after a lease terminated
# by judgment (protocole L353-15-2), "l'occupant" throughout.
PARTY = "{{ locataire.designation_occupant if champs.jugement_date else locataire.designation }}"
PARTY_CAP = PARTY.replace("{{ ", "{{ (").replace(" }}", ")|capitalize }}")
PLURAL = "{{ 'nt' if locataire.nombre > 1 else '' }}"  # "s'engage" / "s'engagent"
# A letter to one holder of several (one letter per holder, docs/domain.md#letters): the
# others, bound with him by the agreement, are named in its body.
CO_DEBTORS = (
    "{% if locataire.cotitulaires %}, solidairement avec {{ locataire.cotitulaires }},{% endif %}"
)


def _same_letter_to_the_others(doc) -> None:
    """A letter to one holder of several says that each of the others receives the
    same one (nothing when it goes to every holder)."""
    _para(doc, "{%p if locataire.cotitulaires %}")
    _body(
        doc,
        "Le même courrier est adressé séparément à {{ locataire.cotitulaires }}, avec qui "
        "vous êtes tenu{{ locataire.accord }} solidairement au paiement de cette dette.",
    )
    _para(doc, "{%p endif %}")


def _borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:color"), "9AA3AD")
        borders.append(b)
    tbl_pr.append(borders)


def _cell_text(cell, text: str, *, bold: bool = False, align=None, size: float = 9.5) -> None:
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align


def _schedule_table(doc) -> None:
    """The schedule: a header row, then one row per line of ``champs.echeancier``."""
    table = doc.add_table(rows=4, cols=3)
    _borders(table)
    widths = (Mm(25), Mm(55), Mm(45))
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
    header = OxmlElement("w:tblHeader")  # repeated at the top of each page
    table.rows[0]._tr.get_or_add_trPr().append(header)
    for row in table.rows:
        keep_row_together(row)
    for cell, text in zip(table.rows[0].cells, ("N°", "Échéance", "Montant")):
        _cell_text(cell, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(table.rows[1].cells[0], "{%tr for ligne in champs.echeancier.splitlines() %}")
    cells = table.rows[2].cells
    _cell_text(cells[0], "{{ ligne.split('|')[0] }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(cells[1], "{{ ligne.split('|')[1] }}", align=WD_ALIGN_PARAGRAPH.CENTER)
    _cell_text(cells[2], "{{ ligne.split('|')[2] }}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    _cell_text(table.rows[3].cells[0], "{%tr endfor %}")
    total = table.add_row().cells
    _cell_text(total[0], "Total", bold=True)
    _cell_text(total[2], "{{ champs.dette|euros }}", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)


def _signature_blocks(doc, *, holder_title: str | None = None) -> None:
    """One block per party: each lease holder, the landlord, CAF/MSA and FSL/CCAS when
    they are parties. No block is split across two pages, nor are they alone on the
    last page: the last article's end goes with them (``_made_at``)."""
    _made_at(
        doc,
        "Fait en autant d'exemplaires originaux que de parties, à "
        "{{ lettre.lieu }}, le {{ lettre.date|date_fr }}.",
    )
    if holder_title:
        holder_signatures(doc, title=holder_title)
    else:
        holder_signatures(doc)
    table = doc.add_table(rows=4, cols=2)
    for row in table.rows:
        for cell in row.cells:
            cell.width = Mm(82)
    blocks = (
        (
            table.rows[0].cells[0],
            "Pour le bailleur",
            "{{ signataire.nom }}, {{ signataire.fonction }}",
            "{{ signataire.signature }}",
        ),
        (
            table.rows[0].cells[1],
            "{% if champs.organisme_payeur %}Pour la {{ champs.organisme_payeur }}{% endif %}",
            "{% if champs.organisme_payeur %}Plan approuvé par l'organisme payeur de l'aide au "
            "logement{% endif %}",
            "",
        ),
        # One block per contributor (FSL, CCAS): each is a party and signs apart.
        (
            table.rows[2].cells[0],
            "Pour {{ c }}",
            "Au titre de sa contribution au plan",
            "",
        ),
    )
    keep_row_together(table.rows[0])
    keep_row_together(table.rows[2])
    table.rows[1].cells[0].paragraphs[0].add_run("{%tr for c in champs.contributeurs|liste %}")
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    for cell, title, who, note in blocks:
        p = cell.paragraphs[0]
        keep_with_next(p)
        run = p.add_run(title)
        run.bold = True
        run.font.color.rgb = ACCENT
        q = cell.add_paragraph()
        keep_with_next(q)
        q.add_run(who).font.size = Pt(9)
        if note:
            n = cell.add_paragraph()
            rn = n.add_run(note)
            rn.font.size = Pt(8)
            rn.font.color.rgb = GREY
        for _ in range(3):
            cell.add_paragraph()


def plan_proposition() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Proposition de plan d'apurement"
    _letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        "Votre compte locataire présente, au {{ champs.dette_au|date_fr }}, une dette de "
        "{{ champs.dette|euros }} ({{ champs.dette|en_lettres }}). "
        # a single instalment (a payment postponed) has no "from ... to ..."
        "{% if (champs.nb_echeances|int) > 1 %}Pour vous permettre de la régler "
        "progressivement, nous vous proposons l'accord suivant ({{ champs.type_accord|minuscule }}) : "
        "{{ champs.nb_echeances|pluriel('échéance mensuelle', 'échéances mensuelles') }}, "
        "du {{ champs.premiere_echeance|date_fr }} au {{ champs.derniere_echeance|date_fr }}, "
        "selon l'échéancier ci-dessous.{% else %}Nous vous proposons l'accord suivant "
        "({{ champs.type_accord|minuscule }}) : son règlement en une seule échéance, le "
        "{{ champs.premiere_echeance|date_fr }}, comme indiqué ci-dessous.{% endif %}",
    )
    _schedule_table(doc)
    _body(
        doc,
        "Ces échéances s'ajoutent au paiement de votre "
        # a protocole: the lease is terminated, the occupant pays an indemnity
        "{{ \"indemnité d'occupation\" if champs.jugement_date else 'loyer courant' }} et de vos "
        "charges, soit {{ champs.loyer_courant|euros }} par mois, que vous devez continuer "
        "à régler à bonne date{% if champs.organisme_payeur %} : c'est aussi la condition "
        "du maintien de votre aide au logement{% endif %}. Vos règlements sont imputés "
        "d'abord sur "
        "{{ \"l'indemnité d'occupation\" if champs.jugement_date else 'le loyer' }} du mois, "
        "puis sur les "
        "échéances du plan, la plus ancienne d'abord.",
        before=8,
    )
    # What the FSL or the CCAS pays is part of the debt, as the protocol says.
    _para(doc, "{%p if champs.contributeurs %}")
    _body(
        doc,
        "Les sommes versées au bailleur par {{ champs.contributeurs }} seront imputées sur "
        "ces échéances, la plus ancienne restant due d'abord, et réduiront d'autant ce qui "
        "reste à votre charge.",
    )
    _para(doc, "{%p endif %}")
    _para(doc, "{%p if champs.organisme_payeur %}")
    _body(
        doc,
        "Ce plan sera transmis pour approbation à la {{ champs.organisme_payeur }}"
        "{% if champs.numero_allocataire %} (allocataire n° {{ champs.numero_allocataire }})"
        "{% endif %}.",
    )
    _para(doc, "{%p endif %}")
    # Without housing aid there is no paying body to inform.
    _body(
        doc,
        "Le plan serait considéré comme non respecté {{ champs.regle_defaillance }} : "
        "il deviendrait alors caduc{% if champs.organisme_payeur %}, la procédure de "
        "recouvrement reprendrait et la {{ champs.organisme_payeur }} en serait informée"
        "{% else %} et la procédure de recouvrement reprendrait{% endif %}.",
    )
    _body(
        doc,
        "Si cette proposition vous convient, merci de nous retourner un exemplaire "
        "daté et signé {{ 'par chacun des titulaires du bail ' if locataire.nombre > 1 }}"
        "avant le {{ champs.date_reponse|date_fr }}, ou de prendre contact "
        "avec votre agence au {{ agence.telephone }} pour en discuter.",
    )
    _closing_and_signature(doc)
    # The tenant's acceptance goes with the letter's last paragraph, the closing and
    # the signature: never alone on a page of its own, apart from what it accepts.
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    p = _para(doc, "Acceptation de la proposition", bold=True, color=ACCENT, before=14, after=6)
    keep_with_next(p)
    holder_signatures(doc)
    return _save(doc, "plan_proposition")


def protocole_accord() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Protocole d'accord"
    _letterhead(doc)
    _address_and_references(doc, with_registered=False)
    _para(
        doc,
        "{{ champs.titre_accord|upper }}",
        size=13,
        bold=True,
        color=ACCENT,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=22,
        after=4,
    )
    _para(
        doc,
        "{{ champs.type_accord }}",
        size=10,
        color=GREY,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        after=12,
    )
    _body(
        doc,
        "Entre {{ bailleur.nom }}, représenté par {{ signataire.nom }}, "
        "{{ signataire.fonction }}, ci-après « le bailleur », et "
        "{{ locataire.noms_complets }}, occupant le logement "
        "{{ locataire.logement.reference }} situé {{ locataire.logement.adresse }} (contrat "
        "n° {{ locataire.bail.contrat }}), ci-après « "
        + PARTY
        + " »{% if champs.organisme_payeur or champs.contributeurs %}, en présence "
        "{% if champs.organisme_payeur %}de la {{ champs.organisme_payeur }}"
        "{% if champs.contributeurs %} et {% endif %}{% endif %}"
        "{{ champs.contributeurs|de }}{% endif %}, il est convenu ce qui suit.",
    )
    p = _para(doc, before=6, after=4)
    _runs(p, ("Article 1 – Dette", True))
    _body(
        doc,
        PARTY_CAP + " {{ 'reconnaissent' if locataire.nombre > 1 else 'reconnaît' }}"
        " devoir "
        + "{{ 'solidairement ' if locataire.nombre > 1 }}"
        + "la somme de {{ champs.dette|euros }} "
        "({{ champs.dette|en_lettres }}), arrêtée au {{ champs.dette_au|date_fr }}.",
    )
    _para(doc, "{%p if champs.jugement_date %}")
    _body(
        doc,
        "Le bail a été résilié par jugement du {{ champs.jugement_date|date_fr }}. "
        "Le présent protocole, conclu en application de l'article {{ champs.article_cch }} "
        "du code de la construction et de l'habitation, vaut titre d'occupation jusqu'au "
        "{{ champs.fin_protocole|date_fr }}. "
        + PARTY_CAP
        + " règle"
        + PLURAL
        + " l'indemnité d'occupation et "
        "les charges fixées par le jugement, soit {{ champs.loyer_courant|euros }} par mois.",
    )
    _para(doc, "{%p endif %}")
    p = _para(doc, before=6, after=4)
    _runs(p, ("Article 2 – Échéancier", True))
    _body(
        doc,
        PARTY_CAP + " s'engage" + PLURAL + " à régler cette dette en "
        "{{ champs.nb_echeances|pluriel('échéance', 'échéances') }}, en plus "
        # after the judgment there is no rent any more: the occupation indemnity
        "{{ \"de l'indemnité d'occupation\" if champs.jugement_date else 'du loyer courant' }} "
        "et des charges ({{ champs.loyer_courant|euros }} par mois), selon l'échéancier "
        "suivant :",
    )
    _schedule_table(doc)
    # What a contributor pays is part of this debt, not on top of it: it goes to the
    # instalments (docs/domain.md#plans).
    _para(doc, "{%p if champs.contributeurs %}")
    _body(
        doc,
        "Les sommes versées au bailleur par {{ champs.contributeurs }} sont imputées sur "
        "ces échéances, la plus ancienne restant due d'abord, et réduisent d'autant ce qui "
        "reste à régler par " + PARTY + ".",
    )
    _para(doc, "{%p endif %}")
    p = _para(doc, before=8, after=4)
    _runs(p, ("Article 3 – Imputation et défaillance", True))
    _body(
        doc,
        "Les règlements sont imputés d'abord sur "
        "{{ \"l'indemnité d'occupation\" if champs.jugement_date else 'le loyer courant' }} "
        "du mois, puis sur "
        "les échéances, la plus ancienne d'abord. L'accord est considéré comme non respecté "
        "{{ champs.regle_defaillance }} ; il devient alors caduc"
        "{% if champs.organisme_payeur %}, la procédure de recouvrement reprend et la "
        "{{ champs.organisme_payeur }} en est informée{% else %} et la procédure de "
        "recouvrement reprend{% endif %}.",
    )
    _para(doc, "{%p if champs.jugement_date %}")
    _body(
        doc,
        "Si "
        + PARTY
        + " respecte"
        + PLURAL
        + " {{ 'leurs' if locataire.nombre > 1 else 'ses' }} engagements jusqu'au terme "
        "du protocole, le bailleur renonce à poursuivre l'expulsion et "
        "{{ 'leur' if locataire.nombre > 1 else 'lui' }} propose un nouveau bail dans un "
        "délai de {{ champs.delai_nouveau_bail }} mois. Le protocole peut être prolongé par "
        "avenant, pour trois ans au plus, si le plan d'apurement est renégocié. À défaut de "
        "respect des engagements, le bailleur retrouve le droit de faire exécuter le "
        "jugement.",
    )
    _para(doc, "{%p endif %}")
    _para(doc, "{%p if champs.organisme_payeur %}")
    _body(
        doc,
        "Le plan d'apurement {% if champs.date_approbation %}a été approuvé par la "
        "{{ champs.organisme_payeur }} le {{ champs.date_approbation|date_fr }}"
        "{% else %}est soumis à l'approbation de la {{ champs.organisme_payeur }}"
        "{% endif %}{% if champs.numero_allocataire %} (allocataire "
        "n° {{ champs.numero_allocataire }}){% endif %}"
        "{% if champs.jugement_date %} ; il est annexé au présent protocole{% endif %}. "
        "Une copie du présent accord est adressée à la {{ champs.organisme_payeur }}.",
    )
    _para(doc, "{%p endif %}")
    _signature_blocks(
        doc,
        holder_title=(
            "{% if champs.jugement_date %}{{ \"L'occupante\" if t.civilite == 'Mme' else "
            "\"L'occupant\" }}{% elif locataires|length == 1 %}{{ 'La locataire' if t.civilite "
            "== 'Mme' else 'Le locataire' }}{% else %}Cotitulaire du bail{% endif %}"
        ),
    )
    return _save(doc, "protocole_accord")


def relance_echeance() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Relance : échéance du plan impayée"
    _letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        "Dans le cadre de l'accord signé le {{ champs.date_signature|date_fr }} "
        "({{ champs.type_accord|minuscule }}), vous vous êtes engagé{{ locataire.accord }}"
        + CO_DEBTORS
        + " à régler chaque mois, en plus "
        "de votre {{ \"indemnité d'occupation\" if champs.jugement_date else 'loyer courant' }}, "
        "une échéance de remboursement de votre dette.",
    )
    _body(
        doc,
        "Sauf erreur de notre part, l'échéance n° {{ champs.echeance_numero }} du "
        "{{ champs.echeance_date|date_fr }} reste impayée pour "
        "{{ champs.echeance_montant|euros }} ({{ champs.echeance_montant|en_lettres }})"
        # the others unpaid are said too: the total below covers them
        "{% set autres = (champs.echeances_impayees or 1)|int - 1 %}"
        "{% if autres == 1 %}, de même que l'échéance suivante"
        "{% elif autres > 1 %}, de même que les {{ autres }} échéances suivantes{% endif %}. "
        "Au total, {{ champs.retard_total|euros }} d'échéances échues restent à régler ; le "
        "reste dû sur l'accord s'élève à {{ champs.reste_du|euros }}."
        # a contributor's promise withdrawn: why the tenant owes it, and from when
        "{% if champs.retrait_contribution %} {{ champs.retrait_contribution }}{% endif %}",
    )
    _body(
        doc,
        "Nous vous demandons de régulariser ce retard au plus tard le "
        "{{ champs.date_limite|date_fr }}. Si vous rencontrez une difficulté, contactez "
        "sans attendre votre agence au {{ agence.telephone }} : l'échéancier peut être "
        "revu, et des aides peuvent être sollicitées (Fonds de solidarité pour le logement, "
        "centre communal d'action sociale de votre commune).",
    )
    # A plan already breached is not « about to lapse when N instalments are unpaid »:
    # the tenant reads that its limit is passed and until when he can still set it right.
    _body(
        doc,
        "{% if champs.defaillance_constatee %}Ce retard dépasse la limite prévue par "
        "l'accord, qui est considéré comme non respecté {{ champs.regle_defaillance }} : "
        "sans régularisation au plus tard le {{ champs.date_limite|date_fr }}, il deviendra "
        "caduc et la procédure de recouvrement reprendra."
        "{% else %}Nous vous rappelons que le plan devient caduc "
        "{{ champs.regle_defaillance }}, et que la procédure de recouvrement reprend alors."
        "{% endif %}",
    )
    _same_letter_to_the_others(doc)
    _closing_and_signature(doc)
    return _save(doc, "relance_echeance")


def notification_defaillance() -> Path:
    doc = _base_document()
    doc.core_properties.title = "Notification de défaillance du plan"
    _letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        "Malgré nos précédents courriers, les engagements de l'accord signé le "
        "{{ champs.date_signature|date_fr }} ({{ champs.type_accord|minuscule }})"
        "{% if locataire.cotitulaires %}, que vous avez conclu solidairement avec "
        "{{ locataire.cotitulaires }},{% endif %} ne sont pas respectés : {{ champs.motifs }}",
    )
    _body(
        doc,
        "Nous constatons en conséquence, à la date du "
        "{{ champs.date_defaillance|date_fr }}, la défaillance de cet accord. Il reste dû "
        "{{ champs.reste_du|euros }} ({{ champs.reste_du|en_lettres }}), dont "
        "{{ champs.retard_total|euros }} d'échéances échues."
        "{% if champs.retrait_contribution %} {{ champs.retrait_contribution }}{% endif %}",
    )
    _body(
        doc,
        "Sans régularisation de votre part avant le {{ champs.date_limite|date_fr }}, "
        "l'accord deviendra caduc et nous reprendrons la procédure de recouvrement. "
        "{% if champs.organisme_payeur %}Conformément à la réglementation, la "
        "{{ champs.organisme_payeur }} est informée du non-respect du plan, ce qui peut "
        "entraîner la suspension de votre aide au logement. {% endif %}Votre situation "
        "pourra être signalée à la commission de coordination des actions de prévention "
        "des expulsions locatives (CCAPEX).",
    )
    _body(
        doc,
        "Vous pouvez solliciter le Fonds de solidarité pour le logement (FSL) ou le "
        "centre communal d'action sociale (CCAS) de votre commune, et nous contacter au "
        "{{ agence.telephone }} pour rechercher une solution.",
    )
    _same_letter_to_the_others(doc)
    _closing_and_signature(doc)
    return _save(doc, "notification_defaillance")


def plan_retrait_contribution() -> Path:
    """The tenants told that a contributor (FSL, CCAS) will not pay what it promised:
    the sum is theirs, from a day that leaves them time (docs/domain.md#plans)."""
    doc = _base_document()
    doc.core_properties.title = "Contribution promise non versée : échéances à votre charge"
    _letterhead(doc)
    _address_and_references(doc)
    _subject(doc)
    _salutation(doc)
    _body(
        doc,
        "Dans le cadre de l'accord signé le {{ champs.date_signature|date_fr }} "
        "({{ champs.type_accord|minuscule }}), une contribution {{ champs.contributeur|de }} "
        "de {{ champs.montant_promis|euros }} devait vous aider à rembourser votre dette"
        "{% if champs.montant_verse %} ; {{ champs.montant_verse|euros }} en ont été "
        "versés{% endif %}.",
    )
    _body(
        doc,
        "Nous avons appris le {{ champs.date_retrait|date_fr }} que "
        "{% if champs.montant_verse %}le solde de cette contribution, soit "
        "{{ champs.montant_retire|euros }} ({{ champs.montant_retire|en_lettres }}), ne sera "
        "pas versé{% else %}cette contribution, soit {{ champs.montant_retire|euros }} "
        "({{ champs.montant_retire|en_lettres }}), ne sera pas versée{% endif %}. Cette somme "
        "reste donc à votre charge.",
    )
    _body(
        doc,
        "Pour vous laisser le temps de vous organiser, les échéances que cette contribution "
        "devait couvrir ne vous seront pas réclamées avant le "
        "{{ champs.date_exigible|date_fr }}. À partir de cette date, elles seront dues "
        "comme les autres échéances de l'accord. Il reste dû au total "
        "{{ champs.reste_du|euros }} sur l'accord.",
    )
    _body(
        doc,
        "Si vous ne pouvez pas faire face à cette somme, contactez sans attendre votre agence "
        "au {{ agence.telephone }} : l'échéancier peut être revu, et d'autres aides peuvent "
        "être sollicitées (Fonds de solidarité pour le logement, centre communal d'action "
        "sociale).",
    )
    _closing_and_signature(doc)
    return _save(doc, "plan_retrait_contribution")


def protocole_crise_local() -> Path:
    """The crisis protocol signed with the tenant associations: its frame, period,
    measures and signatory associations are data (``champs.cadre``, ``champs.debut``/
    ``fin``, ``champs.mesures|blocs``, ``champs.associations|liste``); one signature
    block per association."""
    doc = _base_document()
    doc.core_properties.title = "Protocole local d'accompagnement des locataires en difficulté"
    section = doc.sections[0]
    section.top_margin = Mm(40)
    _letterhead(doc)
    # The following pages' header line has no addressee, so it is short: clear the
    # Header style's centre tab, or the page number would stop in the middle.
    section.header.paragraphs[0].paragraph_format.tab_stops.add_tab_stop(
        Twips(4680), WD_TAB_ALIGNMENT.CLEAR
    )
    _para(
        doc,
        "{{ champs.titre|upper }}",
        size=13,
        bold=True,
        color=ACCENT,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        before=6,
        after=4,
    )
    _para(doc, "{{ champs.cadre }}", size=9, color=GREY, align=WD_ALIGN_PARAGRAPH.CENTER, after=12)
    _body(
        doc,
        "Entre {{ bailleur.nom }}, représenté par {{ signataire.nom }}, "
        "{{ signataire.fonction }}, et les associations de locataires représentées au "
        "conseil de concertation locative : {{ champs.associations }}.",
    )
    _body(
        doc,
        "Le présent protocole, examiné par le conseil de concertation locative le "
        "{{ champs.date_conseil|date_fr }}, s'applique du {{ champs.debut|date_fr }} au "
        "{{ champs.fin|date_fr }}.",
    )
    chapters = (
        (
            "1. Des outils d'accompagnement accessibles",
            "Le bailleur organise, avec ses partenaires, le repérage des ménages en difficulté "
            "et prend contact rapidement et systématiquement avec eux ; un interlocuteur est "
            "désigné dans chaque agence.",
        ),
        (
            "2. L'étalement des loyers et des charges",
            "Les locataires justifiant d'une baisse de leurs ressources peuvent étaler le "
            "paiement des loyers et charges échus jusqu'au {{ champs.echus_jusqu_au|date_fr }}, "
            "sur {{ champs.duree_max }} mois au plus, selon un échéancier compatible avec leur "
            "reste à vivre, sans pénalité ni frais.",
        ),
        (
            "3. La facturation des charges récupérables",
            "Les régularisations de charges débitrices peuvent être étalées ou différées.",
        ),
        (
            "4. La mobilisation des aides de droit commun",
            "Le bailleur aide les locataires à solliciter le Fonds de solidarité pour le "
            "logement, le recalcul de leur aide au logement par la CAF ou la MSA, et les aides "
            "locales (CCAS).",
        ),
    )
    _para(doc, "{%p if champs.mesures %}")
    _para(doc, "{%p for m in champs.mesures|blocs %}")
    p = _para(doc, before=6, after=3)
    _runs(p, ("{{ loop.index }}. {{ m.titre }}", True))
    _body(doc, "{{ m.texte }}")
    _para(doc, "{%p endfor %}")
    _para(doc, "{%p else %}")
    for title, text in chapters:
        p = _para(doc, before=6, after=3)
        _runs(p, (title, True))
        _body(doc, text)
    _para(doc, "{%p endif %}")
    p = _para(doc, before=6, after=3)
    _runs(p, ("{{ (champs.mesures|blocs|length + 1) if champs.mesures else 5 }}. Le suivi", True))
    _body(
        doc,
        "Un bilan de l'application du protocole est présenté au conseil de concertation "
        "locative. {{ champs.suivi }}",
    )
    _made_at(
        doc,
        "Fait à {{ lettre.lieu }}, le {{ lettre.date|date_fr }}, en "
        "{{ (champs.associations|liste|length + 1)|nombre_en_lettres }} "
        "exemplaires "
        "originaux.",
    )
    table = doc.add_table(rows=4, cols=2)
    for row in table.rows:
        for cell in row.cells:
            cell.width = Mm(82)
    landlord = table.rows[0].cells[0]
    keep_row_together(table.rows[0])
    p = landlord.paragraphs[0]
    keep_with_next(p)
    r = p.add_run("Pour le bailleur")
    r.bold = True
    r.font.color.rgb = ACCENT
    landlord.add_paragraph().add_run(
        "{{ signataire.nom }}, {{ signataire.fonction }}"
    ).font.size = Pt(9)
    landlord.add_paragraph().add_run("{{ signataire.signature }}")
    table.rows[1].cells[0].paragraphs[0].add_run("{%tr for a in champs.associations|liste %}")
    row = table.rows[2]
    keep_row_together(row)
    cell = row.cells[0]
    p = cell.paragraphs[0]
    keep_with_next(p)
    r = p.add_run("Pour l'association {{ a }}")
    r.bold = True
    r.font.color.rgb = ACCENT
    # Once recorded (``signatures``, given by the crisis-protocol service), the
    # signatory and the date print in the block; otherwise the blank to fill in.
    cell.add_paragraph().add_run(
        "{% set s = (signatures|default({})).get(a) %}"
        "{% if s %}{{ s.signataire }}{% if s.qualite %}, {{ s.qualite }}{% endif %}"
        "{% else %}Nom et qualité du signataire, date et signature{% endif %}"
    ).font.size = Pt(9)
    signed = cell.add_paragraph().add_run(
        "{% if (signatures|default({})).get(a) %}"
        "Signé le {{ signatures[a].date|date_fr }}{% endif %}"
    )
    signed.font.size = Pt(9)
    for _ in range(2):
        cell.add_paragraph()
    table.rows[3].cells[0].paragraphs[0].add_run("{%tr endfor %}")
    return _save(doc, "protocole_crise_local")


BUILDERS = (
    plan_proposition,
    protocole_accord,
    relance_echeance,
    notification_defaillance,
    plan_retrait_contribution,
    protocole_crise_local,
)


def main(argv: list[str]) -> int:
    for build in BUILDERS:
        print(build().relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
