"""The import graph of a package read from its source, every import included: those at the
top of a module, inside functions (imported late to keep start-up fast) and those under
``if TYPE_CHECKING:``. import-linter leaves the last out on purpose (they do not run), and
sees the others; this graph exists to find cycles of any kind, including the ones a late
import hides from a reader of the module's header."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path


def module_names(root: Path, package: str) -> dict[str, Path]:
    """Every module of ``package`` (a folder under ``root``) by its dotted name."""
    out = {}
    for path in sorted((root / package.replace(".", "/")).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _targets(node: ast.AST, here: str, is_package: bool, known: dict[str, Path]) -> list[str]:
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    if node.level:
        base = here.split(".") if is_package else here.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        module = ".".join(base + ([node.module] if node.module else []))
    else:
        module = node.module or ""
    out = []
    for alias in node.names:
        sub = f"{module}.{alias.name}"
        out.append(sub if sub in known else module)
    return out


def edges(root: Path, package: str) -> dict[str, set[str]]:
    """module -> the package's modules it imports anywhere in its text."""
    known = module_names(root, package)
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in known.items():
        graph[name]
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            for target in _targets(node, name, path.name == "__init__.py", known):
                while target and target not in known:
                    target = target.rpartition(".")[0]  # an attribute of a module
                if target and target != name:
                    graph[name].add(target)
    return dict(graph)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        work = [(v, iter(sorted(graph.get(v, ()))))]
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on.add(v)
        while work:
            node, children = work[-1]
            for w in children:
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                    break
                if w in on:
                    low[node] = min(low[node], index[w])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    part = []
                    while True:
                        w = stack.pop()
                        on.discard(w)
                        part.append(w)
                        if w == node:
                            break
                    if len(part) > 1:
                        found.append(sorted(part))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def folder_graph(graph: dict[str, set[str]], package: str) -> dict[str, set[str]]:
    """The same imports between the direct children of ``package`` (a module or a folder
    below it counts as one), so a cycle between two folders shows even when no two
    modules form one."""
    depth = package.count(".") + 1

    def child(name: str) -> str | None:
        parts = name.split(".")
        if not name.startswith(package + ".") or len(parts) <= depth:
            return None
        return ".".join(parts[: depth + 1])

    out: dict[str, set[str]] = defaultdict(set)
    for src, targets in graph.items():
        a = child(src)
        if a is None:
            continue
        out[a]
        for t in targets:
            b = child(t)
            if b is not None and b != a:
                out[a].add(b)
    return dict(out)


def packages(graph: dict[str, set[str]], root_package: str, root: Path) -> list[str]:
    return sorted({n for n in graph if (root / n.replace(".", "/")).is_dir()} | {root_package})
