"""Refreshes the translation sources and builds the .qm files the app loads.

    python scripts/update_translations.py            # lupdate + fill zh_CN + lrelease
    python scripts/update_translations.py --check    # exit 1 if a .ts or .qm is stale

1. The services' messages are `tr("...")` templates in app/services and app/devices (no Qt
   there); they are gathered into a generated file of QT_TRANSLATE_NOOP("services", ...)
   calls so that lupdate puts them in the context "services" beside the screens' texts.
2. pyside6-lupdate updates resources/i18n/orderdesk_zh_TW.ts and orderdesk_zh_CN.ts.
3. Traditional Chinese is translated by people, in the zh_TW file. A Simplified message that
   has no translation of its own is made from the Traditional one with OpenCC's tw2sp
   (Taiwan phrases to mainland phrases, e.g. 軟體 -> 软件); a translator can then correct it
   in the zh_CN file, and the correction is kept because only empty messages are filled.
4. pyside6-lrelease builds the .qm files (committed, so a checkout runs without Qt tools).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_TW", "zh_CN")
SERVICE_DIRS = (ROOT / "app" / "services", ROOT / "app" / "devices")
# Simplified forms OpenCC gets wrong for a UI (it knows books better than menus).
SIMPLIFIED_FIXES = {"缺省": "默认", "帐号": "账号", "文件夹": "文件夹"}


def service_messages() -> list[str]:
    found: list[str] = []
    for folder in SERVICE_DIRS:
        for path in sorted(folder.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id == "tr" and node.args
                        and isinstance(node.args[0], ast.Constant)
                        and isinstance(node.args[0].value, str)):
                    found.append(node.args[0].value)
    return sorted(set(found))


def _tool(name: str) -> str:
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else (shutil.which(name) or name)


def run_lupdate(target_dir: Path) -> list[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        generated = Path(tmp) / "service_messages.py"
        generated.write_text("".join(
            f"QT_TRANSLATE_NOOP({'services'!r}, {text!r})\n" for text in service_messages()),
            encoding="utf-8")
        outputs = [target_dir / f"orderdesk_{code}.ts" for code in LANGUAGES]
        for code, ts_file in zip(LANGUAGES, outputs, strict=True):
            source = I18N / ts_file.name
            if source.exists() and source != ts_file:
                shutil.copy(source, ts_file)
            subprocess.run(
                [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                 "-extensions", "py", str(ROOT / "app" / "views"), str(generated),
                 "-target-language", code, "-ts", str(ts_file)],
                check=True)
    return outputs


def fill_simplified(zh_tw: Path, zh_cn: Path) -> int:
    """Empty or unfinished zh_CN messages get the tw2sp conversion of the zh_TW translation."""
    import opencc

    converter = opencc.OpenCC("tw2sp")
    traditional: dict[tuple[str, str], str] = {}
    for context in ET.parse(zh_tw).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            text = message.findtext("translation") or ""
            if text:
                traditional[(name, message.findtext("source", ""))] = text
    tree = ET.parse(zh_cn)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source", ""))
            if translation is None or key not in traditional:
                continue
            # lupdate pre-fills a new message with a guess from a same-text message elsewhere
            # and marks it unfinished; a finished Traditional translation is the better source.
            if translation.text and translation.get("type") != "unfinished":
                continue
            text = converter.convert(traditional[key])
            for wrong, right in SIMPLIFIED_FIXES.items():
                text = text.replace(wrong, right)
            translation.text = text
            if translation.get("type") == "unfinished":
                del translation.attrib["type"]
            filled += 1
    tree.write(zh_cn, encoding="utf-8", xml_declaration=True)
    return filled


def run_lrelease(ts_files: list[Path], target_dir: Path) -> list[Path]:
    outputs = []
    for ts_file in ts_files:
        qm = target_dir / ts_file.with_suffix(".qm").name
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm)],
                       check=True)
        outputs.append(qm)
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if the committed files are out of date")
    args = parser.parse_args()
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp)
            ts_files = run_lupdate(target)
            fill_simplified(ts_files[0], ts_files[1])
            qm_files = run_lrelease(ts_files, target)
            stale = [f.name for f in ts_files + qm_files
                     if not (I18N / f.name).exists()
                     or (I18N / f.name).read_bytes() != f.read_bytes()]
        if stale:
            print("out of date: " + ", ".join(stale) +
                  " (run python scripts/update_translations.py)")
            return 1
        print("translations are up to date")
        return 0
    I18N.mkdir(parents=True, exist_ok=True)
    ts_files = run_lupdate(I18N)
    filled = fill_simplified(ts_files[0], ts_files[1])
    run_lrelease(ts_files, I18N)
    print(f"updated {', '.join(f.name for f in ts_files)}; {filled} Simplified messages filled "
          "from Traditional")
    return 0


if __name__ == "__main__":
    sys.exit(main())
