"""Start-up stays light: a real start (bench log-in, main window shown and painted) imports none of the
modules that are only needed later. (The home screen, the first page, computes the month's figures on a
worker after the first paint, so the models of attendance, boards, appraisal and payout load by the end.) Each costs start-up time with a big roster (README "Performance")."""

from __future__ import annotations

import os
import subprocess
import sys

from shopteam.app import BENCH_LOGIN
from shopteam.db.engine import make_engine, make_session_factory
from shopteam.services import accounts

LATER = (
    "matplotlib", "openpyxl", "pandas", "python_calamine", "holidays", "alembic",
    "shopteam.services.demo", "shopteam.ui.roster.form", "shopteam.ui.roster.leave_dialog",
)

SCRIPT = """
import sys
from shopteam import app
app.main()
print("LOADED", " ".join(sorted(sys.modules)))
"""


def test_a_start_imports_nothing_it_does_not_need(db_url, tmp_path):
    engine = make_engine(db_url)
    with make_session_factory(engine).begin() as session:
        accounts.create_shop(session, shop_name="小店", owner_username=BENCH_LOGIN[0], password=BENCH_LOGIN[1])
    engine.dispose()
    env = dict(os.environ, SHOPTEAM_DB=db_url, SHOPTEAM_BENCH_DEMO="1", SHOPTEAM_EXIT_AFTER_SHOWN="1",
               QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split("LOADED", 1)[1].split())
    assert "shopteam.ui.home.page" in loaded  # the start really reached the home screen
    assert not {name for name in loaded if name.split(".")[0] in LATER or name in LATER}
