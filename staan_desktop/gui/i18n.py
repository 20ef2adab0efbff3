"""The language of the interface: Dutch in the source, English through Qt Linguist.

Installing translators makes Qt send every widget a ``LanguageChange`` event; widgets that
set their texts in a ``retranslate()`` method called from ``changeEvent`` switch live.
Qt's own dialogs (file dialogs, message box buttons) follow through ``qtbase_<lang>.qm``, with
``qt_supplement_<lang>.qm`` for the few texts Qt's own translation leaves in English.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from staan_desktop.resources import resource_path

log = logging.getLogger(__name__)

#: The language the source strings are written in.
SOURCE_LANGUAGE = "nl"
#: Offered in the settings, each named in its own language.
LANGUAGES: dict[str, str] = {"nl": "Nederlands", "en": "English"}

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``source`` for translation in ``context`` and returns it unchanged, like Qt's own;
    PySide6 types that one ``(object, object) -> object``, which would make every marked text an
    ``object``. lupdate finds the marks by this name, wherever the function comes from."""
    return source


def translation_file(language: str) -> str:
    return str(resource_path(f"translations/staan_{language}.qm"))


def set_language(language: str) -> bool:
    """Switch every translator to ``language``; returns False when the application's own
    translation is missing (its strings then stay Dutch, which is still usable)."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    app = QCoreApplication.instance()
    assert app is not None, "translators need an application"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    complete = True
    if language != SOURCE_LANGUAGE:
        own = QTranslator()
        if own.load(translation_file(language)):
            _installed.append(own)
        else:
            complete = False
            log.warning("translation %s not found; run python -m staan_desktop.gui.i18n_build", translation_file(language))
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _installed.append(qt)
        supplement = QTranslator()  # installed later, so asked first
        if supplement.load(str(resource_path(f"translations/qt_supplement_{language}.qm"))):
            _installed.append(supplement)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language))
    return complete


def current_language() -> str:
    return QLocale().name().split("_")[0] if _installed else SOURCE_LANGUAGE
