"""layout matrix content: invented meetings as plain data → the renderers' input.

Real regions, municipalities and agencies; invented people and events. Every string that the gold
annotates (persons, organisations, decisions, follow-ups, dates) is written once here and occurs
verbatim in a paragraph, so every layout of a meeting shares the same item-level gold.
"""

from __future__ import annotations

import datetime as dt

from tests.layout_matrix.model import Attendee, DateMention, Item, Meeting, Org, Person, Section


def _muni(name: str, surface: str | None = None) -> Org:
    return Org(surface or name, name, "municipality")


SORMLAND = Meeting(
    slug="sormland",
    body="Kommundirektörsnätverket i Sörmland",
    host="Region Sörmland",
    date=dt.date(2027, 3, 12),
    start="9",
    end="12",
    attendees=(
        Attendee("Helena", "Strand", "Eskilstuna", "Eskilstuna", "kommundirektör"),
        Attendee("Magnus", "Öberg", "Nyköping", "Nyköping", "kommundirektör"),
        Attendee("Annika", "Sjöberg", "Katrineholm", "Katrineholm", "kommundirektör"),
        Attendee("Per-Erik", "Holm", "Flen", "Flen", "kommundirektör"),
        Attendee("Sara", "Nordin", "Strängnäs", "Strängnäs", "kommundirektör"),
        Attendee("Tomas", "Berglund", "Oxelösund", "Oxelösund", "kommundirektör", present=False),
        Attendee("Lena", "Dahl", "Trosa", "Trosa", "kommundirektör", present=False),
        Attendee("Karin", "Wester", "Region Sörmland", "Region Sörmland", "regiondirektör", municipal=False),
        Attendee(
            "Anders",
            "Fält",
            "Länsstyrelsen i Södermanlands län",
            "Länsstyrelsen i Södermanlands län",
            "försvarsdirektör",
            municipal=False,
        ),
        Attendee(
            "Emma", "Rask", "Region Sörmland", "Region Sörmland", "samordnare", recorder=True, municipal=False
        ),
    ),
    items=(
        Item(
            1,
            "Föregående anteckningar och dagordning",
            (
                Section(
                    None,
                    (
                        "Anteckningarna från mötet den 12 februari godkändes.",
                        "Dagordningen fastställdes utan ändringar.",
                    ),
                ),
            ),
            decisions=(
                "Anteckningarna från mötet den 12 februari godkändes.",
                "Dagordningen fastställdes utan ändringar.",
            ),
            dates=(DateMention("12 februari", "2027-02-12"),),
            topics=("föregående anteckningar", "dagordning"),
        ),
        Item(
            2,
            "Civilt försvar och krisberedskap",
            (
                Section(
                    "Läget i länet",
                    (
                        "Anders Fält, Länsstyrelsen i Södermanlands län, informerade om arbetet med civilt"
                        " försvar och om MSB:s nya vägledning för kommunernas krigsorganisation.",
                        "Helena Strand berättade att Eskilstuna och Strängnäs har påbörjat en gemensam"
                        " planering för reservvattenförsörjning.",
                    ),
                ),
                Section(
                    "Fortsatt arbete",
                    (
                        "Nätverket beslutar att ta fram en gemensam lägesbild för kommunerna i länet.",
                        "Länsstyrelsen återkommer med ett förslag till samverkansstruktur den 15 april.",
                    ),
                ),
            ),
            persons=(
                Person("Anders Fält", "Länsstyrelsen i Södermanlands län"),
                Person("Helena Strand"),
            ),
            orgs=(
                Org(
                    "Länsstyrelsen i Södermanlands län",
                    "Länsstyrelsen i Södermanlands län",
                    "county_administrative_board",
                    ("Länsstyrelsen",),
                ),
                Org("MSB:s", "Myndigheten för samhällsskydd och beredskap", "national_agency"),
            ),
            municipalities=("Eskilstuna", "Strängnäs"),
            decisions=("Nätverket beslutar att ta fram en gemensam lägesbild för kommunerna i länet.",),
            follow_ups=("Länsstyrelsen återkommer med ett förslag till samverkansstruktur den 15 april.",),
            dates=(DateMention("15 april", "2027-04-15"),),
            topics=("civilt försvar", "krisberedskap", "vattenförsörjning"),
        ),
        Item(
            3,
            "Kompetensförsörjning i välfärden",
            (
                Section(
                    None,
                    (
                        "Annika Sjöberg och Per-Erik Holm redovisade resultatet av den gemensamma"
                        " rekryteringskampanjen som genomfördes tillsammans med Arbetsförmedlingen.",
                        "Katrineholm, Flen och Vingåker vill utöka samarbetet med Mälardalens universitet"
                        " om verksamhetsförlagd utbildning.",
                        "Kommundirektörerna är eniga om att ansöka om gemensamma utvecklingsmedel från"
                        " Region Sörmland.",
                        "Magnus Öberg tar med sig frågan till SKR den 6 maj.",
                    ),
                ),
            ),
            persons=(Person("Annika Sjöberg"), Person("Per-Erik Holm"), Person("Magnus Öberg")),
            orgs=(
                Org("Arbetsförmedlingen", "Arbetsförmedlingen", "national_agency"),
                Org("Mälardalens universitet", "Mälardalens universitet", "other"),
                Org("Region Sörmland", "Region Sörmland", "region"),
                Org("SKR", "Sveriges Kommuner och Regioner", "association"),
            ),
            municipalities=("Katrineholm", "Flen", "Vingåker"),
            decisions=(
                "Kommundirektörerna är eniga om att ansöka om gemensamma utvecklingsmedel från"
                " Region Sörmland.",
            ),
            follow_ups=("Magnus Öberg tar med sig frågan till SKR den 6 maj.",),
            dates=(DateMention("6 maj", "2027-05-06"),),
            topics=("kompetensförsörjning", "rekrytering", "utbildning"),
        ),
        Item(
            4,
            "Övriga frågor och nästa möte",
            (
                Section(
                    None,
                    (
                        "Sara Nordin informerade om att Strängnäs kommun inför en ny e-tjänst för bygglov"
                        " under hösten 2027.",
                        "Nästa möte hålls den 9 april 2027 i Nyköping.",
                    ),
                ),
            ),
            persons=(Person("Sara Nordin"),),
            orgs=(_muni("Strängnäs", "Strängnäs kommun"),),
            municipalities=("Strängnäs", "Nyköping"),
            follow_ups=("Nästa möte hålls den 9 april 2027 i Nyköping.",),
            dates=(DateMention("hösten 2027", "2027"), DateMention("9 april 2027", "2027-04-09")),
            topics=("digitalisering", "bygglov"),
        ),
    ),
)

