# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: skaraborg_socialchefsgrupp_samarbetsyta.md → gold/skaraborg_socialchefsgrupp_samarbetsyta.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SKF = "Skaraborgs Kommunalförbund"
SELF = "Socialchefsgruppen i Skaraborg"
VGR = "Västra Götalandsregionen"
SKAS = "Skaraborgs Sjukhus"

# A page of the federation's collaboration space (wiki/Confluence-style) exported to markdown:
# breadcrumb, `# 2027-05-06 Socialchefsgruppen – mötesanteckningar`, `Skapad av …, senast ändrad …`;
# a KEY–VALUE page-properties table `| Egenskap | Värde |` whose cells hold the whole attendance as
# @-mentions: `| **Deltagare** | @Name (Kommun), @Name (Kommun, via Teams), … |`, `**Ersättare**`
# (`(Tibro, ersättare för Per Holm)`), `**Gäster**` (`@Name, Body (punkt 3)`), `**Förhinder**`,
# `**Antecknare**` (`@Name, role, Body`); the ITEMS ARE THE ROWS of one pipe table
# `| Nr | Punkt | Ansvarig | Anteckningar | Beslut/åtgärd |` (cells joined by `<br>`, run-in bold
# labels `**Information:**`, `**Fortsatt beslutsfattande:**`, `**Åtgärd:**` from the group's own
# decision order); after the table an `## Åtgärdspunkter` checklist restating the actions,
# `## Inför nästa möte`, `## Bilagor`, labels and two page comments.
# Choices: the `@` is not part of a name; the municipality in brackets is the affiliation; `via Teams`
# and `ersättare för Per Holm` are notes without item restriction; `(punkt 3)` → items [3]; the
# recorder (Antecknare row) is also present (she presents item 2); the `Ordförande` row repeats a
# participant (role ordförande). Items: the `Nr` cell is the number, the `Punkt` cell the title; each row
# is the item's whole text; people in the `Ansvarig` cell are persons of the item (presenters).
# The bold labels are neither part of a sentence nor sub-headings. Everything after the table
# (checklist, `Inför nästa möte`, comments) is outside the items (item 7 ends at `## Åtgärdspunkter`).
# `Socialchefsgruppen` (subject of a decision) is a self-mention (network); bare `Gruppen` is not.
# `beredningen för välfärdsutveckling` and `direktionen` are the federation's organs (other).
present = [
    att("Camilla Andersson", "Lidköping", "Lidköping", "ordförande"),
    att("Johan Karlsson", "Skövde", "Skövde"),
    att("Åsa Karlsson", "Falköping", "Falköping"),
    att("Henrik Lund", "Mariestad", "Mariestad"),
    att("Eva Gustavsson", "Skara", "Skara"),
    att("Petra Ljung", "Götene", "Götene"),
    att("Mattias Borg", "Vara", "Vara"),
    att("Anneli Sjöqvist", "Hjo", "Hjo"),
    att("Karin Ahlberg", "Karlsborg", "Karlsborg", None, "via Teams"),
    att("Ola Persson", "Tidaholm", "Tidaholm"),
    att("Sofie Lindh", "Töreboda", "Töreboda", None, "via Teams"),
    att("Stina Wall", "Grästorp", "Grästorp"),
    att("Annika Berg", "Essunga", "Essunga"),
    att("Linnea Ek", "Tibro", "Tibro", None, "ersättare för Per Holm"),
    att("Jenny Fors", VGR, VGR, None, "(punkt 3)", [3]),
    att("Lars Hallin", SKAS, SKAS, None, "(punkt 3)", [3]),
    att("Maria Bäck", SKF, SKF, "samordnare välfärdsutveckling"),
]
absent = [
    att("Per Holm", "Tibro", "Tibro"),
    att("Magnus Ryd", "Gullspång", "Gullspång"),
]
recorded_by = {"name": "Maria Bäck", "canonical_name": "Maria Bäck", "role": "samordnare välfärdsutveckling"}


def row(n: int, title: str) -> str:
    return f"| {n} | {title} |"


