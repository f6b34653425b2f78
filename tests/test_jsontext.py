"""The JSON text the statements read with `json_each` and write with
`json_array`, made without the `json` package: the same as json's own."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from frontline.store import jsontext


@pytest.mark.parametrize(
    "values",
    [
        [],
        [1, 2, -3],
        [[0, "russia", "ukraine", "control", "ISW", "2024-01-01", "2024-12-31"]],
        [[1, 'a "quoted" name', "back\\slash", "tab\there", "é", "\x7f", " ~"]],
        [True, None, 1.5],
        list(range(200)),
        ["2024-01-01", "2024-01-02"],
    ],
)
def test_dumps_writes_what_json_writes(values):
    assert jsontext.dumps(values) == json.dumps(values)


@pytest.mark.parametrize(
    "pair",
    [
        [12, "2024-01-31"],
        [12, None],
        [7, 'a\\"b'],
        [1, ""],
        [-1, "x"],
        [3, "a,b"],
        [3, 'a"'],
        [4, "é"],
    ],
)
def test_id_and_text_reads_what_json_reads(pair):
    text = json.dumps(pair, separators=(",", ":"), ensure_ascii=False)
    assert jsontext.id_and_text(text) == json.loads(text) == pair


def _json_or_error(read, text):
    """What `read` gives for `text`, or the fact that it refused it."""
    try:
        return read(text)
    except ValueError:
        return ValueError


_scalars = st.one_of(
    st.integers(),
    st.text(),
    st.text(alphabet=st.characters(max_codepoint=0x7F)),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False),
)
_values = st.recursive(
    _scalars,
    lambda inner: st.lists(inner, max_size=5) | st.tuples(inner, inner),
    max_leaves=30,
)


@settings(max_examples=300)
@given(st.lists(_values, max_size=80))
def test_dumps_is_json_dumps_for_any_list(values):
    assert jsontext.dumps(values) == json.dumps(values)


@settings(max_examples=300)
@given(st.integers(min_value=0, max_value=2**63 - 1), st.one_of(st.text(), st.none()))
def test_id_and_text_is_json_loads_for_what_sqlite_writes(number, text):
    written = sqlite3.connect(":memory:").execute(
        "select json_array(?, ?)", (number, text)
    )
    (pair,) = written.fetchone()
    assert jsontext.id_and_text(pair) == json.loads(pair) == [number, text]


@settings(max_examples=500)
@given(
    st.one_of(
        st.text(),
        st.builds(
            lambda number, text: f"[{number},{text}]",
            st.text(alphabet="0123456789-+ \u0661\u00b2", min_size=1, max_size=4),
            st.text(alphabet='"\\a,\x00\x1f\x7f\u00e9 ', max_size=6).map(
                lambda t: f'"{t}"'
            ),
        ),
    )
)
def test_id_and_text_reads_or_refuses_any_text_as_json_does(text):
    # Compared by repr: "NaN" reads as a float unequal to itself, and repr also
    # tells 1 from 1.0.
    assert repr(_json_or_error(jsontext.id_and_text, text)) == repr(
        _json_or_error(json.loads, text)
    )


def test_nan_reads_as_json_reads_it() -> None:
    """The case a long run found: both read "NaN" as not-a-number."""
    assert repr(jsontext.id_and_text("NaN")) == repr(json.loads("NaN")) == "nan"
