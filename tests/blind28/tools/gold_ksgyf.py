# ruff: noqa
"""Gold for ksgyf_direktionen_2026-04-23.txt (Kalmarsunds gymnasieförbund, direktionen, protocol)."""

from goldlib import att, dt, item, mun, org, per, write

KGF = "Kalmarsunds gymnasieförbund"
DIR = "Kalmarsunds gymnasieförbunds direktion"
FVG = "Kalmarsunds gymnasieförbunds förvaltning"
SELF = "the meeting body itself"
DB = "Direktionens beslut"


def direktion(surface="Direktionens", others=()):
    return org(surface, DIR, "other", others, note=SELF)


doc = {
    "document": "ksgyf_direktionen_2026-04-23",
    "meeting": {
        "body": "Kalmarsunds gymnasieförbund, direktionen",
        "date_estimate": "2026-04-23",
        "date_evidence": [
            "torsdagen den 23 april 2026 kl. 13.30–16.10",
            "Sammanträdesdatum\nSida\n2026-04-23",
        ],
        "place": "Stagneliusskolan, sal Kalmarsund, Kalmar",
    },
    "present": [
        att("Johan Persson", aff="Kalmar", role="ordförande", party="S"),
        att("Ingrid Öberg", aff="Mörbylånga", role="vice ordförande", party="C"),
        att("Lars-Göran Nilsson", aff="Kalmar", party="M"),
        att("Amanda Nilsson", aff="Nybro", party="S"),
        att("Bo Carlsson", aff="Torsås", party="KD"),
        att(
            "Roger Hultén",
            aff="Kalmar",
            role="tjänstgörande ersättare",
            note="tjänstgörande ersättare för Erik Sjöberg (SD)",
            party="SD",
        ),
        att("Sofia Lindqvist", aff="Kalmar", role="ersättare", party="V"),
        att(
            "Kent Åberg",
            aff="Nybro",
            role="ersättare",
            note="§§ 22–26",
            items=[22, 23, 24, 25, 26],
            party="M",
        ),
        att("Marie Holmqvist", aff=None, affc=KGF, role="förbundsdirektör"),
        att("Tobias Ahlström", aff=None, affc=KGF, role="ekonomichef", note="§§ 25–26", items=[25, 26]),
        att(
            "Elin Sjöberg",
            aff="Jenny Nyströmsskolan",
            affc=KGF,
            role="rektor",
            note="§ 27",
            items=[27],
            unit="Jenny Nyströmsskolan",
        ),
        att("Jenny Kronberg", aff=None, affc=KGF, role="nämndsekreterare"),
    ],
    "absent": [],
    "recorded_by": {"name": "Jenny Kronberg", "canonical_name": "Jenny Kronberg", "role": "Sekreterare"},
    "items": [
        item(
            22,
            "Val av justerare",
            "§ 22 Val av justerare",
            subheadings=[DB],
            persons=[per("Ingrid Öberg", role="utses att justera")],
            orgs=[direktion()],
            topics=["val av justerare", "justering av protokollet"],
            decisions=[
                "Ingrid Öberg (C) utses att jämte ordföranden justera protokollet.",
                "Justering sker på förbundskansliet tisdagen den 28 april 2026.",
            ],
            b_fu=["Justering sker på förbundskansliet tisdagen den 28 april 2026."],
            dates=[dt("28 april 2026", "2026-04-28")],
        ),
        item(
            23,
            "Godkännande av dagordning",
            "§ 23 Godkännande av dagordning",
            subheadings=[DB],
            orgs=[direktion()],
            places=["Stagneliusskolan"],
            topics=["dagordning", "lokalförsörjning"],
            decisions=[
                "Dagordningen godkänns med tillägget att förbundsdirektören under § 24 informerar om lokalförsörjningen vid Stagneliusskolan."
            ],
        ),
        item(
            24,
            "Förbundsdirektören informerar",
            "§ 24 Förbundsdirektören informerar",
            subheadings=["Ärendebeskrivning", DB],
            persons=[per("Marie Holmqvist", role="förbundsdirektör; informerar")],
            orgs=[mun("Kalmar kommun", "Kalmar"), direktion("Direktionens", ["direktionen"])],
            munis=["Kalmar"],
            places=["Stagneliusskolan"],
            topics=["gymnasieantagning", "söktryck", "lokalförsörjning", "paviljong vid Stagneliusskolan"],
            decisions=["Informationen läggs till handlingarna."],
            follow_ups=[
                "Förbundsdirektören återkommer till direktionen i juni med en lägesrapport om lokalförsörjningen."
            ],
            b_fu=[
                "Kalmar kommun har meddelat att den tillfälliga paviljongen vid Stagneliusskolan måste avvecklas senast den 30 juni 2027."
            ],
            dates=[
                dt("2026/27", "2026/2027", gran="range", note="school year"),
                dt("30 juni 2027", "2027-06-30"),
                dt("juni", "2026-06", inferred=True),
            ],
        ),
        item(
            25,
            "Ekonomisk uppföljning per mars 2026",
            "§ 25 Ekonomisk uppföljning per mars 2026",
            subheadings=["Ärendebeskrivning", DB],
            persons=[per("Tobias Ahlström", role="ekonomichef; redovisar uppföljningen")],
            orgs=[direktion("Direktionen", ["Direktionens"])],
            topics=[
                "ekonomisk uppföljning",
                "prognos underskott",
                "interkommunala ersättningar",
                "ekonomi i balans",
            ],
            decisions=[
                "Direktionen beslutar att godkänna den ekonomiska uppföljningen per mars 2026,",
                "att uppdra åt förbundsdirektören att redovisa åtgärder för en ekonomi i balans vid direktionens sammanträde den 11 juni 2026.",
            ],
            b_fu=[
                "att uppdra åt förbundsdirektören att redovisa åtgärder för en ekonomi i balans vid direktionens sammanträde den 11 juni 2026."
            ],
            dates=[
                dt("mars 2026", "2026-03"),
                dt("31 mars 2026", "2026-03-31"),
                dt("2026", "2026"),
                dt("11 juni 2026", "2026-06-11"),
            ],
        ),
        item(
            26,
            "Budget 2027 med plan för 2028–2029",
            "§ 26 Budget 2027 med plan för 2028–2029",
            subheadings=["Ärendebeskrivning", "Yrkanden", "Propositionsordning", DB, "Reservation"],
            persons=[
                per("Lars-Göran Nilsson", role="yrkar återremiss; reserverar sig"),
                per("Johan Persson", role="yrkar bifall"),
            ],
            orgs=[
                org("SKR:s", "Sveriges Kommuner och Regioner", "association"),
                mun("Kalmar", "Kalmar"),
                mun("Nybro", "Nybro"),
                mun("Torsås", "Torsås"),
                mun("Mörbylånga", "Mörbylånga"),
                org(
                    "förvaltningen",
                    FVG,
                    "other",
                    ["förvaltningens"],
                    note="the förbund's administration, asked in the motion to produce an alternative",
                ),
                direktion("Direktionen", ["Direktionens"]),
            ],
            munis=["Kalmar", "Nybro", "Torsås", "Mörbylånga"],
            topics=["budget 2027", "förbundsbidrag", "fördelning efter elevantal", "återremissyrkande"],
            decisions=[
                "Direktionen beslutar att föreslå medlemskommunernas fullmäktige att fastställa budget 2027 med plan för 2028–2029 enligt bilaga,",
                "att förbundsbidraget för 2027 fastställs till 742,6 miljoner kronor,",
                "att budgetförslaget ska skickas till medlemskommunerna senast den 15 maj 2026.",
            ],
            b_dec=[
                "Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och finner att direktionen beslutar att avgöra ärendet i dag.",
                "Lars-Göran Nilsson (M) yrkar att ärendet återremitteras för att förvaltningen ska ta fram ett alternativ med oförändrat förbundsbidrag.",
                "Johan Persson (S) yrkar bifall till förvaltningens förslag.",
            ],
            b_fu=["att budgetförslaget ska skickas till medlemskommunerna senast den 15 maj 2026."],
            dates=[
                dt("2027", "2027"),
                dt("2028–2029", "2028/2029"),
                dt("15 oktober 2025", "2025-10-15"),
                dt("15 maj 2026", "2026-05-15"),
            ],
            note="A page break (footer, form feed, header) falls between the decision and the reservation.",
        ),
        item(
            27,
            "Programutbud läsåret 2027/28",
            "§ 27 Programutbud läsåret 2027/28",
            subheadings=["Ärendebeskrivning", DB],
            persons=[per("Elin Sjöberg", role="rektor; redogör för söktrycket")],
            orgs=[mun("Kalmar", "Kalmar"), direktion("Direktionen", ["Direktionens"])],
            munis=["Kalmar"],
            places=["Jenny Nyströmsskolan", "Axel Weüdelskolan", "Kalmar län"],
            topics=[
                "programutbud",
                "hantverksprogrammet frisör och stylist",
                "söktryck",
                "samverkansavtal gymnasieskolan",
            ],
            decisions=[
                "Direktionen beslutar att inte erbjuda hantverksprogrammet med inriktning frisör och stylist vid Jenny Nyströmsskolan för antagning läsåret 2027/28,",
                "att i övrigt fastställa programutbudet för läsåret 2027/28 enligt bilaga 1.",
            ],
            follow_ups=[
                "Förbundsdirektören ska informera övriga kommuner i Kalmar län om beslutet inom ramen för samverkansavtalet."
            ],
            dates=[dt("2027/28", "2027/2028", gran="range", note="school year")],
            note="A page break falls inside the item. 'samverkansavtalet för gymnasieskolan i Kalmar län' is an "
            "agreement, not an organisation.",
        ),
        item(
            28,
            "Yttrande över Region Kalmar läns förslag till trafikförsörjningsprogram 2027–2030",
            "§ 28 Yttrande över Region Kalmar läns förslag till trafikförsörjningsprogram 2027–2030",
            subheadings=["Ärendebeskrivning", DB],
            orgs=[
                org("Region Kalmar läns", "Region Kalmar län", "region", ["Region Kalmar län"]),
                org(
                    "regionalt trafikförsörjningsprogram",
                    "Regionalt trafikförsörjningsprogram för Kalmar län 2027–2030",
                    "programme",
                    ["trafikförsörjningsprogram"],
                ),
                org("Kalmar länstrafiks", "Kalmar länstrafik", "company"),
                org("Förvaltningen", FVG, "other", ["förvaltningens"]),
                mun("Torsås", "Torsås"),
                mun("Mörbylånga", "Mörbylånga"),
                direktion("Direktionen", ["Direktionens"]),
            ],
            munis=["Torsås", "Mörbylånga"],
            topics=[
                "remissyttrande",
                "trafikförsörjningsprogram",
                "kollektivtrafik för elever",
                "skoldagens tider",
            ],
            decisions=[
                "Direktionen beslutar att avge yttrande enligt förvaltningens förslag och att översända yttrandet till Region Kalmar län."
            ],
            follow_ups=["Remissvaret ska lämnas senast den 8 maj 2026."],
            dates=[dt("2027–2030", "2027/2030"), dt("8 maj 2026", "2026-05-08")],
        ),
        item(
            29,
            "Redovisning av delegationsbeslut",
            "§ 29 Redovisning av delegationsbeslut",
            subheadings=[DB],
            orgs=[direktion()],
            topics=["delegationsbeslut", "mottagande av elever från annan kommun"],
            decisions=["Redovisningen godkänns."],
            dates=[dt("2026-03-02–2026-04-10", "2026-03-02/2026-04-10")],
        ),
        item(
            30,
            "Meddelanden",
            "§ 30 Meddelanden",
            subheadings=[DB],
            orgs=[
                org("Skolinspektionen", "Skolinspektionen", "national_agency"),
                org(
                    "samverkansrådet för gymnasieskolan i Kalmar län",
                    "Samverkansrådet för gymnasieskolan i Kalmar län",
                    "network",
                ),
                direktion(),
            ],
            places=["Stagneliusskolan"],
            topics=["meddelanden", "kränkande behandling", "samverkansrådet"],
            decisions=["Meddelandena läggs till handlingarna."],
            dates=[dt("2026-03-30", "2026-03-30"), dt("2026-03-26", "2026-03-26")],
        ),
    ],
}

if __name__ == "__main__":
    write(doc, "ksgyf_direktionen_2026-04-23.txt", None)
