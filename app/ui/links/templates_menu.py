"""The Templates menu of the new-link form: insert a saved set of lines, save the current
lines under a name, or delete a template. Reading and writing run as tasks."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QWidget

from app.storage.templates import OrderTemplate, TemplateStore
from app.ui.links.lines_editor import LinesInvalid
from app.ui.links.new_link_form import NewLinkForm
from app.ui.tasks import TaskRunner

__all__ = ["TemplatesMenu"]


class TemplatesMenu(QMenu):
    """Lists the templates read when the page opens and again after each save or delete."""

    def __init__(
        self, form: NewLinkForm, store: TemplateStore, tasks: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(QCoreApplication.translate("TemplatesMenu", "Templates"), parent)
        self.form = form
        self.store = store
        self.tasks = tasks
        self.templates: list[OrderTemplate] = []
        self.aboutToShow.connect(self._rebuild)
        form.templates_button.setMenu(self)
        self._rebuild()
        self.reload()

    def reload(self) -> None:
        def loaded(templates: list[OrderTemplate]) -> None:
            self.templates = templates
            self._rebuild()

        self.tasks.start(
            "templates-load",
            asyncio.to_thread(self.store.list),
            on_success=loaded,
            error_context=self.tr("Could not read the saved templates"),
        )

    def _rebuild(self) -> None:
        self.clear()
        if not self.templates:
            empty = QAction(self.tr("No templates saved yet"), self)
            empty.setEnabled(False)
            self.addAction(empty)
        for template in self.templates:
            action = QAction(
                self.tr("Insert “{name}” ({count} lines)").format(
                    name=template.name, count=len(template.lines)
                ),
                self,
            )
            action.triggered.connect(_inserter(self, template))
            self.addAction(action)
        self.addSeparator()
        save = QAction(self.tr("&Save lines as template…"), self)
        save.triggered.connect(self.ask_name)
        self.addAction(save)
        if self.templates:
            delete_menu = self.addMenu(self.tr("&Delete template"))
            for template in self.templates:
                action = QAction(template.name, delete_menu)
                action.triggered.connect(_deleter(self, template.name))
                delete_menu.addAction(action)

    def insert(self, template: OrderTemplate) -> None:
        self.form.lines.add_lines(template.lines)
        if template.shipping is not None:
            self.form.lines.set_shipping(template.shipping)

    def ask_name(self) -> None:
        """Non-modal name prompt; saving starts when staff confirm."""
        dialog = QInputDialog(self.form)
        dialog.setObjectName("templateNameDialog")
        dialog.setWindowTitle(self.tr("Save as template"))
        dialog.setLabelText(self.tr("Template name:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(self.save_as)
        dialog.open()

    def save_as(self, name: str) -> None:
        try:
            lines, shipping = self.form.lines.read()
            template = OrderTemplate(
                name.strip(), self.form.currency.currentText(), lines, shipping
            )
        except (LinesInvalid, ValueError) as error:
            self.form.lines.error.setText(
                self.tr("Cannot save the template: {error}").format(error=error)
            )
            self.form.lines.error.show()
            return
        self.tasks.start(
            "templates-save",
            asyncio.to_thread(self.store.save, template),
            on_success=lambda _: self.reload(),
            error_context=self.tr("Could not save the template"),
        )

    def delete(self, name: str) -> None:
        self.tasks.start(
            "templates-delete",
            asyncio.to_thread(self.store.delete, name),
            on_success=lambda _: self.reload(),
            error_context=self.tr("Could not delete the template"),
        )


def _inserter(menu: TemplatesMenu, template: OrderTemplate) -> Callable[[], None]:
    return lambda: menu.insert(template)


def _deleter(menu: TemplatesMenu, name: str) -> Callable[[], None]:
    return lambda: menu.delete(name)
