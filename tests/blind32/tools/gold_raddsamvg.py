# ruff: noqa
"""Gold for raddsamvg_raddningschefer_2026-03-12.txt (RäddSam VG räddningschefsmöte)."""

# ruff: noqa: E501  (verbatim quotes from the minutes are kept on one line each)
from goldlib import A, D, O, P, item, write

NAME = "raddsamvg_raddningschefer_2026-03-12.txt"
RSG = "Räddningstjänsten Storgöteborg"
SARF = "Södra Älvsborgs Räddningstjänstförbund"
NARF = "Norra Älvsborgs Räddningstjänstförbund"
ROS = "Räddningstjänsten Östra Skaraborg"
AVRF = "Alingsås-Vårgårda Räddningstjänstförbund"
BOHUS = "Bohus Räddningstjänstförbund"
LST = "Länsstyrelsen i Västra Götalands län"
MCF = "Myndigheten för civilt försvar"
SELF = O("RäddSam VG", "RäddSam VG", "network", note="the meeting body itself")

heads = [
    "1. Mötets öppnande och dagordning",
    "2. Föregående minnesanteckningar",
    "3. Civilt försvar – räddningstjänst under höjd beredskap",
    "4. Systemledning – gemensam ledningsfunktion",
    "5. Rekrytering och bemanning av RIB-styrkan",
    "6. Ekonomi och verksamhetsplan för RäddSam VG",
    "7. Övriga frågor",
    "8. Nästa möte",
]


def T(h):
    return h.split(". ", 1)[1]


