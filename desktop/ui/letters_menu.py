"""The letters' place in the main window: the *Courriers* menu and the *Modèles de
courriers* page, installed when the window gets its base. The page, the batch dialog
and the letter dialogs are imported when first used (they bring the document
library), so that the window is usable before them."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from desktop.ui.i18n import translate

if TYPE_CHECKING:
    from desktop.ui.batch_dialog import BatchDialog


def _verify_pdf(window) -> None:
    from desktop.ui.letter_dialog import verify_pdf_dialog

    verify_pdf_dialog(window)


def install_documents(window) -> None:
    """Add the *Modèles de courriers* page and the *Courriers* menu to the main window."""

    def templates_page():
        from desktop.ui.templates_page import TemplatesPage

        return TemplatesPage(window.db, window.actor, window)

    # Built on its first visit (it reads the template library): ``window.templates_page``.
    window._lazy_page(
        "templates", translate("TemplatesPage", "Modèles de courriers"), templates_page
    )

    def open_batch(template_name: str | None = None) -> BatchDialog:
        from desktop.ui.batch_dialog import BatchDialog

        page = window.tenant_page
        selected = page.selected_ids()
        if len(selected) > 1:  # a selection in the list
            dialog = BatchDialog(
                window.db,
                window.actor,
                window,
                household_ids=selected,
                target_label=translate(
                    "TemplatesPage",
                    "Destinataires : les {n} dossiers sélectionnés dans la liste, par code postal.",
                ).format(n=len(selected)),
                template_name=template_name,
            )
            dialog.show()
            window.batch_dialog = dialog
            return dialog
        query = page.current_query()
        try:
            count = page.model.total
        except AttributeError:
            count = None
        label = translate(
            "TemplatesPage",
            "Destinataires : les dossiers de la liste, avec ses filtres "
            "actuels ({n} dossiers), par code postal.",
        ).format(n=count if count is not None else "?")
        saved = getattr(page, "saved", None)
        if (
            saved is not None
            and saved.currentData() is not None
            and saved.currentData().text == query.text
            and dataclasses.replace(
                saved.currentData(), sort=query.sort, descending=query.descending
            )
            == query
        ):
            label = translate(
                "TemplatesPage",
                "Destinataires : la recherche enregistrée « {name} » ({n} dossiers), "
                "par code postal.",
            ).format(name=saved.currentText(), n=count if count is not None else "?")
        dialog = BatchDialog(
            window.db,
            window.actor,
            window,
            query=query,
            target_label=label,
            template_name=template_name,
        )
        dialog.show()
        window.batch_dialog = dialog
        return dialog

    def signing_key() -> None:
        from desktop.ui.letter_dialog import SIGNING, SigningKeyDialog, shared_certificate

        dialog = SigningKeyDialog(window, shared_certificate(window))
        if dialog.exec():
            SIGNING.key = dialog.key
            window.statusBar().showMessage(
                translate("TemplatesPage", "Certificat chargé pour cette session."), 5000
            )

    window.open_batch = open_batch
    menu = window.menuBar().addMenu(translate("TemplatesPage", "&Courriers"))
    menu.setObjectName("lettersMenu")
    window._action(
        menu,
        translate("TemplatesPage", "&Publipostage…"),
        "Ctrl+Shift+P",
        lambda: open_batch(None),
        "openBatch",
    )
    window._action(
        menu,
        translate("TemplatesPage", "&Modèles de courriers"),
        None,
        lambda: window.nav.setCurrentRow(window.pages.indexOf(window.templates_page)),
        "showTemplates",
    )
    menu.addSeparator()
    window._action(
        menu,
        translate("TemplatesPage", "&Certificat de signature…"),
        None,
        signing_key,
        "signingKey",
    )
    window._action(
        menu,
        translate("TemplatesPage", "&Vérifier un PDF signé…"),
        None,
        lambda: _verify_pdf(window),
        "verifyPdf",
    )
    # The menu goes before "Aide".
    actions = window.menuBar().actions()
    if len(actions) >= 2:
        window.menuBar().insertAction(actions[-2], menu.menuAction())
