"""The firm's letterhead (name, address, tax id, logo) and its currency and document language;
used by the first-run wizard and by Settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.company import CompanyDetails, import_logo
from app.views.support.field_errors import FieldErrors, error_label
from app.views.support.i18n import LANGUAGES

# The currencies small firms around here invoice in most; any ISO code may be typed.
COMMON_CURRENCIES = ("TWD", "CNY", "HKD", "USD", "EUR", "JPY", "SGD", "GBP")


def language_combo(name: str) -> QComboBox:
    """Each language in its own words (never translated), the code as item data."""
    combo = QComboBox()
    combo.setObjectName(name)
    for code, own_name in LANGUAGES.items():
        combo.addItem(own_name, code)
    return combo


def select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class CompanyForm(QWidget):
    """`letterhead` and `money` parts can be shown apart (two wizard pages, one settings tab)."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.name.setObjectName("companyName")
        self.address = QLineEdit()
        self.address.setObjectName("companyAddress")
        self.phone = QLineEdit()
        self.phone.setObjectName("companyPhone")
        self.email = QLineEdit()
        self.email.setObjectName("companyEmail")
        self.tax_id = QLineEdit()
        self.tax_id.setObjectName("companyTaxId")
        self.logo = QLineEdit()
        self.logo.setObjectName("companyLogo")
        self.logo.textChanged.connect(self._show_logo)
        self.browse = QPushButton()
        self.browse.setObjectName("browseLogoButton")
        self.browse.clicked.connect(self.choose_logo)
        self.preview = QLabel()
        self.preview.setObjectName("logoPreview")
        self.preview.setFixedSize(48, 48)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid palette(mid);")
        self.currency = QComboBox()
        self.currency.setObjectName("companyCurrency")
        self.currency.setEditable(True)
        self.currency.addItems(COMMON_CURRENCIES)
        self.document_language = language_combo("documentLanguage")

        self.letterhead = QWidget()
        form = QFormLayout(self.letterhead)
        form.setContentsMargins(0, 0, 0, 0)
        self._labels: list[tuple[QLabel, str]] = []
        self.extra_labels: list[QLabel] = []
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(self.browse)
        logo_row.addWidget(self.preview)
        for key, widget, field in (
                ("name", self.name, "company_name"), ("address", self.address,
                                                      "company_address"),
                ("phone", self.phone, "company_phone"), ("email", self.email, "company_email"),
                ("tax", self.tax_id, "company_tax_id")):
            self._add(form, key, widget, field)
        self._add(form, "logo", logo_row, "company_logo_path", self.logo)
        self.money = QWidget()
        money_form = QFormLayout(self.money)
        money_form.setContentsMargins(0, 0, 0, 0)
        money_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for combo in (self.currency, self.document_language):
            combo.setMinimumWidth(260)
        self._add(money_form, "currency", self.currency, "currency")
        self._add(money_form, "documents", self.document_language, "document_language")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.letterhead)
        layout.addWidget(self.money)
        self.retranslate()

    def _add(self, form: QFormLayout, key: str, field_widget: QWidget | QHBoxLayout,
             field: str, buddy: QWidget | None = None) -> None:
        label = QLabel()
        target = buddy or field_widget
        assert isinstance(target, QWidget)
        label.setBuddy(target)
        self._labels.append((label, key))
        column = QVBoxLayout()
        column.setSpacing(2)
        if isinstance(field_widget, QWidget):
            column.addWidget(field_widget)
        else:
            column.addLayout(field_widget)
        problem = error_label(f"{field}Error")
        column.addWidget(problem)
        form.addRow(label, column)
        self.errors.add(field, target, problem)

    def retranslate(self) -> None:
        texts = {
            "name": self.tr("Company &name"), "address": self.tr("&Address"),
            "phone": self.tr("&Phone"), "email": self.tr("E-&mail"),
            "tax": self.tr("&Tax ID"), "logo": self.tr("&Logo"),
            "currency": self.tr("&Currency"), "documents": self.tr("&Documents in"),
        }
        for label, key in self._labels:
            label.setText(texts[key])
        self.logo.setPlaceholderText(self.tr("PNG or JPEG, printed on every document"))
        self.browse.setText(self.tr("&Browse…"))
        self.name.setPlaceholderText(self.tr("as printed on invoices"))
        self.align_labels()

    def add_label(self, label: QLabel) -> None:
        """A label of a row a page adds to `money` (kept as wide as the others)."""
        self.extra_labels.append(label)

    def align_labels(self) -> None:
        # The two parts are separate forms; equal label widths line their fields up.
        labels = [label for label, _ in self._labels] + self.extra_labels
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    # -- values --------------------------------------------------------------------------
    def set_details(self, details: CompanyDetails) -> None:
        self.name.setText(details.company_name)
        self.address.setText(details.company_address)
        self.phone.setText(details.company_phone)
        self.email.setText(details.company_email)
        self.tax_id.setText(details.company_tax_id)
        self.logo.setText(details.company_logo_path)
        self.currency.setCurrentText(details.currency)
        select_data(self.document_language, details.document_language)

    def details(self) -> CompanyDetails:
        """The values as typed; a logo from elsewhere is copied into the data folder first
        (ValidationError on company_logo_path when it is no PNG/JPEG)."""
        logo = self.logo.text().strip()
        if logo and Path(logo).parent != self.data_dir / "company":
            logo = str(import_logo(Path(logo), self.data_dir))
            self.logo.setText(logo)
        return CompanyDetails(
            company_name=self.name.text(), company_address=self.address.text(),
            company_phone=self.phone.text(), company_email=self.email.text(),
            company_tax_id=self.tax_id.text(), company_logo_path=logo,
            currency=self.currency.currentText(),
            document_language=str(self.document_language.currentData()))

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.name, self.address, self.phone, self.email, self.tax_id, self.logo):
            widget.setReadOnly(read_only)
        for widget in (self.browse, self.currency, self.document_language):
            widget.setEnabled(not read_only)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the company logo"), str(Path.home()),
            QCoreApplication.translate("CompanyForm", "Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    def _show_logo(self, path: str) -> None:
        picture = QPixmap(path.strip()) if path.strip() else QPixmap()
        if picture.isNull():
            self.preview.clear()
            return
        self.preview.setPixmap(picture.scaled(
            44, 44, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
