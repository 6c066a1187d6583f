"""The ``extract`` step: stored pages in, entities, figures, quantities and claims out.

Stale articles (no extraction, or one made by an older ``EXTRACTOR_VERSION``) are processed in
batches. This process reads each batch's pages, extracts their main text and writes the results
in one transaction per batch (a killed run loses at most the batches in flight, and the next run
picks them up); worker processes run the analysis (``crawler.analysis``) meanwhile. The workers
start first and load their models while this process parses the first pages, which it does a
few batches ahead so that neither side waits. The work that needs no spaCy goes to whichever
side has time: this process finds figures by rule while the workers are behind, and builds
claims while it waits for them. spaCy is imported only when there is something to do.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from multiprocessing.pool import AsyncResult
from pathlib import Path

from sqlite_utils import Database

from crawler.analysis import BatchAnalysis, Failures, Prepared, one_line
from db.extracted import (
    ArticleExtraction,
    EntityRow,
    PendingArticle,
    declared_languages,
    load_articles,
    pending_ids,
    store_extractions,
    sync_entities,
)
from db.store import open_db

logger = logging.getLogger(__name__)

BATCH_ARTICLES = 50
#: With one worker, jobs of at most this many batches are analyzed in this process.
IN_PROCESS_BATCHES = 2
#: Batches parsed ahead of the workers, beyond one per worker (a batch: a few hundred KB of text).
PREFETCH_BATCHES = 20
#: Batches waiting for a free worker from which this process also finds their figures by rule.
RULES_BACKLOG = 2

#: One batch ready to store: the results, and the failures.
BatchResult = tuple[list[ArticleExtraction], Failures]


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
    from crawler.analysis import analyze_prepared, warm_up

    if workers == 1 and len(batches) <= IN_PROCESS_BATCHES:
        for batch in batches:
            prepared, failures = prepare_articles([*load_articles(db, batch)])
            results, more = _joined(prepared, analyze_prepared(prepared))
            yield results, failures + more
        return
    languages = likely_languages(declared_languages(db, batches[0]))
    ctx = multiprocessing.get_context("spawn")  # no forked SQLite handles or spaCy state
    idle = ctx.Value("b", 0, lock=False)  # raised while this process waits for the workers
    with ctx.Pool(processes=workers, initializer=warm_up, initargs=(languages, idle)) as pool:
        # Pages are read here, in the thread that owns the connection, up to PREFETCH_BATCHES
        # ahead of the workers (they keep parsing while the workers load their models); results
        # come back in order, so batches are stored in order.
        in_flight: deque[tuple[list[Prepared], Failures, AsyncResult[BatchAnalysis]]] = deque()
        todo = iter(batches)
        warming = True  # no batch analyzed yet: the workers are still loading their models

        def submit() -> bool:
            batch = next(todo, None)
            if batch is None:
                return False
            # Workers still warming up, or with RULES_BACKLOG batches waiting for them, are
            # behind: this process then also finds the batch's figures by rule, which they
            # would otherwise do. (While it waits for them, they leave it the claims too.) That
            # keeps both sides busy whichever is faster (rules-only languages, or a spaCy model).
            waiting = sum(not job.ready() for _, _, job in in_flight) - workers
            behind = warming or waiting >= RULES_BACKLOG
            articles = [*load_articles(db, batch)]
            prepared, failures = prepare_articles(articles, find_rules=behind)
            in_flight.append((prepared, failures, pool.apply_async(analyze_prepared, (prepared,))))
            return True

        limit = workers + PREFETCH_BATCHES
        while True:
            while len(in_flight) < limit and submit():
                if in_flight[0][2].ready():
                    break  # store what is done before parsing further ahead
            if not in_flight:
                return
            prepared, failures, pending = in_flight.popleft()
            idle.value = 1
            analyzed = pending.get()
            idle.value = 0
            warming = False
            results, more = _joined(prepared, analyzed)
            yield results, failures + more


def _joined(prepared: list[Prepared], analyzed: BatchAnalysis) -> BatchResult:
    """The stored form of each analyzed article: what was read from its page, and the analysis.

    Claims a worker left to this process (while it waited for them, see ``analyze_prepared``)
    are built here; an article whose claims fail is reported as failed, like one whose analysis
    did.
    """
    from extract.rules import claims_pending, with_claims
    from extract.topic import topic_score

    by_id = {p.article_id: p for p in prepared}
    analyses, failures = analyzed
    results = []
    for article_id, analysis in analyses:
        p = by_id[article_id]
        if claims_pending(analysis):
            try:
                analysis = with_claims(analysis, title_sentence=p.document.title_chars > 0)
            except Exception as exc:
                logger.exception("cannot build the claims of article %s (%s)", p.article_id, p.url)
                failures = [*failures, (article_id, one_line(exc))]
                continue
        results.append(
            ArticleExtraction(
                article_id=article_id,
                meta=p.meta,
                text=p.document.text,
                language=p.document.lang,
                published_at=p.published,
                analysis=analysis,
                topic_score=topic_score(p.document.text),
            )
        )
    return results, failures


def likely_languages(declared: Sequence[str | None], limit: int = 3) -> list[str]:
    """The languages the workers should load first: the most ``declared``."""
    from extract.lang import normalize_language

    counts = Counter(normalize_language(lang) or "en" for lang in declared)
    return [lang for lang, _ in counts.most_common(limit)]


def prepare_articles(
    articles: list[PendingArticle], *, find_rules: bool = False
) -> tuple[list[Prepared], Failures]:
    """Main text, metadata and language of each stored page; failures as (id, error).

    With ``find_rules``, also the figures and quantities (``extract.rules.find_by_rules``),
    which the analysis otherwise finds itself.
    """
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
    from extract.rules import find_by_rules

    prepared: list[Prepared] = []
    failures: Failures = []
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
            if find_rules:
                document = replace(document, found=find_by_rules(document))
            prepared.append(Prepared(art.id, art.url, meta, published, document))
        except Exception as exc:  # one bad page must not sink the batch
            logger.exception("cannot read article %s (%s)", art.id, art.url)
            failures.append((art.id, one_line(exc)))
    return prepared, failures
