"""An article as the pipeline sees it: headline, byline and body in one text, and its dates.

Light on purpose (no spaCy): the process that reads pages and writes results imports this, while
worker processes run the pipeline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from extract.rules import RuleFindings


@dataclass(frozen=True, slots=True)
class Document:
    """Input of the pipeline: a text, its language and what is known about it."""

    text: str
    lang: str
    published: date | None = None
    #: Characters at the head of ``text`` that are the headline (a figure there is a claim too).
    title_chars: int = 0
    #: Figures and quantities already found in ``text`` by ``extract.rules.find_by_rules``
    #: (``extract`` does that while workers run spaCy); found by the pipeline when None.
    found: RuleFindings | None = None


def compose_text(title: str | None, body: str, byline: str | None = None) -> tuple[str, int]:
    """The analyzed text (headline, byline, body, split by blank lines) and the headline's length.

    The headline is part of the text because news puts figures there ("chiede mille miliardi");
    the byline (authors and publisher, e.g. "Sam Jeans · DailyAI") because they are entities of
    the article too. A body that already starts with its headline is left as it is.
    """
    title = (title or "").strip()
    parts = [] if not title or body.startswith(title) else [title]
    if byline and byline.strip() and byline.strip() not in body[:500]:
        parts.append(byline.strip())
    if body:
        parts.append(body)
    return "\n\n".join(parts), len(title)


def byline_of(authors: Sequence[str], publisher: str | None) -> str | None:
    """The byline ("Sam Jeans · DailyAI") from an article's authors and publisher, or None."""
    names = [a.strip() for a in authors if a and a.strip()]
    if publisher and publisher.strip() and publisher.strip() not in names:
        names.append(publisher.strip())
    return " · ".join(names) or None


def normalize_timestamp(value: str | None) -> str | None:
    """ISO 8601 in UTC with a ``Z`` ("2024-02-09T10:12:00+01:00" -> "2024-02-09T09:12:00Z").

    A date alone stays a date; a time without a zone is taken as UTC; anything unreadable is
    returned as None.
    """
    if not value:
        return None
    value = value.strip()
    if len(value) == 10:
        return value if parse_date(value) else None
    try:
        stamp = datetime.fromisoformat(value)  # 3.11 reads a trailing Z
    except ValueError:
        day = parse_date(value)
        return day.isoformat() if day else None
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC)
    return stamp.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def parse_date(value: str | None) -> date | None:
    """The date part of an ISO 8601 string ("2024-02-09T10:00:00Z" -> 2024-02-09), or None."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
