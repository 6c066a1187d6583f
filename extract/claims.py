"""Claims: the sentences that hold money figures, with kind, subject, attribution and hedging.

Rules, per figure (documented here because journalists read the output as evidence):

* **kind**: the cue word nearest to the figure in its sentence wins ("capitalizzazione di
  mercato vicina a $1,72 trilioni" -> ``market_cap``); cues are listed for en/it/de/fr/es
  (English cues count in every language: quoted copy). With no cue in its sentence a figure
  continues the previous sentence when that sentence held a figure ("L'anno scorso ... aveva
  raggiunto $1 trilioni" after Nvidia's market cap), else repeats an earlier figure of the same
  amount ("La cifra di $7 trilioni" -> the $5-7 trillion ask), else is ``other``.
* **subject**: for English with a dependency parse, the nominal subject of the verb governing
  the figure, when it is (or holds) an ORG/PERSON entity. Otherwise, and as a fallback: a
  possessor of the cue ("Nvidia's market cap", "la capitalizzazione di Nvidia"), else the
  entity that opens the sentence, else the nearest ORG/PERSON before the figure, preferring
  one not inside a prepositional phrase ("CEO di OpenAI, Sam Altman" -> Sam Altman), else an
  agent after it ("an investment by Microsoft"). A sentence with no own cue, or opening with a
  pronoun ("It", "Sie", "Elle", "La società"), takes the subject of the figure it continues.
  Entities named as the source of the claim are never its subject.
* **attribution**: the outlet or person cited ("according to X", "secondo X", "laut X",
  "selon X", "según X", "fornita dal X", "X reported"), canonical name if it is an entity; a
  continuing or hedged sentence also looks in the sentence before.
* **hedged**: reportedly / starebbe / soll / aurait / estaría and the like in the sentence.
* **period**: a year or quarter in the figure's clause, normalized ("Q3 2025", "2024").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from extract.claim_cues import (
    AGENT_GAP_RE,
    APOSTROPHE_S,
    ATTACHED_ENTITY_RE,
    CHIEF_GAP_RE,
    CITE_AFTER_RE,
    CITE_BEFORE_RE,
    CITE_GAP_RE,
    CITE_INVERTED_RE,
    CONDITIONAL_RE,
    CUE_RE,
    DE_COMPOUND_RE,
    DELTA_BEFORE_RE,
    EXCHANGE_RE,
    GOVERNMENT_COUNTRY,
    GOVERNMENT_RE,
    HEDGE_RE,
    ITEM_RE,
    LED_BY_AFTER_RE,
    LED_BY_RE,
    MARKET_RE,
    NOT_CONDITIONAL,
    PERIOD_WORD_RE,
    PERSONLESS_KINDS,
    POSSESSOR_GAP_RE,
    PREP_BEFORE_RE,
    PRODUCT_MAKERS,
    PRODUCT_WORD_RE,
    PRONOUN_RE,
    PROPER_RE,
    RECIPIENT_GAP_RE,
    RELATIVE_RE,
    SITE_RE,
    SOURCE_KINDS,
    SPEECH_BEFORE_RE,
    UNIT_RE,
    WORD_START_RE,
    WORD_TAIL_RE,
    WORTH_RE,
)
from extract.models import Claim, EntityMention, FigureInfo, MoneyFigure

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SUBJECT_LABELS = {"ORG", "PERSON"}
# Entities that grant subsidies rather than receive them (gazetteer kinds), besides GPEs
_GRANTOR_KINDS = frozenset({"government", "agency"})
# Money nobody owns as a company: kinds whose subject may be a country (GPE)
_GPE_KINDS = frozenset({"subsidy", "investment", "other"})
# Kinds that belong to a company, so a subject may be carried from the sentence before
_COMPANY_KINDS = frozenset({"market_cap", "revenue", "valuation", "capex", "price", "funding_ask"})
# A cue right after the figure belongs to it: "$157 billion valuation", "$6.4 billion in
# subsidies", "4 miliardi di euro di aiuti", "5 Mrd. Euro an Zuschüssen" (not "at a valuation")
_ATTACHED_GAP_RE = re.compile(
    r"^\s*(?:-\s*)?(?:(?:in|of|di|de|d'|an|en|von|à)\s+(?:[\w-]+\s+)?)?$", re.IGNORECASE
)
# Acquisitions: a "cost" that is the price paid ("L'acquisizione di Run:ai costerà a Nvidia")
_ACQUISITION_RE = re.compile(
    r"(?<![\w])(?:acqui|buy|bought|purchase|rachet|rachat|compra|übernahm|übernehm|kauf)",
    re.IGNORECASE,
)
_GAZETTEER_KIND: dict[str, str] = {}
# Two names joined into one subject: "BlackRock and Microsoft", "OpenAI, SoftBank e Oracle"
_COORDINATED_RE = re.compile(r"\s*(?:,\s*)?(?:and|e|und|et|y|&)?\s*", re.IGNORECASE)
# A "price" this large is no share or product price but a market value ("3 010 milliards à la
# clôture de Wall Street"), unless something is bought (the largest deals stay below $100bn)
_MARKET_VALUE_USD = 1e11
# A name-rule entity swallowing a cue word ("Según Bloomberg", "Supuestamente"): not a subject
_CUE_LED_RE = re.compile(
    r"(?:según|selon|secondo|laut|supuestamente|reportedly|angeblich|stando)\b", re.IGNORECASE
)
# Years and quarters: "2024", "Q3 2025", "3Q25", "third quarter of 2025", "terzo trimestre 2025",
# "im dritten Quartal 2025", "au troisième trimestre 2025", "tercer trimestre de 2025", "FY2025"
_ORD = (
    r"(?P<ord>first|second|third|fourth|primo|secondo|terzo|quarto|ersten|zweiten|dritten"
    r"|vierten|premier|deuxième|troisième|quatrième|primer|segundo|tercer|cuarto)"
)
_PERIOD_RE = re.compile(
    # every alternative starts with a digit, Q, T, F or an ordinal's first letter: testing that
    # first lets the engine skip other positions at once
    r"(?=[\dqtfpeszdvc])"
    r"(?:\b[QT](?P<q>[1-4])\s?(?P<qy>(?:19|20)\d\d)\b|\b(?P<q2>[1-4])Q\s?(?P<qy2>\d\d)\b"
    rf"|\b{_ORD}\s+(?:fiscal\s+)?(?:quarter|trimestre|quartal)\s+(?:of\s+|del\s+|de\s+)?"
    r"(?:fiscal\s+)?(?P<oy>(?:19|20)\d\d)\b|\bF[Yy]\s?(?P<fy>(?:19|20)?\d\d)\b"
    r"|\bfiscal (?:year )?(?P<fy2>(?:19|20)\d\d)\b"
    r"|(?<![\d.,$€£])\b(?P<y>(?:19[5-9]|20\d)\d)\b(?![.,]?\d))",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "primo": 1, "ersten": 1, "premier": 1, "primer": 1, "second": 2}
_ORDINALS |= {"secondo": 2, "zweiten": 2, "deuxième": 2, "segundo": 2, "third": 3, "terzo": 3}
_ORDINALS |= {"dritten": 3, "troisième": 3, "tercer": 3, "fourth": 4, "quarto": 4, "vierten": 4}
_ORDINALS |= {"quatrième": 4, "cuarto": 4}
# A clause ends at ";", ":", a dash, brackets or a comma not between digits ("1,72" is a number)
_CLAUSE_SEP_RE = re.compile(r"[;:()]|,(?!\d)|\s[–—-]\s")
# Cue scope also ends at a conjunction joining clauses: "OpenAI sammelte 6,6 Milliarden Dollar
# ein und wird nun mit 157 Milliarden Dollar bewertet" (separators inside a figure are ignored)
_CLAUSE_CUT_RE = re.compile(
    r"[;:()]|,(?!\d)|\s[–—-]\s|\s(?:and|but|while|whereas|e|ma|mentre|und|aber|während|et|mais"
    r"|tandis que|y|pero|mientras)\s",
    re.IGNORECASE,
)
# Fallback sentence split when no sentences are given: "... trilioni. Questo ..." or a newline
_SENT_SPLIT_RE = re.compile(r"(?<=[.!?…])['\"”»]?\s+(?=[\"“«(]?[A-ZÀ-Þ])|\n+")


def build_claims(
    text: str,
    lang: str,
    sentences: Sequence[tuple[int, int]],
    money: Sequence[MoneyFigure],
    entities: Sequence[EntityMention],
    *,
    doc: Doc | None = None,
    title_sentence: bool = False,
) -> tuple[list[Claim], list[FigureInfo]]:
    """One Claim per sentence holding money, and one FigureInfo per figure (``money`` order)."""
    sents = list(sentences) or _split_sentences(text)
    starts = [s for s, _ in sents]
    parsed = doc is not None and lang == "en" and doc.has_annotation("DEP") and doc.text == text
    ents = sorted(entities, key=lambda e: e.start)
    ent_starts = [e.start for e in ents]
    cache: dict[int, _Cited] = {}

    def in_sentence(si: int) -> list[EntityMention]:
        lo, hi = sents[si]
        inside = ents[bisect.bisect_left(ent_starts, lo) : bisect.bisect_left(ent_starts, hi)]
        return [e for e in inside if e.end <= hi]

    def cited(si: int) -> _Cited:
        if si not in cache:
            lo, hi = sents[si]
            cache[si] = _attribution(text, lo, hi, in_sentence(si))
        return cache[si]

    topic = _topic(ents)
    infos: list[FigureInfo] = []
    by_sentence: dict[int, list[int]] = {}  # sentence index -> figure indexes
    by_amount: dict[tuple[str, float], int] = {}  # (currency, amount) -> last figure index
    sentence_cues: dict[int, list[tuple[int, int, str]]] = {}
    for i, fig in enumerate(money):
        si = _sentence_of(starts, sents, fig)
        s_start, s_end = sents[si]
        all_ents = in_sentence(si)
        sentence_ents = [
            e
            for e in all_ents
            if e.label in _SUBJECT_LABELS
            and (e.start, e.end) not in cited(si).spans
            and not _is_source(e)
            and not _CUE_LED_RE.match(e.text)
        ]
        if si not in sentence_cues:
            sentence_cues[si] = _cues(text, s_start, s_end, lang)
        cues = sentence_cues[si]
        c_start, c_end = _clause(text, s_start, s_end, fig, money)
        kind = _pick_cue(text, cues, fig, c_start, c_end)
        kind = _refine_kind(text, kind, fig, s_start, s_end, c_start, c_end)
        prev_ok = si > 0 and not (title_sentence and si == 1)
        prev = by_sentence.get(si - 1, []) if prev_ok else []
        source: FigureInfo | None = None
        if kind is None and prev:
            source = infos[prev[-1]]
        elif kind is None:
            same = by_amount.get((fig.currency, fig.amount))
            source = infos[same] if same is not None else None
        effective = kind or (source.kind if source else None)
        market = effective in {"sales", "revenue"} and _market_wide(text, s_start, fig, c_end)
        subject: _Subject | None = None
        possessor = _possessor(text, fig, sentence_ents, cues)
        if market and possessor is None:
            subject = None
        elif effective == "price" and (maker := _maker(text, s_start, s_end, all_ents)):
            subject = maker
        elif effective == "subsidy":
            subject = _recipient(text, s_start, fig, sentence_ents, all_ents)
        if subject is None and not market:
            if parsed and doc is not None:
                subject = _parse_subject(doc, fig, sentence_ents)
            subject = subject or possessor
            subject = subject or _heuristic_subject(text, s_start, c_start, fig, sentence_ents)
        pronoun_led = bool(PRONOUN_RE.match(text, s_start, s_end))
        if source is None and pronoun_led and prev and not _entity_before(sentence_ents, fig):
            source = infos[prev[-1]]
        if source is not None and subject is None and not market:
            subject = _Subject(source.subject, source.subject_entity_id)
        speaker = cited(si).speaker
        if subject is None and not market and speaker is not None and speaker.label == "ORG":
            subject = _Subject.of(speaker)  # "The new fab will cost $20 billion, Intel said"
        if subject is None and not market and (effective or "other") in _GPE_KINDS:
            subject = _government(text, s_start, fig, all_ents)
        orphan = subject is None and not market and not _entity_before(sentence_ents, fig)
        if orphan and effective in _COMPANY_KINDS:
            # "Nvidia reported results. Revenue rose to $22.1 billion": the story's company
            subject = topic or (_first_org(in_sentence(si - 1)) if prev_ok else None)
        final_kind = kind or (source.kind if source else "other")
        if subject is not None and subject.entity_id is not None:
            subject = _employer(text, subject, final_kind, sentence_ents)
        if final_kind == "sales" and subject is not None and not market:
            final_kind = "revenue"  # a company's sales are its revenue ("Le vendite di Apple")
        by_sentence.setdefault(si, []).append(i)
        for value in (fig.amount, fig.amount_max):
            if value is not None:
                by_amount[(fig.currency, value)] = i
        infos.append(
            FigureInfo(
                kind=final_kind,
                subject=subject.name if subject else None,
                subject_entity_id=subject.entity_id if subject else None,
                sentence_index=si,
                period=_period(text, s_start, s_end, fig),
            )
        )
    claims: list[Claim] = []
    for si in sorted(by_sentence):
        idx = tuple(by_sentence[si])
        s_start, s_end = sents[si]
        last_end = max(money[i].end for i in idx)
        hedged = _hedged(text, s_start, s_end, last_end)
        attribution = cited(si).source
        continuing = not sentence_cues[si] and any(infos[i].kind != "other" for i in idx)
        after_title = title_sentence and si == 1
        if attribution is None and si > 0 and (hedged or continuing) and not after_title:
            attribution = cited(si - 1).source
        kinds = Counter(infos[i].kind for i in idx if infos[i].kind != "other")
        first = infos[idx[0]]
        claims.append(
            Claim(
                start=s_start,
                end=s_end,
                sentence=text[s_start:s_end],
                sentence_index=si,
                kind=kinds.most_common(1)[0][0] if kinds else "other",
                figure_indexes=idx,
                subject=first.subject,
                subject_entity_id=first.subject_entity_id,
                attribution=attribution,
                hedged=hedged,
            )
        )
    return claims, infos


class _Subject:
    __slots__ = ("entity_id", "name")

    def __init__(self, name: str | None, entity_id: str | None) -> None:
        self.name, self.entity_id = name, entity_id

    @classmethod
    def of(cls, e: EntityMention) -> _Subject:
        return cls(e.canonical or e.text, e.entity_id)


def _split_sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in [*_SENT_SPLIT_RE.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, pos + len(chunk.rstrip())))
        pos = m.end() if m else len(text)
    return out or [(0, len(text))]


def _sentence_of(starts: list[int], sents: list[tuple[int, int]], fig: MoneyFigure) -> int:
    i = max(0, bisect.bisect_right(starts, fig.start) - 1)
    return min(i, len(sents) - 1) if sents else 0


def _entity_kind(e: EntityMention) -> str | None:
    """The gazetteer kind of an entity ("media", "research", "government"), if known."""
    if e.entity_id is None:
        return None
    if e.entity_id not in _GAZETTEER_KIND:
        from extract.gazetteer import load_gazetteer

        entry = load_gazetteer().get(e.entity_id)
        _GAZETTEER_KIND[e.entity_id] = entry.kind if entry else ""
    return _GAZETTEER_KIND[e.entity_id] or None


def _is_source(e: EntityMention) -> bool:
    """Outlets, research firms and associations are cited, never the subject of a figure."""
    return _entity_kind(e) in SOURCE_KINDS


def _cues(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, str]]:
    """Cue words in text[start:end] as (start, end of word, kind), tried only at word starts."""
    found: list[tuple[int, int, str]] = []
    for w in WORD_START_RE.finditer(text, start, end):
        if found and w.start() < found[-1][1]:
            continue  # inside the previous cue ("capitalizzazione di mercato")
        m = CUE_RE.match(text, w.start(), end)
        if m:
            tail = WORD_TAIL_RE.match(text, m.end(), end)
            found.append((m.start(), tail.end() if tail else m.end(), m.lastgroup or "other"))
    if lang == "de":  # "Halbleiterabsatz", "Quartalsumsatz", "Chipförderung", "Baukosten"
        for m in DE_COMPOUND_RE.finditer(text, start, end):
            if not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start() + 1, m.end(), m.lastgroup or "other"))
        found.sort()
    return found


def _clause(
    text: str, s_start: int, s_end: int, fig: MoneyFigure, money: Sequence[MoneyFigure]
) -> tuple[int, int]:
    """The clause around a figure: between separators or conjunctions not inside a figure."""
    inside = [(f.start, f.end) for f in money if f.start < s_end and f.end > s_start]
    seps = [
        m
        for m in _CLAUSE_CUT_RE.finditer(text, s_start, s_end)
        if not any(a <= m.start() < b for a, b in inside)
    ]
    lo = max([m.end() for m in seps if m.end() <= fig.start], default=s_start)
    hi = min([m.start() for m in seps if m.start() >= fig.end], default=s_end)
    return lo, hi


def _pick_cue(
    text: str, cues: list[tuple[int, int, str]], fig: MoneyFigure, c_start: int, c_end: int
) -> str | None:
    """The cue of a figure: attached after it, else nearest before, then after, in its clause.

    Outside its clause the nearest cue of the sentence counts ("$157 billion valuation").
    """
    best: tuple[int, int, str] | None = None
    for cue_start, cue_end, kind in cues:
        if fig.start <= cue_start < fig.end:
            continue  # inside the figure itself
        before = cue_end <= fig.start
        dist = fig.start - cue_end if before else cue_start - fig.end
        in_clause = c_start <= cue_start < c_end
        if not before and in_clause and _ATTACHED_GAP_RE.match(text[fig.end : cue_start]):
            rank = 0
        elif in_clause:
            rank = 1 if before else 2
        else:
            rank = 3
        key = (rank, max(dist, 0), kind)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _refine_kind(
    text: str,
    kind: str | None,
    fig: MoneyFigure,
    s_start: int,
    s_end: int,
    c_start: int,
    c_end: int,
) -> str | None:
    """Rules over the cue: deltas, spending, unit prices, acquisitions, stock-market worth."""
    clause = text[c_start:c_end]
    if DELTA_BEFORE_RE.search(text[max(s_start, fig.start - 40) : fig.start]):
        return "other"  # "adding $277 billion in market value": a change, not a level
    if kind == "spend":
        # "spend $80 billion on data centers in fiscal 2025" is a budget: capex
        kind = "capex" if PERIOD_WORD_RE.search(text, s_start, s_end) else "investment"
    if kind in {None, "cost", "other", "market_cap", "revenue"} and UNIT_RE.search(clause):
        return "price"  # "per chip", "je Aktie", "par action", "each", "a unità"
    if kind == "cost":
        sentence = text[s_start:s_end]
        if _ACQUISITION_RE.search(sentence):
            return "price"  # the price paid for a company
        if ITEM_RE.search(clause) and not SITE_RE.search(clause):
            return "price"  # "Ein H100-Chip kostet", "A single EUV machine costs"
    big = fig.amount_usd is not None and fig.amount_usd >= _MARKET_VALUE_USD
    if kind == "price" and big and not _ACQUISITION_RE.search(text, s_start, s_end):
        return "market_cap"  # "Il titolo ... aveva superato i 1.000 miliardi": no share
    if kind in {None, "valuation", "other"} and EXCHANGE_RE.search(text, s_start, s_end):
        return "market_cap"  # "valorisée à 2 000 milliards en Bourse"
    if WORTH_RE.search(text, max(c_start, fig.start - 25), fig.start):
        return "market_cap"  # "Apple is worth $3.4 trillion"
    return kind


def _market_wide(text: str, s_start: int, fig: MoneyFigure, c_end: int) -> bool:
    """The figure is a whole market's ("global chip sales", "il mercato mondiale")."""
    return bool(MARKET_RE.search(text, s_start, c_end))


