"""What one line of an agenda says: a time range, a number, a bullet, a presenter
("v. Navn, Organisation"), a kind marker, a stated duration, a date, a page footer.

Pure functions on strings; :mod:`kkrdesk.imports.agenda_parser` puts the lines
together. Nothing here knows the database: whether "KL" is an organisation in the
register is the service's question.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from kkrdesk.core import dates
from kkrdesk.core.enums import ItemKind

_DASH = r"(?:-|–|—|til)"
_CLOCK = r"(?:kl\.?\s*)?([0-2]?\d)[.:]([0-5]\d)"
TIME_LINE = re.compile(
    rf"^{_CLOCK}(?:\s*{_DASH}\s*{_CLOCK})?(?=$|[\s,:;)\-–])\s*[:,;\-–]?\s*(.*)$", re.I)
NUMBER_LINE = re.compile(
    r"^(?:punkt\s+)?(\d{1,2})(?:\.?([a-z])\b|\.(\d{1,2})\b)?([.):])?\s+(\S.*)$", re.I)
BULLET_LINE = re.compile(r"^(?:([•▪◦●○■□►▸‣⁃∙·*\-–—o>➢✓])\s*|\(?([a-zæøå])\)\s+|([a-zæøå])\.\s+)(\S.*)$")
PRESENTER_LINE = re.compile(r"^(?:v\.|v/|ved)\s*(\S.*)$", re.I)
_PRESENTER_SPLIT = re.compile(r"\s+(?:v\.|v/)\s*(?=\S)|\s+ved\s+(?=[A-ZÆØÅ])")
# "Titel (v. Navn)": only in the text's last parentheses (found by hand, see _paren_presenter;
# a look-ahead to the end of the text made the search quadratic on many "(v.").
_PAREN_PRESENTER = re.compile(r"\s*\(\s*v\.\s*")
HEADING = re.compile(r"^(?:dagsorden|agenda|program|programmet|mødeprogram)\b[\s:.–-]*(.*)$", re.I)
_FOOTER = re.compile(r"^(?:\d{1,4}|side\s+\d+(?:\s*(?:af|/)\s*\d+)?|\d{1,2}[-./]\d{1,2}[-./]\d{4}\d{1,3})$", re.I)
_LINK = re.compile(r"^(?:https?://|blob:|mailto:|www\.)\S*$", re.I)
NEXT_MEETING = re.compile(r"(?:emner|punkter)\s+til\s+(?:det\s+)?næste\s+møde|^næste\s+møde\b", re.I)

_KIND_MARK = re.compile(r"\s*\(\s*([ODBI])(?:\s*/\s*[ODBI])?\s*\)\s*", re.I)
# The separators before "til beslutning" are stripped by hand (_KIND_SEPARATORS): a leading
# character class in the pattern made every search quadratic on a long run of them.
_KIND_WORDS = re.compile(r"\b(?:til|for)\s+(orientering|drøftelse|beslutning|godkendelse)\b\)?\.?\s*$", re.I)
_KIND_SEPARATORS = " \t\n\r\f\v,:;–-("
_DURATION = re.compile(
    r"\s*\(?\s*(\d{1,3})\s*(?:min\.?|minutter|m\.)\s*\)?\s*$|\s*\(\s*(\d(?:[.,]\d)?|½)\s*(?:time|timer)\s*\)\s*$",
    re.I)
_MARK_KIND = {"O": ItemKind.ANNOUNCEMENT, "I": ItemKind.ANNOUNCEMENT,
              "D": ItemKind.DISCUSSION, "B": ItemKind.DECISION}
_WORD_KIND = {"orientering": ItemKind.ANNOUNCEMENT, "drøftelse": ItemKind.DISCUSSION,
              "beslutning": ItemKind.DECISION, "godkendelse": ItemKind.DECISION}

STANDING = (  # (start of the title, kind)
    ("velkomst", ItemKind.WELCOME), ("velkommen", ItemKind.WELCOME),
    ("pause", ItemKind.BREAK), ("frokost", ItemKind.BREAK), ("kaffepause", ItemKind.BREAK),
    ("eventuelt", ItemKind.ANY_OTHER_BUSINESS), ("evt.", ItemKind.ANY_OTHER_BUSINESS),
    ("godkendelse af dagsorden", ItemKind.DECISION), ("godkendelse af referat", ItemKind.DECISION),
    ("meddelelser", ItemKind.ANNOUNCEMENT),
)
WORDING = (
    ("orientering", ItemKind.ANNOUNCEMENT), ("status", ItemKind.ANNOUNCEMENT),
    ("meddelelse", ItemKind.ANNOUNCEMENT), ("nyt fra", ItemKind.ANNOUNCEMENT),
    ("drøftelse", ItemKind.DISCUSSION), ("beslutning", ItemKind.DECISION),
    ("godkendelse", ItemKind.DECISION), ("forslag til", ItemKind.DECISION),
)
_MONTHS = ("januar februar marts april maj juni juli august september oktober november "
           "december").split()
_MONTH_ABBR = {m[:3]: i + 1 for i, m in enumerate(_MONTHS)}
_DATE_PATTERNS = (
    re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*[-/ ]\s*(\d{4})\b"),  # 5/11-2025
    re.compile(r"\b(\d{1,2})[-.](\d{1,2})[-.](\d{4})\b"),  # 05-11-2025, 5.11.2025
    re.compile(r"\b(\d{1,2})\.?\s+(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(\d{4})\b", re.I),
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
)
_SMALL_WORDS = {"og", "af", "for", "om", "i", "på", "til", "med", "vedr.", "v.", "ved", "en", "et",
                "de", "den", "det", "samt", "eller", "fra", "under", "hos", "at", "&", "–", "-"}
ORG_TAIL = re.compile(r"^(?:kommune|regionskommune|region\b.*|kommunes?\b.*)$", re.I)


def clean(text: str) -> str:
    """Collapse white space (tabs stay: they separate table cells)."""
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\v", " ")
    return "\t".join(" ".join(part.split()) for part in text.split("\t")).strip("\t ")


@dataclass(frozen=True)
class Times:
    start: int | None  # minutes after midnight
    end: int | None
    rest: str


def times(text: str) -> Times | None:
    """'12:00 – 12:10 Velkomst' -> Times(720, 730, 'Velkomst'); None when the line does
    not begin with a clock time (an hour before 5 is read as a number, not a time)."""
    m = TIME_LINE.match(text)
    if not m:
        return None
    h1, m1, h2, m2, rest = m.groups()
    start = int(h1) * 60 + int(m1)
    if not 5 <= int(h1) <= 23:
        return None
    end = None
    if h2 is not None:
        if int(h2) > 24:
            return None
        end = int(h2) * 60 + int(m2)
    return Times(start, end, rest.strip())


_CLOCKLIKE = re.compile(
    rf"^(kl\.?\s*)?(\d{{1,2}})([.:])(\d{{2}})(?:\s*{_DASH}\s*(?:kl\.?\s*)?(\d{{1,2}})[.:](\d{{2}}))?"
    r"(?=$|[\s,:;)\-–])\s*[:,;\-–]?\s*", re.I)


@dataclass(frozen=True)
class OddClock:
    written: str  # the impossible time as the line has it: "24.00"
    rest: str  # the text after the time (or times)
    maybe_number: bool  # "25.10" with a dot and nothing else may be item 25's sub-item 10


def impossible_clock(text: str) -> OddClock | None:
    """A line that begins with a time no clock shows ("24.00 Punkt", "99.99", "kl. 12.60",
    "12.00-25.00"); None when the time (or the line) is fine. 24.00 may end a range only."""
    m = _CLOCKLIKE.match(text)
    if not m:
        return None
    kl, h1, sep, m1, h2, m2 = m.groups()
    if int(h1) >= 24 or int(m1) >= 60:
        written = text[m.start(2):m.end(4)]
        return OddClock(written, text[m.end():], sep == "." and not kl and h2 is None
                        and not m1.startswith("0"))
    if h2 is not None and (int(m2) >= 60 or int(h2) * 60 + int(m2) > 24 * 60):
        return OddClock(text[m.start(5):m.end(6)], text[m.end():], False)
    return None


@dataclass(frozen=True)
class Number:
    top: int
    sub: str  # "a" or "1" for "2.a" / "2.1"; '' for a top-level number
    style: str  # "." or ")" or ""
    rest: str


def number(text: str) -> Number | None:
    m = NUMBER_LINE.match(text)
    if not m:
        return None
    top, letter, digit, style, rest = m.groups()
    sub = (letter or digit or "").lower()
    if not sub and not style:
        return None  # "4 kommuner deltog" is not a numbered item
    if int(top) == 0 or times(text) is not None:
        return None
    return Number(int(top), sub, style or "", rest.strip())


@dataclass(frozen=True)
class Bullet:
    mark: str
    rest: str


def bullet(text: str) -> Bullet | None:
    m = BULLET_LINE.match(text)
    if not m:
        return None
    sym, paren, dotted, rest = m.groups()
    if sym == "o" and not text.startswith("o "):
        return None  # "om ..." is a word, not a bullet
    if dotted and len(text) > 2 and text[1] == "." and not text[2].isspace():
        return None
    return Bullet(sym or ("a)" if paren else "a."), rest.strip())


def split_presenter(text: str) -> tuple[str, str | None]:
    """'Velkomst v. Poul Erik Kristensen, KL' -> ('Velkomst', 'Poul Erik Kristensen, KL')."""
    if "\t" in text:  # a table row: the last cell may be the presenters
        cells = [c.strip() for c in text.split("\t") if c.strip()]
        if len(cells) >= 2:
            last = PRESENTER_LINE.match(cells[-1])
            if last or _looks_like_presenter(cells[-1]):
                return " ".join(cells[:-1]), (last.group(1) if last else cells[-1])
        text = " ".join(cells)
    m = _PRESENTER_SPLIT.search(text)
    paren = _paren_presenter(text)
    if paren is not None and (m is None or paren.start() < m.start()):
        return text[: paren.start()].strip(), text[paren.end():].strip().rstrip(")").strip()
    if not m:
        return text, None
    return text[: m.start()].strip(), text[m.end():].strip()


def _paren_presenter(text: str) -> re.Match | None:
    """The first "(v. " after which the text holds one ")" only, at its end."""
    body = text.rstrip()
    if not body.endswith(")"):
        return None
    return _PAREN_PRESENTER.search(text, body.rfind(")", 0, len(body) - 1) + 1)


def _looks_like_presenter(cell: str) -> bool:
    words = cell.replace(",", " ").split()
    return bool(words) and "," in cell and len(words) <= 8 and all(w[0].isupper() for w in words)


def presenter_line(text: str) -> str | None:
    m = PRESENTER_LINE.match(text)
    return m.group(1).strip() if m else None


def split_people(text: str) -> list[tuple[str, str]]:
    """'Poul Erik Kristensen, KL og Jeanette Jensen, MedCom' -> [(name, organisation), …].
    A part without a comma is an organisation when it looks like one ('KOMBIT',
    'Aalborg Kommune', 'Region Sjælland'), else a name."""
    text = text.strip().strip(".").strip()
    parts: list[str] = []
    for chunk in re.split(r";|\s+&\s+", text):
        pieces = re.split(r"(?<![-–])\s+og\s+", chunk)
        parts.extend(p for p in pieces if p.strip())
    out = []
    for part in parts:
        part = part.strip(" ,")
        paren = re.match(r"^(.*?)\s*\(([^)]+)\)$", part)
        if paren:
            name, org = paren.group(1), paren.group(2)
        elif "," in part:
            name, _, org = part.partition(",")
        elif looks_like_organisation(part):
            name, org = "", part
        else:
            name, org = part, ""
        name, org = " ".join(name.split()), " ".join(org.split())
        if name or org:
            out.append((name, org))
    return out


def looks_like_organisation(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    if len(words) == 1 and (text.isupper() or (text[0].isupper() and any(c.isupper() for c in text[1:]))):
        return True  # KL, KOMBIT, MedCom
    low = text.casefold()
    return low.endswith(("kommune", "regionskommune")) or low.startswith("region ") \
        or low.startswith("kkr ")


def kind_and_duration(title: str) -> tuple[str, ItemKind | None, int | None]:
    """Take '(B)', 'til beslutning' and '(15 min.)' off a title: (title, kind, minutes)."""
    kind = minutes = None
    for _ in range(3):  # markers may come in any order at the end
        d = _DURATION.search(title)
        if d and (d.start() > 0):
            if d.group(1):
                minutes = int(d.group(1))
            else:
                val = d.group(2).replace(",", ".")
                minutes = 30 if val == "½" else round(float(val) * 60)
            title = title[: d.start()]
            continue
        w = _KIND_WORDS.search(title)
        cut = len(title[: w.start()].rstrip(_KIND_SEPARATORS)) if w else 0
        if cut > 0:
            kind = _WORD_KIND[w.group(1).casefold()]
            title = title[:cut]
            continue
        k = _KIND_MARK.search(title)
        if k:
            kind = _MARK_KIND[k.group(1).upper()]
            title = (title[: k.start()] + " " + title[k.end():]).strip()
            continue
        break
    title = re.sub(r"(?:^|\s)[–-]\s*$", "", title.strip(" :"))  # "Velkomst –", not "SOR-"
    return re.sub(r"^[–-]\s+", "", title).strip(" :"), kind, minutes


def standing_kind(title: str) -> ItemKind | None:
    low = title.casefold().strip()
    for start, kind in STANDING:
        if low == start or low.startswith(start + " ") or (start.endswith(".") and low.startswith(start)):
            return kind
        if start in ("velkomst", "pause", "eventuelt", "meddelelser") and low.startswith(start):
            return kind
    return None


def wording_kind(title: str) -> ItemKind | None:
    low = title.casefold()
    for start, kind in WORDING:
        if low.startswith(start):
            return kind
    return None


def noise(text: str) -> str | None:
    """Why a line is skipped: a page number, a footer date, a link (None: not noise)."""
    if _FOOTER.match(text):
        return "sidetal eller sidefod"
    if _LINK.match(text):
        return "link"
    return None


def find_date(text: str) -> dt.date | None:
    for i, pattern in enumerate(_DATE_PATTERNS):
        m = pattern.search(text)
        if not m:
            continue
        a, b, c = m.groups()
        try:  # a year out of range (18-06-0025) is no date here either
            if i == 2:
                return dates.check_day(dt.date(int(c), _MONTH_ABBR[b[:3].casefold()], int(a)))
            if i == 3:
                return dates.check_day(dt.date(int(a), int(b), int(c)))
            return dates.check_day(dt.date(int(c), int(b), int(a)))
        except (ValueError, KeyError, dates.DateRangeError):
            continue
    return None


def date_line(text: str) -> dt.date | None:
    """A line that is a date and little else ('Onsdag d. 18. juni 2025')."""
    day = find_date(text)
    if day is None:
        return None
    rest = re.sub(r"\d|\b(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|den|d\.|kl\.?)\b"
                  + r"|\b(?:" + "|".join(_MONTHS) + r")\b|[-./,:–\s]", "", text, flags=re.I)
    return day if len(rest) <= 3 else None


def continues(prev_raw: str, prev: str, text: str) -> bool:
    """Does ``text`` carry on the line before it (a title or name broken in two)?"""
    if not text or not prev:
        return False
    first = text[0]
    if first.islower() or first in "(&/" or (first.isdigit() and "/" in text[:6]):
        return True
    if prev_raw[-1:].isspace() and not prev.endswith((".", ":", "?", "!")):
        return True  # a soft line break keeps its space in slide text
    if prev.endswith(("-", ",")) and not prev.endswith(" -"):
        return True
    last_word = prev.rsplit(" ", 1)[-1].casefold()
    return last_word in _SMALL_WORDS or bool(ORG_TAIL.match(text) and len(text.split()) <= 3)


def name_tail(presenters: str, text: str) -> bool:
    """Does ``text`` finish the last presenter ('v. Poul Erik' + 'Kristensen, KL og …')?"""
    last = re.split(r"\s+og\s+|;", presenters)[-1]
    if "," in last:
        return bool(ORG_TAIL.match(text))
    first = re.split(r",|\s+og\s+", text)[0].split()
    return 1 <= len(first) <= 3 and all(w[:1].isupper() for w in first)
