"""Renders every screen of the main window to PNG, in English and 繁體中文 (and 简体中文 with
--all-languages), over a demo database, so that a person can look at them.

    python scripts/render_screens.py                  # -> build/screens/<lang>/<key>.png
    python scripts/render_screens.py --only picking orders --out /tmp/shots

Each screen is opened through the main window as a manager (who sees every step), so what
is rendered is what a user gets, with the step list, the heading and the status bar.
The login dialog is rendered too.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "screens")
    parser.add_argument("--only", nargs="*", help="screen keys (default: all)")
    parser.add_argument("--all-languages", action="store_true")
    parser.add_argument("--db", help="an existing database URL (default: a fresh demo file)")
    parser.add_argument("--role", default="manager")
    parser.add_argument("--sync-conflicts", action="store_true",
                        help="add sample sync conflicts to the fresh demo (the conflicts step "
                             "shows; implied by --only conflicts)")
    args = parser.parse_args()
    os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="orderdesk-shots-"))

    from PySide6.QtWidgets import QApplication

    from app.services import users
    from app.services.database import make_engine
    from app.services.demo import DEMO_PASSWORD, fill_demo
    from app.services.unit_of_work import make_uow_factory
    from app.views.context import AppContext, AppInfo
    from app.views.login import LoginDialog
    from app.views.main_window import MainWindow
    from app.views.support.i18n import install_language

    app = QApplication.instance() or QApplication([])
    url = args.db
    if url is None:
        path = Path(tempfile.mkdtemp(prefix="orderdesk-shots-")) / "demo.db"
        url = f"sqlite:///{path}"
        from app.services.schema import upgrade

        engine = make_engine(url)
        upgrade(engine)
        fill_demo(make_uow_factory(engine), orders=60, seed=1)
        if args.sync_conflicts or "conflicts" in (args.only or []):
            from scripts.sample_conflicts import add_sample_conflicts

            add_sample_conflicts(engine)
        engine.dispose()
    engine = make_engine(url)
    uow = make_uow_factory(engine)
    who = users.log_in(uow(write=False), args.role, DEMO_PASSWORD)
    info = AppInfo("SQLite file demo.db", "HQ", "preview")
    languages = ["en", "zh_TW", "zh_CN"] if args.all_languages else ["en", "zh_TW"]
    for language in languages:
        install_language(language)
        folder = args.out / language
        folder.mkdir(parents=True, exist_ok=True)
        login = LoginDialog(uow, subtitle=info.database, username=args.role)
        login.show()
        app.processEvents()
        login.grab().save(str(folder / "login.png"))
        login.close()
        window = MainWindow(AppContext(uow, who.actor, info, who.display_name))
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        for spec in window.specs:
            if args.only and spec.key not in args.only:
                continue
            window.show_screen(spec.key)
            for _ in range(3):
                app.processEvents()
            window.grab().save(str(folder / f"{spec.key}.png"))
            print(folder / f"{spec.key}.png")
        window.close()
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
