"""extract.host_body: the letterhead, protocol fields and attendance → the body whose meeting it is.

A federation's, a joint committee's or an association's own minutes name it in the letterhead
("JÄMTLANDS GYMNASIEFÖRBUND / Direktionen", "# Emåförbundet", "Samordningsförbundet Sydnärke /
Styrelsen"). Its own staff are then listed without a body ("Övriga närvarande: Anna Berg,
förbundschef"), and its administration is named bare ("kansliet", "Förvaltningen"): both belong to
that body. Without such a letterhead, the federation most attendees come from is the host (a
network run by its regional federation: "Eva Ek, GR").
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise, zip_longest

from govkg.extract.context import title_block
from govkg.extract.organisations import find_organisations
from govkg.gazetteer import Gazetteer, Organisation
from govkg.model import Minutes, OrgMention

Host = tuple[str, str | None, str]  # canonical name, gazetteer id, kind

# Bodies with staff and an administration of their own; a region, a municipality or an agency in the
# letterhead is where the meeting is held or who convenes it, and a network has no staff of its own
_HOST_KINDS = frozenset({"municipal_federation", "association", "company", "other"})
# a bare organ of the body ("Direktionen", "Förbundsstyrelsen") names no body
_ORGAN = re.compile(
    r"(?:förbunds)?(?:direktionen|styrelsen|nämnden|presidiet|beredningen|arbetsutskottet|ledningsgruppen|"
    r"kansliet|förvaltningen|revisorerna)",
    re.IGNORECASE,
)
_FEDERATION_NAME = re.compile(r"kommun(?:al)?förbund", re.IGNORECASE)
_TITLE_LINES = 4  # the letterhead and title: the first non-blank lines
# a gap of three or more spaces between the columns of a `pdftotext -layout` line
_COLUMN_GAP = re.compile(r"\s{3,}")
_BODY_FIELD = re.compile(
    r"^[ \t]*(?:Organ|Myndighet|Nämnd|Justeringens plats och tid|Förvaringsplats för protokollet|"
    r"Förvaringsplats)[ \t]*(?::[ \t]*)?(?:\n[ \t]*)?(?P<value>[^\n]+)$",
    re.MULTILINE,
)
# a brand name: one capitalised word of letters ("Fjällvatten", "FJÄLLVATTEN")
_ONE_WORD = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäöéü]{3,}")
# the document's kind, which a letterhead also prints on a line of its own
_DOC_WORD = re.compile(
    r"(?:sammanträdes|justerat\s)?protokoll(?:sutdrag)?|(?:minnes|mötes)?anteckningar|kallelse|utdrag|"
    r"dagordning|föredragningslista|tjänsteskrivelse|beslut",
    re.IGNORECASE,
)
_LOWER = re.compile(r"[a-zåäöéü]")
_CAPITALS = re.compile(r"[A-ZÅÄÖ]{3}")
# "kansliet", "förbundskansliet", "Förvaltningen": the definite form → the indefinite head
_ADMINISTRATION = re.compile(r"(?P<head>(?:förbunds)?kansli|förvaltning)(?:et|en)s?", re.IGNORECASE)


def host_body(minutes: Minutes, gaz: Gazetteer) -> Host | None:
    """The body whose meeting the minutes record: named in the title lines, else in a protocol's
    attestation fields, else the federation most attendees come from."""
    return (
        _title_body(minutes, gaz)
        or _field_body(minutes, gaz)
        or _service_letterhead(minutes)
        or _bare_letterhead(minutes, gaz)
        or _named_letterhead(minutes, gaz)
        or attendees_federation(minutes, gaz)
    )


def give_staff_the_host(minutes: Minutes, host: Host) -> None:
    """Attendees listed without any body are the host's own staff (its minutes list them so)."""
    name, org_id, _ = host
    for a in minutes.attendees:
        if a.affiliation is None and a.affiliation_canonical is None and a.org_id is None:
            a.affiliation_canonical, a.org_id = name, org_id


def own_administration(orgs: list[OrgMention], host: Host) -> None:
    """A bare "kansliet"/"Förvaltningen" is the host's: "Emåförbundets kansli" (one body per host,
    not one "Kansliet" shared by every network's minutes)."""
    for o in orgs:
        if o.org_id is None and (m := _ADMINISTRATION.fullmatch(o.canonical)) is not None:
            o.canonical = f"{genitive(host[0])} {m.group('head').lower()}"


def genitive(name: str) -> str:
    """Swedish genitive: "Emåförbundet" → "Emåförbundets", "Västkom" → "Västkoms", "Borås" → "Borås"."""
    return name if name[-1:].lower() in ("s", "x", "z") else f"{name}s"


def _title_lines(minutes: Minutes) -> list[str]:
    return title_block(minutes, _TITLE_LINES)


def _title_body(minutes: Minutes, gaz: Gazetteer) -> Host | None:
    for probe in _title_probes(_title_lines(minutes)):
        if (host := _host_in(probe, gaz, whole=True)) is not None:
            return host
    return None


