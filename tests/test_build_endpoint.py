"""`govkg build --endpoint URL` pushes the build to a second, real Oxigraph server."""

from __future__ import annotations

from pathlib import Path

import pytest

from govkg.cli import main
from govkg.endpoint import select
from govkg.serve import start_server
from tests.conftest import EXAMPLES

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
MEETINGS = "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a <http://schema.org/Event> } }"


@pytest.mark.server
def test_build_pushes_every_named_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with start_server(None, writable=True) as server:
        args = ["build", str(EXAMPLES), "--store", str(tmp_path / "local"), "--body", "GR kommunchefsgrupp"]
        assert main([*args, "--endpoint", server.url]) == 0
        assert "pushed" in capsys.readouterr().out
        remote = int(select(server.endpoint_url, COUNT).values()[0][0])
        meetings = int(select(server.endpoint_url, MEETINGS).values()[0][0])
        assert meetings == 5
        # a second push replaces the graphs whole: nothing is doubled
        assert main([*args, "--endpoint", server.url]) == 0
        assert int(select(server.endpoint_url, COUNT).values()[0][0]) == remote


def test_an_unreachable_endpoint_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from govkg.serve import free_port

    url = f"http://127.0.0.1:{free_port('127.0.0.1')}/"
    args = [
        "build",
        str(EXAMPLES / "000_38c23c9cf6929621.txt"),
        "--store",
        str(tmp_path / "s"),
        "--endpoint",
        url,
    ]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len([ln for ln in err.splitlines() if "error" in ln]) == 1
