# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: lbva_agarrad_marginalrubriker.txt → gold/<same>.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

LBVA = "Laholmsbuktens VA AB"
BOARD = "Laholmsbuktens VA AB:s styrelse"

# `pdftotext -layout` of a Word document laid out with MARGIN HEADINGS: a 22-column left margin holds
# the labels (`Tid`, `Plats`, `Närvarande`, `Övriga`, `Förhinder`, `Vid anteckningarna`, `Justeras`)
# and the item headings `N. Title`, a heading wrapping onto a second margin line
# (`2. Verksamhet och` / `ekonomi 2027`); the text runs in the right-hand column beside it. Page
# furniture (footer line, form feed, running header `Laholmsbuktens VA AB  Ägarråd 2028-03-14` /
# `Sida N (3)`) falls between two paragraphs of item 3 and between items 6 and 7.
# Choices: a title is the margin text of the heading lines joined with one space; attendance grouped
# under owner lines (`Halmstads kommun`, `Laholms kommun`, `Laholmsbuktens VA AB`) takes that body;
# `(punkt 1–5)` → items 1–5; `Tomas Ek, …, ersättare för Mats Wiberg` is present and Mats Wiberg
# (also under `Förhinder`) absent; the recorder is the name under `Vid anteckningarna`. Bare
# `bolaget`/`Bolagets` (LBVA) and `ägarrådet` (the meeting body) are not organisations;
# `styrelsen`/`styrelsens` (the company's board, another organ) is; `kommunfullmäktige`,
# `kommunstyrelserna` (organs of both municipalities, unnamed) are not. `Mellbystrand`,
# `Skummeslövsstrand` are localities, not municipalities. `efterfrågade`, `framförde`, `vill att`
# are borderline decisions; `informerade om` a coming event a borderline follow-up; the annual
# general meeting's date (`Bolagets årsstämma hålls …`) and the councils' coming step are follow-ups.
present = [
    att(
        "Peter Hallgren",
        "Halmstads kommun",
        "Halmstad",
        "kommunstyrelsens ordförande, ordförande i ägarrådet",
    ),
    att("Lena Ekvall", "Halmstads kommun", "Halmstad", "kommundirektör"),
    att("Olle Bergström", "Halmstads kommun", "Halmstad", "ekonomidirektör", "(punkt 1–5)", [1, 2, 3, 4, 5]),
    att("Birgitta Svensson", "Laholms kommun", "Laholm", "kommunstyrelsens ordförande"),
    att("Tomas Ek", "Laholms kommun", "Laholm", "biträdande kommundirektör", "ersättare för Mats Wiberg"),
    att("Ingrid Falk", LBVA, LBVA, "styrelsens ordförande"),
    att("Anders Kjellberg", LBVA, LBVA, "vd"),
    att("Sara Bergström", LBVA, LBVA, "ekonomichef"),
    att("Linnéa Holm", LBVA, LBVA, "bolagssekreterare"),
    att("Johan Ståhl", "Sweco", "Sweco", "uppdragsledare", "(punkt 4)", [4]),
]
absent = [att("Mats Wiberg", "Laholms kommun", "Laholm", "kommundirektör")]
recorded_by = {"name": "Linnéa Holm", "canonical_name": "Linnéa Holm", "role": "bolagssekreterare"}

