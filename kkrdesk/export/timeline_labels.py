"""Where the milestone labels of a timeline go: above the axis, in rows of text lines,
no label over another, no leader line (from a milestone's mark up to its label) through
any label, every title whole (wrapped, never cut with "…"). Milestones whose marks
would sit on one another are one cluster: their marks are staggered and the label
names them, or counts them when there are more than two.

Pure geometry: text widths come from a ``measure`` function (QFontMetricsF in the
painter), so this is tested without Qt."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

GAP = 6.0  # between two labels in a row


@dataclass
class Label:
    x: float  # where the leader meets the axis
    lines: list[str]
    width: float
    members: list = field(default_factory=list)  # the milestones it stands for


@dataclass
class Placed:
    label: Label
    row: int  # the row of its lowest line; row 0 is next to the axis
    left: float

    @property
    def right(self) -> float:
        return self.left + self.label.width

    @property
    def top_row(self) -> int:
        return self.row + len(self.label.lines) - 1


def wrap(text: str, width: float, measure: Callable[[str], float], lines: int = 2) -> list[str]:
    """``text`` in at most ``lines`` lines of at most ``width`` (a single word longer
    than that stands whole on its line; the last line takes what is left)."""
    out: list[str] = []
    for word in text.split():
        if out and len(out) <= lines and measure(f"{out[-1]} {word}") <= width:
            out[-1] = f"{out[-1]} {word}"
        elif len(out) < lines:
            out.append(word)
        else:
            out[-1] = f"{out[-1]} {word}"
    return out or [""]


def clusters(marks: Sequence[tuple[float, object]], apart: float) -> list[list[tuple[float, object]]]:
    """Marks (x, milestone), in x order, grouped where each is closer than ``apart`` to
    the first of its group (so a long row of marks is not one group)."""
    groups: list[list[tuple[float, object]]] = []
    for x, m in sorted(marks, key=lambda t: t[0]):
        if groups and x - groups[-1][0][0] < apart:
            groups[-1].append((x, m))
        else:
            groups.append([(x, m)])
    return groups


def _free(placed: list[Placed], label: Label, row: int, left: float) -> bool:
    right, top = left + label.width, row + len(label.lines) - 1
    for p in placed:
        rows_meet = p.row <= top and row <= p.top_row
        if rows_meet and left < p.right + GAP and p.left < right + GAP:
            return False  # on another label
        if p.row > row and left - GAP <= p.label.x <= right + GAP:
            return False  # on another's leader (it runs up to that label's row)
        if row > p.row and p.left - GAP <= label.x <= p.right + GAP:
            return False  # its own leader would run through that label
    return True


def _place_with(labels: list[Label], lo: float, hi: float, rows: int,
                order: tuple[int, ...]) -> tuple[list[Placed], list[Label]]:
    placed: list[Placed] = []
    left_out: list[Label] = []
    for label in labels:
        starts = [label.x - label.width / 2, label.x + 4 - label.width, label.x - 4]
        starts = [min(max(starts[k], lo), hi - label.width) for k in order]
        spot = next(((row, s) for row in range(rows - len(label.lines) + 1) for s in starts
                     if _free(placed, label, row, s)), None)
        if spot is None:
            left_out.append(label)
        else:
            placed.append(Placed(label, spot[0], spot[1]))
    return placed, left_out


# the order a label tries its spots in: centred on its mark, running to the left of it
# (leaving room for the next mark's label), running to its right
ORDERS = ((0, 1, 2), (1, 0, 2), (1, 2, 0), (2, 0, 1))


def place(labels: Sequence[Label], lo: float, hi: float, rows: int) -> tuple[list[Placed], list[Label]]:
    """Each label in the lowest row where it fits (centred on its mark, or running to
    its left or right), between ``lo`` and ``hi``; the labels that fit nowhere apart.
    Of the orders tried, the one that leaves the fewest out and uses the fewest rows."""
    ordered = sorted(labels, key=lambda lb: lb.x)
    tries = [_place_with(ordered, lo, hi, rows, order) for order in ORDERS]
    return min(tries, key=lambda t: (sum(len(lb.members) or 1 for lb in t[1]),
                                     max((p.top_row for p in t[0]), default=0)))
