# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: dalarna_destinationsnatverk_epost_tabell.txt → gold/dalarna_destinationsnatverk_epost_tabell.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

VD = "Visit Dalarna"
RD = "Region Dalarna"
MCF = "Myndigheten för civilt försvar"

# Minnesanteckningar of the destination network of Dalarna's tourism organisation Visit Dalarna (the
# municipalities' tourism and business officers, the destination company Visit Falun Borlänge) SENT AS AN
# OUTLOOK E-MAIL whose HTML body was turned into plain text: mail header (`Från:`/`Skickat: den 9 mars
# 2028 16:12`/`Till:`/`Kopia:`/`Ämne: … 7/3`), greeting, an upper-case title and a date line
# `Tisdag 7 mars 2028, kl. …, place`; the attendance TABLE IS FLATTENED TO ONE CELL PER LINE (header cells
# `Namn` / `Organisation` / `Roll`, then three lines per person, no separators), the substitute and the
# guests' items inside the Roll cell (`ersättare för Tommy Larsson`, `gäst, punkt 4`, `trafikplanerare,
# punkt 5`); items `Punkt N – Title` with run-in `Beslut:` lines; after the items an `Att göra` table,
# flattened the same way (`Vad` / `Vem` / `När`); the absence as a closing `Förhinder:` sentence with two
# municipalities that sent nobody; the recorder also in the mail SIGNATURE.
# The items end at `Att göra`: the action table only restates follow-ups of the items. `Beslut:` is a
# run-in label, not part of the sentence. Short forms: `Erik` (Erik Dahl), `Lisa` (Lisa Hedlund),
# `Anders` (Anders Lundkvist), `Fredrik` (Fredrik Gustafsson), `Mikael` (Mikael Strand). Same surname,
# different people: Erik Dahl (Visit Dalarna) / Karin Dahl (Mora). `Anders Lundkvist` is the `Anders J.
# Lundkvist` of the Blekinge document (same agency and function area): canonical `Anders Lundkvist`.
# `Vasaloppet` is annotated as the organiser (kind other) in item 6; `Dalatrafik` is Region Dalarna's
# public transport (kind other); places (Sälen, Grönklitt, Siljansområdet, Mälardalen, Norge) are not
# organisations; `Rättviks … kommunfullmäktige` → the council is annotated (canonical `Rättviks
# kommunfullmäktige`). Yearless months before March → 2027 (`december`, past), the rest → 2028.
present = [
    att("Erik Dahl", VD, VD, "vd"),
    att("Lisa Hedlund", VD, VD, "projektledare"),
    att("Karin Dahl", "Mora kommun", "Mora", "turistchef"),
    att("Jonas Back", "Orsa kommun", "Orsa", "näringslivsutvecklare"),
    att("Annelie Skoog", "Rättviks kommun", "Rättvik", "turismutvecklare"),
    att("Mikael Strand", "Leksands kommun", "Leksand", "näringslivschef"),
    att("Helena Borg", "Visit Falun Borlänge", "Visit Falun Borlänge", "vd"),
    att("Petter Nylander", "Malung-Sälens kommun", "Malung-Sälen", "turism- och näringslivschef"),
    att("Maja Ström", "Hedemora kommun", "Hedemora", "ersättare", "ersättare för Tommy Larsson"),
    att("Anders Lundkvist", MCF, MCF, "gäst", "punkt 4", [4]),
    att("Fredrik Gustafsson", "Region Dalarna, Dalatrafik", RD, "trafikplanerare", "punkt 5", [5]),
]
absent = [
    att("Johanna Eriksson", "Älvdalens kommun", "Älvdalen"),
    att("Ola Mattsson", "Vansbro kommun", "Vansbro"),
    att("Tommy Larsson", "Hedemora kommun", "Hedemora"),
]
recorded_by = {"name": "Lisa Hedlund", "canonical_name": "Lisa Hedlund", "role": "projektledare"}

