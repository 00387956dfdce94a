# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: kalmarsund_gymnasieforbund_presidium_kallelsesvar.txt → gold/<same>.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

KGF = "Kalmarsunds gymnasieförbund"
DIR = "Kalmarsunds gymnasieförbunds direktion"
AF = "Arbetsförmedlingen"

# An Outlook reply (`SV:`) whose notes were typed INTO the quoted invitation, under each agenda point
# (blue text in the original, plain here). Attendance only as prose in the reply; the agenda points
# `N. Title` of the invitation are the items; `Underlag:` / `Föredragande:` lines are invitation
# text inside the item. The invitation's closing (`Välkomna!` + signature) ends item 7.
# Choices: the sender (`jag, som förde anteckningarna`) is present as `Sofia Hägg` (signature) and is
# the recorder; the kansli staff take the förbund as canonical body; Lotta Nilsson `hade förhinder`
# = absent (no body written, canonical the förbund); `Mikael Nilsson, rektor på Lars Kaggskolan`
# keeps the school as written body; `Ann-Sofi` here = `Ann-Sofie Kjellin` in the Gotland minutes
# (same agency, same role). `Presidiet föreslår att direktionen …` is the presidium's own decision;
# `var positivt till` and `påpekade`/`efterfrågade` are borderline decisions; `berättade/informerade
# om` a coming event is a borderline follow-up. `direktionen` (the förbund's board, not the meeting
# body) is an organisation; bare `presidiet`/`förbundet` are not. Schools are organisations (other).
# `Öland` is an island, not an organisation. Yearless dates take 2028.
present = [
    att("Anna-Karin Gustavsson", "Kalmar", "Kalmar", "ordförande"),
    att("Ulf Petersson", "Mörbylånga", "Mörbylånga", "1:e vice ordförande"),
    att("Marie Lindqvist", "Torsås", "Torsås", "2:e vice ordförande", "via Teams"),
    att("Henrik Nyberg", "förbundskansliet", KGF, "förbundschef"),
    att("Sofia Hägg", KGF, KGF, "Nämndsekreterare"),
    att(
        "Ann-Sofi Kjellin", AF, AF, "samverkansansvarig", "Under punkt 4", [4], canonical="Ann-Sofie Kjellin"
    ),
    att("Mikael Nilsson", "Lars Kaggskolan", "Lars Kaggskolan", "rektor", "Under punkt 4", [4]),
]
absent = [att("Lotta Nilsson", None, KGF, "Ekonomichef")]
recorded_by = {"name": "Sofia Hägg", "canonical_name": "Sofia Hägg", "role": "Nämndsekreterare"}

