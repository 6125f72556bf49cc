#!/usr/bin/env bash
# Builds dist/orderdesk/ with PyInstaller from build.spec in its own venv (build/venv, with
# PySide6-Essentials only), then runs the built program offscreen: --version, demo data into
# a throw-away data folder, a --smoke start of the window, and `check`. Not part of every CI
# run: it downloads PyInstaller and takes a few minutes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$SECONDS
say() { printf '\n==> %s (%ss)\n' "$*" "$((SECONDS - started))"; }

VENV=build/venv
say "Build venv $VENV"
python3 -m venv "$VENV"
# The project's own dependencies, not the project: PyInstaller takes app/ from the checkout.
"$VENV/bin/python" - > build/requirements.txt <<'PY'
import tomllib
print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))
PY
"$VENV/bin/pip" install -q --disable-pip-version-check -r build/requirements.txt pyinstaller

# PyInstaller bundles the xcb plugin's libraries only if this machine has them; without them
# the program still runs offscreen here, but needs them installed on an X11 desktop.
for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1; do
  ldconfig -p | grep -q "$lib" || echo "warning: $lib missing here (apt-get install" \
    "libxcb-icccm4 libxcb-keysyms1); the bundle will need it on X11 machines" >&2
done

say "pyinstaller build.spec"
build_start=$SECONDS
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist \
  --workpath build/pyinstaller build.spec
echo "build took $((SECONDS - build_start)) s; dist/orderdesk is $(du -sh dist/orderdesk | cut -f1)"

say "Smoke test of dist/orderdesk/orderdesk"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen ORDERDESK_DATA_DIR="$scratch/data"
unset ORDERDESK_DB_URL
exe=dist/orderdesk/orderdesk
"$exe" --version
"$exe" demo --orders 12          # creates the local file through the bundled migrations
"$exe" --smoke                   # the window, first paint, exit
"$exe" check
say "Built program works"