items = [
    item(
        1,
        "Punkt 1 – Välkomna och dagordning",
        "Välkomna och dagordning",
        persons=[per("Erik", None, "mötesordförande", canon="Erik Dahl"), per("Annelie Skoog", None, "värd")],
        orgs=[
            org("Rättviks", "Rättvik", "municipality"),
            org("kommunfullmäktige", "Rättviks kommunfullmäktige", "other"),
        ],
        munis=["Rättvik"],
        topics=["välkomna", "besöksnäringsprogram i Rättvik", "dagordning"],
        decisions=["Dagordningen godkändes med ett tillägg under övriga frågor."],
        dates=[dat("december", "2027-12", inferred=True)],
    ),
    item(
        2,
        "Punkt 2 – Gästnätter och statistik 2027",
        "Gästnätter och statistik 2027",
        persons=[per("Lisa", None, "föredragande", canon="Lisa Hedlund"), per("Petter Nylander")],
        orgs=[
            org("SCB", "Statistiska centralbyrån", "national_agency"),
            org("Tillväxtverket", "Tillväxtverket", "national_agency"),
            org("Malung-Sälen", "Malung-Sälen", "municipality"),
            org(VD, VD, "company"),
        ],
        munis=["Malung-Sälen"],
        topics=[
            "gästnattsstatistik",
            "utländska besökare",
            "vinterturism",
            "privat stuguthyrning",
            "kvartalsrapport",
        ],
        decisions=["Visit Dalarna tar fram en gemensam kvartalsrapport för nätverket med start i maj 2028."],
        bdec=["Petter Nylander påpekade att statistiken inte fångar privat uthyrning av stugor."],
        bfol=["Visit Dalarna tar fram en gemensam kvartalsrapport för nätverket med start i maj 2028."],
        dates=[dat("2027", "2027"), dat("2026", "2026"), dat("maj 2028", "2028-05")],
    ),
    item(
        3,
        "Punkt 3 – Sommarkampanj 2028",
        "Sommarkampanj 2028",
        persons=[
            per("Helena Borg", None, "föredragande"),
            per("Lisa", None, "föredragande", canon="Lisa Hedlund"),
        ],
        orgs=[org(VD, VD, "company"), org(RD, RD, "region")],
        topics=["sommarkampanj", "gemensam marknadsföring", "barnfamiljer", "medfinansiering av annonser"],
        decisions=["Nätverket ställer sig bakom kampanjupplägget."],
        follow_ups=["Kommunerna meddelar Lisa senast 31 mars om de vill medfinansiera lokala annonser."],
        dates=[
            dat("1 maj–15 juli", "2028-05-01/2028-07-15", inferred=True),
            dat("31 mars", "2028-03-31", inferred=True),
        ],
    ),
    item(
        4,
        "Punkt 4 – Krisberedskap i besöksnäringen",
        "Krisberedskap i besöksnäringen",
        persons=[
            per("Anders Lundkvist", MCF, "gäst, föredragande", also=["Anders"]),
            per("Karin Dahl"),
            per("Lisa", None, None, canon="Lisa Hedlund"),
        ],
        orgs=[
            org(MCF, MCF, "national_agency", "MCF:s"),
            org("Mora kommun", "Mora", "municipality"),
            org("Länsstyrelsen Dalarnas län", "Länsstyrelsen Dalarnas län", "county_administrative_board"),
        ],
        munis=["Mora"],
        topics=[
            "krisberedskap i besöksnäringen",
            "elavbrott",
            "skogsbrand",
            "evakuering",
            "nå gäster vid kris",
        ],
        decisions=["Varje destination ser över sina rutiner för att nå gäster vid kris före sommarsäsongen."],
        follow_ups=[
            "Anders skickar MCF:s vägledning om besökare vid kriser till Lisa, som sprider den i nätverket."
        ],
        bdec=[
            "Han betonade att destinationerna behöver veta hur de når sina gäster vid ett längre elavbrott eller en skogsbrand."
        ],
        bfol=[
            "Varje destination ser över sina rutiner för att nå gäster vid kris före sommarsäsongen.",
            "Karin Dahl berättade att Mora kommun övar evakuering av Vasaloppets målområde tillsammans med Länsstyrelsen Dalarnas län i september.",
        ],
        dates=[dat("januari", "2028-01", inferred=True), dat("september", "2028-09", inferred=True)],
    ),
    item(
        5,
        "Punkt 5 – Kollektivtrafik till besöksmålen",
        "Kollektivtrafik till besöksmålen",
        persons=[
            per("Fredrik Gustafsson", "Dalatrafik", "föredragande", also=["Fredrik"]),
            per("Jonas Back"),
        ],
        orgs=[
            org("Dalatrafik", "Dalatrafik", "other"),
            org("Orsa Rovdjurspark", "Orsa Rovdjurspark", "company"),
            org("Mora", "Mora", "municipality"),
            org("Orsa", "Orsa", "municipality"),
            org(RD, RD, "region"),
        ],
        munis=["Mora", "Orsa"],
        topics=["kollektivtrafik till besöksmål", "sommarlinje", "hållplatser", "dagsbesökare"],
        follow_ups=[
            "Mora och Orsa kommuner återkommer till Dalatrafik med förslag på hållplatser senast den 15 april.",
            "Fredrik återkommer till nätverket när Region Dalarna har fattat beslut om linjen i maj.",
        ],
        bdec=[
            "Fredrik Gustafsson från Dalatrafik presenterade förslaget till en sommarlinje Mora–Orsa–Grönklitt under perioden 15 juni–20 augusti 2028.",
            "Jonas Back framhöll att Orsa Rovdjurspark och Grönklitt behöver anpassade tider för dagsbesökare.",
        ],
        dates=[
            dat("15 juni–20 augusti 2028", "2028-06-15/2028-08-20"),
            dat("15 april", "2028-04-15", inferred=True),
            dat("maj", "2028-05", inferred=True),
        ],
    ),
    item(
        6,
        "Punkt 6 – Vasaloppet och vinterns evenemang",
        "Vasaloppet och vinterns evenemang",
        persons=[per("Karin Dahl"), per("Mikael Strand")],
        orgs=[
            org(
                "Vasaloppet",
                "Vasaloppet",
                "other",
                note="the organiser in 'samarbetet med Vasaloppet'; the race in the title",
            ),
            org("Leksand", "Leksand", "municipality"),
        ],
        munis=["Leksand"],
        topics=["Vasaloppet", "boende vid evenemang", "vinterevenemang", "evenemangssamverkan"],
        bfol=[
            "Mikael Strand berättade att Leksand planerar ett nytt vinterevenemang på Siljans is i februari 2029."
        ],
        dates=[dat("5 mars", "2028-03-05", inferred=True), dat("februari 2029", "2029-02")],
    ),
    item(
        7,
        "Punkt 7 – Övriga frågor och nästa möte",
        "Övriga frågor och nästa möte",
        persons=[per("Mikael", None, None, canon="Mikael Strand")],
        orgs=[org("Falun", "Falun", "municipality")],
        munis=["Falun"],
        topics=["hållbarhetsmärkning", "nästa möte", "höstmöte"],
        follow_ups=[
            "Frågan tas upp på nästa möte.",
            "Nästa möte hålls tisdag 16 maj 2028 i Sälen, med möjlighet att delta digitalt.",
        ],
        bdec=["Nästa möte hålls tisdag 16 maj 2028 i Sälen, med möjlighet att delta digitalt."],
        bfol=["Höstmötet är preliminärt bokat till 14 september i Falun."],
        dates=[dat("16 maj 2028", "2028-05-16"), dat("14 september", "2028-09-14", inferred=True)],
    ),
]

write(
    "dalarna_destinationsnatverk_epost_tabell.txt",
    "Visit Dalarna, destinationsnätverket Dalarna",
    "2028-03-07",
    ["Tisdag 7 mars 2028, kl. 09.30–15.00", "i tisdags", "Skickat: den 9 mars 2028 16:12"],
    "Rättviks kommunhus, lokal Siljan",
    present,
    absent,
    recorded_by,
    items,
    end_marker="Att göra",
    item_start_marker="Punkt 1 – Välkomna",
)
