"""Writes a new Alembic revision from the difference between the models and the migrations.

    python scripts/new_migration.py "add lots to package items"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from app.services.database import make_engine
from app.services.schema import alembic_config, upgrade


def main() -> None:
    message = sys.argv[1] if len(sys.argv) > 1 else "schema change"
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'scratch.db'}")
        upgrade(engine)
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.revision(config, message=message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main()
