"""Fix round 6 content signals: the title line's date, organisations by name shape, statement cues.

Every text here is written for the test (invented networks, people and companies; real public
bodies only where the gazetteer is the subject).
"""

from __future__ import annotations

import pytest

from govkg.extract.municipalities import find_municipalities
from govkg.extract.org_patterns import find_named
from govkg.extract.organisations import find_organisations
from govkg.extract.statements import find_statements
from govkg.parse.meeting_date import meeting_date

# -- 1. meeting date: a full date on the title line, labelled or not, beats the body's months --------

BODY = "\n\n1. Inledning\nRapporten publicerades i oktober och remissen gick ut i maj.\n"


@pytest.mark.parametrize(
    ("title", "iso"),
    [
        ("Beslutsanteckningar från mötet den 4 december 2026", "2026-12-04"),
        ("Minnesanteckningar från kommunchefsmötet 12 mars 2027", "2027-03-12"),
        ("Protokoll fört vid sammanträde 2027-01-15", "2027-01-15"),
        ("Mötesprotokoll 9 september 2027", "2027-09-09"),
        ("Nätverksträff den 3 juni 2027", "2027-06-03"),
        ("Styrgruppen Dalarna – anteckningar från mötet fredag den 5 februari 2027", "2027-02-05"),
    ],
)
def test_a_full_date_on_the_title_line_is_the_meeting_date(title: str, iso: str) -> None:
    found = meeting_date("Kommundirektörsnätverket i Exempellän\n" + title + BODY, {})
    assert (found.date, found.source) == (iso, "header")


@pytest.mark.parametrize(
    "line", ["Inbjudan till konferensen 4 december 2026", "Kommunchefer, nästa möte 4 december 2026"]
)
def test_a_top_line_dating_no_meeting_or_another_one_is_not_the_meeting_date(line: str) -> None:
    text = f"Nätverket\n{line}\n\n1. Inledning\nRapporten kommer i oktober.\n"
    assert meeting_date(text, {}).source == "estimate"


# -- 2. organisations ----------------------------------------------------------------------------


def _orgs(text: str) -> dict[str, str]:
    return {o.surface.text: o.canonical for o in find_organisations(text)}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Samverkan med Visit Kiruna om säsongen.", "Visit Kiruna"),
        (
            "Lån via Exportkredit Partner Umeå Skellefteå till företagen.",
            "Exportkredit Partner Umeå Skellefteå",
        ),
        ("Kurser vid Högskolan Kristianstad startar.", "Högskolan Kristianstad"),
    ],
)
def test_a_town_inside_a_longer_capitalised_name_is_that_name_not_the_municipality(
    text: str, surface: str
) -> None:
    assert surface in _orgs(text)
    assert find_municipalities(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Även Kiruna deltar i arbetet.",
        "Besök Kungälv i maj.",
        "Anna Svensson Kiruna deltog.",
        "Mötet i Umeå.",
    ],
)
def test_a_town_after_a_sentence_opener_or_a_first_name_is_still_the_municipality(text: str) -> None:
    assert len(find_municipalities(text)) == 1


def test_a_known_body_that_opens_a_longer_name_keeps_its_link_and_takes_the_whole_name() -> None:
    [org] = find_organisations("Studenter vid Umeå universitet Campus Skellefteå deltog.")
    assert (org.surface.text, org.canonical, org.org_id) == (
        "Umeå universitet Campus Skellefteå",
        "Umeå universitet",
        "umea-universitet",
    )


@pytest.mark.parametrize(
    ("text", "surface", "canonical", "kind"),
    [
        (
            "Samarbete med Fjällkustuniversitetet om data.",
            "Fjällkustuniversitetet",
            "Fjällkustuniversitetet",
            "other",
        ),
        ("Fjällkustuniversitetets rapport.", "Fjällkustuniversitetets", "Fjällkustuniversitetet", "other"),
        (
            "Forskare från Norrlands Tekniska Högskola.",
            "Norrlands Tekniska Högskola",
            "Norrlands Tekniska Högskola",
            "other",
        ),
        (
            "Stöd från Bergslagens tekniska högskola.",
            "Bergslagens tekniska högskola",
            "Bergslagens tekniska högskola",
            "other",
        ),
        ("Kontakt med Sydkustens högskola.", "Sydkustens högskola", "Sydkustens högskola", "other"),
        ("Avtal med Fjällvind Kraft AB om vind.", "Fjällvind Kraft AB", "Fjällvind Kraft AB", "company"),
        ("Med Tornedalsbuss AB:s linjer.", "Tornedalsbuss AB:s", "Tornedalsbuss AB", "company"),
        ("Övning med Norrbottens regemente.", "Norrbottens regemente", "Norrbottens regemente", "other"),
        ("Övning med Hälsinge flygflottilj.", "Hälsinge flygflottilj", "Hälsinge flygflottilj", "other"),
        ("Stöd från Kustjägarregementet.", "Kustjägarregementet", "Kustjägarregementet", "other"),
    ],
)
def test_unlisted_bodies_are_found_by_the_shape_of_their_name(
    text: str, surface: str, canonical: str, kind: str
) -> None:
    found = {o.surface.text: o for o in find_organisations(text)}
    assert surface in found
    assert (found[surface].canonical, found[surface].kind, found[surface].org_id) == (canonical, kind, None)


