# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: gastrike_atervinnare_direktion_narvarolista.txt → gold/gastrike_atervinnare_direktion_narvarolista.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

GA = "Gästrike Återvinnare"
FORV = "Gästrike Återvinnares förvaltning"
HSR = "Håll Sverige Rent"

# Sammanträdesprotokoll of the förbundsdirektion of Gästrike Återvinnare (kommunalförbund for waste of
# Gävle, Sandviken, Hofors, Ockelbo, Älvkarleby) as `pdftotext -layout` text: running header on each
# page (`GÄSTRIKE ÅTERVINNARE … SAMMANTRÄDESPROTOKOLL … N (4)` / `Förbundsdirektionen … 2028-02-17`),
# a `Justerandes sign … Utdragsbestyrkande` footer and a form feed at each page break; a space-aligned
# label column (`Plats och tid`, `Beslutande`, `Övriga närvarande`, `Utses att justera`, `Justeringens` /
# `plats och tid`, `Underskrifter` with dotted lines). The MEMBERS ARE NOT IN THE HEADER: `Beslutande`
# only refers to the NÄRVARO- OCH VOTERINGSLISTA in BILAGA 1 on the last page, a space-aligned matrix
# `Ledamöter / Parti / Kommun / Tjg / Ej tjg / Frånv. / Ja / Nej / Avst` with an X in the columns, an
# `Ersättare` block, a `Summa` row, and the substitution as a sentence under it. Paragraphs are
# numbered with the body's prefix `DIR § N` (as `KS § 12` in municipal protocols) with the title on the
# same line and a right-aligned `Dnr GÅ 2027/0141` on some; decisions as `Direktionen beslutar` + `att …`
# lines (one decision sentence, as blind5/blind12); § 6 has `Yrkanden`, `Propositionsordning och
# votering` and `Reservation` sub-headings and a vote.
# Attendance: X under `Tjg` or `Ej tjg` = present, under `Frånv.` = absent (also absent substitutes,
# role `ersättare`); affiliation as written = the Kommun cell; `ordf.`/`vice ordf.` are roles; party
# letters are not part of names. Staff under `Övriga närvarande` without a body: affiliation null,
# canonical Gästrike Återvinnare (as blind8/12/14); `DIR §§ 4–5`, `DIR § 3`, `DIR § 7` → items_attended.
# Recorder: the `Sekreterare` of the signature block, Linnea Sundin (also `förbundssekreterare`).
# `förvaltningen`/`Förvaltningen`/`förvaltningens` (the federation's administration) is annotated as in
# blind14; bare `förbundet`, `direktionen`, `Förbundsdirektören` (a role) are not. Localities and
# facilities (Forsbacka, Kungsgården, Hedåsen, Norra Bangården, Forsbacka avfallsanläggning) are not
# organisations; every member municipality named in an item is listed (also as a place).
present = [
    att("Anna-Karin Sjöberg", "Gävle", "Gävle", "ordf."),
    att("Kent Olsson", "Gävle", "Gävle"),
    att("Göran Wiklund", "Sandviken", "Sandviken", "vice ordf."),
    att("Sofia Hedberg", "Hofors", "Hofors"),
    att("Per Lindgren", "Ockelbo", "Ockelbo"),
    att("Eva Lindgren", "Sandviken", "Sandviken", "ersättare", "tjänstgör för Mikael Forsberg (S)"),
    att("Johan Sandberg", "Gävle", "Gävle", "ersättare"),
    att("Tomas Hägg", "Sandviken", "Sandviken", "ersättare"),
    att("Rolf Jansson", "Ockelbo", "Ockelbo", "ersättare"),
    att("Mats Engström", None, GA, "förbundsdirektör"),
    att("Helena Nordqvist", None, GA, "ekonomichef", "DIR §§ 4–5", [4, 5]),
    att("Oskar Brandt", None, GA, "verksamhetsutvecklare", "DIR § 3", [3]),
    att("Lena Öhrn", HSR, HSR, None, "DIR § 7", [7]),
    att("Linnea Sundin", None, GA, "förbundssekreterare"),
]
absent = [
    att("Mikael Forsberg", "Sandviken", "Sandviken"),
    att("Birgitta Ekman", "Älvkarleby", "Älvkarleby"),
    att("Maria Olsson", "Gävle", "Gävle", "ersättare"),
    att("Anneli Berg", "Hofors", "Hofors", "ersättare"),
    att("Kerstin Mattsson", "Älvkarleby", "Älvkarleby", "ersättare"),
]
recorded_by = {"name": "Linnea Sundin", "canonical_name": "Linnea Sundin", "role": "förbundssekreterare"}

