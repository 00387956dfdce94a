"""extract: Minutes → Minutes with mentions (persons, organisations, municipalities, dates, topics,
decisions, follow-ups, URLs), each with its exact span in the source text.

The finders are small modules (``extract.dates``, ``extract.persons``…) that the parser may use on
their own; ``extract_mentions`` runs them all and is imported lazily so that they stay light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govkg.extract.mentions import extract_mentions

__all__ = ["extract_mentions"]


def __getattr__(name: str) -> Any:
    if name == "extract_mentions":
        from govkg.extract.mentions import extract_mentions

        return extract_mentions
    raise AttributeError(name)
