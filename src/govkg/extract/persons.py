"""extract.persons: item text + known attendees → person mentions (names in running text).

A person name is 2–4 capitalised tokens ("Helena L Nilsson", "Ann-Sofi Lodin", "Maria Kosterlind
Reinholdsson") whose first token is a first name of the lexicon (``data/first_names.txt``) or
which is the name of a known attendee. A single first name ("Eva") is a short form when it
fits exactly one person named in the item or known to the document. Affiliation and role come
from the text only: the comma apposition after a name ("X, SKR, leder"), a genitive organisation
before a group ("Göteborgsregionens dataskyddsombud A och B"), or the organisation that the
sentence before a "Medverkar gör A, B samt C" names.

>>> [p.name.text for p in find_persons("Anna Berg, Region Halland, informerar.")]
['Anna Berg']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from govkg.extract._person_lexicon import Cues, FirstNames, cues, first_names
from govkg.extract._person_text import (
    _CONNECTORS,
    _HYPHEN,
    _ORG_HEADS,
    _SKIP,
    _SKIP_HINT,
    _fold,
    _Found,
    _is_acronym,
    _is_camel,
    _is_initial,
    _is_proper,
    _joined,
    _looks_org_word,
    _sentence_ids,
    _strip_genitive,
    _Tok,
    _tokens,
)
from govkg.model import PersonMention, Quote, Span

__all__ = ["KnownPerson", "OrgCanonical", "find_persons"]

OrgCanonical = Callable[[str], "str | None"]

_GENITIVE_NOUN = re.compile(r" [a-zåäö]")
_ORG_PHRASE = re.compile(r"(?:[^\W\d_][\w:&-]*)(?: (?:och|i|för|av) [A-ZÅÄÖ][\w:&-]*| [A-ZÅÄÖ][\w:&-]*)*")
_COMMA = re.compile(r",[ \u00a0]*")
_AND_NAME = re.compile(r" (?:och|samt) (?=[A-ZÅÄÖ])")
_TITLE_ORG = re.compile(r" (?:i|vid|hos|på) ([A-ZÅÄÖ]\S*(?: [A-ZÅÄÖ]\S*)*)$")
_TITLE_ACRO = re.compile(r" ([A-ZÅÄÖ][\w:]*)$")
_VERB_AFTER = re.compile(r",?[ \u00a0]+([^\W\d_]+)")
_GROUP_GAP = re.compile(r",?\s*(?:(?:och|samt)\s+)?|,\s*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s+$")
_TOGETHER_WITH = re.compile(r"tillsammans med\s*$")
_PRE_TITLE = re.compile(r"(?:([A-ZÅÄÖ][\w:-]*(?: [A-ZÅÄÖ][\w:-]*)*) )?([a-zåäö][\w-]*) $")
# A verb (or "och") right after a sentence-initial first name that is also a common word: "Lisa
# berättade", "Per tar", "Mats och Eva" are the attendee; "Per kommun", "Per år" are not.
_ACTS_AFTER = re.compile(
    r"[a-zåäö]+(?:ar|er|ir|or|ur|yr|är|ör|ade|de|te|dde)|ska|skall|kan|vill|får|fick|gick|gav|tog|bad|sa|"
    r"och|samt|har|hade|är|var"
)
_PREP_ORG = re.compile(r"(?i:\b(?:i|från|vid|hos|för)) (?=[A-ZÅÄÖ])")


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person the document already names, usually in its attendance list."""

    name: str
    affiliation_canonical: str | None = None
    role: str | None = None


@lru_cache(maxsize=16384)
def _name_keys(name: str) -> tuple[str | None, str | None]:
    """(folded full name if it has two words or more, folded first word) of a known person;
    the same attendees recur in every item of a document, so this is cached."""
    words = name.split()
    return (_fold(name) if len(words) >= 2 else None), (_fold(words[0]) if words else None)


