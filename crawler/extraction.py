"""The ``extract`` step: stored pages in, entities, figures, quantities and claims out.

Stale articles (no extraction, or one made by an older ``EXTRACTOR_VERSION``) are processed in
batches. This process reads each batch's pages, extracts their main text and writes the results
in one transaction per batch (a killed run loses at most the batches in flight, and the next run
picks them up); worker processes run the analysis meanwhile. spaCy is imported only when there
is something to do.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from db.extracted import (
    ArticleExtraction,
    EntityRow,
    PendingArticle,
    load_articles,
    pending_ids,
    store_extractions,
    sync_entities,
)
from db.store import open_db

if TYPE_CHECKING:
    from extract.article import Document
    from extract.models import Analysis, ArticleText
    from extract.pipeline import Extractor

logger = logging.getLogger(__name__)

BATCH_ARTICLES = 50
#: With one worker, jobs of at most this many batches are analyzed in this process.
IN_PROCESS_BATCHES = 2

#: One analyzed batch: the results, and (article id, one-line error) for the articles that failed.
BatchResult = tuple[list[ArticleExtraction], list[tuple[int, str]]]


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """What one ``extract`` run did."""

    pending: int
    extracted: int
    failed: int
    figures: int


def run_extract(
    db_path: Path,
    *,
    redo_all: bool = False,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
    total_callback: Callable[[int], None] | None = None,
    batch_articles: int = BATCH_ARTICLES,
) -> ExtractResult:
    """Extract every pending article of the database at ``db_path``."""
    from extract import version

    db = open_db(db_path)
    try:
        ids = pending_ids(db, version.EXTRACTOR_VERSION, redo_all=redo_all)
        if total_callback:
            total_callback(len(ids))
        if not ids:
            _update_clusters(db, [])  # what a killed run stored but did not cluster
            return ExtractResult(0, 0, 0, 0)
        sync_entities(db, gazetteer_rows())
        batches = [ids[i : i + batch_articles] for i in range(0, len(ids), batch_articles)]
        extracted = failed = figures = 0
        done: list[int] = []
        for results, errors in _analyzed_batches(db, batches, workers):
            store_extractions(db, results, version.EXTRACTOR_VERSION, failures=errors)
            done.extend(r.article_id for r in results)
            extracted += len(results)
            failed += len(errors)
            figures += sum(len(r.analysis.money) for r in results)
            if progress:
                progress(len(results) + len(errors))
        _update_clusters(db, done)
        _refresh_statistics(db)
        return ExtractResult(len(ids), extracted, failed, figures)
    finally:
        db.close()


def _update_clusters(db: Database, article_ids: list[int]) -> None:
    """Bring claim clusters up to date with the articles this run extracted.

    Once per run, not per batch: reclustering a subject costs as much for one batch as for
    all of them. Articles whose figures have a subject but no cluster were stored by a run that
    was stopped before this step, and are clustered now.
    """
    from db.clusters import unclustered_articles, update_clusters

    ids = sorted(set(article_ids) | set(unclustered_articles(db)))
    if ids:
        with db.atomic():
            update_clusters(db, ids)


def _refresh_statistics(db: Database) -> None:
    """Keep the query planner's statistics current, so Datasette's queries pick their indexes.

    The first run collects them (``ANALYZE``); later runs let SQLite refresh what has drifted
    (``PRAGMA optimize``, cheap when nothing did).
    """
    has_stats = db.execute(
        "select 1 from sqlite_master where type = 'table' and name = 'sqlite_stat1'"
    ).fetchone()
    db.execute("PRAGMA optimize" if has_stats else "ANALYZE")


def gazetteer_rows() -> list[EntityRow]:
    """The gazetteer as rows of the ``entities`` table."""
    from extract.gazetteer import load_gazetteer

    return [
        EntityRow(
            id=e.id,
            name=e.name,
            label=e.label,
            aliases=tuple(e.aliases),
            ticker=e.ticker,
            country=e.country,
        )
        for e in load_gazetteer().entries()
    ]


def _analyzed_batches(
    db: Database, batches: Sequence[list[int]], workers: int
) -> Iterator[BatchResult]:
    """Analyzed batches, in order.

    This process reads the stored pages and turns their HTML into documents; the analysis
    (spaCy, money, claims) runs in ``workers`` processes, so reading, HTML parsing and writing
    overlap with it. A job of one or two batches is analyzed here: starting a process and loading
    its models would cost more than it saves.
    """
    if workers == 1 and len(batches) <= IN_PROCESS_BATCHES:
        for batch in batches:
            prepared, failures = prepare_articles([*load_articles(db, batch)])
            results, more = analyze_prepared(prepared)
            yield results, failures + more
        return
    ctx = multiprocessing.get_context("spawn")  # no forked SQLite handles or spaCy state
    with ctx.Pool(processes=workers, initializer=_quiet_worker) as pool:
        # Pages are read here, in the thread that owns the connection, a few batches ahead
        # of the workers; results come back in order, so batches are stored in order.
        in_flight: deque[tuple[list[tuple[int, str]], AsyncResult[BatchResult]]] = deque()
        todo = iter(batches)

        def submit() -> None:
            batch = next(todo, None)
            if batch is not None:
                prepared, failures = prepare_articles([*load_articles(db, batch)])
                in_flight.append((failures, pool.apply_async(analyze_prepared, (prepared,))))

        for _ in range(workers + 1):
            submit()
        while in_flight:
            failures, pending = in_flight.popleft()
            submit()
            results, more = pending.get()
            yield results, failures + more


def _quiet_worker() -> None:
    logging.getLogger().setLevel(logging.WARNING)


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article read from its HTML, ready for analysis."""

    article_id: int
    url: str
    meta: ArticleText
    published: str | None
    document: Document


