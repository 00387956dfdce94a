# ruff: noqa: E501  (verbatim sentences of the minutes are data)
"""gold data: ekokommuner_miljostrateger_teams.txt → gold/ekokommuner_miljostrateger_teams.json."""

from __future__ import annotations

from gold_lib import att, dat, item, org, per, write

SEK = "Sveriges Ekokommuner"
UHM = "Upphandlingsmyndigheten"

# Teams meeting: attendance is the chat check-in, one line per person "HH:MM Name: message"; the
# name is the chat name before the colon, the municipality (affiliation) and any role are in the
# message ("Jenny, Falköping", "Hej från Östersund!", "Anders Nyman, miljöstrateg Växjö"). The host's
# own line "(värd, Sveriges Ekokommuner)" gives role and body; a guest "(Upphandlingsmyndigheten)".
# "sitter med till 11" = items 1–3 (item 4 starts 11.00 in the timed agenda); "med under punkt 3" = [3].
present = [
    att("Lisa Sandberg", SEK, SEK, "värd"),
    att("Jenny Karlsson", "Falköping", "Falköping"),
    att("Per Karlsson", "Östersund", "Östersund"),
    att("Anders Nyman", "Växjö", "Växjö", "miljöstrateg"),
    att("Maja Rantatalo", "Övertorneå", "Övertorneå"),
    att("Henrik Lööf", "Hultsfred", "Hultsfred"),
    att("Sanna Ek", "Sala", "Sala"),
    att("Tove Granath", "Robertsfors", "Robertsfors", "hållbarhetschef", "sitter med till 11", [1, 2, 3]),
    att("Olof Wendel", UHM, UHM, None, "med under punkt 3", [3]),
]
absent = [
    att("Karin Sjöberg", "Lidköping", "Lidköping"),
    att("Emil Nordqvist", "Uppsala", "Uppsala"),
]
recorded_by = {"name": "Lisa Sandberg", "canonical_name": "Lisa Sandberg", "role": None}

STYRELSE = "Sveriges Ekokommuners styrelse"
KANSLI = "Sveriges Ekokommuners kansli"

