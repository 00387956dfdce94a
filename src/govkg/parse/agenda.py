"""parse.agenda: classified lines → the indices of the headings that form the agenda.

Numbered headings, dotted sub-items, word-numbered families ("Steg 1: …"), roman or letter ordinals,
timed agendas, labelled bullets and unnumbered headings all compete; the agenda is the longest chain
numbered n, n+1, n+2… whose headings carry bodies, and the chain that holds the other inside its items.
"""

from __future__ import annotations

from itertools import pairwise

from govkg.parse.lines import Kind, Line
from govkg.parse.ordinal_items import mark_items, ordinal_chain
from govkg.parse.plain_headings import plain_headings
from govkg.parse.table_agenda import mark_table_items, table_agenda
from govkg.parse.unnumbered import caps_headings, label_bullets, timed_items, unnumbered_headings


def choose_items(lines: list[Line]) -> list[int]:
    """The numbered headings that form the agenda: the longest run numbered n, n+1, n+2…"""
    candidates = [
        i for i, ln in enumerate(lines) if ln.kind is Kind.ITEM and ln.number and "." not in ln.number
    ]
    headings = unnumbered_headings(lines)
    plain = [i for i in candidates if not lines[i].family]
    ordinal = ordinal_chain(lines)
    if len(plain) < len(candidates):
        # "Steg 1: …, Steg 2: …" inside numbered items: a word-numbered family is the agenda only
        # where the plain numbering gives none
        chain = _chain_from(lines, plain, headings)
        if len(chain) >= 2:
            return _outer(lines, chain, ordinal)
    chain = _chain_from(lines, candidates, headings)
    table = table_agenda(lines)
    if len(table) > len(chain) and not _titles_repeated(lines, table, headings):
        # "| Nr | Punkt | … |": the rows of an agenda table are the items, unless headings below
        # repeat its titles (then the table is the agenda's list and the sections hold the text)
        return mark_table_items(lines, table)
    return _outer(lines, chain, ordinal) if chain else _outer(lines, _fallback(lines, headings), ordinal)


def _titles_repeated(
    lines: list[Line], table: list[tuple[int, str, tuple[int, int]]], headings: list[int]
) -> bool:
    titles = {
        lines[j].text[a - lines[j].start : b - lines[j].start].strip(" *_").lower() for j, _, (a, b) in table
    }
    repeated = sum(1 for i in headings if lines[i].text.strip(" *_").lower() in titles)
    return repeated >= 2


def _outer(lines: list[Line], chain: list[int], ordinal: list[int]) -> list[int]:
    """Arabic numbers or "I., II." / "A., B.": the chain that holds the other inside its items wins."""
    if not ordinal:
        return chain
    inside = chain and all(ordinal[0] < i < _span_end(lines, ordinal) for i in chain)
    around = chain and ordinal[0] > chain[0] and ordinal[-1] < _span_end(lines, chain)
    if not chain or inside or (not around and len(ordinal) > len(chain)):
        mark_items(lines, ordinal)
        return ordinal
    return chain


def _span_end(lines: list[Line], chain: list[int]) -> int:
    """Roughly where the last item of a chain ends: the next attendance or recorder cue, or the end."""
    return next(
        (j for j in range(chain[-1] + 1, len(lines)) if lines[j].kind in (Kind.ATTENDANCE, Kind.RECORDER)),
        len(lines),
    )


def _chain_from(lines: list[Line], candidates: list[int], headings: list[int]) -> list[int]:
    styled = [i for i in candidates if lines[i].heading_level]
    for pool in (styled, candidates):
        chain = _longest_chain(lines, pool)
        if any(lines[i].bare for i in chain) and not _bare_agenda(lines, chain):
            chain = _longest_chain(lines, [i for i in pool if not lines[i].bare])
        if len(headings) >= 2 and pool is candidates and _is_list(lines, chain):
            break  # a numbered list under headings ("Actionpoints: 1. … 2. …"), not the agenda
        if len(chain) >= 2 or (chain and (lines[chain[0]].heading_level or _isolated(lines, chain[0]))):
            return chain
    return []


