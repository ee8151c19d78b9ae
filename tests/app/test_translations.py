"""The English translation is never stale: every text the sources mark for translation
has a finished English entry in resources/translations/kkrdesk_en.ts, and the shipped
kkrdesk_en.qm is exactly what pyside6-lrelease makes of that .ts (`make translations`)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py, the make target's code)


def test_every_marked_text_has_a_finished_english_translation():
    missing = translations.untranslated()
    assert not missing, ("without an English translation in kkrdesk_en.ts (run `make "
                         "translations` and translate them):\n" + "\n".join(missing))


def test_the_shipped_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    made = tmp_path / "kkrdesk_en.qm"
    translations.lrelease(translations.TS, made)
    assert translations.QM.is_file(), "resources/translations/kkrdesk_en.qm is missing"
    assert made.read_bytes() == translations.QM.read_bytes(), (
        "kkrdesk_en.qm is stale: run `make translations`")


def test_a_planted_untranslated_text_is_named(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text('from kkrdesk.ui.i18n import translate\n\n'
                       'def f():\n    return translate("Planted", "Et ord uden oversættelse")\n'
                       'def g():\n    return translate("MainWindow", "Dagsorden")\n',
                       encoding="utf-8")
    assert translations.untranslated([planted]) == ["Planted: Et ord uden oversættelse"]


@pytest.mark.parametrize("name", ["kkrdesk_en.ts", "kkrdesk_en.qm"])
def test_the_translation_ships_in_the_package(name):
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"translations/*"' in pyproject  # package data of kkrdesk.resources
    assert (ROOT / "resources" / "translations" / name).is_file()  # build.spec ships resources/
