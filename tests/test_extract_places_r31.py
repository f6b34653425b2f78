"""Every district centre along the front and the border places a figure in its
oblast (the class `place_raions` adds to the town table), and a name the town
table already has keeps the oblast it gave."""

from __future__ import annotations

from datetime import date

import pytest

from frontline.extract.candidates import extract
from frontline.extract.place_names import TOWN_NAMES
from frontline.extract.place_raions import RAION_CENTRES
from frontline.extract.places import TOWNS


@pytest.mark.parametrize(("name", "oblast"), sorted(RAION_CENTRES.items()))
def test_a_district_centre_places_the_figure(name: str, oblast: str) -> None:
    sentence = (
        f"Russian forces captured 12 square kilometres near {name.title()} "
        "in the past week."
    )
    [candidate] = extract(sentence, published=date(2025, 11, 20)).candidates
    assert candidate.region == oblast


def test_the_town_table_wins_where_both_list_a_name() -> None:
    assert all(TOWNS[name] == oblast for name, oblast in TOWN_NAMES.items())


def test_new_centres_in_several_oblasts() -> None:
    assert TOWNS["lozova"] == "kharkiv"
    assert TOWNS["bohodukhiv"] == "kharkiv"
    assert TOWNS["kalmiuske"] == "donetsk"
    assert TOWNS["rovenky"] == "luhansk"
    assert TOWNS["novomoskovsk"] == "dnipropetrovsk"
    assert TOWNS["pryluky"] == "chernihiv"
    assert TOWNS["volokonovka"] == "belgorod"
    assert TOWNS["trubchevsk"] == "bryansk"
    assert TOWNS["khomutovka"] == "kursk"
