"""``infraledger extract`` (stored articles) and ``infraledger analyze`` (files, no database)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from crawler.context import EXIT_FAILED, EXIT_USAGE, Context

if TYPE_CHECKING:
    from extract.models import Analysis, ArticleText


@click.command()
@click.option(
    "--all", "redo_all", is_flag=True, help="Re-extract every article, not only stale ones."
)
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Worker processes (each loads its own spaCy pipelines).",
)
@click.pass_obj
def extract(obj: Context, redo_all: bool, workers: int) -> None:
    """Extract text, entities, money figures and claims from stored articles.

    Processes articles whose extraction is missing or was made by an older extractor version,
    in batches of one transaction each. Safe to interrupt and rerun.
    """
    from tqdm import tqdm

    from crawler.extraction import run_extract

    bar: tqdm[Any] | None = None

    def start(total: int) -> None:
        nonlocal bar
        if total:
            bar = tqdm(total=total, unit="article", file=sys.stderr, disable=None)

    def advance(n: int) -> None:
        if bar is not None:
            bar.update(n)

    try:
        result = run_extract(
            obj.db_path,
            redo_all=redo_all,
            workers=workers,
            progress=advance,
            total_callback=start,
        )
    finally:
        if bar is not None:
            bar.close()
    if obj.verbosity >= 0:
        click.echo(
            f"extracted {result.extracted} of {result.pending} pending articles "
            f"({result.figures} money figures, {result.failed} failed)"
        )
    if result.failed:
        sys.exit(EXIT_FAILED)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "table"]),
    default="json",
    show_default=True,
    help="json: one object per input per line; table: for people.",
)
@click.option("--lang", help="Language code (en, it, de, fr, es...); detected when omitted.")
@click.option(
    "--published",
    help="Publication date (YYYY-MM-DD) for USD conversion, when the file does not say.",
)
def analyze(paths: tuple[Path, ...], fmt: str, lang: str | None, published: str | None) -> None:
    """Analyze .txt or .html files without a database.

    A .txt file is analyzed exactly as read (UTF-8); an .html file goes through main-text
    extraction first, and offsets then index the "text" field of the output.
    """
    from extract.html import extract_article
    from extract.lang import detect_language
    from extract.pipeline import Extractor, byline_of, compose_text, parse_date

    if published is not None and parse_date(published) is None:
        raise click.BadParameter("expected YYYY-MM-DD", param_hint="--published")
    extractor = Extractor()
    failed = 0
    for path in paths:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            click.echo(f"error: {path}: {exc.strerror or exc}", err=True)
            failed += 1
            continue
        meta: ArticleText | None = None
        if path.suffix.lower() in {".html", ".htm", ".xhtml"}:
            meta = extract_article(raw)
            text, title_chars = compose_text(
                meta.title, meta.text, byline_of(meta.authors, meta.publisher)
            )
        else:
            text, title_chars = raw.decode("utf-8", errors="replace"), 0
        language = (lang or detect_language(text, meta.language if meta else None)).lower()
        date_str = published or (meta.published if meta else None)
        analysis = extractor.analyze(
            text, language, published=parse_date(date_str), title_chars=title_chars
        )
        record = analysis_record(str(path), analysis, meta, date_str)
        if fmt == "json":
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            click.echo(format_table(record))
    if failed:
        sys.exit(EXIT_FAILED if failed < len(paths) else EXIT_USAGE)


def analysis_record(
    path: str, analysis: Analysis, meta: ArticleText | None, published: str | None
) -> dict[str, Any]:
    """The JSON object ``analyze`` prints for one input."""
    names = {m.entity_id: m.canonical for m in analysis.entities if m.entity_id}
    money = []
    for fig, info in zip(analysis.money, analysis.figure_info, strict=True):
        money.append(
            {
                "start": fig.start,
                "end": fig.end,
                "text": fig.text,
                "amount": fig.amount,
                "amount_max": fig.amount_max,
                "currency": fig.currency,
                "currency_inferred": fig.currency_inferred,
                "amount_usd": fig.amount_usd,
                "amount_usd_max": fig.amount_usd_max,
                "scale_word": fig.scale_word,
                "qualifier": fig.qualifier,
                "approximate": fig.approximate,
                "kind": info.kind,
                "subject": info.subject,
                "period": info.period,
                "sentence_index": info.sentence_index,
            }
        )
    return {
        "path": path,
        "lang": analysis.lang,
        "title": meta.title if meta else None,
        "published": published,
        "authors": list(meta.authors) if meta else [],
        "publisher": meta.publisher if meta else None,
        "text": analysis.text,
        "money": money,
        "entities": [
            {
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "label": m.label,
                "canonical": m.canonical,
            }
            for m in analysis.entities
        ],
        "quantities": [
            {
                "start": q.start,
                "end": q.end,
                "text": q.text,
                "kind": q.kind,
                "value": q.value,
                "value_max": q.value_max,
                "unit": q.unit,
            }
            for q in analysis.quantities
        ],
        "claims": [
            {
                "start": c.start,
                "end": c.end,
                "sentence": c.sentence,
                "kind": c.kind,
                "subject": c.subject or names.get(c.subject_entity_id or ""),
                "attribution": c.attribution,
                "hedged": c.hedged,
                "figures": list(c.figure_indexes),
            }
            for c in analysis.claims
        ],
    }


def _amount(value: float | None) -> str:
    if value is None:
        return ""
    for scale, word in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:,.4g}{word}"
    return f"{value:,.2f}"


def format_table(record: dict[str, Any]) -> str:
    """A plain-text report of one analyzed file, for people."""
    lines = [f"== {record['path']}  [{record['lang']}]  {record.get('title') or ''}".rstrip()]
    if record.get("published"):
        lines.append(f"published {record['published']}")
    rows = [("figure", "amount", "cur", "USD", "kind", "subject", "qualifier")]
    for m in record["money"]:
        amount = _amount(m["amount"])
        if m["amount_max"] is not None:
            amount += f"-{_amount(m['amount_max'])}"
        rows.append(
            (
                m["text"],
                amount,
                m["currency"] + ("*" if m["currency_inferred"] else ""),
                _amount(m["amount_usd"]),
                m["kind"] or "",
                m["subject"] or "",
                m["qualifier"] or "",
            )
        )
    if len(rows) > 1:
        widths = [min(40, max(len(str(r[i])) for r in rows)) for i in range(len(rows[0]))]
        for row in rows:
            lines.append("  ".join(str(c)[:40].ljust(w) for c, w in zip(row, widths, strict=True)))
        lines.append("(* currency inferred from context)")
    else:
        lines.append("no money figures")
    entities = sorted({(e["canonical"] or e["text"], e["label"]) for e in record["entities"]})
    if entities:
        lines.append("entities: " + ", ".join(f"{n} ({lbl})" for n, lbl in entities))
    if record["quantities"]:
        lines.append("quantities: " + ", ".join(q["text"] for q in record["quantities"]))
    return "\n".join(lines) + "\n"
