"""One letter: the form's defaults, the preview (nothing recorded), the letter made and
registered.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from pathlib import Path

from desktop.documents import engine
from desktop.documents.context import (
    addressed_to,
    lease_holders,
    new_reference,
)
from desktop.documents.files import (
    atomic_write_bytes,
)
from desktop.documents.library import (
    default_value,
    get_template,
)
from desktop.domain.roles import Permission
from desktop.services import authz, organisation, tenants
from desktop.services.authz import guarded
from desktop.services.context import Actor, today
from desktop.services.documents.batch import merge_pdfs
from desktop.services.documents.common import (
    DocumentView,
    LetterOptions,
    _check_access,
    _letter_context,
    _load_tenants,
    _Made,
    _not_found,
    _pdf_options,
    _register,
    _sign,
    _Tenant,
)
from desktop.services.documents.staging import _Staging, print_folder
from desktop.storage.db import Database

# --------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class Preview:
    docx: bytes
    paragraphs: list[str]
    reference: str
    #: With one letter per holder: the holder whose letter this is, and whether he
    #: lives elsewhere (his letter goes to his correspondence address).
    holder: str = ""
    holder_elsewhere: bool = False


def free_field_defaults(
    db: Database, actor: Actor, template_name: str, household_id: int | None
) -> dict[str, str]:
    """The form's initial values for a template's free fields (for this tenant)."""
    template = get_template(template_name)
    ctx: dict = {}
    on = today()
    if household_id is not None:
        tenant = _load_tenants(db, [household_id]).get(household_id)
        if tenant is not None:
            ctx = {"locataire": {"solde": tenant.data.balance}}
    return {f.name: default_value(f, ctx, on) for f in template.fields}


def preview_letter(
    db: Database,
    actor: Actor,
    household_id: int | None,
    options: LetterOptions,
    *,
    per_holder: bool = False,
) -> Preview:
    """Render without recording anything (``household_id`` None: the sample tenant).
    ``per_holder``: the letter as one lease holder receives it when each gets his own
    (``produce_holder_letters``): the first who lives elsewhere, whose address block
    differs most, else the first holder; the others' differ by the name."""
    from desktop.documents.context import sample_tenant

    authz.require(actor, Permission.TENANT_READ)
    template = get_template(options.template_name)
    profile = organisation.load_profile(db)
    on = options.on or today()
    if household_id is None:
        tenant = _Tenant(0, 0, "Agence Bordeaux Nord", sample_tenant(), "33000", "")
    else:
        found = _load_tenants(db, [household_id]).get(household_id)
        if found is None:
            raise _not_found(household_id)
        tenant = found
        _check_access(actor, tenant, Permission.TENANT_READ)
    reference = "APERCU-" + new_reference("", on).split("-", 1)[1]
    holder, elsewhere = "", False
    if per_holder:
        each = _each_holder(options, tenant)
        if each:
            options = next((o for o in each if o.addressees[0].lives_elsewhere), each[0])
            holder, elsewhere = (
                options.addressees[0].full_name,
                options.addressees[0].lives_elsewhere,
            )
    ctx, _info = _letter_context(tenant, template, options, profile, reference, on, actor)
    data = engine.render_bytes(template, ctx, envelope=profile.envelope)
    return Preview(data, engine.docx_paragraphs(data), reference, holder, elsewhere)


# --------------------------------------------------------------------------- one letter


@guarded("courrier")
def produce_letter(
    db: Database, actor: Actor, household_id: int, options: LetterOptions
) -> DocumentView:
    """Make one letter (DOCX, and PDF and signature when asked) and register it."""
    return _produce(db, actor, household_id, options, per_holder=False).documents[0]


@dataclass(frozen=True)
class HolderLetters:
    """The letters of one sending, one per lease holder (``produce_holder_letters``),
    and the PDF to print them (each letter on its own sheets)."""

    documents: list[DocumentView]
    print_pdf: Path | None = None


def _each_holder(options: LetterOptions, tenant: _Tenant) -> list[LetterOptions]:
    """``options`` for each lease holder's own letter, in the holders' order. No
    registered number: each letter's is its own, recorded with its sending."""
    return [
        dataclasses.replace(options, addressees=(h,), registered_number="")
        for h in lease_holders(tenant.data)
    ]


@guarded("courrier")
def produce_holder_letters(
    db: Database, actor: Actor, household_id: int, options: LetterOptions, *, duplex: bool = True
) -> HolderLetters:
    """The same letter to each holder of the lease apart, each addressed to him alone
    (the window's block names him, the greeting and the agreements are his; the
    template names the others with ``locataire.cotitulaires``), docs/domain.md#letters.
    Each letter is a document of its own in the register, the set in one transaction
    with a shared batch number. With PDFs, one PDF to print them all; ``duplex`` (the
    workstation's printer prints double-sided, ``config.print_duplex``): each letter
    starts on a front page (a blank back page after an odd page count, ``merge_pdfs``),
    so that two letters never share a sheet; single-sided, no blank page. It is a copy,
    kept in the staging folder and swept after a day (``sweep_staging``). A registered
    letter's number in ``options`` is not printed: each letter has its own."""
    return _produce(db, actor, household_id, options, per_holder=True, duplex=duplex)


def _produce(
    db: Database,
    actor: Actor,
    household_id: int,
    options: LetterOptions,
    *,
    per_holder: bool,
    duplex: bool = True,
) -> HolderLetters:
    from desktop.documents import convert

    authz.require(actor, Permission.TENANT_WRITE, entity=tenants.ENTITY, entity_id=household_id)
    template = get_template(options.template_name)
    profile = organisation.load_profile(db)
    on = options.on or today()
    tenant = _load_tenants(db, [household_id]).get(household_id)
    if tenant is None:
        raise _not_found(household_id)
    _check_access(actor, tenant)
    options, notice = _pdf_options(options)
    letters = _each_holder(options, tenant) if per_holder else [options]
    staging_folder = _Staging(single=True)
    staging = staging_folder.path
    try:
        made = []
        for one in letters:
            reference = new_reference(tenant.data.dwelling.agency_code, on)
            ctx, info = _letter_context(tenant, template, one, profile, reference, on, actor)
            data = engine.render_bytes(template, ctx, envelope=profile.envelope)
            docx = atomic_write_bytes(staging / f"{reference}.docx", data)
            # The archive's file is named after the holder the letter goes to.
            addressed = (
                dataclasses.replace(tenant, data=addressed_to(tenant.data, list(one.addressees)))
                if per_holder
                else tenant
            )
            item = _Made(addressed, reference, info.subject, info.registered_mail, docx)
            if options.pdf:
                item.pdf = convert.convert_one(docx, staging / "pdf")
                if options.signing_key is not None:
                    _sign(item, options.signing_key, ctx["lettre"]["lieu"])
            made.append(item)
        batch_id = uuid.uuid4().hex[:12] if per_holder else ""
        views = _register(db, actor, template, made, batch_id)
    finally:
        staging_folder.remove()
    if notice:
        views = [dataclasses.replace(v, notice=notice) for v in views]
    pdfs = [v.pdf_path for v in views if v.pdf_path is not None]
    printed = None
    if per_holder and pdfs:
        target = print_folder() / f"{views[0].reference}-impression.pdf"
        printed = merge_pdfs(pdfs, target, duplex=duplex)
    return HolderLetters(views, printed)
