"""Organisation and municipality mentions in running text (sentences written in the genre)."""

from __future__ import annotations

import pytest

from govkg.extract.municipalities import find_municipalities
from govkg.extract.organisations import find_organisations
from govkg.gazetteer import Gazetteer
from govkg.model import OrgMention


def orgs(text: str, **kw: object) -> dict[str, OrgMention]:
    return {o.canonical: o for o in find_organisations(text, **kw)}  # type: ignore[arg-type]


def munis(text: str) -> list[str]:
    return [m.name for m in find_municipalities(text)]


def test_bodies_of_skane() -> None:
    text = (
        "Region Skåne och Länsstyrelsen i Skåne län bjöd in Malmö stad och Lunds kommun till dialog med MSB."
    )
    found = orgs(text)
    assert {k: (o.kind, o.org_id) for k, o in found.items()} == {
        "Region Skåne": ("region", "region-skane"),
        "Länsstyrelsen i Skåne län": ("county_administrative_board", "lansstyrelsen-12"),
        "Malmö": ("municipality", "1280"),
        "Lund": ("municipality", "1281"),
        "Myndigheten för samhällsskydd och beredskap": ("national_agency", "msb"),
    }
    assert munis(text) == ["Malmö", "Lund"]


def test_bodies_of_norrbotten_with_inflections() -> None:
    text = (
        "Kommunförbundet Norrbotten och Region Norrbottens hälso- och sjukvårdsnämnd träffade Luleå och "
        "Kiruna om Försvarsmaktens planering. Försvarsmakten återkommer."
    )
    found = orgs(text)
    assert found["Försvarsmakten"].surface.text == "Försvarsmaktens"
    assert [q.text for q in found["Försvarsmakten"].other_surfaces] == ["Försvarsmakten"]
    assert found["Region Norrbotten"].surface.text == "Region Norrbottens"
    assert "Kommunförbundet Norrbotten" in found
    assert munis(text) == ["Luleå", "Kiruna"]


def test_stockholm_federation_and_skr_networks() -> None:
    text = (
        "Storsthlm rapporterar från SKR-nätverken. SKR:s förslag diskuteras i Sundbybergs stad och i Sthlm."
    )
    found = orgs(text)
    assert found["SKR:s nätverk"].surface.text == "SKR-nätverken"
    assert found["Sveriges Kommuner och Regioner"].surface.text == "SKR:s"
    assert found["Storsthlm"].kind == "municipal_federation"
    assert munis(text) == ["Sundbyberg", "Stockholm"]


@pytest.mark.parametrize("offset", [0, 1234])
def test_spans_cut_the_exact_text(offset: int) -> None:
    text = "Västkom och VGR:s direktör mötte Länsstyrelsens chef. Göteborgs stads roll och GBG:s budget."
    for o in find_organisations(text, offset):
        for q in [o.surface, *o.other_surfaces]:
            assert text[q.span.start - offset : q.span.end - offset] == q.text
    for m in find_municipalities(text, offset):
        assert text[m.surface.span.start - offset : m.surface.span.end - offset] == m.surface.text


def test_one_mention_per_body_with_other_forms() -> None:
    text = "VGR bjuder in. Västra Götalandsregionens direktör och VGR:s stab. VGR igen."
    (vgr,) = find_organisations(text)
    assert vgr.canonical == "Västra Götalandsregionen" and vgr.kind == "region"
    assert vgr.surface.text == "VGR"
    assert [q.text for q in vgr.other_surfaces] == ["Västra Götalandsregionens", "VGR:s"]


def test_compounds_of_known_acronyms() -> None:
    text = "Flera GR-kommuner svarade. GR bjuder in. VGR-nätverket träffas."
    found = find_organisations(text)
    gr = [o for o in found if o.org_id == "gr"]
    # the member municipalities ("GR-kommuner") and the federation are separate senses
    assert sorted(o.surface.text for o in gr) == ["GR", "GR-kommuner"]
    network = next(o for o in found if o.surface.text == "VGR-nätverket")
    assert (network.canonical, network.kind, network.org_id) == ("VGR:s nätverk", "network", None)


def test_organs_of_the_default_federation() -> None:
    text = "Ett ärende går till förbundsstyrelsen. Förbundsledningen och förbundsstyrelsens presidium."
    found = orgs(text)
    assert found["Göteborgsregionens förbundsstyrelse"].org_id == "gr-forbundsstyrelse"
    assert found["Göteborgsregionens förbundsledning"].surface.text == "Förbundsledningen"


def test_organs_without_a_default_federation_are_unlinked() -> None:
    found = orgs("Ett ärende går till förbundsstyrelsen.", gaz=Gazetteer.load(default_federation=None))
    assert found["Förbundsstyrelsen"].org_id is None


