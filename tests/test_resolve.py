"""Entity resolution of persons across documents: what merges, what never does, and why.

Minutes are built by hand (names and affiliations invented for these tests), one per document.
"""

from __future__ import annotations

import copy
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govkg.model import Attendee, Document, Item, Minutes, PersonMention, Quote, Recorder, Span
from govkg.resolve import (
    Merge,
    ResolveReport,
    _assign,
    _blocking_keys,
    _Cluster,
    _document_entities,
    _fold,
    _norm,
    person_slug,
    resolve,
    variant_reason,
)


def q(text: str) -> Quote:
    return Quote(text, Span(0, len(text)))


def minutes(
    name: str, attendees: list[tuple[str, str | None]], mentions: tuple[PersonMention, ...] = ()
) -> Minutes:
    doc = Document(
        path=name,
        name=name,
        filename=f"{name}.txt",
        text="",
        sha256="",
        media_type="text/plain",
        encoding="utf-8",
    )
    m = Minutes(document=doc)
    m.present = [Attendee(q(n), "present", affiliation_canonical=a) for n, a in attendees]
    m.items = [Item("1", 1, q("Punkt"), Span(0, 0), Span(0, 0), persons_mentioned=list(mentions))]
    return m


def ids(ms: list[Minutes]) -> dict[tuple[str, str], str | None]:
    return {(m.document.name, a.name.text): a.person_id for m in ms for a in m.attendees}


# (first document's attendee, second document's attendee, should merge, why)
CASES = [
    (("Bengt Randen", "Partille"), ("Bengt Randén", "Partille"), True, "accent variant"),
    (("Evike Sandor", "Tjörn"), ("Evice Sandor", "Tjörn"), True, "one-letter typo in a first name"),
    (("Anna Johansson", "Lerum"), ("Anna Johanson", "Lerum"), True, "one-letter typo in a surname"),
    (("Maria Reinholdsson", "Ale"), ("Maria Kosterlind Reinholdsson", "Ale"), True, "added middle name"),
    (("Eva Berg", "Mark"), ("Eva Holm-Berg", "Mark"), True, "added double surname, hyphenated"),
    (("Helena Nilsson", "VGR"), ("Helena L Nilsson", "VGR"), True, "added initial"),
    (("Sara Lind", "Borås"), ("Sara Lind", "Borås"), True, "same name, same affiliation"),
    (("Tina Eide", "Göteborg"), ("Gull-Britt Eide", "Lerum"), False, "shared surname only"),
    (("Tina Eide", "Lerum"), ("Gull-Britt Eide", "Lerum"), False, "shared surname, same municipality"),
    (("Maria Standar", "Alingsås"), ("Maria Jonsson", "Alingsås"), False, "shared first name only"),
    (("Bengt Randen", "Partille"), ("Bengt Randén", "Mölndal"), False, "affiliation disagrees"),
    (("Evike Sandor", "Tjörn"), ("Evice Sandor", "Orust"), False, "typo but affiliation disagrees"),
    (("Evike Sandor", "Tjörn"), ("Evita Sandor", "Tjörn"), False, "two letters differ"),
    (("Lena Ek", "Tjörn"), ("Lina Ek", "Tjörn"), False, "both spellings are real first names"),
    (("Per Ekström", "Ale"), ("Per Ekstrand", "Ale"), False, "surnames differ in several letters"),
    (("Ove Ek", "Ale"), ("Ove Ed", "Ale"), False, "a token under four letters: one letter is a new name"),
    (("Anna Berg", "Ale"), ("Anna Svensson Holm", "Ale"), False, "different last names"),
    (("Sara Lind", "Borås"), ("Sara Lind", "Mark"), False, "same name, different affiliations"),
    (
        ("Kim Ås-Lindqvist", "Umeå"),
        ("Kim Ås Lindqvist", "Umeå"),
        True,
        "hyphen = space in a surname",
    ),
    (("Ann-Sofi Dahl", "Piteå"), ("Ann Sofi Dahl", "Piteå"), True, "hyphen = space in a first name"),
    (
        ("Kim Ås-Lindqvist", "Umeå"),
        ("Kim Ås Lindqvist", "Luleå"),
        False,
        "hyphen variant, other body",
    ),
    (
        ("Olle Ås-Lindqvist", "Umeå"),
        ("Kim Ås Lindqvist", "Umeå"),
        False,
        "double surname shared only",
    ),
]


