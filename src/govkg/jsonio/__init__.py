"""jsonio: Minutes ⇄ the extraction JSON (a superset of the gold schema, with spans).

Gold fields keep their names and meanings (../shared/gold/SCHEMA.md); spans and ids are extra keys:
``*_span`` is ``[start, end]`` in code points of the decoded source text. A JSON a person has
reviewed reads back with :func:`minutes_from_json`; a string without a span is looked up in the
source text, and one that does not occur there is an error, so provenance stays true.
"""

from __future__ import annotations

from govkg.jsonio.read import minutes_from_json
from govkg.jsonio.write import SCHEMA_VERSION, Json, minutes_to_json

__all__ = ["SCHEMA_VERSION", "Json", "minutes_from_json", "minutes_to_json"]