def _entity_before(ents: list[EntityMention], fig: MoneyFigure) -> bool:
    return any(e.end <= fig.start for e in ents)


def _topic(ents: list[EntityMention]) -> _Subject | None:
    """The story's company: the ORG named most often (at least 3 times), not a source."""
    counts = Counter(
        (e.canonical or e.text, e.entity_id) for e in ents if e.label == "ORG" and not _is_source(e)
    )
    top = counts.most_common(2)
    if not top or top[0][1] < 3 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None  # no clear topic: "Microsoft and OpenAI" named as often
    (name, entity_id), _n = top[0]
    return _Subject(name, entity_id)


def _first_org(ents: list[EntityMention]) -> _Subject | None:
    """The first company of a sentence, else its first person."""
    usable = [e for e in ents if e.label in _SUBJECT_LABELS and not _is_source(e)]
    orgs = [e for e in usable if e.label == "ORG"]
    pick = (orgs or usable)[:1]
    return _Subject.of(pick[0]) if pick else None


def _possessor(
    text: str, fig: MoneyFigure, ents: list[EntityMention], cues: list[tuple[int, int, str]]
) -> _Subject | None:
    """The owner of a cue before the figure ("la capitalizzazione di Nvidia").

    Also "Nvidia's market cap", "Microsoft's AI revenue", "del progetto Stargate",
    "Nvidias Börsenwert".
    """
    for c_start, c_end, _kind in cues:
        if c_end > fig.start:
            break
        for e in ents:
            if e.end <= c_start:
                gap = text[e.end : c_start]
                if gap.strip() in APOSTROPHE_S or re.fullmatch(r"['’]s(?:\s+[\w-]+){0,2}\s*", gap):
                    return _Subject.of(e)
                if not gap.strip() and e.text.endswith("s") and e.canonical != e.text:
                    return _Subject.of(e)  # "Nvidias Börsenwert", "Apples Marktwert"
            if c_end <= e.start < fig.start and POSSESSOR_GAP_RE.match(text[c_end : e.start]):
                return _Subject.of(e)
    return None


