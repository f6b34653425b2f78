"""The WGS84 ellipsoid's area from its definition alone, to check measured areas
against without any geodesy library."""

from __future__ import annotations

import math

# WGS84, as defined: semi-major axis and flattening.
A = 6378137.0
F = 1 / 298.257223563
E2 = F * (2 - F)


def zone_km2(west: float, east: float, south: float, north: float) -> float:
    """Exact area of the ellipsoid between two parallels and two meridians.

    From the equator to latitude φ over the whole circle the area is
    π b² [sin φ / (1 − e² sin² φ) + artanh(e sin φ) / e].
    """
    b = A * (1 - F)
    e = math.sqrt(E2)

    def q(latitude: float) -> float:
        s = math.sin(math.radians(latitude))
        return s / (1 - E2 * s * s) + math.atanh(e * s) / e

    return math.radians(east - west) / 2 * b * b * (q(north) - q(south)) / 1e6


def strip_km2(width_degrees, south: float, north: float, steps: int = 400) -> float:
    """Area of {south ≤ φ ≤ north, λ within a width(φ) of longitude}, by Simpson's rule.

    The ellipsoid's area element is a²(1 − e²) cos φ / (1 − e² sin² φ)² dλ dφ; a
    shape whose sides are meridians and straight lines in lon/lat (GeoJSON's
    edges) has a width linear in φ on each piece, so the rule is exact to ~1e-12.
    """

    def element(latitude: float) -> float:
        phi = math.radians(latitude)
        s = math.sin(phi)
        width = math.radians(width_degrees(latitude))
        return width * A * A * (1 - E2) * math.cos(phi) / (1 - E2 * s * s) ** 2

    h = (north - south) / steps
    total = element(south) + element(north)
    for i in range(1, steps):
        total += (4 if i % 2 else 2) * element(south + i * h)
    return total * math.radians(h) / 3 / 1e6
