"""Pure extraction library: article HTML or text in, typed facts out.

No I/O beyond its own bundled data, no database, no Scrapy. Names are imported lazily (PEP 562),
so ``import extract.models`` never pulls in spaCy; spaCy pipelines load once per language per
process, on first use.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

logging.getLogger(__name__).addHandler(logging.NullHandler())

_EXPORTS = {
    "EXTRACTOR_VERSION": "extract.version",
    "Analysis": "extract.models",
    "ArticleText": "extract.models",
    "Claim": "extract.models",
    "Document": "extract.article",
    "EntityMention": "extract.models",
    "Extractor": "extract.pipeline",
    "FigureInfo": "extract.models",
    "MoneyFigure": "extract.models",
    "Quantity": "extract.models",
    "build_claims": "extract.claims",
    "compose_text": "extract.article",
    "detect_language": "extract.lang",
    "dominant_currency": "extract.money",
    "entities_from_doc": "extract.entities",
    "extract_article": "extract.html",
    "extract_entities": "extract.entities",
    "find_money": "extract.money",
    "find_quantities": "extract.quantities",
    "load_nlp": "extract.entities",
    "to_usd": "extract.fx",
    "topic_score": "extract.topic",
    "with_usd": "extract.fx",
}

__all__ = [
    "EXTRACTOR_VERSION",
    "Analysis",
    "ArticleText",
    "Claim",
    "Document",
    "EntityMention",
    "Extractor",
    "FigureInfo",
    "MoneyFigure",
    "Quantity",
    "build_claims",
    "compose_text",
    "detect_language",
    "dominant_currency",
    "entities_from_doc",
    "extract_article",
    "extract_entities",
    "find_money",
    "find_quantities",
    "load_nlp",
    "to_usd",
    "topic_score",
    "with_usd",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'extract' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return __all__
