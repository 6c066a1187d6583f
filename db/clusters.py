"""Claim clusters: the same money claim made in different articles, outlets and languages.

A cluster groups figures that say the same thing about the same subject: Sam Altman's funding
ask reported as "$5-7 trillion" by the Wall Street Journal, "$7 trillion" by Reuters, "tra $5
trilioni e $7 trilioni" by an Italian site and "6,5 Billionen Euro" by a German one is one row of
``clusters``, and each of those figures points at it through ``figures.cluster_id``.

The rule, in three passes over the figures of one subject, oldest first:

1. **Founders.** A figure with a subject entity and a specific kind (``funding_ask``,
   ``market_cap``...) joins the existing cluster of the same subject and an agreeing kind (the
   same, or one of its ``KIND_FAMILIES``: ``investment``/``capex``/``subsidy``...) whose
   *founding* figure's USD interval overlaps its own within ``TOLERANCE`` and whose founding date
   is at most ``WINDOW_DAYS`` away (``EXACT_WINDOW_DAYS`` when it repeats the founder's specific
   amount verbatim); failing that, the same test against the clusters of the other entities
   named in its sentence ("Elon Musk's xAI raises $6B"); otherwise it founds a new cluster.
   Matching against the founder (not the growing union) stops chains of small steps from
   merging different numbers, and a cluster never takes two same-currency figures of one
   sentence ("$3.34 trillion, past Microsoft's $3.32 trillion" are two claims).
2. **Kind "other".** A figure with a subject but kind ``other`` (or none) joins the best
   same-subject cluster of any kind that agrees on amount and window (then one of an entity
   named in its sentence); if none agrees, figures of this pass cluster among themselves as kind
   ``other``.
3. **No subject.** A figure without a subject takes the subject inferred from its article (the
   nearest entity in its sentence, else the article's most-mentioned entity; places excluded) and
   may *join* a cluster of that subject that agrees on amount, window and kind (kind ``other``
   agrees with any); it never founds one, so a cluster always has a named subject.

Because of the sentence rule, the subjects linked through figures' sentences are reclustered
together (``_with_sentence_mates``).

Amounts are compared in USD (``amount_usd``..``amount_usd_max``, a single value is a point
interval), so a EUR figure joins its USD siblings. Figures without a USD amount or a date are not
clustered. The cluster id is a hash of its founding figure's id, so re-running the clustering
over the same rows changes nothing, and a cluster that loses all its figures is deleted.

Counts: ``articles_count`` counts stories, so a syndicated copy (``articles.duplicate_of`` set,
or the same ``content_hash``) counts once; ``outlets_count`` counts every outlet that carried the
claim, copies included; ``languages`` is the sorted JSON array of article languages.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from sqlite_utils import Database

logger = logging.getLogger(__name__)

# Two reports of the same ask arrive within days; 60 days keeps a story's echo together while a
# new figure months later ("Intel's $8.5 billion CHIPS grant" in March 2024, "$7.86 billion" when
# finalized in November 2024) becomes its own cluster.
WINDOW_DAYS = 60
# The same specific amount repeated verbatim is the same claim for longer: "€43 billion" for the
# EU Chips Act in April and in September 2024, "$8.5 billion" for Intel's preliminary grant in
# March and again, as background, in November. Only for amounts with two or more significant
# digits ("8.5", "43", "12.25"): round numbers ("$10 billion", "$500 billion") recur as new claims.
EXACT_WINDOW_DAYS = 365
# Relative slack when comparing USD intervals: "€480 billion" converts to about $499 billion and
# must meet "$500 billion", "€6.5 trillion" (about $7.0 trillion) meets "$7 trillion", and the
# rounding of "$1.72 trillion" vs "$1.7 trillion" is absorbed; but Intel's "$7.86 billion" final
# award stays apart from its "$8.5 billion" preliminary one (8% apart), Nvidia's "$3.34 trillion"
# (18 June 2024) from its "$3 trillion" (5 June), Microsoft's "$3.32 trillion" from its "$3.15
# trillion" two weeks earlier.
TOLERANCE = 0.05
# Kinds that describe the same sort of money, so one claim tagged differently by two languages'
# cue words ("invest" -> investment, "spend" -> capex, "up to" -> funding_ask) still clusters:
# Stargate's "$500 billion" is an investment in one outlet and capex in another; xAI's "$24
# billion" a valuation in one and a market cap in none. "other" agrees with any kind (pass 2).
KIND_FAMILIES = (
    frozenset({"investment", "capex", "cost", "funding_ask", "subsidy"}),
    VALUE_KINDS := frozenset({"market_cap", "valuation"}),
    frozenset({"revenue", "sales"}),
    frozenset({"price"}),
)
SPECIFIC_OTHER = ("other", "")
# Entity labels never inferred as a subject: "Stati Uniti" is where, not who.
NON_SUBJECT_LABELS = ("GPE", "LOC")

_FIGURE_COLUMNS = """
    f.id, f.article_id, f.subject_entity_id, coalesce(f.kind, ''), f.amount_usd,
    coalesce(f.amount_usd_max, f.amount_usd), f.start, f.sentence_index, f.currency,
    f.cluster_id, coalesce(a.published_at, a.first_seen_at), a.source_id, a.language,
    coalesce(r.content_hash, 'article:' || r.id), f.amount, f.amount_max