def _title_probes(lines: list[str]) -> list[str]:
    """The title lines to probe: in `pdftotext -layout` a letterhead shares its lines with a right
    column ("RÄDDNINGSTJÄNSTEN      Sammanträdesdatum") and may be split over two lines, so the left
    cells, two consecutive upper-case left cells joined, and then the whole lines."""
    cells = [_left_cell(line) for line in lines]
    probes: list[str] = []
    for cell, below in zip_longest(cells, cells[1:]):
        # two upper-case cells, or a name wrapped after "och"/"i" or before a lower-case word
        # ("Kommunalförbundet X och" / "omsorg i Y"): one letterhead over two lines
        last = cell.split()[-1] if cell.split() else ""
        wrapped = below is not None and (last in _CONNECTIVE or below[:1].islower())
        if below is not None and ((_upper(cell) and _upper(below)) or wrapped):
            probes.append(f"{cell} {below}")
        probes.append(cell)
    return probes + lines


def _left_cell(line: str) -> str:
    """A line's first cell: in `pdftotext -layout` the letterhead shares its line with a right column."""
    return _COLUMN_GAP.split(line.strip())[0]


def _named_again(text: str, name: str, letterhead: set[str], flags: int = 0) -> bool:
    """Does the document name ``name`` (or its genitive) on a line that is not a letterhead line
    (the running head repeats the letterhead on every page: only other lines count)?"""
    again = re.compile(rf"(?<!\w){re.escape(name)}s?(?!\w)", flags)
    return any(line.strip() not in letterhead and again.search(line) for line in text.splitlines())


def _upper(text: str) -> bool:
    return bool(_CAPITALS.search(text)) and not _LOWER.search(text)


def _host_in(line: str, gaz: Gazetteer, whole: bool = False) -> Host | None:
    # an upper-case letterhead ("JÄMTLANDS GYMNASIEFÖRBUND") read in normal case
    probe = line.title() if _upper(line) else line
    for o in find_organisations(probe, 0, gaz, municipalities=False):
        # a bare organ names no body, even where a default federation's alias reads it as that body's
        bare = _ORGAN.fullmatch(o.canonical) or _ORGAN.fullmatch(o.surface.text.strip())
        if o.kind in _HOST_KINDS and not bare:
            if (
                whole
                and o.org_id is None
                and (
                    name := _whole_name(probe, o.surface.span.start, o.surface.span.end)
                    or _name_after(probe, o.surface.span.start, o.surface.span.end)
                )
            ):
                return name, None, o.kind
            return o.canonical, o.org_id, o.kind
    return None


# a word of a body's name before the part the shapes know: "Östra", "Sjöbygdens", "och"
_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?|och")
_NAME_WORDS = 3


def _whole_name(probe: str, start: int, end: int) -> str | None:
    """A letterhead that is the body's name and nothing else names it whole, although the shapes
    take only its last words ("Norra Sjöbygdens och Skogens Kommunalförbund" → "Skogens
    Kommunalförbund"): the name words before the found body belong to it."""
    if probe[end:].strip(" \t.,") or start == 0:
        return None
    # title-casing an upper-case letterhead made its conjunction "Och"
    words = ["och" if w == "Och" else w for w in probe[:start].split()]
    if (
        not 0 < len(words) <= _NAME_WORDS
        or words[0] == "och"
        or not all(_NAME_WORD.fullmatch(w) and not _DOC_WORD.fullmatch(w) for w in words)
    ):
        return None
    return " ".join([*words, probe[start:end].strip()])


# a federation's generic head, whose name follows it: "Kommunalförbundet <Name …>"
_GENERIC_HEAD = re.compile(r"(?:kommunal|samordnings|gymnasie|räddningstjänst)?förbundet", re.IGNORECASE)
_AFTER_WORD = re.compile(r"[A-ZÅÄÖa-zåäöéü]+(?:-[A-ZÅÄÖa-zåäöéü]+)?")
_CONNECTIVE = frozenset({"och", "i", "för", "på"})


def _name_after(probe: str, start: int, end: int) -> str | None:
    """ "Kommunalförbundet Sjukvård och omsorg i Orten": where the shapes found only the generic
    head, the capitalised name after it (to the letterhead's end) belongs to the body's name."""
    head = probe[start:end].strip()
    words = probe[end:].strip(" \t.,").split()
    if (
        not _GENERIC_HEAD.fullmatch(head)
        or probe[:start].strip()
        or not 0 < len(words) <= 6
        or not words[0][:1].isupper()
        or words[-1] in _CONNECTIVE
        or not all(
            _AFTER_WORD.fullmatch(w) and not _DOC_WORD.fullmatch(w) and not _ORGAN.fullmatch(w) for w in words
        )
    ):
        return None
    return " ".join([head, *words])


