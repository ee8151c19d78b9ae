"""Bilag: files attached to an agenda item, kept inside the database (one file still
holds everything), with a size limit and a clear message above it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kkrdesk.core.errors import NotFound, ValidationError
from kkrdesk.core.models import AgendaItem, Attachment
from kkrdesk.core.store import Store
from kkrdesk.services import snapshots
from kkrdesk.services.meetings import AREA

MAX_BYTES = 25 * 1024 * 1024  # 25 MB: a presentation fits; the database stays a file to mail


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def meeting_rows(s: Session, meeting_id: int) -> dict[int, list[tuple[int, str, int]]]:
    """item id -> [(id, filename, size)] of the meeting's bilag in order, in one query,
    without loading their data."""
    out: dict[int, list[tuple[int, str, int]]] = {}
    rows = s.execute(select(Attachment.item_id, Attachment.id, Attachment.filename, Attachment.size)
                     .join(AgendaItem, Attachment.item_id == AgendaItem.id)
                     .where(AgendaItem.meeting_id == meeting_id)
                     .order_by(Attachment.item_id, Attachment.position, Attachment.id))
    for item_id, a_id, name, size in rows:
        out.setdefault(item_id, []).append((a_id, name, size))
    return out


def add_file(store: Store, item_id: int, path: str | Path, today: dt.date | None = None) -> int:
    """Attach the file at ``path`` to the item; refused above ``MAX_BYTES`` (before it
    is read) with a Danish message. Returns the new bilag's id."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ValidationError(f"»{path.name}« er ikke en fil, der kan vedhæftes.")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                f"»{path.name}« fylder {_mb(size)}; et bilag må højst fylde {_mb(MAX_BYTES)}. "
                "Gem en mindre udgave (fx som PDF) og vedhæft den.")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"»{path.name}« kan ikke læses: {exc.strerror or exc}.") from None
    return add_bytes(store, item_id, path.name, data, today)


def add_bytes(store: Store, item_id: int, filename: str, data: bytes,
              today: dt.date | None = None) -> int:
    if len(data) > MAX_BYTES:
        raise ValidationError(f"»{filename}« fylder {_mb(len(data))}; et bilag må højst fylde "
                              f"{_mb(MAX_BYTES)}.")
    name = Path(filename).name.strip()[:255] or "bilag"
    with store.transaction(AREA) as s:
        if s.get(AgendaItem, item_id) is None:
            raise NotFound("Dagsordenspunktet findes ikke længere.")
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
            raise NotFound("Bilaget findes ikke længere.")
        return a.filename, a.data


def delete(store: Store, attachment_id: int) -> snapshots.Snapshot:
    with store.transaction(AREA) as s:
        t = snapshots.table("attachment")
        snap = snapshots.Snapshot((snapshots.capture(s, "attachment", t.c.id == attachment_id),))
        if not snap.rows[0][1]:
            raise NotFound("Bilaget findes ikke længere.")
        snapshots.remove(s, snap)
        return snap


def restore(store: Store, snap: snapshots.Snapshot) -> int:
    with store.transaction(AREA) as s:
        snapshots.restore(s, snap)
        return snap.rows[0][1][0]["id"]
