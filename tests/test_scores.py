"""The engine on every gold file of tests/data stays above its floor: the dev
set at the issues' thresholds, the probes, the peers' suites and the blind
hold-out where they stand now (raise a floor when a rule lifts a score; a
change that lowers one is a regression, whatever it does to the dev set)."""
import pytest

from tests import scores

# (set, kind) → the least value F1 and, for figures, the least kind and kind+unit accuracy
FLOORS = {
    ("dev", "dates"): (0.97, None, None), ("dev", "figures"): (0.97, 0.95, 0.90),
    ("probes_east", "dates"): (0.96, None, None), ("probes_east", "figures"): (0.97, 0.97, 0.95),
    ("probes_west", "dates"): (0.98, None, None), ("probes_west", "figures"): (0.98, 0.96, 0.96),
    ("probes_more", "dates"): (0.98, None, None), ("probes_more", "figures"): (0.99, 0.96, 0.90),
    ("peer_figures", "figures"): (0.95, 0.97, 0.93), ("peer_dates", "dates"): (0.905, None, None),
    ("holdout", "dates"): (0.97, None, None), ("holdout", "figures"): (0.96, 0.95, 0.92),
}


@pytest.fixture(scope="module")
def results():
    return {name: scores.report(name)[0] for name in scores.SETS}


@pytest.mark.parametrize(("name", "kind"), sorted(FLOORS), ids=lambda x: x)
def test_each_gold_file_stays_above_its_floor(results, name, kind):
    least_f1, least_kind, least_kind_unit = FLOORS[name, kind]
    r = results[name][kind]
    assert r["value_f1"] >= least_f1, (name, kind, r)
    if least_kind is not None:
        assert r["kind_acc"] >= least_kind, (name, kind, r)
        assert r["kind_unit_acc"] >= least_kind_unit, (name, kind, r)


def test_every_gold_file_has_a_floor():
    assert {name for name, _ in FLOORS} == set(scores.SETS)