@pytest.mark.parametrize(
    "text",
    [
        "En högskola ska byggas.",
        "Folkhögskolan har kurser.",
        "Detta AB kan inte.",
        "Universitetet bjuder in.",
        "Databasen uppdateras.",
    ],
)
def test_generic_words_are_no_named_bodies(text: str) -> None:
    assert find_named(text) == []


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Mittuniversitetet och kommunerna.", "Mittuniversitetet"),
        ("Blekinge tekniska högskola deltar.", "Blekinge tekniska högskola"),
        ("Enkät från Svenskt Näringslivs lokala kontor.", "Svenskt Näringsliv"),
        ("Medel ur Europeiska socialfonden+ söks.", "Europeiska socialfonden+"),
        ("Projektet får stöd från ESF+.", "Europeiska socialfonden+"),
        ("Medel från EU:s regionalfond.", "Europeiska regionala utvecklingsfonden"),
        ("Marinbasen deltar i övningen.", "Marinbasen"),
        ("Länsstyrelsen Dalarnas län bjuder in.", "Länsstyrelsen i Dalarnas län"),
    ],
)
def test_public_bodies_in_the_gazetteer(text: str, canonical: str) -> None:
    assert canonical in _orgs(text).values()


@pytest.mark.parametrize("text", ["Frågan drivs mot regeringen.", "Regeringens uppdrag till länen."])
def test_the_government_as_a_common_noun_is_no_organisation(text: str) -> None:
    assert _orgs(text) == {}


# -- 3. statement cues -------------------------------------------------------------------------------


def _kinds(text: str) -> tuple[list[str], list[str]]:
    decisions, follow_ups = find_statements(text)
    return [d.text.text for d in decisions], [f.text.text for f in follow_ups]


@pytest.mark.parametrize(
    "sentence",
    [
        "Per Ek önskade en punkt om skolskjutsar till nästa möte, vilket nätverket ställde sig bakom.",
        "Eva Holm föreslog en gemensam enkät, vilket kommuncheferna godkände.",
        "Alla åtgärder är klara utom inventeringen av reservvatten, som flyttas till nästa möte.",
        "Punkterna är avklarade förutom länsövningen, som skjuts upp.",
    ],
)
def test_trailing_agreement_and_relative_changes_are_decisions(sentence: str) -> None:
    assert _kinds(sentence) == ([sentence], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Den nya kartläggningen ska vara klar den 15 maj 2027.",
        "Rapporten ska vara färdig före årsskiftet.",
        "Regionen sammankallar en referensgrupp om elförsörjning före årsskiftet.",
        "Länsstyrelsen kartlägger reservkraften under våren.",
        "Trafikverket lämnar sitt svar i början av hösten.",
    ],
)
def test_coming_steps_with_a_time_are_follow_ups(sentence: str) -> None:
    assert _kinds(sentence) == ([], [sentence])


@pytest.mark.parametrize(
    "sentence",
    [
        "Den nya kartläggningen ska vara klar.",  # no time given
        "Regionen sammankallar gruppen sedan i januari.",  # under way, not ahead
        "Lars Berg redovisade att Boxholm räknar med ett överskott och att en ny plan tas fram.",
        "Karin Ek berättade att kommunen planerar en ny skola.",
    ],
)
def test_untimed_results_and_reported_news_are_no_follow_ups(sentence: str) -> None:
    assert _kinds(sentence) == ([], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Eva Lund meddelade att hon återkommer i frågan.",  # the reporter's own step
        "Pia Ek informerade om att styrelsen den 5 december ska besluta om planen.",  # dated step
    ],
)
def test_a_report_of_an_own_or_dated_step_is_still_a_follow_up(sentence: str) -> None:
    assert _kinds(sentence) == ([], [sentence])
