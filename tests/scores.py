"""The engine scored on every gold file in tests/data (the scorer is
tests/data/score.py, a copy of ../shared/eval/score.py):

- dev.jsonl: the development set (real news);
- probes_east.jsonl, probes_west.jsonl, probes_more.jsonl: probe texts written
  for these tests in the styles of the regional press (tests/data/probes/*/NOTES.md);
- peer_figures.jsonl, peer_dates.jsonl: the peers' public test suites
  (Duckling, Recognizers-Text, dateparser) in our SCHEMA (PEERS.md, PEER_DATES.md);
- holdout.jsonl: a blind set of probe texts written by someone who did not
  see the rules; scored, never read while the rules are written.

    python -m tests.scores [--show-errors] [NAME …]
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

from analysis import analyze

DATA = Path(__file__).parent / "data"
# which kinds each gold file is scored on
SETS = {"dev": ("dates", "figures"), "probes_east": ("dates", "figures"), "probes_west": ("dates", "figures"),
        "probes_more": ("dates", "figures"),
        "peer_figures": ("figures",), "peer_dates": ("dates",), "holdout": ("dates", "figures")}
BLIND = {"holdout"}          # its errors are never shown: it measures whether the rules generalise


def scorer():
    spec = importlib.util.spec_from_file_location("score", DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(gold: dict) -> dict:
    pred = {}
    for doc_id, doc in gold.items():
        ref = doc.get("reference_date")
        d = analyze(doc["text"], dt.date.fromisoformat(ref) if ref else None).to_dict()
        pred[doc_id] = {"id": doc_id, "dates": d["dates"], "figures": d["figures"]}
    return pred


def report(name: str, show_errors: bool = False) -> tuple[dict, list[str]]:
    score = scorer()
    score.KINDS = SETS[name]
    gold = score.load(DATA / f"{name}.jsonl")
    return score.score(gold, predict(gold), show_errors)


def line(kind: str, r: dict) -> str:
    out = (f"{kind:8s} gold={r['gold']:4d} pred={r['pred']:4d}  span F1 {r['span_f1']:.3f}  "
           f"value P/R/F1 {r['value_p']:.3f}/{r['value_r']:.3f}/{r['value_f1']:.3f}")
    if kind == "figures":
        out += f"  kind {r['kind_acc']:.3f} kind+unit {r['kind_unit_acc']:.3f}"
    return out


def main(argv: list[str]) -> int:
    names = [a for a in argv if not a.startswith("--")] or list(SETS)
    for name in names:
        result, errors = report(name, "--show-errors" in argv and name not in BLIND)
        for e in errors:
            print(e)
        for kind, r in result.items():
            print(f"{name:13s} {line(kind, r)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
