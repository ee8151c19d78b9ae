"""Issue 22, item 3: the public SOR unit types and specialty codes ship with the app, each
with its source; codes inactive in SNOMED CT are offered but marked so; »Nuværende navn«
and »Relaterede koder« find a code by a part of its code or any of its published names,
in any case, Danish letters as typed. The completers' model passes qtmodeltester.

Expected codes and names are typed here from the research notes' sources (MedCom's and
HL7 Denmark's value sets), not read from the shipped file."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from kkrdesk.core.enums import SorCodeKind
from kkrdesk.core.paths import resource
from kkrdesk.services.sor import codes as sor_codes
from kkrdesk.services.sor import proposals as sor
from sor_helpers import sor_tab  # noqa: F401 (fixture)

U, SP = SorCodeKind.UNIT_TYPE, SorCodeKind.SPECIALTY
# code, name, kind, inactive in SNOMED CT DK 2025-09-30 (the municipal ones of the notes)
KNOWN = [
    ("554821000005109", "Hjemmeplejeenhed", U, False),
    ("550621000005101", "Hjemmesygeplejeenhed", U, False),
    ("703069008", "Sygeplejeklinik", U, False),
    ("556841000005105", "Pædagogisk psykologisk rådgivning (PPR)", U, False),
    ("554221000005108", "Bosted", U, True),
    ("546811000005109", "Genoptræningsenhed", U, True),
    ("42665001", "Plejehjem", U, False),
    ("658171000005102", "Hjemmepleje", SP, False),
    ("658181000005104", "Hjælpemiddelområdet", SP, False),
    ("658201000005103", "Kommunal tandpleje", SP, False),
    ("394812008", "Odontologi (snomed: odontologiske specialer)", SP, True),
]


def test_the_public_codes_ship_each_with_its_source():
    shipped = {c.code: c for c in sor_codes.shipped_codes()}
    assert sum(c.kind == U for c in shipped.values()) == 74
    assert sum(c.kind == SP for c in shipped.values()) == 56
    for code, name, kind, inactive in KNOWN:
        c = shipped[code]
        assert (c.name, c.kind, c.inactive) == (name, kind, inactive), code
    assert sum(c.inactive for c in shipped.values()) == 9
    sources = {s["kilde"]: s for s in sor_codes.sources()}
    assert all(c.source in sources for c in shipped.values())
    assert all(s["adresse"].startswith("https://github.com/") and s["dato"][:2] == "20"
               for s in sources.values())
    with resource("reference", "sor_codes.csv").open(encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert header[:3] == ["kode", "navn", "type"]  # the app's format, with columns added


def _offered(field, qtbot, typed: str) -> list[str]:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    model = field.completer().completionModel()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


@pytest.mark.parametrize("typed, expected", [
    ("HJEMMEPLEJE", "Hjemmeplejeenhed (554821000005109) · enhedstype"),
    ("55482100", "Hjemmeplejeenhed (554821000005109) · enhedstype"),
    ("hjælpemid", "Hjælpemiddelområdet (658181000005104) · speciale"),
    ("PÆDAGOGISK", "Pædagogisk psykologisk rådgivning (PPR) (556841000005105) · enhedstype"),
    ("rehabiliteringscenter", "Genoptræningsenhed (546811000005109) · enhedstype, udgået i SNOMED CT"),
    ("sygehus", "Hospital (22232009) · enhedstype"),
])
def test_current_name_finds_a_code_by_code_or_any_name(qtbot, sor_tab, typed, expected):
    sor_tab.activateWindow()
    assert expected in _offered(sor_tab.form.current_name, qtbot, typed)


def test_related_codes_finds_by_name_and_puts_the_code_in(qtbot, sor_tab):
    sor_tab.activateWindow()
    qtbot.waitUntil(lambda: sor_tab.isActiveWindow())
    p = sor_tab.current
    field = sor_tab.form.related_codes
    offered = _offered(field, qtbot, "658161000005107 hjemmepl")
    assert offered == ["Hjemmeplejeenhed (554821000005109) · enhedstype",
                       "Hjemmepleje (658171000005102) · speciale"]
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.text() == "658161000005107 554821000005109 "
    qtbot.waitUntil(lambda: sor.get_proposal(sor_tab.ctx.store, p.id).related_codes
                    == "658161000005107 554821000005109")


def test_an_inactive_code_says_so_under_the_code(sor_tab):
    row = next(r for r in range(sor_tab.proxy.rowCount())
               if sor_tab.proxy.index(r, 0).data().startswith("Nye enhedstypers forhold"))
    sor_tab.list_view.selectRow(row)  # the demo's question names bosted, 554221000005108
    note = sor_tab.form.boxes["concept_code"].note
    assert note.isVisible() and note.text() == "Bosted (554221000005108) er udgået i SNOMED CT."
    sor_tab.list_view.selectRow(2)  # hjemmesygeplejeenhed is active
    assert not note.isVisible()


def test_the_word_summary_says_when_a_code_is_inactive(demo_store, tmp_path):
    import datetime as dt

    from docx import Document

    from kkrdesk.export.sor_docx import export_sor_summary
    from kkrdesk.services.overview.gather import sor_overview

    path = export_sor_summary(sor_overview(demo_store, dt.date(2025, 6, 18)), tmp_path / "sor.docx")
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert ("Nuværende navn og kode: Bosted – 554221000005108 "
            "(Bosted (enhedstype, udgået i SNOMED CT))") in text
    assert "Hjemmesygepleje – 550621000005101 (Hjemmesygeplejeenhed (enhedstype))" in text


def test_the_completers_model_passes_qtmodeltester(qtmodeltester, sor_tab):
    for completer in (sor_tab.form.completer, sor_tab.form.related_completer):
        assert completer.model().rowCount() >= 130
        qtmodeltester.check(completer.model(), force_py=True)
    # one completer per field, for as long as the field lives (issue 18's fix)
    assert sor_tab.form.current_name.completer() is sor_tab.form.completer
    before = sor_tab.form.completer
    sor_tab.refresh()
    assert sor_tab.form.current_name.completer() is before
