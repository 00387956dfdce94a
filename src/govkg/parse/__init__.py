"""parse: Document → Minutes (meeting header, attendance, numbered items, recorder), with spans."""

from __future__ import annotations

from govkg.parse.structure import parse_minutes

__all__ = ["parse_minutes"]
