"""Rebuild the seed's 18 June meeting with attendance in the window, from an empty
register, and count what the user does: every click, every key that is not typing
text, and every field typed counts as one action. The figure goes in the closing note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QToolButton

from kkrdesk.core.enums import AttendanceStatus, ItemKind
from kkrdesk.services.agenda import meetings
from kkrdesk.services.agenda import minutes
from kkrdesk.ui.agenda.columns import COL_DURATION, COL_KIND

K = ItemKind
# title, kind letter typed in the Type list ("" keeps Drøftelse), minutes typed (None: follows
# the kind), presenters, sub-points, sub-items (title, presenter)
SEED = [
    ("Velkomst", "V", None, "Poul Erik Kristensen, KL",
     ["Velkommen til nye deltagere i KKR-digitaliseringsnetværket", "Kort præsentationsrunde"], []),
    ("Meddelelser", "O", 35, "", [], [
        ("Aktuel status for FK-OSS", "Sabina Hedefeld Leopold, KOMBIT"),
        ("Orientering om etablering af Digital Sundhed Danmark", "Dorthe Skou Lassen, MedCom"),
        ("Status på den nye korrespondancemeddelelse", "Dorthe Skou Lassen, MedCom"),
        ("Orientering om forlængelse af program for udbredelse af dosispakket medicin",
         "Karina Hasager Hedevang, MedCom")]),
    ("Orientering vedr. rusmiddelområdet", "O", None, "Poul Erik Kristensen, KL",
     ["Projekt i KL på misbrugsområdet", "Henvisning på dobbeltdiagnoser på rusmiddelområdet"], []),
    ("Status for projekt om identitetssløring af sundhedsansatte", "O", 20,
     "Poul Erik Kristensen, KL; Jeanette Jensen, MedCom", [], []),
    ("Status på udstilling af kommunale data i Sundhedsjournalen", "O", None,
     "Kira Christina Ørbekker, MedCom", [], []),
    ("Pause", "P", None, "", [], []),
    ("Orientering om etablering af ambassadørkorps og udarbejdelse af e-læringsmateriale for "
     "Sundhedsjournalen", "O", None, "Iben Søgaard, MedCom", [], []),
    ("Opfølgning på behov for nye SOR-enhedstyper og SOR-specialekoder", "", None,
     "Jeanette Jensen, MedCom", [], []),
    ("Forslag til afholdelse af webinar om, hvordan kommuner kan teste korrespondancemeddelelser",
     "B", None, "Tom Have Kristensen, Aalborg Kommune", [], []),
    ("Nyt behandlingstilbud til børn og unge i psykisk mistrivsel", "O", None,
     "Dorthe Skou Lassen, MedCom", [], []),
    ("Eventuelt", "E", None, "", ["Emner til næste møde den 5/11-2025"], []),
]
MEMBERS = [("Kristina Farsinsen", "Aalborg Kommune"), ("Niels Vingborg", "Roskilde Kommune"),
           ("Sudarvili Vaithialingam", "Ringsted Kommune")]
SLOTS = ["12.00–12.10", "12.10–12.45", "12.45–13.00", "13.00–13.20", "13.20–13.35",
         "13.35–13.50", "13.50–14.05", "14.05–14.20", "14.20–14.35", "14.35–14.50",
         "14.50–15.00"]


class User:
    """Drives the real widgets and counts the actions."""

    def __init__(self, qtbot, tab):
        self.qtbot, self.tab, self.actions = qtbot, tab, 0

    def click(self, widget, pos=None) -> None:
        self.actions += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def type(self, widget, text: str) -> None:
        self.actions += 1
        self.qtbot.keyClicks(widget, text)

    def key(self, widget, key) -> None:
        self.actions += 1
        self.qtbot.keyClick(widget, key)

    def tool(self, text: str) -> None:
        self.click(next(b for b in self.tab.toolbar.findChildren(QToolButton) if b.text() == text))

    def editor(self):
        """The cell editor the view opened (a line edit, the Type list or a spin box)."""
        from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QSpinBox, QWidget

        view = self.tab.view
        self.qtbot.waitUntil(lambda: view.state() == QAbstractItemView.State.EditingState,
                             timeout=2000)
        found = [w for w in view.viewport().findChildren(QWidget)
                 if isinstance(w, (QLineEdit, QComboBox, QSpinBox)) and w.isVisible()
                 and not isinstance(w.parent(), (QComboBox, QSpinBox))]
        return found[-1]

    def title_typed(self, title: str) -> None:
        """The new item's title editor is open: type it and press Enter."""
        edit = self.editor()
        self.type(edit, title)
        self.key(edit, Qt.Key.Key_Return)
        QApplication.processEvents()

    def cell(self, index, text: str) -> None:
        """Click a cell, F2, type, Enter."""
        view = self.tab.view
        self.qtbot.wait(20)  # let the saved edit refresh the tree first
        index = self.tab.model.index(index.row(), index.column(), index.parent())
        view.scrollTo(index)
        self.click(view.viewport(), view.visualRect(index).center())
        assert view.currentIndex() == index, (view.currentIndex(), index)
        self.key(view, Qt.Key.Key_F2)
        edit = self.editor()
        if hasattr(edit, "selectAll"):
            edit.selectAll()
        self.type(edit, text)
        self.key(edit, Qt.Key.Key_Return)
        QApplication.processEvents()

    def dialog(self, fill) -> list:
        problems = []

        def go():
            d = QApplication.activeModalWidget()
            if d is None:
                QTimer.singleShot(5, go)
                return
            try:
                fill(d)
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                problems.append(exc)
            if d.isVisible():
                d.reject()
        QTimer.singleShot(0, go)
        return problems


