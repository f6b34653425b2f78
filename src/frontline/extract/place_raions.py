"""The administrative centres of every district along the front and the border,
with their oblast: the towns a report names when a fight moves to a district
the town table (`place_names`) did not list yet.

`place_names` grew name by name from the fighting reported; a whole class is
kept here instead so that a new push is placed on its first day: every raion
centre (the 2020 raions) of the Ukrainian oblasts that have been fought in or
shelled across the border, and the district centres of Russia's border oblasts.
Each is given in its Ukrainian and Russian transliterations. A centre whose name
is shared by a town of another oblast (Kamianske, Pervomaisk, Sverdlovsk,
Samar, Borisovka, Belaya, Dmitriyev) is left out, as in the town table, and so
is a spelling shared: Luhansk's Rovenky only as "Rovenky", for "Rovenki" is also
the centre of a Belgorod district. A name already there keeps the oblast given
there.
"""

from __future__ import annotations

from frontline.extract.place_names import names_of

_CENTRES: dict[str, str] = {
    "donetsk": """
        bakhmut, artemovsk, volnovakha, volnowacha, horlivka, gorlovka, kalmiuske,
        kalmiusskoye, kramatorsk, mariupol, pokrovsk, krasnoarmeysk
    """,
    "luhansk": """
        alchevsk, dovzhansk, rovenky, svatove, svatovo, sievierodonetsk,
        severodonetsk, starobilsk, starobelsk, shchastia, schastye
    """,
    "kharkiv": """
        bohodukhiv, bogodukhov, chuhuiv, chuguyev, izium, izyum, krasnohrad,
        krasnograd, berestyn, kupiansk, kupyansk, lozova, lozovaya
    """,
    "sumy": """
        konotop, okhtyrka, akhtyrka, romny, shostka
    """,
    "zaporizhzhia": """
        berdiansk, berdyansk, vasylivka, vasilyevka, melitopol, polohy, pologi
    """,
    "dnipropetrovsk": """
        kryvyi rih, krivoy rog, nikopol, novomoskovsk, pavlohrad, pavlograd,
        synelnykove, sinelnikovo
    """,
    "kherson": """
        beryslav, berislav, henichesk, genichesk, kakhovka, skadovsk
    """,
    "mykolaiv": """
        bashtanka, voznesensk
    """,
    "chernihiv": """
        koriukivka, koryukovka, nizhyn, nezhin, novhorod-siverskyi, novgorod-severskiy,
        pryluky, priluki
    """,
    "kursk": """
        glushkovo, korenevo, sudzha, rylsk, lgov, bolshoye soldatskoye, khomutovka,
        kurchatov
    """,
    "belgorod": """
        graivoron, grayvoron, shebekino, valuyki, krasnaya yaruga, volokonovka
    """,
    "bryansk": """
        klimovo, klintsy, pogar, sevsk, suzemka, starodub, trubchevsk, komarichi
    """,
}

# Every centre, lower case, with the slug of its oblast.
RAION_CENTRES: dict[str, str] = names_of(_CENTRES.items())