doc = {
    "document": NAME,
    "meeting": {
        "body": "RäddSam VG räddningschefsmöte",
        "date_estimate": "2026-03-12",
        "date_evidence": ["Datum: 2026-03-12"],
        "place": "Södra Älvsborgs Räddningstjänstförbund, Borås",
        "layout": "Word document exported to plain text: label lines Datum/Tid/Plats, "
        "'Namn, Organisation' attendance, numbered items '1. ...', 'Vid anteckningarna'",
    },
    "present": [
        A("Magnus Ek", RSG, RSG, role="ordförande"),
        A("Johanna Ek", RSG, RSG, note="(punkt 4)", items=[4]),
        A("Per-Olof Sandberg", SARF, SARF),
        A("Lena Hallberg", NARF, NARF),
        A("Emil Björk", ROS, ROS, note="ersättare för Tomas Wiklund"),
        A("Sara Lindgren", AVRF, AVRF),
        A("Mikael Strand", BOHUS, BOHUS),
        A("Ulrika Fagerström", LST, LST, note="(punkt 3)", items=[3]),
        A("Henrik Olsson", MCF, MCF, note="(punkt 3, via Teams)", items=[3]),
        A("Camilla Berg", "RäddSam VG", "RäddSam VG", role="sekreterare"),
    ],
    "absent": [
        A("Tomas Wiklund", ROS, ROS),
        A("Jonas Melander", "Räddningstjänsten Lidköping", "Räddningstjänsten Lidköping"),
    ],
    "recorded_by": {"name": "Camilla Berg", "canonical_name": "Camilla Berg", "role": "sekreterare"},
    "items": [
        item(
            1,
            heads[0],
            T(heads[0]),
            persons=[
                P("Magnus Ek", role="ordförande, öppnar mötet"),
                P("Emil", "Emil Björk", role="ny i gruppen"),
            ],
            topics=["mötets öppnande", "dagordning"],
            decisions=["Dagordningen godkändes med ett tillägg under övriga frågor."],
        ),
        item(
            2,
            heads[1],
            T(heads[1]),
            topics=["föregående minnesanteckningar"],
            decisions=["Anteckningarna läggs till handlingarna."],
            dates=[D("4 december 2025", "2025-12-04", "day")],
        ),
        item(
            3,
            heads[2],
            T(heads[2]),
            persons=[
                P("Ulrika Fagerström", aff="Länsstyrelsen", affc=LST, role="informerar", also=["Ulrika"]),
                P(
                    "Henrik Olsson",
                    aff="Myndigheten för civilt försvar (MCF)",
                    affc=MCF,
                    role="informerar",
                    also=["Henrik"],
                ),
                P("Per-Olof", "Per-Olof Sandberg", role="tar fram utkast till remissvar"),
                P("Lena", "Lena Hallberg", role="tar fram utkast till remissvar"),
            ],
            orgs=[
                O("Länsstyrelsen", LST, "county_administrative_board", other=["länsstyrelsens"]),
                O("Myndigheten för civilt försvar", MCF, "national_agency", other=["MCF", "MCF:s"]),
                O("Försvarsmakten", "Försvarsmakten", "national_agency"),
                SELF,
            ],
            topics=[
                "civilt försvar",
                "räddningstjänst under höjd beredskap",
                "remiss föreskrifter",
                "befolkningsskydd",
                "regional övning",
            ],
            decisions=["Räddningscheferna enades om att lämna ett gemensamt remissvar genom RäddSam VG."],
            follow_ups=[
                "Per-Olof och Lena tar fram ett utkast som skickas ut till gruppen senast 10 april.",
                "Varje räddningstjänst meddelar namn på kontaktperson för övningen till Ulrika senast 31 mars.",
            ],
            bfu=[
                "Ett förslag till föreskrifter skickas på remiss under våren och remisstiden är preliminärt till och med 30 april 2026.",
                "Ulrika redogjorde för länsstyrelsens uppdrag att samordna planeringen i länet och för den regionala övning som planeras i oktober 2026.",
                "Länsstyrelsen vill ha en kontaktperson per räddningstjänst inför övningen.",
            ],
            dates=[
                D("våren", "2026", "season", True),
                D("30 april 2026", "2026-04-30", "day"),
                D("oktober 2026", "2026-10", "month"),
                D("10 april", "2026-04-10", "day", True),
                D("31 mars", "2026-03-31", "day", True),
            ],
        ),
        item(
            4,
            heads[3],
            T(heads[3]),
            persons=[
                P("Johanna Ek", role="redovisar", also=["Johanna"]),
                P("Magnus", "Magnus Ek", role="påpekar"),
            ],
            orgs=[
                O("Räddningstjänsten Lidköping", "Räddningstjänsten Lidköping", "other"),
                O("SOS Alarm", "SOS Alarm", "company"),
                O("Lidköping", "Lidköping", "municipality"),
                O("kommunfullmäktige i Lidköping", "Lidköpings kommunfullmäktige", "other"),
            ],
            munis=["Lidköping"],
            topics=["systemledning", "gemensam ledningsfunktion", "utalarmering", "samverkansavtal"],
            decisions=[
                "Gruppen ställde sig bakom att avtalet med SOS Alarm förlängs med ett år i avvaktan på den nationella utredningen."
            ],
            follow_ups=["Johanna återkommer med ett förslag till nytt samverkansavtal till mötet i juni."],
            bfu=["Lidköping har aviserat att de vill ansluta från 2027."],
            dates=[
                D("1 januari 2026", "2026-01-01", "day"),
                D("2027", "2027", "year"),
                D("juni", "2026-06", "month", True),
            ],
        ),
        item(
            5,
            heads[4],
            T(heads[4]),
            persons=[
                P("Emil Björk", role="informerar"),
                P("Sara Lindgren", role="berättar; undersöker kostnaden", also=["Sara"]),
                P("Mikael Strand", role="undersöker kostnaden"),
            ],
            orgs=[
                O("Bohus", BOHUS, "municipal_federation"),
                O("AVRF", AVRF, "municipal_federation", other=["Alingsås-Vårgårdas"]),
                O("Vårgårda", "Vårgårda", "municipality"),
            ],
            munis=["Vårgårda"],
            places=["Östra Skaraborg", "Västra Götaland"],
            topics=["RIB", "rekrytering av brandpersonal", "bemanning", "rekryteringskampanj"],
            follow_ups=[
                "Mikael Strand och Sara Lindgren undersöker kostnaden för en gemensam kampanj och redovisar vid nästa möte."
            ],
        ),
        item(
            6,
            heads[5],
            T(heads[5]),
            persons=[P("Camilla Berg", role="presenterar")],
            orgs=[SELF],
            topics=["ekonomi", "verksamhetsplan", "medlemsavgift"],
            decisions=["Mötet beslutade att medlemsavgiften för 2027 ska vara oförändrad."],
            follow_ups=["Verksamhetsplanen för 2027 fastställs vid mötet den 10 september."],
            dates=[
                D("2025", "2025", "year"),
                D("2027", "2027", "year"),
                D("10 september", "2026-09-10", "day", True),
            ],
        ),
        item(
            7,
            heads[6],
            T(heads[6]),
            persons=[
                P("Lena Hallberg", role="informerar"),
                P("Camilla", "Camilla Berg", role="tar emot anmälningar"),
                P("Magnus Ek", role="lyfter fråga"),
            ],
            orgs=[O("Trollhättan", "Trollhättan", "municipality")],
            munis=["Trollhättan"],
            places=["Revinge"],
            topics=["ny brandstation", "ledarskapsutbildning insatsledare", "upphandling andningsskydd"],
            decisions=["Frågan bordläggs till nästa möte."],
            follow_ups=[
                "Ledarskapsutbildningen för insatsledare genomförs 18–20 november på Revinge, anmälan till Camilla."
            ],
            bfu=[
                "Lena Hallberg informerade om att den nya brandstationen i Trollhättan tas i drift i maj.",
                "Frågan bordläggs till nästa möte.",
            ],
            dates=[
                D("maj", "2026-05", "month", True),
                D("18–20 november", "2026-11-18/2026-11-20", "range", True),
            ],
        ),
        item(
            8,
            heads[7],
            T(heads[7]),
            orgs=[
                O("Skövde", "Skövde", "municipality"),
                O("Räddningstjänsten Östra Skaraborg", ROS, "municipal_federation"),
            ],
            munis=["Skövde"],
            topics=["nästa möte"],
            follow_ups=[
                "Nästa räddningschefsmöte hålls den 11 juni 2026 i Skövde med Räddningstjänsten Östra Skaraborg som värd."
            ],
            dates=[D("11 juni 2026", "2026-06-11", "day")],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, NAME, heads, "Vid anteckningarna")
