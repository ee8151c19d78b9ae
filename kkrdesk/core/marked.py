"""User messages of the layers below the window (services, views, core), marked for
translation without Qt: services must not import widgets, and a service's message is
needed in Danish anyway (the command line, the log, tests that read it).

``QT_TRANSLATE_NOOP("Context", "Danish text {name}")`` is the name pyside6-lupdate
collects, so `make translations` finds these texts like the window's own. It returns a
``Marked`` text: a plain ``str`` holding the Danish text, which also remembers its
context, its source and (after ``.format``) its arguments. The window (ui/i18n.shown)
translates it when it shows it; everything else keeps using it as the Danish string it
is. A message key table would have split each text from the code that says it."""

from __future__ import annotations


class Marked(str):
    """A Danish message that the window can still translate (see the module's note)."""

    context: str
    source: str
    args: dict

    def __new__(cls, context: str, source: str, text: str | None = None, args: dict | None = None):
        made = super().__new__(cls, source if text is None else text)
        made.context, made.source, made.args = context, source, dict(args or {})
        return made

    def format(self, *args, **kwargs) -> Marked:  # noqa: A003 (str's own name)
        if args:
            raise TypeError("Marked texts take named fields only")
        return Marked(self.context, self.source, self.source.format(**kwargs), kwargs)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Marked:  # noqa: N802 (lupdate's name)
    """Mark ``source`` (Danish) for translation in ``context``."""
    return Marked(context, source)


class Day(str):
    """A date inside a marked text: the Danish "17. juni 2025" here, which the window
    writes in its own language (ui/i18n.shown)."""

    date: object

    def __new__(cls, day, text: str):
        made = super().__new__(cls, text)
        made.date = day
        return made


def message_of(exc: BaseException) -> str:
    """The message of ``exc`` as it was raised (a marked text stays marked), for a
    service that raises it again under another field name."""
    first = exc.args[0] if exc.args else ""
    return first if isinstance(first, Marked) else str(exc)


class LongDay(Day):
    """A date written out ("Onsdag d. 18. juni 2025"), weekday first, capitalised; the
    window writes it in its own language the same way."""


def enum_text(text: str, lower: bool = False) -> Marked:
    """An enum's Danish label (core/enums.label), which the window translates in the
    "Enum" context the window's own labels use; ``lower`` for one inside a sentence."""
    return Marked("Enum", text, text.lower() if lower else text)
