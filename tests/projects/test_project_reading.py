"""The selected project is read whole as plain rows (issue 19): through the ORM its
fourteen statements were compiled at the first opening of Projekter. What the editor
shows must not change: every project is exactly what the ORM's objects of the same rows
give (services/projects/portfolio.list_projects still reads them so), and a project
another app changed after the editor showed it is never written over."""

from __future__ import annotations

import sqlite3

import pytest

from kkrdesk.core import shown
from kkrdesk.core.errors import ChangedElsewhere, NotFound
from kkrdesk.services.projects import portfolio as projects


@pytest.mark.parametrize("which", ["demo", "years"])
def test_each_project_is_what_the_orm_objects_give(request, which):
    store = request.getfixturevalue("demo_store" if which == "demo" else "years_store")
    whole = projects.list_projects(store)  # the ORM's objects, every part
    assert whole and any(p.links for p in whole) and any(g.seats for p in whole for g in p.groups)
    assert [projects.get_project(store, p.id) for p in whole] == whole


def test_a_project_that_is_gone_is_not_found(demo_store):
    with pytest.raises(NotFound):
        projects.get_project(demo_store, 10**6)


def test_a_project_changed_elsewhere_after_it_was_shown_is_not_written_over(years_store):
    with sqlite3.connect(years_store.path) as other:
        first = other.execute("SELECT min(id) FROM project").fetchone()[0]
    shown_project = projects.get_project(years_store, first)  # the app's only read of it
    seen = shown.now()  # the editor shows the project
    with sqlite3.connect(years_store.path) as other:  # another app saves a new description
        other.execute("UPDATE project SET description = 'Deres tekst', version = version + 1 "
                      "WHERE id = ?", (shown_project.id,))
    fields = shown_project.fields
    with pytest.raises(ChangedElsewhere), shown.based_on(shown.Basis(seen)):
        projects.update_project(years_store, shown_project.id, type(fields)(
            **{**fields.__dict__, "description": "Min tekst"}))
    assert projects.get_project(years_store, shown_project.id).description == "Deres tekst"
