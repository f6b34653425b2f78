"""Every page of an ArcGIS query, as one answer.

An ArcGIS FeatureServer (or MapServer) layer answers a query with at most its
`maxRecordCount` features; an answer cut there says `"exceededTransferLimit":
true`, and the rest is asked for page by page with `resultOffset` (how many to
skip) and `resultRecordCount` (how many to give). Measured alone, a page would
undercount the map, so `pull` asks for the following pages until one says no
more, and keeps their features as one answer: the first page's members
(`spatialReference`, `fields`…) with every page's features, which the Esri
JSON reader then reads as one map (features repeated across pages are
harmless: a map's polygons are unioned).

A page that is not an Esri JSON answer, an error answer, a page in another
spatial reference and a page that is empty although the server said more
follow are failures of the day, naming the page.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_QUERY_PATH = re.compile(r"/(?:FeatureServer|MapServer)/\d+/query/?$", re.IGNORECASE)
_PAGING = ("resultoffset", "resultrecordcount")
# A query answered in more pages than this is not a map of one day.
MAX_PAGES = 10_000


class PageFailed(Exception):
    """A page that cannot be joined to the others: the reason, for the day's report."""


def is_query(url: str) -> bool:
    """Whether a URL asks an ArcGIS layer's query endpoint for JSON (`f=json`,
    or `pjson`; GeoJSON answers, `f=geojson`, page otherwise)."""
    parts = urlsplit(url)
    if not _QUERY_PATH.search(parts.path):
        return False
    given = {key.lower(): value for key, value in parse_qsl(parts.query)}
    return given.get("f", "").lower() in ("json", "pjson")


def page_url(url: str, offset: int, count: int) -> str:
    """`url` asking for `count` features after the first `offset`."""
    parts = urlsplit(url)
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key.lower() not in _PAGING
    ]
    query += [("resultOffset", str(offset)), ("resultRecordCount", str(count))]
    return urlunsplit(parts._replace(query=urlencode(query)))


def all_pages(url: str, first: bytes, fetch: Callable[[str], bytes]) -> bytes:
    """The first page's bytes as they are when it is the whole answer (or not
    an Esri JSON answer at all: the import names what it is); else one answer
    of every page's features, each page after the first got by `fetch`."""
    document = _decoded(first)
    if document is None or document.get("exceededTransferLimit") is not True:
        return first
    features: list[Any] = document["features"]
    given = {key.lower(): value for key, value in parse_qsl(urlsplit(url).query)}
    offset = _count(given.get("resultoffset", "0"), "resultOffset") + len(features)
    size = _count(given.get("resultrecordcount", ""), "resultRecordCount") or len(
        features
    )
    pages = 1
    page = document
    while page.get("exceededTransferLimit") is True:
        if not page["features"]:
            raise PageFailed(
                f"page {pages} of the query has no feature, yet says more follow"
            )
        if pages >= MAX_PAGES:
            raise PageFailed(f"the query goes on past {MAX_PAGES:,} pages")
        pages += 1
        where = page_url(url, offset, size)
        text = fetch(where)
        page = _decoded(text)
        if page is None:
            raise PageFailed(f"page {pages} ({where}) is not an Esri JSON answer")
        if isinstance(page.get("error"), dict):
            error = page["error"]
            raise PageFailed(
                f"page {pages} ({where}): the server answered with an error: "
                f"{error.get('code', '?')} {error.get('message', '')}".rstrip()
            )
        if page.get("spatialReference") != document.get("spatialReference"):
            raise PageFailed(
                f"page {pages} ({where}) is in another spatial reference than the first"
            )
        features.extend(page["features"])
        offset += len(page["features"])
    joined = {k: v for k, v in document.items() if k != "exceededTransferLimit"}
    joined["features"] = features
    return json.dumps(joined, ensure_ascii=False).encode("utf-8")


def _decoded(data: bytes) -> dict[str, Any] | None:
    """An Esri JSON answer (an object with a `features` array, or an error
    answer), or None for anything else."""
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict):
        return None
    if isinstance(document.get("features"), list) or "error" in document:
        return document
    return None


def _count(value: str, name: str) -> int:
    if value == "":
        return 0
    if not value.isdigit():
        raise PageFailed(f"{name}={value!r} in the URL is not a count")
    return int(value)
