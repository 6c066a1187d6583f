"""``infraledger export``: stable columns, plain numbers, filters, formats, clear errors."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from kb_fixture import build_kb

from crawler.cli import cli
from db.store import open_db

PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")  # "7000000000000", "7004399999999.999"


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_kb(tmp_path_factory.mktemp("export") / "kb.db")


def run(kb: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["--db", str(kb), "export", *args])
    return result.exit_code, result.stdout, result.stderr


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def view_columns(kb: Path, view: str) -> list[str]:
    db = open_db(kb)
    try:
        return [c.name for c in db.view(view).columns if c.name != "claim_rowid"]
    finally:
        db.close()


@pytest.mark.parametrize("what", ["figures", "claims", "entities", "articles", "clusters"])
def test_csv_has_the_view_columns_in_order_and_every_row(kb: Path, what: str) -> None:
    code, out, err = run(kb, what)
    assert code == 0, err
    header = next(csv.reader(io.StringIO(out)))
    assert header == view_columns(kb, f"{what}_view")
    db = open_db(kb)
    total = db.execute(f"select count(*) from {what}_view").fetchone()[0]
    db.close()
    assert len(rows_of(out)) == total
    assert f"exported {total} {what}" in err


def test_amounts_are_plain_decimals_and_dates_iso(kb: Path) -> None:
    code, out, _ = run(kb, "figures")
    assert code == 0
    rows = rows_of(out)
    for row in rows:
        for column in ("amount", "amount_usd"):
            assert PLAIN_NUMBER.match(row[column]), (column, row[column])
        assert re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", row["published_at"])
    euro = next(r for r in rows if r["currency"] == "EUR")
    assert euro["amount"] == "6500000000000"
    assert float(euro["amount_usd"]) == pytest.approx(6.5e12 * 1.0776)
    assert "," not in euro["amount"]
    assert "e+" not in out.lower()


@pytest.mark.parametrize("entity", ["nvidia", "Nvidia", "NVIDIA Corp.", "Nvidia's"])
def test_entity_matches_id_name_or_alias(kb: Path, entity: str) -> None:
    code, out, _ = run(kb, "figures", "--entity", entity)
    assert code == 0
    rows = rows_of(out)
    assert len(rows) == 4
    assert {r["subject"] for r in rows} == {"Nvidia"}


def test_since_until_and_lang_filters(kb: Path) -> None:
    code, out, _ = run(kb, "figures", "--since", "2024-03-01", "--until", "2024-03-04")
    assert code == 0
    assert sorted(r["surface"] for r in rows_of(out)) == [
        "$2 trillion",
        "2.000 miliardi di dollari",
    ]
    code, out, _ = run(kb, "claims", "--lang", "IT")
    assert {r["language"] for r in rows_of(out)} == {"it"}
    assert len(rows_of(out)) == 5  # headline + 3 sentences of article 3, one of article 9
    code, out, _ = run(kb, "clusters", "--lang", "fr")
    labels = {r["label"] for r in rows_of(out)}
    assert labels == {
        "Sam Altman · funding ask · $5-7 trillion",
        "Nvidia · market cap · $3.34 trillion",
    }
    code, out, _ = run(kb, "articles", "--entity", "TSMC")
    assert [r["id"] for r in rows_of(out)] == ["11"]
    code, out, _ = run(kb, "entities", "--since", "2025-01-01")
    assert {r["id"] for r in rows_of(out)} == {"microsoft", "openai"}  # undated: first seen now


def test_json_and_jsonl_keep_numbers_as_numbers(kb: Path, tmp_path: Path) -> None:
    target = tmp_path / "figures.json"
    code, _, err = run(
        kb, "figures", "--format", "json", "--entity", "sam-altman", "-o", str(target)
    )
    assert code == 0, err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data) == 9
    assert isinstance(data[0]["amount"], int)
    assert data[0]["amount"] == 5_000_000_000_000
    assert data[0]["published_at"] == "2024-02-08T22:14:00Z"
    code, out, _ = run(kb, "clusters", "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines
    assert all(isinstance(x["articles_count"], int) for x in lines)
    code, out, _ = run(kb, "figures", "--format", "json", "--lang", "xx")
    assert json.loads(out) == []


def test_csv_file_is_utf8_with_header(kb: Path, tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    code, _, _ = run(kb, "claims", "-o", str(target))
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("id,published_at,outlet,language,subject,kind,sentence")
    assert "El País Tecnología" in text
    assert not (tmp_path / "claims.csv.part").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["figures", "--since", "2024-13-01"], "--since '2024-13-01' is not an ISO 8601 date"),
        (["figures", "--until", "yesterday"], "--until 'yesterday' is not an ISO 8601 date"),
        (["figures", "--entity", "Nobody Inc"], "--entity 'Nobody Inc' matches no entity"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(kb: Path, args: list[str], message: str) -> None:
    code, out, err = run(kb, *args)
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_unknown_kind_and_missing_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "export", "figures"])
    assert result.exit_code == 2
    assert "no database at" in result.stderr
    assert not (tmp_path / "none.db").exists()
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "export", "pages"])
    assert result.exit_code == 2
