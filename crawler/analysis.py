"""The analysis half of ``extract``: prepared documents in, analyses out.

This runs in the worker processes of ``infraledger extract`` (and in-process for small jobs). It
imports nothing of the database layer, so that a worker is ready to work as early as possible:
:func:`warm_up`, the pool's initializer, loads spaCy and the pipelines of the languages the job
is expected to need while the main process is still reading and parsing the first pages.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.sharedctypes import Synchronized

    from extract.article import Document
    from extract.models import Analysis, ArticleText
    from extract.pipeline import Extractor

logger = logging.getLogger(__name__)

#: One analyzed article: (article id, analysis).
Analyzed = tuple[int, "Analysis"]
#: The articles of a batch that failed: (article id, one-line error).
Failures = list[tuple[int, str]]
#: One analyzed batch: the analyses, and the failures.
BatchAnalysis = tuple[list[Analyzed], Failures]


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article read from its HTML, ready for analysis."""

    article_id: int
    url: str
    meta: ArticleText
    published: str | None
    document: Document


_EXTRACTOR: Extractor | None = None
#: In a worker: a flag the main process of ``extract`` raises while it waits idle for results.
_CALLER_IDLE: Synchronized[int] | None = None


def _extractor() -> Extractor:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from extract.pipeline import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def warm_up(languages: Sequence[str], caller_idle: Synchronized[int] | None = None) -> None:
    """Pool initializer: quiet logging, then load what the first batch will need.

    Loading is best effort: a language whose pipeline cannot be built is left for the batch
    that needs it to report. ``caller_idle``: a flag the caller raises while it waits for
    results (:func:`analyze_prepared` then leaves it the claims).
    """
    global _CALLER_IDLE
    _CALLER_IDLE = caller_idle
    logging.getLogger().setLevel(logging.WARNING)
    from extract.entities import load_nlp

    _extractor()
    for lang in languages:
        try:
            load_nlp(lang)
        except Exception:  # reported when a batch really needs it
            logger.debug("cannot preload the %s pipeline", lang, exc_info=True)


def analyze_prepared(prepared: list[Prepared]) -> BatchAnalysis:
    """Entities, figures, quantities and claims of prepared articles; failures as (id, error).

    In a worker whose caller is waiting idle for results (see :func:`warm_up`), an article's
    claims are left to the caller (``extract.rules.with_claims``): it has the time, and the
    batch comes back sooner.
    """
    extractor = _extractor()
    failures: Failures = []
    try:
        analyses: list[Analysis | None] = list(
            extractor.analyze_many([p.document for p in prepared], claims=_claims_here)
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
                analyses.append(
                    next(iter(extractor.analyze_many([p.document], claims=_claims_here)))
                )
            except Exception as exc:
                logger.exception("cannot analyze article %s (%s)", p.article_id, p.url)
                failures.append((p.article_id, one_line(exc)))
                analyses.append(None)
    results = [
        (p.article_id, analysis)
        for p, analysis in zip(prepared, analyses, strict=True)
        if analysis is not None
    ]
    return results, failures


def _claims_here() -> bool:
    return _CALLER_IDLE is None or not _CALLER_IDLE.value


def one_line(exc: BaseException) -> str:
    """``ValueError: bad thing`` on one line, at most 300 characters."""
    text = " ".join(f"{type(exc).__name__}: {exc}".split())
    return text[:300]
