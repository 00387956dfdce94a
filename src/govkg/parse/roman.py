"""parse.roman: roman numeral → its value (I–XXXIX, as agendas and item notes write them)."""

from __future__ import annotations

_DIGITS = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def _roman(n: int) -> str:
    out = ""
    for token, value in _DIGITS:
        while n >= value:
            out, n = out + token, n - value
    return out


ROMAN = {_roman(n): n for n in range(1, 40)}
