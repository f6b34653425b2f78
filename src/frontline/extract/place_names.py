"""Towns, villages and named directions of the 2022-2026 war, with their oblast.

The data behind `places.TOWNS`, kept apart because the table is long and
`places` is about how names are read, not which ones there are. A name is
listed in the spellings articles use: the Ukrainian transliteration, the Russian
one ("Kupiansk", "Kupyansk"; "Bakhmut", "Artemovsk"), an apostrophe where wires
keep it ("Mar'inka"), and German spellings translated wires carry. `places`
adds the Russian endings of "-iivka" names itself.

A name found in more than one oblast is left out (Andriivka, Pokrovske,
Novoselivka, Oleksandrivka, Arkhanhelske, Antonivka, Pervomaiske, Vodiane and
many more): a wrong oblast is worse than none, since the figure then takes its
region from the rest of the text. The few kept although a namesake exists are
noted above their oblast's block, with why the war's usage is unambiguous.

Each block lists the names of one oblast, comma-separated, alphabetical; a block
is a string rather than one dict entry a line so that the table stays short
enough to read whole.
"""

from __future__ import annotations

from collections.abc import Iterable

# Donetsk oblast.
# Kept although the name recurs elsewhere:
# dobropillia: The Donetsk town; the Zaporizhzhia village of the name is far less
#   named.
# karlivka: The reservoir village west of Donetsk city; the town of the name is in
#   Poltava oblast, far from any front.
# lyman: The Donetsk town of the "Lyman direction"; villages of the name elsewhere are
#   not places of fighting.
# makiivka: The city; a Makiivka near Svatove (Luhansk) is a village the news names
#   far less.
# neskuchne: The village south of Velyka Novosilka retaken in June 2023 and fought
#   over again in 2024-2025.
# novopavlivka: The village of the "Novopavlivka direction" west of Pokrovsk.
# storozheve: The village south of Velyka Novosilka retaken in June 2023.
_DONETSK = """
aleksandro-kalinovo, aleksandro-shultino, alekseyevo-druzhkovka, amvrosiivka, artemivsk,
artemovsk, artyomovsk, avdeevka, avdiivka, awdijiwka, bachmut, bakhmut, bakhmutske,
belitskoye, belokuzminovka, berdychi, berkhivka, berkhovka, bilokuzmynivka, bilozerske,
bilozerskoye, bilytske, bogorodichnoye, bogoyavlenka, bohoiavlenka, bohorodychne,
bohoyavlenka, chasiv iar, chasiv yar, chasov yar, chunishino, chunyshyne, dachenske,
dachenskoye, debaltseve, debaltsevo, dimitrov, dobropillia, dobropillya, dobropolye,
dokuchaevsk, dokuchaievsk, drobysheve, drobyshevo, dronivka, dronovka, druzhkivka,
druzhkovka, dyliivka, dymytrov, dzerzhinsk, gorlovka, gornyak, grishino, grodovka,
heorhiivka, hirnyk, horlivka, hostre, hrodivka, hryshyne, ilovaisk, ilovaysk, ivanivske,
ivano-darivka, ivano-daryevka, ivanopillia, ivanopolye, karlivka, keramik, khartsyzk,
khartsyzsk, khromove, khromovo, kleban byk, kleban-byk, kleshcheevka, kleshcheyevka,
klishchiivka, konstantinopol, konstantinovka, konstiantynivka, kostiantynivka,
kostiantynivskyi, kostiantynopil, kostiantynopolske, kostjantyniwka, kostyantynivka,
kotlino, kotlyne, kramatorsk, krasnoarmeysk, krasnoarmiisk, krasnogorovka,
krasnohorivka, krasny liman, krasnyi lyman, kucheriv yar, kucherov yar, kurachowe,
kurakhivka, kurakhivskyi, kurakhove, kurakhovka, kurakhovo, kurdiumivka, kurdyumivka,
kurdyumovka, lastochkyne, lyman, maiorsk, makiivka, maksimilyanovka, maksymilianivka,
mar'inka, mar'yinka, mariinka, marinka, mariupol, marjinka, maryinka, mayorsk,
mirnograd, mirnohrad, mykilske, myrnohrad, nelepovka, nelipivka, neskuchne, netailove,
netaylovo, nevelske, nevelskoye, nikanorovka, niu york, niu-york, novoazovsk,
novobakhmutivka, novobakhmutovka, novoekonomicheskoye, novoekonomichne, novogrodovka,
novohrodivka, novokalinovo, novokalynove, novopavlivka, novopavlivskyi,
novoselivka persha, novoselovka pervaya, novoselydivka, novotoretske, novotoretskoye,
novyi komar, nykanorivka, nyu-york, ocheretino, ocheretyne, oleksandro-kalynove,
oleksandro-shultyne, oleksiievo-druzhkivka, opytne, ozarianivka, ozaryanovka, pereizne,
pereyeznoye, pivnichne, pleshchiivka, pokrovsk, pokrowsk, popiv yar, prechistovka,
prechystivka, predtechino, predtechyne, raihorodok, raygorodok, rivnopil, rodinskoye,
rodynske, rovnopol, rusyn yar, sartana, selidove, selidovo, selydove, serebrianka,
serebryanka, seversk, shakhove, shakhtarsk, shakhtarske, shakhtersk, shakhterskoye,
shakhtyorsk, shandrigolovo, shandryholove, shcherbinovka, shcherbynivka, shirokino,
shyrokyne, siversk, slaviansk, slavyansk, slov'iansk, slov'yansk, sloviansk, slovyansk,
slowjansk, snezhnoye, snizhne, soledar, soloviove, solovyovo, spirne, spornoye,
stari terny, starobesheve, starobeshevo, staromaiorske, staromayorskoye, staromlynivka,
storozheve, stupochki, stupochky, sukhetske, sukhoy yar, sukhyi yar, svetlodarsk,
sviatohirsk, svitlodarsk, svyatogorsk, tonenke, tonenkoye, toretsk, torez, torezk,
torske, torskoye, tschassiw jar, tsukurino, tsukuryne, udachne, udachnoye, ugledar,
ukrainsk, ulakly, umanske, umanskoye, urozhaine, urozhaynoye, velikaya novoselka,
velyka novosilka, verkhnekamenskoye, verkhnokamianske, volnovakha, vremevka, vremivka,
vremivskyi, vremyevka, vugledar, vuhledar, vuhlehirsk, vyemka, vyimka, wuhledar,
yampolivka, yampolovka, yasinovataya, yasnobrodivka, yasynuvata, yenakiieve, yenakiyeve,
yenakiyevo, zhelanne, zhelannoye, zolota nyva, zolotaya niva, zolotoy kolodez,
zolotyi kolodiaz, zvanivka, zvanovka, zvirove
"""

