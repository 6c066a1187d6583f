"""End-to-end rehearsal of how the product is judged, on the blind article corpus.

    python -m benchmarks.eval_blind [DIR] [--errors] [--no-clusters] [--db PATH] [--json OUT]

``DIR`` (default ``tests/data/blind``) holds complete HTML pages and ``gold.jsonl`` (one line per
article: file, url, published, lang, money figures with surface, offsets into the labelled text,
the 40 characters before them, amount, amount_max, currency and a hand-made claim ``cluster``;
ORG and PERSON entities by canonical name; author and outlet names to ignore).

1. Money and entities: ``infraledger analyze FILE.. --format json`` (the real CLI, one process).
   Each gold surface is found in the output ``text`` (the occurrence whose preceding text best
   matches the gold context). A predicted figure is a true positive when its span overlaps an
   unmatched gold figure's and amount, amount_max and currency are all exact (relative tolerance
   1e-9); a right span with a wrong value is one false positive and one false negative; a gold
   surface missing from the text is a false negative. Entities: article-level sets of ORG and
   PERSON canonical names, casefolded, without dots and a trailing legal form; names in
   ``NEUTRAL`` (metonyms and bodies a labeller may or may not call ORG) and the article's own
   author and outlet count neither way.
2. Clusters: ``infraledger --db DB add FILE --url U --published D`` for every article, then
   ``infraledger --db DB extract``. Each gold figure takes the ``cluster_id`` of the stored figure
   overlapping its span (an exact-value one first); figures not found, or not clustered, are
   singletons. B-cubed precision/recall/F1 against the hand grouping (one-offs are singletons).
   Every canned query of ``db/metadata.yml`` is run through Datasette's test client on that
   database and must answer 200.

Targets: money F1 >= 0.95 overall and >= 0.90 per language; entities recall >= 0.90 and
precision >= 0.80 per language; B-cubed F1 >= 0.85; every canned query 200. ``main()`` returns 1
when one is missed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import re
import sqlite3
import subprocess
import sys
import tempfile
import unicodedata
import urllib.parse
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.eval_extract import Scores

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "blind"
LANGS = ("en", "it", "de", "fr", "es")
OVERALL = "overall"
REL_TOL = 1e-9
MONEY_F1_OVERALL = 0.95
MONEY_F1_LANG = 0.90
ENTITY_RECALL = 0.90
ENTITY_PRECISION = 0.80
BCUBED_F1 = 0.85

# Names a careful labeller may or may not tag ORG: seats of power used as metonyms ("the White
# House said"), exchanges and indices, social networks named as places to post ("wrote on X"),
# parties given as a politician's affiliation ("Habeck (Grüne)"), governments of a region.
NEUTRAL = frozenset(
    {
        "white house", "casa bianca", "weißes haus", "weißen haus", "maison-blanche", "casa blanca",
        "elysée", "élysée", "palazzo chigi", "wall street", "nasdaq", "s&p 500", "dax", "ibex 35",
        "cac 40", "x", "twitter", "facebook", "linkedin", "cdu", "fdp", "grüne", "ejército",
        "gobierno de aragón", "junta de castilla-la mancha", "bund", "bundesregierung",
        "german federal government", "s&p",
    }
)  # fmt: skip

# Legal forms and generic descriptors at the end of a name are a naming convention: "SoftBank
# Group" = "SoftBank", "Arm Holdings" = "Arm", "NVIDIA Corp." = "Nvidia".
_SUFFIX = re.compile(
    r"(?:[\s,]+(?:group|holdings?|inc|corp|corporation|co|company|ltd|limited|plc|ag|se|sa|spa|"
    r"nv|llc|technolog(?:y|ies)|semiconductors?|electronics|investments))+$"
)
# Naming conventions at the start of a name: "The Information", "United States Department of
# Commerce" = "US Department of Commerce".
_PREFIX = re.compile(r"^(?:the |united states (?=\w))")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def norm_name(name: str) -> str:
    """Casefolded name without accents, dots and legal form: "U.S. Steel Corp." -> "us steel"."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    folded = " ".join(plain.replace(".", "").split()).casefold()
    folded = _PREFIX.sub(lambda m: "us " if m.group(0).startswith("united") else "", folded)
    return _SUFFIX.sub("", folded) or folded


