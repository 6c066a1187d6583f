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

from extract.models import Claim, EntityMention, FigureInfo, MoneyFigure

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SUBJECT_LABELS = {"ORG", "PERSON"}
_B = r"(?<![\w])"  # word start: "invest" in "investimento" but not in "reinvest"

# Cue stems per kind; each pattern starts at a word start and may run on ("invest" matches
# "investimento", "Investition", "investissement"). Kinds are tried in this order at each word,
# so the more specific cue wins ("Investitionsausgaben" is capex, not investment).
_CUES: dict[str, str] = {
    "market_cap": r"market[- ]?cap|market value|capitali[sz]zazion|valore? di mercato"
    r"|valori di mercato|börsenwert|marktkapitalisierung|marktwert|capitalisation"
    r"|valeur boursière|capitalización|valor (?:bursátil|de mercado)",
    "valuation": r"valuation|valued at|valuing|post-money|pre-money|valutazion|valutat"
    r"|bewertung|bewertet|valorisation|valoris[ée]|valoraci[óo]n|valorad|valuaci[óo]n",
    "funding_ask": r"seek|sought|raise|raising|fundrais|funding round|in talks to raise|asks?\b"
    r"|asking|chied|raccogl|raccolta|ottener|(?:round|sforzo) di finanziamento"
    r"|(?:geld |kapital )?einsammeln|einzusammeln|einwerben|finanzierungsrunde|fordert"
    r"|cherche à lever|lever\b|lève|levée de fonds|réclame|busca recaudar|recaudar|recaudaci"
    r"|ronda de financiaci|captar|pide",
    "revenue": r"revenue|turnover|fatturato|ricavi|umsatz|umsätze|erlös|chiffre d'affaires"
    r"|revenus|recettes|ingresos|facturaci[óo]n|factur[óo]",
    "sales": r"sales|vendite|absatz|verkäufe|ventes|ventas",
    "capex": r"capital expenditure|capital spending|capex|spese in conto capitale"
    r"|investimenti in conto capitale|investitionsausgaben|sachinvestition"
    r"|dépenses d'investissement|gastos? de capital|inversiones de capital",
    "subsidy": r"chips act (?:grant|funding|award)|grant|subsid|sussid|sovvenzion|aiuti di stato"
    r"|incentiv|förderung|fördermittel|subvention|zuschuss|zuschüsse|beihilfe|aides? publique"
    r"|aide d'[ée]tat|ayudas|subvenci[óo]n|subvenciones",
    "investment": r"invest|inversi[óo]n|inversiones|invertir|invierte|investering",
    "price": r"price|priced|prezz|preis|prix|precio",
    "cost": r"cost|costa|coster|kostet|kosten|coûte|coût|cuesta|coste",
}
_WORD_START_RE = re.compile(r"(?<!\w)\w")
_CUE_RE = re.compile("|".join(f"{_B}(?P<{k}>{v})" for k, v in _CUES.items()), re.IGNORECASE)

