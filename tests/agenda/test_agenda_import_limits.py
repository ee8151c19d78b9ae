"""Agenda import: a line that begins with a time no clock shows is named with its line
number (never made a sub-item), and a text with more items than a meeting has is refused
with the limit named; in both cases the command line writes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kkrdesk.cli import main
from kkrdesk.imports.agenda_parser import parse_lines

ODD_TIMES = [
    "Dagsorden",
    "12.00-12.10 Velkomst",
    "12.10-12.40 Meddelelser",
    "24.00 Frokost",
    "99.99 Punkt om noget",
    "12.00-25.00 Eventuelt",
]


def test_a_line_with_an_impossible_time_is_named_and_nothing_is_written(demo_path, tmp_path, capsys):
    source = tmp_path / "dagsorden.txt"
    source.write_text("\n".join(ODD_TIMES) + "\n", encoding="utf-8")
    before = demo_path.read_bytes()
    assert main(["import", "agenda", "--db", str(demo_path), str(source), "--date", "2025-09-17"]) == 1
    err = capsys.readouterr().err
    assert err == ("kkrdesk: Linje 4: »24.00« er ikke et klokkeslæt (og 2 linjer mere); ret tiden "
                   "i filen, og prøv igen. Intet er skrevet.\n")
    assert demo_path.read_bytes() == before
    assert main(["import", "agenda", "--db", str(demo_path), str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    for line, written in ((4, "24.00"), (5, "99.99"), (6, "25.00")):
        assert f"(linje {line}): »{written}« er ikke et klokkeslæt." in out


def test_impossible_times_are_items_of_their_own_not_sub_items():
    agenda = parse_lines(ODD_TIMES)
    assert [(i.title, [c.title for c in i.children]) for i in agenda.items] == [
        ("Velkomst", []), ("Meddelelser", []), ("Frokost", []), ("Punkt om noget", []),
        ("Eventuelt", [])]
    assert agenda.bad_times == {3: "Linje 4: »24.00« er ikke et klokkeslæt.",
                                4: "Linje 5: »99.99« er ikke et klokkeslæt.",
                                5: "Linje 6: »25.00« er ikke et klokkeslæt."}
    assert agenda.items[2].start_min is None and agenda.items[2].doubtful


def test_numbered_sub_items_are_still_sub_items():
    agenda = parse_lines(["1. Velkomst", "1.1 Nyt fra KL", "1.10 Tiende underpunkt", "2. Eventuelt",
                          "12.00 Frokost"])
    assert [(i.title, [c.title for c in i.children]) for i in agenda.items] == [
        ("Velkomst", ["Nyt fra KL", "Tiende underpunkt"]), ("Eventuelt", []), ("Frokost", [])]
    assert agenda.bad_times == {} and agenda.items[2].start_min == 12 * 60


def _long_agenda(count: int) -> str:
    return "\n".join(["Dagsorden 17. september 2025"]
                     + [f"{12 + k // 60 % 10:02d}.{k % 60:02d} Punkt nummer {k + 1}" for k in range(count)])


def test_ten_thousand_items_are_refused_with_the_limit_named(demo_path, tmp_path, capsys):
    source = tmp_path / "lang.txt"
    source.write_text(_long_agenda(10_000), encoding="utf-8")
    before = demo_path.read_bytes()
    assert main(["import", "agenda", "--db", str(demo_path), str(source)]) == 1
    err = capsys.readouterr().err
    assert err == ("kkrdesk: Teksten har over 200 punkter og underpunkter (linje 202); så mange har "
                   "et møde ikke. Importér dagsordenen for sig, eller del teksten op.\n")
    assert demo_path.read_bytes() == before


@pytest.mark.parametrize("count,accepted", [(200, True), (201, False)])
def test_the_item_limit_is_200(count, accepted):
    lines = _long_agenda(count).split("\n")
    if accepted:
        assert len(parse_lines(lines).items) == count
    else:
        with pytest.raises(Exception, match="over 200 punkter"):
            parse_lines(lines)


def test_a_thousand_bullet_points_are_refused():
    lines = ["Dagsorden", "1. Velkomst"] + [f"• Punkt {k}" for k in range(1_001)]
    with pytest.raises(Exception, match="over 1.000 underpunkter og emner"):
        parse_lines(lines)


def test_the_preview_says_the_limit_and_shows_nothing(qtbot, store):
    from kkrdesk.ui.context import AppContext
    from kkrdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext(store))
    qtbot.addWidget(window)
    window.refresh()
    window.show()
    window.import_agenda_action.trigger()
    dialog = window.agenda_import_dialog
    QApplication.clipboard().setText(_long_agenda(300))
    qtbot.keyClick(dialog.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert dialog.error.isVisible() and "over 200 punkter" in dialog.error.text()
    assert dialog.model.rowCount() == 0 and not dialog.import_button.isEnabled()
