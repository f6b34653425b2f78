"""Downloads for `pull`: one GET per URL with retries, into a content-addressed
cache beside the database.

A 404 (or 410) means the file was not published under that name: an answer,
not a failure. Timeouts, dropped connections, a body cut short of its
Content-Length, 429 and 5xx answers are retried with exponential backoff (a few
tries, Retry-After honoured up to a limit), then reported. Any other answer
(403, say) is a failure at once: asking again would not change it.

Each file is streamed to a temporary file in the cache while its SHA-256 is
computed, then renamed to `<first two hex digits>/<sha256><suffix>`: the same
bytes are stored once whatever URLs gave them, a half-written file is never
taken for a whole one, and the suffix (`.geojson`, `.kmz`, `.geojson.gz`) keeps
what the URL's name said about the format.

httpx is imported only when a download starts (start-up matters).
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from frontline.ingest import arcgis

TRIES = 4
BACKOFF_SECONDS = 0.5
MAX_RETRY_AFTER_SECONDS = 30.0
TIMEOUT_SECONDS = 30.0
CHUNK_BYTES = 1 << 16
_MAX_SUFFIX = 24
# A name's suffix when the URL's path has none, from the answer's type.
_TYPE_SUFFIXES = {
    "application/geo+json": ".geojson",
    "application/json": ".json",
    "application/vnd.google-earth.kmz": ".kmz",
    "application/vnd.google-earth.kml+xml": ".kml",
    "application/gzip": ".gz",
    "application/zip": ".zip",
    "text/csv": ".csv",
}


@dataclass(frozen=True)
class Fetched:
    """A file downloaded into the cache (or found there by a 304)."""

    status: int
    sha256: str = ""
    size: int = 0
    file: str = ""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None


class FetchFailed(Exception):
    """A URL that could not be downloaded: the reason, for the day's report."""


class NotPublished(Exception):
    """A 404 or 410: nothing published under that name."""


def url_name(url: str) -> str:
    """The last segment of a URL's path, unquoted ('' for none)."""
    return unquote(PurePosixPath(urlsplit(url).path).name)


def suffix_of(url: str, content_type: str | None) -> str:
    """The suffixes of the URL's file name (`.geojson.gz`), else the type's."""
    name = url_name(url)
    suffixes = "".join(PurePosixPath(name).suffixes[-2:]).lower()
    if suffixes and len(suffixes) <= _MAX_SUFFIX and suffixes.isascii():
        return "".join(c for c in suffixes if c.isalnum() or c == ".")
    kind = (content_type or "").split(";")[0].strip().lower()
    return _TYPE_SUFFIXES.get(kind, "")


