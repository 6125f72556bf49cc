"""Every text a user reads ships in 繁體中文 and 简体中文, and the .qm files are current."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from app.services.errors import InsufficientStockError
from app.views.support.i18n import install_language, service_message

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_every_message_is_translated(language: str) -> None:
    tree = ET.parse(I18N / f"orderdesk_{language}.ts")
    missing = [
        f"{context.findtext('name')}: {message.findtext('source')}"
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
        if (translation := message.find("translation")) is not None
        and (translation.get("type") == "unfinished"
             or not (translation.text or translation.findall("numerusform")))
    ]
    assert missing == [], "run scripts/update_translations.py and translate these"


def test_the_translation_files_are_up_to_date_with_the_code() -> None:
    """A text added to a screen or a service message must reach the .ts and .qm files."""
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"),
                             "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_service_messages_reach_the_user_in_chinese(qapp: object) -> None:
    error = InsufficientStockError("P-0001", Decimal("5"), Decimal("2"))
    try:
        install_language("zh_TW")
        traditional = service_message(error)
        install_language("zh_CN")
        simplified = service_message(error)
    finally:
        install_language("en")
    assert "P-0001" in traditional and "P-0001" in simplified
    assert traditional != error.message and simplified != traditional
    assert not any("a" <= ch <= "z" for ch in traditional.replace("P-0001", ""))