class _Scanner:
    def __init__(self, text: str, known: Sequence[KnownPerson], org_canonical: OrgCanonical | None) -> None:
        self.text = text
        self.known = known
        self.org_canonical = org_canonical
        self.lex: FirstNames = first_names()
        self.cues: Cues = cues()
        self.skip = [(m.start(), m.end()) for m in _SKIP.finditer(text)] if _SKIP_HINT.search(text) else []
        self.toks = _tokens(text, self.skip)
        self.sent = _sentence_ids(text)
        self.known_names: dict[str, KnownPerson] = {}
        self.known_firsts: set[str] = set()
        for k in known:
            full, first = _name_keys(k.name)
            if full is not None:
                self.known_names[full] = k
            if first is not None:
                self.known_firsts.add(first)
        # the first word of every known full name: a run can only be one if its first token is
        self.known_heads = {key.split(" ")[0] for key in self.known_names}
        self.known_affs = {
            _fold(k.affiliation_canonical): k.affiliation_canonical for k in known if k.affiliation_canonical
        }

    # --- names -------------------------------------------------------------------------------
    def _first_name_ok(self, tok: _Tok) -> bool:
        word = tok.bare
        if not _is_proper(word):
            return False
        if _fold(word) in self.known_firsts:
            return True
        # a hyphenated first name counts by its first part: "Lars-Erik", "Ann-Sofi"
        return word in self.lex.names or _HYPHEN.split(word)[0] in self.lex.names

    def _surname_ok(self, word: str, last: bool) -> bool:
        if _is_initial(word):
            return not last
        return _is_proper(word) and not _looks_org_word(word)

    def full_names(self) -> list[_Found]:
        found: list[_Found] = []
        toks, i = self.toks, 0
        while i < len(toks):
            # names start with a capital: most tokens are skipped before the costlier look-ups
            hit = (self._known_at(i) or self._lexicon_at(i)) if toks[i].text[:1].isupper() else None
            if hit is None:
                i += 1
                continue
            n, canonical = hit
            first, last = toks[i], toks[i + n - 1]
            end = last.end
            name = " ".join(self.text[first.start : end].split())
            if name.endswith(":s"):
                name, end = name[:-2], end - 2
            elif _fold(canonical) != _fold(name) and _fold(name[:-1]) == _fold(canonical):
                name, end = name[:-1], end - 1  # "Anna Bergs förslag": genitive of a known name
            elif name.endswith(("sons", "ssons")) and self._genitive_context(end):
                name, end, canonical = name[:-1], end - 1, canonical[:-1]
            if n > 1 and self._is_body_name(name):
                i += n  # "Adda Inköpscentral": a known body whose first word is also a first name
                continue
            found.append(_Found(name, first.start, end, canonical, self.sent[first.start]))
            i += n
        return found

    def _is_body_name(self, name: str) -> bool:
        """Does the whole name denote a known body? "Adda Inköpscentral" does; "Åsa Lund" does not:
        the body found there is only the surname (a municipality or place), so it is a person."""
        if self.org_canonical is None:
            return False
        body = self.org_canonical(name)
        if body is None:
            return False
        return self.org_canonical(name.split()[-1]) != body

    def _genitive_context(self, end: int) -> bool:
        """A lower-case noun follows: "Kenneth Åkessons förslag" is Kenneth Åkesson's."""
        return _GENITIVE_NOUN.match(self.text, end, end + 2) is not None

    def _run(self, i: int, limit: int = 4) -> list[_Tok]:
        run = [self.toks[i]]
        while len(run) < limit and i + len(run) < len(self.toks):
            nxt = self.toks[i + len(run)]
            if nxt.initial_sentence or not _joined(self.text, run[-1], nxt) or run[-1].text.endswith(":s"):
                break
            run.append(nxt)
        return run

    def _known_at(self, i: int) -> tuple[int, str] | None:
        if _fold(self.toks[i].text) not in self.known_heads:
            return None
        run = self._run(i)
        for n in range(len(run), 1, -1):
            key = _fold(" ".join(t.bare if k == n - 1 else t.text for k, t in enumerate(run[:n])))
            for candidate in (key, key[:-1] if key.endswith("s") else key):
                if candidate in self.known_names:
                    return n, self.known_names[candidate].name
        return None

    def _lexicon_at(self, i: int) -> tuple[int, str] | None:
        tok = self.toks[i]
        if not self._first_name_ok(tok) or tok.text.endswith(":s"):
            return None
        run = self._run(i)
        n = 1
        while n < len(run) and self._surname_ok(run[n].bare, last=n == len(run) - 1):
            n += 1
        while n > 1 and _is_initial(run[n - 1].text):
            n -= 1
        if n < 2:
            return None
        name = " ".join(self.text[run[0].start : run[n - 1].end].split()).removesuffix(":s")
        return n, name

    def short_forms(self, full: list[_Found]) -> list[_Found]:
        covered: set[int] = set()  # every position inside a full name
        for f in full:
            covered.update(range(f.start, f.end))
        in_item: dict[str, set[str]] = {}
        for f in full:
            in_item.setdefault(_fold(f.canonical.split()[0]), set()).add(f.canonical)
        in_doc: dict[str, set[str]] = {}
        for k in self.known:
            whole, first = _name_keys(k.name)
            if whole is not None and first is not None:
                in_doc.setdefault(first, set()).add(k.name)
        out: list[_Found] = []
        for idx, tok in enumerate(self.toks):
            # lower-case words (most tokens) are never proper: test that before anything else
            if not tok.text[:1].isupper() or tok.start in covered:
                continue
            word = tok.bare
            if not _is_proper(word):
                continue
            nxt = self.toks[idx + 1] if idx + 1 < len(self.toks) else None
            prv = self.toks[idx - 1] if idx else None
            if nxt and _is_proper(nxt.text) and _joined(self.text, tok, nxt) and not nxt.initial_sentence:
                continue
            if prv and _is_proper(prv.text) and _joined(self.text, prv, tok) and not tok.initial_sentence:
                continue
            key = _fold(word)
            if tok.text.endswith(":s") or (
                word in self.lex.words and tok.initial_sentence and not self._attendee_acts(key, nxt, in_doc)
            ):
                continue
            options = in_item.get(key) or in_doc.get(key) or set()
            if len({_fold(o) for o in options}) != 1:
                continue
            out.append(
                _Found(word, tok.start, tok.start + len(word), next(iter(options)), self.sent[tok.start])
            )
        return out

    def _attendee_acts(self, key: str, nxt: _Tok | None, in_doc: dict[str, set[str]]) -> bool:
        """A common word at a sentence start is still a name when one attendee has it as first name
        and a verb follows ("Lisa berättade", with Lisa Sandberg present)."""
        return (
            nxt is not None and len(in_doc.get(key, ())) == 1 and _ACTS_AFTER.fullmatch(nxt.text) is not None
        )

    # --- context -----------------------------------------------------------------------------
    def _org_phrase_at(self, pos: int) -> tuple[str, int, int] | None:
        """The capitalised phrase (an organisation or place) starting at ``pos``, if any."""
        m = _ORG_PHRASE.match(self.text, pos)
        if not m or not m.group()[:1].isupper():
            return None
        phrase = m.group()
        # a person's name never continues an organisation phrase
        words = phrase.split(" ")
        for k in range(1, len(words)):
            if words[k][:1].isupper() and words[k - 1] in _CONNECTORS:
                phrase = " ".join(words[: k - 1])
                break
        return (phrase, pos, pos + len(phrase)) if phrase else None

    def _is_org(self, phrase: str) -> bool:
        words = phrase.split()
        if not words:
            return False
        if self.org_canonical is not None and self.org_canonical(phrase) is not None:
            return True
        if _fold(_strip_genitive(phrase)) in self.known_affs:
            return True
        return (
            any(_is_acronym(w) or _is_camel(w) for w in words)
            or _looks_org_word(words[-1])
            or words[0].casefold() in _ORG_HEADS
        )

    def canonical_org(self, surface: str) -> str | None:
        if self.org_canonical is not None:
            hit = self.org_canonical(surface) or self.org_canonical(_strip_genitive(surface))
            if hit:
                return hit
        bare = _strip_genitive(surface)
        return self.known_affs.get(_fold(bare)) or self.known_affs.get(_fold(surface)) or bare

    def apposition(self, f: _Found, starts: set[int]) -> int:
        """Read ", ORG," / ", title," after a name; returns where the name group may continue."""
        pos = f.end
        while True:
            m = _COMMA.match(self.text, pos)
            if not m:
                # "verksamhetschef GR" style is handled in the title; "Lumell medverkar" ends here
                return pos
            seg_start = m.end()
            if seg_start in starts:
                return pos  # ", B" is the next person of a list
            seg_end = seg_start
            while (
                seg_end < len(self.text)
                and self.text[seg_end] not in ",;:()\n"
                and self.sent[seg_end] == f.sentence
            ):
                seg_end += 1
            seg = self.text[seg_start:seg_end].rstrip(". ")
            first_word = seg.split(" ")[0] if seg else ""
            if not seg or self._is_verb(first_word) or first_word in _CONNECTORS:
                return pos
            titled = self._is_title(seg)
            if seg[:1].isupper() and not titled and f.affiliation is None:
                org = self._org_phrase_at(seg_start)
                if org is None:
                    return pos
                f.affiliation = org
                pos = org[2]
                rest = self.text[pos:seg_end]
                # "SKR:s ordförande" – a genitive organisation followed by the title
                tail = rest.strip()
                if tail and tail.split(" ")[0].islower() and not self._is_verb(tail.split(" ")[0]):
                    f.title = tail
                    pos = seg_end
                continue
            if titled and f.title is None:
                title = _AND_NAME.split(seg)[0]
                # a title that names its organisation: "kommundirektör i Borås", "verksamhetschef GR"
                inner = _TITLE_ORG.search(title)
                acro = _TITLE_ACRO.search(title)
                if inner and f.affiliation is None:
                    at = seg_start + inner.start(1)
                    f.affiliation = (inner.group(1), at, at + len(inner.group(1)))
                    title = title[: inner.start()]
                elif (
                    acro
                    and f.affiliation is None
                    and (_is_acronym(acro.group(1)) or _is_camel(acro.group(1)))
                ):
                    at = seg_start + acro.start(1)
                    f.affiliation = (acro.group(1), at, at + len(acro.group(1)))
                    title = title[: acro.start()]
                f.title = title.strip()
                pos = seg_start + len(_AND_NAME.split(seg)[0])
                continue
            return pos

    def _is_title(self, phrase: str) -> bool:
        words = [w.casefold().strip(".,") for w in phrase.split(" ")[:3]]
        return any(w.endswith(self.cues.title_suffixes) for w in words)

    def _is_verb(self, word: str) -> bool:
        w = word.casefold().strip(".,")
        return w in self.cues.verbs or w.endswith(("erar", "erade"))

    def _verb_after(self, pos: int) -> str | None:
        m = _VERB_AFTER.match(self.text, pos)
        if m and m.group(1).islower() and self._is_verb(m.group(1)):
            return m.group(1)
        return None

    def context(self, found: list[_Found]) -> None:
        """Affiliations, titles and roles from appositions, group verbs and introductions."""
        starts = {f.start for f in found}
        groups: list[list[_Found]] = []
        ends: dict[int, int] = {}
        for f in sorted(found, key=lambda x: x.start):
            end = self.apposition(f, starts)
            ends[id(f)] = end
            if groups:
                prev = groups[-1][-1]
                between = self.text[ends[id(prev)] : f.start]
                if prev.sentence == f.sentence and _GROUP_GAP.fullmatch(between):
                    groups[-1].append(f)
                    continue
            groups.append([f])
        last_verb: dict[int, str] = {}
        for group in groups:
            first, last = group[0], group[-1]
            verb = self._verb_after(ends[id(last)])
            sentence_lead = self.text[self._sentence_start(first.start) : first.start]
            intro = _fold(sentence_lead.strip(" -•*\t"))
            if verb is None and any(intro.startswith(c) for c in self.cues.intro):
                verb = intro.split(" ")[0].rstrip(":")
            before = _WORD_BEFORE.search(sentence_lead)
            if verb is None and before and before.group(1).islower() and self._is_verb(before.group(1)):
                verb = before.group(1)  # "Från Region X medverkar A och B"
            if verb is None and _TOGETHER_WITH.search(sentence_lead):
                verb = last_verb.get(first.sentence)
            if verb is not None:
                last_verb.setdefault(first.sentence, verb)
            self._pre_title(group, sentence_lead, first.start)
            if len(group) >= 2 and all(g.affiliation is None for g in group):
                org = self._intro_org(sentence_lead, first.start - len(sentence_lead), intro)
                for g in group:
                    g.affiliation = org
            for g in group:
                g.role = g.title or verb

    def _sentence_start(self, pos: int) -> int:
        sid = self.sent[pos]
        while pos > 0 and self.sent[pos - 1] == sid:
            pos -= 1
        return pos

    def _pre_title(self, group: list[_Found], lead: str, lead_end: int) -> None:
        """ "Göteborgsregionens dataskyddsombud A och B": organisation and title before the names."""
        m = _PRE_TITLE.search(lead)
        if not m:
            return
        noun = m.group(2)
        is_title = noun.endswith(self.cues.title_suffixes)
        # "Fyrbodals dataskyddsombud": a genitive before a title names the employer
        has_org = (
            m.group(1) is not None and m.group(1).endswith("s") and (is_title or self._is_org(m.group(1)))
        )
        if not has_org and not is_title:
            return
        for g in group:
            g.title = g.title or noun
            if has_org and g.affiliation is None:
                at = lead_end - len(lead) + m.start(1)
                g.affiliation = (m.group(1), at, at + len(m.group(1)))

    def _intro_org(self, lead: str, lead_start: int, intro: str) -> tuple[str, int, int] | None:
        """An organisation that introduces the group: "Från Region X medverkar A och B", or the
        previous sentence's "… i Region X" when this one opens with "Medverkar gör"."""
        orgs = self._prep_orgs(lead, lead_start)
        if orgs:
            return orgs[0] if len({o[0] for o in orgs}) == 1 else None
        if not any(intro.startswith(c) for c in self.cues.intro) or lead_start <= 0:
            return None
        sid = self.sent[max(lead_start - 1, 0)]
        prev_start = lead_start - 1
        while prev_start > 0 and self.sent[prev_start - 1] == sid:
            prev_start -= 1
        prev = self._prep_orgs(self.text[prev_start:lead_start], prev_start)
        return prev[0] if len({o[0] for o in prev}) == 1 else None

    def _prep_orgs(self, segment: str, seg_start: int) -> list[tuple[str, int, int]]:
        out = []
        for m in _PREP_ORG.finditer(segment):
            org = self._org_phrase_at(seg_start + m.end())
            if org and self._is_org(org[0]):
                out.append(org)
        return out


