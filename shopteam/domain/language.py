"""The one rule for the language of documents (PDF, Excel) and of the command line's output.

``--lang`` (or a language the caller was given explicitly) first, else the system locale, else the shop's
language. The environment is read only by the command line and the window, which pass what they found in;
this module only decides.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

LANGUAGES = ("zh_CN", "en")
DEFAULT = "zh_CN"
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")  # the POSIX order: the first one set wins


def locale_language(environ: Mapping[str, str]) -> str | None:
    """zh_CN or en from a locale environment (LC_ALL, LC_MESSAGES, LANG); None when none names a language
    (unset, or the neutral C/POSIX locale), so the next rule decides."""
    for name in LOCALE_VARIABLES:
        value = (environ.get(name) or "").strip()
        if not value:
            continue
        code = value.split(".")[0].split("@")[0]
        if code in ("C", "POSIX"):
            return None
        return "zh_CN" if code.lower().startswith(("zh", "chinese")) else "en"
    return None


def choose_language(option: str | None, system: str | None,
                    shop: str | Callable[[], str | None] | None = None) -> str:
    """The language to use: ``option`` (``--lang``), else ``system`` (the locale's), else the shop's.

    ``shop`` may be a function, called only when the first two say nothing (it reads the database)."""
    for value in (option, system):
        if value in LANGUAGES:
            return value
    value = shop() if callable(shop) else shop
    return value if value in LANGUAGES else DEFAULT
