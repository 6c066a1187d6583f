"""What the rules find and build without spaCy: figures, quantities, claims.

Money figures (with USD values) and quantities come from the text; claims from those figures
and the entities that spaCy found.

Kept apart from ``extract.pipeline`` (which imports spaCy) so that the process of ``extract``
that parses pages can do this work for the workers without loading spaCy itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from extract.claims import build_claims
from extract.fx import with_usd
from extract.models import Analysis, MoneyFigure, Quantity
from extract.money import find_money
from extract.quantities import find_quantities

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from extract.article import Document


@dataclass(frozen=True, slots=True)
class RuleFindings:
    """The money figures and quantities of one text."""

    money: tuple[MoneyFigure, ...]
    quantities: tuple[Quantity, ...]


def find_by_rules(document: Document) -> RuleFindings:
    """The money figures (USD at the publication date) and quantities of a document."""
    text, lang = document.text, document.lang
    money = find_money(text, lang, infer_context=True)
    return RuleFindings(
        money=tuple(with_usd(fig, document.published) for fig in money),
        quantities=tuple(find_quantities(text, lang)),
    )


def with_claims(analysis: Analysis, *, title_sentence: bool, doc: Doc | None = None) -> Analysis:
    """``analysis`` with its claims and ``figure_info``.

    They are built from its sentences, figures and entities, and from ``doc``'s dependency
    parse when there is one (English subjects). ``title_sentence``: the text starts with a
    headline, whose figures are claims too.
    """
    claims, figure_info = build_claims(
        analysis.text,
        analysis.lang,
        analysis.sentences,
        analysis.money,
        analysis.entities,
        doc=doc,
        title_sentence=title_sentence,
    )
    return replace(analysis, claims=tuple(claims), figure_info=tuple(figure_info))


def claims_pending(analysis: Analysis) -> bool:
    """True when ``analysis`` has figures but no claims built on them yet.

    That is what ``Extractor.analyze_many(..., claims=False)`` returns: ``figure_info`` is
    otherwise parallel to ``money``.
    """
    return len(analysis.figure_info) != len(analysis.money)
