"""The offline HTML explorer: one self-contained page; in headless Chromium it finds, filters, shows."""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from govkg.cli import main
from govkg.export import Facts, build_explorer, project, render_explorer
from govkg.export.explorer import VIS_ASSET, asset, explorer_data
from govkg.export.public import ENV_SALT

pytest_plugins = ("tests.export_fixtures",)
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
READY = "window.govkg && window.govkg.isReady()"


def generated_graph(n: int = 2000, seed: int = 3) -> nx.Graph:
    """A seed-like graph of ``n`` nodes: meetings with topics, persons attending, municipalities."""
    rnd = random.Random(seed)
    g = nx.Graph()
    months = [f"20{y:02d}-{m:02d}" for y in range(18, 25) for m in range(1, 13)]
    topics = [f"topic/{i}" for i in range(40)]
    meetings = [f"meeting/{i}" for i in range(160)]
    munis = [f"kommun/{i}" for i in range(50)]
    persons = [f"person/{i}" for i in range(n - len(topics) - len(meetings) - len(munis))]
    for t in topics:
        g.add_node(t, kind="topic", label=f"topic {t[6:]}", iri=t)
    for i, m in enumerate(meetings):
        month = months[i % len(months)]
        g.add_node(m, kind="meeting", label=f"meeting {month}", first_seen=month, last_seen=month, iri=m)
        for t in rnd.sample(topics, 3):
            g.add_edge(m, t, relation="discussed", weight=1, meetings=[m])
    for k in munis:
        g.add_node(k, kind="municipality", label=f"municipality {k[7:]}", municipality=k, iri=k)
    for p in persons:
        ms = rnd.sample(meetings, 2)
        muni = rnd.choice(munis)
        dates = sorted(g.nodes[m]["first_seen"] for m in ms)
        g.add_node(
            p,
            kind="person",
            label=f"person {p[7:]}",
            municipality=muni,
            iri=p,
            first_seen=dates[0],
            last_seen=dates[-1],
            sources=[{"text": f"person {p[7:]}, {muni}", "meeting": g.nodes[ms[0]]["label"]}],
        )
        g.add_edge(p, muni, relation="represents", weight=2, meetings=ms)
        for m in ms:
            g.add_edge(p, m, relation="attended", weight=1, meetings=[m], status="present")
    assert g.number_of_nodes() == n
    return g


# ---------------------------------------------------------------- the file itself
def test_the_page_is_one_file_that_loads_nothing(example_facts: Facts) -> None:
    html = build_explorer(example_facts)
    assert html.count("<script") == 3  # data, vis-network, the app: all inline
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)=", html, re.IGNORECASE)
    assert "sourceMappingURL" not in html
    assert "default-src 'none'" in html  # the page may not fetch anything, even by accident
    assert asset(VIS_ASSET)[:2000] in html  # the vendored library, inlined as shipped
    readme = asset("README.md")
    assert "vis-network" in readme and "10.1.5" in readme and "npm" in readme
    assert "Permission is hereby granted" in asset("vis-network.LICENSE-MIT")


def test_explorer_data_of_the_examples(example_facts: Facts) -> None:
    g = project(example_facts, "overview")
    from govkg.export.explorer import attach_sources

    attach_sources(g, example_facts)
    data = explorer_data(g)
    kinds = [n["kind"] for n in data["nodes"]]
    assert kinds.count("municipality") == 13
    assert len(data["edges"]) == g.number_of_edges()
    persons = [n for n in data["nodes"] if n["kind"] == "person"]
    # every person has the quote of an attendance line or a mention, and it holds their name
    assert all(n["sources"] for n in persons)
    assert sum(any(n["label"] in s["text"] for s in n["sources"]) for n in persons) >= len(persons) * 0.8
    assert data["topics"] and all(t["count"] > 0 for t in data["topics"])
    assert data["span"]["from"] <= data["span"]["to"]


def test_public_page_has_no_person_name(example_facts: Facts, attendance_names: list[str]) -> None:
    html = build_explorer(example_facts, public_key=b"k").casefold()
    assert not [n for n in attendance_names if n.casefold() in html]
    assert "public mode" in asset("explorer.js")


