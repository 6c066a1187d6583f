"""What the rules find in a text without spaCy: money figures (with USD values), quantities.

Kept apart from ``extract.pipeline`` (which imports spaCy) so that the process of ``extract``
that parses pages can run it for the workers without loading spaCy itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.fx import with_usd
from extract.models import MoneyFigure, Quantity
from extract.money import find_money
from extract.quantities import find_quantities

if TYPE_CHECKING:
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