items = [
    item(
        1,
        "1. Mötets öppnande och anteckningar från föregående möte",
        "Mötets öppnande och anteckningar från föregående möte",
        persons=[per("Anna-Karin Gustavsson", also=["Anna-Karin"]), per("Marie Lindqvist", also=["Marie"])],
        topics=["mötets öppnande", "dagordning", "föregående anteckningar"],
        decisions=[
            "Dagordningen godkändes med ett tillägg under övriga frågor.",
            "Anteckningarna från den 7 mars lades till handlingarna.",
        ],
        dates=[dat("7 mars", "2028-03-07")],
    ),
    item(
        2,
        "2. Elevprognos och preliminär antagning inför hösten 2028",
        "Elevprognos och preliminär antagning inför hösten 2028",
        persons=[
            per("Henrik Nyberg", None, "föredragande", also=["Henrik"]),
            per("Marie Lindqvist", also=["Marie"]),
        ],
        orgs=[
            org("Stagneliusskolan", "Stagneliusskolan", "other"),
            org("Lars Kaggskolan", "Lars Kaggskolan", "other"),
        ],
        munis=["Torsås", "Karlskrona", "Nybro"],
        topics=["elevprognos", "gymnasieantagning", "söktryck per program", "elevpendling från Torsås"],
        decisions=[
            "Presidiet beslutade att inte föreslå några förändringar av programutbudet inför den slutliga antagningen."
        ],
        follow_ups=[
            "Henrik återkommer med en analys av elevströmmarna från Torsås till presidiets möte den 16 maj."
        ],
        bdec=["Marie efterfrågade en analys av hur pendlingen påverkar elevunderlaget."],
        dates=[dat("hösten 2028", "2028"), dat("16 maj", "2028-05-16")],
    ),
    item(
        3,
        "3. Budgetuppföljning februari och medlemsbidrag 2029",
        "Budgetuppföljning februari och medlemsbidrag 2029",
        persons=[
            per("Lotta Nilsson", None, "föredragande", also=["Lotta"]),
            per("Henrik Nyberg", also=["Henrik"]),
            per("Ulf Petersson", also=["Ulf"]),
        ],
        orgs=[
            org("Mörbylånga", "Mörbylånga", "municipality", "Mörbylånga kommun"),
            org("Kalmar kommun", "Kalmar", "municipality"),
            org("Torsås kommun", "Torsås", "municipality"),
            org("direktionen", DIR, "other"),
        ],
        munis=["Mörbylånga", "Kalmar", "Torsås"],
        topics=[
            "budgetuppföljning",
            "prognos med underskott",
            "medlemsbidrag 2029",
            "åtgärder för budget i balans",
        ],
        decisions=[
            "Presidiet gav förbundschefen i uppdrag att ta fram förslag till åtgärder som minskar underskottet."
        ],
        follow_ups=[
            "Förslaget redovisas för direktionen den 25 april.",
            "Medlemsbidragen för 2029 stäms av med Kalmar kommun, Mörbylånga kommun och Torsås kommun före den 1 juni.",
        ],
        bdec=[
            "Ulf påpekade att Mörbylånga behöver besked om medlemsbidraget före kommunens budgetberedning i juni."
        ],
        bfol=[
            "Presidiet gav förbundschefen i uppdrag att ta fram förslag till åtgärder som minskar underskottet."
        ],
        dates=[
            dat("februari", "2028-02"),
            dat("juni", "2028-06"),
            dat("25 april", "2028-04-25"),
            dat("1 juni", "2028-06-01"),
        ],
    ),
    item(
        4,
        "4. Samverkan med Arbetsförmedlingen om unga som varken arbetar eller studerar",
        "Samverkan med Arbetsförmedlingen om unga som varken arbetar eller studerar",
        persons=[
            per("Ann-Sofi Kjellin", AF, "föredragande", also=["Ann-Sofi"], canonical="Ann-Sofie Kjellin"),
            per("Mikael Nilsson", "Lars Kaggskolan", "föredragande"),
            per("Sofia Hägg", also=["Sofia"]),
        ],
        orgs=[
            org(AF, AF, "national_agency"),
            org("Lars Kaggskolan", "Lars Kaggskolan", "other"),
            org("direktionen", DIR, "other"),
        ],
        munis=["Kalmar", "Nybro"],
        topics=[
            "unga som varken arbetar eller studerar",
            "kommunala aktivitetsansvaret",
            "lärlingsutbildning",
            "avsiktsförklaring med Arbetsförmedlingen",
        ],
        decisions=[
            "Presidiet föreslår att direktionen ger förbundschefen i uppdrag att ta fram en sådan avsiktsförklaring."
        ],
        follow_ups=["Ann-Sofi skickar underlaget om ungdomsteamet till Sofia senast den 21 april."],
        bdec=[
            "Presidiet var positivt till en gemensam avsiktsförklaring om det kommunala aktivitetsansvaret mellan förbundet, medlemskommunerna och Arbetsförmedlingen."
        ],
        bfol=[
            "Ann-Sofi berättade att Arbetsförmedlingen från och med den 1 september 2028 samlar sitt stöd till unga i länet i ett ungdomsteam med placering i Kalmar."
        ],
        dates=[dat("1 september 2028", "2028-09-01"), dat("21 april", "2028-04-21")],
    ),
    item(
        5,
        "5. Beredning av ärenden till direktionen den 25 april",
        "Beredning av ärenden till direktionen den 25 april",
        persons=[per("Henrik Nyberg", None, "föredragande")],
        orgs=[
            org("direktionen", DIR, "other", "direktionens"),
            org("Skolinspektionens", "Statens skolinspektion", "national_agency", "Skolinspektionen"),
            org("Jenny Nyströmsskolan", "Jenny Nyströmsskolan", "other"),
        ],
        topics=[
            "beredning inför direktionen",
            "årsredovisning 2027",
            "delegationsordning",
            "Skolinspektionens tillsyn",
        ],
        decisions=[
            "Presidiet beslutade att ärendet om ny delegationsordning flyttas till direktionens sammanträde i juni.",
            "Övriga ärenden går till direktionen enligt förslaget.",
        ],
        follow_ups=[
            "Skolinspektionen har riktat kritik mot elevhälsans dokumentation, och skolan ska redovisa sina åtgärder senast den 30 juni."
        ],
        bfol=[
            "Presidiet beslutade att ärendet om ny delegationsordning flyttas till direktionens sammanträde i juni."
        ],
        dates=[dat("25 april", "2028-04-25"), dat("30 juni", "2028-06-30"), dat("juni", "2028-06")],
    ),
    item(
        6,
        "6. Lokalfrågor Stagneliusskolan",
        "Lokalfrågor Stagneliusskolan",
        persons=[
            per("Henrik Nyberg", None, "föredragande", also=["Henrik"]),
            per("Anna-Karin Gustavsson", also=["Anna-Karin"]),
        ],
        orgs=[
            org("Kalmar kommun", "Kalmar", "municipality"),
            org("Stagneliusskolan", "Stagneliusskolan", "other", "Stagneliusskolans"),
        ],
        munis=["Kalmar"],
        topics=["lokalförsörjning", "hyresavtal för Stagneliusskolan", "förlängning av hyresavtal"],
        follow_ups=[
            "Anna-Karin och Henrik träffar Kalmar kommun den 2 maj för att diskutera en förlängning.",
            "Frågan återkommer på presidiets möte den 16 maj.",
        ],
        dates=[
            dat("31 december 2029", "2029-12-31"),
            dat("2 maj", "2028-05-02"),
            dat("16 maj", "2028-05-16"),
        ],
    ),
    item(
        7,
        "7. Övriga frågor",
        "Övriga frågor",
        persons=[
            per("Ulf Petersson", also=["Ulf"]),
            per("Henrik Nyberg", also=["Henrik"]),
            per("Marie Lindqvist", also=["Marie"]),
        ],
        orgs=[
            org("Kalmar länstrafik", "Kalmar länstrafik", "other"),
            org("Region Kalmar län", "Region Kalmar län", "region"),
            org("Torsås kommun", "Torsås", "municipality", "Torsås"),
        ],
        munis=["Torsås"],
        topics=[
            "skolskjutsar från norra Öland",
            "kollektivtrafik",
            "vård- och omsorgscollege i Torsås",
            "nästa möte",
        ],
        follow_ups=[
            "Henrik tar upp frågan med Kalmar länstrafik och Region Kalmar län.",
            "Nästa möte med presidiet är tisdagen den 16 maj kl. 13.00.",
        ],
        bfol=[
            "Marie informerade om att Torsås kommun inbjuder presidiet till öppet hus på det nya vård- och omsorgscollegets lokaler i Torsås den 9 maj."
        ],
        dates=[dat("9 maj", "2028-05-09"), dat("16 maj", "2028-05-16")],
    ),
]

write(
    "kalmarsund_gymnasieforbund_presidium_kallelsesvar.txt",
    "Kalmarsunds gymnasieförbund, presidiet",
    "2028-04-04",
    ["tisdagen den 4 april 2028", "Kallelse presidiet 4/4", "presidiets möte i tisdags"],
    "sammanträdesrummet Öland, förbundskansliet i Kalmar",
    present,
    absent,
    recorded_by,
    items,
    "Välkomna!",
)
