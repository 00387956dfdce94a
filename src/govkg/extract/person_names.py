"""extract.person_names: item text + known attendees → full names and short forms found in it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from govkg.extract._person_lexicon import Cues, FirstNames, cues, first_names
from govkg.extract._person_text import (
    _HYPHEN,
    _SKIP,
    _SKIP_HINT,
    _fold,
    _Found,
    _is_initial,
    _is_proper,
    _joined,
    _looks_org_word,
    _sentence_ids,
    _Tok,
    _tokens,
    unwrap_names,
)

OrgCanonical = Callable[[str], "str | None"]

_GENITIVE_NOUN = re.compile(r" [a-zåäö]")
# A verb (or "och") right after a sentence-initial first name that is also a common word: "Lisa
# berättade", "Per tar", "Mats och Eva" are the attendee; "Per kommun", "Per år" are not.
_ACTS_AFTER = re.compile(
    r"[a-zåäö]+(?:ar|er|ir|or|ur|yr|är|ör|ade|de|te|dde)|ska|skall|kan|vill|får|fick|gick|gav|tog|bad|sa|"
    r"och|samt|har|hade|är|var"
)


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """A person the document already names, usually in its attendance list."""

    name: str
    affiliation_canonical: str | None = None
    role: str | None = None
    absent: bool = False  # listed as absent: a short form ("Sara") rather names someone present


@lru_cache(maxsize=16384)
def _name_keys(name: str) -> tuple[str | None, str | None]:
    """(folded full name if it has two words or more, folded first word) of a known person;
    the same attendees recur in every item of a document, so this is cached."""
    words = name.split()
    return (_fold(name) if len(words) >= 2 else None), (_fold(words[0]) if words else None)


class _NameScanner:
    """The names of one item's text: full names (lexicon or attendee) and single first names."""

    def __init__(self, text: str, known: Sequence[KnownPerson], org_canonical: OrgCanonical | None) -> None:
        self.known = known
        self.org_canonical = org_canonical
        self.lex: FirstNames = first_names()
        self.cues: Cues = cues()
        self.known_firsts: set[str] = set()
        for k in known:
            if (first := _name_keys(k.name)[1]) is not None:
                self.known_firsts.add(first)
        # a name wrapped over a line break is read as on one line (the offsets stay the same)
        text = unwrap_names(text, lambda w: not w.endswith(":s") and self._first_name_ok(w))
        self.text = text
        self.skip = [(m.start(), m.end()) for m in _SKIP.finditer(text)] if _SKIP_HINT.search(text) else []
        self.toks = _tokens(text, self.skip)
        self.sent = _sentence_ids(text)
        self.known_names: dict[str, KnownPerson] = {}
        for k in known:
            if (full := _name_keys(k.name)[0]) is not None:
                self.known_names[full] = k
        # the first word of every known full name: a run can only be one if its first token is
        self.known_heads = {key.split(" ")[0] for key in self.known_names}
        self.known_affs = {
            _fold(k.affiliation_canonical): k.affiliation_canonical for k in known if k.affiliation_canonical
        }

    def _first_name_ok(self, tok: _Tok | str) -> bool:
        word = tok if isinstance(tok, str) else tok.bare
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
        """Does the whole name denote a known body? "Adda Inköpscentral" does; "Märta Lund" does not:
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
        present: dict[str, set[str]] = {}  # the same, without those listed as absent
        for k in self.known:
            whole, first = _name_keys(k.name)
            if whole is not None and first is not None:
                in_doc.setdefault(first, set()).add(k.name)
                if not k.absent:
                    present.setdefault(first, set()).add(k.name)
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
            if len({_fold(o) for o in options}) > 1 and not in_item.get(key):
                options = present.get(key) or options  # "Sara skickar kallelsen": not the absent Sara
            if len({_fold(o) for o in options}) != 1:
                continue
            out.append(
                _Found(word, tok.start, tok.start + len(word), next(iter(options)), self.sent[tok.start])
            )
        return out

    def _attendee_acts(self, key: str, nxt: _Tok | None, in_doc: dict[str, set[str]]) -> bool:
        """A common word at a sentence start is still a name when one attendee has it as first name
        and a verb follows ("Lisa berättade", with Lisa Törnqvist present)."""
        return (
            nxt is not None and len(in_doc.get(key, ())) == 1 and _ACTS_AFTER.fullmatch(nxt.text) is not None
        )
