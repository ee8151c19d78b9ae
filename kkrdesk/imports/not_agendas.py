"""Files recognised by their first bytes that hold no agenda to read (an old or a
password-protected Office file, RTF, a picture): each is refused at once with what to do
instead, rather than read as garbled text."""

from __future__ import annotations

from pathlib import Path

from kkrdesk.core.errors import ValidationError
from kkrdesk.core.marked import QT_TRANSLATE_NOOP

_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def _refused(message: str) -> ValidationError:
    return ValidationError(message, field="file")


def _holds(path: Path, needle: bytes) -> bool:
    """Whether the file holds ``needle``, read in pieces (never whole)."""
    tail = b""
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle):]
    return False


def refuse_known_others(path: Path, head: bytes, name: str) -> None:
    """Formats recognised by their first bytes that hold no readable agenda, each said
    with what to do instead."""
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        if _holds(path, _ENCRYPTED):
            raise _refused(QT_TRANSLATE_NOOP(
                "AgendaSources", "»{name}« er beskyttet med adgangskode (krypteret); gem den "
                "uden adgangskode, og prøv igen.").format(name=name))
        raise _refused(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« er i det gamle Office-format (.doc/.ppt); gem den som "
            ".docx eller .pptx, og prøv igen.").format(name=name))
    if head.startswith(b"{\\rtf"):
        raise _refused(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« er en RTF-fil; gem den som .docx eller .txt, og prøv "
            "igen.").format(name=name))
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise _refused(QT_TRANSLATE_NOOP(
            "AgendaSources", "»{name}« er et billede, ikke tekst; en dagsorden kan ikke læses "
            "af et billede.").format(name=name))