# Luhansk oblast.
# Kept although the name recurs elsewhere:
# bilohorivka: The Luhansk village of the long fight on the Siverskyi Donets; a
#   smaller Donetsk namesake near Soledar is rarely named.
# rubizhne: The Luhansk city; a Kharkiv village of the name is far less named.
_LUHANSK = """
alchevsk, belogorovka, belokurakino, bilohorivka, bilokurakyne, borivske, borovskoye,
chervonopopivka, chervonopopovka, gorskoye, grekovka, hirske, hrekivka, kadiivka,
karmazinovka, karmazynivka, kolomyichykha, kremennaya, kreminna, kuzemivka, kuzemovka,
kuzmyne, lisichansk, lyssytschansk, lysychansk, metelkino, metolkine, nevske, nevskoye,
nizhnyaya duvanka, novoaidar, novoaydar, novodruzhesk, novotoshkivske, novotoshkovskoye,
nyzhnia duvanka, ploshchanka, popasna, popasnaya, raihorodka, raygorodka, rubezhnoye,
rubizhne, schastye, severodonetsk, shchastia, shipilovka, shypylivka, sievierodonetsk,
sjewjerodonezk, stakhanov, stanitsa luganskaya, stanytsia luhanska, starobelsk,
starobilsk, stelmakhivka, stelmakhovka, svatove, svatovo, syeverodonetsk, syrotino,
syrotyne, toshkivka, toshkovka, volcheyarovka, vovchoiarivka, zhitlovka, zhytlivka
"""

