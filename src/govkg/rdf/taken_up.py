"""rdf.taken_up: a build's follow-ups, items, meetings and their dates → ``gk:takenUpAt`` (derived graph)."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from itertools import islice, takewhile
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode

from govkg.rdf.quads import QuadSink
from govkg.vocab import BESLUIT, DCT, GK

if TYPE_CHECKING:
    from govkg.rdf.derived import Facts

__all__ = ["taken_up"]


def _same_date(ds: list[tuple[str, str]], k: int) -> Iterable[tuple[str, str]]:
    """The (date, item) entries from ``k`` on that share the date of entry ``k``."""
    first_date = ds[k][0]
    return takewhile(lambda d: d[0] == first_date, islice(ds, k, None))


def taken_up(
    sink: QuadSink, facts: Facts, organizer: dict[NamedNode, NamedNode], dates: dict[NamedNode, Literal]
) -> None:
    """``gk:takenUpAt``: the first date after a follow-up's meeting at which a meeting of the same
    network dealt with an item that references the follow-up or shares a topic with its item; the
    items of that first later meeting that share a topic get ``dct:references`` to the follow-up
    (DESIGN §3: "a later item on the same topic may close it")."""
    items = facts.instances[BESLUIT.Agendapunt]
    meeting_of: dict[NamedNode, NamedNode] = {}
    for mt, listed in facts.pairs[BESLUIT.behandelt]:
        if isinstance(listed, NamedNode):
            meeting_of[listed] = mt
    topics: dict[NamedNode, set[NamedNode]] = defaultdict(set)
    # (network, topic) → (date, item) of every dated item on that topic
    dated: dict[tuple[NamedNode, NamedNode], list[tuple[str, str]]] = defaultdict(list)
    by_value: dict[str, NamedNode] = {}
    for subject, topic in facts.pairs[DCT.subject]:
        if subject in items and isinstance(topic, NamedNode):
            topics[subject].add(topic)
            m = meeting_of.get(subject)
            if m is not None and m in organizer and m in dates:
                dated[(organizer[m], topic)].append((dates[m].value, subject.value))
                by_value[subject.value] = subject
    first_after = {k: sorted(v) for k, v in dated.items()}
    references: dict[NamedNode, list[NamedNode]] = defaultdict(list)
    for later_item, f in facts.pairs[DCT.references]:
        if isinstance(f, NamedNode):
            references[f].append(later_item)
    for f in sorted(facts.instances[GK.FollowUp], key=lambda n: n.value):
        item = facts.part_of.get(f)
        meeting = meeting_of.get(item) if item is not None else None
        if item is None or meeting is None or meeting not in dates:
            continue  # an undated meeting: no later meeting to compare with
        date = dates[meeting].value
        later: list[tuple[str, str]] = []  # (date, item IRI) of the candidates
        network = organizer.get(meeting)
        for topic in topics.get(item, ()) if network is not None else ():
            ds = first_after.get((network, topic), [])  # type: ignore[arg-type]
            k = bisect_right(ds, (date, "\U0010ffff"))  # past every item of the follow-up's own date
            if k < len(ds):
                later.extend(_same_date(ds, k))
        explicit = [lm for lm in map(meeting_of.get, references.get(f, [])) if lm is not None and lm in dates]
        explicit_dates = [dates[lm].value for lm in explicit if dates[lm].value > date]
        first = min([d for d, _ in later] + explicit_dates, default=None)
        if first is None:
            continue
        sink.add(f, GK.takenUpAt, Literal(first))
        for d, iri in sorted(set(later)):
            if d == first:
                sink.add(by_value[iri], DCT.references, f)
