"""Languages of the window: Qt Linguist translations loaded by QTranslator, switchable live.

Screen strings are written in English in the code (self.tr / QCoreApplication.translate)
and translated to Bahasa Indonesia in resources/i18n/koperasi_id.ts, compiled to .qm.
Indonesian is the default. Switching installs or removes the translator; Qt then sends
every widget a LanguageChange event and each screen re-reads its texts.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"koperasi_{lang}.qm"


def set_language(lang: str) -> str:
    """Switch the whole app (screens, Qt's own dialogs) to `lang`. Error sentences follow
    because the screens pass current_language() to KoperasiError.message()."""
    global _current
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        # Qt's own strings first (where Qt ships the language), then ours, which also
        # carry the standard dialog buttons for languages Qt does not ship.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{lang}", qt_dir):
            _installed.append(qt_translator)
        ours = QTranslator(app)
        if ours.load(str(qm_path(lang))):
            _installed.append(ours)
    else:
        # English needs only its plural forms ("%n member(s)" → "1 member", "2 members")
        plurals = QTranslator(app)
        if plurals.load(str(qm_path("en"))):
            _installed.append(plurals)
    for translator in _installed:
        app.installTranslator(translator)
    # The new language is current before the screens re-read their texts: they ask
    # current_language() (dates in words, the checked menu item) while retranslating.
    QLocale.setDefault(
        QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
    )
    _current = lang
    # Deliver the LanguageChange events now, so every screen has its new texts on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return lang


def current_language() -> str:
    return _current
