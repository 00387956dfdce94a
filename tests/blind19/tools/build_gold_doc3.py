"""Gold for document 3: Familjen Helsingborgs socialchefsnätverk, 2025-02-06 (notes sent by e-mail)."""

# ruff: noqa: E501  (verbatim Swedish minutes text and gold quotes: long lines on purpose)

from __future__ import annotations

import sys

from gold_common import ROOT, att, check_and_write, dt, item, org, per

DOC = "familjen_helsingborg_socialchefer_2025-02-06"
text = (ROOT / f"{DOC}.txt").read_text(encoding="utf-8")
FH = "Familjen Helsingborg"
RS = org("Region Skåne", "Region Skåne", "region")

present = [
    att("Anna-Karin Persson", "Helsingborg", "Helsingborg"),
    att("Mattias Holm", "Höganäs", "Höganäs"),
    att("Lina Holm", "Ängelholm", "Ängelholm"),
    att("Sofie Lund", "Bjuv", "Bjuv", note="ersättare för Göran Ahl"),
    att("Henrik Ståhl", "Landskrona", "Landskrona"),
    att("Camilla Ottosson", "Klippan", "Klippan"),
    att("Maja Lindström", "Svalöv", "Svalöv"),
    att("Fredrik Nyström", "Åstorp", "Åstorp"),
    att("Birgitta Svensson", "Båstad", "Båstad"),
    att(
        "Jenny Malmqvist",
        FH,
        FH,
        role="Samordnare socialtjänst",
        annotation_note="written 'och jag' in the attendance line; the sender, named in From: and the signature",
    ),
    att("Ulrika Bengtsson", "Region Skåne", "Region Skåne", note="Gäst under punkt 3", items=[3]),
]
absent = [
    att("Göran Ahl", "Bjuv", "Bjuv"),
    att("Elin Crona", "Perstorp", "Perstorp"),
    att("Kristoffer Öst", "Örkelljunga", "Örkelljunga"),
]

