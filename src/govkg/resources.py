"""resources: the one place that knows where the ontology, the queries and the data files live."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_PACKAGE = resources.files("govkg")
# In a source checkout (editable install) ontology/ and queries/ sit at the repository root; an
# installed wheel carries them inside the package (pyproject's force-include).
_REPO_ROOT = Path(__file__).resolve().parents[2]


def _dir(name: str) -> Path:
    packaged = Path(str(_PACKAGE / name))
    if packaged.is_dir():
        return packaged
    checkout = _REPO_ROOT / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"govkg resource folder {name!r} not found (broken install?)")


def ontology_dir() -> Path:
    """Folder with govkg.ttl, shapes.ttl and topics.ttl."""
    return _dir("ontology")


def queries_dir() -> Path:
    """Folder with the canned queries, one ``.rq`` file each."""
    return _dir("queries")


def data_dir() -> Path:
    """Folder with the gazetteers and registry tables (CSV), shipped inside the package."""
    return Path(str(_PACKAGE / "data"))