def find_persons(
    text: str,
    offset: int = 0,
    *,
    known: Sequence[KnownPerson] = (),
    org_canonical: OrgCanonical | None = None,
) -> list[PersonMention]:
    """Persons named in ``text`` (one item), first occurrence of each, spans shifted by ``offset``.

    ``known`` are the document's attendees (and persons named in earlier items); they let a
    short form ("Eva") resolve and names outside the lexicon be found. ``org_canonical`` maps an
    organisation as written to its canonical name (for example the gazetteer's lookup).

    >>> ms = find_persons("Eva Hessman, Göteborg, informerar. Eva rapporterar.",
    ...                   known=[KnownPerson("Eva Hessman", "Göteborg")])
    >>> [(m.name.text, m.affiliation_canonical, m.role_in_item) for m in ms]
    [('Eva Hessman', 'Göteborg', 'informerar')]
    """
    scanner = _Scanner(text, known, org_canonical)
    full = scanner.full_names()
    short = scanner.short_forms(full)
    everyone = sorted([*full, *short], key=lambda f: f.start)
    scanner.context(everyone)
    seen: set[str] = set()
    out: list[PersonMention] = []
    for f in everyone:
        key = _fold(f.canonical)
        if key in seen:
            continue
        seen.add(key)
        aff = None
        aff_canonical = None
        if f.affiliation is not None:
            surface, a, b = f.affiliation
            aff = Quote(surface, Span(offset + a, offset + b))
            aff_canonical = scanner.canonical_org(surface)
        out.append(
            PersonMention(
                name=Quote(f.name, Span(offset + f.start, offset + f.end)),
                affiliation=aff,
                affiliation_canonical=aff_canonical,
                role_in_item=f.role,
                canonical_name=f.canonical,
            )
        )
    return out
