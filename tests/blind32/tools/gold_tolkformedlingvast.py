# ruff: noqa
"""Gold for tolkformedlingvast_direktion_2026-09-25.txt (Tolkförmedling Väst, direktionens protokoll)."""

# ruff: noqa: E501  (verbatim quotes from the minutes are kept on one line each)
from goldlib import A, D, O, P, item, write

NAME = "tolkformedlingvast_direktion_2026-09-25.txt"
TFV = "Tolkförmedling Väst"
LST = "Länsstyrelsen i Västra Götalands län"
VGR = "Västra Götalandsregionen"
DIRC = "Tolkförmedling Västs direktion"


def DIR(*other):
    return O("Direktionen", DIRC, "other", other=list(other), note="the meeting body itself")


def M(surface, short):
    return O(surface, short, "municipality")


heads = [
    "§ 31",
    "§ 32",
    "§ 33 Dnr TFV 2026/041",
    "§ 34 Dnr TFV 2026/044",
    "§ 35 Dnr TFV 2026/038",
    "§ 36",
    "§ 37",
    "§ 38",
    "§ 39 Dnr TFV 2026/047",
]
titles = [
    "Val av justerare",
    "Godkännande av dagordning",
    "Delårsrapport januari–augusti 2026",
    "Prislista 2027",
    "Verksamhetsplan och budget 2027 med plan för 2028–2029",
    "Information om förbundets roll i det civila försvaret",
    "Förbundsdirektörens rapport",
    "Delegationsbeslut och meddelanden",
    "Sammanträdesdagar 2027",
]


def IT(i, **kw):
    return item(31 + i, heads[i] + "\n" + titles[i], titles[i], **kw)