VARMLAND = Meeting(
    slug="varmland",
    body="Värmlands kommundirektörsgrupp",
    host="Region Värmland",
    date=dt.date(2027, 5, 20),
    start="13",
    end="16",
    attendees=(
        Attendee("Mikael", "Tornberg", "Karlstad", "Karlstad", "kommundirektör"),
        Attendee("Ulrika", "Hed", "Arvika", "Arvika", "kommundirektör"),
        Attendee("Jonas", "Bergkvist", "Kristinehamn", "Kristinehamn", "kommundirektör"),
        Attendee("Maria", "Lövgren", "Säffle", "Säffle", "kommundirektör"),
        Attendee("Christer", "Nyman", "Sunne", "Sunne", "kommundirektör", present=False),
        Attendee("Ingela", "Ros", "Torsby", "Torsby", "kommundirektör"),
        Attendee("Fredrik", "Alm", "Hammarö", "Hammarö", "kommundirektör", present=False),
        Attendee("Olof", "Hägg", "Region Värmland", "Region Värmland", "regiondirektör", municipal=False),
        Attendee("Marie", "Sandell", "Inera", "Inera AB", "kundansvarig", municipal=False),
        Attendee(
            "Linnea",
            "Carlberg",
            "Region Värmland",
            "Region Värmland",
            "utvecklingsledare",
            recorder=True,
            municipal=False,
        ),
    ),
    items=(
        Item(
            1,
            "Digitalisering och gemensam e-arkivlösning",
            (
                Section(
                    "Erbjudandet",
                    (
                        "Marie Sandell, Inera, presenterade erbjudandet om en gemensam e-arkivtjänst för"
                        " kommunerna i länet.",
                        "Karlstad och Hammarö har redan infört tjänsten och delade sina erfarenheter.",
                    ),
                ),
                Section(
                    "Upphandling",
                    (
                        "Gruppen beslutar att Region Värmland samordnar en gemensam upphandling via Adda.",
                        "Ulrika Hed återkommer med en tidplan till mötet den 17 juni.",
                    ),
                ),
            ),
            persons=(Person("Marie Sandell", "Inera"), Person("Ulrika Hed")),
            orgs=(
                Org("Inera", "Inera AB", "company"),
                Org("Region Värmland", "Region Värmland", "region"),
                Org("Adda", "Adda Inköpscentral", "company"),
            ),
            municipalities=("Karlstad", "Hammarö"),
            decisions=("Gruppen beslutar att Region Värmland samordnar en gemensam upphandling via Adda.",),
            follow_ups=("Ulrika Hed återkommer med en tidplan till mötet den 17 juni.",),
            dates=(DateMention("17 juni", "2027-06-17"),),
            topics=("digitalisering", "e-arkiv", "upphandling"),
        ),
        Item(
            2,
            "Kollektivtrafik och regional utveckling",
            (
                Section(
                    None,
                    (
                        "Olof Hägg informerade om Värmlandstrafiks nya linjeplan som gäller från"
                        " 1 januari 2028.",
                        "Torsby och Sunne framförde oro för turtätheten i norra delen av länet.",
                        "Trafikverket ombeds redovisa planerna för vägunderhållet vid mötet i september.",
                    ),
                ),
            ),
            persons=(Person("Olof Hägg"),),
            orgs=(
                Org("Värmlandstrafiks", "Värmlandstrafik", "company"),
                Org("Trafikverket", "Trafikverket", "national_agency"),
            ),
            municipalities=("Torsby", "Sunne"),
            follow_ups=("Trafikverket ombeds redovisa planerna för vägunderhållet vid mötet i september.",),
            dates=(DateMention("1 januari 2028", "2028-01-01"), DateMention("september", "2027-09")),
            topics=("kollektivtrafik", "regional utveckling"),
        ),
        Item(
            3,
            "Bostadsförsörjning",
            (
                Section(
                    None,
                    (
                        "Maria Lövgren och Jonas Bergkvist redogjorde för arbetet med kommunernas"
                        " bostadsförsörjningsprogram.",
                        "Boverket publicerade en ny vägledning den 3 maj 2027.",
                        "Kommundirektörerna är eniga om att ta fram ett gemensamt underlag till"
                        " Länsstyrelsen i Värmlands län före den 30 september.",
                    ),
                ),
            ),
            persons=(Person("Maria Lövgren"), Person("Jonas Bergkvist")),
            orgs=(
                Org("Boverket", "Boverket", "national_agency"),
                Org(
                    "Länsstyrelsen i Värmlands län",
                    "Länsstyrelsen i Värmlands län",
                    "county_administrative_board",
                ),
            ),
            decisions=(
                "Kommundirektörerna är eniga om att ta fram ett gemensamt underlag till"
                " Länsstyrelsen i Värmlands län före den 30 september.",
            ),
            dates=(DateMention("3 maj 2027", "2027-05-03"), DateMention("30 september", "2027-09-30")),
            topics=("bostadsförsörjning",),
        ),
        Item(
            4,
            "Nästa möte",
            (Section(None, ("Nästa möte hålls den 17 juni 2027 i Arvika.",)),),
            municipalities=("Arvika",),
            follow_ups=("Nästa möte hålls den 17 juni 2027 i Arvika.",),
            dates=(DateMention("17 juni 2027", "2027-06-17"),),
            topics=("mötesplanering",),
        ),
    ),
)