"""
_FIGURE_FROM = """
    from figures f
    join articles a on a.id = f.article_id
    join articles r on r.id = coalesce(a.duplicate_of, a.id)
"""


@dataclass(slots=True)
class _Figure:
    id: str
    article_id: int
    subject: str | None
    kind: str
    lo: float
    hi: float
    start: int
    sentence_index: int | None
    currency: str | None
    old_cluster: str | None
    date_text: str
    date: datetime
    source_id: str | None
    language: str | None
    story: str
    amount: float | None = None  # as printed, in ``currency``
    amount_max: float | None = None
    inferred: bool = False  # subject inferred from the article, not stated by extraction
    # Other entities named in the figure's sentence ("Elon Musk's xAI raises $6 billion": xAI
    # for a figure whose subject is Elon Musk); filled by ``_attach_mates``.
    mates: frozenset[str] = frozenset()

    @property
    def order(self) -> tuple[datetime, int, int, str]:
        return (self.date, self.article_id, self.start or 0, self.id)


@dataclass(slots=True)
class _Cluster:
    id: str
    subject: str
    kind: str
    founder: _Figure
    members: list[_Figure] = field(default_factory=list)


def cluster_id_for(founding_figure_id: str) -> str:
    """The stable id of the cluster founded by ``founding_figure_id``."""
    return hashlib.sha1(
        f"cluster:{founding_figure_id}".encode(), usedforsecurity=False
    ).hexdigest()[:16]


def update_clusters(db: Database, article_ids: Iterable[int] | None = None) -> int:
    """Assign ``figures.cluster_id`` and rewrite the affected ``clusters`` rows.

    Args:
        db: the open database.
        article_ids: the articles of the batch just extracted; ``None`` reclusters everything.
            Every subject touched by these articles is reclustered in full, so the result is the
            same as a full run.

    Returns:
        How many cluster rows were created, changed or deleted (0 when nothing changed).
    """
    inferred: dict[int, dict[str, str]] = {}  # article id -> its figures' inferred subjects
    subjects = _affected_subjects(db, None if article_ids is None else list(article_ids), inferred)
    if not subjects:
        return _delete_empty(db)
    figures = _load_figures(db, subjects, inferred)
    _attach_mates(db, figures)
    clusters = _cluster(figures)
    names = _entity_names(db, {c.subject for c in clusters})
    rows = {c.id: _cluster_row(c, names) for c in clusters}
    assignment = {f.id: None for f in figures} | {m.id: c.id for c in clusters for m in c.members}
    old_rows = _existing_clusters(db, subjects, list(rows))
    changed = 0
    with db.atomic():
        upserts = [row for cid, row in rows.items() if old_rows.get(cid) != row]
        if upserts:
            columns = list(upserts[0])
            db.conn.executemany(
                f"insert into clusters ({', '.join(columns)}) values "
                f"({', '.join('?' for _ in columns)}) on conflict(id) do update set "
                + ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id"),
                [[row[c] for c in columns] for row in upserts],
            )
            changed += len(upserts)
        moves = [(assignment[f.id], f.id) for f in figures if f.old_cluster != assignment[f.id]]
        if moves:
            db.conn.executemany("update figures set cluster_id = ? where id = ?", moves)
        changed += _delete_empty(db)
    logger.debug(
        "clusters: %d subjects, %d figures, %d clusters, %d rows changed, %d figures moved",
        len(subjects),
        len(figures),
        len(clusters),
        changed,
        len(moves),
    )
    return changed


def unclustered_articles(db: Database) -> list[int]:
    """Articles with a figure that names a subject and has a USD amount but no cluster yet.

    Every such figure founds or joins a cluster when clustered, so these are exactly the
    articles an interrupted run stored without clustering.
    """
    rows = db.execute(
        "select distinct article_id from figures where cluster_id is null"
        " and subject_entity_id is not null and amount_usd is not null"
    ).fetchall()
    return [int(r[0]) for r in rows]


def _delete_empty(db: Database) -> int:
    cursor = db.execute(
        "delete from clusters where not exists "
        "(select 1 from figures f where f.cluster_id = clusters.id)"
    )
    return max(0, cursor.rowcount)


def _affected_subjects(
    db: Database, article_ids: list[int] | None, inferred: dict[int, dict[str, str]]
) -> set[str]:
    """Subjects whose clusters must be recomputed for this batch."""
    if article_ids is None:
        rows = db.execute(
            "select distinct subject_entity_id from figures where subject_entity_id is not null"
        ).fetchall()
        subjects = {r[0] for r in rows}
        subjects |= set(_inferred_subjects(db, None).values())
        return subjects
    subjects = set()
    for chunk in _chunks(article_ids, 500):
        marks = ",".join("?" for _ in chunk)
        rows = db.execute(
            f"select distinct subject_entity_id from figures "
            f"where subject_entity_id is not null and article_id in ({marks})",
            chunk,
        ).fetchall()
        subjects |= {r[0] for r in rows}
        subjects |= set(_inferred_subjects(db, chunk, inferred).values())
    # Clusters whose stored figure count no longer matches: their figures were re-extracted or
    # changed subject, so their subject must be recomputed too.
    rows = db.execute(
        "select k.subject_entity_id from clusters k where coalesce(k.figures_count, -1) != "
        "(select count(*) from figures f where f.cluster_id = k.id)"
    ).fetchall()
    subjects |= {r[0] for r in rows if r[0] is not None}
    # Figures that now name another subject but still sit in one of these clusters.
    for chunk in _chunks(sorted(subjects), 500):
        marks = ",".join("?" for _ in chunk)
        rows = db.execute(
            f"select distinct f.subject_entity_id from figures f "
            f"join clusters k on k.id = f.cluster_id where k.subject_entity_id in ({marks}) "
            f"and f.subject_entity_id is not null and f.subject_entity_id != k.subject_entity_id",
            chunk,
        ).fetchall()
        subjects |= {r[0] for r in rows}
    return _with_sentence_mates(db, subjects)


def _with_sentence_mates(db: Database, subjects: set[str]) -> set[str]:
    """``subjects`` plus every subject linked to them through a figure's sentence, to a fixpoint.

    A figure may join a cluster of an entity named in its sentence (see ``_cluster``), so the
    subjects of a figure and of the entities named beside it are reclustered together.
    """
    frontier = set(subjects)
    result = set(subjects)
    while frontier:
        found: set[str] = set()
        for chunk in _chunks(sorted(frontier), 250):
            marks = ",".join("?" for _ in chunk)
            # Entities named in the sentences of these subjects' figures, and the subjects of
            # figures whose sentence names one of these entities.
            rows = db.execute(
                f"""select m.entity_id from figures f
                    join mentions m on m.article_id = f.article_id
                     and m.sentence_index = f.sentence_index
                    join entities e on e.id = m.entity_id
                    where f.subject_entity_id in ({marks}) and f.amount_usd is not null
                      and coalesce(e.label, '') not in ({",".join("?" for _ in NON_SUBJECT_LABELS)})
                    union
                    select f.subject_entity_id from figures f
                    join mentions m on m.article_id = f.article_id
                     and m.sentence_index = f.sentence_index
                    where m.entity_id in ({marks}) and f.subject_entity_id is not null
                      and f.amount_usd is not null""",
                [*chunk, *NON_SUBJECT_LABELS, *chunk],
            ).fetchall()
            found |= {r[0] for r in rows if r[0] is not None}
        frontier = found - result
        result |= frontier
    return result


def _inferred_subjects(
    db: Database,
    article_ids: Sequence[int] | None,
    memo: dict[int, dict[str, str]] | None = None,
) -> dict[str, str]:
    """Figure id -> subject inferred for figures that have none (see the module docstring).

    ``memo`` (article id -> its figures' subjects) keeps what one clustering run already
    inferred, so an article is looked at once.
    """
    if memo is not None and article_ids is not None:
        todo = sorted({a for a in article_ids if a not in memo})
        for chunk in _chunks(todo, 500):
            for aid in chunk:
                memo[aid] = {}
            for fid, (aid, subject) in _infer(db, chunk).items():
                memo[aid][fid] = subject
        return {fid: subject for a in article_ids for fid, subject in memo[a].items()}
    return {fid: subject for fid, (_, subject) in _infer(db, article_ids).items()}


def _infer(db: Database, article_ids: Sequence[int] | None) -> dict[str, tuple[int, str]]:
    """Figure id -> (article id, inferred subject), for ``_inferred_subjects``."""
    where = "f.subject_entity_id is null and f.amount_usd is not null"
    params: list[Any] = []
    if article_ids is not None:
        where += f" and f.article_id in ({','.join('?' for _ in article_ids)})"
        params = list(article_ids)
    figs = db.execute(
        f"select f.id, f.article_id, f.sentence_index, f.start from figures f where {where}",
        params,
    ).fetchall()
    if not figs:
        return {}
    by_article: dict[int, list[tuple[str, str, int | None, int]]] = {}
    wanted = sorted({r[1] for r in figs})
    for chunk in _chunks(wanted, 500):
        marks = ",".join("?" for _ in chunk)
        for entity_id, article_id, sentence_index, start in db.execute(
            f"""select m.entity_id, m.article_id, m.sentence_index, m.start
                from mentions m join entities e on e.id = m.entity_id
                where m.article_id in ({marks})
                  and coalesce(e.label, '') not in ({",".join("?" for _ in NON_SUBJECT_LABELS)})
                order by m.article_id, m.start""",
            [*chunk, *NON_SUBJECT_LABELS],
        ).fetchall():
            by_article.setdefault(article_id, []).append(
                (entity_id, entity_id, sentence_index, start or 0)
            )
    result: dict[str, tuple[int, str]] = {}
    for fid, article_id, sentence_index, start in figs:
        mentions = by_article.get(article_id, [])
        if not mentions:
            continue
        same_sentence = [m for m in mentions if m[2] is not None and m[2] == sentence_index]
        if same_sentence:
            nearest = min(same_sentence, key=lambda m: (abs(m[3] - (start or 0)), m[3]))
            result[fid] = (article_id, nearest[0])
            continue
        counts = Counter(m[0] for m in mentions)
        first: dict[str, int] = {}
        for m in mentions:
            first.setdefault(m[0], m[3])
        result[fid] = (article_id, min(counts, key=lambda e: (-counts[e], first[e])))
    return result


def _load_figures(
    db: Database, subjects: set[str], inferred: dict[int, dict[str, str]]
) -> list[_Figure]:
    """Every clusterable figure whose subject, stated or inferred, is in ``subjects``."""
    found: dict[str, _Figure] = {}
    subject_list = sorted(subjects)
    for chunk in _chunks(subject_list, 500):
        marks = ",".join("?" for _ in chunk)
        rows = db.execute(
            f"select {_FIGURE_COLUMNS} {_FIGURE_FROM} "
            f"where f.subject_entity_id in ({marks}) "
            f"or f.cluster_id in (select id from clusters where subject_entity_id in ({marks}))",
            [*chunk, *chunk],
        ).fetchall()
        for row in rows:
            if row[2] is None or row[2] in subjects:
                fig = _figure(row, row[2])
                found[fig.id] = fig
        # Subjectless figures in articles that mention one of these subjects.
        article_ids = [
            r[0]
            for r in db.execute(
                f"select distinct f.article_id from figures f where f.subject_entity_id is null "
                f"and f.amount_usd is not null and f.article_id in "
                f"(select article_id from mentions where entity_id in ({marks}))",
                chunk,
            ).fetchall()
        ]
        for ids in _chunks(article_ids, 500):
            keep = {
                fid: s for fid, s in _inferred_subjects(db, ids, inferred).items() if s in subjects
            }
            if not keep:
                continue
            fmarks = ",".join("?" for _ in keep)
            for row in db.execute(
                f"select {_FIGURE_COLUMNS} {_FIGURE_FROM} where f.id in ({fmarks})", list(keep)
            ).fetchall():
                fig = _figure(row, keep[row[0]])
                fig.inferred = True
                if fig.id not in found or found[fig.id].subject is None:
                    found[fig.id] = fig
    return sorted(found.values(), key=lambda f: f.order)


def _attach_mates(db: Database, figures: list[_Figure]) -> None:
    """Fill each figure's ``mates``: the non-place entities named in its sentence."""
    by_sentence: dict[tuple[int, int], set[str]] = {}
    article_ids = sorted({f.article_id for f in figures})
    for chunk in _chunks(article_ids, 500):
        marks = ",".join("?" for _ in chunk)
        for entity_id, article_id, sentence_index in db.execute(
            f"""select m.entity_id, m.article_id, m.sentence_index
                from mentions m join entities e on e.id = m.entity_id
                where m.article_id in ({marks}) and m.sentence_index is not null
                  and coalesce(e.label, '') not in ({",".join("?" for _ in NON_SUBJECT_LABELS)})""",
            [*chunk, *NON_SUBJECT_LABELS],
        ).fetchall():
            by_sentence.setdefault((article_id, sentence_index), set()).add(entity_id)
    for fig in figures:
        if fig.sentence_index is not None:
            mates = by_sentence.get((fig.article_id, fig.sentence_index), set())
            fig.mates = frozenset(mates - {fig.subject} if fig.subject else mates)


def _figure(row: Sequence[Any], subject: str | None) -> _Figure:
    (fid, article_id, _stated, kind, lo, hi, start, sentence_index, currency, old, date_text) = row[
        :11
    ]
    if lo is None or date_text is None:
        return _Figure(
            id=fid,
            article_id=article_id,
            subject=None,
            kind=kind,
            lo=0.0,
            hi=0.0,
            start=start or 0,
            sentence_index=sentence_index,
            currency=currency,
            old_cluster=old,
            date_text=date_text or "",
            date=datetime.min.replace(tzinfo=UTC),
            source_id=row[11],
            language=row[12],
            story=row[13],
        )
    date = _parse_date(date_text)
    amount = float(row[14]) if len(row) > 14 and row[14] is not None else None
    amount_max = float(row[15]) if len(row) > 15 and row[15] is not None else None
    lo_f, hi_f = float(lo), float(hi)
    return _Figure(
        id=fid,
        article_id=article_id,
        subject=subject,
        kind=kind,
        lo=min(lo_f, hi_f),
        hi=max(lo_f, hi_f),
        start=start or 0,
        sentence_index=sentence_index,
        currency=currency,
        old_cluster=old,
        date_text=date_text,
        date=date,
        source_id=row[11],
        language=row[12],
        story=row[13],
        amount=amount,
        amount_max=amount_max,
    )


def _parse_date(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        value = datetime.fromisoformat(text.strip()[:10])
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _overlaps(a: _Figure, b: _Figure) -> bool:
    """True when two USD intervals meet within ``TOLERANCE``.

    "$5-7 trillion" and "$7 trillion" do; "$5 trillion" and "$500 billion" don't.
    """
    return a.lo <= b.hi * (1 + TOLERANCE) and b.lo <= a.hi * (1 + TOLERANCE)


def _distance(a: _Figure, b: _Figure) -> float:
    """How far apart two intervals' midpoints are, relative to their size (0 = identical)."""
    mid_a, mid_b = (a.lo + a.hi) / 2, (b.lo + b.hi) / 2
    return abs(mid_a - mid_b) / max(mid_a, mid_b, 1.0)


def _specific_repeat(fig: _Figure, founder: _Figure) -> bool:
    """True when ``fig`` prints exactly the founder's amount, and that amount is not round.

    "8,5 Milliarden Dollar" repeats "$8.5 billion" (two significant digits); "$10 billion" does
    not count, however exact: round amounts recur as different claims.
    """
    if fig.amount is None or founder.amount is None or fig.currency != founder.currency:
        return False
    if abs(fig.amount - founder.amount) > 1e-9 * abs(founder.amount):
        return False
    if (fig.amount_max is None) != (founder.amount_max is None):
        return False
    if (
        fig.amount_max is not None
        and founder.amount_max is not None
        and abs(fig.amount_max - founder.amount_max) > 1e-9 * abs(founder.amount_max)
    ):
        return False
    return _significant_digits(founder.amount) >= 2


def _significant_digits(value: float) -> int:
    """Significant digits of an amount: 8.5e9 -> 2, 1e10 -> 1, 12.25e9 -> 4."""
    digits = f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")
    return max(1, len(digits))


def _in_window(fig: _Figure, founder: _Figure) -> bool:
    days = EXACT_WINDOW_DAYS if _specific_repeat(fig, founder) else WINDOW_DAYS
    return abs(fig.date - founder.date) <= timedelta(days=days)


@cache
def _kinds_agree(a: str, b: str) -> bool:
    """Same kind, or two kinds of one family (``KIND_FAMILIES``); ``other`` agrees with any."""
    if a == b or a in SPECIFIC_OTHER or b in SPECIFIC_OTHER:
        return True
    return any(a in family and b in family for family in KIND_FAMILIES)


def _same_sentence(fig: _Figure, cluster: _Cluster) -> bool:
    """True when ``cluster`` holds another figure of ``fig``'s sentence in the same currency.

    Two amounts of one sentence are two claims ("$3.34 trillion, past Microsoft's $3.32
    trillion"), except a conversion in another currency ("500 Milliarden Dollar (rund 480
    Milliarden Euro)").
    """
    if fig.sentence_index is None:
        return False
    return any(
        m.article_id == fig.article_id
        and m.sentence_index == fig.sentence_index
        and m.id != fig.id
        and m.currency == fig.currency
        for m in cluster.members
    )


def _best(fig: _Figure, candidates: Iterable[_Cluster]) -> _Cluster | None:
    # Cheapest test first, inlined: most candidates are a different amount (``_overlaps``).
    reach = fig.hi * (1 + TOLERANCE)
    matches = [
        c
        for c in candidates
        if c.founder.lo <= reach
        and fig.lo <= c.founder.hi * (1 + TOLERANCE)
        and _in_window(fig, c.founder)
        and not _same_sentence(fig, c)
    ]
    if not matches:
        return None
    return min(matches, key=lambda c: (_distance(fig, c.founder), c.founder.order))


def _named_beside(fig: _Figure, by_subject: dict[str, list[_Cluster]]) -> list[_Cluster]:
    """Clusters of the other entities named in ``fig``'s sentence.

    A figure may join them when its own subject has no matching cluster: "Das KI-Start-up xAI
    von Elon Musk hat 6 Milliarden US-Dollar eingesammelt" (subject xAI) joins "Elon Musk's xAI
    raises $6B" (subject Musk).
    """
    if fig.kind in VALUE_KINDS:  # two companies can be worth the same (see ``_merge_named``)
        return []
    return [
        c
        for mate in sorted(fig.mates)
        for c in by_subject.get(mate, [])
        if c.kind not in VALUE_KINDS
    ]


def _cluster(figures: list[_Figure]) -> list[_Cluster]:
    """Group ``figures`` (sorted oldest first) into clusters by the three passes."""
    by_subject: dict[str, list[_Cluster]] = {}
    usable = [f for f in figures if f.subject is not None and f.date_text]
    founders_pass = [f for f in usable if not f.inferred and f.kind not in SPECIFIC_OTHER]
    other_pass = [f for f in usable if not f.inferred and f.kind in SPECIFIC_OTHER]
    joiners = [f for f in usable if f.inferred]
    for fig in founders_pass:
        subject = fig.subject
        if subject is None:
            continue
        pool = [c for c in by_subject.get(subject, []) if _kinds_agree(c.kind, fig.kind)]
        best = _best(fig, pool) or _best(
            fig, [c for c in _named_beside(fig, by_subject) if _kinds_agree(c.kind, fig.kind)]
        )
        if best is None:
            best = _Cluster(cluster_id_for(fig.id), subject, fig.kind, fig)
            by_subject.setdefault(subject, []).append(best)
        best.members.append(fig)
    for fig in other_pass:
        subject = fig.subject
        if subject is None:
            continue
        pool = by_subject.get(subject, [])
        beside = _named_beside(fig, by_subject)
        best = (
            _best(fig, [c for c in pool if c.kind != "other"])
            or _best(fig, [c for c in pool if c.kind == "other"])
            or _best(fig, beside)
        )
        if best is None:
            best = _Cluster(cluster_id_for(fig.id), subject, "other", fig)
            by_subject.setdefault(subject, []).append(best)
        best.members.append(fig)
    for fig in joiners:
        subject = fig.subject
        if subject is None:
            continue
        pool = [c for c in by_subject.get(subject, []) if _kinds_agree(c.kind, fig.kind)]
        best = _best(fig, pool) or _best(
            fig, [c for c in _named_beside(fig, by_subject) if _kinds_agree(c.kind, fig.kind)]
        )
        if best is not None:
            best.members.append(fig)
    return _merge_named(by_subject)


def _merge_named(by_subject: dict[str, list[_Cluster]]) -> list[_Cluster]:
    """Merge clusters of different subjects that a member's sentence ties together.

    Stargate's "$500 billion" founds one cluster under Donald Trump ("Trump announced up to $500
    billion"), another under OpenAI ("OpenAI, SoftBank and Oracle launch $500 billion venture"),
    before "Trump presentó Stargate, una empresa conjunta de OpenAI, SoftBank y Oracle que
    invertirá hasta 500.000 millones" names both. Two clusters merge, the younger into the
    older, when a member of one names the other's subject in its sentence, their founders agree
    on kind, amount and window, and no sentence would give the merged cluster two same-currency
    figures. Values (``market_cap``, ``valuation``) never merge across subjects: two companies
    can be worth the same ("Nvidia passed $3 trillion ... Apple, worth about $3 trillion").
    """
    clusters = sorted((c for cs in by_subject.values() for c in cs), key=lambda c: c.founder.order)
    alive = {c.id: c for c in clusters}
    for younger in reversed(clusters):
        if younger.id not in alive or younger.kind in VALUE_KINDS:
            continue
        named = sorted({mate for m in younger.members for mate in m.mates} - {younger.subject})
        for older in (c for mate in named for c in by_subject.get(mate, [])):
            if (
                older.id in alive
                and older is not younger
                and older.founder.order < younger.founder.order
                and _kinds_agree(older.kind, younger.kind)
                and _in_window(younger.founder, older.founder)
                and _overlaps(younger.founder, older.founder)
                and not any(_same_sentence(m, older) for m in younger.members)
            ):
                older.members.extend(younger.members)
                del alive[younger.id]
                break
    return [c for c in clusters if c.id in alive]


def _entity_names(db: Database, ids: set[str]) -> dict[str, str]:
    """Names of the entities ``ids``, in one query per 500."""
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(ids), 500):
        marks = ",".join("?" for _ in chunk)
        sql = f"select id, name from entities where id in ({marks})"
        out.update((str(i), str(n)) for i, n in db.execute(sql, chunk).fetchall() if n is not None)
    return out


def _cluster_row(cluster: _Cluster, names: dict[str, str]) -> dict[str, Any]:
    members = sorted(cluster.members, key=lambda f: f.order)
    first = members[0]
    usd = [m for m in members if m.currency == "USD"] or members
    lo, hi = min(m.lo for m in members), max(m.hi for m in members)
    name = names.get(cluster.subject, cluster.subject)
    label = " · ".join(
        [
            name,
            cluster.kind.replace("_", " "),
            format_usd(min(m.lo for m in usd), max(m.hi for m in usd)),
        ]
    )
    return {
        "id": cluster.id,
        "label": label,
        "subject_entity_id": cluster.subject,
        "kind": cluster.kind,
        "amount_usd_min": lo,
        "amount_usd_max": hi,
        "first_seen_at": first.date_text,
        "last_seen_at": max(members, key=lambda f: f.order).date_text,
        "first_article_id": first.article_id,
        "articles_count": len({m.story for m in members}),
        "outlets_count": len({m.source_id for m in members if m.source_id is not None}),
        "languages": json.dumps(sorted({m.language for m in members if m.language})),
        "figures_count": len(members),
    }


def _existing_clusters(
    db: Database, subjects: set[str], ids: list[str]
) -> dict[str, dict[str, Any]]:
    columns = [
        "id",
        "label",
        "subject_entity_id",
        "kind",
        "amount_usd_min",
        "amount_usd_max",
        "first_seen_at",
        "last_seen_at",
        "first_article_id",
        "articles_count",
        "outlets_count",
        "languages",
        "figures_count",
    ]
    result: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" for _ in chunk)
        for row in db.execute(
            f"select {', '.join(columns)} from clusters where id in ({marks})", chunk
        ).fetchall():
            result[row[0]] = dict(zip(columns, row, strict=True))
    return result


_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def format_usd(lo: float, hi: float) -> str:
    """A readable USD amount or range: ``format_usd(5e12, 7e12) == "$5-7 trillion"``."""
    for size, word in _SCALES:
        if hi >= size:
            low, high = _short(lo / size), _short(hi / size)
            return f"${high} {word}" if low == high else f"${low}-{high} {word}"
    low, high = _short(lo), _short(hi)
    return f"${high}" if low == high else f"${low}-{high}"


def _short(value: float) -> str:
    """Three significant digits without exponent: 1.72, 595, 0.5."""
    text = f"{value:.3g}"
    if "e" in text:
        text = f"{value:.0f}"
    return text


def _chunks(items: Sequence[Any], size: int) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])