items = [
    item(
        1,
        row(1, "Inledning och föregående anteckningar"),
        "Inledning och föregående anteckningar",
        persons=[per("Camilla Andersson", None, "ansvarig", ["Camilla"]), per("Linnea Ek"), per("Per Holm")],
        topics=["inledning", "föregående anteckningar", "ersättare"],
        decisions=["Anteckningarna från 1 april godkändes."],
        dates=[dat("1 april 2027", "2027-04-01"), dat("1 april", "2027-04-01")],
    ),
    item(
        2,
        row(2, "Gemensam upphandling av HVB och stödboende"),
        "Gemensam upphandling av HVB och stödboende",
        persons=[per("Johan Karlsson", None, "ansvarig", ["Johan"]), per("Maria Bäck", None, "ansvarig")],
        orgs=[
            org("Skövde kommuns", "Skövde", "municipality"),
            org("Gryning Vård AB", "Gryning Vård AB", "company"),
            org("Mariestad", "Mariestad", "municipality"),
            org("Lidköping", "Lidköping", "municipality"),
            org("Socialchefsgruppen", SELF, "network"),
            org(
                "beredningen för välfärdsutveckling",
                "Skaraborgs Kommunalförbunds beredning för välfärdsutveckling",
                "other",
                "beredningen",
            ),
            org("direktionen", "Skaraborgs Kommunalförbunds direktion", "other"),
        ],
        munis=["Skövde", "Mariestad", "Lidköping"],
        topics=["gemensam upphandling", "HVB", "stödboende", "placeringskostnader", "ramavtal"],
        decisions=[
            "Socialchefsgruppen ställer sig bakom förstudien och lämnar ärendet till beredningen för välfärdsutveckling för beredning till direktionen."
        ],
        follow_ups=[
            "Johan Karlsson och Maria Bäck tar fram ett underlag om kostnadsfördelning till beredningen den 3 juni."
        ],
        bdec=[
            "Förstudien föreslår en gemensam upphandling genom Skövde kommuns upphandlingsenhet med start 1 mars 2028.",
            "Gryning Vård AB ska kunna fortsätta som komplement.",
        ],
        dates=[
            dat("2026", "2026"),
            dat("1 mars 2028", "2028-03-01"),
            dat("2028", "2028"),
            dat("3 juni", "2027-06-03"),
        ],
    ),
    item(
        3,
        row(3, "Nära vård – läget inför nytt hälso- och sjukvårdsavtal"),
        "Nära vård – läget inför nytt hälso- och sjukvårdsavtal",
        persons=[
            per("Jenny Fors", VGR, "ansvarig"),
            per("Lars Hallin", SKAS, "ansvarig"),
            per("Anneli Sjöqvist"),
        ],
        orgs=[
            org("Västra Götalandsregionen", VGR, "region", "VGR:s"),
            org("Skaraborgs Sjukhus", SKAS, "other"),
            org("Karlsborg", "Karlsborg", "municipality"),
            org("Töreboda", "Töreboda", "municipality"),
            org("Socialchefsgruppen", SELF, "network"),
        ],
        munis=["Karlsborg", "Töreboda"],
        topics=[
            "nära vård",
            "hälso- och sjukvårdsavtal",
            "utskrivningsklara patienter",
            "korttidsplatser",
            "läkarmedverkan i hemsjukvården",
        ],
        decisions=["Socialchefsgruppen noterade informationen."],
        follow_ups=[
            "Jenny Fors återkommer med VGR:s förslag till uppföljningsmått till mötet den 2 september.",
            "Remissen går ut till kommunerna i september.",
        ],
        bdec=["Anneli Sjöqvist efterfrågade en gemensam bild av läkarmedverkan i hemsjukvården."],
        dates=[
            dat("1 januari 2028", "2028-01-01"),
            dat("september", "2027-09"),
            dat("2 september", "2027-09-02"),
        ],
    ),
    item(
        4,
        row(4, "Ny socialtjänstlag – kompetensinsatser"),
        "Ny socialtjänstlag – kompetensinsatser",
        persons=[per("Eva Gustavsson", None, "ansvarig", ["Eva"]), per("Maria Bäck")],
        orgs=[
            org("FoU-nätverkets", "FoU-nätverket i Skaraborg", "network"),
            org("Högskolan i Skövde", "Högskolan i Skövde", "other"),
        ],
        topics=["ny socialtjänstlag", "kompetensutveckling", "uppdragsutbildning", "enhetschefer"],
        follow_ups=["Varje kommun anmäler antal deltagare till Maria Bäck senast den 15 juni."],
        bdec=["Kostnaden delas enligt befolkningsnyckeln."],
        bfol=[
            "Eva berättade om FoU-nätverkets plan för utbildningsdagar om den nya socialtjänstlagens förebyggande inriktning.",
            "Högskolan i Skövde kan ge en uppdragsutbildning på 7,5 högskolepoäng för enhetschefer med start hösten 2027.",
        ],
        dates=[dat("hösten 2027", "2027"), dat("15 juni", "2027-06-15")],
        note="`Högskolan i Skövde`: a town inside a body's name does not name the municipality.",
    ),
    item(
        5,
        row(5, "Barnahus Skaraborg – finansiering 2028"),
        "Barnahus Skaraborg – finansiering 2028",
        persons=[per("Ola Persson", None, "ansvarig", ["Ola"])],
        orgs=[
            org("Barnahus Skaraborg", "Barnahus Skaraborg", "other"),
            org("Polismyndigheten", "Polismyndigheten", "national_agency"),
            org("Åklagarmyndigheten", "Åklagarmyndigheten", "national_agency"),
            org("Västra Götalandsregionens", VGR, "region"),
        ],
        topics=["Barnahus", "finansiering", "kommunernas bidrag"],
        decisions=[
            "Frågan bordläggs till mötet den 2 september i väntan på Västra Götalandsregionens besked om sin andel."
        ],
        bdec=["Ola föreslog att kommunernas bidrag räknas upp med 4 procent för 2028."],
        bfol=[
            "Frågan bordläggs till mötet den 2 september i väntan på Västra Götalandsregionens besked om sin andel."
        ],
        dates=[dat("2028", "2028"), dat("2 september", "2027-09-02")],
    ),
    item(
        6,
        row(6, "Trygghetslarm och digital nattillsyn"),
        "Trygghetslarm och digital nattillsyn",
        persons=[per("Mattias Borg", None, "ansvarig", ["Mattias"]), per("Åsa Karlsson")],
        orgs=[
            org("Vara", "Vara", "municipality"),
            org("Addas", "Adda Inköpscentral AB", "company"),
            org("Skaraborgs Kommunalförbund", SKF, "municipal_federation"),
            org("Falköping", "Falköping", "municipality"),
        ],
        munis=["Vara", "Falköping"],
        topics=["trygghetslarm", "digital nattillsyn", "välfärdsteknik", "upphandling"],
        follow_ups=[
            "Mattias Borg skickar en enkät om kommunernas behov, som ska besvaras senast den 10 juni."
        ],
        dates=[dat("31 december 2027", "2027-12-31"), dat("2029", "2029"), dat("10 juni", "2027-06-10")],
    ),
    item(
        7,
        row(7, "Rapporter från nätverk och övriga frågor"),
        "Rapporter från nätverk och övriga frågor",
        end="## Åtgärdspunkter",
        persons=[per("Camilla Andersson", None, "ansvarig"), per("Henrik Lund")],
        orgs=[
            org("Vård- och omsorgscollege Skaraborg", "Vård- och omsorgscollege Skaraborg", "network"),
            org("Mariestad", "Mariestad", "municipality"),
            org("IVO:s", "Inspektionen för vård och omsorg", "national_agency"),
            org("Vara", "Vara", "municipality"),
            org("Skövde", "Skövde", "municipality"),
        ],
        munis=["Mariestad", "Vara", "Skövde"],
        topics=[
            "vård- och omsorgscollege",
            "korttidsboende",
            "IVO-granskning",
            "ekonomiskt bistånd",
            "nästa möte",
        ],
        follow_ups=["Nästa möte hålls den 2 september 2027 i Skövde."],
        bdec=["Nästa möte hålls den 2 september 2027 i Skövde."],
        bfol=["Henrik Lund informerade om att Mariestad öppnar ett nytt korttidsboende i augusti."],
        dates=[dat("2031", "2031"), dat("augusti", "2027-08"), dat("2 september 2027", "2027-09-02")],
    ),
]

write(
    "skaraborg_socialchefsgrupp_samarbetsyta.md",
    "Skaraborgs Kommunalförbund, Socialchefsgruppen",
    "2027-05-06",
    ["2027-05-06 Socialchefsgruppen – mötesanteckningar", "2027-05-06 kl. 09.00–12.30"],
    present,
    absent,
    recorded_by,
    items,
    place="Skaraborgs Kommunalförbund, Kaplansgatan 16 A, Skövde, och Teams",
)
