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

# Donetsk oblast.
# Kept although the name recurs elsewhere:
# dobropillia: The Donetsk town; the Zaporizhzhia village of the name is far less
#   named.
# lyman: The Donetsk town of the "Lyman direction"; villages of the name elsewhere are
#   not places of fighting.
# makiivka: The city; a Makiivka near Svatove (Luhansk) is a village the news names
#   far less.
# novopavlivka: The village of the "Novopavlivka direction" west of Pokrovsk.
_DONETSK = """
amvrosiivka, artemivsk, artemovsk, artyomovsk, avdeevka, avdiivka, awdijiwka, bachmut,
bakhmut, bakhmutske, berdychi, berkhivka, bilozerske, bilozerskoye, bilytske,
bohoiavlenka, bohorodychne, bohoyavlenka, chasiv iar, chasiv yar, chasov yar,
chunyshyne, dachenske, debaltseve, debaltsevo, dimitrov, dobropillia, dobropillya,
dobropolye, dokuchaevsk, dokuchaievsk, drobysheve, dronivka, druzhkivka, druzhkovka,
dyliivka, dymytrov, dzerzhinsk, gorlovka, gornyak, grishino, grodovka, heorhiivka,
hirnyk, horlivka, hostre, hrodivka, hryshyne, ilovaisk, ilovaysk, ivanivske,
ivano-darivka, ivanopillia, keramik, khartsyzk, khromove, kleban-byk, kleshcheevka,
kleshcheyevka, klishchiivka, konstantinovka, konstiantynivka, kostiantynivka,
kostiantynopil, kostyantynivka, kotlyne, kramatorsk, krasnoarmeysk, krasnoarmiisk,
krasnogorovka, krasnohorivka, krasny liman, krasnyi lyman, kucheriv yar, kurachowe,
kurakhivka, kurakhove, kurakhovo, kurdiumivka, kurdyumivka, kurdyumovka, lastochkyne,
lyman, maiorsk, makiivka, maksymilianivka, mar'inka, mariinka, marinka, mariupol,
maryinka, mayorsk, mirnograd, mirnohrad, mykilske, myrnohrad, nelipivka, netailove,
nevelske, niu-york, novoazovsk, novobakhmutivka, novoekonomichne, novogrodovka,
novohrodivka, novokalynove, novopavlivka, novoselydivka, novotoretske, nykanorivka,
ocheretino, ocheretyne, oleksandro-kalynove, oleksandro-shultyne, opytne, ozarianivka,
ozaryanovka, pivnichne, pleshchiivka, pokrovsk, pokrowsk, popiv yar, prechystivka,
predtechyne, rivnopil, rodinskoye, rodynske, rusyn yar, sartana, selidove, selidovo,
selydove, serebrianka, serebryanka, seversk, shakhove, shakhtarsk, shakhtarske,
shandryholove, shcherbynivka, shirokino, shyrokyne, siversk, slaviansk, slavyansk,
sloviansk, slovyansk, snizhne, soledar, soloviove, spirne, stari terny, staromaiorske,
staromlynivka, stupochky, sukhetske, sukhyi yar, svetlodarsk, sviatohirsk, svitlodarsk,
tonenke, toretsk, torez, torezk, torske, tsukuryne, udachne, udachnoye, ugledar,
ukrainsk, umanske, urozhaine, velikaya novoselka, velyka novosilka, verkhnokamianske,
volnovakha, vremivka, vugledar, vuhledar, vuhlehirsk, vyimka, wuhledar, yampolivka,
yasinovataya, yasnobrodivka, yasynuvata, yenakiieve, yenakiyeve, yenakiyevo, zhelanne,
zolota nyva, zolotyi kolodiaz, zvanivka, zvirove
"""

# Luhansk oblast.
# Kept although the name recurs elsewhere:
# bilohorivka: The Luhansk village of the long fight on the Siverskyi Donets; a
#   smaller Donetsk namesake near Soledar is rarely named.
# rubizhne: The Luhansk city; a Kharkiv village of the name is far less named.
_LUHANSK = """
alchevsk, belogorovka, bilohorivka, bilokurakyne, borivske, chervonopopivka, gorskoye,
grekovka, hirske, hrekivka, kadiivka, kolomyichykha, kremennaya, kreminna, kuzemivka,
kuzmyne, lisichansk, lysychansk, metolkine, nevske, novoaidar, novodruzhesk,
novotoshkivske, ploshchanka, popasna, popasnaya, raihorodka, rubezhnoye, rubizhne,
severodonetsk, shchastia, shypylivka, sievierodonetsk, stakhanov, stanytsia luhanska,
starobelsk, starobilsk, stelmakhivka, svatove, svatovo, syeverodonetsk, syrotyne,
toshkivka, vovchoiarivka, zhytlivka
"""

# Kharkiv oblast.
# "South Slobozhanskyi" is the General Staff's direction on the Kharkiv border.
# Kept although the name recurs elsewhere:
# borova: The Kharkiv settlement on the Oskil; a Kyiv-oblast village of the name is
#   not a place of fighting.
_KHARKIV = """
ambarne, balakleya, balakliia, balakliya, bohuslavka, borova, buhruvatka, chuguev,
chuguyev, chuhuiv, derhachi, dovhenke, dvorichna, dvurechnaya, fyholivka, hatyshche,
hlushkivka, hoptivka, husarivka, izium, izyum, kapitolivka, kindrashivka, kivsharivka,
kolisnykivka, kozacha lopan, krokhmalne, kucherivka, kup'iansk, kupiansk,
kupiansk-vuzlovyi, kupjansk, kupyansk, kupyansk-uzlovoy, kupyansk-vuzlovyi, kyslivka,
liptsy, lukiantsi, lyman pershyi, lyptsi, mala rohan, masiutivka, milove,
nova kruhliakivka, novoosynove, ohirtseve, pivdenno-slobozhanskyi, prykolotne, pylna,
radkivka, ruska lozova, savyntsi, senkove, shestakove, south slobozhansky,
south slobozhanskyi, southern slobozhansky, southern slobozhanskyi, staryi saltiv,
starytsia, strilecha, stroivka, synkivka, tabaivka, ternova, topoli, tsyrkuny,
velikiy burluk, velykyi burluk, vilkhuvatka, volchansk, vovchansk, vovchanski khutory,
wowtschansk, zahryzove, zapadne
"""

