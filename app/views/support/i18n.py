"""Languages: Qt translators for the UI and the services' messages, and the locale for formats.

Service messages are English templates marked with `tr()` in app/services; the script
scripts/update_translations.py gathers them into the context "services" of the same `.ts`
files as the screens, so one translator file covers everything a user reads.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path
from app.services.errors import UserFacingError

# Code -> the language's own name (shown in the language menu untranslated, on purpose).
LANGUAGES: dict[str, str] = {"en": "English", "zh_TW": "繁體中文", "zh_CN": "简体中文"}
DEFAULT_LANGUAGE = "en"
SERVICES_CONTEXT = "services"
log = logging.getLogger("orderdesk.ui")

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translate(context: str, text: str) -> str:
    """For code that is not a QObject; lupdate finds `translate("Context", "text")` calls."""
    return QCoreApplication.translate(context, text)


def current_language() -> str:
    return _current


def babel_locale() -> str:
    """The locale code babel formats with ("en_US", "zh_Hant_TW", "zh_Hans_CN")."""
    return {"en": "en_US", "zh_TW": "zh_Hant_TW", "zh_CN": "zh_Hans_CN"}[_current]


def install_language(code: str) -> bool:
    """Switches the running application's language; False if the code is unknown.

    Widgets built afterwards come up translated; built ones retranslate on
    QEvent.LanguageChange (the main window rebuilds its texts then).
    """
    global _current
    if code not in LANGUAGES:
        return False
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = code
    QLocale.setDefault(QLocale(code))
    if code == DEFAULT_LANGUAGE or app is None:
        return True
    ours = QTranslator(app)
    try:
        if ours.load(str(resource_path("i18n", f"orderdesk_{code}.qm"))):
            _installed.append(ours)
    except FileNotFoundError:
        log.warning("No translation file for %s: the screens stay in English", code)
    qt_own = QTranslator(app)  # Qt's own dialogs: OK/Cancel, file dialogs
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{code}", qt_dir):
        _installed.append(qt_own)
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    return True


def _param(value: Any) -> Any:
    # Quantities and money in messages follow the locale too ("1,250.5" vs "1,250.5").
    if isinstance(value, Decimal):
        from app.views.support.formatting import number

        return number(value)
    return value


def service_message(error: UserFacingError) -> str:
    """The error's template in the user's language, with its fields filled in."""
    template = QCoreApplication.translate(SERVICES_CONTEXT, error.template)
    params = {key: _param(value) for key, value in error.params.items()}
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        # A translation that mangled a {field}: the English text is better than nothing.
        return error.template.format(**error.params)
