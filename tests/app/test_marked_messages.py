"""Every refusal the lower layers raise reaches the English window in English: each
``raise ValidationError/KkrDeskError/ValueError(message)`` (and of KkrDeskError's kin) in kkrdesk/services, core,
views and imports carries a marked text (core/marked.QT_TRANSLATE_NOOP), which
ui/i18n.shown translates where the window shows it. Read from the source (an AST walk),
so a new unmarked message fails here before a user meets it in Danish.

Modules not converted yet are listed with their count of unmarked raises: the list can
only shrink (a module off the list, or a count that grows, fails)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("services", "core", "views", "imports")
CLASSES = {"ValidationError", "KkrDeskError", "ValueError",  # and the user-facing kin:
           "NotFound", "StoreError", "DatabaseLocked", "ChangedElsewhere", "ServerUnreachable",
           "ServerAway", "DateRangeError", "YearOutOfRange"}
PROGRAMMERS = {"TypeError", "StaleDataError"}  # errors no user reads
PASS_ON = {"QT_TRANSLATE_NOOP", "message_of"}  # a marked text, or one raised before

# module -> unmarked raises still in it (to be converted; never to grow). All are
# converted; a parameter typed ``Marked`` (snapshots.delete_row's ``missing``) counts as
# marked: its callers give a marked text.
NOT_CONVERTED: dict[str, int] = {}


def _is_marked(node, marked_names: set[str], helpers: set[str]) -> bool:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "format":
            return _is_marked(func.value, marked_names, helpers)
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        return name in PASS_ON or name in helpers
    if isinstance(node, ast.Constant):
        return node.value == ""
    if isinstance(node, ast.IfExp):
        return all(_is_marked(n, marked_names, helpers) for n in (node.body, node.orelse))
    if isinstance(node, ast.Name | ast.Attribute):
        return (node.id if isinstance(node, ast.Name) else node.attr) in marked_names
    return False


def _literal(node) -> bool:
    """A text written in place (an f-string or a string), as a ``fail("…")`` helper gets it."""
    if isinstance(node, ast.IfExp):
        return _literal(node.body) or _literal(node.orelse)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return _literal(node.func.value)  # f"… {n:,} …".replace(",", ".")
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant)
                                               and isinstance(node.value, str))


def _programmers_text(node) -> bool:
    """An English text for a programmer ("unknown meeting field x"), not a user's."""
    first = node.values[0] if isinstance(node, ast.JoinedStr) and node.values else node
    return (isinstance(first, ast.Constant) and isinstance(first.value, str)
            and first.value[:1].isascii() and first.value[:1].islower())


def _typed_marked(tree) -> set[str]:
    """Parameters annotated ``Marked`` (or ``Marked | None``): the callers give marked texts."""
    return {a.arg for n in ast.walk(tree) if isinstance(n, ast.arguments)
            for a in (*n.posonlyargs, *n.args, *n.kwonlyargs)
            if a.annotation is not None and "Marked" in ast.unparse(a.annotation).split(" | ")}


def _assigned(tree, marked_names, helpers) -> set[str]:
    """Names (constants, locals, parameters typed Marked) bound to a marked text in ``tree``."""
    bound = _typed_marked(tree)
    for n in ast.walk(tree):
        targets = (n.targets if isinstance(n, ast.Assign) else
                   [n.target] if isinstance(n, ast.NamedExpr | ast.AnnAssign) and n.value else [])
        if targets and _is_marked(n.value, marked_names, helpers):
            bound |= {t.id for t in targets if isinstance(t, ast.Name)}
    return bound


def _helpers(trees, marked_names) -> set[str]:
    """Functions whose every returned text is marked (or empty): fixpoint over all."""
    helpers: set[str] = set()
    while True:
        found = set(helpers)
        for tree in trees:
            for fn in (n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)):
                values = [r.value for r in ast.walk(fn) if isinstance(r, ast.Return) and r.value]
                if values and all(_is_marked(v, marked_names, helpers)
                                  or (isinstance(v, ast.Constant) and v.value in ("", None))
                                  for v in values):
                    found.add(fn.name)
        if found == helpers:
            return helpers
        helpers = found


