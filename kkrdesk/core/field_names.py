"""The names of the fields a user fills in, as the lower layers' messages say them
("Navn skal udfyldes."). validate.clean_text and its kin are given the Danish name;
``label`` turns a known one into a marked text, so the window writes the whole message,
field included, in its own language (ui/i18n.shown). An unknown name stays as given."""

from __future__ import annotations

from kkrdesk.core.marked import QT_TRANSLATE_NOOP, Marked

_LABELS = [
    QT_TRANSLATE_NOOP("Field", "Navn"),
    QT_TRANSLATE_NOOP("Field", "Titel"),
    QT_TRANSLATE_NOOP("Field", "Sted"),
    QT_TRANSLATE_NOOP("Field", "Link"),
    QT_TRANSLATE_NOOP("Field", "Noter"),
    QT_TRANSLATE_NOOP("Field", "Emne"),
    QT_TRANSLATE_NOOP("Field", "Hvad"),
    QT_TRANSLATE_NOOP("Field", "Hvem"),
    QT_TRANSLATE_NOOP("Field", "Svar"),
    QT_TRANSLATE_NOOP("Field", "Kort navn"),
    QT_TRANSLATE_NOOP("Field", "E-mail"),
    QT_TRANSLATE_NOOP("Field", "Telefon"),
    QT_TRANSLATE_NOOP("Field", "Varighed"),
    QT_TRANSLATE_NOOP("Field", "SNOMED-kode"),
    QT_TRANSLATE_NOOP("Field", "Kode"),
    QT_TRANSLATE_NOOP("Field", "Relaterede koder"),
    QT_TRANSLATE_NOOP("Field", "Modtager"),
    QT_TRANSLATE_NOOP("Field", "Organisation"),
    QT_TRANSLATE_NOOP("Field", "Oplægsholder"),
    QT_TRANSLATE_NOOP("Field", "Bemærkning"),
    QT_TRANSLATE_NOOP("Field", "Bemærkningen"),
    QT_TRANSLATE_NOOP("Field", "Beskrivelse"),
    QT_TRANSLATE_NOOP("Field", "Beskrivelsen"),
    QT_TRANSLATE_NOOP("Field", "Underpunkt"),
    QT_TRANSLATE_NOOP("Field", "Udpeget af"),
    QT_TRANSLATE_NOOP("Field", "Begrundelse for rettelsen"),
    QT_TRANSLATE_NOOP("Field", "Sagsfremstilling"),
    QT_TRANSLATE_NOOP("Field", "Referat"),
    QT_TRANSLATE_NOOP("Field", "Beslutning"),
    QT_TRANSLATE_NOOP("Field", "Beslutningen"),
    QT_TRANSLATE_NOOP("Field", "Indstilling"),
    QT_TRANSLATE_NOOP("Field", "Projektets navn"),
    QT_TRANSLATE_NOOP("Field", "Dokumentets navn"),
    QT_TRANSLATE_NOOP("Field", "Gruppens navn"),
    QT_TRANSLATE_NOOP("Field", "Datoen"),
    QT_TRANSLATE_NOOP("Field", "Den planlagte dato"),
    QT_TRANSLATE_NOOP("Field", "Den faktiske dato"),
    QT_TRANSLATE_NOOP("Field", "Statusteksten"),
    QT_TRANSLATE_NOOP("Field", "Milepælens navn"),
    QT_TRANSLATE_NOOP("Field", "Kilden"),
    QT_TRANSLATE_NOOP("Field", "Modellen"),
    QT_TRANSLATE_NOOP("Field", "Risikoen"),
    QT_TRANSLATE_NOOP("Field", "Sandsynligheden"),
    QT_TRANSLATE_NOOP("Field", "Konsekvensen"),
    QT_TRANSLATE_NOOP("Field", "Tiltaget"),
]
_BY_TEXT = {str(m): m for m in _LABELS}


def label(field: str) -> str:
    """``field`` as a marked text when it is a known field name, else as given."""
    if isinstance(field, Marked):
        return field
    return _BY_TEXT.get(field, field)