# Kharkiv oblast.
# "South Slobozhanskyi" is the General Staff's direction on the Kharkiv border,
# "Kharkivskyi" its earlier name for the Vovchansk and Lyptsi front.
# Kept although the name recurs elsewhere:
# borova: The Kharkiv settlement on the Oskil; a Kyiv-oblast village of the name is
#   not a place of fighting.
# zolochiv: The Kharkiv border town; the Lviv-oblast town of the name is far from any
#   front.
_KHARKIV = """
ambarne, ambarnoye, balakleya, balakliia, balakliya, boguslavka, bohuslavka, borova,
bugrovatka, buhruvatka, cherkaska lozova, chuguev, chuguyev, chuhuiv, dergachi,
derhachi, dolgenkoye, dovhenke, dvorichna, dvurechnaya, figolevka, fyholivka, gatishche,
glushkovka, goptovka, gusarovka, hatyshche, hlushkivka, hoptivka, horokhovatka, hrakove,
hrianykivka, husarivka, isjum, izium, izyum, kapitolivka, kapitolovka, kazachya lopan,
kharkivsky, kharkivskyi, kindrashivka, kindrashovka, kislovka, kivsharivka,
kolesnikovka, kolisnykivka, kozacha lopan, krokhmalne, krokhmalnoye, kup'iansk,
kup'yansk, kupiansk, kupiansk vuzlovyi, kupiansk-vuzlovyi, kupjansk, kupyansk,
kupyansk vuzlovyi, kupyansk-uzlovoy, kupyansk-vuzlovoy, kupyansk-vuzlovyi, kutuzivka,
kyslivka, liman pervyy, liptsy, lukiantsi, lukyantsy, lyman pershyi, lyptsi, mala rohan,
malaya rogan, masiutivka, masyutovka, nova kruhliakivka, novaya kruglyakovka,
novomlynsk, novoosinovo, novoosynove, ogurtsovo, ohirtseve, pivdenno-slobozhanskyi,
prikolotnoye, prykolotne, pylna, pylnaya, radkivka, radkovka, rus'ka lozova,
ruska lozova, russkaya lozova, savintsy, savyntsi, senkove, shestakove, shestakovo,
sinkovka, slatyne, south slobozhansky, south slobozhanskyi, southern slobozhansky,
southern slobozhanskyi, stary saltov, staryi saltiv, starytsia, stepova novoselivka,
stepovaya novoselovka, strelechya, strilecha, stroivka, stroyevka, synkivka, tabaivka,
tabayevka, ternova, ternovaya, topoli, tsirkuny, tsyrkuny, velikiy burluk,
velykyi burluk, velykyy burluk, veterynarne, vilkhuvatka, volchansk,
volchanskiye khutora, vovchansk, vovchanski khutory, wowtschansk, zagryzovo, zahryzove,
zapadne, zolochev, zolochiv
"""

