"""The domain rules run without Qt: importing every domain module loads no PySide6 (import-linter forbids
the import; this also catches one made through another package)."""

import subprocess
import sys
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "shopteam" / "domain"


def test_the_domain_loads_no_qt():
    modules = sorted(f"shopteam.domain.{p.stem}" for p in DOMAIN.glob("*.py") if p.stem != "__init__")
    code = "import sys\n" + "".join(f"import {m}\n" for m in modules) + \
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlalchemy'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=DOMAIN.parents[1]).stdout
    assert out.strip() == "[]"