def test_unlinked_bodies_by_head_noun() -> None:
    text = (
        "Socialchefsgruppen tar ställning. Per rapporterar från regionala rådet. Anteckningar från "
        "regionala rådet för samhällsskydd och beredskap sprids. Avtalet med hälso- och sjukvårdsnämnderna "
        "och Hjälpmedelscentralen. Kommunalförbunden rekommenderar."
    )
    found = orgs(text)
    assert found["Socialchefsgruppen"].kind == "network"
    council = found["Regionala rådet för samhällsskydd och beredskap"]
    assert council.surface.text == "regionala rådet"
    assert [q.text for q in council.other_surfaces] == ["regionala rådet för samhällsskydd och beredskap"]
    assert "Hälso- och sjukvårdsnämnderna" in found
    assert found["Hjälpmedelscentralen"].kind == "other"
    assert found["Kommunalförbunden"].kind == "municipal_federation"
    assert all(o.org_id is None for o in found.values())


def test_named_network_and_its_acronym_are_one() -> None:
    found = orgs("Frågor från nätverket för digital utveckling (NDU). Ny bemanning i NDU.")
    ndu = found["Nätverket för digital utveckling (NDU)"]
    assert ndu.surface.text == "nätverket för digital utveckling"
    assert [q.text for q in ndu.other_surfaces] == ["NDU"]


def test_bare_compound_corefers_with_the_linked_body() -> None:
    found = orgs("Återkoppling från SKR kommundirektörsnätverk. Fokus i kommundirektörsnätverket var skolan.")
    net = found["SKR:s kommundirektörsnätverk"]
    assert [q.text for q in net.other_surfaces] == ["kommundirektörsnätverket"]


@pytest.mark.parametrize(
    ("text", "acronyms"),
    [
        ("Inbjudan AM4 och läget i ISGR.", ["AM4", "ISGR"]),
        ("Genomförandet av RUS 2030 och FVM-programmet.", ["RUS 2030", "FVM"]),
        ("Punkt IV och bilaga XII, se PDF.", []),
        ("EJ NÄRVARANDE\n\nBESLUT\n", []),
        ("DSO erbjuder en utbildning via Teams om GDPR och AI.", []),
        ("Se https://example.org/ABC/DEF för mer.", []),
    ],
)
def test_acronyms_outside_the_gazetteer(text: str, acronyms: list[str]) -> None:
    assert [o.canonical for o in find_organisations(text)] == acronyms


@pytest.mark.parametrize(
    "text",
    [
        "Nätverket tycker att staten, kommunerna, regionen och länet behöver samverka.",
        "Nätverket och gruppen är eniga. Styrelsen återkommer.",
        "Arbetsgruppen och målgruppen för projektgruppen.",
        "Frågan gäller den lokala självstyrelsen inom funktionshinderområdet.",
        "Diskuteras vilka förväntningar kommunerna har på sina DSO via Teams.",
        "Gruppen möter regionledningen i vår, och kommunledningen informeras.",
        "Frågan lyfts till stadsledningen.",
    ],
)
def test_generic_nouns_are_not_bodies(text: str) -> None:
    assert find_organisations(text) == []


def test_municipalities_can_be_left_out() -> None:
    found = find_organisations("Göteborg och SKR.", municipalities=False)
    assert [o.canonical for o in found] == ["Sveriges Kommuner och Regioner"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Göteborgs stads roll i Göteborgsregionen.", ["Göteborg"]),
        ("Göteborgsregionens 13 kommuner och Göteborgs universitet.", []),
        ("Mötet hölls på Stenungsbaden och på Lindholmen.", []),
        ("Stenungsund, Tjörn och Öckerö deltar.", ["Stenungsund", "Tjörn", "Öckerö"]),
        ("Region Uppsala och Uppsala län samt Stockholms län.", []),
        ("Uppsala kommun svarar.", ["Uppsala"]),
        ("Vi behöver mark för bostäder. Det kan vara bra.", []),
        ("Mark Olsson och Anna Lund presenterade. Vara kommun svarar.", ["Vara"]),
        ("Mark kommer att delta.", []),
        ("Besök i Mark och i Marks kommun.", ["Mark"]),
        ("Ale och Ale kommun, men inte ale.", ["Ale"]),
        ("Eva Hessman, Göteborg, informerar att Göteborg och GBG", ["Göteborg"]),
        ("Kalmar län och Region Kalmar län; Kalmar kommun.", ["Kalmar"]),
        ("Dals-Ed och Upplands-Bro samt Malung-Sälens kommun.", ["Dals-Ed", "Upplands-Bro", "Malung-Sälen"]),
    ],
)
def test_municipality_mentions(text: str, expected: list[str]) -> None:
    assert munis(text) == expected


def test_municipality_mention_carries_code_and_first_surface() -> None:
    (m,) = find_municipalities("Tidigare Gbg, nu Göteborgs stads förslag.", 10)
    assert (m.name, m.scb_code, m.surface.text, m.surface.span.start) == ("Göteborg", "1480", "Gbg", 19)