items = [
    item(
        1,
        "Ny socialtjänstlag",
        "1. Ny socialtjänstlag",
        persons=[
            per(
                "Anna-Karin",
                canonical="Anna-Karin Persson",
                role="presents the new law",
                also=["Anna-Karin Persson"],
            ),
            per(
                "Mattias", canonical="Mattias Holm", role="compiles delegation changes", also=["Mattias Holm"]
            ),
            per(
                "Henrik", canonical="Henrik Ståhl", role="compiles delegation changes", also=["Henrik Ståhl"]
            ),
        ],
        orgs=[
            org("Skånes kommuner", "Skånes kommuner", "association"),
            org("Socialstyrelsen", "Socialstyrelsen", "national_agency"),
        ],
        topics=["ny socialtjänstlag", "förebyggande arbete", "delegationsordning", "dokumentationsstöd"],
        follow_ups=[
            "Mattias och Henrik sammanställer vilka delar av delegationsordningarna som behöver ändras och skickar ut inför nästa möte."
        ],
        b_fu=[
            "Skånes kommuner ordnar en regional konferens om lagen den 13 mars och Socialstyrelsen väntas komma med vägledning under våren."
        ],
        dates=[
            dt("1 juli 2025", "2025-07-01", "day"),
            dt("13 mars", "2025-03-13", "day", inferred=True),
            dt("våren", "2025", "season", inferred=True),
        ],
    ),
    item(
        2,
        "Placeringar och kostnadsläget",
        "2. Placeringar och kostnadsläget",
        persons=[
            per(
                "Henrik", canonical="Henrik Ståhl", role="shows Landskrona's follow-up", also=["Henrik Ståhl"]
            ),
            per(
                "Anna-Karin",
                canonical="Anna-Karin Persson",
                role="prepares the procurement basis",
                also=["Anna-Karin Persson"],
            ),
        ],
        orgs=[
            org("SiS", "Statens institutionsstyrelse", "national_agency"),
            org("Landskronas", "Landskrona", "municipality"),
            org(
                "Helsingborgs stads",
                "Helsingborg",
                "municipality",
                other=["Helsingborgs stads upphandlingsenhet"],
                note="the city's procurement unit",
            ),
        ],
        munis=["Landskrona", "Helsingborg"],
        topics=["externa placeringar", "placeringskostnader", "gemensam upphandling", "öppenvårdsinsatser"],
        decisions=["Nätverket är överens om att utreda en gemensam upphandling av öppenvårdsinsatser."],
        follow_ups=["Anna-Karin tar fram ett underlag till mötet den 3 april."],
        dates=[dt("2024", "2024", "year"), dt("3 april", "2025-04-03", "day", inferred=True)],
        note="HVB is a kind of care home, not an organisation; the decision is quoted without its run-in label 'Beslut:'",
    ),
    item(
        3,
        "Barn och unga med psykisk ohälsa – samverkan med Region Skåne",
        "3. Barn och unga med psykisk ohälsa – samverkan med Region Skåne",
        persons=[
            per(
                "Ulrika Bengtsson",
                aff="Region Skåne",
                aff_c="Region Skåne",
                role="presents the regional agreement",
                also=["Ulrika"],
            )
        ],
        orgs=[RS, org("BUP", "Barn- och ungdomspsykiatrin i Region Skåne", "region")],
        topics=[
            "barn och unga med psykisk ohälsa",
            "samordnad individuell plan (SIP)",
            "regional överenskommelse",
            "samverkan med regionen",
        ],
        follow_ups=[
            "Ulrika skickar presentationen till mig så sprider jag den i nätverket.",
            "Frågan tas upp igen i juni.",
        ],
        b_dec=["Region Skåne och kommunerna bör ta fram gemensamma mått för uppföljningen."],
        dates=[dt("2024", "2024", "year"), dt("juni", "2025-06", "month", inferred=True)],
        places=["nordvästra Skåne"],
        note="'Ur diskussionen:' is a run-in label, not a subheading",
    ),
    item(
        4,
        "Gemensamma riktlinjer för ekonomiskt bistånd",
        "4. Gemensamma riktlinjer för ekonomiskt bistånd",
        persons=[
            per("Camilla Ottosson", role="presents the joint guidelines", also=["Camilla"]),
            per("Birgitta Svensson", role="Båstad's position"),
        ],
        orgs=[
            org("Klippan", "Klippan", "municipality"),
            org("Åstorp", "Åstorp", "municipality"),
            org("Bjuv", "Bjuv", "municipality"),
            org("Båstad", "Båstad", "municipality"),
        ],
        munis=["Klippan", "Åstorp", "Bjuv", "Båstad"],
        topics=["ekonomiskt bistånd", "gemensamma riktlinjer"],
        follow_ups=["Camilla skickar riktlinjerna till alla i nätverket."],
        b_fu=[
            "Birgitta Svensson meddelade att Båstad gärna tittar på riktlinjerna men att frågan först måste gå till den egna socialnämnden."
        ],
        dates=[dt("1 januari 2025", "2025-01-01", "day")],
        note="'den egna socialnämnden' is generic and not annotated",
    ),
    item(
        5,
        "Våld i nära relationer",
        "5. Våld i nära relationer",
        persons=[
            per("Lina", canonical="Lina Holm", role="reports; drafts the application", also=["Lina Holm"]),
            per("Maja", canonical="Maja Lindström", role="drafts the application", also=["Maja Lindström"]),
        ],
        orgs=[
            org(
                "länsstyrelsens nätverk för våld i nära relationer",
                "Länsstyrelsen Skånes nätverk för våld i nära relationer",
                "network",
            ),
            org(
                "Länsstyrelsen Skåne",
                "Länsstyrelsen i Skåne län",
                "county_administrative_board",
                other=["länsstyrelsens"],
            ),
        ],
        topics=["våld i nära relationer", "utvecklingsmedel", "kompetensinsats", "ansökan"],
        decisions=["Nätverket vill söka medel gemensamt för en kompetensinsats för socialsekreterare."],
        follow_ups=["Lina och Maja formulerar en ansökan och stämmer av den med alla via mejl."],
        b_fu=[
            "Länsstyrelsen Skåne fördelar utvecklingsmedel under 2025 och ansökan ska vara inne senast den 15 mars."
        ],
        dates=[dt("2025", "2025", "year"), dt("15 mars", "2025-03-15", "day", inferred=True)],
    ),
    item(
        6,
        "Övrigt",
        "6. Övrigt",
        persons=[
            per("Fredrik", canonical="Fredrik Nyström", role="informs about Åstorp", also=["Fredrik Nyström"])
        ],
        orgs=[
            org("Familjen Helsingborgs", FH, "network"),
            org("Ängelholm", "Ängelholm", "municipality", note="venue"),
            org("Åstorp", "Åstorp", "municipality"),
            org("Helsingborg", "Helsingborg", "municipality", note="venue of the next meeting"),
        ],
        munis=["Ängelholm", "Åstorp", "Helsingborg"],
        topics=["chefsdag för socialtjänsten", "ny ordförande i socialnämnden", "nästa möte"],
        follow_ups=[
            "Påminnelse om Familjen Helsingborgs chefsdag för socialtjänsten den 20 mars i Ängelholm.",
            "Sista dag för anmälan är 28 februari.",
            "Nästa möte: torsdag 3 april kl. 9–12 i Helsingborg, Drottninggatan 7.",
        ],
        dates=[
            dt("20 mars", "2025-03-20", "day", inferred=True),
            dt("28 februari", "2025-02-28", "day", inferred=True),
            dt("årsskiftet", "2025-01-01", "day", inferred=True, note="the turn of the year 2024/2025"),
            dt("3 april", "2025-04-03", "day", inferred=True),
        ],
        note="the signature after the item (address, web address) is not part of it",
    ),
]

doc = {
    "document": DOC,
    "meeting": {
        "body": "Familjen Helsingborgs socialchefsnätverk",
        "date_estimate": "2025-02-06",
        "date_evidence": [
            "Ämne: Minnesanteckningar socialchefsnätverket 6/2",
            "Skickat: den 10 februari 2025 14:22",
            "Tack för ett bra möte i torsdags i Landskrona.",
        ],
        "place": "Landskrona",
        "date_confidence": "high",
        "date_reasoning": "subject '6/2'; sent Monday 10 February 2025 and the meeting was 'i torsdags' = Thursday 6 February 2025",
    },
    "present": present,
    "absent": absent,
    "recorded_by": {
        "name": "Jenny Malmqvist",
        "canonical_name": "Jenny Malmqvist",
        "role": "Samordnare socialtjänst",
    },
    "items": items,
    "document_note": "E-mail saved from Outlook as text: Från/Skickat/Till/Kopia/Ämne header, attendance on one line per status, "
    "items as '1. Title', signature with address and web address after the last item. "
    "Karl-Johan Åberg (Kopia:) is a recipient, not an attendee.",
}
errors = check_and_write(doc, text, "Vänliga hälsningar")
print("\n".join(errors) or f"{DOC}: ok")
sys.exit(1 if errors else 0)
