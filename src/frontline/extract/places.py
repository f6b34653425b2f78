"""Place names as articles write them, with the slug of the region they are in.

The one fact an analyst adds from knowledge: which oblast a town, front or axis
named as the place of a figure lies in ("near Pokrovsk" is Donetsk). Names that
exist in more than one oblast are left out.
"""

from __future__ import annotations

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
}
# Oblasts whose name is also a capital or an actor: a region only with
# "region"/"oblast"/"province" after it.
QUALIFIED_ONLY: dict[str, str] = {
    "kyiv": "kyiv",
    "kiev": "kyiv",
    "dnipro": "dnipropetrovsk",
}
# Towns the fighting is named after, with the oblast they are in.
TOWNS: dict[str, str] = {
    "druzhkivka": "donetsk",
    "horlivka": "donetsk",
    "makiivka": "donetsk",
    "yasynuvata": "donetsk",
    "novohrodivka": "donetsk",
    "hirnyk": "donetsk",
    "ukrainsk": "donetsk",
    "kurdiumivka": "donetsk",
    "krasnohorivka": "donetsk",
    "heorhiivka": "donetsk",
    "vremivka": "donetsk",
    "rodynske": "donetsk",
    "bilytske": "donetsk",
    "shakhove": "donetsk",
    "pivnichne": "donetsk",
    "dzerzhinsk": "donetsk",
    "mirnograd": "donetsk",
    "rubizhne": "luhansk",
    "popasna": "luhansk",
    "starobilsk": "luhansk",
    "synkivka": "kharkiv",
    "kivsharivka": "kharkiv",
    "dvorichna": "kharkiv",
    "velykyi burluk": "kharkiv",
    "kupiansk-vuzlovyi": "kharkiv",
    "verbove": "zaporizhzhia",
    "polohy": "zaporizhzhia",
    "vasylivka": "zaporizhzhia",
    "enerhodar": "zaporizhzhia",
    "kamianske": "zaporizhzhia",
    "mala tokmachka": "zaporizhzhia",
    "nova kakhovka": "kherson",
    "oleshky": "kherson",
    "hola prystan": "kherson",
    "beryslav": "kherson",
    "glushkovo": "kursk",
    "hlushkovo": "kursk",
    "lgov": "kursk",
    "kurchatov": "kursk",
    "malaya loknya": "kursk",
    "tetkino": "kursk",
    "shebekino": "belgorod",
    "grayvoron": "belgorod",
    "graivoron": "belgorod",
    "mezhova": "dnipropetrovsk",
    "velykomykhailivka": "dnipropetrovsk",
    "pavlohrad": "dnipropetrovsk",
    "kindrativka": "sumy",
    "pokrovsk": "donetsk",
    "avdiivka": "donetsk",
    "bakhmut": "donetsk",
    "vuhledar": "donetsk",
    "vugledar": "donetsk",
    "kurakhove": "donetsk",
    "kurakhovo": "donetsk",
    "chasiv yar": "donetsk",
    "toretsk": "donetsk",
    "siversk": "donetsk",
    "marinka": "donetsk",
    "velyka novosilka": "donetsk",
    "selydove": "donetsk",
    "myrnohrad": "donetsk",
    "kostiantynivka": "donetsk",
    "kramatorsk": "donetsk",
    "sloviansk": "donetsk",
    "lyman": "donetsk",
    "kupiansk": "kharkiv",
    "vovchansk": "kharkiv",
    "lyptsi": "kharkiv",
    "izium": "kharkiv",
    "borova": "kharkiv",
    "robotyne": "zaporizhzhia",
    "orikhiv": "zaporizhzhia",
    "huliaipole": "zaporizhzhia",
    "krynky": "kherson",
    "sudzha": "kursk",
    "korenevo": "kursk",
    "kreminna": "luhansk",
    "svatove": "luhansk",
    # Other towns the fighting is named after, in both transliterations.
    "ugledar": "donetsk",
    "avdeevka": "donetsk",
    "artemovsk": "donetsk",
    "artyomovsk": "donetsk",
    "krasnoarmeysk": "donetsk",
    "chasov yar": "donetsk",
    "seversk": "donetsk",
    "konstantinovka": "donetsk",
    "kostyantynivka": "donetsk",
    "dobropillia": "donetsk",
    "dobropillya": "donetsk",
    "dobropolye": "donetsk",
    "novopavlivka": "donetsk",
    "soledar": "donetsk",
    "klishchiivka": "donetsk",
    "mariupol": "donetsk",
    "volnovakha": "donetsk",
    "ocheretyne": "donetsk",
    "kupyansk": "kharkiv",
    "volchansk": "kharkiv",
    "balakliia": "kharkiv",
    "balakliya": "kharkiv",
    "izyum": "kharkiv",
    "melitopol": "zaporizhzhia",
    "berdyansk": "zaporizhzhia",
    "berdiansk": "zaporizhzhia",
    "tokmak": "zaporizhzhia",
    "stepnohirsk": "zaporizhzhia",
    "gulyaipole": "zaporizhzhia",
    "staromaiorske": "donetsk",
    "urozhaine": "donetsk",
    "severodonetsk": "luhansk",
    "sievierodonetsk": "luhansk",
    "lysychansk": "luhansk",
    "bilohorivka": "luhansk",
    "yunakivka": "sumy",
    "kozachi laheri": "kherson",
}


def _spellings(name: str) -> list[str]:
    """The Russian-style spellings of a Ukrainian '-iivka' town name, as wires
    write them ("Avdiivka", "Avdeyevka", "Avdeevka", "Avdiyivka")."""
    if not name.endswith("iivka"):
        return []
    stem = name[: -len("iivka")]
    return [stem + ending for ending in ("eyevka", "eevka", "iyivka", "iyevka")]


TOWNS.update(
    {
        variant: oblast
        for town, oblast in list(TOWNS.items())
        for variant in _spellings(town)
    }
)
