# ruff: noqa
# ruff: noqa: E501
"""Gold for halsingland_kommunchefer_2026-03-13.txt (Kommunchefsgruppen i Hälsingland, Word export)."""

from __future__ import annotations

from goldlib import att, dt, item, org, per, write

SELF = "Kommunchefsgruppen i Hälsingland"
RG = ("Region Gävleborg", "Region Gävleborg", "region")


def muni(surface, canon, others=None):
    return org(surface, canon, "municipality", others)


doc = {
    "document": "halsingland_kommunchefer_2026-03-13.txt",
    "meeting": {
        "body": SELF,
        "date_estimate": "2026-03-13",
        "date_evidence": ["Datum: 2026-03-13"],
        "place": "Kommunhuset i Edsbyn, Ovanåkers kommun",
        "layout": "Word document exported to plain text: title block, Datum/Tid/Plats, "
        "Närvarande/Förhinder lists 'Name, title Municipality', numbered items, "
        "'Vid anteckningarna' at the end",
    },
    "present": [
        att("Anna Berglund", "Hudiksvalls kommun", "Hudiksvall", "kommundirektör; ordförande"),
        att("Mats Olsson", "Bollnäs kommun", "Bollnäs", "kommundirektör"),
        att("Lena Olsson", "Ljusdals kommun", "Ljusdal", "kommundirektör"),
        att("Peter Strand", "Nordanstigs kommun", "Nordanstig", "kommunchef", "(via Teams)"),
        att("Helena Wikström", "Ovanåkers kommun", "Ovanåker", "kommunchef"),
        att(
            "Jonas Hedlund",
            "Söderhamns kommun",
            "Söderhamn",
            "biträdande kommundirektör",
            "ersättare för Karin Sjödin",
        ),
        att("Ulrika Sjöberg", "Region Gävleborg", "Region Gävleborg", "utvecklingsstrateg", "(punkt 3)", [3]),
        att(
            "Erik Nyberg",
            "Hälsinglands Utbildningsförbund",
            "Hälsinglands Utbildningsförbund",
            "förbundschef",
            "(punkt 4)",
            [4],
        ),
        att("Maria Lund", "Hudiksvalls kommun", "Hudiksvall", "kanslichef; sekreterare"),
    ],
    "absent": [
        att("Karin Sjödin", "Söderhamns kommun", "Söderhamn", "kommundirektör"),
    ],
    "recorded_by": {"name": "Maria Lund", "canonical_name": "Maria Lund", "role": "sekreterare"},
    "items": [
        item(
            1,
            "Mötets öppnande och föregående anteckningar",
            "1. Mötets öppnande och föregående anteckningar",
            persons=[
                per("Anna Berglund", aff="Hudiksvalls kommun", affc="Hudiksvall", role="chairs, welcomes"),
                per("Helena Wikström", aff="Ovanåkers kommun", affc="Ovanåker", role="informs (host)"),
            ],
            orgs=[muni("Ovanåkers", "Ovanåker")],
            munis=["Ovanåker"],
            topics=["mötets öppnande", "översiktsplan", "företagsetableringar", "föregående anteckningar"],
            decisions=[
                "Dagordningen godkändes.",
                "Anteckningarna från mötet den 30 januari lades till handlingarna.",
            ],
            dates=[dt("30 januari", "2026-01-30", "day", True)],
            places=["Edsbyn"],
        ),
        item(
            2,
            "Ostkustbanan och Norra stambanan",
            "2. Ostkustbanan och Norra stambanan",
            persons=[
                per("Mats Olsson", aff="Bollnäs kommun", affc="Bollnäs", role="reports"),
                per("Anna Berglund", aff="Hudiksvalls kommun", affc="Hudiksvall", role="reports"),
                per(
                    "Lena",
                    canon="Lena Olsson",
                    aff="Ljusdals kommun",
                    affc="Ljusdal",
                    role="raises freight traffic",
                ),
            ],
            orgs=[
                org("Trafikverket", "Trafikverket", "national_agency"),
                org(*RG),
                org("Kommunchefsgruppen", SELF, "network", note="the meeting body itself"),
                muni("Hudiksvall", "Hudiksvall"),
                muni("Bollnäs", "Bollnäs"),
                muni("Ljusdal", "Ljusdal"),
                org("Föreningen Ostkustbanan 2015 AB", "Föreningen Ostkustbanan 2015 AB", "company"),
            ],
            munis=["Hudiksvall", "Bollnäs", "Ljusdal"],
            topics=[
                "Ostkustbanan",
                "Norra stambanan",
                "järnvägsinfrastruktur",
                "länstransportplan",
                "godstrafik",
            ],
            decisions=[
                "Kommunchefsgruppen enades om att ta fram ett gemensamt inspel till Region Gävleborg inför revideringen av länstransportplanen."
            ],
            follow_ups=[
                "Hudiksvall och Bollnäs samordnar arbetet tillsammans med Föreningen Ostkustbanan 2015 AB.",
                "Ett utkast skickas till gruppen senast den 10 april.",
            ],
            dates=[dt("10 april", "2026-04-10", "day", True)],
            places=["Ostkustbanan", "Norra stambanan", "Gävle–Kringlan", "Sundsvall"],
            note="Gävle and Sundsvall are route end points (places), not members of the group; "
            "'länstransportplanen' and 'den nationella planen' are plan types in lower case, not annotated as programmes",
        ),
        item(
            3,
            "Regional samverkan för folkhälsa och social hållbarhet",
            "3. Regional samverkan för folkhälsa och social hållbarhet",
            persons=[
                per(
                    "Ulrika Sjöberg",
                    aff="Region Gävleborg",
                    affc="Region Gävleborg",
                    role="presents",
                    also=["Ulrika"],
                ),
                per(
                    "Peter Strand",
                    aff="Nordanstigs kommun",
                    affc="Nordanstig",
                    role="stresses support to small municipalities",
                ),
            ],
            orgs=[
                org("Region Gävleborg", "Region Gävleborg", "region"),
                org(
                    "regionala samverkansgruppen för folkhälsa och social hållbarhet",
                    "Regional samverkansgrupp för folkhälsa och social hållbarhet",
                    "network",
                    ["samverkansgruppen"],
                ),
                org("regionala samverkansrådet", "Regionala samverkansrådet i Gävleborg", "network"),
            ],
            topics=[
                "folkhälsa",
                "social hållbarhet",
                "regional samverkan",
                "representation i samverkansgrupp",
                "Liv och hälsa ung",
            ],
            decisions=[
                "Kommuncheferna ställer sig bakom att varje kommun utser en representant till samverkansgruppen."
            ],
            follow_ups=[
                "Varje kommun ombeds utse en representant på strategnivå.",
                "Namn lämnas till Ulrika senast den 3 april.",
                "Ulrika återrapporterar från gruppens första möte den 22 april.",
            ],
            dates=[
                dt("hösten 2024", "2024", "season"),
                dt("3 april", "2026-04-03", "day", True),
                dt("22 april", "2026-04-22", "day", True),
            ],
            bdec=[
                "Peter Strand betonade att de mindre kommunerna behöver stöd med analysen av Liv och hälsa ung."
            ],
            note="'Liv och hälsa ung' is a survey, not annotated as an organisation or programme",
        ),
        item(
            4,
            "Hälsinglands Utbildningsförbund – förutsättningar inför budget 2027",
            "4. Hälsinglands Utbildningsförbund – förutsättningar inför budget 2027",
            persons=[
                per(
                    "Erik Nyberg",
                    aff="Hälsinglands Utbildningsförbund",
                    affc="Hälsinglands Utbildningsförbund",
                    role="presents",
                    also=["Erik"],
                )
            ],
            orgs=[
                org(
                    "Hälsinglands Utbildningsförbund",
                    "Hälsinglands Utbildningsförbund",
                    "municipal_federation",
                ),
                org("kommunchefsgruppens", SELF, "network", note="the meeting body itself"),
            ],
            topics=["gymnasieutbildning", "vuxenutbildning", "budget 2027", "medlemsbidrag", "elevprognos"],
            follow_ups=[
                "Erik tar med sig synpunkterna till förbundets budgetberedning.",
                "Frågan återkommer på kommunchefsgruppens möte i juni.",
            ],
            dates=[
                dt("2027", "2027", "year"),
                dt("2029", "2029", "year"),
                dt("juni", "2026-06", "month", True),
            ],
            bdec=[
                "Förbundet föreslår en oförändrad fördelningsmodell för medlemsbidraget men en uppräkning med 3,1 procent.",
                "Kommuncheferna framförde att uppräkningen är högre än vad som ryms i kommunernas egna ramar.",
            ],
            note="'Förbundet'/'förbundets' are generic nouns, not annotated",
        ),
        item(
            5,
            "Civilt försvar – gemensam planering i Hälsingland",
            "5. Civilt försvar – gemensam planering i Hälsingland",
            persons=[
                per("Lena Olsson", aff="Ljusdals kommun", affc="Ljusdal", role="reports"),
                per("Jonas Hedlund", aff="Söderhamns kommun", affc="Söderhamn", role="informs"),
            ],
            orgs=[
                org(
                    "Länsstyrelsen Gävleborgs",
                    "Länsstyrelsen i Gävleborgs län",
                    "county_administrative_board",
                    ["Länsstyrelsen"],
                ),
                org(
                    "regionala ledningsgrupp för civilt försvar",
                    "Länsstyrelsen Gävleborgs regionala ledningsgrupp för civilt försvar",
                    "network",
                ),
                muni("Söderhamn", "Söderhamn"),
                org(
                    "Kommunchefsgruppen",
                    SELF,
                    "network",
                    ["kommunchefsgruppen"],
                    note="the meeting body itself",
                ),
            ],
            munis=["Söderhamn"],
            topics=["civilt försvar", "övning", "övningsplan", "reservkraft", "krisberedskap"],
            decisions=[
                "Kommunchefsgruppen beslutade att ge beredskapssamordnarna i Hälsingland i uppdrag att ta fram ett förslag till gemensam övningsplan för 2027."
            ],
            follow_ups=["Förslaget redovisas för kommunchefsgruppen den 12 juni."],
            dates=[
                dt("hösten 2027", "2027", "season"),
                dt("2027", "2027", "year"),
                dt("12 juni", "2026-06-12", "day", True),
            ],
            places=["Hälsingland"],
            bfol=[
                "Länsstyrelsen planerar en länsövergripande övning under hösten 2027 och önskar att kommunerna i Hälsingland övar tillsammans.",
                "Jonas Hedlund berättade att Söderhamn har tecknat avtal om reservkraft för vattenverken och att erfarenheterna gärna delas med övriga kommuner.",
            ],
        ),
        item(
            6,
            "Övriga frågor",
            "6. Övriga frågor",
            persons=[
                per(
                    "Jonas", canon="Jonas Hedlund", aff="Söderhamns kommun", affc="Söderhamn", role="informs"
                ),
                per("Mats", canon="Mats Olsson", aff="Bollnäs kommun", affc="Bollnäs", role="informs"),
            ],
            orgs=[
                muni("Söderhamn", "Söderhamn"),
                org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
                muni("Bollnäs", "Bollnäs"),
                muni("Gävle kommun", "Gävle"),
            ],
            munis=["Söderhamn", "Bollnäs"],
            topics=["studiebesök", "civilt försvar", "upphandlingssamverkan"],
            follow_ups=[
                "Jonas lyfte att Söderhamn tar emot ett studiebesök från Myndigheten för civilt försvar den 7 maj och att de andra kommunerna är välkomna att delta."
            ],
            dates=[dt("7 maj", "2026-05-07", "day", True)],
            bfol=[
                "Mats informerade om att Bollnäs lämnar det gemensamma upphandlingssamarbetet med Gävle kommun vid årsskiftet."
            ],
            note="Gävle kommun is not a member of the group: organisation (a party), not in municipalities_mentioned (addendum §3)",
        ),
        item(
            7,
            "Nästa möte",
            "7. Nästa möte",
            persons=[
                per("Karin Sjödin", aff="Söderhamns kommun", affc="Söderhamn", role="host of next meeting")
            ],
            orgs=[muni("Söderhamn", "Söderhamn")],
            munis=["Söderhamn"],
            topics=["nästa möte"],
            follow_ups=["Nästa möte hålls den 24 april kl. 09.30 i Söderhamn."],
            dates=[dt("24 april", "2026-04-24", "day", True)],
            bfol=["Karin Sjödin är värd."],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, "Vid anteckningarna")
