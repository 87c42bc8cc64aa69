"""The engine's whole output on every text the tests know (the dev set, every
corpus line, the sample articles, the probe and peer gold files), kept in
`outputs.jsonl`. A change to the rules shows here as a diff to read; a change
that should not alter output (a refactor, a speed-up) must leave it equal.

    python -m tests.snapshot            # list the differences from the kept outputs
    python -m tests.snapshot --update   # keep the current outputs (commit the diff)
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from analysis import analyze

HERE = Path(__file__).parent
KEPT = HERE / "outputs.jsonl"
DATA = HERE.parent / "data"
SAMPLES = HERE.parents[1] / "sample_data"
BLIND = {"holdout"}          # scored only (tests/scores.py), never read while the rules are written


def inputs() -> list[tuple[str, str, dt.date | None]]:
    """(id, text, reference date) of every text the tests know."""
    from analysis.extract.dates import corpus as date_table
    from analysis.extract.figures import corpus as figure_table

    out = []
    for path in sorted(DATA.glob("*.jsonl")):
        if path.stem in BLIND:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line) if line.strip() else {}
            if "text" in doc:
                ref = doc.get("reference_date")
                out.append((f"{path.stem}:{doc['id']}", doc["text"], dt.date.fromisoformat(ref) if ref else None))
    for path in sorted(SAMPLES.glob("*.txt")):
        out.append((f"sample:{path.name}", path.read_text(encoding="utf-8"), None))
    tables = [("dates", date_table.CASES, date_table.REFERENCE),
              ("dates-no-reference", date_table.CASES_WITHOUT_REFERENCE, None),
              ("figures", figure_table.CASES, None),
              ("measures", figure_table.MEASURE_CASES, None)]
    for name, table, ref in tables:
        for phrase, _ in table:
            out.append((f"corpus-{name}:{_digest(phrase)}", phrase, ref))
    return out


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]


def current() -> dict[str, dict]:
    outputs = {}
    for key, text, ref in inputs():
        d = analyze(text, ref).to_dict()
        outputs[key] = {"id": key, "text": text[:80], **d}
    return outputs


def kept() -> dict[str, dict]:
    if not KEPT.exists():
        return {}
    return {d["id"]: d for d in map(json.loads, KEPT.read_text(encoding="utf-8").splitlines())}


def differences(old: dict[str, dict], new: dict[str, dict]) -> list[str]:
    """One line per mention (or input) that differs, as an analyst would read it."""
    lines = []
    for key in sorted(old.keys() | new.keys()):
        a, b = old.get(key), new.get(key)
        if a is None or b is None:
            lines.append(f"{key}: {'new input' if a is None else 'input gone'}")
            continue
        for field in ("reference_date", "reference_source", "dates", "figures", "events", "notes"):
            if isinstance(a.get(field), list) and isinstance(b.get(field), list):
                b = {**b, field: [_as_kept(m, a[field][0]) for m in b[field]] if a[field] else b[field]}
            if a.get(field) == b.get(field):
                continue
            if not isinstance(a.get(field), list):
                lines.append(f"{key} [{b['text'][:40]}] {field}: {a.get(field)!r} → {b.get(field)!r}")
                continue
            gone = [m for m in a[field] if m not in b[field]]
            came = [m for m in b[field] if m not in a[field]]
            for m in gone:
                lines.append(f"{key} [{b['text'][:40]}] {field} − {_short(m)}")
            for m in came:
                lines.append(f"{key} [{b['text'][:40]}] {field} + {_short(m)}")
            if not gone and not came:
                lines.append(f"{key} [{b['text'][:40]}] {field}: same mentions, another order")
    return lines


def _as_kept(m, kept_example):
    """A mention with only the fields the kept outputs have: a field added to
    the model is not a difference."""
    if isinstance(m, dict) and isinstance(kept_example, dict):
        return {k: v for k, v in m.items() if k in kept_example}
    return m


def _short(m: dict) -> str:
    keep = ("text", "value", "kind", "unit", "approx", "mod", "calendar", "measure", "label", "category",
            "date_value", "actors")
    return json.dumps({k: m[k] for k in keep if k in m and m[k] is not None}, ensure_ascii=False)


def write(outputs: dict[str, dict]) -> None:
    KEPT.write_text("".join(json.dumps(outputs[k], ensure_ascii=False, sort_keys=True) + "\n"
                            for k in sorted(outputs)), encoding="utf-8")


def main(argv: list[str]) -> int:
    new = current()
    lines = differences(kept(), new)
    try:
        print("\n".join(lines) if lines else "no differences")
    except BrokenPipeError:
        return 0
    if "--update" in argv:
        write(new)
        print(f"kept {len(new)} outputs in {KEPT}")
    return 0