@dataclass
class Result:
    """Everything one run measured, plus the error lines for ``--errors``."""

    money: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    entities: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    bcubed: tuple[float, float, float] | None = None
    queries: dict[str, tuple[int, int]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def load_gold(data: Path) -> list[dict[str, Any]]:
    """The gold articles of ``data/gold.jsonl``."""
    with (data / "gold.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL)


def _suffix_len(a: str, b: str) -> int:
    a, b = _SPACES.sub(" ", a), _SPACES.sub(" ", b)
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def locate(text: str, surface: str, context: str) -> tuple[int, int] | None:
    """Span of ``surface`` in ``text`` whose preceding text best matches ``context``."""
    pattern = re.compile(r"[\s\u00a0\u202f]+".join(re.escape(p) for p in _SPACES.split(surface)))
    best: tuple[int, int] | None = None
    best_score = -1
    for m in pattern.finditer(text):
        score = _suffix_len(text[max(0, m.start() - 60) : m.start()], context)
        if score > best_score:
            best, best_score = (m.start(), m.end()), score
    return best


def _values(fig: dict[str, Any], gold: dict[str, Any]) -> bool:
    return (
        _close(fig["amount"], gold["amount"])
        and _close(fig.get("amount_max"), gold["amount_max"])
        and fig["currency"] == gold["currency"]
    )


def _fmt(f: dict[str, Any]) -> str:
    rng = f"-{f['amount_max']:g}" if f.get("amount_max") is not None else ""
    return f"{f['amount']:g}{rng} {f['currency']}"


def score_money(gold: dict[str, Any], out: dict[str, Any], result: Result) -> None:
    """Match one article's predicted figures to its gold figures."""
    text = out["text"]
    preds = out["money"]
    used: set[int] = set()
    s = Scores()
    for g in gold["money"]:
        span = locate(text, g["surface"], g["context"])
        if span is None:
            s.fn += 1
            result.errors.append(f"{gold['file']}: MISSING-TEXT {g['surface']!r}")
            continue
        over = [
            i
            for i, p in enumerate(preds)
            if i not in used and p["start"] < span[1] and span[0] < p["end"]
        ]
        hit = next((i for i in over if _values(preds[i], g)), None)
        if hit is not None:
            used.add(hit)
            s.tp += 1
            continue
        s.fn += 1
        if over:
            p = preds[over[0]]
            result.errors.append(
                f"{gold['file']}: WRONG {p['text']!r} -> {_fmt(p)},"
                f" gold {g['surface']!r} -> {_fmt(g)}"
            )
        else:
            ctx = text[max(0, span[0] - 30) : span[1] + 10].replace("\n", " ")
            result.errors.append(f"{gold['file']}: MISSED {g['surface']!r} ({_fmt(g)}) in ...{ctx}")
    for i, p in enumerate(preds):
        if i in used:
            continue
        s.fp += 1
        ctx = text[max(0, p["start"] - 30) : p["end"] + 10].replace("\n", " ")
        result.errors.append(f"{gold['file']}: EXTRA {p['text']!r} -> {_fmt(p)} in ...{ctx}")
    result.money[gold["lang"]].add(s)


def score_entities(gold: dict[str, Any], out: dict[str, Any], result: Result) -> None:
    """Compare one article's ORG+PERSON canonical-name sets."""
    skip = {norm_name(n) for n in NEUTRAL} | {norm_name(n) for n in gold.get("ignore_entities", [])}
    want = {norm_name(e["name"]) for e in gold["entities"]} - skip
    got = {
        norm_name(e.get("canonical") or e["text"])
        for e in out["entities"]
        if e["label"] in ("ORG", "PERSON")
    } - skip
    s = Scores(tp=len(want & got), fp=len(got - want), fn=len(want - got))
    result.entities[gold["lang"]].add(s)
    for name in sorted(want - got):
        result.errors.append(f"{gold['file']}: ENT-MISSED {name}")
    for name in sorted(got - want):
        result.errors.append(f"{gold['file']}: ENT-EXTRA {name}")


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``infraledger ARGS`` in this process (the real click command; no interpreter start)."""
    from click.testing import CliRunner

    from crawler.cli import cli

    res = CliRunner().invoke(cli, list(args), catch_exceptions=True)
    err = res.stderr if res.stderr_bytes is not None else ""
    if res.exception is not None and not isinstance(res.exception, SystemExit):
        err += f"{type(res.exception).__name__}: {res.exception}"
    return subprocess.CompletedProcess(list(args), res.exit_code, res.stdout, err)


def run_analyze(data: Path, golds: list[dict[str, Any]], result: Result) -> None:
    """Run ``infraledger analyze`` over every article and score money and entities."""
    proc = _cli("analyze", *(str(data / g["file"]) for g in golds), "--format", "json")
    if proc.returncode != 0:
        raise RuntimeError(f"analyze failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
    outs = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    by_name = {Path(o["path"]).name: o for o in outs}
    for g in golds:
        out = by_name[g["file"]]
        score_money(g, out, result)
        score_entities(g, out, result)


def bcubed(gold_labels: list[str], sys_labels: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of ``sys_labels`` against ``gold_labels`` (same items)."""
    n = len(gold_labels)
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_sys: dict[str, set[int]] = defaultdict(set)
    for i in range(n):
        by_gold[gold_labels[i]].add(i)
        by_sys[sys_labels[i]].add(i)
    p = r = 0.0
    for i in range(n):
        both = len(by_gold[gold_labels[i]] & by_sys[sys_labels[i]])
        p += both / len(by_sys[sys_labels[i]])
        r += both / len(by_gold[gold_labels[i]])
    p, r = p / n, r / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def build_db(data: Path, golds: list[dict[str, Any]], db: Path) -> None:
    """Store every article with ``add`` and run ``extract`` on the database at ``db``."""
    for g in golds:
        proc = _cli(
            "--db", str(db), "add", str(data / g["file"]), "--url", g["url"],
            "--published", g["published"],
        )  # fmt: skip
        if proc.returncode != 0:
            raise RuntimeError(f"add {g['file']} failed: {proc.stderr.strip()[-500:]}")
    proc = _cli("--db", str(db), "extract")
    if proc.returncode != 0:
        raise RuntimeError(f"extract failed: {proc.stderr.strip()[-500:]}")


def score_clusters(golds: list[dict[str, Any]], db: Path, result: Result) -> None:
    """B-cubed of the stored figures' ``cluster_id`` against the hand grouping."""
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    gold_labels: list[str] = []
    sys_labels: list[str] = []
    for g in golds:
        row = con.execute("select id, text from articles where url = ?", (g["url"],)).fetchone()
        figs = (
            [
                dict(r)
                for r in con.execute("select * from figures where article_id = ?", (row["id"],))
            ]
            if row
            else []
        )
        used: set[int] = set()
        for k, f in enumerate(g["money"]):
            item = f"{g['file']}#{k}"
            gold_labels.append(f["cluster"] or item)
            span = locate(row["text"], f["surface"], f["context"]) if row else None
            over = (
                [
                    i
                    for i, p in enumerate(figs)
                    if i not in used and p["start"] < span[1] and span[0] < p["end"]
                ]
                if span
                else []
            )
            hit = next((i for i in over if _values(figs[i], f)), over[0] if over else None)
            if hit is None:
                sys_labels.append(item)
                continue
            used.add(hit)
            cid = figs[hit]["cluster_id"]
            sys_labels.append(f"C{cid}" if cid is not None else item)
    con.close()
    result.bcubed = bcubed(gold_labels, sys_labels)
    # Errors: gold clusters split across system clusters, and system clusters mixing gold ones.
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for i, (gl, sl) in enumerate(zip(gold_labels, sys_labels, strict=True)):
        members[gl].append((sl, str(i)))
    for gl, ms in sorted(members.items()):
        systems = {sl for sl, _ in ms}
        if len(ms) > 1 and len(systems) > 1:
            result.errors.append(
                f"CLUSTER-SPLIT {gl}: {len(ms)} figures in {len(systems)} clusters"
            )
    by_sys: dict[str, set[str]] = defaultdict(set)
    for gl, sl in zip(gold_labels, sys_labels, strict=True):
        by_sys[sl].add(gl)
    for sl, gls in sorted(by_sys.items()):
        if len(gls) > 1:
            result.errors.append(f"CLUSTER-MIXED {sl}: {sorted(gls)}")


async def _run_queries(db: Path) -> dict[str, tuple[int, int]]:
    from db.datasette import DB_NAME, load_metadata, make_datasette

    con = sqlite3.connect(db)
    top = con.execute(
        "select cluster_id from figures where cluster_id is not null "
        "group by cluster_id order by count(*) desc limit 1"
    ).fetchone()
    con.close()
    samples = {
        "q": "Nvidia",
        "since": "2024-01-01",
        "until": "2025-12-31",
        "currency": "USD",
        "kind": "",
        "entity": "Nvidia",
        "cluster": str(top[0]) if top else "1",
    }
    ds = make_datasette(db)
    queries = load_metadata()["databases"][DB_NAME].get("queries", {})
    out: dict[str, tuple[int, int]] = {}
    for name, spec in queries.items():
        params = spec.get("params") or re.findall(r"(?<!:):(\w+)", spec.get("sql", ""))
        qs = urllib.parse.urlencode({p: samples.get(p, "") for p in dict.fromkeys(params)})
        resp = await ds.client.get(f"/{DB_NAME}/{name}.json?_shape=objects&{qs}")
        rows = len(resp.json().get("rows", [])) if resp.status_code == 200 else 0
        out[name] = (resp.status_code, rows)
    return out


def _table(title: str, scores: dict[str, Scores], f1: bool) -> list[str]:
    lines = [title, f"  {'lang':8} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn"]
    total = Scores()
    for lang in LANGS:
        s = scores.get(lang, Scores())
        total.add(s)
        lines.append(
            f"  {lang:8} {s.precision:6.3f} {s.recall:6.3f} {s.f1 if f1 else float('nan'):6.3f}"
            f" {s.tp:4d}{s.fp:4d}{s.fn:4d}"
        )
    lines.append(
        f"  {OVERALL:8} {total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f}"
        f" {total.tp:4d}{total.fp:4d}{total.fn:4d}"
    )
    return lines


def overall(scores: dict[str, Scores]) -> Scores:
    """The sum of the per-language scores."""
    total = Scores()
    for lang in LANGS:
        total.add(scores.get(lang, Scores()))
    return total


def evaluate(data: Path = DATA, *, clusters: bool = True, db: Path | None = None) -> Result:
    """Measure everything on the corpus at ``data`` (clusters in ``db`` or a temporary file)."""
    golds = load_gold(data)
    result = Result()
    run_analyze(data, golds, result)
    if clusters:
        with tempfile.TemporaryDirectory() as tmp:
            path = db or Path(tmp) / "kb.db"
            if path.exists():
                path.unlink()
            build_db(data, golds, path)
            score_clusters(golds, path, result)
            result.queries = asyncio.run(_run_queries(path))
    return result


def misses(result: Result) -> list[str]:
    """The targets this result misses, one line each."""
    out = []
    total = overall(result.money)
    if total.f1 < MONEY_F1_OVERALL:
        out.append(f"money F1 {total.f1:.3f} < {MONEY_F1_OVERALL}")
    for lang in LANGS:
        m, e = result.money.get(lang, Scores()), result.entities.get(lang, Scores())
        if m.f1 < MONEY_F1_LANG:
            out.append(f"money F1 {lang} {m.f1:.3f} < {MONEY_F1_LANG}")
        if e.recall < ENTITY_RECALL:
            out.append(f"entity recall {lang} {e.recall:.3f} < {ENTITY_RECALL}")
        if e.precision < ENTITY_PRECISION:
            out.append(f"entity precision {lang} {e.precision:.3f} < {ENTITY_PRECISION}")
    if result.bcubed is not None and result.bcubed[2] < BCUBED_F1:
        out.append(f"cluster B-cubed F1 {result.bcubed[2]:.3f} < {BCUBED_F1}")
    for name, (status, _rows) in result.queries.items():
        if status != 200:
            out.append(f"canned query {name} answered {status}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the blind measurement; 1 when a target is missed."""
    ap = argparse.ArgumentParser(prog="python -m benchmarks.eval_blind", description=__doc__)
    ap.add_argument("data", nargs="?", type=Path, default=DATA, help="corpus directory")
    ap.add_argument("--errors", action="store_true", help="list every error")
    ap.add_argument("--no-clusters", action="store_true", help="skip add/extract and clusters")
    ap.add_argument("--db", type=Path, help="database to build (default: a temporary file)")
    ap.add_argument("--json", type=Path, help="write the numbers as JSON here")
    args = ap.parse_args(argv)
    result = evaluate(args.data, clusters=not args.no_clusters, db=args.db)
    lines = _table("money (exact)", result.money, True)
    lines += _table("entities ORG+PERSON (article sets)", result.entities, True)
    if result.bcubed is not None:
        p, r, f = result.bcubed
        lines.append(f"clusters B-cubed  P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for name, (status, rows) in result.queries.items():
        lines.append(f"  query {name}: {status} ({rows} rows)")
    if args.errors:
        lines += ["", *result.errors]
    failed = misses(result)
    lines += ["", *(f"MISSED TARGET: {m}" for m in failed)] if failed else ["", "all targets met"]
    sys.stdout.write("\n".join(lines) + "\n")
    if args.json:
        payload = {
            "money": {k: vars(v) for k, v in result.money.items()},
            "entities": {k: vars(v) for k, v in result.entities.items()},
            "bcubed": result.bcubed,
            "queries": result.queries,
        }
        args.json.write_text(json.dumps(payload, indent=1), encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
