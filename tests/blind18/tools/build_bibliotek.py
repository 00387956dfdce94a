# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: varmland_bibliotekschefer_onenote.txt → gold/varmland_bibliotekschefer_onenote.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

RV = "Region Värmland"
LST = "Länsstyrelsen i Värmlands län"
LB = "Länsbibliotek Värmland"

# A OneNote page copied as text: title line, OneNote's date stamp `den 7 mars 2028` and time stamp
# `09:41` on their own lines, `Plats:`/`Sammankallande:` lines; the roll call is ONE comma list
# `Name Kommun` (no comma between the name and the municipality), with `(via Teams)`, `(till lunch)`,
# `(ersättare för Name)`; the network's staff on a `Från Länsbiblioteket:` line, a guest on `Gäst:`.
# Items are UNNUMBERED plain heading lines (OneNote heading style lost), numbered 1–6 in order; a
# `(Lunch 12.00–13.00)` line between items 3 and 4 is no item. Run-in `Beslut:` lines, `•<TAB>` bullets,
# `Kort runda:` is a lead-in label (no subheading). Absence in a `Förhinder:` note after the last item;
# recorder in the closing `Antecknat av` line.
# Choices: `(till lunch)` → items 1–3 (the items before the lunch line); the substitute's principal
# Gunilla Berg is absent with Torsby as canonical body (inferred); the Länsbibliotek staff's written
# affiliation `Länsbiblioteket` gets the parent body Region Värmland as canonical (as seeds' units →
# Länsstyrelsen); the guest `Sophie Hammarlund` = `Sofie Hammarlund` of the Länsstyrelsen network minutes
# (same municipality, same role; canonical `Sofie Hammarlund`).
present = [
    att("Lena Bergqvist", "Arvika", "Arvika"),
    att("Jonas Mattsson", "Eda", "Eda"),
    att("Anneli Sjöström", "Filipstad", "Filipstad"),
    att("Per-Erik Lind", "Forshaga", "Forshaga"),
    att("Camilla Rask", "Grums", "Grums", None, "(via Teams)"),
    att("Eva Dahl", "Hagfors", "Hagfors", None, "(via Teams)"),
    att("Karin Nyqvist", "Karlstad", "Karlstad"),
    att("Helén Ståhlberg", "Kil", "Kil"),
    att("Anders Nyqvist", "Kristinehamn", "Kristinehamn"),
    att("Ingrid Olsson", "Sunne", "Sunne"),
    att("Mikael Sund", "Säffle", "Säffle", None, "(till lunch)", [1, 2, 3]),
    att("Åsa Ruud", "Torsby", "Torsby", None, "(ersättare för Gunilla Berg)"),
    att("Björn Alm", "Årjäng", "Årjäng"),
    att("Kajsa Lundh", "Länsbiblioteket", RV),
    att("Tove Ek Andersson", "Länsbiblioteket", RV),
    att(
        "Sophie Hammarlund",
        "Karlstads kommun",
        "Karlstad",
        "trygghetssamordnare",
        "(punkten Trygghet på biblioteken)",
        [3],
        canonical="Sofie Hammarlund",
    ),
]
absent = [
    att("Maria Hedin", "Hammarö", "Hammarö"),
    att("Tomas Ek", "Munkfors", "Munkfors"),
    att("Gunilla Berg", None, "Torsby"),
]
recorded_by = {"name": "Kajsa Lundh", "canonical_name": "Kajsa Lundh", "role": None}