def _fallback(lines: list[Line], headings: list[int]) -> list[int]:
    """No numbered agenda: a timed agenda, labelled bullets, unnumbered or plain topic headings."""
    if len(headings) < 2 and (timed := timed_items(lines)):
        return timed
    if len(headings) < 2 and (labelled := label_bullets(lines)):
        return labelled
    if len(headings) < 2 and (capitals := caps_headings(lines)):
        return capitals
    if len(headings) < 2 and (plain := plain_headings(lines)):
        return plain
    return headings


def _bare_agenda(lines: list[Line], chain: list[int]) -> bool:
    """ "1  Title" numbering is the agenda only as a chain whose headings each carry a body."""
    if len(chain) < 2:
        return False
    for k, i in enumerate(chain):
        stop = chain[k + 1] if k + 1 < len(chain) else len(lines)
        body = next((j for j in range(i + 1, stop) if lines[j].kind is not Kind.BLANK), None)
        if body is None or (lines[body].kind is Kind.ITEM and not _first_subitem(lines[i], lines[body])):
            return False
    return True


def _first_subitem(head: Line, sub: Line) -> bool:
    """ "1 Inledning" then "1.1 Föregående anteckningar": a dotted sub-item n.1 under n is its body."""
    return sub.number is not None and head.number is not None and sub.number == f"{head.number}.1"


def _is_list(lines: list[Line], chain: list[int]) -> bool:
    """Numbered lines with no body between them are a list; agenda items carry text.

    In a timetable ("09.15  2. Budget") the unnumbered rows between entries ("10.45  Paus",
    "12.00  Slut") are rows of the same list, not bodies.
    """
    return all(
        all(lines[j].kind is Kind.BLANK or (lines[j].clock and lines[a].clock) for j in range(a + 1, b))
        for a, b in pairwise(chain)
    )


def _longest_chain(lines: list[Line], pool: list[int]) -> list[int]:
    best: dict[int, list[int]] = {}
    for i in pool:
        n = int(lines[i].number or 0)
        prev = [best[j] for j in best if _last_number(lines[j]) == n - 1 and best[j][-1] == j]
        chain = [*max(prev, key=lambda c: (len(c), c[-1])), i] if prev else [i]  # ties: the nearest
        best[i] = chain
    chains = [c for i, c in best.items() if not any(best[j][-2:] == [i, j] for j in best if j != i)]
    longest = max(chains, key=lambda c: (len(c), -c[0]), default=[])
    if len(longest) >= 2 and _is_list(lines, longest):
        # "Dagordning: 1. … 2. …" above the sections repeats their numbers: a list of consecutive
        # lines is the agenda's list, the chain of headings that carry bodies is the items (it may
        # lack a closing entry of the list, "6. Mötets avslutande")
        bodied = [c for c in chains if len(c) >= max(2, len(longest) - 1) and not _is_list(lines, c)]
        if bodied:
            return max(bodied, key=lambda c: (len(c), -c[0]))
    return _repeated_below(lines, chains, longest)


def _last_number(line: Line) -> int:
    """The number the next heading continues from: "§§ 12–13" ends at 13."""
    return line.upto or int(line.number or 0)


def _repeated_below(lines: list[Line], chains: list[list[int]], first: list[int]) -> list[int]:
    """Two chains with the same titles, the attendance between them: the later one is the minutes.

    A programme at the top ("09.00  1. Budget" with a line under each entry) repeats the headings of
    the sections below the roll call; the sections, not the programme, hold the items' text.
    """
    if len(first) < 2:
        return first
    titles = [_title_key(lines[i]) for i in first]
    for chain in chains:
        if chain is first or len(chain) != len(first) or chain[0] <= first[-1]:
            continue
        if [_title_key(lines[i]) for i in chain] != titles:
            continue
        if any(lines[j].kind is Kind.ATTENDANCE for j in range(first[-1] + 1, chain[0])):
            return chain
    return first


def _title_key(line: Line) -> str:
    return line.text[line.rest[0] - line.start : line.rest[1] - line.start].lower() if line.rest else ""


def _isolated(lines: list[Line], i: int) -> bool:
    before = i == 0 or lines[i - 1].kind is Kind.BLANK
    after = i + 1 >= len(lines) or lines[i + 1].kind is Kind.BLANK
    return before and after
