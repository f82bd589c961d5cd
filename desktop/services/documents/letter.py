"""One letter: the form's defaults, the preview (nothing recorded), the letter made and
registered.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from desktop.documents import engine
from desktop.documents.context import (
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
from desktop.services.documents.staging import _Staging
from desktop.storage.db import Database

# --------------------------------------------------------------------------- preview


@dataclass(frozen=True)
class Preview:
    docx: bytes
    paragraphs: list[str]
    reference: str


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
    db: Database, actor: Actor, household_id: int | None, options: LetterOptions
) -> Preview:
    """Render without recording anything (``household_id`` None: the sample tenant)."""
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
    ctx, _info = _letter_context(tenant, template, options, profile, reference, on, actor)
    data = engine.render_bytes(template, ctx, envelope=profile.envelope)
    return Preview(data, engine.docx_paragraphs(data), reference)


# --------------------------------------------------------------------------- one letter


@guarded("courrier")
def produce_letter(
    db: Database, actor: Actor, household_id: int, options: LetterOptions
) -> DocumentView:
    """Make one letter (DOCX, and PDF and signature when asked) and register it."""
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
    reference = new_reference(tenant.data.dwelling.agency_code, on)
    ctx, info = _letter_context(tenant, template, options, profile, reference, on, actor)
    data = engine.render_bytes(template, ctx, envelope=profile.envelope)
    staging_folder = _Staging(single=True)
    staging = staging_folder.path
    try:
        docx = atomic_write_bytes(staging / f"{reference}.docx", data)
        made = _Made(tenant, reference, info.subject, info.registered_mail, docx)
        if options.pdf:
            made.pdf = convert.convert_one(docx, staging / "pdf")
            if options.signing_key is not None:
                _sign(made, options.signing_key, ctx["lettre"]["lieu"])
        view = _register(db, actor, template, [made], "")[0]
        return dataclasses.replace(view, notice=notice) if notice else view
    finally:
        staging_folder.remove()
