"""urls: text → URLs (http, https, www.) as Quotes, without trailing punctuation or markdown wrapping.

>>> [q.text for q in find_urls("Se <https://a.se/x>, [film](http://b.se/f.webm) och www.c.se.")]
['https://a.se/x', 'http://b.se/f.webm', 'www.c.se']
"""

from __future__ import annotations

import re

from govkg.model import Quote, Span

__all__ = ["find_urls"]

_URL = re.compile(r"(?<![\w@/.])(?:https?://|www\.)[^\s<>\"'“”‘’`|\[\]{}]+", re.IGNORECASE)
_TRAILING = ".,;:!?*_~"


def _trim(url: str) -> str:
    """Drop trailing punctuation, and closing brackets that the URL did not open."""
    while url:
        last = url[-1]
        if last in _TRAILING or (last == ")" and url.count(")") > url.count("(")):
            url = url[:-1]
        else:
            break
    return url


def find_urls(text: str, offset: int = 0) -> list[Quote]:
    """Every URL in ``text``; spans are ``offset`` + positions in ``text``."""
    out: list[Quote] = []
    for m in _URL.finditer(text):
        url = _trim(m.group(0))
        if "." not in url.split("//", 1)[-1]:
            continue  # "http://" alone or a host without a dot is no link
        out.append(Quote(url, Span(offset + m.start(), offset + m.start() + len(url))))
    return out
