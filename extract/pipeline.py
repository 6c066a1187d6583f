"""The extraction pipeline: one text in, one :class:`~extract.models.Analysis` out.

Wires the pieces of ``extract`` in a fixed order:

1. sentences and entities from spaCy (``extract.entities.load_nlp``: the statistical model for
   English and French, a blank pipeline plus our gazetteer for every other language);
2. money figures by rule (``extract.money``), with the article's dominant currency as context so
   that "chiede mille miliardi" in a dollar story counts as USD, their USD values at the ECB rate
   of the publication date (``extract.fx``), and quantities (``extract.quantities``): all three
   in ``extract.rules``, unless the document arrives with them (``Document.found``);
3. claims (``extract.claims``, through ``extract.rules.with_claims``).

spaCy runs over the text in chunks of whole paragraphs, so a 10 MB page never trips spaCy's
``max_length``; every offset is rebased onto the full text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from extract.article import (
    Document,
    byline_of,
    compose_text,
    normalize_timestamp,
    parse_date,
)
from extract.entities import entities_from_doc, load_nlp
from extract.models import Analysis, EntityMention
from extract.rules import RuleFindings, find_by_rules, with_claims
from extract.version import EXTRACTOR_VERSION

if TYPE_CHECKING:
    from spacy.tokens import Doc

logger = logging.getLogger(__name__)

__all__ = [
    "EXTRACTOR_VERSION",
    "Document",
    "Extractor",
    "RuleFindings",
    "byline_of",
    "compose_text",
    "find_by_rules",
    "normalize_timestamp",
    "parse_date",
    "with_claims",
]


#: spaCy sees at most this many characters at once (its default ``max_length`` is 1,000,000 and
#: memory grows with it); longer texts are cut at paragraph breaks.
CHUNK_CHARS = 20_000


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into spans of at most ``limit`` characters, at paragraph breaks if possible.

    A paragraph longer than ``limit`` is cut at the last space before the limit (or hard).
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + limit)
        if end < n:
            cut = text.rfind("\n", start + limit // 2, end)
            if cut == -1:
                cut = text.rfind(" ", start + limit // 2, end)
            if cut != -1:
                end = cut + 1
        spans.append((start, end))
        start = end
    return spans


class Extractor:
    """Runs the pipeline; spaCy pipelines are loaded lazily, once per language."""

    def __init__(self, *, batch_size: int = 32) -> None:
        self.batch_size = batch_size

    def analyze(
        self, text: str, lang: str, *, published: date | None = None, title_chars: int = 0
    ) -> Analysis:
        """Analyze one text."""
        return next(iter(self.analyze_many([Document(text, lang, published, title_chars)])))

    def analyze_many(
        self, documents: Iterable[Document], *, claims: bool | Callable[[], bool] = True
    ) -> Iterator[Analysis]:
        """Analyze documents in order, feeding spaCy in batches through ``nlp.pipe``.

        ``claims``: build the claims (and ``figure_info``), or leave them for the caller to build
        with ``extract.rules.with_claims``, which needs no spaCy; a function is asked before each
        document (``extract`` balances that work between its processes). A pipeline with a
        dependency parse builds them anyway, since they use it.
        """
        batch: list[Document] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= self.batch_size:
                yield from self._analyze_batch(batch, claims)
                batch = []
        if batch:
            yield from self._analyze_batch(batch, claims)

    def _analyze_batch(
        self, documents: Sequence[Document], claims: bool | Callable[[], bool]
    ) -> list[Analysis]:
        # Every chunk of every document of one language goes through one nlp.pipe call.
        by_lang: dict[str, list[int]] = {}
        for i, d in enumerate(documents):
            by_lang.setdefault(d.lang, []).append(i)
        spacy_out: dict[int, tuple[list[tuple[int, int]], list[EntityMention], list[Doc]]] = {}
        for lang, indexes in by_lang.items():
            nlp = load_nlp(lang)
            # A Doc is kept for the claims step only when it carries a dependency parse; without
            # one the claims heuristics need nothing from it, and a batch of Docs costs memory.
            keep_docs = nlp.has_pipe("parser")
            jobs: list[tuple[int, int]] = []  # (document index, chunk start)
            texts: list[str] = []
            for i in indexes:
                for start, end in chunk_spans(documents[i].text):
                    jobs.append((i, start))
                    texts.append(documents[i].text[start:end])
                spacy_out[i] = ([], [], [])
            for (i, offset), doc in zip(
                jobs, nlp.pipe(texts, batch_size=self.batch_size), strict=True
            ):
                sentences, mentions, docs = spacy_out[i]
                sentences.extend((s.start_char + offset, s.end_char + offset) for s in doc.sents)
                mentions.extend(_shift(m, offset) for m in entities_from_doc(doc))
                if keep_docs:
                    docs.append(doc)
        return [self._finish(d, *spacy_out[i], claims) for i, d in enumerate(documents)]

    def _finish(
        self,
        document: Document,
        sentences: list[tuple[int, int]],
        mentions: list[EntityMention],
        docs: list[Doc],
        claims: bool | Callable[[], bool],
    ) -> Analysis:
        text, lang = document.text, document.lang
        found = document.found or find_by_rules(document)
        analysis = Analysis(
            text=text,
            lang=lang,
            money=found.money,
            entities=tuple(mentions),
            quantities=found.quantities,
            sentences=tuple(split_at_newlines(text, sentences)),
        )
        doc = docs[0] if len(docs) == 1 else None
        if doc is None and not (claims() if callable(claims) else claims):
            return analysis
        return with_claims(analysis, title_sentence=document.title_chars > 0, doc=doc)


def _shift(mention: EntityMention, offset: int) -> EntityMention:
    if not offset:
        return mention
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def split_at_newlines(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut sentences at line breaks, trimming blanks: a headline or dateline is its own sentence.

    spaCy's sentencizer only splits at punctuation, so a headline with no full stop ("Nvidia
    tops $2 trillion") followed by the lead would otherwise be one sentence.
    """
    out: list[tuple[int, int]] = []
    for start, end in sentences:
        pos = start
        while pos < end:
            nl = text.find("\n", pos, end)
            stop = end if nl == -1 else nl
            s, e = pos, stop
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                out.append((s, e))
            pos = stop + 1
    return out
