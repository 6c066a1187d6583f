"""Claim quality: each money figure's kind and subject, each claim's attribution and hedge.

    python -m benchmarks.eval_claims [--errors] [--lang it] [--part dev|site]

Two measurements, both through the real pipeline (``extract.pipeline.Extractor``):

* **dev** (``tests/data/claims_dev.jsonl``, built by ``tests/data/dev_claims.py``): hand-labelled
  news sentences, 40+ per language. Each case labels the figures of one claim sentence (offsets
  into ``text``) with ``kind`` and ``subject``, and the sentence with ``attribution`` and
  ``hedged``. A text may open with a context sentence (the subject named before the figure).
* **site** (``tests/data/sample_site_gold.jsonl``): the bundled sample site's articles
  (``crawler/sample_site/``), read as the crawler reads them (``extract.html.extract_article``,
  ``compose_text`` with the byline), each gold figure located in the text by its surface, left
  to right. The site gold labels kind, subject and hedge per figure, no attribution.

Alignment: a gold figure is matched to the first unmatched predicted figure whose span overlaps
it. A gold figure with no predicted figure counts wrong for every measure (the money parser's
misses are reported, not hidden). Subjects compare casefolded, without a trailing legal form
("SoftBank Group" = "SoftBank"); ``None`` equals only ``None``. Attribution and hedge are scored
once per dev case on the claim that holds its first gold figure; on the site, hedge per figure.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEV_FILE = DATA / "claims_dev.jsonl"
SITE_GOLD = DATA / "sample_site_gold.jsonl"
SITE_ROOT = ROOT / "crawler" / "sample_site"
LANGS = ("en", "it", "de", "fr", "es")
OVERALL = "overall"
MEASURES = ("kind", "subject", "attribution", "hedged")
DEV_PUBLISHED = date(2024, 6, 3)  # the dev sentences' notional publication date (for FX only)

Case = dict[str, Any]

# Legal forms and descriptors at the end of a name are naming, not identity: "SoftBank Group"
# = "SoftBank", "NVIDIA Corp." = "Nvidia" (the same rule as benchmarks.eval_extract).
_SUFFIX = re.compile(
    r"(?:[\s,]+(?:group|holdings?|inc\.?|corp\.?|corporation|co\.?|company|ltd\.?|limited|plc"
    r"|ag|se|sa|s\.?p\.?a\.?|n\.?v\.?))+$"
)


@dataclass
class Tally:
    """Right and total counts per measure."""

    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))

    def add(self, measure: str, ok: bool) -> None:
        self.total[measure] += 1
        self.right[measure] += ok

    def accuracy(self, measure: str) -> float | None:
        n = self.total[measure]
        return self.right[measure] / n if n else None

    def merge(self, other: Tally) -> None:
        for m in MEASURES:
            self.right[m] += other.right[m]
            self.total[m] += other.total[m]


@dataclass
class Report:
    """Tallies per language (plus ``overall``) and one line per error."""

    tallies: dict[str, Tally] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    unmatched: int = 0

    def tally(self, lang: str) -> Tally:
        return self.tallies.setdefault(lang, Tally())

    def finish(self) -> Report:
        overall = Tally()
        for lang in LANGS:
            overall.merge(self.tally(lang))
        self.tallies[OVERALL] = overall
        return self


def norm_name(name: str | None) -> str | None:
    """Casefolded name without a trailing legal form: "SoftBank Group" -> "softbank"."""
    if name is None:
        return None
    folded = " ".join(name.split()).casefold()
    return _SUFFIX.sub("", folded) or folded


def same_name(a: str | None, b: str | None) -> bool:
    """Two canonical names denote the same subject or source (``None`` only equals ``None``)."""
    return norm_name(a) == norm_name(b)


def load_cases(path: Path = DEV_FILE) -> list[Case]:
    """The labelled claim cases."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _extractor() -> Any:
    from extract.pipeline import Extractor

    return Extractor()


def _align(preds: Sequence[Any], spans: Iterable[tuple[int, int]]) -> list[int | None]:
    """For each gold span, the index of the first unused predicted figure overlapping it."""
    used: set[int] = set()
    out: list[int | None] = []
    for start, end in spans:
        hit = next(
            (i for i, p in enumerate(preds) if i not in used and p.start < end and start < p.end),
            None,
        )
        if hit is not None:
            used.add(hit)
        out.append(hit)
    return out


def _claim_of(analysis: Any, index: int) -> Any:
    return next((c for c in analysis.claims if index in c.figure_indexes), None)


def evaluate_dev(cases: list[Case], extractor: Any | None = None) -> Report:
    """Run the pipeline on every dev case and score kind, subject, attribution and hedge."""
    extractor = extractor or _extractor()
    report = Report()
    for case in cases:
        lang, text = case["lang"], case["text"]
        tally = report.tally(lang)
        analysis = extractor.analyze(text, lang, published=DEV_PUBLISHED)
        golds = case["figures"]
        hits = _align(analysis.money, [(g["start"], g["end"]) for g in golds])
        wrong: list[str] = []
        for gold, hit in zip(golds, hits, strict=True):
            if hit is None:
                report.unmatched += 1
                tally.add("kind", False)
                tally.add("subject", False)
                wrong.append(f"no figure for {gold['surface']!r}")
                continue
            info = analysis.figure_info[hit]
            tally.add("kind", info.kind == gold["kind"])
            tally.add("subject", same_name(info.subject, gold["subject"]))
            if info.kind != gold["kind"]:
                wrong.append(f"kind {gold['surface']!r}: {info.kind} (gold {gold['kind']})")
            if not same_name(info.subject, gold["subject"]):
                wrong.append(
                    f"subject {gold['surface']!r}: {info.subject} (gold {gold['subject']})"
                )
        first = hits[0] if hits else None
        claim = _claim_of(analysis, first) if first is not None else None
        attribution = claim.attribution if claim else None
        hedged = claim.hedged if claim else None
        tally.add("attribution", claim is not None and same_name(attribution, case["attribution"]))
        tally.add("hedged", hedged == case["hedged"])
        if claim is None or not same_name(attribution, case["attribution"]):
            wrong.append(f"attribution: {attribution} (gold {case['attribution']})")
        if hedged != case["hedged"]:
            wrong.append(f"hedged: {hedged} (gold {case['hedged']})")
        if wrong:
            report.errors.append(
                f"[{case['id']}] {text!r}\n" + "\n".join(f"    {w}" for w in wrong)
            )
    return report.finish()