items = [
    item(
        1,
        "DIR § 1       Sammanträdets öppnande och dagordning",
        "Sammanträdets öppnande och dagordning",
        persons=[per("Anna-Karin Sjöberg", None, "ordförande")],
        orgs=[org(HSR, HSR, "association")],
        topics=["sammanträdets öppnande", "dagordning"],
        decisions=[
            "Direktionen beslutar att godkänna dagordningen med tillägget att informationen från Håll Sverige Rent behandlas som DIR § 7."
        ],
        bdec=["Ordföranden Anna-Karin Sjöberg (S) förklarar sammanträdet öppnat."],
    ),
    item(
        2,
        "DIR § 2       Förbundsdirektörens rapport",
        "Förbundsdirektörens rapport",
        persons=[per("Mats Engström", None, "förbundsdirektör, föredragande")],
        orgs=[
            org("Länsstyrelsen Gävleborg", "Länsstyrelsen Gävleborg", "county_administrative_board"),
            org("Förvaltningsrätten i Luleå", "Förvaltningsrätten i Luleå", "national_agency"),
            org("Naturvårdsverket", "Naturvårdsverket", "national_agency"),
            org("Klimatklivet", "Klimatklivet", "programme"),
            org("Sandviken", "Sandviken", "municipality"),
            org("Hofors", "Hofors", "municipality"),
        ],
        munis=["Sandviken", "Hofors"],
        topics=[
            "sjukfrånvaro",
            "tillsyn",
            "överprövning av upphandling",
            "insamlingsentreprenad",
            "laddstation för tunga fordon",
        ],
        decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
        bfol=[
            "Länsstyrelsen Gävleborg genomför tillsynsbesök vid Forsbacka avfallsanläggning den 9 mars 2028.",
            "Förvaltningsrätten i Luleå väntas meddela dom under april.",
        ],
        dates=[dat("2027", "2027"), dat("9 mars 2028", "2028-03-09"), dat("april", "2028-04", inferred=True)],
    ),
    item(
        3,
        "DIR § 3       Fastighetsnära insamling av förpackningar – lägesrapport",
        "Fastighetsnära insamling av förpackningar – lägesrapport",
        persons=[per("Oskar Brandt", None, "verksamhetsutvecklare, föredragande"), per("Kent Olsson")],
        orgs=[
            org("förvaltningen", FORV, "other"),
            org("Ockelbo", "Ockelbo", "municipality"),
            org("Hofors", "Hofors", "municipality"),
            org("Älvkarleby", "Älvkarleby", "municipality"),
            org("Gävle", "Gävle", "municipality"),
            org("Sandviken", "Sandviken", "municipality"),
        ],
        munis=["Ockelbo", "Hofors", "Älvkarleby", "Gävle", "Sandviken"],
        topics=[
            "fastighetsnära insamling av förpackningar",
            "utrullning i medlemskommunerna",
            "fyrfackskärl",
            "kostnader i glesbygd",
        ],
        decisions=[
            "Direktionen beslutar att lägga lägesrapporten till handlingarna, samt att förvaltningen ska redovisa en kalkyl för glesbygdens kärlkostnader vid sammanträdet den 15 juni 2028."
        ],
        bfol=[
            "Direktionen beslutar att lägga lägesrapporten till handlingarna, samt att förvaltningen ska redovisa en kalkyl för glesbygdens kärlkostnader vid sammanträdet den 15 juni 2028.",
            "I Älvkarleby startar utrullningen den 3 april 2028.",
            "Gävle och Sandviken införs etappvis från maj 2028 till och med december 2028.",
            "Kent Olsson (SD) frågar om kostnaden för fyrfackskärl i glesbygden; Oskar Brandt svarar att en kalkyl tas fram under våren.",
        ],
        dates=[
            dat("hösten 2027", "2027", "season"),
            dat("3 april 2028", "2028-04-03"),
            dat("maj 2028 till och med december 2028", "2028-05/2028-12"),
            dat("våren", "2028", "season", inferred=True),
            dat("15 juni 2028", "2028-06-15"),
        ],
    ),
    item(
        4,
        "DIR § 4       Bokslut 2027",
        "Bokslut 2027",
        persons=[per("Helena Nordqvist", None, "ekonomichef, föredragande")],
        topics=["bokslut 2027", "resultat", "intäkter för metallskrot"],
        decisions=[
            "Direktionen beslutar att godkänna bokslutet för 2027 och överlämna det till revisorerna."
        ],
        dates=[dat("2027", "2027"), dat("2028-02-02", "2028-02-02")],
    ),
    item(
        5,
        "DIR § 5       Ombudgetering av investeringar från 2027 till 2028",
        "Ombudgetering av investeringar från 2027 till 2028",
        persons=[per("Helena Nordqvist", None, "föredragande")],
        orgs=[org("Ockelbo", "Ockelbo", "municipality")],
        munis=["Ockelbo"],
        topics=["ombudgetering av investeringar", "återvinningscentral i Ockelbo"],
        decisions=[
            "Direktionen beslutar att föra över 4,6 miljoner kronor av 2027 års investeringsbudget till 2028, samt att uppdra åt förbundsdirektören att informera medlemskommunernas ekonomichefer om ombudgeteringen."
        ],
        bfol=[
            "Direktionen beslutar att föra över 4,6 miljoner kronor av 2027 års investeringsbudget till 2028, samt att uppdra åt förbundsdirektören att informera medlemskommunernas ekonomichefer om ombudgeteringen."
        ],
    ),
    item(
        6,
        "DIR § 6       Lokalisering av ny återvinningscentral i Sandviken",
        "Lokalisering av ny återvinningscentral i Sandviken",
        subheadings=["Yrkanden", "Propositionsordning och votering", "Reservation"],
        persons=[per("Sofia Hedberg"), per("Kent Olsson")],
        orgs=[
            org("Förvaltningen", FORV, "other", "förvaltningens"),
            org("Sandviken", "Sandviken", "municipality", "Sandvikens kommun"),
        ],
        munis=["Sandviken"],
        topics=[
            "lokalisering av återvinningscentral",
            "återremiss",
            "votering",
            "reservation",
            "detaljplan och bygglov",
        ],
        decisions=[
            "Med 4 ja-röster mot 2 nej-röster beslutar direktionen att avgöra ärendet i dag.",
            "Direktionen beslutar att den nya återvinningscentralen i Sandviken lokaliseras till Hedåsen (alternativ A), samt att uppdra åt förbundsdirektören att tillsammans med Sandvikens kommun ta fram en tidplan för detaljplan och bygglov till direktionens sammanträde den 15 juni 2028.",
        ],
        bdec=[
            "Förvaltningen föreslår alternativ A.",
            "Ordföranden yrkar bifall till förvaltningens förslag.",
            "Sofia Hedberg (V) yrkar att ärendet återremitteras för att utreda kollektivtrafikens tillgänglighet till Hedåsen.",
            "Kent Olsson (SD) instämmer i Sofia Hedbergs yrkande.",
            "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och finner att direktionen beslutar att avgöra ärendet i dag.",
            "Sofia Hedberg (V) och Kent Olsson (SD) reserverar sig mot beslutet.",
        ],
        bfol=[
            "Direktionen beslutar att den nya återvinningscentralen i Sandviken lokaliseras till Hedåsen (alternativ A), samt att uppdra åt förbundsdirektören att tillsammans med Sandvikens kommun ta fram en tidplan för detaljplan och bygglov till direktionens sammanträde den 15 juni 2028."
        ],
        dates=[dat("15 juni 2028", "2028-06-15")],
    ),
    item(
        7,
        "DIR § 7       Information om nedskräpningskampanj 2028",
        "Information om nedskräpningskampanj 2028",
        persons=[per("Lena Öhrn", HSR, "föredragande"), per("Per Lindgren")],
        orgs=[
            org(HSR, HSR, "association"),
            org("Gävle", "Gävle", "municipality"),
            org("Ockelbo", "Ockelbo", "municipality"),
            org("Hofors", "Hofors", "municipality"),
            org("Älvkarleby", "Älvkarleby", "municipality"),
        ],
        munis=["Gävle", "Ockelbo", "Hofors", "Älvkarleby"],
        topics=["nedskräpning", "Skräpplockardagarna", "skolor"],
        decisions=["Direktionen beslutar att lägga informationen till handlingarna."],
        bdec=["Per Lindgren (C) föreslår att även skolorna i Hofors och Älvkarleby bjuds in."],
        bfol=[
            "Lena Öhrn från Håll Sverige Rent informerar om Skräpplockardagarna, som pågår den 22 april–14 maj 2028 över hela landet."
        ],
        dates=[dat("22 april–14 maj 2028", "2028-04-22/2028-05-14")],
    ),
    item(
        8,
        "DIR § 8       Övriga frågor och nästa sammanträde",
        "Övriga frågor och nästa sammanträde",
        persons=[per("Göran Wiklund")],
        topics=["öppettider vid återvinningscentralerna", "nästa sammanträde"],
        follow_ups=[
            "Förbundsdirektören återkommer med ett förslag vid nästa sammanträde.",
            "Nästa sammanträde hålls torsdagen den 20 april 2028 kl. 09.00 i Forsbacka.",
        ],
        bdec=["Nästa sammanträde hålls torsdagen den 20 april 2028 kl. 09.00 i Forsbacka."],
        dates=[dat("20 april 2028", "2028-04-20")],
    ),
]

write(
    "gastrike_atervinnare_direktion_narvarolista.txt",
    "Gästrike Återvinnare, förbundsdirektionen",
    "2028-02-17",
    ["Sammanträdesdatum 2028-02-17", "torsdagen den 17 februari 2028 kl. 09.00–11.40"],
    "Gästrike Återvinnares kontor, Forsbacka",
    present,
    absent,
    recorded_by,
    items,
    end_marker="Justerandes sign",
    item_start_marker="DIR § 1       Sammanträdets",
)
