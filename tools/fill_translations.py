"""Fill resources/i18n/shopteam_zh_CN.ts from the translations kept in tools/zh_CN_translations.py.

`make translations` runs lupdate, which adds every new source text as `type="unfinished"`, then this
script, which writes the Chinese for each one it knows (per context first, then the shared table) and
drops the "unfinished" mark. The .ts is edited as text, message by message, so lupdate's layout stays
as it is. Numerus messages (``%n``) get their one Chinese form. A translation already finished in the
.ts is kept when the tables have none.

    .venv/bin/python tools/fill_translations.py          # fill; list what is still missing, exit 1 if any
    .venv/bin/python tools/fill_translations.py --todo   # print the missing ones as dict lines to translate
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "i18n" / "shopteam_zh_CN.ts"
DATA = Path(__file__).resolve().with_name("zh_CN_translations.py")

_CONTEXT = re.compile(r"<context>.*?</context>", re.S)
_NAME = re.compile(r"<name>(.*?)</name>", re.S)
_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"( *)<translation(?: type=\"[a-z]+\")?>(.*?)</translation>|( *)<translation(?: type=\"[a-z]+\")?/>",
                          re.S)
_NUMERUS_FORM = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)


def load_tables(path: Path = DATA) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    spec = importlib.util.spec_from_file_location("zh_CN_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.COMMON, module.BY_CONTEXT


def _escape(text: str) -> str:
    return html.escape(text, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def existing(message: str) -> str:
    """The finished translation already in a message block ('' if none or unfinished)."""
    match = _TRANSLATION.search(message)
    if match is None or 'type="' in match.group(0) or match.group(2) is None:
        return ""
    forms = _NUMERUS_FORM.findall(match.group(2))
    return html.unescape(forms[0] if forms else match.group(2))


def fill(text: str, common: dict[str, str], by_context: dict[str, dict[str, str]]):
    """The .ts text with every known translation written in, and the (context, source) pairs left over."""
    missing: list[tuple[str, str]] = []

    def one_context(block: re.Match) -> str:
        context = html.unescape(_NAME.search(block.group(0)).group(1))
        table = by_context.get(context, {})

        def one_message(message: re.Match) -> str:
            numerus = bool(message.group(1))
            source = html.unescape(_SOURCE.search(message.group(0)).group(1))
            chinese = table.get(source) or common.get(source) or existing(message.group(0))
            if not chinese:
                missing.append((context, source))
                return message.group(0)
            return _TRANSLATION.sub(lambda t: _render(t.group(1) or t.group(3) or "", chinese, numerus),
                                    message.group(0), count=1)

        return _MESSAGE.sub(one_message, block.group(0))

    return _CONTEXT.sub(one_context, text), missing


def _render(indent: str, chinese: str, numerus: bool) -> str:
    if numerus:
        return (f"{indent}<translation>\n{indent}    <numerusform>{_escape(chinese)}</numerusform>\n"
                f"{indent}</translation>")
    return f"{indent}<translation>{_escape(chinese)}</translation>"


def messages(text: str) -> list[tuple[str, str, str, bool]]:
    """(context, source, translation, finished) for every message of a .ts text (for tests)."""
    found = []
    for block in _CONTEXT.finditer(text):
        context = html.unescape(_NAME.search(block.group(0)).group(1))
        for message in _MESSAGE.finditer(block.group(0)):
            source = html.unescape(_SOURCE.search(message.group(0)).group(1))
            translation = _TRANSLATION.search(message.group(0))
            finished = translation is not None and 'type="' not in translation.group(0)
            found.append((context, source, existing(message.group(0)), finished))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--todo", action="store_true", help="print the missing texts as dict lines")
    parser.add_argument("--ts", type=Path, default=TS)
    args = parser.parse_args(argv)
    common, by_context = load_tables()
    text = args.ts.read_text(encoding="utf-8")
    filled, missing = fill(text, common, by_context)
    if filled != text:
        args.ts.write_text(filled, encoding="utf-8")
    total = len(messages(filled))
    print(f"{args.ts.relative_to(ROOT)}: {total - len(missing)} of {total} translated", file=sys.stderr)
    if args.todo:
        current = None
        for context, source in missing:
            if context != current:
                print(f"    # {context}")
                current = context
            print(f"    {source!r}: '',")
    elif missing:
        for context, source in missing:
            print(f"missing: {context}: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
