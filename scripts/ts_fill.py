"""Writes translations into a .ts file from a JSON file {context: {source: translation}}.

    python scripts/ts_fill.py resources/i18n/orderdesk_zh_TW.ts my_translations.json

Only messages that exist in the .ts (run scripts/update_translations.py first) are filled;
unknown ones are listed, so a typo in a source text shows up. Then run
scripts/update_translations.py again to fill Simplified Chinese and build the .qm files.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, table: dict[str, dict[str, str]]) -> tuple[int, list[str]]:
    tree = ET.parse(ts_path)
    seen: set[tuple[str, str]] = set()
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        wanted = table.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if source in wanted and translation is not None:
                seen.add((name, source))
                translation.text = wanted[source]
                translation.attrib.pop("type", None)
                filled += 1
    unknown = [f"{ctx}: {src}" for ctx, msgs in table.items() for src in msgs
               if (ctx, src) not in seen]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return filled, unknown


def main() -> int:
    ts_path, json_path = Path(sys.argv[1]), Path(sys.argv[2])
    filled, unknown = fill(ts_path, json.loads(json_path.read_text(encoding="utf-8")))
    print(f"{filled} messages filled in {ts_path.name}")
    for line in unknown:
        print(f"not in the .ts file: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