def _button(widget, text):
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_rebuild_the_seed_meeting_with_attendance_and_count_the_actions(qtbot, store):
    from kkrdesk.ui.agenda.tab import AgendaTab
    from kkrdesk.ui.context import AppContext

    ctx = AppContext(store)
    tab = AgendaTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    tab.refresh()
    user = User(qtbot, tab)

    # the meeting: Nyt møde …, title and date typed (12.00–15.00 is the default)
    def meeting(d):
        d.title.selectAll()
        user.type(d.title, "Møde i KKR-digitaliseringsnetværket")
        d.date.selectAll()
        user.type(d.date, "18-06-2025")
        user.click(d.buttons.button(QDialogButtonBox.StandardButton.Ok))
    problems = user.dialog(meeting)
    user.click(tab.meeting_buttons["new"])
    assert not problems, problems
    mid = ctx.meeting_id
    assert mid is not None

    model = tab.model
    for row, (title, kind, mins, who, points, subs) in enumerate(SEED):
        user.tool("Nyt punkt")
        user.title_typed(title)
        top = model.index(row, 0)
        if kind:
            user.cell(top.siblingAtColumn(COL_KIND), kind)
        if mins is not None:
            user.cell(model.index(row, COL_DURATION), str(mins))
        tab.view.setCurrentIndex(model.index(row, 0))  # the item stays selected after edits
        if who or points:
            tab.side.setCurrentWidget(tab.item_pane)
        if who:
            user.click(tab.item_pane.presenters)
            user.type(tab.item_pane.presenters, who)
            user.key(tab.item_pane.presenters, Qt.Key.Key_Return)
        if points:
            user.click(tab.item_pane.sub_points.viewport())
            for n, point in enumerate(points):
                if n:
                    user.key(tab.item_pane.sub_points, Qt.Key.Key_Return)
                user.type(tab.item_pane.sub_points, point)
            tab.item_pane.sub_points.commit()  # what leaving the field does
        for k, (sub_title, sub_who) in enumerate(subs):
            if k == 0:
                tab.view.setCurrentIndex(model.index(row, 0))
            user.tool("Nyt underpunkt")
            user.title_typed(sub_title)
            user.click(tab.item_pane.presenters)
            user.type(tab.item_pane.presenters, sub_who)
            user.key(tab.item_pane.presenters, Qt.Key.Key_Return)
        QApplication.processEvents()

    detail = meetings.get_detail(store, mid)
    assert [i.title for i in detail.items] == [s[0] for s in SEED]
    from kkrdesk.core.danish import time_span

    assert [time_span(i.start_min, i.end_min)[4:] for i in detail.items] == SLOTS
    assert [c.title for c in detail.items[1].children] == [s[0] for s in SEED[1][5]]
    assert detail.items[8].kind == K.DECISION and detail.items[5].kind == K.BREAK

    # attendance without the register: presenters took part as guests in one click,
    # the three members typed as guests, Niels Vingborg's afbud
    pane = tab.attendance_pane
    user.click(tab.side.tabBar(), tab.side.tabBar().tabRect(tab.side.indexOf(pane)).center())
    user.click(pane.presenters_button)
    for name, org in MEMBERS:
        def guest(d, name=name, org=org):
            user.type(d.name, name)
            user.type(d.organisation, org)
            user.key(d.organisation, Qt.Key.Key_Return)
        problems = user.dialog(guest)
        user.click(pane.guest_button)
        assert not problems, problems
    view = pane.view
    row = next(r for r in range(pane.proxy.rowCount()) if pane.proxy.index(r, 0).data() == "Niels Vingborg")
    user.click(view.viewport(), view.visualRect(pane.proxy.index(row, 0)).center())
    user.click(_button(pane, "Afbud"))

    status = {r.name: r.state.status for r in minutes.roster(store, mid)}
    assert status["Niels Vingborg"] == AttendanceStatus.APOLOGIES
    present = {n for n, s in status.items() if s == AttendanceStatus.PRESENT}
    assert {"Poul Erik Kristensen", "Sabina Hedefeld Leopold", "Dorthe Skou Lassen",
            "Karina Hasager Hedevang", "Jeanette Jensen", "Kira Christina Ørbekker",
            "Iben Søgaard", "Tom Have Kristensen", "Kristina Farsinsen",
            "Sudarvili Vaithialingam"} == present

    print(f"\nRebuilding the seed meeting with attendance took {user.actions} actions")
    assert user.actions <= 160, user.actions  # 241 before, 39 of them for the register
