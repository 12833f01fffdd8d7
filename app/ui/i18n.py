"""Loading the user interface language: the app's own translations and Qt's (qtbase).

Source strings are English; German is the default language. Switching installs the other
translators; widgets retranslate on the LanguageChange event they then receive.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import translations_dir

LANGUAGES = {"de": "Deutsch", "en": "English"}

_installed: list[QTranslator] = []


def current() -> str:
    """The interface language now ("de" or "en"): ``set_language`` sets the default locale."""
    return "en" if QLocale().language() == QLocale.Language.English else "de"


def set_language(language: str) -> bool:
    """Install translators for ``language``; True when the app's own file was found."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return True
    found = False
    own = QTranslator()
    if own.load(f"asa_{language}", str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
