"""The bound lattice written out in full, every pair by hand: a sum is known
from below when every part is (exact or at_least), from above when every part
is (exact or at_most); a difference or a quotient flips the second part."""

from __future__ import annotations

import pytest

from frontline.model import bounds

E, A, L, U = "exact", "approx", "at_least", "at_most"

# combine(a, b): rows a, columns b in the order E, A, L, U.
SUM = {
    E: {E: E, A: A, L: L, U: U},
    A: {E: A, A: A, L: A, U: A},
    L: {E: L, A: A, L: L, U: A},
    U: {E: U, A: A, L: A, U: U},
}
# subtract(a, b) = a + (−b), and −at_least is at_most.
DIFFERENCE = {
    E: {E: E, A: A, L: U, U: L},
    A: {E: A, A: A, L: A, U: A},
    L: {E: L, A: A, L: A, U: L},
    U: {E: U, A: A, L: U, U: A},
}


@pytest.mark.parametrize("a", [E, A, L, U])
@pytest.mark.parametrize("b", [E, A, L, U])
def test_sums_differences_and_quotients(a: str, b: str) -> None:
    assert bounds.combine(a, b) == SUM[a][b]
    assert bounds.subtract(a, b) == DIFFERENCE[a][b]
    assert bounds.divide(a, b) == DIFFERENCE[a][b]


def test_sums_of_one_and_of_three() -> None:
    for bound in (E, A, L, U):
        assert bounds.combine(bound) == bound
    assert bounds.combine(E, E, E) == E
    assert bounds.combine(E, L, L) == L
    assert bounds.combine(U, E, U) == U
    assert bounds.combine(L, E, U) == A


def test_bound_of_lower_and_upper() -> None:
    assert bounds.bound_of(True, True) == E
    assert bounds.bound_of(True, False) == L
    assert bounds.bound_of(False, True) == U
    assert bounds.bound_of(False, False) == A
    assert bounds.BOUND_OF == {
        (True, True): E,
        (True, False): L,
        (False, True): U,
        (False, False): A,
    }


def test_what_each_bound_lacks_added_and_subtracted() -> None:
    # (lacks a lower bound, lacks an upper bound)
    assert bounds.LACKS == {E: (0, 0), A: (1, 1), L: (0, 1), U: (1, 0)}
    assert bounds.LACKS_NEGATED == {E: (0, 0), A: (1, 1), L: (1, 0), U: (0, 1)}