def prepare_articles(
    articles: list[PendingArticle],
) -> tuple[list[Prepared], list[tuple[int, str]]]:
    """Main text, metadata and language of each stored page; failures as (id, error)."""
    from extract.article import (
        Document,
        byline_of,
        compose_text,
        normalize_timestamp,
        parse_date,
    )
    from extract.html import extract_article
    from extract.lang import detect_language
    from extract.models import ArticleText

    prepared: list[Prepared] = []
    failures: list[tuple[int, str]] = []
    for art in articles:
        try:
            if (art.content_type or "").startswith("text/plain"):
                # A text file stored by `add`: analyzed exactly as written, like `analyze`.
                body = (art.html or b"").decode(art.encoding or "utf-8", errors="replace")
                meta = ArticleText(text=body)
            else:
                meta = extract_article(art.html or b"", url=art.url)
            meta = replace(
                meta,
                title=meta.title or art.title,  # the feed's title when the page has none
                modified=normalize_timestamp(meta.modified),
            )
            text, title_chars = compose_text(
                meta.title, meta.text, byline_of(meta.authors, meta.publisher)
            )
            lang = detect_language(text, meta.language or art.language)
            published = normalize_timestamp(art.published_at) or normalize_timestamp(meta.published)
            document = Document(text, lang, parse_date(published), title_chars)
            prepared.append(Prepared(art.id, art.url, meta, published, document))
        except Exception as exc:  # one bad page must not sink the batch
            logger.exception("cannot read article %s (%s)", art.id, art.url)
            failures.append((art.id, _one_line(exc)))
    return prepared, failures


_EXTRACTOR: Extractor | None = None


def analyze_prepared(prepared: list[Prepared]) -> BatchResult:
    """Entities, figures, quantities and claims of prepared articles; failures as (id, error)."""
    from extract.pipeline import Extractor
    from extract.topic import topic_score

    global _EXTRACTOR
    if _EXTRACTOR is None:
        _EXTRACTOR = Extractor()
    failures: list[tuple[int, str]] = []
    try:
        analyses: list[Analysis | None] = list(
            _EXTRACTOR.analyze_many([p.document for p in prepared])
        )
    except Exception:  # find the article that breaks the batch; the others go through
        logger.warning(
            "batch analysis failed; analyzing its %d articles one by one",
            len(prepared),
            exc_info=True,
        )
        analyses = []
        for p in prepared:
            try:
                analyses.append(next(iter(_EXTRACTOR.analyze_many([p.document]))))
            except Exception as exc:
                logger.exception("cannot analyze article %s (%s)", p.article_id, p.url)
                failures.append((p.article_id, _one_line(exc)))
                analyses.append(None)
    results = [
        ArticleExtraction(
            article_id=p.article_id,
            meta=p.meta,
            text=p.document.text,
            language=p.document.lang,
            published_at=p.published,
            analysis=analysis,
            topic_score=topic_score(p.document.text),
        )
        for p, analysis in zip(prepared, analyses, strict=True)
        if analysis is not None
    ]
    return results, failures


def _one_line(exc: BaseException) -> str:
    """``ValueError: bad thing`` on one line, at most 300 characters."""
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text[:300]
