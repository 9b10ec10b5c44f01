"""`crosswire serve`: its options, and a database it cannot open reported in one line with exit code 2."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from crosswire.cli import EXIT_ERROR, app

runner = CliRunner()


def test_serve_offers_db_host_and_port() -> None:
    result = runner.invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    assert all(option in result.output for option in ("--db", "--host", "--port"))


def test_serve_reports_a_database_it_cannot_open(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "missing-folder" / "x.db"), "--port", "1"])
    assert result.exit_code == EXIT_ERROR
    assert "does not exist" in result.output and "Traceback" not in result.output


def test_serve_refuses_a_port_out_of_range() -> None:
    result = runner.invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2 and "65535" in result.output