items = [
    item(
        1,
        "1. Mötets öppnande",
        "Mötets öppnande",
        persons=[per("Peter Hallgren")],
        munis=["Laholm"],
        topics=["mötets öppnande", "dagordning", "föregående minnesanteckningar"],
        decisions=[
            "Dagordningen fastställdes med ett tillägg under punkt 7.",
            "Minnesanteckningarna från ägarrådet den 23 november 2027 godkändes.",
        ],
        dates=[dat("23 november 2027", "2027-11-23")],
    ),
    item(
        2,
        "2. Verksamhet och\nekonomi 2027",
        "Verksamhet och ekonomi 2027",
        persons=[
            per("Anders Kjellberg", LBVA),
            per("Sara Bergström", LBVA, also=["Sara"]),
            per("Olle Bergström", "Halmstads kommun"),
        ],
        munis=["Halmstad"],
        topics=[
            "bokslut 2027",
            "VA-kollektivets resultat",
            "investeringar",
            "redovisning per kommun",
            "årsstämma",
        ],
        follow_ups=[
            "Sara återkommer med en sådan redovisning till nästa ägarråd.",
            "Bolagets årsstämma hålls den 25 april 2028 i Halmstad.",
        ],
        bdec=[
            "Olle Bergström efterfrågade en tydligare redovisning av investeringarna fördelade per kommun."
        ],
        dates=[dat("25 april 2028", "2028-04-25")],
    ),
    item(
        3,
        "3. VA-taxa 2029",
        "VA-taxa 2029",
        persons=[per("Anders Kjellberg", LBVA), per("Birgitta Svensson", "Laholms kommun")],
        orgs=[org("styrelsens", BOARD, "other")],
        munis=["Laholm", "Halmstad"],
        topics=["VA-taxa 2029", "taxehöjning", "brukningsavgift", "kapitalkostnader"],
        decisions=[
            "Ägarrådet ställde sig bakom att bolaget arbetar vidare med en höjning på 9 procent i båda kommunerna."
        ],
        follow_ups=["Taxeförslaget behandlas av kommunfullmäktige i Halmstad och Laholm i oktober."],
        bdec=[
            "Birgitta Svensson framförde att Laholm hellre ser flera mindre höjningar över en längre period."
        ],
        dates=[dat("oktober", "2028-10")],
    ),
    item(
        4,
        "4. Förstudie\nreservvatten",
        "Förstudie reservvatten",
        persons=[per("Johan Ståhl", "Sweco", "föredragande"), per("Lena Ekvall"), per("Tomas Ek")],
        orgs=[
            org("Sweco", "Sweco", "company"),
            org(
                "Länsstyrelsen i Hallands län", "Länsstyrelsen i Hallands län", "county_administrative_board"
            ),
            org("Livsmedelsverkets", "Livsmedelsverket", "national_agency"),
            org("Halmstad", "Halmstad", "municipality", "Halmstads"),
        ],
        munis=["Laholm", "Halmstad"],
        topics=[
            "reservvattenförsörjning",
            "leveranssäkerhet",
            "överföringsledning till Mellbystrand",
            "regional vattenförsörjningsplan",
        ],
        decisions=[
            "Ägarrådet gav bolaget i uppdrag att gå vidare med en fördjupad utredning av alternativ 2."
        ],
        follow_ups=[
            "Utredningen redovisas för ägarrådet senast den 29 september 2028.",
            "Lena Ekvall och Tomas Ek ser till att kommunernas planarbete stäms av med utredningen.",
        ],
        bfol=["Ägarrådet gav bolaget i uppdrag att gå vidare med en fördjupad utredning av alternativ 2."],
        dates=[dat("29 september 2028", "2028-09-29")],
    ),
    item(
        5,
        "5. Ägardirektiv och\nborgensram",
        "Ägardirektiv och borgensram",
        persons=[per("Lena Ekvall"), per("Tomas Ek")],
        orgs=[org("Kommuninvest", "Kommuninvest i Sverige AB", "company")],
        topics=["ägardirektiv", "borgensram", "upplåning via Kommuninvest", "VA-planer"],
        decisions=[
            "Ägarrådet enades om att föreslå kommunfullmäktige i båda kommunerna att höja borgensramen till 1 800 miljoner kronor."
        ],
        follow_ups=["Lena Ekvall och Tomas Ek tar fram ett gemensamt underlag till kommunstyrelserna i maj."],
        dates=[dat("maj", "2028-05")],
    ),
    item(
        6,
        "6. Skyfall och\ndagvatten",
        "Skyfall och dagvatten",
        persons=[per("Anders Kjellberg", also=["Anders"])],
        orgs=[org("Svenskt Vatten", "Svenskt Vatten", "association")],
        munis=["Halmstad"],
        topics=["skyfall", "dagvatten", "ansvarsfördelning mellan bolag och kommun", "klimatanpassning"],
        follow_ups=[
            "Bolaget återkommer med ett förslag till ansvarsfördelning för skyfall till ägarrådet i juni."
        ],
        bfol=[
            "Anders informerade om att Svenskt Vatten tar fram en branschgemensam vägledning om skyfallsansvar under hösten."
        ],
        dates=[dat("augusti 2027", "2027-08"), dat("hösten", "2028"), dat("juni", "2028-06")],
    ),
    item(
        7,
        "7. Övriga frågor",
        "Övriga frågor",
        persons=[
            per("Birgitta Svensson"),
            per("Anders Kjellberg", also=["Anders"]),
            per("Ingrid Falk"),
        ],
        orgs=[
            org("Laholms kommun", "Laholm", "municipality", "Laholms kommuns"),
            org("styrelsen", BOARD, "other"),
        ],
        munis=["Laholm"],
        topics=[
            "bostadsbyggande i Mellbystrand och Skummeslövsstrand",
            "detaljplanering",
            "styrelseutbildning",
        ],
        follow_ups=["Anders tar kontakt med Laholms kommuns planavdelning."],
        bdec=["Hon vill att bolaget tidigt deltar i detaljplanearbetet."],
        bfol=["Ingrid Falk informerade om att styrelsen har en utbildningsdag om VA-juridik den 12 maj."],
        dates=[dat("12 maj", "2028-05-12")],
    ),
    item(
        8,
        "8. Nästa möte",
        "Nästa möte",
        munis=["Halmstad"],
        topics=["nästa möte"],
        follow_ups=["Nästa ägarråd hålls tisdagen den 13 juni 2028 kl. 08.30 i stadshuset i Halmstad."],
        dates=[dat("13 juni 2028", "2028-06-13")],
    ),
]

write(
    "lbva_agarrad_marginalrubriker.txt",
    "Laholmsbuktens VA AB, ägarrådet",
    "2028-03-14",
    ["Tisdagen den 14 mars 2028", "2028-03-14"],
    "Kommunhuset i Laholm, sammanträdesrummet Lagan",
    present,
    absent,
    recorded_by,
    items,
    "Vid anteckningarna",
)