def _maker(text: str, s_start: int, s_end: int, ents: list[EntityMention]) -> _Subject | None:
    """The maker of a product priced in the sentence: an H100 or a Blackwell chip is Nvidia's."""
    for e in ents:
        if e.label == "PRODUCT":
            maker = PRODUCT_MAKERS.get((e.canonical or e.text).casefold())
            if maker:
                return _Subject(*maker)
    m = PRODUCT_WORD_RE.search(text, s_start, s_end)
    if m:
        name, entity_id = PRODUCT_MAKERS[m.group("p").casefold()]
        return _Subject(name, entity_id)
    return None


def _recipient(
    text: str,
    s_start: int,
    fig: MoneyFigure,
    ents: list[EntityMention],
    all_ents: list[EntityMention],
) -> _Subject | None:
    """Who receives a subsidy: "for ESMC", "to Micron", "a Rapidus".

    Else a company named beside the granting government ("The Commerce Department will provide
    TSMC with ...").
    """
    companies = [e for e in ents if _entity_kind(e) not in _GRANTOR_KINDS]
    companies = [e for e in companies if e.label == "ORG" or _entity_kind(e) != "person"]
    for e in companies:
        if RECIPIENT_GAP_RE.search(text[max(s_start, e.start - 12) : e.start]):
            return _Subject.of(e)
    grantors = [e for e in all_ents if _entity_kind(e) in _GRANTOR_KINDS or e.label == "GPE"]
    grantors += [e for e in ents if _entity_kind(e) == "person"]
    if grantors and companies:
        orgs = [e for e in companies if e.label == "ORG"]
        if orgs:
            return _Subject.of(orgs[0])
    return None


