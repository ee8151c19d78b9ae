"""Property-based: any text survives export and import and never becomes a formula."""

from __future__ import annotations

import csv
import re
import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from kkrdesk.core.enums import Role
from kkrdesk.core.errors import ValidationError
from kkrdesk.export.overview_xlsx import export_overview
from kkrdesk.services.overview.gather import overview_data
from kkrdesk.export.xlsx_common import Col, Sheet, write_workbook
from kkrdesk.imports.participants_file import read_participants
from kkrdesk.services.participants import memberships
from kkrdesk.services.participants import file_import as participant_import
from kkrdesk.services.participants import people as participants
from kkrdesk.services.database import open_memory
from kkrdesk.services.participants.people import PersonFields

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Text with the awkward parts over-represented: formula starts, Excel escapes, RTL, emoji.
_pieces = st.one_of(
    st.text(max_size=4),
    st.sampled_from(["=", "+", "-", "@", "#N/A", "_x", "_x0041_", "_x005F_", "x005F_", "0041_",
                     "\u202e", "😀", "\r\n", "\r", "\t", "'", " ", "\n"]))
awkward = st.lists(_pieces, max_size=12).map("".join)
SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def _no_formulas(path) -> None:
    for ws in load_workbook(path).worksheets:
        for row in ws.iter_rows():
            assert all(c.data_type != "f" for c in row)


@SETTINGS
@given(text=awkward)
@example("_x005F_x0041_")
@example("=1+1")
@example("a_x0041__x0042_b")
@example("\U0002f800")  # a CJK compatibility ideograph: NFC makes it U+4E3D
def test_any_cell_text_round_trips_through_xlsx(tmp_path, text):
    path = tmp_path / "x.xlsx"
    write_workbook(path, [Sheet("Ark", "Ark", [Col("Navn"), Col("Organisation")], [[text, "X"]])])
    _no_formulas(path)
    table = read_participants(path)
    expected = _XML_ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    # the import keeps names in NFC ("So\u0308ren" is "Sören"; U+2F800 is U+4E3D)
    expected = unicodedata.normalize("NFC", expected)
    assert table.rows[0].values["name"] == (expected or None)


@SETTINGS
@given(text=awkward.filter(lambda t: "\x00" not in t))
@example("\uf900")
def test_any_cell_text_round_trips_through_csv(tmp_path, text):
    path = tmp_path / "x.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["Navn", "Organisation"])
        w.writerow([text, "X"])
    table = read_participants(path)
    assert table.rows[0].values["name"] == unicodedata.normalize("NFC", text)


def test_any_name_survives_the_overview_and_its_import(tmp_path):
    source, target = open_memory(), open_memory()
    path = tmp_path / "oversigt.xlsx"

    @settings(SETTINGS, max_examples=25)
    @given(text=awkward)
    def check(text):
        try:
            pid = participants.add_person(source, PersonFields(text or "x"))
        except ValidationError:
            return  # empty after cleaning: refused, nothing to export
        memberships.add_membership(source, pid, memberships.MembershipFields(Role.MEMBER))
        stored = participants.get_person(source, pid).name
        export_overview(overview_data(source), path)
        _no_formulas(path)
        preview = participant_import.preview_import(target, read_participants(path))
        assert [r.name for r in preview.rows] == [stored]
        assert preview.rows[0].ok, preview.rows[0].problems
        participants.delete_people(source, [pid])

    try:
        check()
    finally:
        source.close()
        target.close()