# Zaporizhzhia oblast.
# Kept although the name recurs elsewhere:
# kamianske: The Zaporizhzhia village of the "Kamianske" front; the Dnipropetrovsk
#   city is struck, not fought over.
# vasylivka: The Zaporizhzhia town; villages of the name elsewhere are rarely places
#   of a figure.
# verbove: The Zaporizhzhia village of the 2023 counteroffensive.
# zaliznychne: The village west of Huliaipole fought over in 2026; a Kherson hamlet of
#   the name (pop. 13) is not a place of fighting.
_ZAPORIZHZHIA = """
balabyne, berdiansk, berdyansk, bilmak, bilohiria, dneprorudnoye, dniprorudne,
dorozhnianka, energodar, enerhodar, guliaipole, gulyaipole, gulyaypole, huliaipole,
huliaypole, huljajpole, hulyaipole, kamenka-dneprovskaya, kamianka-dniprovska,
kamianske, kinski rozdory, kushuhum, levadne, lobkove, luhivske, lukianivske,
mala bilozerka, mala tokmachka, malaya tokmachka, mali shcherbaky, malokaterynivka,
marfopil, melitopol, molochansk, nesteriane, novodanylivka, novoprokopivka,
novoprokopovka, orekhov, orikhiv, orikhov, pologi, polohy, pryiutne, rabotino, robotyne,
shcherbaky, solodka balka, stepnogorsk, stepnohirsk, tokmak, vasylivka,
velyka bilozerka, verbove, verbovoye, verkhnia tersa, vilniansk, zaliznychne,
zherebianky
"""

# Kherson oblast.
_KHERSON = """
aleshki, berislav, beryslav, bilozerka, chaplynka, chernobaevka, chernobayevka,
chornobaivka, davydiv brid, dnipriany, dudchany, genichesk, golaya pristan, henichesk,
hola prystan, kachkarivka, kakhovka, kalanchak, kazachi lageri, korsunka,
kozachi laheri, krinki, krynky, nova kakhovka, nova kamianka, nova maiachka,
novaya kakhovka, novoraisk, novovorontsovka, oleshky, poima, posad-pokrovske, skadovsk,
tavriisk, tiahynka, velyka oleksandrivka, vysokopillia
"""

# Mykolaiv oblast.
_MYKOLAIV = """
bashtanka, bereznehuvate, kinburn, nova odesa, ochakiv, snigirevka, snihurivka,
voznesensk
"""

# Dnipropetrovsk oblast.
_DNIPROPETROVSK = """
kryvyi rih, marhanets, mezhevaya, mezhova, nikopol, pavlohrad, synelnykove,
velikomikhailovka, velykomykhailivka, zelenodolsk
"""

# Sumy oblast.
# "North Slobozhanskyi" is the General Staff's direction on the Sumy border.
_SUMY = """
basivka, belopolye, bilopillia, esman, hlukhiv, khotin, kindrativka, konotop, lebedyn,
myropillia, north slobozhansky, north slobozhanskyi, northern slobozhansky,
northern slobozhanskyi, okhtyrka, pivnichno-slobozhanskyi, romny, ryzhivka,
seredyna-buda, shostka, velyka pysarivka, vodolahy, vorozhba, yunakivka, yunakovka
"""

# Chernihiv oblast (the 2022 advance on Kyiv from the north-east).
_CHERNIHIV = """
bakhmach, horodnia, kozelets, nizhyn, novhorod-siverskyi, ripky
"""

# Kyiv oblast (the 2022 battles north and west of the capital).
_KYIV = """
borodianka, borodyanka, brovary, bucha, chernobyl, chornobyl, gostomel, hostomel, irpen,
irpin, ivankiv, makariv, moshchun, motyzhyn, velyka dymerka, vorzel, vyshhorod
"""

# Russia's Kursk oblast.
_KURSK = """
apanasovka, bolshoe soldatskoe, bolshoye soldatskoye, cherkasskoe porechnoe,
cherkasskoye porechnoye, darino, glushkovo, gornal, guevo, guyevo, hlushkove, hlushkovo,
kazachya loknya, korenevo, krasnooktyabrskoye, kremyanoe, kremyanoye, kurchatov, lgov,
lyubimovka, makhnovka, mala loknia, malaya loknia, malaya loknya, nikolaevo-darino,
nikolayevo-daryino, oleshnya, olgovka, plekhovo, pogrebki, russkoe porechnoe,
russkoye porechnoye, rylsk, sheptukhovka, snagost, sudja, sudzha, sverdlikovo, tetkino,
tiotkino, tyotkino, ulanok, vnezapnoye, zaoleshenka
"""

# Russia's Belgorod oblast.
_BELGOROD = """
glotovo, graivoron, grayvoron, hraivoron, kozinka, krasnaya yaruga, nekhoteevka,
nekhoteyevka, novaya tavolzhanka, shebekino, urazovo, valuyki, zhuravlevka
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

# Every name, lower case, with the slug of its oblast.
TOWN_NAMES: dict[str, str] = {
    name.strip(): oblast
    for oblast, block in _BLOCKS
    for name in block.split(",")
    if name.strip()
}