def unmarked(files: list[Path]) -> dict[str, list[int]]:
    """module -> the lines of its raises whose message is not marked."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in files}
    names: dict[Path, set[str]] = {p: set() for p in trees}  # a module's own names
    helpers: set[str] = set()
    for _ in range(3):  # names and helpers feed each other
        names = {p: _assigned(t, names[p], helpers) for p, t in trees.items()}
        helpers = _helpers(trees.values(), set().union(*names.values()))
    found: dict[str, list[int]] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            cls = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if not node.exc.args or cls in PROGRAMMERS:
                continue
            message = node.exc.args[0]
            if cls not in CLASSES and not _literal(message):
                continue  # another error, or a helper (``fail``) given a text: its text counts
            if not (_is_marked(message, names[path], helpers) or _programmers_text(message)):
                found.setdefault(_module(path), []).append(node.lineno)
    return {module: sorted(lines) for module, lines in found.items()}


def _module(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


def _sources() -> list[Path]:
    return sorted(p for folder in FOLDERS for p in (ROOT / "kkrdesk" / folder).rglob("*.py"))


def test_every_refusal_of_the_lower_layers_is_marked_for_translation():
    found = {module: len(lines) for module, lines in unmarked(_sources()).items()}
    grown = {m: (n, NOT_CONVERTED.get(m, 0)) for m, n in found.items()
             if n > NOT_CONVERTED.get(m, 0)}
    assert not grown, ("messages not marked for translation (module: found, allowed); "
                       "write them QT_TRANSLATE_NOOP(\"Context\", \"… {name} …\")"
                       ".format(name=…):\n" + "\n".join(f"{m}: {v}" for m, v in grown.items())
                       + "\n" + repr(unmarked(_sources())))
    shrunk = {m: (found.get(m, 0), n) for m, n in NOT_CONVERTED.items() if found.get(m, 0) < n}
    assert not shrunk, f"converted: lower their counts in NOT_CONVERTED: {shrunk}"


def test_the_list_of_modules_left_is_counted():
    assert len(NOT_CONVERTED) == 0
    assert sum(NOT_CONVERTED.values()) == 0


def test_a_planted_unmarked_raise_is_found(tmp_path):
    planted = tmp_path / "planted.py"
    planted.write_text(
        "from kkrdesk.core.errors import ValidationError\n"
        "from kkrdesk.core.marked import QT_TRANSLATE_NOOP\n"
        "GONE = QT_TRANSLATE_NOOP('P', 'Væk.')\n"
        "def why(n):\n"
        "    return QT_TRANSLATE_NOOP('P', 'For {n}.').format(n=n) if n else ''\n"
        "def f(name, n):\n"
        "    if n == 1:\n"
        "        raise ValidationError(QT_TRANSLATE_NOOP('P', '»{x}« findes.').format(x=name))\n"
        "    if n == 2:\n"
        "        raise ValidationError(GONE)\n"
        "    if n == 3:\n"
        "        raise ValueError(why(n))\n"
        "    if n == 4:\n"
        "        raise KeyError(f'unknown field {name}')\n"
        "    if n == 5:\n"
        "        raise ValueError(f'unknown field {name}')\n"
        "    if n == 6:\n"
        "        raise fail(f'»{name}« kan ikke læses.')\n"
        "    raise ValidationError(f'»{name}« findes allerede.', field='name')\n",
        encoding="utf-8")
    assert unmarked([planted]) == {"planted.py": [18, 19]}


def test_a_parameter_typed_marked_counts_and_a_plain_one_does_not(tmp_path):
    planted = tmp_path / "typed.py"
    planted.write_text(
        "from kkrdesk.core.errors import NotFound\n"
        "from kkrdesk.core.marked import Marked\n"
        "def gone(missing: Marked | None = None):\n"
        "    raise NotFound(missing)\n"
        "def plain(why: str):\n"
        "    raise NotFound(why)\n",
        encoding="utf-8")
    assert unmarked([planted]) == {"typed.py": [6]}