JAMTLAND = Meeting(
    slug="jamtland",
    body="Kommundirektörsgruppen i Jämtlands län",
    host="Region Jämtland Härjedalen",
    date=dt.date(2027, 11, 5),
    start="9.30",
    end="12",
    attendees=(
        Attendee("Kristina", "Holmgren", "Östersund", "Östersund", "kommundirektör"),
        Attendee("Björn", "Wiklund", "Krokom", "Krokom", "kommundirektör"),
        Attendee("Ylva", "Strömberg", "Åre", "Åre", "kommundirektör"),
        Attendee("Nils-Olov", "Persson", "Berg", "Berg", "kommundirektör", present=False),
        Attendee("Camilla", "Jonsson", "Härjedalen", "Härjedalen", "kommundirektör"),
        Attendee("Peter", "Sundin", "Strömsund", "Strömsund", "kommundirektör"),
        Attendee("Malin", "Edh", "Ragunda", "Ragunda", "kommundirektör", present=False),
        Attendee("Gustav", "Norén", "Bräcke", "Bräcke", "kommundirektör"),
        Attendee(
            "Annelie",
            "Falk",
            "Region Jämtland Härjedalen",
            "Region Jämtland Härjedalen",
            "regional utvecklingsdirektör",
            municipal=False,
        ),
        Attendee(
            "Joakim",
            "Lind",
            "Region Jämtland Härjedalen",
            "Region Jämtland Härjedalen",
            "nämndsekreterare",
            recorder=True,
            municipal=False,
        ),
    ),
    items=(
        Item(
            1,
            "Mötets öppnande och föregående anteckningar",
            (Section(None, ("Anteckningarna från mötet den 1 oktober godkändes.",)),),
            decisions=("Anteckningarna från mötet den 1 oktober godkändes.",),
            dates=(DateMention("1 oktober", "2027-10-01"),),
            topics=("föregående anteckningar",),
        ),
        Item(
            2,
            "Energiförsörjning och elnät",
            (
                Section(
                    "Kapaciteten i elnätet",
                    (
                        "Annelie Falk, Region Jämtland Härjedalen, presenterade läget för"
                        " elnätsutbyggnaden i länet.",
                        "Åre och Krokom har fått besked från Svenska kraftnät om begränsad kapacitet fram"
                        " till 2030.",
                    ),
                ),
                Section(
                    "Gemensam skrivelse",
                    (
                        "Gruppen beslutar att skriva ett gemensamt brev till Energimyndigheten.",
                        "Ylva Strömberg återkommer med ett utkast den 26 november.",
                    ),
                ),
            ),
            persons=(Person("Annelie Falk", "Region Jämtland Härjedalen"), Person("Ylva Strömberg")),
            orgs=(
                Org("Region Jämtland Härjedalen", "Region Jämtland Härjedalen", "region"),
                Org("Svenska kraftnät", "Svenska kraftnät", "national_agency"),
                Org("Energimyndigheten", "Energimyndigheten", "national_agency"),
            ),
            municipalities=("Åre", "Krokom"),
            decisions=("Gruppen beslutar att skriva ett gemensamt brev till Energimyndigheten.",),
            follow_ups=("Ylva Strömberg återkommer med ett utkast den 26 november.",),
            dates=(DateMention("2030", "2030"), DateMention("26 november", "2027-11-26")),
            topics=("energiförsörjning", "elnät"),
        ),
        Item(
            3,
            "Räddningstjänst och civilt försvar",
            (
                Section(
                    None,
                    (
                        "Gustav Norén och Peter Sundin informerade om arbetet med höjd beredskap i"
                        " Jämtlands räddningstjänstförbund.",
                        "Länsstyrelsen i Jämtlands län bjuder in till en regional övning den"
                        " 14–15 april 2028.",
                        "Strömsund och Bräcke har redan anmält sig.",
                    ),
                ),
            ),
            persons=(Person("Gustav Norén"), Person("Peter Sundin")),
            orgs=(
                Org(
                    "Jämtlands räddningstjänstförbund",
                    "Jämtlands räddningstjänstförbund",
                    "municipal_federation",
                ),
                Org(
                    "Länsstyrelsen i Jämtlands län",
                    "Länsstyrelsen i Jämtlands län",
                    "county_administrative_board",
                ),
            ),
            municipalities=("Strömsund", "Bräcke"),
            follow_ups=(
                "Länsstyrelsen i Jämtlands län bjuder in till en regional övning den 14–15 april 2028.",
            ),
            dates=(DateMention("14–15 april 2028", "2028-04-14/2028-04-15"),),
            topics=("räddningstjänst", "civilt försvar"),
        ),
        Item(
            4,
            "Nästa möte",
            (
                Section(
                    None,
                    (
                        "Nästa möte hålls den 14 januari 2028 i Östersund.",
                        "Mötet därefter planeras till den 11 februari.",
                    ),
                ),
            ),
            municipalities=("Östersund",),
            follow_ups=(
                "Nästa möte hålls den 14 januari 2028 i Östersund.",
                "Mötet därefter planeras till den 11 februari.",
            ),
            dates=(DateMention("14 januari 2028", "2028-01-14"), DateMention("11 februari", "2028-02-11")),
            topics=("mötesplanering",),
        ),
    ),
)

MEETINGS: tuple[Meeting, ...] = (SORMLAND, VARMLAND, JAMTLAND)