# Zaporizhzhia oblast.
# Kept although the name recurs elsewhere:
# kamianske: The Zaporizhzhia village of the "Kamianske" front; the Dnipropetrovsk
#   city is struck, not fought over.
# novodarivka: The village on the Donetsk border retaken in June 2023.
# vasylivka: The Zaporizhzhia town; villages of the name elsewhere are rarely places
#   of a figure.
# verbove: The Zaporizhzhia village of the 2023 counteroffensive.
# zaliznychne: The village west of Huliaipole fought over in 2026; a Kherson hamlet of
#   the name (pop. 13) is not a place of fighting.
_ZAPORIZHZHIA = """
balabino, balabyne, berdiansk, berdyansk, bilmak, bilohiria, dneprorudnoye, dniprorudne,
dorozhnianka, dorozhnyanka, energodar, enerhodar, guliaipole, gulyaipole, gulyaypole,
huliaipilskyi, huliaipole, huliaypole, huljajpole, hulyaipilskyi, hulyaipole,
kamenka-dneprovskaya, kamianka dniprovska, kamianka-dniprovska, kamianske,
kinski rozdory, kushugum, kushuhum, levadne, levadnoye, lobkove, lobkovoye, luhivske,
lukianivske, lukyanovskoye, mala bilozerka, mala tokmachka, malaya belozerka,
malaya tokmachka, mali shcherbaky, malokaterynivka, malye shcherbaki, marfopil,
marfopol, melitopol, molochansk, nesteriane, nesteryanka, novodanilovka, novodanylivka,
novodarivka, novodarovka, novoprokopivka, novoprokopovka, orekhov, orikhiv, orikhov,
pologi, polohy, priyutnoye, pryiutne, rabotino, robotyne, shcherbaki, shcherbaky,
solodka balka, stepnogorsk, stepnohirsk, tokmak, vasilyevka, vasylivka,
velikaya belozerka, velikaya znamenka, velyka bilozerka, velyka znamianka, verbove,
verbovoye, verkhnia tersa, verkhnyaya tersa, vilniansk, volnyansk, zaliznychne,
zherebianky, zherebyanki
"""

# Kherson oblast. Tavriisk is left out: the war's reports name by it the
# southern front's "Tavriisk direction" (the Tavria group of forces, in
# Zaporizhzhia and Donetsk) far more often than the town.
_KHERSON = """
aleshki, belozerka, berislav, beryslav, bilozerka, chaplinka, chaplynka, chernobaevka,
chernobayevka, chornobaivka, davydiv brid, davydov brod, dneprany, dnipriany, dudchany,
genichesk, golaya pristan, henichesk, hola prystan, kachkarivka, kachkarovka, kakhovka,
kalanchak, kazachi lageri, korsunka, kozachi laheri, krinki, krynky, nova kakhovka,
nova kamianka, nova maiachka, novaya kakhovka, novaya mayachka, novoraisk,
novovorontsovka, oleshky, osokorivka, osokorovka, poima, posad pokrovske,
posad-pokrovske, posad-pokrovskoye, poyma, skadovsk, tiahynka,
tsiurupynsk, tsyurupinsk, tyaginka, velikaya aleksandrovka, velyka oleksandrivka,
vysokopillia, vysokopolye, zolota balka, zolotaya balka
"""

# Mykolaiv oblast.
_MYKOLAIV = """
bashtanka, bereznehuvate, kinburn, nova odesa, novaya odessa, ochakiv, ochakov,
snigirevka, snihurivka, voznesensk, yuzhnoukrainsk
"""

# Dnipropetrovsk oblast.
_DNIPROPETROVSK = """
krivoy rog, kryvyi rih, marganets, marhanets, mezhevaya, mezhova, nikopol, pavlograd,
pavlohrad, sinelnikovo, synelnykove, velikomikhailovka, velykomykhailivka, zelenodolsk
"""

# Sumy oblast.
# "North Slobozhanskyi" is the General Staff's direction on the Sumy border.
# Kept although the name recurs elsewhere:
# hrabovske: The border village the Russian army entered in December 2025.
# trostianets: The Sumy town of the 2022 battle; the Vinnytsia-oblast town of the name
#   is far from any front.
_SUMY = """
akhtyrka, basivka, belopolye, bilopillia, esman, glukhov, grabovskoye, hlukhiv,
hrabovske, khotin, kindrativka, kondratovka, konotop, lebedin, lebedyn, myropillia,
north slobozhansky, north slobozhanskyi, northern slobozhansky, northern slobozhanskyi,
okhtyrka, pivnichno-slobozhanskyi, romny, ryzhevka, ryzhivka, seredyna buda,
seredyna-buda, shostka, trostianets, trostyanets, velikaya pisarevka, velyka pysarivka,
vodolagi, vodolahy, vorozhba, yunakivka, yunakovka
"""

