"""Dependencies point down: no Qt below the views, no SQL or ORM in the views or the devices."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"

# package -> module prefixes it must never import (directly, at any depth of its files)
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "app.services": ("PySide6",),
    "app.models": ("PySide6",),
    "app.devices": ("PySide6", "sqlalchemy", "app.models", "app.services"),
    "app.views": ("sqlalchemy", "app.models"),
}


def imported_modules(source: str, module: str) -> set[str]:
    """Every module a file imports, relative imports resolved against `module`."""
    found: set[str] = set()
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def violations(package: str, forbidden: tuple[str, ...]) -> list[str]:
    folder = APP.parent.joinpath(*package.split("."))
    found = []
    for path in sorted(folder.rglob("*.py")):
        module = ".".join(path.relative_to(APP.parent).with_suffix("").parts)
        for name in sorted(imported_modules(path.read_text(encoding="utf-8"), module)):
            if any(name == bad or name.startswith(bad + ".") for bad in forbidden):
                found.append(f"{module} imports {name}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_each_layer_imports_only_what_it_may(package: str) -> None:
    assert violations(package, FORBIDDEN[package]) == []


def test_the_import_check_sees_direct_relative_and_nested_imports() -> None:
    source = (
        "import PySide6.QtWidgets\n"
        "from ..models import SalesOrder\n"
        "def later():\n    from sqlalchemy import select\n"
    )
    names = imported_modules(source, "app.views.screen")
    assert {"PySide6.QtWidgets", "app.models", "app.models.SalesOrder", "sqlalchemy"} <= names


def test_import_linter_contracts_hold() -> None:
    """The same rules, and the layer order views > services > models, via import-linter."""
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or shutil.which(
        "lint-imports")
    if exe is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    done = subprocess.run([exe, "--no-cache"], cwd=APP.parent, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_ci_runs_exactly_the_readme_test_command() -> None:
    readme = (APP.parent / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)\n```", readme, flags=re.S)
    run_it, test_it = blocks[0], blocks[1]
    ci = (APP.parent / ".ci" / "run").read_text(encoding="utf-8")
    declared = re.search(r'^TEST_COMMAND="(.*)"$', ci, flags=re.M)
    assert declared is not None and declared.group(1) == test_it
    assert 'eval "$TEST_COMMAND"' in ci
    assert readme.index(run_it) < readme.index("## ")  # the two commands open the README
    assert "orderdesk" in run_it and "pytest" in test_it
