"""bench: synthetic seed-like Minutes → on-disk store; docs/s, quads/s, and pyoxigraph's own bulk_load.

Measures the RDF half of a build (mapping, loading, derived graph, description), not the parser:
the Minutes are generated here with their spans, seed-like in size (17 attendees from 13
municipalities, 6 items with mentions, decisions and follow-ups). Then it loads the very same quads
with ``Store.bulk_load`` into a fresh store, for the ratio DESIGN §7 asks for.

    .venv/bin/python bench/bench_build.py -n 2000
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from pathlib import Path

from pyoxigraph import RdfFormat, Store

from govkg.model import (
    Attendee,
    Document,
    Item,
    Meeting,
    Minutes,
    MunicipalityMention,
    OrgMention,
    PersonMention,
    Quote,
    Recorder,
    Span,
    Statement,
    TopicRef,
)
from govkg.pipeline import load_minutes
from govkg.rdf.orgs import gazetteer_lookup
from govkg.store import open_store

MUNICIPALITIES = [("Ale", "1440"), ("Alingsås", "1489"), ("Göteborg", "1480"), ("Härryda", "1401"),
                  ("Kungsbacka", "1384"), ("Kungälv", "1482"), ("Lerum", "1441"), ("Lilla Edet", "1462"),
                  ("Mölndal", "1481"), ("Partille", "1402"), ("Stenungsund", "1415"), ("Tjörn", "1407"),
                  ("Öckerö", "1407")]  # fmt: skip
FIRST = ["Anna", "Bo", "Carin", "David", "Eva", "Fredrik", "Gun", "Hans", "Ida", "Jonas", "Karin", "Lars"]
LAST = ["Ek", "Berg", "Lind", "Holm", "Sjö", "Dahl", "Ström", "Nord", "Wall", "Björk"]
TOPICS = ["civilt-forsvar", "kompetensforsorjning", "digitalisering", "klimat", "ekonomi", "samverkan"]


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def put(self, s: str) -> Quote:
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        return Quote(s, Span(start, self.pos))


def synthetic(i: int, rng: random.Random) -> Minutes:
    w = _Writer()
    w.put("Anteckningar\n\nNÄRVARANDE\n\n")
    present, absent = [], []
    for k in range(17):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        muni, code = MUNICIPALITIES[k % 13]
        n = w.put(name)
        w.put(", ")
        a = w.put(muni)
        w.put("\n")
        slug = name.lower().replace(" ", "-").replace("ö", "o").replace("å", "a")
        att = Attendee(
            n,
            "absent" if k >= 14 else "present",
            a,
            muni,
            f"kommun-{code}",
            line=Span(n.span.start, a.span.end),
            canonical_name=name,
            person_id=slug,
        )
        (absent if k >= 14 else present).append(att)
    items = []
    for number in range(1, 7):
        w.put("\n")
        head = w.put(f"{number}. ")
        title = w.put(f"Punkt om {TOPICS[number - 1]}")
        w.put("\n\n")
        p = w.put(f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        w.put(" från ")
        org = w.put("MSB")
        w.put(" informerar om läget i ")
        muni = w.put("Göteborg")
        w.put(". ")
        dec = w.put("Gruppen beslutar att gå vidare.")
        w.put(" ")
        fu = w.put("Frågan återkommer vid nästa möte.")
        w.put("\n")
        person = PersonMention(p, canonical_name=p.text, person_id=p.text.lower().replace(" ", "-"))
        msb = OrgMention(org, "Myndigheten för samhällsskydd och beredskap", "national_agency", "msb")
        topics = [TopicRef(TOPICS[number - 1], TOPICS[number - 1], [title]), TopicRef(rng.choice(TOPICS), "")]
        items.append(
            Item(
                str(number), number, title, Span(head.span.start, title.span.end),
                Span(head.span.start, w.pos),
                persons_mentioned=[person], organisations_mentioned=[msb],
                municipalities_mentioned=[MunicipalityMention("Göteborg", muni, "1480")], topics=topics,
                decisions=[Statement(dec, "beslutar")],
                follow_ups=[Statement(fu, "återkommer", agent="group", agent_id="group")],
            )
        )  # fmt: skip
    w.put("\nAntecknat av\n")
    rec = w.put("Frida Sekreterare")
    text = "".join(w.parts)
    raw = text.encode()
    doc = Document(
        f"synthetic/{i}.txt", str(i), f"{i}.txt", text, hashlib.sha256(raw).hexdigest(), "text/plain", "utf-8"
    )
    year, month = 2015 + (i // 120), 1 + (i // 10) % 12
    meeting = Meeting(
        body="GR kommunchefsgrupp", date=f"{year}-{month:02d}-{1 + i % 10:02d}", date_precision="day"
    )
    return Minutes(doc, meeting, present, absent, Recorder(rec, canonical_name=rec.text), items)


def run(n: int, seed: int = 1, *, rdflib_parse: bool = False) -> dict[str, float]:
    """Build ``n`` synthetic minutes into a fresh on-disk store, then bulk_load the same quads into
    another one (and, optionally, parse them with rdflib); the figures as a dict."""
    rng = random.Random(seed)
    minutes = [synthetic(i, rng) for i in range(n)]
    lookup = gazetteer_lookup()
    out: dict[str, float] = {"documents": n}
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        with open_store(Path(tmp) / "kg") as kg:
            report = load_minutes(minutes, kg, lookup=lookup)
            out["build_s"] = time.perf_counter() - t0
            nquads = kg.store.dump(format=RdfFormat.N_QUADS) or b""
        del minutes
        out["quads"] = report.triples
        t1 = time.perf_counter()
        Store(str(Path(tmp) / "bulk")).bulk_load(nquads, format=RdfFormat.N_QUADS)
        out["bulk_load_s"] = time.perf_counter() - t1
        if rdflib_parse:
            from rdflib import Dataset

            t2 = time.perf_counter()
            Dataset().parse(data=nquads, format="nquads")
            out["rdflib_parse_s"] = time.perf_counter() - t2
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-n", type=int, default=500, help="number of minutes documents")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rdflib", action="store_true", help="also time rdflib parsing the N-Quads")
    args = parser.parse_args()
    r = run(args.n, args.seed, rdflib_parse=args.rdflib)
    n, quads, build_s, bulk_s = args.n, r["quads"], r["build_s"], r["bulk_load_s"]
    print(
        f"build (map + load + derived + describe): {n} docs, {quads:.0f} quads in {build_s:.2f} s "
        f"= {n / build_s:.0f} docs/s, {quads / build_s:.0f} quads/s"
    )
    print(f"pyoxigraph bulk_load of the same N-Quads: {bulk_s:.2f} s = {quads / bulk_s:.0f} quads/s")
    print(f"build rate / bulk_load rate: {bulk_s / build_s:.0%}")
    if "rdflib_parse_s" in r:
        print(f"rdflib Dataset parse of the same N-Quads: {r['rdflib_parse_s']:.2f} s")


if __name__ == "__main__":
    main()
