"""Bilag: files attached to an agenda item, kept inside the database (one file still
holds everything), with a size limit and a clear message above it. A bilag's name is
cleaned on the way in (``core.file_names``): what the item pane, the Word documents and
the mødepakke show is what the file is."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from kkrdesk.core.marked import QT_TRANSLATE_NOOP
from kkrdesk.core import file_safety
from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.file_names import clean_file_name
from kkrdesk.core.models import AgendaItem, Attachment
from kkrdesk.core.oserrors import reason
from kkrdesk.core.store import Store
from kkrdesk.services import snapshots
from kkrdesk.services.areas import MEETINGS

if TYPE_CHECKING:  # the ORM is imported at the first ORM session (core/orm_sessions)
    from sqlalchemy.orm import Session


MAX_BYTES = 25 * 1024 * 1024  # 25 MB: a presentation fits; the database stays a file to mail


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def meeting_rows(s: Session, meeting_id: int) -> dict[int, list[tuple[int, str, int]]]:
    """item id -> [(id, filename, size)] of the meeting's bilag in order, in one query,
    without loading their data."""
    out: dict[int, list[tuple[int, str, int]]] = {}
    a, item = Attachment.__table__.c, AgendaItem.__table__.c  # plain rows (Store.rows)
    rows = s.execute(select(a.item_id, a.id, a.filename, a.size)
                     .join_from(Attachment.__table__, AgendaItem.__table__, a.item_id == item.id)
                     .where(item.meeting_id == meeting_id)
                     .order_by(a.item_id, a.position, a.id))
    for item_id, a_id, name, size in rows:  # a name an older version kept is shown clean
        out.setdefault(item_id, []).append((a_id, clean_file_name(name), size))
    return out


def read_file(store: Store, path: str | bytes | Path) -> tuple[str, bytes]:
    """The cleaned name and the bytes of the file a user chose to attach. Refused with a
    Danish message (ValidationError), before anything is written: anything but a
    regular file, the open database and its side files (by identity, so a link to it
    too), a file above ``MAX_BYTES`` (before it is read) and one that cannot be read.
    Any name the OS gives is taken: the file is read by its real path."""
    path = Path(os.fsdecode(path))  # bytes from the OS too
    name = clean_file_name(path.name)
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Attachments", "»{name}« er ikke en fil, der kan vedhæftes.").format(name=name))
        if (found := file_safety.database_file(path, [store.path] if store.path else [])):
            raise ValidationError(_database_message(name, *found))
        if st.st_size > MAX_BYTES:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Attachments", "»{name}« fylder {size}; et bilag må højst fylde {most}. Gem en "
                "mindre udgave (fx som PDF) og vedhæft den.").format(
                name=name, size=_mb(st.st_size), most=_mb(MAX_BYTES)))
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # a file that grew since: still bounded
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Attachments", "»{name}« {reason}.").format(
            name=name, reason=reason(exc))) from None
    except ValueError:  # a NUL or a lone surrogate the OS cannot take in the path
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Attachments", "»{name}« har et navn, som filsystemet ikke kan bruge.").format(
            name=name)) from None
    return name, data


def _database_message(name: str, file: Path, suffix: str) -> str:
    database = clean_file_name(file.name.removesuffix(suffix))
    what = (QT_TRANSLATE_NOOP("Attachments", "en hjælpefil til den åbne database ({database})").format(
        database=database) if suffix else
        QT_TRANSLATE_NOOP("Attachments", "den database, KKR Desk har åben"))
    return QT_TRANSLATE_NOOP("Attachments", "»{name}« er {what}; den kan ikke vedhæftes som bilag.").format(
        name=name, what=what)


def add_file(store: Store, item_id: int, path: str | bytes | Path, today: dt.date | None = None) -> int:
    """Attach the file at ``path`` to the item (``read_file`` says what is refused).
    Returns the new bilag's id."""
    name, data = read_file(store, path)
    return add_bytes(store, item_id, name, data, today)


def add_bytes(store: Store, item_id: int, filename: str | bytes, data: bytes,
              today: dt.date | None = None) -> int:
    """Attach ``data`` under ``filename``, cleaned (``core.file_names``)."""
    name = clean_file_name(filename)
    if len(data) > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Attachments", "»{name}« fylder {size}; et bilag må højst fylde {most}.").format(
            name=name, size=_mb(len(data)), most=_mb(MAX_BYTES)))
    with store.transaction(MEETINGS) as s:
        if s.get(AgendaItem, item_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Dagsordenspunktet findes ikke længere."))
        last = s.scalar(select(Attachment.position).where(Attachment.item_id == item_id)
                        .order_by(Attachment.position.desc()).limit(1))
        a = Attachment(item_id=item_id, position=(last + 1) if last is not None else 0,
                       filename=name, size=len(data), added_on=today or dt.date.today(), data=data)
        s.add(a)
        s.flush()
        return a.id


def read(store: Store, attachment_id: int) -> tuple[str, bytes]:
    with store.reading() as s:
        a = s.get(Attachment, attachment_id)
        if a is None:
            raise NotFound(QT_TRANSLATE_NOOP("NotFound", "Bilaget findes ikke længere."))
        return clean_file_name(a.filename), a.data


def delete(store: Store, attachment_id: int) -> snapshots.Snapshot:
    return snapshots.delete_row(store, MEETINGS, "attachment", attachment_id,
                                QT_TRANSLATE_NOOP("NotFound", "Bilaget findes ikke længere."))


def restore(store: Store, snap: snapshots.Snapshot) -> int:
    return snapshots.put_back(store, MEETINGS, snap)
