# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: nerikes_brandkar_revisorer_loptext.md → gold/nerikes_brandkar_revisorer_loptext.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

# Layout: a markdown note, hard-wrapped at ~92 columns by the author's editor. `# Revisorerna i
# Nerikes Brandkår`, a bold title sentence holding weekday, date, time and place (wrapped over two
# lines); attendance as three bold RUN-IN PARAGRAPHS `**Närvarande:**` / `**Inbjudna:**` /
# `**Förhinder:**` in PROSE with ROLE FIRST and the municipality in brackets (`revisorerna Gunilla
# Ståhl (Örebro, ordförande), …`, `Från PwC deltog certifierade kommunala revisorn Micaela Sundin och
# revisionskonsulten Oskar Dahl (punkt 1–4).`, `brandchefen Fredrik Åkesson (punkt 3)`); a `---`
# rule; the items are PARAGRAPHS OPENED BY A BOLD RUN-IN HEADING `**Punkt N – Title.**` with the text
# continuing on the same line; the recorder only in the closing signature (`Vid anteckningarna` +
# `Name, title, PwC`), then `Justeras` + the chair.
#
# Choices:
# * Revisors: affiliation = the municipality in brackets (the nominating member municipality);
#   `ordförande` / `vice ordförande` roles; `via Teams` a note.
# * PwC staff: affiliation PwC (canonical PwC, the firm's trading name in Sweden; the legal name is
#   Öhrlings PricewaterhouseCoopers AB — a choice, since the affiliation is scored by canonical).
#   Role as a title in the nominative: `certifierad kommunal revisor` (signature), `revisionskonsult`.
# * Inbjudna: `brandchefen`, `ekonomichefen`, `direktionens ordförande` are roles; no body is
#   written, canonical Nerikes Brandkår (the förbund whose officers they are). `(punkt 3)`,
#   `(punkt 3–4)`, `(punkt 5)`, `(punkt 1–4)` restrict items attended.
# * Titles: the bold run-in text without `Punkt N – ` and without the final period.
# * `Direktionen`/`direktionen`/`direktionens` is Nerikes Brandkår's board — NOT the meeting body
#   (the revisors) — so it is an organisation (canonical Nerikes Brandkårs direktion, kind other),
#   as GR's `förbundsstyrelsen` in the seeds. Bare `förbundet`/`Förbundet` (Nerikes Brandkår) is not
#   annotated (generic noun), `Revisorerna` (the meeting body) neither.
# * `Örebro` in `östra Örebro` (a place in the municipality) and the venues `Stockholm`, `Kumla`
#   are municipality mentions; `Laxå`, `Ljusnarsberg` are municipalities.
# * Decisions: `godkändes`, `lades till handlingarna`, `ärendet avslutas`, `Revisorerna vill …`
#   (the group's will), `beslutade att …`, `är överens om att …`. Follow-ups: concrete next steps
#   by named actors, the förbund's/direktion's dated steps in the audit (`direktionen behandlar
#   årsredovisningen den 24 mars`), the request `anmäler sig … senast`, the next meeting (borderline
#   decision). `informerade om` a coming event, `svarade att ett samråd … genomförs`, progress of
#   the brandstation: borderline follow-ups. The extra sammanträde decision is repeated as a
#   borderline follow-up.
# * Dates: yearless → 2028 (all after the meeting except `26 januari`, which is past: 2028 too).
#   `vecka 11` is a week (unscored); `hösten 2029`, `2027`, `2028` years/seasons (unscored).

NB = "Nerikes Brandkår"
DIR = "Nerikes Brandkårs direktion"
PWC = "PwC"
SKR = "Sveriges Kommuner och Regioner"


def muni(surface, canonical=None, *others):
    return org(surface, canonical or surface, "municipality", *others)


