"""Rewrites the baseline migration 0001 from the models.

Only while nothing has been released: once a database exists in the field, every schema
change gets its own revision (scripts/new_migration.py) instead.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from app.services.database import make_engine
from app.services.schema import MIGRATIONS, alembic_config


def main() -> None:
    for old in (MIGRATIONS / "versions").glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message="initial schema", autogenerate=True, rev_id="0001")
        engine.dispose()


if __name__ == "__main__":
    main()