@pytest.mark.parametrize(("a", "b", "merge", "why"), CASES, ids=[c[3] for c in CASES])
def test_merge_table(a: tuple[str, str], b: tuple[str, str], merge: bool, why: str) -> None:
    ms = [minutes("d1", [a]), minutes("d2", [b])]
    report = resolve(ms)
    got = ids(ms)
    assert (got[("d1", a[0])] == got[("d2", b[0])]) is merge, why
    if merge and a[0] != b[0]:
        assert len(report.merges) == 1
    if not merge:
        assert report.merges == []


def test_two_forms_in_one_document_are_two_people() -> None:
    # Both spellings stand in one attendance list for the same municipality: two people, even though
    # a third document writes a form that could join either.
    ms = [
        minutes("d1", [("Anna Johansson", "Lerum"), ("Anna Johanson", "Lerum")]),
        minutes("d2", [("Anna Johansson", "Lerum")]),
    ]
    resolve(ms)
    got = ids(ms)
    assert got[("d1", "Anna Johansson")] != got[("d1", "Anna Johanson")]
    assert got[("d1", "Anna Johansson")] == got[("d2", "Anna Johansson")]


def test_canonical_is_fullest_then_majority_then_accented_and_every_merge_is_reported() -> None:
    ms = [
        minutes(
            "d1", [("Evike Sandor", "Tjörn"), ("Bengt Randen", "Partille"), ("Maria Reinholdsson", "Ale")]
        ),
        minutes(
            "d2", [("Evice Sandor", "Tjörn"), ("Bengt Randén", "Partille"), ("Maria Reinholdsson", "Ale")]
        ),
        minutes("d3", [("Evike Sandor", "Tjörn"), ("Maria Kosterlind Reinholdsson", "Ale")]),
    ]
    report = resolve(ms)
    canon = {a.name.text: a.canonical_name for m in ms for a in m.attendees}
    assert canon["Evice Sandor"] == "Evike Sandor"  # majority spelling
    assert canon["Bengt Randen"] == "Bengt Randén"  # a tie goes to the accented form
    assert canon["Maria Reinholdsson"] == "Maria Kosterlind Reinholdsson"  # fullest form
    merges = {(mg.variant, mg.canonical): mg for mg in report.merges}
    assert set(merges) == {
        ("Evice Sandor", "Evike Sandor"),
        ("Bengt Randen", "Bengt Randén"),
        ("Maria Reinholdsson", "Maria Kosterlind Reinholdsson"),
    }
    assert merges[("Maria Reinholdsson", "Maria Kosterlind Reinholdsson")].documents == ("d1", "d2")
    assert "Ale" in merges[("Maria Reinholdsson", "Maria Kosterlind Reinholdsson")].reason
    assert "one-letter" in str(merges[("Evice Sandor", "Evike Sandor")])
    slugs = {a.person_id for m in ms for a in m.attendees}
    assert "maria-kosterlind-reinholdsson" in slugs and "bengt-randen" in slugs


def test_mentions_short_forms_and_recorder_share_the_attendee_identity() -> None:
    eva = PersonMention(q("Eva Hessman"), affiliation_canonical="Göteborg")
    short = PersonMention(q("Eva"), canonical_name="Eva Hessman")
    outsider = PersonMention(q("Karl Fors"))
    m = minutes("d1", [("Eva Hessman", "Göteborg"), ("Therese Tanner", "GR")], (eva, short, outsider))
    m.recorded_by = Recorder(q("Therese Tanner"))
    report = resolve([m, minutes("d2", [("Eva Hessman", "Göteborg")])])
    assert {eva.person_id, short.person_id, m.present[0].person_id} == {"eva-hessman"}
    assert short.canonical_name == "Eva Hessman"
    assert m.recorded_by.person_id == m.present[1].person_id == "therese-tanner"
    assert outsider.person_id == "karl-fors"
    assert [(mg.variant, mg.reason) for mg in report.merges] == [("Eva", "short form within the document")]


