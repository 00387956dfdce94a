"""gazetteer: data files (municipalities.csv, organisations.csv) → lookup of written forms.

The gazetteer knows the 290 Swedish municipalities and the public bodies that Swedish
public-sector minutes name (county administrative boards, regions, agencies, SKR, municipal
federations...), each with its written forms. Forms match as whole tokens through a token trie,
so finding every known name in a document costs one pass over its tokens.

Case rules: short single-word forms and forms with inner capitals (acronyms: "GR", "SKR",
"VästKom", "Ale") match case-sensitively; longer names match case-insensitively.

Context: a bare "Länsstyrelsen" means the board of ``default_county`` (default "14", Västra
Götalands län), and bare organ names such as "förbundsstyrelsen" mean the organs of
``default_federation`` (default "gr", Göteborgsregionen). In organisations.csv such forms are
written with a leading "@"; they are active only for the entries the context selects.

>>> gaz = Gazetteer.load()
>>> gaz.lookup("Göteborgs stad").scb_code
'1480'
>>> gaz.lookup("länsstyrelsen").name
'Länsstyrelsen i Västra Götalands län'
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from govkg.errors import GazetteerError
from govkg.resources import data_dir

_TOKEN = re.compile(r"\w+|[^\w\s]")
# A federation or a coordination body named after its place ("Samordningsförbundet Gotland",
# "Gymnasieförbundet Väst", "Finsam Västerås"): a legal person of its own, so the place it names is
# not its body (the text stays as written when no row of the gazetteer knows the full name).
_NAMED_AFTER_PLACE = re.compile(
    r"(?i)\b(?:samordningsförbund|kommunalförbund|gymnasieförbund|räddningstjänstförbund|finsam)(?:et)?\s+$"
)
_NOT_LATIN1 = re.compile(r"[^\x00-\xff]")
_SHORT = 200  # texts up to this length have their scans cached ...
_SHORT_CACHE = 8192  # ... this many of them
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Municipality:
    """One of the 290 kommuner. ``name`` is the short name ("Göteborg"); Kolada id = SCB code."""

    name: str
    scb_code: str
    county_code: str
    county_name: str
    wikidata: str | None
    org_number: str | None
    forms: tuple[str, ...]

    @property
    def kind(self) -> str:
        return "municipality"

    @property
    def id(self) -> str:
        """Gazetteer id of a municipality: its SCB code."""
        return self.scb_code


@dataclass(frozen=True, slots=True)
class Organisation:
    """A body other than a municipality; ``forms`` excludes the context-dependent ones."""

    id: str
    name: str
    kind: str
    forms: tuple[str, ...]
    parent: str | None
    wikidata: str | None
    org_number: str | None
    members: tuple[str, ...] = ()  # SCB codes of member municipalities (federations)
    contextual_forms: tuple[str, ...] = ()  # bare forms valid only in this entry's context


Entry = Municipality | Organisation


@dataclass(frozen=True, slots=True)
class Match:
    """A known form found in a text: ``text[start:end]`` is the surface."""

    start: int
    end: int
    entry: Entry | None  # None: a blocking name (a county) that is not reported
    form: str


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    # (form, case_sensitive, entry) for forms ending here
    terminals: list[tuple[str, bool, Entry | None]] = field(default_factory=list)


def _norm(s: str) -> str:
    return _SPACES.sub(" ", s.strip())


def is_case_sensitive(form: str) -> bool:
    """Acronyms and short names match only as written: "GR" is not "gr", "Ale" is not "ale"."""
    if " " in form:
        return False
    letters = [c for c in form if c.isalpha()]
    inner_upper = any(c.isupper() for c in letters[1:])
    return len(form) <= 5 or inner_upper or (bool(letters) and letters[0].islower() and inner_upper)


def genitive(form: str) -> str:
    """Swedish genitive: "SKR" → "SKR:s", "Göteborg" → "Göteborgs", "Alingsås" → "Alingsås"."""
    if form.isupper() and " " not in form:
        return form + ":s"
    return form if form[-1] in "sxzSXZ" else form + "s"


class Gazetteer:
    """Lookup of municipalities and organisations by written form (see the module doc)."""

    def __init__(
        self,
        municipalities: list[Municipality],
        organisations: list[Organisation],
        *,
        default_county: str = "14",
        default_federation: str | None = "gr",
    ) -> None:
        self.default_county = default_county
        self.default_federation = default_federation
        self.municipalities = municipalities
        self.organisations = organisations
        self._by_code = {m.scb_code: m for m in municipalities}
        self._by_id = {o.id: o for o in organisations}
        self._root = _Node()
        # scan results: short texts (affiliations, org phrases) recur across documents; the last
        # long one is the item that the organisation and municipality finders both scan
        self._short_scans: dict[str, tuple[Match, ...]] = {}
        self._last_scan: tuple[str, tuple[Match, ...]] = ("", ())
        self._domain_index: dict[str, Entry] | None = None  # built on the first by_domain call
        for m in municipalities:
            self._add_forms(m, (m.name, *m.forms))
        for c in sorted({m.county_name for m in municipalities}):
            self._add_forms(None, (c,))  # "Stockholms län" is a county, not the municipality
        for o in organisations:
            self._add_forms(o, (o.name, *o.forms))
            if self._in_context(o):
                self._add_forms(o, o.contextual_forms)

    @classmethod
    def load(cls, default_county: str = "14", default_federation: str | None = "gr") -> Gazetteer:
        """The gazetteer of the shipped data files (cached per context)."""
        return _load(default_county, default_federation)

    def _in_context(self, org: Organisation) -> bool:
        if org.kind == "county_administrative_board":
            return org.id == f"lansstyrelsen-{self.default_county}"
        fed = self.default_federation
        return fed is not None and (org.id == fed or org.parent == fed)

    def _add_forms(self, entry: Entry | None, forms: tuple[str, ...]) -> None:
        for form in forms:
            for variant in dict.fromkeys((form, genitive(form))):
                self._insert(_norm(variant), entry)

    def _insert(self, form: str, entry: Entry | None) -> None:
        node = self._root
        for tok in _TOKEN.findall(form.lower()):
            node = node.children.setdefault(tok, _Node())
        term = (form, is_case_sensitive(form), entry)
        if term not in node.terminals:
            node.terminals.append(term)

    # -- lookups -----------------------------------------------------------------------------

    def municipality_by_code(self, code: str) -> Municipality | None:
        """The municipality with this SCB (= Kolada) code, "1480" → Göteborg."""
        return self._by_code.get(code)

    def organisation(self, org_id: str) -> Organisation | None:
        return self._by_id.get(org_id)

    def members(self, org_id: str) -> list[Municipality]:
        """Member municipalities of a federation ("gr" → its 13 kommuner)."""
        org = self._by_id.get(org_id)
        if org is None:
            return []
        return [self._by_code[c] for c in org.members if c in self._by_code]

    def default_county_board(self) -> Organisation | None:
        return self._by_id.get(f"lansstyrelsen-{self.default_county}")

    def lookup(self, surface: str) -> Entry | None:
        """The entry whose form is exactly ``surface`` (case rules of the module doc), or None."""
        text = _norm(surface)
        if not text:
            return None
        for m in self.scan(text):
            if m.start == 0 and m.end == len(text):
                return m.entry
        return None

    def affiliation(self, text: str) -> tuple[str, Entry] | None:
        """The organisation part of an attendance line: "GBG" → ("Göteborg", Göteborg).

        Returns the canonical short name for a municipality or the full name for an
        organisation, with its entry; when ``text`` is longer than a form (a role and an
        organisation), the last body named in it.
        """
        entry = self.lookup(text)
        if entry is None:
            norm = _norm(text)
            found = [m for m in self.scan(norm) if m.entry is not None]
            if found and _NAMED_AFTER_PLACE.search(norm, 0, found[-1].start):
                return None  # "Samordningsförbundet Gotland": a body of its own, not the place's
            entry = found[-1].entry if found else None
        if entry is None:
            return None
        return entry.name, entry

    def by_domain(self, address: str) -> Entry | None:
        """The body an e-mail address or domain belongs to: "anna.berg@lulea.se" → Luleå, "skr.se" → SKR.

        A Swedish public body's domain is its name ASCII-folded (å/ä → a, ö → o, é → e; spaces and
        hyphens dropped, or the hyphen kept: "malung-salen.se"): "linkoping.se", "regionostergotland.se",
        "skr.se" (a written form such as an acronym counts as well). The registrable label under the
        top-level domain is compared ("edu.lulea.se" → "lulea").
        """
        host = address.rsplit("@", 1)[-1].strip().lower().rstrip(".")
        labels = [x for x in host.split(".") if x]
        if len(labels) < 2:
            return None
        return self._domains().get(labels[-2])

    def _domains(self) -> dict[str, Entry]:
        if self._domain_index is None:
            index: dict[str, Entry] = {}
            entries: list[tuple[Entry, tuple[str, ...]]] = [
                (m, (m.name, *m.forms)) for m in self.municipalities
            ]
            entries += [(o, (o.name, *o.forms)) for o in self.organisations]
            for entry, forms in entries:
                for form in forms:
                    for key in domain_keys(form):
                        index.setdefault(key, entry)
            self._domain_index = index
        return self._domain_index

    # -- scanning ----------------------------------------------------------------------------

    def scan(self, text: str) -> Iterator[Match]:
        """Leftmost-longest, non-overlapping matches of every known form in ``text``."""
        if len(text) <= _SHORT:
            found = self._short_scans.get(text)
            if found is None:
                if len(self._short_scans) >= _SHORT_CACHE:
                    self._short_scans.clear()
                found = self._short_scans[text] = tuple(self._scan(text))
            return iter(found)
        if self._last_scan[0] != text:
            self._last_scan = (text, tuple(self._scan(text)))
        return iter(self._last_scan[1])

    def _scan(self, text: str) -> Iterator[Match]:
        if _NOT_LATIN1.search(text):
            tokens = [(t.start(), t.end(), t.group().lower()) for t in _TOKEN.finditer(text)]
        else:  # Latin-1 lowers character by character: one lower() for the whole text will do
            low = text.lower()
            tokens = [(a, b, low[a:b]) for a, b in map(re.Match.span, _TOKEN.finditer(text))]
        i, n = 0, len(tokens)
        while i < n:
            best: tuple[int, Match] | None = None
            node = self._root
            j = i
            while j < n:
                nxt = node.children.get(tokens[j][2])
                if nxt is None:
                    break
                node = nxt
                j += 1
                if node.terminals:
                    start, end = tokens[i][0], tokens[j - 1][1]
                    hit = self._accept(text[start:end], node.terminals)
                    if hit is not None:
                        best = (j, Match(start, end, hit[1], hit[0]))
            if best is None:
                i += 1
            else:
                i = best[0]
                yield best[1]

    @staticmethod
    def _accept(
        surface: str, terminals: list[tuple[str, bool, Entry | None]]
    ) -> tuple[str, Entry | None] | None:
        norm = _norm(surface)
        for form, sensitive, entry in terminals:
            if (norm == form) if sensitive else (norm.lower() == form.lower()):
                return form, entry
        return None


_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "æ": "a", "ø": "o"})


def domain_keys(form: str) -> tuple[str, ...]:
    """A body's name as its domain label is written: "Linköping" → "linkoping", "Malung-Sälen" →
    ("malungsalen", "malung-salen"); forms with other characters (":", digits) give none."""
    folded = form.strip().lower().translate(_FOLD)
    if not folded or not re.fullmatch(r"[a-z -]+", folded):
        return ()
    keys = [folded.replace(" ", "").replace("-", "")]
    if "-" in folded:
        keys.append(folded.replace(" ", ""))
    return tuple(dict.fromkeys(keys))


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


def _rows(name: str) -> list[dict[str, str]]:
    path = data_dir() / name
    try:
        with path.open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))
    except OSError as exc:
        raise GazetteerError(f"cannot read {name}: {exc}", source=str(path)) from exc


@functools.lru_cache(maxsize=8)
def _load(default_county: str, default_federation: str | None) -> Gazetteer:
    try:
        munis = [
            Municipality(
                name=r["name"],
                scb_code=r["scb_code"],
                county_code=r["county_code"],
                county_name=r["county_name"],
                wikidata=r["wikidata_qid"] or None,
                org_number=r["org_number"] or None,
                forms=_split(r["forms"]),
            )
            for r in _rows("municipalities.csv")
        ]
        orgs = []
        for r in _rows("organisations.csv"):
            forms = _split(r["forms"])
            orgs.append(
                Organisation(
                    id=r["id"],
                    name=r["name"],
                    kind=r["kind"],
                    forms=tuple(f for f in forms if not f.startswith("@")),
                    parent=r["parent"] or None,
                    wikidata=r["wikidata_qid"] or None,
                    org_number=r["org_number"] or None,
                    members=_split(r["members"]),
                    contextual_forms=tuple(f[1:] for f in forms if f.startswith("@")),
                )
            )
    except KeyError as exc:
        raise GazetteerError(f"gazetteer file lacks column {exc}") from exc
    return Gazetteer(munis, orgs, default_county=default_county, default_federation=default_federation)
