"""Actor, region and source words, with their positions."""

from __future__ import annotations

import pytest

from frontline.extract.actors import find_actors, find_regions, find_sources, other_side


@pytest.mark.parametrize(
    ("sentence", "actor", "words"),
    [
        ("Russia took 40 km2", "russia", "Russia"),
        ("Russian forces took 40 km2", "russia", "Russian forces"),
        ("Russian troops took 40 km2", "russia", "Russian troops"),
        ("Moscow's forces took 40 km2", "russia", "Moscow's forces"),
        ("The Kremlin's troops took 40 km2", "russia", "The Kremlin's troops"),
        ("The enemy took 40 km2", "russia", "The enemy"),
        ("The occupiers took 40 km2", "russia", "The occupiers"),
        (
            "Russian counter-attacks regained 593 km2",
            "russia",
            "Russian counter-attacks",
        ),
        ("Ukraine took 40 km2", "ukraine", "Ukraine"),
        ("Ukrainian forces took 40 km2", "ukraine", "Ukrainian forces"),
        ("Kyiv's troops took 40 km2", "ukraine", "Kyiv's troops"),
        ("Kiev lost 40 km2", "ukraine", "Kiev"),
        ("the Defense Forces liberated 3 km2", "ukraine", "the Defense Forces"),
    ],
)
def test_actor_words(sentence: str, actor: str, words: str) -> None:
    (mention,) = find_actors(sentence)
    assert (mention.actor, mention.text) == (actor, words)


@pytest.mark.parametrize(
    "sentence",
    [
        "2,700 km2 of Ukrainian territory",
        "110,649 km2 of territory in Ukraine",
        "in Russia's Kursk region",
        "in Ukraine's Donetsk region",
        "Russian-held land",
        "Ukrainian President spoke",
        "the Kyiv region",
    ],
)
def test_places_and_titles_are_not_actors(sentence: str) -> None:
    assert find_actors(sentence) == []


def test_the_enemy_is_marked_for_the_speaker_to_decide() -> None:
    (mention,) = find_actors("the enemy advanced")
    assert mention.enemy


def test_other_side() -> None:
    assert (other_side("russia"), other_side("ukraine"), other_side("nato")) == (
        "ukraine",
        "russia",
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "region", "specific"),
    [
        ("of Ukrainian territory", "ukraine", False),
        ("of territory in Ukraine", "ukraine", False),
        ("into Kursk", "kursk", True),
        ("in Kursk Oblast", "kursk", True),
        ("in the Donetsk region", "donetsk", True),
        ("near Kupiansk", "kharkiv", True),
        ("in the Zaporizhia region", "zaporizhzhia", True),
        ("in Luhansk oblast", "luhansk", True),
        ("in the Kherson region", "kherson", True),
        ("in the Belgorod region", "belgorod", True),
        ("in the Kyiv region", "kyiv", True),
        ("of Russian territory", "russia", False),
    ],
)
def test_region_words(sentence: str, region: str, specific: bool) -> None:
    (mention,) = find_regions(sentence)
    assert (mention.region, mention.specific) == (region, specific)


def test_the_border_region_is_a_reference() -> None:
    (mention,) = find_regions("593 km2 of territory in the border region")
    assert (mention.reference, mention.region, mention.text) == (
        True,
        "",
        "the border region",
    )


@pytest.mark.parametrize(
    ("sentence", "source", "kind"),
    [
        ("according to ISW data", "ISW", "data"),
        ("according to the Institute for the Study of War", "ISW", "data"),
        ("DeepState said", "DeepState", "data"),
        ("according to DeepStateMap", "DeepState", "data"),
        ("the General Staff reported", "Ukrainian General Staff", "data"),
        ("Ukraine's General Staff said", "Ukrainian General Staff", "data"),
        ("the Russian Defence Ministry claimed", "Russian MoD", "data"),
        (
            "according to Ukraine's Chief of Staff Oleksandr Syrskyi,",
            "Ukrainian General Staff",
            "data",
        ),
        ("Syrskyi said", "Ukrainian General Staff", "data"),
        ("Zelensky claimed", "Zelensky", "person"),
        ("President Volodymyr Zelensky said", "Volodymyr Zelensky", "person"),
        ("according to Pasi Paroinen, an analyst", "Pasi Paroinen", "person"),
        ("an AFP analysis found", "AFP", "outlet"),
    ],
)
def test_source_words(sentence: str, source: str, kind: str) -> None:
    mention = find_sources(sentence)[0]
    assert (mention.source, mention.kind) == (source, kind)


def test_a_data_source_comes_before_the_outlet_repeating_it() -> None:
    mentions = find_sources("an AFP analysis of ISW data showed")
    assert [m.source for m in mentions] == ["ISW", "AFP"]


@pytest.mark.parametrize(
    "sentence",
    ["Kyiv says its troops", "told the BBC that", "Ukrainian officials said"],
)
def test_no_source(sentence: str) -> None:
    assert find_sources(sentence) == []
