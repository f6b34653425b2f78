"""An article as `frontline extract` and `Tracker.extract` read it: plain text
or an HTML page, refused in one line when a page holds nothing but markup."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from frontline.errors import InputError

if TYPE_CHECKING:
    from frontline.extract.results import Extraction


def extract_article(
    text: str, *, label: str | None = None, **options: Any
) -> Extraction:
    """The article's candidate records (`published`, `source`, `url`, `events`
    as `extract.candidates.extract` takes them); `label` names it in errors."""
    from frontline.extract.candidates import extract
    from frontline.extract.text import html_to_text, looks_like_html

    is_html = looks_like_html(text)
    if is_html and not html_to_text(text).text.strip():
        raise InputError(
            None, "is empty: the page has no text besides its markup", file=label
        )
    return extract(text, is_html=is_html, **options)
