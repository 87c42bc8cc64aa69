"""The development gold set as a regression test with the issues' thresholds."""
import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from analysis import analyze

DATA = Path(__file__).parent / "data"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report():
    gold = _scorer().load(DATA / "dev.jsonl")
    pred = {}
    for doc_id, doc in gold.items():
        ref = doc.get("reference_date")
        d = analyze(doc["text"], dt.date.fromisoformat(ref) if ref else None).to_dict()
        pred[doc_id] = {"id": doc_id, "dates": d["dates"], "figures": d["figures"]}
    result, errors = _scorer().score(gold, pred)
    assert not errors, errors
    return result


def test_dates(report):
    assert report["dates"]["value_f1"] >= 0.95, report["dates"]
    assert report["dates"]["span_f1"] >= 0.97, report["dates"]


def test_figures(report):
    f = report["figures"]
    assert f["value_f1"] >= 0.95 and f["kind_acc"] >= 0.95 and f["kind_unit_acc"] >= 0.90, f


@pytest.mark.skipif(not SHARED.is_dir(), reason="no ../shared beside this clone: nothing to compare with")
def test_the_copies_are_current():
    for name in ("dev.jsonl", "score.py"):
        assert (DATA / name).read_bytes() == (SHARED / name).read_bytes(), f"tests/data/{name} is stale"
