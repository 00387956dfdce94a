"""parse.recorder_rule: a signature row with its signing rule on a line of its own → the recorder."""

from __future__ import annotations

import re

from govkg.model import Recorder
from govkg.parse.entry import name_length
from govkg.parse.lines import Kind
from govkg.parse.textdoc import LinedText

DOTTED_RULE = re.compile(r"^[._…\s]{4,}$")


def _is_rule(d: LinedText, k: int) -> bool:
    return (
        0 <= k < len(d.lines)
        and d.lines[k].kind is not Kind.BLANK
        and bool(DOTTED_RULE.match(d.lines[k].text))
    )


def _whole_name(d: LinedText, k: int) -> tuple[int, int] | None:
    """The span of line ``k`` when the line is a person's name and nothing else."""
    if not 0 <= k < len(d.lines) or d.lines[k].kind is Kind.BLANK:
        return None
    line = d.lines[k]
    a = line.start + (len(line.text) - len(line.text.lstrip()))
    b = line.start + len(line.text.rstrip())
    n = name_length(d.norm.text, a, b)
    return (a, a + n) if n and a + n == b else None


def signed_above(d: LinedText, i: int) -> Recorder | None:
    """The name of a signature row whose role label ``i`` stands UNDER it.

    Protocols print a signature row in three orders: role / rule / name (read downwards by the
    caller), name / rule / role and rule / name / role. A rule right under the role label means
    the first order (the name is below), so only a label without a rule under it looks upwards.
    """
    if _is_rule(d, i + 1):
        return None
    if _is_rule(d, i - 1):
        found = _whole_name(d, i - 2)  # "Anna Berg" / "……" / "Sekreterare"
    elif _is_rule(d, i - 2):
        found = _whole_name(d, i - 1)  # "……" / "Anna Berg" / "Sekreterare"
    else:
        return None
    if found is None:
        return None
    line = d.lines[i]
    cue_end = line.start + len(line.text.rstrip())
    return Recorder(name=d.quote(*found), role=d.quote(line.start, cue_end))