def _government(
    text: str, s_start: int, fig: MoneyFigure, ents: list[EntityMention]
) -> _Subject | None:
    """A country as the subject: a GPE before the figure, or "il governo italiano"."""
    for m in GOVERNMENT_RE.finditer(text, s_start, fig.start):
        word = (m.group("after") or m.group("before") or "").casefold()
        if word in GOVERNMENT_COUNTRY:
            return _Subject(*GOVERNMENT_COUNTRY[word])
    gpes = [e for e in ents if e.label == "GPE" and e.end <= fig.start]
    lead = [e for e in gpes if not re.sub(r"[\W_]", "", text[s_start : e.start])]
    return _Subject.of(lead[0]) if lead else None


def _heuristic_subject(
    text: str, s_start: int, c_start: int, fig: MoneyFigure, ents: list[EntityMention]
) -> _Subject | None:
    """A relative clause's antecedent, the sentence opener, the nearest entity before, an agent.

    An entity the figure hangs on ("Apple (3 286 milliards)") or the one opening the figure's
    own clause ("..., mentre Microsoft resta in testa con 3.150 miliardi") comes first.
    """
    before = [e for e in ents if e.end <= fig.start]
    if before and ATTACHED_ENTITY_RE.match(text[before[-1].end : fig.start]):
        return _Subject.of(before[-1])  # "Microsoft kam auf 3,32, Apple auf etwa 3,29 Billionen"
    if c_start > s_start:
        own = [
            e
            for e in before
            if e.start >= c_start and not PREP_BEFORE_RE.search(text[c_start : e.start])
        ]
        if own:  # "..., mentre Microsoft resta in testa con 3.150"
            head = own[0]
            for e in reversed(before[: before.index(head)]):
                if not _COORDINATED_RE.fullmatch(text, e.end, head.start):
                    break
                head = e  # "Stargate : Microsoft et OpenAI envisagent": Microsoft, not OpenAI
            return _Subject.of(head)
    for e in reversed(before):
        if RELATIVE_RE.match(text[e.end : fig.start]):
            return _Subject.of(e)  # "Silicon Box, che investirà 3,2 miliardi"
    if before:
        opener = before[0]
        if not re.sub(r"[\W_]", "", text[s_start : opener.start]):
            nxt = [e for e in before[1:] if e.start - opener.end <= 4]
            if nxt and text[opener.end : nxt[0].start].strip() in APOSTROPHE_S:
                return _Subject.of(nxt[0])  # "Elon Musk's xAI"
            chief = nxt and opener.label == "ORG" and nxt[0].label == "PERSON"
            if chief and CHIEF_GAP_RE.match(text[opener.end : nxt[0].start]):
                return _Subject.of(nxt[0])  # "OpenAI-Chef Sam Altman", "OpenAI CEO Sam Altman"
            return _Subject.of(opener)  # "Sam Altman, CEO di OpenAI, chiede ..."
        plain = [e for e in before if not PREP_BEFORE_RE.search(text[s_start : e.start])]
        return _Subject.of((plain or before)[-1])
    for e in ents:
        if e.start >= fig.end and AGENT_GAP_RE.match(text[fig.end : e.start]):
            return _Subject.of(e)  # "an investment by Microsoft"
    return None