# Hedges: "reportedly", "is said to", "would"; it "starebbe", "sarebbe", "avrebbe",
# "secondo indiscrezioni"; de "soll", "sollen", "angeblich", "Berichten zufolge"; fr "aurait",
# "serait", "selon des sources"; es "estaría", "habría", "según fuentes"
_HEDGE_RE = re.compile(
    _B + r"(?:reportedly|allegedly|is said to|are said to|was said to|would|rumou?red"
    r"|sources (?:say|said)|people familiar|according to (?:people|sources|a person|insiders)"
    r"|starebbe(?:ro)?|sarebbe(?:ro)?|avrebbe(?:ro)?|secondo (?:indiscrezioni|fonti|rumors)"
    r"|indiscrezioni|si dice|soll|sollen|solle|angeblich|berichten zufolge|insidern zufolge"
    r"|dem vernehmen nach|aurai(?:t|ent)|serai(?:t|ent)|selon des sources|selon nos informations"
    r"|d'après des sources|estar[íi]a[n]?|habr[íi]a[n]?|según fuentes|supuestamente"
    r"|al parecer)(?!\w)",
    re.IGNORECASE,
)
# Attribution cues followed by the source: "according to the Wall Street Journal",
# "secondo l'analisi della Commissione Europea", "laut Reuters", "selon Les Echos",
# "fornita dal Wall Street Journal", "reported by Bloomberg", "riporta il Corriere"
_CITE_AFTER_RE = re.compile(
    _B + r"(?:according to|reported by|citing|as reported by|secondo|stando a|riporta(?:to da)?"
    r"|come riportato da|fornit[ao] da(?:l|lla|i)?|rivelat[ao] da(?:l|lla)?|laut|wie|zufolge"
    r"|selon|d'après|rapporté par|según|de acuerdo con|informó|publicó)(?!\w)",
    re.IGNORECASE,
)
# Source before the verb: "The Information reported", "Reuters berichtet", "Bloomberg a rapporté"
_CITE_BEFORE_RE = re.compile(
    r"[\s,]*(?:has |have |had )?(?:(?P<media>reported|reports|wrote|berichtet(?:e|en)?|meldet"
    r"|schreibt|a rapporté|rapporte|informa|a révélé|ha riportato|ha rivelato|ha scritto"
    r"|publicó|informó)(?=\s*(?:[,.;:!?\"”)]|$|(?:that|on|citing|earlier|late|last|this|in"
    r"|che|dass|que|qu')\b))|(?P<speaker>said|says|told|announced|sagte|erklärte|teilte mit"
    r"|a déclaré|a annoncé|ha detto|ha dichiarato|ha annunciato|dijo|anunció|afirmó))\b",
    re.IGNORECASE,
)
# Between an attribution cue and its source, at most three words: "the", "l'analisi della",
# "a report in the" (not "gli analisti la capitalizzazione di Nvidia")
_CITE_GAP_RE = re.compile(r"^\s*(?:[\w'’]+\s+){0,3}$")
# A source without an entity: capitalized words after the cue ("according to The Information")
_PROPER_RE = re.compile(r"\s*((?:the |l[ae] |il |der |die |el |los? )?(?:[A-Z][\w&'-]*\s?){1,4})")
# Pronoun or generic subject opening a sentence: "It said", "Sie will", "La società ha"
_PRONOUN_RE = re.compile(
    r"[\s\"“«]*(?:it|its|they|their|he|she|the (?:company|firm|group|chipmaker|startup)"
    r"|la società|l'azienda|il gruppo|esso|essa|es|sie|er|das unternehmen|der konzern"
    r"|il|elle|ils|la société|le groupe|la empresa|la compañía|el grupo|ella|él)\b",
    re.IGNORECASE,
)
# The entity is the object of a preposition: "CEO di OpenAI", "dominato da Nvidia", "of Apple"
_PREP_BEFORE_RE = re.compile(
    r"(?:\b(?:di|da|del|della|dello|dei|degli|of|at|for|with|von|der|des|bei|de|du|d'|des"
    r"|del|con|from|to|a|al|nel|in)\s+(?:the\s+|la\s+|il\s+|le\s+|l')?|d'|l')$",
    re.IGNORECASE,
)
# Possessor after a cue: "capitalizzazione di Nvidia", "market value of Apple", "Umsatz von SAP"
_POSSESSOR_GAP_RE = re.compile(
    r"^\s*(?:di mercato\s+)?(?:di|of|von|der|des|de|du|del|della|dell'|d')\s*(?:the |la |il )?$",
    re.IGNORECASE,
)
# Agent after a figure: "a $10 billion investment by Microsoft", "da parte di Intel"
_AGENT_GAP_RE = re.compile(
    r"^[\s\w]{0,30}\b(?:by|from|da parte di|von|de la part de|por parte de|por)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Years and quarters: "2024", "Q3 2025", "3Q25", "third quarter of 2025", "terzo trimestre 2025",
# "im dritten Quartal 2025", "au troisième trimestre 2025", "tercer trimestre de 2025", "FY2025"
_ORD = (
    r"(?P<ord>first|second|third|fourth|primo|secondo|terzo|quarto|ersten|zweiten|dritten"
    r"|vierten|premier|deuxième|troisième|quatrième|primer|segundo|tercer|cuarto)"
)
_PERIOD_RE = re.compile(
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

    def cited(si: int) -> _Cited:
        if si not in cache:
            lo, hi = sents[si]
            inside = ents[bisect.bisect_left(ent_starts, lo) : bisect.bisect_left(ent_starts, hi)]
            cache[si] = _attribution(text, lo, hi, [e for e in inside if e.end <= hi])
        return cache[si]

    infos: list[FigureInfo] = []
    by_sentence: dict[int, list[int]] = {}  # sentence index -> figure indexes
    by_amount: dict[tuple[str, float], int] = {}  # (currency, amount) -> last figure index
    sentence_cues: dict[int, list[tuple[int, int, str]]] = {}
    for i, fig in enumerate(money):
        si = _sentence_of(starts, sents, fig)
        s_start, s_end = sents[si]
        lo, hi = bisect.bisect_left(ent_starts, s_start), bisect.bisect_left(ent_starts, s_end)
        sentence_ents = [
            e
            for e in ents[lo:hi]
            if e.end <= s_end
            and e.label in _SUBJECT_LABELS
            and (e.start, e.end) not in cited(si).spans
        ]
        if si not in sentence_cues:
            sentence_cues[si] = _cues(text, s_start, s_end)
        cues = sentence_cues[si]
        kind = _nearest_cue(cues, fig)
        prev_ok = si > 0 and not (title_sentence and si == 1)
        prev = by_sentence.get(si - 1, []) if prev_ok else []
        source: FigureInfo | None = None
        if kind is None and prev:
            source = infos[prev[-1]]
        elif kind is None:
            same = by_amount.get((fig.currency, fig.amount))
            source = infos[same] if same is not None else None
        subject = None
        if parsed and doc is not None:
            subject = _parse_subject(doc, fig, sentence_ents)
        subject = subject or _heuristic_subject(text, s_start, fig, sentence_ents, cues)
        pronoun_led = bool(_PRONOUN_RE.match(text, s_start, s_end))
        if source is None and pronoun_led and prev and not _entity_before(sentence_ents, fig):
            source = infos[prev[-1]]
        if source is not None and subject is None:
            subject = _Subject(source.subject, source.subject_entity_id)
        speaker = cited(si).speaker
        if subject is None and pronoun_led and speaker is not None:
            subject = _Subject.of(speaker)  # "The chipmaker posted ..., Nvidia said"
        by_sentence.setdefault(si, []).append(i)
        for value in (fig.amount, fig.amount_max):
            if value is not None:
                by_amount[(fig.currency, value)] = i
        infos.append(
            FigureInfo(
                kind=kind or (source.kind if source else "other"),
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
        hedged = bool(_HEDGE_RE.search(text, s_start, s_end))
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


def _cues(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Cue words in text[start:end], tried only at word starts (5x faster than finditer)."""
    found: list[tuple[int, int, str]] = []
    for w in _WORD_START_RE.finditer(text, start, end):
        if found and w.start() < found[-1][1]:
            continue  # inside the previous cue ("capitalizzazione di mercato")
        m = _CUE_RE.match(text, w.start(), end)
        if m:
            found.append((m.start(), m.end(), m.lastgroup or "other"))
    return found


def _nearest_cue(cues: list[tuple[int, int, str]], fig: MoneyFigure) -> str | None:
    """The kind of the cue nearest to the figure (a cue before it wins a tie)."""
    best: tuple[int, int, str] | None = None
    for c_start, c_end, kind in cues:
        if fig.start <= c_start < fig.end:
            continue  # inside the figure itself
        dist = fig.start - c_end if c_end <= fig.start else c_start - fig.end
        key = (max(dist, 0), 0 if c_end <= fig.start else 1, kind)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _entity_before(ents: list[EntityMention], fig: MoneyFigure) -> bool:
    return any(e.end <= fig.start for e in ents)


def _heuristic_subject(
    text: str,
    s_start: int,
    fig: MoneyFigure,
    ents: list[EntityMention],
    cues: list[tuple[int, int, str]],
) -> _Subject | None:
    """Possessor of a cue, the sentence opener, the nearest entity before, an agent after."""
    for c_start, c_end, _kind in cues:
        if c_end > fig.start:
            break
        for e in ents:
            if e.end <= c_start and text[e.end : c_start].strip() in {"'s", "’s", "s'"}:
                return _Subject.of(e)  # "Nvidia's market cap"
            if c_end <= e.start < fig.start and _POSSESSOR_GAP_RE.match(text[c_end : e.start]):
                return _Subject.of(e)  # "la capitalizzazione di Nvidia"
    before = [e for e in ents if e.end <= fig.start]
    if before:
        opener = before[0]
        if not re.sub(r"[\W_]", "", text[s_start : opener.start]):
            return _Subject.of(opener)  # "Sam Altman, CEO di OpenAI, chiede ..."
        plain = [e for e in before if not _PREP_BEFORE_RE.search(text[s_start : e.start])]
        return _Subject.of((plain or before)[-1])
    for e in ents:
        if e.start >= fig.end and _AGENT_GAP_RE.match(text[fig.end : e.start]):
            return _Subject.of(e)  # "an investment by Microsoft"
    return None


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
    for m in _CITE_AFTER_RE.finditer(text, start, end):
        after = [e for e in ents if e.start >= m.end() and e.label != "GPE"]
        near = [e for e in after if _CITE_GAP_RE.match(text[m.end() : e.start])]
        if near:
            spans.add((near[0].start, near[0].end))
            source = source or near[0].canonical or near[0].text
            continue
        proper = _PROPER_RE.match(text, m.end(), end)
        if source is None and proper and proper.group(1)[:1].isupper():
            source = proper.group(1).strip()
    speaker: EntityMention | None = None
    for e in ents:
        cite = _CITE_BEFORE_RE.match(text, e.end, end) if e.label != "GPE" else None
        if cite is None:
            continue
        source = source or e.canonical or e.text
        if cite.group("media"):
            spans.add((e.start, e.end))  # "the Wall Street Journal reported": not the subject
        elif e.label in _SUBJECT_LABELS:
            speaker = speaker or e  # "..., Nvidia said": the source may be the subject too
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
