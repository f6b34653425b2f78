"""The nodes of a series of snapshots alone are made one by one, when a
window first reads one (`nodes._HeldLeaves`): each has every field the
general path gives it, in whatever order they are read, and a window that
cuts one root makes that root alone."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from tests.model_records import D, general, holding
from tests.test_held_build import held_records

from frontline.model.build import _HeldRoots, build
from frontline.model.nodes import _HeldLeaves, _Node

FIELDS = _Node.__slots__


def fields(node: _Node) -> tuple:
    return tuple(getattr(node, name) for name in FIELDS)


@pytest.mark.parametrize("seed", range(40))
def test_each_leaf_is_the_general_paths_node(seed: int) -> None:
    rng = random.Random(seed)
    records = held_records(rng)
    held, other = build(records), general(records, "_held")
    if not isinstance(held._roots, _HeldRoots):
        return
    leaves = held._roots.nodes
    assert isinstance(leaves, _HeldLeaves)
    expected = [fields(node) for node in other._roots.nodes]
    assert len(leaves) == len(expected)
    order = list(range(len(expected)))
    rng.shuffle(order)
    for k in order[: len(order) // 2]:
        assert fields(leaves[k]) == expected[k]
    assert fields(leaves[-1]) == expected[-1]
    assert [fields(node) for node in leaves] == expected
    with pytest.raises(IndexError):
        leaves[len(expected)]


def test_a_window_cutting_one_root_makes_that_root_alone() -> None:
    records = [
        *(held_record(n) for n in range(10)),
        *(held_record(n) for n in range(20, 30)),
    ]
    series = build(records)
    assert isinstance(series._roots, _HeldRoots)
    # 2024-01-13..15 lies inside the change between the 10th and the 21st day.
    cut = series.window(D(2024, 1, 13), D(2024, 1, 15))
    assert cut.prorated and cut.covered == 3
    assert list(dict.keys(series._roots.nodes)) == [9]


def held_record(n: int):
    return holding(D(2024, 1, 1) + timedelta(days=n), 100.0 + n, id=n + 1)