doc = {
    "document": NAME,
    "meeting": {
        "body": "Tolkförmedling Västs direktion",
        "date_estimate": "2026-09-25",
        "date_evidence": ["Sammanträdesdatum 2026-09-25"],
        "place": "Tolkförmedling Väst, Göteborg",
        "layout": "PDF protocol converted with pdftotext (reading order): running page "
        "header and 'Justerandes sign / Utdragsbestyrkande' footer on every page, "
        "form feeds, front page with Beslutande/Ersättare/Övriga närvarande, "
        "'§ N [Dnr]' line followed by the title line, 'Direktionen beslutar / att …'",
    },
    "present": [
        A("Eva Lundberg", "Göteborg", "Göteborg", role="ordförande", party="S"),
        A("Lars Andersson", "Mölndal", "Mölndal", role="vice ordförande", party="M"),
        A("Kristina Andersson", "Lerum", "Lerum", party="C"),
        A("Hassan Ali", "Borås", "Borås", party="S"),
        A("Ingrid Bengtsson", "Kungsbacka", "Kungsbacka", party="KD"),
        A(
            "Tobias Rydén",
            "Partille",
            "Partille",
            role="tjänstgörande ersättare",
            note="tjänstgörande ersättare för Susanne Eriksson (M)",
            party="L",
        ),
        A("Margareta Fors", "Alingsås", "Alingsås", note="§§ 31–35", items=[31, 32, 33, 34, 35], party="S"),
        A("Johan Wik", VGR, VGR, party="V"),
        A("Anders Holm", "Kungälv", "Kungälv", party="SD"),
        A("Nils Ekberg", "Göteborg", "Göteborg", role="ersättare", party="S"),
        A("Karin Holmqvist", None, TFV, role="förbundsdirektör"),
        A("Ulf Berglund", None, TFV, role="ekonomichef", note="§§ 33–35", items=[33, 34, 35]),
        A("Ulrika Fagerström", "Länsstyrelsen Västra Götaland", LST, note="§ 36", items=[36]),
        A("Sofie Lindahl", None, TFV, role="sekreterare"),
    ],
    "absent": [],
    "recorded_by": {"name": "Sofie Lindahl", "canonical_name": "Sofie Lindahl", "role": "Sekreterare"},
    "items": [
        IT(
            0,
            persons=[P("Lars Andersson", role="utses till justerare")],
            orgs=[DIR()],
            topics=["justering", "val av justerare"],
            decisions=[
                "Direktionen beslutar\natt utse Lars Andersson att jämte ordföranden justera protokollet."
            ],
        ),
        IT(
            1,
            orgs=[DIR()],
            topics=["dagordning"],
            decisions=["Direktionen beslutar\natt godkänna dagordningen."],
        ),
        IT(
            2,
            subheadings=["Ärendebeskrivning", "Beslutsunderlag", "Expedieras till"],
            persons=[P("Ulf Berglund", role="föredrar ärendet")],
            orgs=[DIR()],
            topics=["delårsrapport", "ekonomiskt resultat", "prognos", "distanstolkning"],
            decisions=[
                "Direktionen beslutar\natt godkänna delårsrapporten för januari–augusti 2026, och\natt överlämna delårsrapporten till förbundsmedlemmarna och revisorerna."
            ],
            dates=[
                D("januari–augusti 2026", "2026-01/2026-08", "range"),
                D("januari–augusti", "2026-01/2026-08", "range", True),
                D("2026-09-08", "2026-09-08", "day"),
            ],
        ),
        IT(
            3,
            subheadings=["Ärendebeskrivning", "Yrkanden", "Proposition", "Reservation"],
            persons=[P("Anders Holm", role="yrkar; reserverar sig", also=["Anders Holms"])],
            orgs=[
                DIR("direktionen"),
                O("Kammarkollegiet", "Kammarkollegiet", "national_agency"),
                O("Förvaltningen", "Tolkförmedling Västs förvaltning", "other", other=["förvaltningens"]),
            ],
            topics=["prislista", "timpris", "tolkarvoden"],
            decisions=[
                "Direktionen beslutar\natt fastställa prislistan för 2027 med en höjning av timpriserna med 3,2 procent från den\n1 januari 2027."
            ],
            bdec=[
                "Förvaltningen föreslår att timpriset för platstolkning och distanstolkning höjs med 3,2 procent.",
                "Anders Holm (SD) yrkar att höjningen begränsas till 2,0 procent.",
                "Ordföranden ställer förvaltningens förslag mot Anders Holms yrkande och finner att direktionen\nbeslutar enligt förvaltningens förslag.",
                "Anders Holm (SD) reserverar sig mot beslutet.",
            ],
            dates=[D("2027", "2027", "year"), D("1 januari 2027", "2027-01-01", "day")],
            note="The span ends with the running page header of page 3 (page furniture, not annotated).",
        ),
        IT(
            4,
            subheadings=["Ärendebeskrivning"],
            persons=[
                P("Kristina Andersson", role="frågar om distanstolkning"),
                P("Karin Holmqvist", role="svarar"),
            ],
            orgs=[DIR("direktionens"), M("Lerums", "Lerum"), M("Alingsås", "Alingsås")],
            munis=["Lerum", "Alingsås"],
            topics=["verksamhetsplan", "budget", "flerårsplan", "digital tolkning"],
            decisions=[
                "Direktionen beslutar\natt fastställa verksamhetsplan och budget för 2027 med plan för 2028–2029, och\natt uppdra åt förbundsdirektören att ta fram en plan för digital tolkning till direktionens\nsammanträde i december."
            ],
            bfu=[
                "Direktionen beslutar\natt fastställa verksamhetsplan och budget för 2027 med plan för 2028–2029, och\natt uppdra åt förbundsdirektören att ta fram en plan för digital tolkning till direktionens\nsammanträde i december."
            ],
            dates=[
                D("2027", "2027", "year"),
                D("2028–2029", "2028/2029", "range"),
                D("december", "2026-12", "month", True),
            ],
        ),
        IT(
            5,
            persons=[
                P("Ulrika Fagerström", aff="Länsstyrelsen Västra Götaland", affc=LST, role="informerar"),
                P("Johan Wik", role="frågar om samordning"),
            ],
            orgs=[
                O(
                    "Länsstyrelsen Västra Götaland",
                    LST,
                    "county_administrative_board",
                    other=["länsstyrelsens", "Länsstyrelsen"],
                ),
                O("Västra Götalandsregionen", VGR, "region"),
                DIR("direktionens"),
            ],
            topics=[
                "civilt försvar",
                "höjd beredskap",
                "tolkning som samhällsviktig funktion",
                "beredskapsplanering",
                "regional övning",
            ],
            decisions=["Direktionen beslutar\natt tacka för informationen och lägga den till handlingarna."],
            follow_ups=[
                "Länsstyrelsen genomför en regional övning i oktober där förbundet bjuds in att delta.",
                "Förbundsdirektören återkommer med en plan för förbundets beredskapsplanering vid direktionens\nsammanträde den 11 december 2026.",
            ],
            dates=[D("oktober", "2026-10", "month", True), D("11 december 2026", "2026-12-11", "day")],
        ),
        IT(
            6,
            persons=[P("Karin Holmqvist", role="rapporterar")],
            orgs=[
                O("Folkuniversitetet", "Folkuniversitetet", "association"),
                M("Göteborgs Stad", "Göteborg"),
                M("Mölndals stad", "Mölndal"),
                DIR(),
            ],
            munis=["Göteborg", "Mölndal"],
            topics=["tolkförsörjning", "tolkbrist", "auktoriserade tolkar", "kundundersökning"],
            decisions=["Direktionen beslutar\natt lägga rapporten till handlingarna."],
            dates=[D("2026", "2026", "year")],
            note="The span ends with the running page header of page 4 (page furniture, not annotated).",
        ),
        IT(
            7,
            orgs=[DIR()],
            topics=["delegationsbeslut", "meddelanden"],
            decisions=["Direktionen beslutar\natt lägga redovisningen till handlingarna."],
            dates=[D("2026-06-01–2026-08-31", "2026-06-01/2026-08-31", "range")],
        ),
        IT(
            8,
            subheadings=["Expedieras till"],
            orgs=[DIR("direktionen")],
            topics=["sammanträdesdagar", "mötesplanering"],
            decisions=[
                "Direktionen beslutar\natt fastställa följande sammanträdesdagar för direktionen 2027: 12 februari, 23 april, 11 juni,\n24 september och 10 december."
            ],
            bfu=[
                "Direktionen beslutar\natt fastställa följande sammanträdesdagar för direktionen 2027: 12 februari, 23 april, 11 juni,\n24 september och 10 december."
            ],
            dates=[
                D("2027", "2027", "year"),
                D("12 februari", "2027-02-12", "day", True),
                D("23 april", "2027-04-23", "day", True),
                D("11 juni", "2027-06-11", "day", True),
                D("24 september", "2027-09-24", "day", True),
                D("10 december", "2027-12-10", "day", True),
            ],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, NAME, heads, None)