def test_a_short_form_without_affiliation_never_merges_across_documents() -> None:
    # "Sofia" in d2 has no full name in d2: it must not join d1's Sofia Larsson
    m2 = minutes("d2", [("Per Holm", "Ale")], (PersonMention(q("Sofia")),))
    ms = [minutes("d1", [("Sofia Larsson", "GR")]), m2]
    resolve(ms)
    assert m2.items[0].persons_mentioned[0].person_id != ms[0].present[0].person_id


def test_a_variant_in_the_text_joins_the_one_attendee_it_fits() -> None:
    mention = PersonMention(q("Maria Reinholdsson"))
    m = minutes("d1", [("Maria Kosterlind Reinholdsson", "Ale"), ("Maria Standar", "Alingsås")], (mention,))
    resolve([m])
    assert mention.person_id == "maria-kosterlind-reinholdsson"


def test_same_name_unknown_affiliation_joins_but_cannot_bridge_two_affiliations() -> None:
    ms = [
        minutes("d1", [("Sara Lind", "Borås")]),
        minutes("d2", [("Sara Lind", None)]),
        minutes("d3", [("Sara Lind", "Mark")]),
    ]
    resolve(ms)
    got = ids(ms)
    assert got[("d1", "Sara Lind")] != got[("d3", "Sara Lind")]
    assert got[("d2", "Sara Lind")] in {got[("d1", "Sara Lind")], got[("d3", "Sara Lind")]}
    assert len({got[("d1", "Sara Lind")], got[("d3", "Sara Lind")]}) == 2


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Maria Kosterlind Reinholdsson", "maria-kosterlind-reinholdsson"),
        ("Bengt Randén", "bengt-randen"),
        ("Gull-Britt Eide", "gull-britt-eide"),
        ("Emma Övelius", "emma-ovelius"),
        ("Helena L. Nilsson", "helena-l-nilsson"),
        ("Søren Ærø", "soren-aero"),
    ],
)
def test_person_slug_is_ascii(name: str, slug: str) -> None:
    assert person_slug(name) == slug


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Bengt Randen", "Bengt Randén", "accent variant"),
        ("Maria Reinholdsson", "Maria Kosterlind Reinholdsson", "added middle name or double surname"),
        ("Tina Eide", "Gull-Britt Eide", None),
        ("Malin Krantz", "Adam Krantz", None),
        ("Jon Åkesson-Vik", "Jon Akesson Vik", "hyphen variant"),
        ("Jon Åkesson-Vik", "Jonas Åkesson Vik", None),
    ],
)
def test_variant_reason(a: str, b: str, expected: str | None) -> None:
    assert variant_reason(a, b) == expected


def test_a_chain_of_variants_is_one_person() -> None:
    ms = [
        minutes("d1", [("Maria Reinholdsson", "Ale")]),
        minutes("d2", [("Maria K Reinholdsson", "Ale")]),
        minutes("d3", [("Maria Kosterlind Reinholdsson", "Ale")]),
        minutes("d4", [("Maria Kosterlind Reinholdson", "Ale")]),
    ]
    resolve(ms)
    assert set(ids(ms).values()) == {"maria-kosterlind-reinholdsson"}


def test_one_name_in_many_documents_is_one_person_per_affiliation() -> None:
    ms = [minutes(f"d{k:03d}", [("Sara Lind", "Borås" if k % 3 else "Mark")]) for k in range(300)]
    resolve(ms)
    got = ids(ms)
    assert len(set(got.values())) == 2
    # the first document's person keeps the plain slug; the other is told apart by affiliation
    assert got[("d000", "Sara Lind")] == "sara-lind" and got[("d001", "Sara Lind")] == "sara-lind-boras"


# --- the blocked resolution equals comparing every pair of occurrences -----------------------------

FIRSTS = ["Anna", "ANNA", "Ana", "Lena", "Lina", "Evike", "Evice", "Åsa", "Asa", "Eva"]
MIDDLES = ["", "", "L", "L.", "Kosterlind"]
LASTS = ["Berg", "Åberg", "Berg-Lund", "Lund", "Randen", "Randén", "Johansson", "Johanson", "Jonhansson"]
AFFILIATIONS = [None, None, "Ale", "ale", "Lerum", ""]


