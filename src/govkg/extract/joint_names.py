"""extract.joint_names: text + a town match → whether the town is half of a joint body's short name."""

from __future__ import annotations

import re

from govkg.gazetteer import Gazetteer, Municipality

__all__ = ["in_joint_name"]

# "Alingsås-Vårgårdas kampanj": two towns joined by a hyphen and written in the genitive before a
# noun name the body they share (a federation's short name), not either town (GUIDELINES §6).
_JOINT = re.compile(r"(?<![\w-])([A-ZÅÄÖ][\wåäö]+)-([A-ZÅÄÖ][\wåäö]+?)s(?=\s+[a-zåäö])")


def in_joint_name(text: str, start: int, end: int) -> bool:
    """Is the municipality at ``start``..``end`` one half of "<Town>-<Town>s <noun>"?"""
    window = max(0, start - 40)
    for m in _JOINT.finditer(text, window, min(len(text), end + 40)):
        if m.start() <= start and end <= m.end() + 1:
            gaz = Gazetteer.load()
            return all(isinstance(gaz.lookup(w), Municipality) for w in (m.group(1), m.group(2)))
    return False
