"""bench.synth: seed-like synthetic minutes for benchmarks (deterministic for a given seed).

The documents follow the genre of the example minutes — an attendance list of 13 municipalities,
six numbered items with external bodies, dates, decisions and follow-ups, a recorder — with a date
line so that every document is its own meeting. Names are drawn from small invented lists.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

MUNICIPALITIES = [
    "Ale",
    "Alingsås",
    "Göteborg",
    "Härryda",
    "Kungsbacka",
    "Kungälv",
    "Lerum",
    "Lilla Edet",
    "Mölndal",
    "Partille",
    "Stenungsund",
    "Tjörn",
    "Öckerö",
]
FIRST = [
    "Anna",
    "Maria",
    "Karin",
    "Eva",
    "Lena",
    "Sara",
    "Erik",
    "Lars",
    "Karl",
    "Johan",
    "Per",
    "Anders",
    "Ingrid",
    "Magnus",
    "Sofia",
    "Malin",
    "Henrik",
    "Åsa",
    "Jonas",
    "Linnea",
]
LAST = [
    "Andersson",
    "Berg",
    "Lindqvist",
    "Holm",
    "Ek",
    "Strand",
    "Sjöberg",
    "Nyström",
    "Lund",
    "Wallin",
    "Åberg",
    "Björk",
    "Forsberg",
    "Hedlund",
    "Sandberg",
    "Blom",
    "Dahl",
    "Engström",
    "Falk",
    "Kvist",
]
TITLES = [
    "Civilt försvar och krisberedskap",
    "Kompetensförsörjning",
    "Hälso- och sjukvårdsavtal",
    "Digitalisering och AI",
    "Stående punkter",
    "Energiförsörjning",
    "Kollektivtrafik",
    "Välfärdsbrottslighet",
    "Öppna data",
    "Övriga frågor och kommande möten",
]
BODIES = ["SKR", "Länsstyrelsen", "VGR", "MSB", "Västkom", "Trafikverket", "Försäkringskassan"]
MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]


def minutes(rng: random.Random, day: date) -> str:
    people = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in MUNICIPALITIES]
    absent = set(rng.sample(range(len(people)), 3))
    lines = ["Anteckningar", f"Datum: {day.isoformat()}", "", "NÄRVARANDE", ""]
    lines += [
        f"{p}, {m}" for i, (p, m) in enumerate(zip(people, MUNICIPALITIES, strict=True)) if i not in absent
    ]
    lines += ["Gitte Caous, GR", "", "EJ NÄRVARANDE", ""]
    lines += [f"{people[i]}, {MUNICIPALITIES[i]}" for i in sorted(absent)]
    for n, title in enumerate(rng.sample(TITLES, 6), start=1):
        body, who = rng.choice(BODIES), rng.choice(people)
        when = day + timedelta(days=rng.randint(7, 90))
        lines += [
            "",
            f"{n}. {title}",
            "",
            f"{who} informerar tillsammans med {rng.choice(people)} om arbetet med {body}. "
            f"Diskussion förs kring kommunernas behov av samordning i {rng.choice(MUNICIPALITIES)}.",
            "",
            f"Nätverket är eniga om att frågan ska lyftas till förbundsstyrelsen den {when.day} "
            f"{MONTHS[when.month - 1]}. {who} återkommer vid ett kommande möte.",
        ]
    lines += ["", "Antecknat av", "", "Therese Tanner, Förbundssekreterare", ""]
    return "\n".join(lines)


def generate(count: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(file name, text) of ``count`` minutes, one meeting a day from 2020-01-01 on."""
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    for k in range(count):
        day = start + timedelta(days=k)
        yield f"synthetic_{k:05d}.txt", minutes(rng, day)


def write(folder: Path, count: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(count, seed):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