def _field_body(minutes: Minutes, gaz: Gazetteer) -> Host | None:
    """A protocol whose letterhead is a logo names its body in the attestation fields: "Organ
    Direktionen, X-förbundet", "Justeringens plats och tid / X-förbundet, Ort, datum",
    "Förvaringsplats för protokollet / X-förbundet"; the value stands beside or under its label."""
    for m in _BODY_FIELD.finditer(minutes.document.text):
        if (host := _host_in(m.group("value"), gaz)) is not None:
            return host
    return None


def _bare_letterhead(minutes: Minutes, gaz: Gazetteer) -> Host | None:
    """A body with a one-word brand name that has no body shape ("Vattenbolaget" is, "Fjällvatten"
    is not): a lone capitalised word in the letterhead with the body's organ on the next line
    ("Fjällvatten" / "Förbundsstyrelsen"), that the document names again outside its running heads
    ("Fjällvattens kontor", the attestation place). Unknown to the gazetteer, so never a place."""
    text = minutes.document.text
    cells = [_left_cell(line) for line in _title_lines(minutes)]
    for cell, below in pairwise(cells):
        if not _ONE_WORD.fullmatch(cell) or _DOC_WORD.fullmatch(cell) or not _ORGAN.fullmatch(below.strip()):
            continue
        name = cell.title() if _upper(cell) else cell
        if gaz.lookup(name) is not None or _ORGAN.fullmatch(name):
            continue
        if _named_again(text, name, {cell}, re.IGNORECASE):
            return name, None, "other"
    return None


# "Bergslagens Räddningstjänst", "Mälarbygdens Renhållning": a place in the genitive and the service a
# federation runs, written as its name (no "-förbundet", so the organisation shapes do not know it)
_SERVICE_NAME = re.compile(
    r"(?P<place>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?s)\s+"
    r"(?P<service>Räddningstjänst|Brandförsvar|Renhållning|Avfallshantering|Vatten)"
)
_INDENT = 8  # a line that starts this far in holds only the right column's cells (date, page)


def _service_letterhead(minutes: Minutes) -> Host | None:
    """ "Bergslagens Räddningstjänst" over the organ ("Direktionen"): a federation's letterhead as the
    place and the service it runs. Only with the organ among the letterhead's left cells, which makes
    it the minutes of that body rather than a place or a service named in a title."""
    lines = [ln for ln in _title_lines(minutes) if len(ln) - len(ln.lstrip(" ")) < _INDENT]
    cells = [_left_cell(line) for line in lines]
    if not any(_ORGAN.fullmatch(cell.strip()) for cell in cells):
        return None
    for cell in cells:
        probe = cell.strip().title() if _upper(cell) else cell.strip()
        if _SERVICE_NAME.fullmatch(probe):
            return probe, None, "municipal_federation"
    return None


# a letterhead name of one to five words: capitalised first word, then name words or "läns"/"och"
_LETTERHEAD_NAME = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖé-]+(?:\s+(?:[\wåäöÅÄÖé-]+)){0,4}")
# the head of a body's name that makes a letterhead a body without being named again
_BODY_HEAD = re.compile(r"(?:myndighet|förbund(?:et)?|bolag(?:et)?|AB|samverkan|förvaltning)$", re.IGNORECASE)


def _named_letterhead(minutes: Minutes, gaz: Gazetteer) -> Host | None:
    """ "Tolkförmedling Öst" / "Direktionen", "Hallands läns" / "färdtjänstmyndighet" / "Direktionen": a
    body's own name in the letterhead's left cells (over one or two lines) right above its organ. The
    gazetteer does not know it; it counts when it ends in a body's head or the document names it again
    outside its running heads (the meeting place, the attestation place)."""
    text = minutes.document.text
    cells = [_left_cell(line).strip() for line in _title_lines(minutes)]
    for k, cell in enumerate(cells):
        if k == 0 or not _ORGAN.fullmatch(cell):
            continue
        above = [c for c in cells[max(0, k - 2) : k] if not _DOC_WORD.fullmatch(c)]
        for name in (" ".join(above[-2:]), above[-1] if above else ""):
            name = name.title() if _upper(name) else name
            if (
                not _LETTERHEAD_NAME.fullmatch(name)
                or any(_DOC_WORD.fullmatch(w) or w.isdigit() for w in name.split())
                or gaz.lookup(name) is not None
            ):
                continue
            if _BODY_HEAD.search(name):
                return name, None, "other"
            if _named_again(text, name, set(cells)):
                return name, None, "other"
    return None


def attendees_federation(minutes: Minutes, gaz: Gazetteer) -> Host | None:
    """The municipal federation most attendees come from (a network run by its regional federation)."""
    seen: Counter[tuple[str, str | None]] = Counter()
    for a in minutes.attendees:
        entry = gaz.organisation(a.org_id) if a.org_id else None
        if isinstance(entry, Organisation) and entry.kind == "municipal_federation":
            seen[(entry.name, entry.id)] += 1
        elif a.affiliation_canonical and _FEDERATION_NAME.search(a.affiliation_canonical):
            seen[(a.affiliation_canonical, None)] += 1
    if not seen:
        return None
    name, org_id = seen.most_common(1)[0][0]
    return name, org_id, "municipal_federation"
