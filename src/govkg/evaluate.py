"""evaluate: extraction JSONs + gold JSONs → precision, recall and F1 per field.

A user who annotates their own minutes (in the gold schema) measures the extractor with this. The
matching rules follow the project's yardstick: attendance by written name; affiliation by its
canonical organisation (" kommun"/" stad" ignored, known aliases folded); items by (number, title);
persons and organisations per item by any accepted written form; decisions and follow-ups by
sentence overlap (containment, or token Jaccard ≥ 0.6), with "borderline" gold sentences ignored;
dates by (surface, iso) when precise to the month; meeting date by month; person resolution as
pairwise precision/recall of "same person" across all attendance mentions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

from govkg.errors import ExtractError
from govkg.resources import data_dir

Json = dict[str, Any]
FIELDS = (
    "present",
    "absent",
    "affiliation",
    "recorded_by",
    "items",
    "persons_mentioned",
    "organisations_mentioned",
    "municipalities_mentioned",
    "decisions",
    "follow_ups",
    "dates_mentioned",
    "meeting_date",
    "person_resolution",
)
_ORG_SUFFIXES = (" kommun", " stad", " municipality")
_MONTH_PRECISE = re.compile(r"^\d{4}-\d{2}")
_DOC_SUFFIXES = {".txt", ".md", ".pdf", ".docx", ".json", ".html"}


def norm(value: object) -> str:
    """Case-, width- and whitespace-insensitive form of a string."""
    if value is None:
        return ""
    s = unicodedata.normalize("NFC", str(value)).casefold()
    s = s.replace("\u2013", "-").replace("\u2014", "-").replace("\u201d", '"').replace("\u201c", '"')
    return re.sub(r"\s+", " ", s).strip().strip(" .,:;")


def _aliases() -> dict[str, str]:
    raw = json.loads((data_dir() / "eval_aliases.json").read_text(encoding="utf-8"))
    return {alias: key for key, names in raw.items() for alias in [key, *names]}


@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add_sets(self, pred: set[Any], gold: set[Any]) -> None:
        self.tp += len(pred & gold)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


class Scorer:
    def __init__(self) -> None:
        self.aliases = _aliases()

    def org(self, value: object) -> str:
        s = norm(value)
        if s in self.aliases:
            return self.aliases[s]
        for suffix in _ORG_SUFFIXES:
            if s.endswith(suffix):
                s = s[: -len(suffix)]
        return self.aliases.get(s, s)

    def score(
        self, pred_docs: dict[str, Json], gold_docs: dict[str, Json]
    ) -> dict[str, tuple[float, float, float]]:
        t = {k: Tally() for k in FIELDS if k != "person_resolution"}
        for name, gold in gold_docs.items():
            pred = pred_docs.get(name) or {}
            for status in ("present", "absent"):
                g = {norm(a.get("name")) for a in gold.get(status) or []}
                t[status].add_sets({norm(a.get("name")) for a in pred.get(status) or []}, g)
                gaff = {
                    norm(a.get("name")): self.org(a.get("affiliation_canonical"))
                    for a in gold.get(status) or []
                }
                paff = {
                    norm(a.get("name")): self.org(a.get("affiliation_canonical"))
                    for a in pred.get(status) or []
                }
                t["affiliation"].add_sets({(n, a) for n, a in paff.items() if n in gaff}, set(gaff.items()))
            grb, prb = gold.get("recorded_by") or {}, pred.get("recorded_by") or {}
            t["recorded_by"].add_sets({norm(prb.get("name"))} - {""}, {norm(grb.get("name"))} - {""})
            gi, pi = _items(gold), _items(pred)
            t["items"].add_sets(
                {(n, norm(i.get("title"))) for n, i in pi.items()},
                {(n, norm(i.get("title"))) for n, i in gi.items()},
            )
            for n in set(gi) | set(pi):
                self._item(t, n, gi.get(n, {}), pi.get(n, {}))
            gd = norm((gold.get("meeting") or {}).get("date_estimate"))[:7]
            pd = norm((pred.get("meeting") or {}).get("date_estimate"))[:7]
            if gd:
                t["meeting_date"].add_sets({pd} - {""}, {gd})
        result = {k: v.prf() for k, v in t.items()}
        result["person_resolution"] = _resolution(pred_docs, gold_docs)
        return result

    def _item(self, t: dict[str, Tally], n: str, g: Json, p: Json) -> None:
        _match_entries(
            t["persons_mentioned"],
            [norm(x.get("name")) for x in p.get("persons_mentioned") or []],
            [
                {norm(x.get("name")), *map(norm, x.get("also_written") or [])}
                for x in g.get("persons_mentioned") or []
            ],
        )
        _match_entries(
            t["organisations_mentioned"],
            [norm(x.get("surface")) for x in p.get("organisations_mentioned") or []],
            [
                {norm(x.get("surface")), *map(norm, x.get("other_surfaces") or [])}
                for x in g.get("organisations_mentioned") or []
            ],
        )
        t["municipalities_mentioned"].add_sets(
            {(n, self.org(x)) for x in p.get("municipalities_mentioned") or []},
            {(n, self.org(x)) for x in g.get("municipalities_mentioned") or []},
        )

        def dates(doc: Json) -> set[tuple[str, str, str]]:
            return {
                (n, norm(x.get("surface")), norm(x.get("iso")))
                for x in doc.get("dates_mentioned") or []
                if _MONTH_PRECISE.match(str(x.get("iso") or ""))
            }

        t["dates_mentioned"].add_sets(dates(p), dates(g))
        for key in ("decisions", "follow_ups"):
            borderline = [str(s) for s in g.get("borderline_" + key) or []]
            preds = [str(s) for s in p.get(key) or [] if not sentence_match([str(s)], borderline)[0]]
            tp, fp, fn = sentence_match(preds, [str(s) for s in g.get(key) or []])
            t[key].tp += tp
            t[key].fp += fp
            t[key].fn += fn


def _tokens(s: str) -> set[str]:
    return set(re.findall(r"\w+", norm(s)))


def sentence_match(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    """Greedy one-to-one matching by containment or token Jaccard ≥ 0.6 → (tp, fp, fn)."""
    unmatched = list(gold)
    tp = 0
    for p in pred:
        pt = _tokens(p)
        best, best_score = None, 0.0
        for g in unmatched:
            gt = _tokens(g)
            if not pt or not gt:
                continue
            contained = norm(p) in norm(g) or norm(g) in norm(p)
            balanced = min(len(pt), len(gt)) >= 0.5 * max(len(pt), len(gt))
            score = 1.0 if contained and balanced else len(pt & gt) / len(pt | gt)
            if score > best_score:
                best, best_score = g, score
        if best is not None and best_score >= 0.6:
            unmatched.remove(best)
            tp += 1
    return tp, len(pred) - tp, len(unmatched)


def _match_entries(tally: Tally, pred: list[str], gold: list[set[str]]) -> None:
    found = [False] * len(gold)
    for surface in dict.fromkeys(pred):
        hits = [i for i, accepted in enumerate(gold) if surface in accepted]
        if not hits:
            tally.fp += 1
        for i in hits:
            found[i] = True
    tally.tp += sum(found)
    tally.fn += len(found) - sum(found)


def _items(doc: Json) -> dict[str, Json]:
    return {norm(it.get("number")): it for it in doc.get("items") or []}


def _resolution(pred_docs: dict[str, Json], gold_docs: dict[str, Json]) -> tuple[float, float, float]:
    gold_id: dict[tuple[str, str], str] = {}
    pred_id: dict[tuple[str, str], str] = {}
    for name, gold in gold_docs.items():
        pred = pred_docs.get(name) or {}
        pmap = {
            norm(a.get("name")): norm(a.get("canonical_name") or a.get("name"))
            for s in ("present", "absent")
            for a in pred.get(s) or []
        }
        for s in ("present", "absent"):
            for a in gold.get(s) or []:
                key = (name, norm(a.get("name")))
                gold_id[key] = norm(a.get("canonical_name") or a.get("name"))
                if key[1] in pmap:
                    pred_id[key] = pmap[key[1]]
    t = Tally()
    for a, b in combinations(sorted(gold_id), 2):
        same_gold = gold_id[a] == gold_id[b]
        same_pred = a in pred_id and b in pred_id and pred_id[a] == pred_id[b]
        if same_gold and same_pred:
            t.tp += 1
        elif same_pred:
            t.fp += 1
        elif same_gold:
            t.fn += 1
    return t.prf()


def doc_key(name: str) -> str:
    """'minutes.txt', 'minutes' and 'dir/minutes.pdf' name the same document."""
    p = Path(name)
    return p.stem if p.suffix.lower() in _DOC_SUFFIXES else p.name


def load_dir(path: Path) -> dict[str, Json]:
    """Extraction or gold JSONs of a folder, keyed by document."""
    if not path.is_dir():
        raise ExtractError(f"{path} is not a folder")
    docs: dict[str, Json] = {}
    for f in sorted(path.glob("*.json")):
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ExtractError(f"cannot read {f.name}: {exc}", source=str(path)) from exc
        if isinstance(d, dict) and "items" in d:
            docs[doc_key(str(d.get("document") or f.stem))] = d
    return docs


def evaluate(
    pred_dir: Path, gold_dir: Path
) -> tuple[dict[str, tuple[float, float, float]], float, list[str]]:
    """Score a folder of predictions against a folder of gold → (fields, overall F1, missing documents)."""
    gold = load_dir(gold_dir)
    if not gold:
        raise ExtractError(f"no gold JSON in {gold_dir}")
    pred = load_dir(pred_dir)
    result = Scorer().score(pred, gold)
    overall = sum(f for _, _, f in result.values()) / len(result)
    return result, overall, [g for g in gold if g not in pred]


def format_table(
    result: dict[str, tuple[float, float, float]], overall: float, missing: Iterable[str]
) -> str:
    lines = [f"{'field':26} {'P':>6} {'R':>6} {'F1':>6}"]
    lines += [f"{k:26} {p:6.3f} {r:6.3f} {f:6.3f}" for k, (p, r, f) in result.items()]
    missing = list(missing)
    if missing:
        lines.append(f"no prediction for: {', '.join(missing)}")
    lines.append(f"overall F1={overall:.3f}")
    return "\n".join(lines)
