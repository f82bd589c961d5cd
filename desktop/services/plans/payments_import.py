"""Payment plans: the import of payments from the accounting export (mapping, dry
run, apply)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from desktop.domain.errors import ConflictError, UserError
from desktop.domain.formatting import format_money_fr
from desktop.domain.i18n import QT_TRANSLATE_NOOP, Forms, Message, counted
from desktop.domain.plans import IN_FORCE, Contribution, Contributor, contribution_warning
from desktop.domain.schedule import (
    PlanStatus,
)
from desktop.services import audit, authz, importer
from desktop.services.authz import guarded
from desktop.services.context import Actor, now, today
from desktop.services.plans.breach import EvaluationResult, record_change
from desktop.services.plans.core import (
    ENTITY,
    EVENT_PLAN_IMPORT,
    PAYMENT_REFERENCE_MAX,
    SOURCE_IMPORT,
    WRITE,
    ZERO,
    evaluate_plan,
    named_contributors,
    plan_contributions,
    plan_event,
    plan_options,
)
from desktop.services.plans.payments import (
    check_payment,
    contribution_event,
    contributor_error,
)
from desktop.services.tabular import (
    REQUIRED,
    Cell,
    CellError,
    Columns,
    Field,
    LineReport,
    RowReader,
    Table,
    cell_text,
    header_key,
    read_table,
    shown,
    to_date,
    to_money,
)
from desktop.services.write import message, touch, writing
from desktop.storage.db import Database
from desktop.storage.models import (
    Household,
    Lease,
    PaymentPlan,
    PlanPayment,
)

# --------------------------------------------------------------------------- payments import


PAYMENT_FIELDS = [
    Field(
        "contract_number",
        QT_TRANSLATE_NOOP("messages", "N° de contrat"),
        True,
        importer.SYNONYMS["contract_number"]
        + ("compte", "n compte", "compte locataire", "num compte", "no compte"),
    ),
    Field(
        "paid_on",
        QT_TRANSLATE_NOOP("messages", "Date du règlement"),
        True,
        (
            "date",
            "date reglement",
            "date du reglement",
            "date paiement",
            "date de paiement",
            "date du paiement",
            "date encaissement",
            "date d encaissement",
            "date operation",
            "date d operation",
            "date valeur",
            "date de valeur",
            "date piece",
            "dt reglement",
            "date ecriture",
            "date comptable",
        ),
    ),
    Field(
        "amount",
        QT_TRANSLATE_NOOP("messages", "Montant"),
        True,
        (
            "montant",
            "montant reglement",
            "montant du reglement",
            "montant paiement",
            "montant regle",
            "montant encaisse",
            "reglement",
            "credit",
            "somme",
            "montant eur",
            "montant ttc",
            "encaissement",
            "paiement",
        ),
    ),
    Field(
        "reference",
        QT_TRANSLATE_NOOP("messages", "Référence"),
        False,
        (
            "reference",
            "ref",
            "libelle",
            "n piece",
            "no piece",
            "piece",
            "reference reglement",
            "mode reglement",
            "mode de reglement",
            "numero piece",
            "ref reglement",
        ),
    ),
    # Who paid, when the export says it: a cell naming the FSL or the CCAS makes the line
    # that contributor's payment (instalments only, docs/domain.md#plans); any other value
    # (the tenant's name, « Locataire », the CAF...) or none, the tenants'.
    Field(
        "payer",
        QT_TRANSLATE_NOOP("messages", "Versé par"),
        False,
        (
            "verse par",
            "payeur",
            "payeur reglement",
            "tiers payeur",
            "origine",
            "origine reglement",
            "origine du reglement",
            "provenance",
            "emetteur",
            "tireur",
            "donneur d ordre",
            "contributeur",
        ),
    ),
]
PAYMENT_COLUMNS = Columns(PAYMENT_FIELDS)
PAYMENT_FIELDS_BY_KEY = PAYMENT_COLUMNS.by_key
propose_payment_mapping = PAYMENT_COLUMNS.propose
check_payment_mapping = PAYMENT_COLUMNS.check


# The words (as ``header_key`` writes them) by which a payer cell names a contributor.
CONTRIBUTOR_NAMES = {
    Contributor.FSL: ("fsl", "fonds de solidarite", "fonds solidarite"),
    Contributor.CCAS: ("ccas", "centre communal d action sociale", "centre communal"),
}


def to_contributor(cell: Cell) -> Contributor | None:
    """The contributor a payer cell names (« VIR FSL GIRONDE », « CCAS de Bègles »),
    ``None`` for any other payer; a cell naming both is not understood."""
    text = cell_text(cell)
    words = f" {header_key(text)} "
    named = [c for c, names in CONTRIBUTOR_NAMES.items() if any(f" {n} " in words for n in names)]
    if len(named) > 1:
        raise CellError(
            message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "« {value} » nomme à la fois le FSL et le CCAS : indiquez un seul payeur.",
                ),
                value=shown(text),
            )
        )
    return named[0] if named else None


def read_payments(path: str | Path) -> Table:
    """The accounting export (CSV ``;`` cp1252 or UTF-8, or .xlsx) as headers and rows."""
    return read_table(path)


@dataclass(frozen=True)
class AcceptedPayment:
    line: int
    contract_number: str
    paid_on: dt.date
    amount: Decimal
    reference: str
    plan_id: int
    household_id: int
    tenant_name: str
    # Paid by the FSL or the CCAS named on the plan (the file's « Versé par », or the
    # staff's choice in the preview: ``mark_payer``).
    contributor: Contributor | None = None
    # Beyond what the contributor promised (counting the lines above it): imported all
    # the same, but said before (``contribution_warning``).
    warning: Message | None = None
    # The contributors the plan names: who else than the tenants may have paid this line.
    named: tuple[Contributor, ...] = ()


@dataclass
class PaymentImportReport(LineReport[AcceptedPayment]):
    """The dry run of a payments file: ``tabular.LineReport``, the amount it brings, and
    what the contributors of its plans promised and paid before it (by plan id)."""

    promises: dict[int, tuple[Contribution, ...]] = field(default_factory=dict)

    @property
    def total_amount(self) -> Decimal:
        return sum((a.amount for a in self.accepted), ZERO)

    @property
    def contributions(self) -> list[AcceptedPayment]:
        """The accepted lines a contributor paid (instalments only)."""
        return [a for a in self.accepted if a.contributor is not None]

    @property
    def payable_by_contributors(self) -> list[AcceptedPayment]:
        """The accepted lines whose plan names a contributor: those the staff may mark as
        its payment (``mark_payer``)."""
        return [a for a in self.accepted if a.named]


# « 1 règlement prêt à importer », « 3 règlements prêts à importer ».
ready_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} règlement prêt à importer"),
    QT_TRANSLATE_NOOP("messages", "{n} règlements prêts à importer"),
)


# « dont 1 versement d'un contributeur… », the contributions among the valid lines.
contributions_counted = Forms(
    QT_TRANSLATE_NOOP(
        "messages",
        "dont {n} versement d'un contributeur (FSL, CCAS), imputé sur les seules échéances",
    ),
    QT_TRANSLATE_NOOP(
        "messages",
        "dont {n} versements de contributeurs (FSL, CCAS), imputés sur les seules échéances",
    ),
)


# « 1 règlement importé », « 3 règlements importés ».
imported_counted = Forms(
    QT_TRANSLATE_NOOP("messages", "{n} règlement importé"),
    QT_TRANSLATE_NOOP("messages", "{n} règlements importés"),
)


@dataclass
class PaymentImportResult:
    imported: int
    plans: int
    amount: Decimal
    evaluation: EvaluationResult

    def summary(self, source: str | None = None) -> list[Message]:
        """« 3 règlements importés sur 2 plans, 1 234,56 €. », with « depuis « file » »
        when ``source`` is given, then the plans breached and settled by the import
        (« Plan devenu défaillant : n° 4. », « Plans soldés : n° 2, n° 5. »): the
        sentences, to be joined by a space."""
        params = {
            "count": imported_counted(self.imported),
            "plans": counted(
                self.plans,
                QT_TRANSLATE_NOOP("messages", "{n} plan"),
                QT_TRANSLATE_NOOP("messages", "{n} plans"),
            ),
            "amount": format_money_fr(self.amount),
        }
        head = (
            Message(QT_TRANSLATE_NOOP("messages", "{count} sur {plans}, {amount}."), params)
            if source is None
            else message(
                QT_TRANSLATE_NOOP("messages", "{count} depuis « {file} » sur {plans}, {amount}."),
                file=source,
                **params,
            )
        )
        parts = [head]
        breached, settled = self.evaluation.breached, self.evaluation.settled
        if breached:
            parts.append(
                counted(
                    len(breached),
                    QT_TRANSLATE_NOOP("messages", "Plan devenu défaillant : {ids}."),
                    QT_TRANSLATE_NOOP("messages", "Plans devenus défaillants : {ids}."),
                    ids=_numbers(breached),
                )
            )
        if settled:
            parts.append(
                counted(
                    len(settled),
                    QT_TRANSLATE_NOOP("messages", "Plan soldé : {ids}."),
                    QT_TRANSLATE_NOOP("messages", "Plans soldés : {ids}."),
                    ids=_numbers(settled),
                )
            )
        return parts


def _numbers(ids: list[int]) -> str:
    return ", ".join(f"n° {i}" for i in ids)


@guarded("plan.import_verification")
def dry_run_payments(
    db: Database,
    actor: Actor,
    table: Table,
    mapping: dict[str, int | None],
    on: dt.date | None = None,
) -> PaymentImportReport:
    """Read and match every line to the plan in force of its contract, writing nothing.

    A line is rejected (with its reason) when a cell cannot be read, the contract is
    unknown or has no plan in force, the payment predates the plan's debt statement or
    is in the future, or the same payment (date, amount, reference) is already recorded.
    """
    on = on or today()
    authz.require(actor, WRITE, entity=ENTITY)
    check_payment_mapping(table, mapping)
    mapping = {f.key: mapping.get(f.key) for f in PAYMENT_FIELDS}
    report = PaymentImportReport(source=table.source, headers=list(table.headers), mapping=mapping)

    parsed = []
    for row in table.rows:
        reader = RowReader(row, mapping)
        errors = reader.errors
        contract = reader.text("contract_number")
        if not contract:
            errors["contract_number"] = message(REQUIRED)
        paid_on = reader.required("paid_on", to_date)
        amount = reader.required("amount", to_money)
        reference = " ".join(reader.text("reference").split())[:PAYMENT_REFERENCE_MAX]
        contributor = reader.parsed("payer", to_contributor)
        parsed.append((row.line, contract, paid_on, amount, reference, contributor, errors))

    contracts = sorted({c for _, c, *_ in parsed if c})
    holders: dict[str, tuple[int, str, int]] = {}
    plans: dict[int, PaymentPlan] = {}
    existing: dict[int, Counter] = {}
    with db.reader() as session:
        for start in range(0, len(contracts), 500):
            chunk = contracts[start : start + 500]
            for number, hid, name, agency_id in session.execute(
                select(
                    Lease.contract_number, Household.id, Household.display_name, Household.agency_id
                )
                .join(Household, Household.id == Lease.household_id)
                .where(Lease.contract_number.in_(chunk))
            ):
                holders[number] = (hid, name, agency_id)
        household_ids = sorted({h[0] for h in holders.values()})
        for start in range(0, len(household_ids), 500):
            ids = household_ids[start : start + 500]
            for p in session.scalars(
                select(PaymentPlan)
                .where(
                    PaymentPlan.household_id.in_(ids),
                    PaymentPlan.status.in_([s.value for s in IN_FORCE]),
                )
                .options(selectinload(PaymentPlan.payments))
            ):
                plans[p.household_id] = p
                existing[p.id] = Counter((x.paid_on, x.amount, x.reference) for x in p.payments)
        seen: dict[int, Counter] = {}
        for line, contract, paid_on, amount, reference, contributor, errors in parsed:
            plan = None
            if contract and "contract_number" not in errors:
                holder = holders.get(contract)
                if holder is None:
                    errors["contract_number"] = message(
                        QT_TRANSLATE_NOOP("messages", "Contrat « {value} » inconnu."),
                        value=contract,
                    )
                elif not actor.covers_agency(holder[2]):
                    errors["contract_number"] = message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Le contrat « {value} » relève d'une autre agence que la vôtre.",
                        ),
                        value=contract,
                    )
                else:
                    plan = plans.get(holder[0])
                    if plan is None:
                        errors["contract_number"] = message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Le dossier de {name} (contrat « {value} ») n'a pas de plan "
                                "signé ou en cours.",
                            ),
                            name=holder[1],
                            value=contract,
                        )
            if plan is not None and not errors:
                errors.update(
                    {
                        k: v
                        for k, v in check_payment(paid_on, amount, reference, plan, on).items()
                        if k in ("paid_on", "amount")
                    }
                )
                # The same refusal as a contribution typed in: the plan must name it.
                error = contributor and contributor_error(contributor, named_contributors(plan))
                if error:
                    errors["payer"] = error
            if plan is not None and not errors:
                key = (paid_on, amount, reference)
                count = seen.setdefault(plan.id, Counter())
                count[key] += 1
                if count[key] <= existing[plan.id][key]:
                    errors["amount"] = message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Règlement déjà enregistré (même date, montant et référence) : ignoré.",
                        )
                    )
            if errors:
                report.rejected.append(
                    PAYMENT_COLUMNS.rejected(line, errors, table.headers, mapping)
                )
            else:
                assert plan is not None  # no error: the contract's plan was found
                if plan.id not in report.promises:
                    report.promises[plan.id] = tuple(plan_contributions(plan, on))
                report.accepted.append(
                    AcceptedPayment(
                        line,
                        contract,
                        paid_on,
                        amount,
                        reference,
                        plan.id,
                        plan.household_id,
                        holders[contract][1],
                        contributor,
                        named=named_contributors(plan),
                    )
                )
    _warn(report)
    return report


def _warn(report: PaymentImportReport) -> None:
    """Each contributor's line warned when it takes the contributor beyond its promise,
    counting what it paid before the file and on the lines above (``contribution_warning``)."""
    so_far = {(pid, c.contributor): c for pid, cs in report.promises.items() for c in cs}
    for index, a in enumerate(report.accepted):
        warning = None
        current = so_far.get((a.plan_id, a.contributor)) if a.contributor else None
        if current is not None:
            warning = contribution_warning(current, a.amount)
            so_far[(a.plan_id, current.contributor)] = replace(
                current, received=current.received + a.amount
            )
        if warning != a.warning:
            report.accepted[index] = replace(a, warning=warning)


def mark_payer(report: PaymentImportReport, line: int, contributor: Contributor | None) -> None:
    """The staff say who paid the valid line ``line`` of the dry run: the tenants
    (``None``) or a contributor its plan names, whatever the file's « Versé par » said.
    The warnings follow; nothing is written (``apply_payments`` checks again)."""
    index = next((i for i, a in enumerate(report.accepted) if a.line == line), None)
    if index is None:
        raise UserError(
            message(
                QT_TRANSLATE_NOOP("messages", "Ligne {line} : pas un règlement valide du fichier."),
                line=line,
            )
        )
    item = report.accepted[index]
    if contributor is not None and contributor not in item.named:
        error = contributor_error(contributor, item.named)
        raise UserError(
            message(
                QT_TRANSLATE_NOOP("messages", "Ligne {line} : {reason}"), line=line, reason=error
            )
        )
    report.accepted[index] = replace(item, contributor=contributor)
    _warn(report)


def _import_conflict() -> ConflictError:
    return ConflictError(
        message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Un autre poste a modifié un plan pendant l'import : rien n'a été importé. "
                "Recommencez l'import.",
            )
        )
    )


@guarded("plan.import")
def apply_payments(
    db: Database, actor: Actor, report: PaymentImportReport, on: dt.date | None = None
) -> PaymentImportResult:
    """Record the accepted payments in ONE transaction, then re-read each plan: a plan
    whose rule is now met is marked breached, a fully paid one settled."""
    on = on or today()
    authz.require(actor, WRITE, entity=ENTITY)
    if not report.accepted:
        raise UserError(message(QT_TRANSLATE_NOOP("messages", "Aucune ligne valide à importer.")))
    by_plan: dict[int, list[AcceptedPayment]] = {}
    for item in report.accepted:
        by_plan.setdefault(item.plan_id, []).append(item)
    result = EvaluationResult()
    stamp = now()
    with writing(db, _import_conflict) as session:
        stmt = (
            select(PaymentPlan).where(PaymentPlan.id.in_(sorted(by_plan))).options(*plan_options())
        )
        if session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=PaymentPlan)
        loaded = {p.id: p for p in session.scalars(stmt)}
        for plan_id, items in by_plan.items():
            p = loaded.get(plan_id)
            if p is not None:
                authz.require_agency(
                    actor, WRITE, p.household.agency_id, entity=ENTITY, entity_id=p.id
                )
            if p is None or PlanStatus(p.status) not in IN_FORCE:
                raise UserError(
                    message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Ligne {line} : le plan de {name} n'est plus en cours. Rien n'a "
                            "été importé : vérifiez à nouveau le fichier.",
                        ),
                        line=items[0].line,
                        name=items[0].tenant_name,
                    )
                )
            for item in items:
                error = item.contributor and contributor_error(
                    item.contributor, named_contributors(p)
                )
                if error:
                    raise UserError(
                        message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "Ligne {line} : {reason} Rien n'a été importé : vérifiez à "
                                "nouveau le fichier.",
                            ),
                            line=item.line,
                            reason=error,
                        )
                    )
                p.payments.append(
                    PlanPayment(
                        paid_on=item.paid_on,
                        amount=item.amount,
                        reference=item.reference,
                        source=item.contributor.value if item.contributor else SOURCE_IMPORT,
                        source_file=report.source[:200],
                        recorded_at=stamp,
                        recorded_by=actor.username,
                    )
                )
            for item in items:
                if item.contributor is not None:
                    contribution_event(
                        session, p, actor, item.contributor, item.amount, item.paid_on, at=stamp
                    )
            total = sum((i.amount for i in items), ZERO)
            plan_event(
                session,
                p,
                actor,
                EVENT_PLAN_IMPORT,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{plan} : {count} de « {file} », {amount}",
                ),
                at=stamp,
                count=imported_counted(len(items)),
                file=report.source,
                amount=format_money_fr(total),
            )
            before = p.status
            session.flush()
            evaluate_plan(session, p, actor, on)
            touch(p, actor)
            record_change(result, p.id, before, p.status)
        audit.record(
            session,
            actor,
            "import_payments",
            ENTITY,
            None,
            None,
            {
                "file": report.source,
                "imported": report.accepted_count,
                "rejected": report.rejected_count,
                "amount": report.total_amount,
                "contributions": len(report.contributions),
                "plans": sorted(by_plan),
                "breached": result.breached,
                "settled": result.settled,
            },
        )
    return PaymentImportResult(report.accepted_count, len(by_plan), report.total_amount, result)
