"""The best one-to-one pairing of A's mentions with B's, as an assignment problem.

Each candidate pair gains what its score has above the threshold; the
Hungarian method (scipy's linear_sum_assignment) finds the pairing whose
gains add up to most, so that one strong pair never steals a mention another
pair needed, as a greedy pass would let it.
"""
from __future__ import annotations

import numpy as np
from scipy.optimize import linear_sum_assignment


def assign(scores: list[list[float]], threshold: float) -> list[tuple[int, int]]:
    """The (row, column) pairs of the best assignment whose score reaches the
    threshold, in row order."""
    if not scores or not scores[0]:
        return []
    matrix = np.asarray(scores, dtype=float)
    with np.errstate(invalid="ignore"):
        gain = np.where(matrix >= threshold, matrix - threshold + 1e-6, 0.0)   # at the threshold still gains
    rows, cols = linear_sum_assignment(gain, maximize=True)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols) if gain[i, j] > 0)
