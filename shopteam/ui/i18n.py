"""Language: Simplified Chinese when the system locale is Chinese (or the user chose it), else English.
ShopTeam's own translation and Qt's standard-dialog translation are both installed."""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from shopteam.paths import translations_dir

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
SETTING_KEY = "ui/language"


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """`shopteam --lang` (via $SHOPTEAM_LANG) first, then the user's choice, then the system locale."""
    value = os.environ.get("SHOPTEAM_LANG") or (settings or QSettings()).value(SETTING_KEY, "")
    return value if value in LANGUAGES else system_language()


def save_language(language: str) -> None:
    QSettings().setValue(SETTING_KEY, language)


class TranslationMissing(RuntimeError):
    pass


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language``; English needs none. Returns them (keep them alive)."""
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed = []
    ours = QTranslator(app)
    qm = translations_dir() / f"shopteam_{language}.qm"
    if not ours.load(str(qm)):
        raise TranslationMissing(f"the translation file is missing or unreadable: {qm}")
    app.installTranslator(ours)
    installed.append(ours)
    qt = QTranslator(app)
    qt_dirs = [str(translations_dir()), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    if any(qt.load(f"qtbase_{language}", d) for d in qt_dirs):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def ui_language() -> str:
    """'zh' when the installed translation speaks Chinese, else 'en': the language of the texts made outside
    Qt (explanations) follows what the window shows."""
    return "zh" if QCoreApplication.translate("Language", "en") == "zh" else "en"
