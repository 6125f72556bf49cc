"""`python -m app` and the PyInstaller entry point: the same as the `orderdesk` command."""

from app.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
