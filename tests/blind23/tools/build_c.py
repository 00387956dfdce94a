# ruff: noqa
"""Gold for va_syd_forbundsstyrelsen_2026-10-22.txt."""

from gold_lib import A, P, O, D, I, check_and_write

DOC = "va_syd_forbundsstyrelsen_2026-10-22.txt"
FS = lambda s="Förbundsstyrelsen", *o: O(
    s, "VA SYD förbundsstyrelse", "other", o, note="the meeting body itself"
)
FF = lambda s="förbundsfullmäktige", *o: O(s, "VA SYD förbundsfullmäktige", "other", o)
VA = lambda s="VA SYD", *o: O(s, "VA SYD", "municipal_federation", o)
M = lambda s, c: O(s, c, "municipality")


def H(n, title, dnr=None):
    raw = f"§ {n}" + (" " * (67 - len(f"§ {n}")) + dnr if dnr else "")
    return dict(number=n, title=title, heading_raw=raw)


SUB = ["Sammanfattning", "Beslut"]
gold = {
    "document": DOC,
    "meeting": {
        "body": "VA SYD förbundsstyrelse",
        "date_estimate": "2026-10-22",
        "date_evidence": ["Sammanträdesdatum             2026-10-22"],
        "place": "VA SYD, Hans Michelsensgatan 9, Malmö",
    },
    "present": [
        A("Anders Nilsson", "Malmö", "Malmö", "ordförande", "(S)"),
        A("Lotta Ekström", "Lund", "Lund", "vice ordförande", "(M)"),
        A("Kerstin Nilsson", "Malmö", "Malmö", None, "(S)"),
        A("Björn Axelsson", "Malmö", "Malmö", None, "(L)"),
        A("Elin Strand", "Lund", "Lund", None, "(S)"),
        A("Ola Jeppsson", "Eslöv", "Eslöv", None, "(M)"),
        A(
            "Hanna Wallin",
            "Burlöv",
            "Burlöv",
            "tjänstgörande ersättare",
            "tjänstgörande ersättare för Rolf Svensson (S)",
        ),
        A("Peter Mårtensson", "Lomma", "Lomma", None, "§§ 84–89", [84, 85, 86, 87, 88, 89]),
        A("Maja Lund", "Malmö", "Malmö", "ersättare", "(V)"),
        A("Tomas Hedlund", "Lund", "Lund", "ersättare", "(SD)"),
        A("Charlotte Welin", None, "VA SYD", "förbundsdirektör"),
        A("Magnus Forsberg", None, "VA SYD", "ekonomichef"),
        A("Jenny Åberg", None, "VA SYD", "förbundsjurist, sekreterare"),
        A("Kristoffer Dahl", None, "VA SYD", "avdelningschef ledningsnät", "§ 87", [87]),
    ],
    "absent": [],
    "recorded_by": {"name": "Jenny Åberg", "canonical_name": "Jenny Åberg", "role": "sekreterare"},
    "items": [
        I(
            **H(83, "Val av justerare"),
            persons=[P("Lotta Ekström", aff="Lund", role="utses att justera")],
            orgs=[FS()],
            topics=["val av justerare"],
            decisions=[
                "Förbundsstyrelsen beslutar att utse Lotta Ekström att tillsammans med ordföranden justera\nprotokollet."
            ],
        ),
        I(
            **H(84, "Godkännande av dagordning"),
            orgs=[FS()],
            topics=["dagordning"],
            decisions=["Förbundsstyrelsen beslutar att godkänna dagordningen."],
        ),
        I(
            **H(85, "Delårsrapport per augusti 2026", "Dnr VA SYD 2026/311"),
            subheadings=["Sammanfattning", "Beslutsunderlag", "Beslut"],
            persons=[P("Magnus Forsberg", aff="VA SYD", role="redovisar delårsrapporten")],
            orgs=[FS(), FF()],
            munis=["Lomma", "Lund"],
            topics=["delårsrapport", "prognos", "investeringar", "överföringsledning Lomma–Lund"],
            decisions=[
                "Förbundsstyrelsen beslutar att godkänna delårsrapporten per augusti 2026 och överlämna den till\nförbundsfullmäktige."
            ],
            dates=[
                D("augusti 2026", "2026-08"),
                D("31 augusti 2026", "2026-08-31"),
                D("2026-10-05", "2026-10-05"),
                D("januari–augusti 2026", "2026-01/2026-08"),
            ],
        ),
        I(
            **H(86, "Taxa för vatten och avlopp 2027", "Dnr VA SYD 2026/298"),
            subheadings=["Sammanfattning", "Yrkanden", "Beslut", "Reservation"],
            persons=[
                P("Björn Axelsson", aff="Malmö", role="yrkande och reservation"),
                P("Anders Nilsson", aff="Malmö", role="ordförande, yrkande", also=["Anders Nilssons"]),
            ],
            orgs=[VA(), FS("förbundsstyrelsen", "Förbundsstyrelsen"), FF()],
            munis=["Malmö", "Lund", "Burlöv", "Eslöv", "Lomma"],
            topics=[
                "VA-taxa 2027",
                "brukningsavgifter",
                "Sjölunda avloppsreningsverk",
                "yrkanden och reservation",
            ],
            decisions=[
                "Förbundsstyrelsen beslutar att föreslå förbundsfullmäktige att anta taxa för vatten och avlopp\n2027 enligt bilaga 1."
            ],
            bdec=[
                "Ordföranden ställer proposition på yrkandena och finner att förbundsstyrelsen beslutar enligt\nAnders Nilssons yrkande.",
                "Björn Axelsson (L) reserverar sig mot beslutet till förmån för eget yrkande.",
                "Björn Axelsson (L) yrkar att höjningen i Malmö begränsas till 7 procent.",
            ],
            dates=[D("2027", "2027"), D("1 januari 2027", "2027-01-01")],
        ),
        I(
            **H(87, "Förnyelseplan för ledningsnätet 2027–2031", "Dnr VA SYD 2026/205"),
            subheadings=SUB,
            persons=[P("Kristoffer Dahl", aff="VA SYD", role="presenterar förnyelseplanen")],
            orgs=[
                O("Havs- och vattenmyndighetens", "Havs- och vattenmyndigheten", "national_agency"),
                O("Svenskt Vattens", "Svenskt Vatten", "association"),
                FS(),
            ],
            topics=["förnyelseplan", "ledningsnät", "förnyelsetakt"],
            decisions=[
                "Förbundsstyrelsen beslutar att anta förnyelseplanen för ledningsnätet 2027–2031.",
                "Förbundsstyrelsen uppdrar åt förbundsdirektören att årligen redovisa genomförandet av planen.",
            ],
            bfol=[
                "Förbundsstyrelsen uppdrar åt förbundsdirektören att årligen redovisa genomförandet av planen."
            ],
            dates=[D("2027–2031", "2027/2031")],
        ),
        I(
            **H(
                88,
                "Yttrande över Länsstyrelsen Skånes förslag till vattenskyddsområde för Vombsjön",
                "Dnr VA SYD 2026/340",
            ),
            subheadings=SUB,
            orgs=[
                O(
                    "Länsstyrelsen Skånes",
                    "Länsstyrelsen i Skåne län",
                    "county_administrative_board",
                    ["Länsstyrelsen i Skåne län"],
                ),
                O("Sydvatten AB", "Sydvatten AB", "company"),
                VA(),
                FS(),
            ],
            topics=["vattenskyddsområde", "Vombsjön", "remissyttrande", "dagvatten"],
            decisions=["Förbundsstyrelsen beslutar att avge yttrande enligt förvaltningens förslag."],
            follow_ups=["Yttrandet ska\nlämnas senast den 6 november 2026."],
            dates=[D("6 november 2026", "2026-11-06")],
        ),
        I(
            **H(89, "Förbundsdirektörens information"),
            subheadings=["Beslut"],
            persons=[P("Charlotte Welin", aff="VA SYD", role="informerar")],
            orgs=[M("Lunds kommun", "Lund"), M("Burlövs kommun", "Burlöv"), FS()],
            munis=["Lund", "Burlöv"],
            topics=["klimatanpassning", "nytt reningsverk i Lund", "skyfallsskydd"],
            decisions=["Förbundsstyrelsen beslutar att lägga informationen till handlingarna."],
            dates=[D("1 februari 2027", "2027-02-01")],
        ),
        I(
            **H(90, "Anmälan av delegationsbeslut"),
            subheadings=["Beslut"],
            orgs=[FS()],
            topics=["delegationsbeslut"],
            decisions=[
                "Förbundsstyrelsen beslutar att lägga anmälan av delegationsbesluten till handlingarna."
            ],
            dates=[D("2026-09-01–2026-09-30", "2026-09-01/2026-09-30")],
        ),
    ],
}
check_and_write(DOC, gold, end_marker="Justerandes sign")
