"""Bounds of figures and of their sums and differences.

A figure is exact, approximate, a lower bound (at_least) or an upper bound
(at_most). The bound of a sum follows the lattice of lower/upper bounds: a total
has a lower bound when every part has one (exact or at_least), an upper bound
when every part has one (exact or at_most); exact = both, approx = neither. A
difference flips the subtracted part.
"""

from __future__ import annotations

HAS_LOWER = {"exact": True, "at_least": True, "at_most": False, "approx": False}
HAS_UPPER = {"exact": True, "at_least": False, "at_most": True, "approx": False}
APPROX_TOLERANCE = 0.05
EPSILON = 1e-9


def bound_of(lower: bool, upper: bool) -> str:
    """The bound name of a figure known from below and/or above."""
    if lower and upper:
        return "exact"
    if lower:
        return "at_least"
    return "at_most" if upper else "approx"


def combine(*bounds: str) -> str:
    """The bound of a sum of figures."""
    return bound_of(
        all(HAS_LOWER[b] for b in bounds), all(HAS_UPPER[b] for b in bounds)
    )


SUBTRACT = {
    (a, b): bound_of(HAS_LOWER[a] and HAS_UPPER[b], HAS_UPPER[a] and HAS_LOWER[b])
    for a in HAS_LOWER
    for b in HAS_LOWER
}


def subtract(minuend: str, subtrahend: str) -> str:
    """The bound of a difference: subtracting a lower bound gives an upper one."""
    return SUBTRACT[minuend, subtrahend]


def divide(numerator: str, denominator: str) -> str:
    """The bound of a quotient of positive figures: like a difference, a lower
    bound on the divisor gives an upper bound on the quotient (≥1,171 gained and
    ~593 retaken: the share is approximate; exact ÷ ≥ is ≤)."""
    return SUBTRACT[numerator, denominator]


# (lacks a lower bound, lacks an upper bound) of a part of a sum, and of a part
# that is subtracted (a snapshot at the start of a run of holdings).
LACKS = {b: (int(not HAS_LOWER[b]), int(not HAS_UPPER[b])) for b in HAS_LOWER}
LACKS_NEGATED = {b: (int(not HAS_UPPER[b]), int(not HAS_LOWER[b])) for b in HAS_LOWER}


# A window query accumulates into a list [total, covered days, parts lacking a
# lower bound, parts lacking an upper bound, prorated]: cheaper to make and to
# update than an object, and a whole-history report makes ~10^5 of them.

# bound_of(not lacks_lower, not lacks_upper) as a lookup.
BOUND_OF = {
    (lower, upper): bound_of(lower, upper)
    for lower in (False, True)
    for upper in (False, True)
}
