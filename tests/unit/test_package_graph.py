"""Packages depend one way: the import graph of service/, workers/ and workflows/ has no cycle.

Read from the source with ``ast``; every import counts, also one inside a function or
under ``TYPE_CHECKING``, since moving an import into a function hides a cycle without
breaking it. A node is a package of ``service/`` (``service.cases``), a module directly
in it (``service.db``), ``workers`` or ``workflows``; imports inside a node are not edges.
Two layers are set apart (docs/ARCHITECTURE.md):

- The schema layer: every slice's ``models.py`` and ``enums.py``, with ``service/models.py``,
  together are the database schema, one node. SQLAlchemy relationships name models of other
  slices, so they import each other; any package may import them. What they import is
  still an edge, so a model reaching up into a slice's service closes a cycle.
- The top layer: each slice's ``views.py`` and ``cli.py``, the ``service.console``
  package, and ``service/app.py`` and ``service/cli.py`` that put them together: the HTTP
  API, the commands and the pages. They may import any slice and are left out of the
  graph; no other module of ``service/`` may import them.

And STYLE rule 7: ``workflows/`` imports no Flask, SQLAlchemy or Celery and nothing of
``service/`` or ``workers/``; ``service/`` never imports ``workers/``.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OURS = ("service", "workers", "workflows")
SCHEMA = "schema"
SCHEMA_FILES = ("models", "enums")
TOP_FILES = ("views", "cli")
TOP_MODULES = ("service.app", "service.cli")
FRAMEWORKS = ("flask", "sqlalchemy", "celery")


@dataclass(frozen=True)
class Import:
    """One import statement's target, where it stands, and the module that holds it."""

    importer: str
    target: str
    where: str


def _module_name(root: Path, path: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules(root: Path) -> dict[str, Path]:
    return {
        _module_name(root, path): path
        for package in OURS
        if (root / package).is_dir()
        for path in sorted((root / package).rglob("*.py"))
    }


def _targets(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    """The modules an import statement names; ``from a import b`` is ``a.b`` when b is one."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if node.level:
        base = module.split(".") if is_package else module.split(".")[:-1]
        base = base[: len(base) - (node.level - 1)]
        origin = ".".join([*base, *([node.module] if node.module else [])])
    else:
        origin = node.module or ""
    return [origin] + [f"{origin}.{alias.name}" for alias in node.names]


def imports(root: Path = ROOT) -> list[Import]:
    """Every import of one of our modules (or of any library) in service/, workers/, workflows/."""
    modules = _modules(root)
    found = []
    for module, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            names = _targets(node, module, path.name == "__init__.py")
            # ``from a import b`` names module ``a.b`` if there is one, else ``a`` itself.
            if isinstance(node, ast.ImportFrom):
                submodules = [name for name in names[1:] if name in modules]
                names = submodules if len(submodules) == len(names) - 1 else [names[0], *submodules]
            where = f"{path.relative_to(root)}:{node.lineno}"
            found += [Import(module, name, where) for name in names if name]
    return found


def is_top(module: str) -> bool:
    parts = module.split(".")
    if parts[0] != "service" or len(parts) == 1:
        return False
    return (
        module in TOP_MODULES
        or parts[1] == "console"
        or (len(parts) == 3 and parts[2] in TOP_FILES)
    )


def node_of(module: str) -> str:
    """The graph's node for ``module``: its package of service/, or the schema layer."""
    parts = module.split(".")
    if parts[0] != "service" or len(parts) == 1:
        return parts[0]
    if module == "service.models" or (len(parts) == 3 and parts[2] in SCHEMA_FILES):
        return SCHEMA
    return ".".join(parts[:2])


def graph(found: list[Import]) -> dict[str, dict[str, list[Import]]]:
    """Node to node, with the imports that make each edge; the top layer is left out."""
    edges: dict[str, dict[str, list[Import]]] = defaultdict(lambda: defaultdict(list))
    for each in found:
        if each.target.split(".")[0] not in OURS or is_top(each.importer):
            continue
        source, target = node_of(each.importer), node_of(each.target)
        if source != target:
            edges[source][target].append(each)
    return edges


def _components(edges: dict[str, dict[str, list[Import]]]) -> list[list[str]]:
    """The strongly connected components with more than one node (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, {}))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = len(index)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(edges.get(successor, {})))))
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def _cycle_through(edges: dict[str, dict[str, list[Import]]], component: list[str]) -> list[str]:
    """A shortest cycle from the component's first node back to it (breadth first)."""
    start, members = component[0], set(component)
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for successor in sorted(edges.get(node, {})):
                if successor not in members or successor in came_from:
                    continue
                came_from[successor] = node
                if successor == start:
                    path = [start]
                    while path[-1] != start or len(path) == 1:
                        path.append(came_from[path[-1]])
                    return path[::-1]
                following.append(successor)
        frontier = following
    raise AssertionError(f"no cycle in component {component}")


def cycles(root: Path = ROOT) -> list[str]:
    """Each cycle of the graph, as readable text naming the import lines of its edges."""
    edges = graph(imports(root))
    described = []
    for component in _components(edges):
        path = _cycle_through(edges, component)
        lines = [" -> ".join(path)]
        for source, target in pairwise(path):
            for each in edges[source][target][:3]:
                lines.append(f"    {source} -> {target}: {each.where} imports {each.target}")
        lines.append(f"  (packages in this cycle: {', '.join(component)})")
        described.append("\n".join(lines))
    return described


def test_packages_depend_one_way() -> None:
    found = cycles()
    assert not found, "packages import each other in a cycle:\n" + "\n".join(found)


def test_nothing_below_the_top_layer_imports_it() -> None:
    reaching_up = [
        f"{each.where} imports {each.target}"
        for each in imports()
        if is_top(each.target)
        and each.importer.split(".")[0] == "service"
        and not is_top(each.importer)
    ]
    assert not reaching_up, "views, commands and console pages imported from below:\n" + "\n".join(
        reaching_up
    )


def test_workflows_are_pure_python() -> None:
    impure = [
        f"{each.where} imports {each.target}"
        for each in imports()
        if each.importer.split(".")[0] == "workflows"
        and each.target.split(".")[0] in (*FRAMEWORKS, "service", "workers")
    ]
    assert not impure, "workflows/ must stay pure Python (STYLE rule 7):\n" + "\n".join(impure)


def test_service_never_imports_workers() -> None:
    upward = [
        f"{each.where} imports {each.target}"
        for each in imports()
        if each.importer.split(".")[0] == "service" and each.target.split(".")[0] == "workers"
    ]
    assert not upward, "service/ sends tasks by name, it never imports workers/:\n" + "\n".join(
        upward
    )


def test_a_cycle_is_found_and_named(tmp_path: Path) -> None:
    """The checks above can fail: a cycle hidden in a function of a small tree is reported."""
    files = {
        "service/__init__.py": "",
        "service/db.py": "",
        "service/cases/__init__.py": "",
        "service/cases/models.py": "from service.db import Base\n",
        "service/cases/service.py": "from service.timers import schedule\n",
        "service/cases/views.py": "from service.sweep import firing\n",
        "service/timers/__init__.py": "",
        "service/timers/schedule.py": (
            "from service.cases.models import Case\n\n"
            "def later():\n    from ..cases import service\n"
        ),
        "workflows/__init__.py": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    [found] = cycles(tmp_path)
    assert found.splitlines()[0] == "service.cases -> service.timers -> service.cases"
    assert "service/timers/schedule.py:4 imports service.cases.service" in found
    assert "schema" not in found.splitlines()[0]