def site_documents() -> list[tuple[Case, str, int, date | None]]:
    """(gold, analyzed text, title length, publication date) per sample-site article."""
    from extract.html import extract_article
    from extract.pipeline import byline_of, compose_text, parse_date

    out: list[tuple[Case, str, int, date | None]] = []
    for gold in load_cases(SITE_GOLD):
        rel = gold["path"].lstrip("/")
        page = SITE_ROOT / rel / "index.html" if rel.endswith("/") else SITE_ROOT / rel
        meta = extract_article(page.read_bytes())
        text, title_chars = compose_text(
            meta.title, meta.text, byline_of(meta.authors, meta.publisher)
        )
        out.append((gold, text, title_chars, parse_date(gold.get("published_date"))))
    return out


def _locate(text: str, surfaces: Iterable[str]) -> list[tuple[int, int]]:
    """Each surface found left to right, each search starting after the previous hit."""
    spans, pos = [], 0
    for surface in surfaces:
        at = text.find(surface, pos)
        if at == -1:
            spans.append((-1, -1))  # not in the text (e.g. a standfirst the page text lacks)
            continue
        spans.append((at, at + len(surface)))
        pos = at + len(surface)
    return spans


def evaluate_site(extractor: Any | None = None) -> Report:
    """Run the pipeline on the sample site's articles and score kind, subject and hedge."""
    extractor = extractor or _extractor()
    report = Report()
    for gold, text, title_chars, published in site_documents():
        lang = gold["lang"]
        tally = report.tally(lang)
        analysis = extractor.analyze(text, lang, published=published, title_chars=title_chars)
        golds = gold["money"]
        spans = _locate(text, (g["surface"] for g in golds))
        hits = _align(analysis.money, spans)
        wrong: list[str] = []
        for g, span, hit in zip(golds, spans, hits, strict=True):
            if span[0] < 0:
                continue  # the extracted text does not hold this figure: not a claim error
            label = f"{g['surface']!r} ({g['where']})"
            if hit is None:
                report.unmatched += 1
                for m in ("kind", "subject", "hedged"):
                    tally.add(m, False)
                wrong.append(f"no figure for {label}")
                continue
            info = analysis.figure_info[hit]
            claim = _claim_of(analysis, hit)
            hedged = bool(claim and claim.hedged)
            tally.add("kind", info.kind == g["kind"])
            tally.add("subject", same_name(info.subject, g["subject"]))
            tally.add("hedged", hedged == g["hedged"])
            if info.kind != g["kind"]:
                wrong.append(f"kind {label}: {info.kind} (gold {g['kind']})")
            if not same_name(info.subject, g["subject"]):
                wrong.append(f"subject {label}: {info.subject} (gold {g['subject']})")
            if hedged != g["hedged"]:
                wrong.append(f"hedged {label}: {hedged} (gold {g['hedged']})")
        if wrong:
            report.errors.append(f"[{gold['path']}]\n" + "\n".join(f"    {w}" for w in wrong))
    return report.finish()


def _fmt(acc: float | None) -> str:
    return "   -  " if acc is None else f"{acc:6.3f}"


def print_table(title: str, report: Report, measures: Sequence[str] = MEASURES) -> None:
    print(f"\n{title}")
    print(f"{'lang':8}" + "".join(f"{m:>13}" for m in measures) + f"{'n':>6}")
    for lang in (*LANGS, OVERALL):
        t = report.tallies[lang]
        row = "".join(f"{_fmt(t.accuracy(m)):>13}" for m in measures)
        print(f"{lang:8}{row}{t.total['kind']:>6}")
    if report.unmatched:
        print(f"(gold figures the money parser did not find: {report.unmatched})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.eval_claims")
    parser.add_argument("--errors", action="store_true", help="list every wrong figure")
    parser.add_argument("--lang", choices=LANGS, help="only this language")
    parser.add_argument("--part", choices=("dev", "site"), help="only one measurement")
    args = parser.parse_args(argv)
    extractor = _extractor()
    if args.part in (None, "dev"):
        cases = [c for c in load_cases() if args.lang in (None, c["lang"])]
        dev = evaluate_dev(cases, extractor)
        print_table(f"claims dev set ({len(cases)} sentences): accuracy", dev)
        if args.errors:
            print("\n".join(["", *dev.errors]))
    if args.part in (None, "site"):
        site = evaluate_site(extractor)
        if args.lang:
            site.tallies = {k: v if k == args.lang else Tally() for k, v in site.tallies.items()}
        print_table("sample site gold: accuracy", site, ("kind", "subject", "hedged"))
        if args.errors:
            print("\n".join(["", *site.errors]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