def _employer(text: str, subject: _Subject, kind: str, ents: list[EntityMention]) -> _Subject:
    """A person's company where the money is the company's, else the person.

    "Il gruppo guidato da Jensen Huang ha superato i 3.000 miliardi" and "la start-up cofondée
    par Arthur Mensch avait levé 385 millions" are the company's; so are a market value, revenue,
    a share price, capex or a valuation ("PERSONLESS_KINDS"), and any figure of a sentence that
    names the person's own company ("Zuckerberg said Meta will spend $65 billion").
    """
    from extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    entry = gaz.get(subject.entity_id) if subject.entity_id else None
    if entry is None or entry.kind != "person":
        return subject
    mentions = [e for e in ents if e.entity_id == subject.entity_id]
    led = any(
        LED_BY_RE.search(text[max(0, e.start - 30) : e.start]) or LED_BY_AFTER_RE.match(text, e.end)
        for e in mentions
    )
    org = gaz.get(entry.org) if entry.org else None
    if org is not None and org.label != "ORG":
        org = None  # Giorgia Meloni's "org" is Italy: a government, not her company
    if led and org is not None:
        return _Subject(org.name, org.id)
    named = [e for e in ents if org is not None and e.entity_id == org.id]
    if named and kind != "funding_ask":
        return _Subject.of(named[0])  # "Zuckerberg said Meta will spend"
    if kind in PERSONLESS_KINDS:
        orgs = [e for e in ents if e.label == "ORG" and _entity_kind(e) not in _GRANTOR_KINDS]
        if orgs:
            return _Subject.of(orgs[0])  # "Elon Musk's xAI ... values the company at $24B"
        if org is not None:
            return _Subject(org.name, org.id)
    return subject