items = [
    item(
        1,
        "1. Incheckning och dagordning",
        "Incheckning och dagordning",
        persons=[per("Lisa", canon="Lisa Sandberg"), per("Tove Granath")],
        munis=["Robertsfors"],
        topics=["incheckning", "dagordning"],
        decisions=["Dagordningen godkändes."],
        bfol=[
            "Tove Granath meddelade att hon lämnar mötet kl. 11 och att Robertsfors därför inte kommenterar punkt 4."
        ],
    ),
    item(
        2,
        "2. Gröna nyckeltal 2026",
        "Gröna nyckeltal 2026",
        subheadings=["Resultat från årets insamling", "Nya nyckeltal om klimatanpassning"],
        persons=[per("Lisa Sandberg", also=["Lisa"]), per("Per Karlsson"), per("Anders Nyman")],
        orgs=[
            org("Östersunds kommun", "Östersund", "municipality"),
            org("SMHI", "Sveriges meteorologiska och hydrologiska institut", "national_agency"),
            org(
                "Länsstyrelsen i Kronobergs län",
                "Länsstyrelsen i Kronobergs län",
                "county_administrative_board",
            ),
        ],
        munis=["Östersund"],
        topics=["gröna nyckeltal", "datainsamling", "klimatanpassning", "kemikalier i förskolan"],
        decisions=["Nätverket ställde sig bakom att de två nya nyckeltalen prövas i insamlingen för 2027."],
        follow_ups=[
            "Kommuner som ännu inte rapporterat ska lämna sina uppgifter senast torsdag 11/3.",
            "Lisa skickar ut en påminnelse till kontaktpersonerna i v. 8.",
        ],
        bdec=["Det är viktigt att definitionerna är tydliga innan nyckeltalen blir obligatoriska."],
        dates=[
            dat("2026", "2026"),
            dat("2027", "2027"),
            dat("11/3", "2027-03-11"),
            dat("v. 8", "2027-02-22/2027-02-28"),
        ],
    ),
    item(
        3,
        "3. Erfarenhetsutbyte: cirkulär upphandling",
        "Erfarenhetsutbyte: cirkulär upphandling",
        persons=[per("Olof Wendel", UHM), per("Henrik Lööf", also=["Henriks"]), per("Sanna Ek")],
        orgs=[
            org(UHM, UHM, "national_agency", "Upphandlingsmyndighetens"),
            org("Hultsfreds kommuns", "Hultsfred", "municipality"),
            org("Adda Inköpscentral", "Adda Inköpscentral", "company"),
            org("Salas", "Sala", "municipality"),
            org("Växjö kommun", "Växjö", "municipality"),
        ],
        munis=["Hultsfred", "Sala", "Växjö"],
        topics=[
            "cirkulär upphandling",
            "återbrukade möbler",
            "hyra av arbetskläder",
            "mall för återbrukskrav",
        ],
        follow_ups=[
            "Henrik Lööf delar mallen i nätverkets Teams-kanal senast den 26 februari.",
            "Olof Wendel återkommer med datum för Upphandlingsmyndighetens webbinarium om cirkulära krav.",
        ],
        bdec=["Deltagarna var eniga om att Henriks mall för återbrukskrav borde spridas i hela nätverket."],
        bfol=["Växjö kommun kan eventuellt bli pilot för ett nytt utbildningsupplägg."],
        dates=[dat("26 februari", "2027-02-26")],
    ),
    item(
        4,
        "4. Årsmöte och Ekokommundagarna 2027",
        "Årsmöte och Ekokommundagarna 2027",
        persons=[
            per("Lisa Sandberg"),
            per("Maja Rantatalo"),
            per("Jenny Karlsson"),
            per("Anders Nyman"),
        ],
        orgs=[
            org("Övertorneå", "Övertorneå", "municipality", "Övertorneå kommun"),
            org("styrelsen", STYRELSE, "other"),
            org("kansliet", KANSLI, "other"),
        ],
        munis=["Övertorneå"],
        topics=["årsmöte", "Ekokommundagarna", "tema klimatanpassning", "motioner", "verksamhetsplan"],
        decisions=[
            "Nätverket beslutade att föreslå styrelsen att klimatanpassning blir årets tema för Ekokommundagarna."
        ],
        follow_ups=[
            "Motioner till årsmötet ska vara kansliet till handa senast den 31 mars.",
            "Jenny Karlsson och Anders Nyman tar fram ett utkast till nätverkets verksamhetsplan inför årsmötet.",
        ],
        bfol=[
            "Lisa Sandberg informerade om att årsmötet hålls digitalt den 28 april och att Ekokommundagarna arrangeras i Övertorneå den 15–16 september.",
            "Maja Rantatalo berättade att Övertorneå kommun planerar ett program med studiebesök i Tornedalen.",
        ],
        dates=[
            dat("2027", "2027"),
            dat("28 april", "2027-04-28"),
            dat("15–16 september", "2027-09-15/2027-09-16"),
            dat("31 mars", "2027-03-31"),
        ],
    ),
    item(
        5,
        "5. Övrigt och nästa träff",
        "Övrigt och nästa träff",
        persons=[per("Sanna Ek"), per("Lisa", canon="Lisa Sandberg")],
        orgs=[
            org("Klimatkommunerna", "Klimatkommunerna", "association"),
            org("styrelsen", STYRELSE, "other"),
            org("Växjö", "Växjö", "municipality"),
        ],
        munis=["Växjö"],
        topics=["klimatbudget", "samarbete med Klimatkommunerna", "nästa träff"],
        follow_ups=[
            "Lisa tar frågan till styrelsen.",
            "Nästa nätverksträff blir ett fysiskt möte i Växjö den 19 maj, med anmälan senast i v. 17.",
        ],
        dates=[dat("19 maj", "2027-05-19"), dat("v. 17", "2027-04-26/2027-05-02")],
    ),
]

write(
    "ekokommuner_miljostrateger_teams.txt",
    "Sveriges Ekokommuner, nätverket för miljö- och hållbarhetsstrateger",
    "2027-02-16",
    ["Teams-möte tisdag 16 februari 2027"],
    present,
    absent,
    recorded_by,
    items,
    item_start="Anteckningar förda av: Lisa Sandberg",
)