class Fetcher:
    """GETs with retries into `cache` (see the module docstring)."""

    def __init__(
        self,
        cache: Path,
        *,
        tries: int = TRIES,
        timeout: float = TIMEOUT_SECONDS,
        backoff: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        import httpx

        self.cache = cache
        self.tries = max(1, tries)
        self.backoff = BACKOFF_SECONDS if backoff is None else backoff
        self.sleep = sleep
        self._httpx = httpx
        self._client = httpx.Client(
            timeout=timeout,
            follow_redirects=True,
            headers={"User-Agent": f"frontline/{_installed_version()}"},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self, url: str, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """Download `url` into the cache; a 304 to the validators given comes
        back as `Fetched(304)`. Raises NotPublished or FetchFailed."""
        if arcgis.is_query(url):
            return self._query(url, etag, last_modified)
        return self._with_retries(url, _validators(etag, last_modified), self._store)

    def _query(self, url: str, etag: str | None, last_modified: str | None) -> Fetched:
        """`get` for an ArcGIS query URL (`arcgis.is_query`): an answer that
        says `exceededTransferLimit` is one page of a larger one, so the
        following pages are asked for too, and their features stored as one
        answer under `url`, with the first page's validators."""
        first = self._with_retries(url, _validators(etag, last_modified), _Body.of)
        if isinstance(first, Fetched):
            return first  # 304
        try:
            data = arcgis.all_pages(url, first.data, self._page)
        except arcgis.PageFailed as failed:
            raise FetchFailed(str(failed)) from None
        return self._store(url, first.with_data(data))

    def _page(self, url: str) -> bytes:
        """One page after the first: any failure, a 404 too, fails the day."""
        try:
            return self._with_retries(url, {}, _Body.of).data
        except (NotPublished, FetchFailed) as failed:
            raise FetchFailed(f"a page of the query ({url}): {failed}") from None

    def _with_retries(
        self, url: str, headers: dict[str, str], sink: Callable[[str, Any], Any]
    ) -> Any:
        reason = ""
        for attempt in range(self.tries):
            if attempt:
                self.sleep(self._delay(attempt, reason))
            try:
                return self._get_once(url, headers, sink)
            except _Retry as retry:
                reason = str(retry)
                self._retry_after = retry.after
        tries = f"{self.tries} tries" if self.tries > 1 else "1 try"
        raise FetchFailed(f"{reason} after {tries}")

    _retry_after: float | None = None

    def _delay(self, attempt: int, reason: str) -> float:
        delay = self.backoff * 2 ** (attempt - 1)
        if self._retry_after is not None:
            delay = max(delay, min(self._retry_after, MAX_RETRY_AFTER_SECONDS))
        self._retry_after = None
        return delay

    def _get_once(
        self, url: str, headers: dict[str, str], sink: Callable[[str, Any], Any]
    ) -> Any:
        httpx = self._httpx
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status in (404, 410):
                    raise NotPublished(f"HTTP {status}")
                if status == 304:
                    return Fetched(304)
                if status == 429 or status >= 500:
                    raise _Retry(f"HTTP {status}", _retry_after(response))
                if status >= 400:
                    raise FetchFailed(f"HTTP {status}")
                return sink(url, response)
        except httpx.TimeoutException:
            raise _Retry("timed out", None) from None
        except httpx.TransportError as error:
            raise _Retry(_transport_reason(error), None) from None
        except httpx.InvalidURL as error:
            raise FetchFailed(f"not a URL that can be fetched ({error})") from None

    def _store(self, url: str, response: Any) -> Fetched:
        """The answer's body streamed into the cache under its SHA-256."""
        content_type = response.headers.get("content-type")
        self.cache.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        handle, temporary = tempfile.mkstemp(dir=self.cache, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as out:
                for chunk in response.iter_bytes(CHUNK_BYTES):
                    out.write(chunk)
                    digest.update(chunk)
                    size += len(chunk)
            sha = digest.hexdigest()
            name = f"{sha[:2]}/{sha}{suffix_of(url, content_type)}"
            target = self.cache / name
            target.parent.mkdir(exist_ok=True)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return Fetched(
            response.status_code,
            sha,
            size,
            name,
            response.headers.get("etag"),
            response.headers.get("last-modified"),
            content_type,
        )


@dataclass(frozen=True)
class _Body:
    """An answer read whole into memory (a page of an ArcGIS query), with what
    `Fetcher._store` reads of a streamed one."""

    status_code: int
    headers: Any
    data: bytes

    @classmethod
    def of(cls, url: str, response: Any) -> _Body:
        return cls(response.status_code, response.headers, response.read())

    def with_data(self, data: bytes) -> _Body:
        return _Body(self.status_code, self.headers, data)

    def iter_bytes(self, size: int) -> Any:
        view = memoryview(self.data)
        return (view[start : start + size] for start in range(0, len(view), size))


def _validators(etag: str | None, last_modified: str | None) -> dict[str, str]:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


class _Retry(Exception):
    def __init__(self, reason: str, after: float | None) -> None:
        super().__init__(reason)
        self.after = after


def _retry_after(response: Any) -> float | None:
    value = response.headers.get("retry-after", "")
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _transport_reason(error: Exception) -> str:
    """A short reason for a failed connection or a body cut short."""
    text = str(error) or type(error).__name__
    if "incomplete" in text.lower() or "peer closed" in text.lower():
        return "the connection closed before the whole file came"
    return f"connection failed ({text})"


def remove_file(cache: Path, name: str) -> None:
    """Delete a cached file no URL points at any more."""
    (cache / name).unlink(missing_ok=True)


def _installed_version() -> str:
    """The installed package's version, read from its metadata rather than from
    `frontline.__version__`: the package root opens the library face, which sits
    above ingest, and a download is slow enough not to notice the lookup."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("frontline")
    except PackageNotFoundError:
        return "unknown"