items = [
    item(
        1,
        "Välkommen och dagens upplägg",
        "Välkommen och dagens upplägg",
        persons=[
            per("Lena", "Lena Bergqvist", None, "host, welcomes"),
            per("Kajsa", "Kajsa Lundh", None, "goes through the agenda"),
            per("Åsa Ruud", None, None, "acting library head, Torsby"),
        ],
        orgs=[
            org("Arvika", "Arvika", "municipality"),
            org("Karlstad", "Karlstad", "municipality"),
            org("Sunne", "Sunne", "municipality"),
            org("Torsby", "Torsby", "municipality"),
        ],
        munis=["Arvika", "Karlstad", "Sunne", "Torsby"],
        topics=[
            "ombyggt meröppet bibliotek",
            "dagordning",
            "runda bland kommunerna",
            "bokbuss",
            "vakant bibliotekschef",
        ],
        decisions=[
            "Kajsa gick igenom dagordningen, som godkändes.",
            "Anteckningarna från träffen den 23 november 2027 lades till handlingarna.",
        ],
        dates=[
            dat("januari", "2028-01"),
            dat("30 juni", "2028-06-30"),
            dat("23 november 2027", "2027-11-23"),
        ],
    ),
    item(
        2,
        "Regional biblioteksplan 2029–2032",
        "Regional biblioteksplan 2029–2032",
        persons=[
            per("Tove Ek Andersson", None, None, "presents the work on the plan"),
            per("Björn Alm", None, None, "wants adult reading promotion as an own area"),
        ],
        orgs=[
            org(
                "Regional biblioteksplan 2029–2032",
                "Regional biblioteksplan för Värmland 2029–2032",
                "programme",
                "regionala biblioteksplanen",
            ),
            org("Region Värmlands kulturnämnd", "Region Värmlands kulturnämnd", "region"),
            org("nationella biblioteksstrategin", "Nationella biblioteksstrategin", "programme"),
            org("Eda", "Eda", "municipality"),
            org("Grums", "Grums", "municipality"),
            org("Årjäng", "Årjäng", "municipality"),
            org("Länsbiblioteket", LB, "other"),
        ],
        munis=["Eda", "Grums", "Årjäng"],
        topics=[
            "regional biblioteksplan",
            "kommunala biblioteksplaner",
            "utvecklingsområden",
            "läsfrämjande för vuxna",
            "tidplan",
        ],
        decisions=[
            "Bibliotekscheferna ställde sig bakom tidplanen och att planen får högst fem utvecklingsområden."
        ],
        follow_ups=[
            "Region Värmlands kulturnämnd ska anta den nya planen i december 2028.",
            "Länsbiblioteket skickar ut ett första utkast senast den 15 maj.",
            "Synpunkter på utkastet tas upp på träffen i maj.",
        ],
        bdec=[
            "Planen ska bygga på de kommunala biblioteksplanerna och på den nationella biblioteksstrategin.",
            "De flesta ville det.",
            "Björn Alm tyckte att läsfrämjande för vuxna måste finnas med som ett eget område.",
        ],
        bfol=["Eda, Grums och Årjäng reviderar sina planer under våren."],
        dates=[
            dat("2029–2032", "2029/2032"),
            dat("2028", "2028"),
            dat("december 2028", "2028-12"),
            dat("våren", "2028"),
            dat("15 maj", "2028-05-15"),
            dat("maj", "2028-05"),
        ],
    ),
    item(
        3,
        "Trygghet på biblioteken",
        "Trygghet på biblioteken",
        persons=[
            per(
                "Sophie Hammarlund",
                "Sofie Hammarlund",
                "Karlstads kommun",
                "guest, presents Karlstad's work",
                ["Sophie"],
                "Karlstad",
            ),
            per("Anders Nyqvist", None, None, "Kristinehamn's incident routine"),
            per("Karin", "Karin Nyqvist", None, "asks about funding for training"),
            per("Ingrid Olsson", None, None, "stresses open libraries"),
            per("Kajsa", "Kajsa Lundh", None, "contacts the county board"),
        ],
        orgs=[
            org("Karlstads kommun", "Karlstad", "municipality", "Karlstad"),
            org("Karlstads stadsbibliotek", "Karlstads stadsbibliotek", "other"),
            org("polisen", "Polismyndigheten", "national_agency"),
            org("Kristinehamn", "Kristinehamn", "municipality"),
            org("Säffle", "Säffle", "municipality"),
            org("Arvika", "Arvika", "municipality"),
            org("Länsstyrelsen Värmland", LST, "county_administrative_board", "länsstyrelsens"),
            org("Länsbiblioteket", LB, "other"),
        ],
        munis=["Karlstad", "Kristinehamn", "Säffle", "Arvika"],
        topics=[
            "trygghet på biblioteken",
            "ordningsstörningar och hot mot personal",
            "ordningsvakter",
            "incidentrapportering",
            "utbildning om hot och våld",
        ],
        decisions=[
            "Länsbiblioteket bjuder in till en gemensam utbildning om hot och våld för bibliotekspersonal under hösten, tillsammans med Länsstyrelsen Värmland."
        ],
        follow_ups=["Kajsa kontaktar länsstyrelsens brottsförebyggande samordnare om upplägg och datum."],
        bdec=[
            "Ingrid Olsson betonade att biblioteken ska vara öppna för alla och att vakter inte får bli första lösningen."
        ],
        bfol=[
            "Länsbiblioteket bjuder in till en gemensam utbildning om hot och våld för bibliotekspersonal under hösten, tillsammans med Länsstyrelsen Värmland.",
            "Sophie svarade att Länsstyrelsen Värmland har utvecklingsmedel för brottsförebyggande arbete som kommunerna kan söka till och med den 31 maj.",
        ],
        dates=[dat("hösten 2027", "2027"), dat("31 maj", "2028-05-31"), dat("hösten", "2028")],
    ),
    item(
        4,
        "E-medier",
        "E-medier",
        persons=[
            per("Per-Erik Lind", None, None, "reports on the joint procurement", ["Per-Erik"]),
            per("Karin Nyqvist", None, None, "Karlstad's share of loans"),
            per("Åsa Ruud", None, None, "asks about leaving the contract"),
        ],
        orgs=[
            org("Forshaga", "Forshaga", "municipality"),
            org("Elib", "Elib AB", "company"),
            org("Hagfors", "Hagfors", "municipality"),
            org("Filipstad", "Filipstad", "municipality"),
            org("Karlstad", "Karlstad", "municipality"),
        ],
        munis=["Forshaga", "Hagfors", "Filipstad", "Karlstad"],
        topics=[
            "e-medier",
            "gemensam upphandling av e-böcker",
            "kostnader för e-ljudböcker",
            "kostnadsfördelning",
            "lånetak",
        ],
        decisions=[
            "Gruppen beslutade att fortsätta med den gemensamma upphandlingen och att Forshaga är samordnande kommun även nästa avtalsperiod."
        ],
        follow_ups=["Per-Erik återkommer med ett förslag till kostnadsfördelning till träffen i maj."],
        bdec=[
            "Hagfors och Filipstad vill pröva en gemensam pott för länet i stället för en kommunvis fördelning.",
            "Karin Nyqvist påpekade att Karlstad står för nästan hälften av utlånen och att en fördelning efter invånarantal därför blir orättvis.",
        ],
        dates=[dat("30 juni 2029", "2029-06-30"), dat("maj", "2028-05")],
    ),
    item(
        5,
        "Statistik och Bokstart",
        "Statistik och Bokstart",
        persons=[
            per("Tove", "Tove Ek Andersson", None, "Bokstart, registrations"),
            per("Eva Dahl", None, None, "Hagfors wants to join"),
            per("Anneli Sjöström", None, None, "checks with child health care"),
        ],
        orgs=[
            org("Kungliga biblioteket", "Kungliga biblioteket", "national_agency"),
            org("Kulturrådet", "Statens kulturråd", "national_agency"),
            org("Region Värmland", RV, "region"),
            org("Bokstart", "Bokstart", "programme"),
            org("Hagfors", "Hagfors", "municipality"),
            org("Filipstad", "Filipstad", "municipality"),
        ],
        munis=["Hagfors", "Filipstad"],
        topics=["biblioteksstatistik", "Bokstart", "läsfrämjande för små barn", "barnhälsovård"],
        follow_ups=[
            "Biblioteksstatistiken för 2027 ska vara inrapporterad till Kungliga biblioteket senast den 10 april.",
            "Anneli Sjöström ska först stämma av med barnhälsovården i Filipstad.",
            "Kommuner som vill delta anmäler det till Tove senast den 31 mars.",
        ],
        bdec=["Eva Dahl meddelade att Hagfors gärna är med."],
        bfol=["Fyra nya kommuner kan komma med i höst."],
        dates=[
            dat("2027", "2027"),
            dat("10 april", "2028-04-10"),
            dat("2028–2029", "2028/2029"),
            dat("höst", "2028"),
            dat("31 mars", "2028-03-31"),
        ],
    ),
    item(
        6,
        "Övriga frågor och nästa träff",
        "Övriga frågor och nästa träff",
        persons=[
            per("Ingrid Olsson", None, None, "tips about a school-library day"),
            per("Jonas Mattsson", None, None, "raises joint marketing next time"),
            per("Helén Ståhlberg", None, None, "leaves Kil after the summer"),
        ],
        orgs=[
            org("Svensk biblioteksförenings", "Svensk biblioteksförening", "association"),
            org("Karlstad", "Karlstad", "municipality"),
            org("Kil", "Kil", "municipality"),
            org("Sunne", "Sunne", "municipality"),
        ],
        munis=["Karlstad", "Kil", "Sunne"],
        topics=["skolbibliotek", "marknadsföring av sommarboken", "avtackning", "nästa träff"],
        follow_ups=[
            "Jonas Mattsson tar upp frågan om gemensam marknadsföring av sommarboken på nästa träff.",
            "Nästa bibliotekschefsträff är den 23 maj kl. 10.00–15.00 i Sunne.",
        ],
        bfol=[
            "Ingrid Olsson tipsade om Svensk biblioteksförenings regionala dag om skolbibliotek i Karlstad den 26 april.",
            "Helén Ståhlberg slutar i Kil efter sommaren.",
        ],
        dates=[dat("26 april", "2028-04-26"), dat("sommaren", "2028"), dat("23 maj", "2028-05-23")],
    ),
]

write(
    "varmland_bibliotekschefer_onenote.txt",
    "Bibliotekschefsnätverket i Värmland (bibliotekschefsträff, Länsbibliotek Värmland, Region Värmland)",
    "2028-03-07",
    ["den 7 mars 2028", "Bibliotekschefsträff Värmland – mars"],
    "Arvika bibliotek, Arvika",
    present,
    absent,
    recorded_by,
    items,
    "Förhinder: Maria Hedin",
)