present = [
    att("Gunilla Ståhl", "Örebro", "Örebro", "ordförande"),
    att("Kent Sjöberg", "Lindesberg", "Lindesberg", "vice ordförande"),
    att("Ingrid Kallin", "Kumla", "Kumla", "revisor"),
    att("Bo Fransson", "Askersund", "Askersund", "revisor", "via Teams"),
    att("Micaela Sundin", "PwC", PWC, "certifierad kommunal revisor"),
    att("Oskar Dahl", "PwC", PWC, "revisionskonsult", "(punkt 1–4)", [1, 2, 3, 4]),
    att("Fredrik Åkesson", None, NB, "brandchef", "(punkt 3)", [3]),
    att("Helena Sjöberg", None, NB, "ekonomichef", "(punkt 3–4)", [3, 4]),
    att("Lennart Brodin", None, NB, "direktionens ordförande", "(punkt 5)", [5]),
]
absent = [att("Roger Palm", "Örebro", "Örebro")]
recorded_by = {
    "name": "Micaela Sundin",
    "canonical_name": "Micaela Sundin",
    "role": "certifierad kommunal revisor",
}

items = [
    item(
        1,
        "**Punkt 1 – Mötets öppnande och dagordning.**",
        "Mötets öppnande och dagordning",
        persons=[per("Gunilla Ståhl", "ordförande")],
        topics=["mötets öppnande", "dagordning"],
        decisions=["Dagordningen godkändes med ett tillägg under övriga frågor."],
    ),
    item(
        2,
        "**Punkt 2 – Föregående minnesanteckningar.**",
        "Föregående minnesanteckningar",
        orgs=[org("Direktionen", DIR, "other")],
        topics=["föregående minnesanteckningar", "revisorernas skrivelse", "investeringsredovisning"],
        decisions=[
            "Minnesanteckningarna från den 12 december 2027 gicks igenom och lades till handlingarna.",
            "Svaret bedömdes som tillräckligt och ärendet avslutas.",
        ],
        dates=[dat("12 december 2027", "2027-12-12"), dat("26 januari", "2028-01-26", inferred=True)],
    ),
    item(
        3,
        "**Punkt 3 – Dialog med brandchefen och ekonomichefen.**",
        "Dialog med brandchefen och ekonomichefen",
        persons=[
            per("Fredrik Åkesson", "brandchef", also=["Fredrik"]),
            per("Helena Sjöberg", "ekonomichef"),
        ],
        orgs=[
            muni("Laxå"),
            muni("Ljusnarsberg"),
            muni("Örebro"),
            org("Myndigheten för civilt försvar", "Myndigheten för civilt försvar", "national_agency"),
            org("Räddningsregion Bergslagen", "Räddningsregion Bergslagen", "network"),
            org("SOS Alarm", "SOS Alarm Sverige AB", "company"),
        ],
        munis=["Laxå", "Ljusnarsberg", "Örebro"],
        topics=[
            "räddningspersonal i beredskap",
            "rekrytering",
            "ny brandstation",
            "risk- och förmågebedömning",
            "preliminärt utfall 2027",
        ],
        decisions=["Revisorerna vill följa rekryteringsläget i de mindre kommunerna under året."],
        follow_ups=[
            "Fredrik Åkesson skickar den uppdaterade risk- och förmågebedömningen till revisorerna när den är fastställd."
        ],
        bfol=[
            "Arbetet med den nya brandstationen i östra Örebro följer tidplanen och inflyttning planeras till hösten 2029."
        ],
        dates=[dat("hösten 2029", "2029"), dat("2027", "2027")],
    ),
    item(
        4,
        "**Punkt 4 – Granskning av årsredovisning 2027.**",
        "Granskning av årsredovisning 2027",
        persons=[
            per("Oskar Dahl", "föredragande", "PwC", PWC),
            per("Helena", canon="Helena Sjöberg"),
            per("Micaela Sundin", None, "PwC", PWC),
        ],
        orgs=[org("PwC:s", PWC, "company", "PwC"), org("direktionen", DIR, "other")],
        topics=["årsredovisning 2027", "bokslutsgranskning", "revisionsberättelse", "tidplan"],
        decisions=[
            "Revisorerna beslutade att revisionsberättelse och granskningsrapport ska undertecknas vid ett extra sammanträde den 4 april 2028."
        ],
        follow_ups=[
            "Bokslutsgranskningen genomförs vecka 11, och direktionen behandlar årsredovisningen den 24 mars.",
            "Helena bekräftade att underlagen lämnas till PwC senast den 13 mars.",
            "Micaela Sundin skickar utkastet till revisionsberättelse till revisorerna senast den 30 mars.",
        ],
        bfol=[
            "Revisorerna beslutade att revisionsberättelse och granskningsrapport ska undertecknas vid ett extra sammanträde den 4 april 2028."
        ],
        dates=[
            dat("2027", "2027"),
            dat("vecka 11", "2028-W11", inferred=True),
            dat("24 mars", "2028-03-24", inferred=True),
            dat("13 mars", "2028-03-13", inferred=True),
            dat("4 april 2028", "2028-04-04"),
            dat("30 mars", "2028-03-30", inferred=True),
        ],
    ),
    item(
        5,
        "**Punkt 5 – Dialog med direktionens ordförande.**",
        "Dialog med direktionens ordförande",
        persons=[
            per("Lennart Brodin", "direktionens ordförande", also=["Lennart"]),
            per("Kent Sjöberg", "frågar"),
        ],
        orgs=[org("direktionens", DIR, "other")],
        topics=[
            "direktionens prioriteringar",
            "deltidsbrandmän",
            "civilt försvar",
            "handlingsprogram",
            "ägardialog",
        ],
        decisions=["Revisorerna och ordföranden är överens om att dialogen ska fortsätta två gånger per år."],
        follow_ups=[
            "Lennart Brodin tar med sig revisorernas synpunkter om ägardialogen till direktionens sammanträde den 21 april."
        ],
        bfol=["Lennart svarade att ett samråd med kommunerna genomförs under hösten."],
        dates=[dat("2028", "2028"), dat("21 april", "2028-04-21", inferred=True)],
    ),
    item(
        6,
        "**Punkt 6 – Granskningsplan 2028.**",
        "Granskningsplan 2028",
        persons=[per("Micaela Sundin", "föredragande", "PwC", PWC)],
        orgs=[org("PwC", PWC, "company")],
        topics=[
            "granskningsplan",
            "risk- och väsentlighetsanalys",
            "tillsyn enligt lagen om skydd mot olyckor",
            "kompetensförsörjning",
        ],
        decisions=["Revisorerna beslutade att fastställa granskningsplanen för 2028 enligt förslaget."],
        follow_ups=["PwC tar fram projektplaner för de två granskningarna till nästa sammanträde."],
        dates=[dat("2028", "2028")],
    ),
    item(
        7,
        "**Punkt 7 – Övriga frågor.**",
        "Övriga frågor",
        persons=[per("Ingrid Kallin", "informerar"), per("Micaela", canon="Micaela Sundin")],
        orgs=[org("SKR:s", SKR, "association"), muni("Stockholm"), muni("Kumla")],
        munis=["Stockholm", "Kumla"],
        topics=["utbildningsdag för förtroendevalda revisorer", "nästa sammanträde"],
        follow_ups=[
            "Revisorerna som vill delta anmäler sig till Micaela senast den 1 april.",
            "Nästa sammanträde hålls tisdagen den 25 april kl. 13.15 i Kumla.",
        ],
        bdec=["Nästa sammanträde hålls tisdagen den 25 april kl. 13.15 i Kumla."],
        bfol=[
            "Ingrid Kallin informerade om SKR:s utbildningsdag för förtroendevalda revisorer den 16 maj i Stockholm."
        ],
        dates=[
            dat("16 maj", "2028-05-16", inferred=True),
            dat("1 april", "2028-04-01", inferred=True),
            dat("25 april", "2028-04-25", inferred=True),
        ],
    ),
]

write(
    "nerikes_brandkar_revisorer_loptext.md",
    "Revisorerna i Nerikes Brandkår",
    "2028-03-07",
    ["tisdagen den 7 mars 2028"],
    "Nerikes Brandkårs kansli i Örebro",
    present,
    absent,
    recorded_by,
    items,
    "Vid anteckningarna",
)