def _hedged(text: str, s_start: int, s_end: int, last_fig_end: int) -> bool:
    """Hedge words, or a reporting conditional before the last figure not in indirect speech."""
    if HEDGE_RE.search(text, s_start, s_end):
        return True
    for m in CONDITIONAL_RE.finditer(text, s_start, s_end):
        if m.group(0).casefold() in NOT_CONDITIONAL or m.start() > last_fig_end:
            continue
        if SPEECH_BEFORE_RE.search(text, s_start, m.start()):
            continue  # "said it would invest", "dijo que invertiría"
        return True
    return False


def _parse_subject(doc: Doc, fig: MoneyFigure, ents: list[EntityMention]) -> _Subject | None:
    """English: the nominal subject of the verb governing the figure, resolved to an entity."""
    span = doc.char_span(fig.start, fig.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    for _ in range(12):  # climb to the governing verb: "$2 trillion" -> "hit"
        if tok.pos_ in {"VERB", "AUX"} or tok.head is tok:
            break
        tok = tok.head
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
        if subjects:
            break
        if tok.dep_ in {"conj", "xcomp", "advcl", "relcl", "acl"} and tok.head is not tok:
            # "... and reached $2 trillion": the first verb's subject; relative clause: its noun
            if tok.dep_ in {"relcl", "acl"}:
                subjects = [tok.head]
                break
            tok = tok.head
            continue
        return None
    for subj in subjects:
        if subj.lower_ in {"which", "that", "who"} and tok.dep_ == "relcl":
            subj = tok.head
        lo, hi = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        inside = [e for e in ents if e.start >= lo and e.end <= hi]
        if inside:
            return _Subject.of(inside[0])  # "Nvidia's market cap" -> the possessor Nvidia
        if subj.pos_ == "PRON" and tok.dep_ == "ccomp":
            # "Apple said it expects capex of $10 billion": "it" is the speaker
            outer = [c for c in tok.head.children if c.dep_ == "nsubj"]
            lo2 = outer[0].left_edge.idx if outer else hi
            hi2 = outer[0].right_edge.idx + len(outer[0].right_edge) if outer else hi
            inside = [e for e in ents if e.start >= lo2 and e.end <= hi2]
            if inside:
                return _Subject.of(inside[0])
    return None


class _Cited(NamedTuple):
    source: str | None  # canonical name or the capitalized words after the cue
    spans: set[tuple[int, int]]  # entities cited as media sources: never the subject
    speaker: EntityMention | None  # "..., Nvidia said"


def _attribution(text: str, start: int, end: int, ents: list[EntityMention]) -> _Cited:
    """The source cited in one sentence, the media entities cited, and a speaking entity."""
    source: str | None = None
    spans: set[tuple[int, int]] = set()
    for m in CITE_AFTER_RE.finditer(text, start, end):
        after = [e for e in ents if e.start >= m.end() and e.label != "GPE"]
        near = [e for e in after if CITE_GAP_RE.match(text[m.end() : e.start])]
        if near:
            spans.add((near[0].start, near[0].end))
            source = source or near[0].canonical or near[0].text
            continue
        proper = PROPER_RE.match(text, m.end(), end)
        if source is None and proper and proper.group(1)[:1].isupper():
            source = proper.group(1).strip()
    speaker: EntityMention | None = None
    for e in ents:
        if e.label == "GPE":
            continue
        cite = CITE_BEFORE_RE.match(text, e.end, end)
        if cite is None and CITE_INVERTED_RE.search(text[max(start, e.start - 30) : e.start]):
            source = source or e.canonical or e.text  # ", ha detto Jensen Huang"
            if e.label == "ORG" and not _is_source(e):
                speaker = speaker or e
            else:
                spans.add((e.start, e.end))
            continue
        if cite is None or (cite.group("forecast") and not _is_source(e)):
            continue  # "TSMC expects capex of ...": a company forecasting itself, not a source
        source = source or e.canonical or e.text
        if cite.group("media") or _is_source(e):
            spans.add((e.start, e.end))  # "the Wall Street Journal reported": not the subject
        elif cite.group("speaker") and e.label in _SUBJECT_LABELS:
            speaker = speaker or e  # "..., Nvidia said": the source may be the subject too
    if source is None:  # "The Semiconductor Industry Association ..." named anywhere
        named = [e for e in ents if _is_source(e)]
        if named:
            source = named[0].canonical or named[0].text
    return _Cited(source, spans, speaker)


def _period(text: str, s_start: int, s_end: int, fig: MoneyFigure) -> str | None:
    """A year or quarter stated in the figure's clause, else the sentence's only one."""
    seps = [m for m in _CLAUSE_SEP_RE.finditer(text, s_start, s_end)]
    c_start = max([m.end() for m in seps if m.end() <= fig.start], default=s_start)
    c_end = min([m.start() for m in seps if m.start() >= fig.end], default=s_end)
    for lo, hi in ((c_start, c_end), (s_start, s_end)):
        found = {
            _norm_period(m)
            for m in _PERIOD_RE.finditer(text, lo, hi)
            if not (fig.start <= m.start() < fig.end)
        }
        if len(found) == 1:
            return found.pop()
        if found:
            return None  # "$60 billion in 2024, up from $27 billion in 2023": ambiguous
    return None


def _norm_period(m: re.Match[str]) -> str:
    if m.group("q"):
        return f"Q{m.group('q')} {m.group('qy')}"
    if m.group("q2"):
        return f"Q{m.group('q2')} 20{m.group('qy2')}"
    if m.group("ord"):
        return f"Q{_ORDINALS[m.group('ord').lower()]} {m.group('oy')}"
    fy = m.group("fy") or m.group("fy2")
    if fy:
        return f"FY{fy if len(fy) == 4 else '20' + fy}"
    return m.group("y")
