"""A not-recorded figure is quoted where it stands, never inside another number.

"10 million" also reads inside "110 million": the excerpt must be cut around
the figure itself ("growing by 10 million each year"), not around the digits
of the larger number earlier in the sentence.
"""

from __future__ import annotations

import pytest

from frontline.render.extract import shorten

_LEAD = (
    "Individuals and families find themselves navigating a world of "
    "uncertainty. There are currently "
)


@pytest.mark.parametrize(
    ("big", "small"),
    [
        ("some 110 million", "10 million"),
        ("some 210 thousand", "10 thousand"),
        ("1,110 million", "110 million"),
        ("about 310,000", "10,000"),
    ],
)
def test_excerpt_is_cut_around_the_figure_not_inside_a_larger_number(
    big: str, small: str
) -> None:
    sentence = (
        f"{_LEAD}{big} forced displaced, and this number is growing by "
        f"{small} each year!"
    )
    excerpt = shorten(sentence, small)
    assert excerpt.startswith("…")
    assert f"by {small} each year!" in excerpt
    assert big not in excerpt


def test_extract_quotes_the_second_figure_where_it_stands(cli, tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        _LEAD + "some 110 million forced displaced, and this number is "
        "growing by 10 million each year!\n",
        encoding="utf-8",
    )
    result = cli("extract", str(article), "--published", "2024-06-01")
    assert result.exit_code == 0, result.output
    lines = [line.strip() for line in result.stdout.splitlines()]
    count = [line for line in lines if line.startswith("count")]
    assert count == [
        'count   10 million: "…forced displaced, and this number is growing by'
        ' 10 million each year!"'
    ]