def test_cli_explore_writes_the_page(
    example_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, attendance_names: list[str]
) -> None:
    monkeypatch.delenv(ENV_SALT, raising=False)
    out = tmp_path / "out" / "explorer.html"
    assert main(["explore", "--store", str(example_store), "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["explore", "--public", "--store", str(example_store), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8").casefold()
    assert not [n for n in attendance_names if n.casefold() in text]


# ---------------------------------------------------------------- in headless Chromium
@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("GOVKG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"GOVKG_REQUIRE_BROWSER=1 but {CHROMIUM} is missing (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


def _open(browser: Any, path: Path) -> tuple[Any, list[str], list[str]]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_function(READY, timeout=120_000)
    return page, requests, errors


def _offline(requests: list[str], path: Path) -> list[str]:
    return [u for u in requests if u != path.as_uri() and not u.startswith("data:")]


def _legend(page: Any) -> dict[str, int]:
    counts: dict[str, str] = page.evaluate(
        "Object.fromEntries([...document.querySelectorAll('#legend li')]"
        ".map(li => [li.dataset.kind, li.dataset.count]))"
    )
    return {k: int(v) for k, v in counts.items()}


def _click_node(page: Any, node_id: str) -> None:
    """Bring the node into view, then click it on the canvas like a person would."""
    page.evaluate("id => window.govkg.network.focus(id, {scale: 2, animation: false})", node_id)
    pos = page.evaluate("id => window.govkg.domPosition(id)", node_id)
    page.mouse.click(pos["x"], pos["y"])
    page.wait_for_function("id => document.querySelector('#details').dataset.id === id", arg=node_id)


@pytest.mark.browser
def test_explorer_of_the_examples_in_chromium(browser: Any, example_facts: Facts, tmp_path: Path) -> None:
    path = tmp_path / "explorer.html"
    path.write_text(build_explorer(example_facts), encoding="utf-8")
    page, requests, errors = _open(browser, path)
    g = project(example_facts, "overview")
    persons = sorted((d["label"], n) for n, d in g.nodes(data=True) if d["kind"] == "person")

    legend = _legend(page)
    assert legend["municipality"] == 13
    assert legend["person"] == len(persons)
    for label, node_id in persons:  # every person can be found by name
        page.fill("#search", label)
        assert page.locator(f'#results li[data-id="{node_id}"]').count() == 1, label

    label, node_id = persons[0]
    page.fill("#search", label)
    page.click(f'#results li[data-id="{node_id}"]')
    page.fill("#search", "")
    _click_node(page, node_id)
    details = page.inner_text("#details")
    expected = example_facts.sources()[node_id][0].sentence()
    assert label in details and expected in details
    # the source sentence is the minutes' own words about this person, in the spelling found there
    assert any(name in expected for name in example_facts.person_names[node_id])

    # the topic filter keeps a topic, its meetings and the people at them; the reset brings all back
    total = len(page.evaluate("window.govkg.visibleIds()"))
    page.select_option("#topic", index=1)
    narrowed = page.evaluate("window.govkg.visibleIds()")
    assert 0 < len(narrowed) < total
    page.click("#reset")
    assert len(page.evaluate("window.govkg.visibleIds()")) == total

    page.fill("#search", label)
    page.click(f'#results li[data-id="{node_id}"]')
    page.screenshot(path=str(tmp_path / "explorer.png"))
    assert (tmp_path / "explorer.png").stat().st_size > 10_000
    assert not errors
    assert not page.evaluate("window.govkg.violations")
    assert not _offline(requests, path)


@pytest.mark.browser
def test_explorer_stays_usable_at_2000_nodes(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    g = generated_graph(2000)
    path.write_text(render_explorer(g), encoding="utf-8")
    page, requests, errors = _open(browser, path)
    assert sum(_legend(page).values()) == 2000
    # physics is off once laid out: nothing keeps moving
    assert page.evaluate("window.govkg.network.physics.physicsEnabled") is False

    _click_node(page, "person/7")
    assert "person 7" in page.inner_text("#details")

    page.fill("#time-from", "2024-01")
    later = _legend(page)
    in_2024 = [n for n, d in g.nodes(data=True) if d["kind"] == "meeting" and d["first_seen"] >= "2024-01"]
    assert later["meeting"] == len(in_2024)
    assert 0 < later["person"] < 2000 - 250
    assert len(page.evaluate("window.govkg.visibleIds()")) == sum(later.values())  # what the canvas shows
    page.evaluate("window.govkg.network.fit({animation: false})")
    page.screenshot(path=str(tmp_path / "big.png"))
    assert not errors
    assert not _offline(requests, path)
