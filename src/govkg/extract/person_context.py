"""extract.person_context: found names + their sentences → affiliations, titles and roles."""

from __future__ import annotations

import re

from govkg.extract._person_text import (
    _CONNECTORS,
    _ORG_HEADS,
    _fold,
    _Found,
    _is_acronym,
    _is_camel,
    _looks_org_word,
    _strip_genitive,
)
from govkg.extract.person_names import _NameScanner

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
_PREP_ORG = re.compile(r"(?i:\b(?:i|från|vid|hos|för)) (?=[A-ZÅÄÖ])")


class _Scanner(_NameScanner):
    """A name scanner that also reads each name's context: appositions, group verbs, introductions."""

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
