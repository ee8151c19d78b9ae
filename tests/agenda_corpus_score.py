"""Scores the agenda importer on the corpus of real agendas (tests/data/agenda_corpus),
by the conventions of the corpus README: what the parsed agenda would create, item by
item, against the expectation written by hand beside each file.

An expected item is *fully right* when an item is found for it (the two lists are
aligned in order by their titles) and its title (case and spaces ignored), its clock
time and minutes (only where the expectation states them: the slot the app would give
it), its presenters (name and organisation), its kind (where stated) and its level all
agree. A parsed item aligned with no expected item is *invented*. A non-agenda must be
refused: the reader raises a ValidationError or the parsed agenda says why it is not one.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from locations import DATA

CORPUS = DATA / "agenda_corpus"
MATCH = 0.6  # least title likeness (0-1) for two items to stand for the same point
ASPECTS = ("title", "time", "presenters", "kind", "level")


@dataclass(frozen=True)
class Row:
    """One item as compared: from the expectation or from the parsed agenda."""

    title: str
    start: str | None
    minutes: int | None
    presenters: tuple[tuple[str, str], ...]
    kind: str | None
    level: int


@dataclass
class FileScore:
    name: str
    language: str
    form: str
    is_agenda: bool
    expected: int = 0
    right: int = 0
    produced: int = 0
    invented: int = 0
    refused: str = ""  # why the importer refused it ("" when it did not)
    crash: str = ""
    wrong: dict[str, int] = field(default_factory=dict)  # aspect -> items wrong in it
    missing: int = 0  # expected items with no parsed item
    notes: list[str] = field(default_factory=list)  # the first few differences, for people

    @property
    def ok(self) -> bool:
        if self.crash:
            return False
        return (not self.refused) if self.is_agenda else bool(self.refused)


def fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _clock(minutes: int | None) -> str | None:
    if minutes is None:
        return None
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def expected_rows(data: dict) -> list[Row]:
    return [Row(i["title"], i["start"], i["minutes"],
                tuple((p["name"], p["organisation"]) for p in i["presenters"]), i["kind"], i["level"])
            for i in data["items"]]


def parsed_rows(agenda) -> list[Row]:
    """The items the parsed agenda would create, in document order: each item, then its
    sub-items and text sub-points (level 2) in the order of their source lines."""
    from kkrdesk.imports.parsed_agenda import ParsedItem, slots

    when = slots(agenda)
    rows: list[Row] = []

    def row(item, level: int) -> Row:
        start, end = when[id(item)]
        people = tuple((p.name, p.organisation) for p in item.presenters)
        return Row(item.title, _clock(start), item.duration_min, people, item.kind.value, level)

    for item in agenda.items:
        rows.append(row(item, 1))
        below = sorted([*item.children, *item.sub_points], key=lambda x: min(x.lines, default=0))
        for sub in below:
            if isinstance(sub, ParsedItem):
                rows.append(row(sub, 2))
            else:
                rows.append(Row(sub.text, None, None, (), None, 2))
    return rows


def likeness(a: str, b: str) -> float:
    a, b = fold(a), fold(b)
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def align(expected: list[Row], parsed: list[Row]) -> list[tuple[int, int]]:
    """Pairs (expected index, parsed index) in order, most alike in sum (a plain
    alignment by dynamic programming; unalike titles are never paired)."""
    n, m = len(expected), len(parsed)
    sim = [[likeness(e.title, p.title) for p in parsed] for e in expected]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= MATCH else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sim[i][j] >= MATCH and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def wrong_aspects(want: Row, got: Row) -> list[str]:
    out = []
    if fold(want.title) != fold(got.title):
        out.append("title")
    if (want.start is not None and want.start != got.start) or \
            (want.minutes is not None and want.minutes != got.minutes):
        out.append("time")
    if [(fold(a), fold(b)) for a, b in want.presenters] != [(fold(a), fold(b)) for a, b in got.presenters]:
        out.append("presenters")
    if want.kind is not None and want.kind != got.kind:
        out.append("kind")
    if want.level != got.level:
        out.append("level")
    return out


def product_reader(path: Path):
    """The path the app and the command line take: the source, then the parsed agenda
    (nothing written). Returns (agenda, refusal)."""
    from kkrdesk.core.errors import ValidationError
    from kkrdesk.imports.agenda_parser import read_agenda
    from kkrdesk.imports.agenda_sources import read_agenda_source

    try:
        agenda = read_agenda(read_agenda_source(path))
    except ValidationError as exc:
        return None, str(exc)
    return agenda, agenda.refusal


def score_file(path: Path, reader: Callable = product_reader) -> FileScore:
    data = json.loads(path.with_name(path.name.split(".")[0] + ".expected.json").read_text("utf-8"))
    result = FileScore(path.name, data["language"], data["format"], data["is_agenda"])
    want = expected_rows(data) if data["is_agenda"] else []
    result.expected = len(want)
    try:
        agenda, result.refused = reader(path)
    except Exception as exc:  # noqa: BLE001 - a crash is a result here
        result.crash = f"{type(exc).__name__}: {exc}"
        return result
    if result.refused or not data["is_agenda"]:
        return result
    got = parsed_rows(agenda)
    result.produced = len(got)
    pairs = align(want, got)
    result.invented = len(got) - len(pairs)
    result.missing = len(want) - len(pairs)
    for i, j in pairs:
        bad = wrong_aspects(want[i], got[j])
        for aspect in bad:
            result.wrong[aspect] = result.wrong.get(aspect, 0) + 1
        if not bad:
            result.right += 1
        elif len(result.notes) < 40:
            result.notes.append(f"{want[i].title[:40]!r}: " + ", ".join(
                f"{a} {_show(want[i], a)} ≠ {_show(got[j], a)}" for a in bad))
    paired = {j for _, j in pairs}
    result.notes += [f"invented {got[j].title[:50]!r}" for j in range(len(got)) if j not in paired][:10]
    matched = {i for i, _ in pairs}
    result.notes += [f"missing {want[i].title[:50]!r}" for i in range(len(want)) if i not in matched][:10]
    return result


def _show(row: Row, aspect: str) -> str:
    if aspect == "time":
        return f"{row.start}/{row.minutes}"
    if aspect == "presenters":
        return "; ".join(f"{a}|{b}" for a, b in row.presenters) or "-"
    return repr(getattr(row, aspect))


def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir()
                  if p.is_file() and not p.name.endswith((".json", ".md")))


@dataclass
class Totals:
    expected: int = 0
    right: int = 0
    produced: int = 0
    invented: int = 0
    agendas: int = 0
    refused_agendas: list[str] = field(default_factory=list)
    accepted_non_agendas: list[str] = field(default_factory=list)
    crashes: list[str] = field(default_factory=list)

    def add(self, s: FileScore) -> None:
        self.expected += s.expected
        self.right += s.right
        self.produced += s.produced
        self.invented += s.invented
        self.agendas += s.is_agenda
        if s.crash:
            self.crashes.append(f"{s.name}: {s.crash}")
        elif s.is_agenda and s.refused:
            self.refused_agendas.append(f"{s.name}: {s.refused}")
        elif not s.is_agenda and not s.refused:
            self.accepted_non_agendas.append(s.name)

    @property
    def right_share(self) -> float:
        return self.right / self.expected if self.expected else 0.0

    @property
    def invented_share(self) -> float:
        return self.invented / self.produced if self.produced else 0.0


def score_corpus(reader: Callable = product_reader) -> tuple[list[FileScore], Totals]:
    scores = [score_file(p, reader) for p in corpus_files()]
    totals = Totals()
    for s in scores:
        totals.add(s)
    return scores, totals


def table(scores: list[FileScore], totals: Totals, *, details: bool = False) -> str:
    lines = [f"{'file':58} {'lang':4} {'form':5} {'exp':>4} {'right':>5} {'%':>5} {'inv':>4}  result"]
    for s in scores:
        share = f"{100 * s.right / s.expected:.0f}" if s.expected else "-"
        if s.crash:
            verdict = "CRASH " + s.crash[:60]
        elif s.is_agenda:
            verdict = ("REFUSED " + s.refused[:60]) if s.refused else \
                ", ".join(f"{k} {v}" for k, v in sorted(s.wrong.items())) + \
                (f" missing {s.missing}" if s.missing else "")
        else:
            verdict = "refused (right)" if s.refused else "ACCEPTED (not an agenda)"
        lines.append(f"{s.name[:58]:58} {s.language:4} {s.form:5} {s.expected:>4} {s.right:>5} {share:>5} "
                     f"{s.invented:>4}  {verdict}")
        if details:
            lines += [f"      {n}" for n in s.notes]
    lines.append(f"items fully right: {totals.right}/{totals.expected} = {100 * totals.right_share:.1f} %; "
                 f"invented: {totals.invented}/{totals.produced} = {100 * totals.invented_share:.1f} %; "
                 f"agendas refused: {len(totals.refused_agendas)}; non-agendas accepted: "
                 f"{len(totals.accepted_non_agendas)}; crashes: {len(totals.crashes)}")
    return "\n".join(lines)


def by_group(scores: list[FileScore], key: Callable[[FileScore], str]) -> dict[str, tuple[int, int]]:
    """(right, expected) per language or per format."""
    out: dict[str, list[int]] = {}
    for s in scores:
        if s.is_agenda:
            acc = out.setdefault(key(s), [0, 0])
            acc[0] += s.right
            acc[1] += s.expected
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}
