"""The layers of docs/architecture.json hold: the engine imports no view,
ingest or page; views import no page and no engine rule; only the pages
import streamlit. Read from every module's imports (ast), not assumed."""
from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = json.loads((ROOT / "docs" / "architecture.json").read_text(encoding="utf-8"))["layers"]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer(module: str) -> dict | None:
    for layer in RULES:
        if any(module == m or module.startswith(m + ".") for m in layer["modules"]):
            return layer
    return None


def _imports(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module the source of `module` imports, relative imports made absolute."""
    package = module if is_package else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            if node.module:
                found.add(target)
            else:                               # from . import calendars: the names are modules
                found.update(f"{target}.{a.name}" for a in node.names)
    return found


SOURCES = sorted([*ROOT.glob("analysis/**/*.py"), ROOT / "app.py", ROOT / "ui.py", *ROOT.glob("pages/*.py")])


def test_every_module_has_a_layer():
    assert [p for p in SOURCES if _layer(_module_name(p)) is None] == []


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    layer = _layer(module)
    allowed = {layer["name"], *layer["may_import"]}
    wrong = []
    for target in _imports(source, module, is_package):
        top = target.split(".")[0]
        if top in ("analysis", "app", "ui", "pages"):
            target_layer = _layer(target)
            if target_layer is None and target.rpartition(".")[0]:
                target_layer = _layer(target.rpartition(".")[0])     # from .x import name
            if target_layer and target_layer["name"] not in allowed:
                wrong.append(f"{target} ({target_layer['name']})")
        elif top not in sys.stdlib_module_names and top != "__future__" and top not in layer.get("packages", ()):
            wrong.append(f"{target} (a package the {layer['name']} layer does not use)")
    return sorted(wrong)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_imports_keep_to_the_layers(path):
    module = _module_name(path)
    wrong = violations(module, path.read_text(encoding="utf-8"), path.name == "__init__.py")
    assert not wrong, f"{module} ({_layer(module)['name']}) imports " + ", ".join(wrong)


def test_the_checks_can_fail():
    """A rule importing a view, a view importing a page or streamlit, and the
    core importing the engine are each caught."""
    assert violations("analysis.extract.dates.parser", "from ...views.display import date_words")
    assert violations("analysis.views.charts", "import ui")
    assert violations("analysis.views.charts", "import streamlit as st")
    assert violations("analysis.text", "from .extract import figures")
    assert not violations("analysis.extract.figures.money", "from ...arabic import Lexicon")