# Chernihiv oblast (the 2022 advance on Kyiv from the north-east).
_CHERNIHIV = """
bakhmach, gorodnya, horodnia, kozelets, nezhin, nizhyn, novgorod-severskiy,
novhorod-siversky, novhorod-siverskyi, novhorod-siverskyy, repki, ripky
"""

# Kyiv oblast (the 2022 battles north and west of the capital).
_KYIV = """
borodianka, borodyanka, brovary, bucha, chernobyl, chornobyl, demydiv, dymer, gostomel,
horenka, hostomel, irpen, irpin, ivankiv, ivankov, makariv, moschun, moshchun, motyzhyn,
velyka dymerka, vorzel, vyshgorod, vyshhorod
"""

# Russia's Kursk oblast.
_KURSK = """
apanasovka, bolshoe soldatskoe, bolshoye soldatskoye, cherkasskoe porechnoe,
cherkasskoye porechnoye, darino, glushkovo, gornal, guevo, guyevo, hlushkove, hlushkovo,
kazachya loknya, korenevo, krasnooktyabrskoye, kremyanoe, kremyanoye, kulbaki,
kurchatov, lgov, lyubimovka, makhnovka, mala loknia, malaya loknia, malaya loknya,
nikolaevo-darino, nikolayevo-daryino, oleshnya, olgovka, plekhovo, pogrebki,
popovo-lezhachi, russkoe porechnoe, russkoye porechnoye, rylsk, sheptukhovka, snagost,
sudja, sudscha, sudzha, sverdlikovo, tetkino, tiotkino, tyotkino, ulanok, vnezapnoye,
zaoleshenka, zvannoye
"""

# Russia's Belgorod oblast: the border villages of the raids of 2023-2025.
# Kept although the name recurs elsewhere:
# demidovka, demydivka: The Krasnaya Yaruga district village of the 2025
#   incursion; the Ukrainian villages of the name lie far from any front.
_BELGOROD = """
bezymeno, demidovka, demydivka, glotovo, gora-podol, grafovka, graivoron, grayvoron,
hraivoron, kolotilovka, kozinka, krasnaya yaruga, nekhoteevka, nekhoteyevka,
novaya tavolzhanka, prilesye, prylissia, shebekino, spodaryushino, terebreno, urazovo,
valuyki, zhuravlevka
"""

# Russia's Bryansk oblast.
_BRYANSK = """
klimovo, klintsy, lyubechane, pogar, sevsk, sushany, suzemka
"""

_BLOCKS: tuple[tuple[str, str], ...] = (
    ("donetsk", _DONETSK),
    ("luhansk", _LUHANSK),
    ("kharkiv", _KHARKIV),
    ("zaporizhzhia", _ZAPORIZHZHIA),
    ("kherson", _KHERSON),
    ("mykolaiv", _MYKOLAIV),
    ("dnipropetrovsk", _DNIPROPETROVSK),
    ("sumy", _SUMY),
    ("chernihiv", _CHERNIHIV),
    ("kyiv", _KYIV),
    ("kursk", _KURSK),
    ("belgorod", _BELGOROD),
    ("bryansk", _BRYANSK),
)


def names_of(blocks: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Every name of each (slug, comma-separated block) pair, with the slug: how
    this table and `place_raions`' are written."""
    return {
        name.strip(): slug
        for slug, block in blocks
        for name in block.split(",")
        if name.strip()
    }


# Every name, lower case, with the slug of its oblast.
TOWN_NAMES: dict[str, str] = names_of(_BLOCKS)
