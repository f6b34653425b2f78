"""Place names as articles write them, with the slug of the region they are in.

The one fact an analyst adds from knowledge: which oblast a town, front or axis
named as the place of a figure lies in ("near Pokrovsk" is Donetsk). Names that
exist in more than one oblast are left out. The town table is in `place_names`;
this module adds the spellings it derives and says which names are oblasts.
"""

from __future__ import annotations

import re

from frontline.extract.place_names import TOWN_NAMES
from frontline.extract.place_raions import RAION_CENTRES

# Oblast (and Crimea/Donbas) names as written, with their slug.
REGION_NAMES: dict[str, str] = {
    "donetsk": "donetsk",
    "luhansk": "luhansk",
    "lugansk": "luhansk",
    "kharkiv": "kharkiv",
    "kharkov": "kharkiv",
    "zaporizhzhia": "zaporizhzhia",
    "zaporizhia": "zaporizhzhia",
    "zaporizhzhya": "zaporizhzhia",
    "zaporozhye": "zaporizhzhia",
    "kherson": "kherson",
    "dnipropetrovsk": "dnipropetrovsk",
    "sumy": "sumy",
    "mykolaiv": "mykolaiv",
    "chernihiv": "chernihiv",
    "odesa": "odesa",
    "crimea": "crimea",
    "donbas": "donbas",
    "donbass": "donbas",
    "kursk": "kursk",
    "belgorod": "belgorod",
    "bryansk": "bryansk",
    "dnepropetrovsk": "dnipropetrovsk",
    "zaporozhzhia": "zaporizhzhia",
    # more of the spellings wires and translations use
    "zaporozhia": "zaporizhzhia",
    "zaporozhie": "zaporizhzhia",
    "zaporizhya": "zaporizhzhia",
    "nikolaev": "mykolaiv",
    "nikolayev": "mykolaiv",
    "mykolayiv": "mykolaiv",
    "odessa": "odesa",
    "chernigov": "chernihiv",
    # Moscow's names for the two oblasts it annexed first ("liberated 4,500 km2
    # in the DPR"): not "DPRK", which no word boundary splits.
    "dpr": "donetsk",
    "dnr": "donetsk",
    "lpr": "luhansk",
    "lnr": "luhansk",
}
# Oblasts whose name is also a capital or an actor: a region only with
# "region"/"oblast"/"province" after it.
QUALIFIED_ONLY: dict[str, str] = {
    "kyiv": "kyiv",
    "kiev": "kyiv",
    "dnipro": "dnipropetrovsk",
    # The Ukrainian adjectival names ("Donetska oblast"), only before "oblast".
    "donetska": "donetsk",
    "luhanska": "luhansk",
    "kharkivska": "kharkiv",
    "zaporizka": "zaporizhzhia",
    "khersonska": "kherson",
    "dnipropetrovska": "dnipropetrovsk",
    "sumska": "sumy",
    "mykolaivska": "mykolaiv",
    # the Russian ones ("Kurskaya oblast", "Belgorodskaya oblast")
    "kurskaya": "kursk",
    "belgorodskaya": "belgorod",
    "bryanskaya": "bryansk",
    "donetskaya": "donetsk",
    "luganskaya": "luhansk",
    "kharkovskaya": "kharkiv",
    "zaporozhskaya": "zaporizhzhia",
    "khersonskaya": "kherson",
    "sumskaya": "sumy",
}
# Towns, villages and directions the fighting is named after, with the oblast
# they are in (the table itself is in `place_names`).
# The district centres too; a name the town table already has keeps its oblast.
TOWNS: dict[str, str] = {**RAION_CENTRES, **TOWN_NAMES}


def _spellings(name: str) -> list[str]:
    """The Russian-style spellings of a Ukrainian '-iivka' town name, as wires
    write them ("Avdiivka", "Avdeyevka", "Avdeevka", "Avdiyivka")."""
    if not name.endswith("iivka"):
        return []
    stem = name[: -len("iivka")]
    return [stem + ending for ending in ("eyevka", "eevka", "iyivka", "iyevka")]


def _y_spellings(name: str) -> list[str]:
    """The 'y' that wires write for a Ukrainian 'i' after 'a': "Novoraisk" is
    also "Novoraysk", "Urozhaine" "Urozhayne", "Chornobaivka" "Chornobayivka"."""
    variants = {
        re.sub(r"ai(?=[^aeiouy])", "ay", name),
        re.sub(r"aiv", "ayiv", name),
    }
    return [v for v in variants if v != name]


TOWNS.update(
    {
        variant: oblast
        for town, oblast in list(TOWNS.items())
        for variant in _spellings(town)
    }
)
for _town, _oblast in list(TOWNS.items()):
    for _variant in _y_spellings(_town):
        TOWNS.setdefault(_variant, _oblast)