@st.composite
def written_names(draw: st.DrawFn) -> str:
    middle = draw(st.sampled_from(MIDDLES))
    return " ".join(p for p in (draw(st.sampled_from(FIRSTS)), middle, draw(st.sampled_from(LASTS))) if p)


@st.composite
def corpora(draw: st.DrawFn) -> list[Minutes]:
    ms = []
    for k in range(draw(st.integers(1, 12))):
        people = draw(st.lists(st.tuples(written_names(), st.sampled_from(AFFILIATIONS)), max_size=5))
        said = draw(st.lists(st.one_of(written_names(), st.sampled_from(FIRSTS)), max_size=3))
        ms.append(minutes(f"d{k}", people, tuple(PersonMention(q(n)) for n in said)))
    return ms


def every_pair_resolution(ms: list[Minutes]) -> list[Merge]:
    """The specification: every pair of occurrences in order, exact names first; a later
    occurrence's group joins an earlier one's when the names are variants and they agree.

    Its scope: variants join only with the same known body here. The resolver also joins a name
    without a body to one first name spelled two ways or a hyphenated first name with a body
    ("Kristoffer"/"Kristofer", "Ann-Sofi"/"Ann Sofi"); those merges are specified by examples
    (``test_fixround14_content``, ``CASES`` above), because they are decided per written name, not
    per cluster, and this pairwise reference would bridge an unknown name into a cluster through a
    third spelling (tried in session 5: the generator found such corpora at once)."""
    entities = [e for i, m in enumerate(ms) for e in _document_entities(i, m)]
    owner = list(range(len(entities)))
    members = {i: [e] for i, e in enumerate(entities)}
    reasons: dict[int, str] = {}
    for exact in (True, False):
        for i, j in itertools.combinations(range(len(entities)), 2):
            x, y = owner[i], owner[j]
            why = variant_reason(entities[i].name, entities[j].name)
            if x == y or why is None or (why == "same name") != exact:
                continue
            ax = {_norm(e.affiliation) for e in members[x] if e.affiliation}
            ay = {_norm(e.affiliation) for e in members[y] if e.affiliation}
            agree = (ax == ay and len(ax) == 1) if ax and ay else exact  # unknown: only the same name
            if not agree or {e.doc for e in members[x]} & {e.doc for e in members[y]}:
                continue
            if not exact:
                why = f"{why}; same affiliation {entities[i].affiliation or entities[j].affiliation}"
            for e in members[y]:
                reasons.setdefault(id(e), why)
            members[x].extend(members.pop(y))
            owner = [x if o == y else o for o in owner]
    report = ResolveReport()
    _assign([_Cluster(c) for c in members.values()], [m.document.name for m in ms], reasons, report)
    return report.merges


def holders(ms: list[Minutes]) -> list[tuple[str | None, str | None]]:
    listed = [(a.canonical_name, a.person_id) for m in ms for a in m.attendees]
    said = [(p.canonical_name, p.person_id) for m in ms for it in m.items for p in it.persons_mentioned]
    return listed + said


@settings(max_examples=150, deadline=None)
@given(corpora())
def test_blocked_resolution_equals_comparing_every_pair(ms: list[Minutes]) -> None:
    twin = copy.deepcopy(ms)
    expected = every_pair_resolution(twin)
    assert resolve(ms).merges == expected
    assert holders(ms) == holders(twin)


@settings(max_examples=300, deadline=None)
@given(written_names(), st.sampled_from(["", "a", "e", "ss"]), st.integers(0, 30), st.booleans())
def test_names_a_rule_may_join_share_a_blocking_key(name: str, letters: str, at: int, drop: bool) -> None:
    # a one-letter edit, an insertion or a deletion anywhere in the name
    k = at % (len(name) + 1)
    other = name[:k] + name[k + 1 :] if drop else name[:k] + letters + name[k:]
    if other.split() and variant_reason(name, other) not in (None, "same name"):
        assert set(_blocking_keys(_fold(name))) & set(_blocking_keys(_fold(other)))
