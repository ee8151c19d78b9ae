"""The filters over the people list: search as you type, organisation, region/KKR,
role in the network and current/former membership. The bar of fields the user sets, and
the proxy that applies them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit

from kkrdesk.ui.i18n import translate
from kkrdesk.ui.labels import label
from kkrdesk.services.participants.memberships import NETWORK_ROLES
from kkrdesk.services.participants.people import REGIONS, kkr_of
from kkrdesk.ui.autosave import mark_filter
from kkrdesk.ui.table_model import ROW_ROLE, SORT_ROLE

ALL = None
# Status filter values
EVERYONE, CURRENT, FORMER, NEVER = "all", "current", "former", "never"
STATUS_CHOICES = (
    (QT_TRANSLATE_NOOP("FilterBar", "Alle personer"), EVERYONE), (QT_TRANSLATE_NOOP("FilterBar", "Nuværende medlemmer"), CURRENT),
    (QT_TRANSLATE_NOOP("FilterBar", "Tidligere medlemmer"), FORMER), (QT_TRANSLATE_NOOP("FilterBar", "Ikke medlem"), NEVER),
)
NO_REGION = "-"  # region filter value for people without a region (national bodies)
NO_ROLE = "-"


class PeopleFilterProxy(QSortFilterProxyModel):
    """Filters rows of PersonView. Every criterion is None for "all"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []
        self.organisation_id: int | None = ALL
        self.kkr: str | None = ALL
        self.role: str | None = ALL
        self.status: str = EVERYONE

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_criteria(self, **criteria) -> None:
        for key in criteria:
            if key not in ("organisation_id", "kkr", "role", "status"):
                raise TypeError(key)
        self.beginFilterChange()
        for key, value in criteria.items():
            setattr(self, key, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 - Qt API
        model = self.sourceModel()
        p = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if p is None:
            return False
        if self.organisation_id is not ALL and p.organisation_id != self.organisation_id:
            return False
        if self.kkr is not ALL and (p.kkr or NO_REGION) != self.kkr:
            return False
        if self.role is not ALL:
            role = p.network_role.value if p.network_role else NO_ROLE
            if role != self.role:
                return False
        if self.status == CURRENT and not p.is_current_member:
            return False
        if self.status == FORMER and not p.was_member:
            return False
        if self.status == NEVER and (p.is_current_member or p.was_member):
            return False
        if self._words:
            hay = " ".join((p.name, p.title, p.organisation, p.region, p.kkr, p.email)).casefold()
            return all(w in hay for w in self._words)
        return True


class FilterBar:
    """The search field and the four choices above the people list, in ``layout``. Each
    choice's first entry is "Alle …"; the organisations offered are those of the people
    in the register, filled again on every refresh."""

    def __init__(self, on_choice: Callable[[], None]):
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("FilterBar", "Søg i navn, organisation, region, titel, e-mail …"))
        self.search.setClearButtonEnabled(True)
        self.organisation = QComboBox()
        self.organisation.setMinimumContentsLength(22)
        self.region = QComboBox()
        self.region.addItem(translate("FilterBar", "Alle regioner/KKR"), ALL)
        for region in REGIONS:
            self.region.addItem(kkr_of(region), kkr_of(region))
        self.region.addItem(translate("FilterBar", "Uden region"), NO_REGION)
        self.role = QComboBox()
        self.role.addItem(translate("FilterBar", "Alle roller"), ALL)
        for role in NETWORK_ROLES:
            self.role.addItem(label(role), role.value)
        self.role.addItem(translate("FilterBar", "Ingen rolle"), NO_ROLE)
        self.status = QComboBox()
        for text, value in STATUS_CHOICES:
            self.status.addItem(translate("FilterBar", text), value)
        mark_filter(self.search, *self.choices())
        for box in self.choices():
            box.currentIndexChanged.connect(on_choice)
        self.layout = QHBoxLayout()
        self.layout.addWidget(self.search, 3)
        for box in self.choices():
            self.layout.addWidget(box, 1)

    def choices(self) -> tuple[QComboBox, ...]:
        return self.organisation, self.region, self.role, self.status

    def criteria(self) -> dict:
        """The choices as PeopleFilterProxy.set_criteria takes them."""
        return dict(organisation_id=self.organisation.currentData(), kkr=self.region.currentData(),
                    role=self.role.currentData(), status=self.status.currentData())

    def clear(self) -> None:
        self.search.clear()
        for box in self.choices():
            box.setCurrentIndex(0)

    def fill_organisations(self, people, organisations) -> None:
        """Offer the ``organisations`` that someone in ``people`` belongs to, keeping the
        choice; quietly, as a refresh is no choice of the user's."""
        box = self.organisation
        keep = box.currentData()
        used = {p.organisation_id for p in people if p.organisation_id}
        box.blockSignals(True)
        box.clear()
        box.addItem(translate("FilterBar", "Alle organisationer"), ALL)
        for o in organisations:
            if o.id in used:
                box.addItem(o.name, o.id)
        box.setCurrentIndex(max(box.findData(keep), 0))
        box.blockSignals(False)
