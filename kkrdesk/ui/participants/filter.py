"""The filters over the people list: search as you type, organisation, region/KKR,
role in the network and current/former membership."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt

from kkrdesk.ui.table_model import ROW_ROLE, SORT_ROLE

ALL = None
# Status filter values
EVERYONE, CURRENT, FORMER, NEVER = "all", "current", "former", "never"
STATUS_CHOICES = (
    ("Alle personer", EVERYONE), ("Nuværende medlemmer", CURRENT),
    ("Tidligere medlemmer", FORMER), ("Ikke medlem", NEVER),
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
