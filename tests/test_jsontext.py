"""The JSON text the statements read with `json_each` and write with
`json_array`, made without the `json` package: the same as json's own."""

from __future__ import annotations

import json

import pytest

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
