"""Money figures in news text: amount, range, currency, scale and qualifier, in five languages.

``find_money("tra $5 trilioni e $7 trilioni", "it")`` gives one figure, 5e12 to 7e12 USD;
``find_money("chiede mille miliardi", "it", context_currency="USD")`` gives 1e12 USD with
``currency_inferred=True``. The rules are those of DESIGN.md ("Money figures: the rules").
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from extract.currencies import (
    CENT_WORDS,
    CODES,
    DEFAULT_CENT_CURRENCY,
    SYMBOLS,
    alternation,
    names_for,
    normalize_name,
    normalize_symbol,
)
from extract.models import MoneyFigure
from extract.money_tables import (
    ARTICLES,
    CHANGE_VERBS,
    CONNECTORS,
    COUNTED_NOUNS,
    INTRODUCERS,
    INTRODUCERS_BETWEEN,
    ONE_SCALE_ARTICLES,
    PREVIOUS_VALUE,
    SINGULAR_SCALES,
    qualifier_table,
)
from extract.numbers import (
    AND,
    ARTICLE_WORDS,
    COMPOUND_NUMBER,
    NUMBER_WORDS,
    SCALE_IMPLIED_CURRENCY,
    SCALE_LETTERS,
    abbreviation_table,
    number_pattern,
    parse_digits,
    scale_table,
    words_value,
)

__all__ = ["dominant_currency", "find_money"]

logger = logging.getLogger(__name__)

SUPPORTED = ("en", "it", "de", "fr", "es", "pt", "nl")

# Symbols that may follow the amount: "10 €", "1,5 Mrd. €", "100元", "5 $", and a dollar marked
# after the symbol as French-Canadian copy does: "16,4 millions $ CA", "10 $ US", "5 $CAD" (never
# "au"/"a", French words: "10 $ au total"; never "c'": "10 $ c'est").
_SUFFIX_SYMBOLS = (
    r"\$[ \u00a0]?(?i:usd|us|cad|can|ca|c|hkd|hk|aud|nz|sg)(?![\w'’])"
    r"|(?:US|CA|C|AU|A|HK|NT|SG|S|NZ|R|MX)\$|\$|€|£|¥|₹|₩|₽|₺|₪|₫|฿|₱|₴|₦|₡|₾|₭|₸|元|円"
)
_SYMBOL_CHARS = "$€£¥₹₩₽₺₪₫฿₱₴₦₡₾₭₸元円"
_CODES = "|".join(sorted(CODES))

# Prefix currency, searched in a short window that ends where the number starts:
# "US$5", "U.S. $5", "c $ 16.4" (Canadian), "HK$10", "€5", "USD 5", "Rs 500", "CHF 1.2".
_PREFIX_RE = re.compile(
    r"(?:(?<![\w$])(?:US|U\.S\.|CAN|CA|C|AU|A|HK|NT|SG|S|NZ|R|MEX|Mex|MX)\$"
    r"|(?<![\w$])(?i:u\$[ds])"  # Latin American "U$D 90 millones", "U$S"
    r"|(?<![\w$])(?i:u\.s\.?|us|can|ca|c|au|hk|nt|nz|sg|mx)[ \u00a0]\$"
    r"|(?<![\w])(?:CN|JP)¥"
    rf"|[{_SYMBOL_CHARS}]"
    rf"|(?<![\w])(?:{_CODES}|Rs\.?|Rp\.?|SFr\.?)"
    r"|(?<![\w])(?i:usd|eur|gbp|rmb)"  # lower-cased copy: "usd 20", "rmb 10"
    r")\s?\Z"
)

# Percentages are never money: "80%", "13,1 %", "5 per cent", "3,2 Prozent".
_PERCENT_RE = re.compile(
    r"\s{0,2}(?:%|‰|(?i:per\s?cent|percent|pct|per\s+cento|prozent|pour\s?cent|por\s+ciento"
    r"|por\s+cento|procent|punti\s+percentuali|basis\s+points|bps)(?!\w))"
)

# A word glued to the digits that is neither scale nor currency: "3nm", "4090X", "5G", "H100s".
_GLUED_RE = re.compile(r"[^\W\d_]")

# The next word after a figure, to reject counted things when the currency is only inferred:
# "5 miliardi di utenti", "2 billion users".
_NEXT_WORD_RE = re.compile(r"\s+(?:(?i:of|di|de|d'|d’|von|des)\s*)?(\w+)")

# Stems of counted things in five languages, at a word's start: "1,3 millones de procesadores",
# "1.3mn graphics processing units", "100mila posti di lavoro", "15mila wafer a settimana",
# "half a million square feet", "1,3 million de processeurs", "200.000 empleos"
_COUNTED_STEM_RE = re.compile(
    r"(?:process|procesador|prozessor|graphics|grafic|gráfic|gpu|chip|puce|wafer|server|serveur"
    r"|servidor|posti\b|jobs?\b|empleos?\b|emplois?\b|arbeitspl|square\b|quadrat|sq\b|metri\b"
    r"|mètres?\b|metros?\b|feet\b|piedi\b|pies\b|pieds\b|units?\b|unità\b|unidades\b"
    r"|unités\b|einheiten\b|stück\b|pezzi\b|piezas\b|pièces\b|abbonat|suscript|abonn"
    r"|lavorator|trabajador|mitarbeiter|salariés?\b|workers?\b|famiglie\b|familias\b|foyers\b"
    r"|haushalte\b|homes?\b|case\b|viviendas\b|logements\b|wohnungen\b)",
    re.IGNORECASE,
)
# German compounds end in the counted thing: "Grafikprozessoren", "KI-Chips", "Arbeitsplätze"
_COUNTED_COMPOUND_RE = re.compile(r"\w(?:prozessoren|chips|server|plätze|einheiten)$")

# A symbol after a scaled amount and before a year is the amount's own, as in a table row whose
# cells are "amount" and "period": "Microsoft 4,3 mld € 2024-2026", "Meta 60–65 Mrd. $ 2025".
# (A symbol before any other number opens the next figure: "5 Mrd. $ 300 Mio. $".)
_SYMBOL_BEFORE_YEAR_RE = re.compile(
    rf"[ \u00a0\u202f]{{1,2}}(?P<sym>[{_SYMBOL_CHARS}])"
    r"(?=[ \u00a0\u202f]?(?:19|20)\d\d(?![\d]|[.,]\d))"
)

# A year span after a bare symbol is a period, not an amount: "€ 2024-2026", "$ 2025–27".
_YEAR_SPAN_RE = re.compile(r"[-–—/](?:(?:19|20)\d\d|\d\d)(?![\d]|[.,]\d)")

# Year-like integers after "in"/"nel" followed by a currency word are price levels, not
# amounts: "in 2024 dollars", "in 1990 euro".
_YEAR_PRICE_RE = re.compile(r"(?<![\w])(?i:in|nel|im|en|of)\s+\Z")

_WS = r"[\s\u00a0\u202f]"

# Abbreviations whose dot belongs to them ("300 Mio. US-Dollar", "100 Mrd. fließen sofort").
_DOTTED_ABBRS = frozenset({"Mio", "Mrd", "Bio", "Tsd", "Mia", "Mrds"})

# Verbs whose particle "über" is no qualifier: "verfügt über 344 Milliarden Yuan".
_UBER_VERBS_RE = re.compile(
    r"(?i:verfügt|verfügen|verfügte|verfügten|berichtet|berichtete|spricht|sprach|sprechen"
    r"|verhandelt|verhandeln|entscheidet|entscheiden|informiert|streiten|reden)\s+\Z"
)


@dataclass(slots=True)
class _Part:
    """One number with whatever scale and currency is attached to it."""

    start: int  # includes a prefix currency
    end: int  # includes scale word and suffix currency
    num_start: int
    raw: str
    value: float  # as written, before scale
    mult: float
    scale_word: str | None
    scale_kind: str  # "", "word", "abbr", "letter"
    currency: str | None
    is_words: bool


@dataclass(slots=True)
class _Rules:
    lang: str
    num_re: re.Pattern[str]
    words_re: re.Pattern[str]
    words_lower_re: re.Pattern[str]
    scale_re: re.Pattern[str]
    scales: dict[str, float]
    abbrs: dict[str, float]
    suffix_re: re.Pattern[str]
    names: dict[str, str]
    cents_re: re.Pattern[str]
    qualifier_re: re.Pattern[str]
    qualifiers: dict[str, tuple[str, bool]]
    intro_re: re.Pattern[str]
    connector_re: re.Pattern[str]
    change_re: re.Pattern[str]
    counted: frozenset[str]
    one_re: re.Pattern[str] | None
    previous_re: re.Pattern[str]


@cache
def _rules(lang: str) -> _Rules:
    """Compile the regexes for one language, on first use (0.03 s each)."""
    scales = scale_table(lang)
    abbrs = abbreviation_table(lang)
    names = names_for(lang)
    words = NUMBER_WORDS.get(lang, NUMBER_WORDS["en"])
    number_words = [w for w, v in words.items() if v != AND]
    joiners = [w for w, v in words.items() if v == AND]
    scale_alt = alternation(list(scales))
    name_alt = alternation(list(names))
    cent_alt = alternation(list(CENT_WORDS))
    abbr_alt = "|".join(re.escape(a) for a in sorted(abbrs, key=len, reverse=True))
    letters = "".join(SCALE_LETTERS)
    # "300 Mio. US-Dollar", "$5bn", "2.5-billion", "5 M€", "mille miliardi"
    scale_re = re.compile(
        rf"(?P<sep>{_WS}{{0,3}}-?{_WS}{{0,2}})"
        rf"(?:(?P<word>(?i:{scale_alt}))(?!\w)"
        rf"|(?P<abbr>{abbr_alt})(?:(?P<dot>\.)(?![\d])|(?!\w))"
        rf"|(?P<letter>[{letters}])(?![\w]))"
    )
    # "billion dollars", "miliardi di dollari", "milliards d'euros", "Mio. US-Dollar", "M€"
    suffix_re = re.compile(
        rf"(?:{_WS}{{0,2}}|-)"
        r"(?:(?P<prep>(?i:of|di|del|dei|de|d'|d’))"
        rf"{_WS}*)?"
        rf"(?:(?P<name>(?i:{name_alt}))(?!\w)"
        rf"|(?P<code>{_CODES})(?![A-Za-z])"
        rf"|(?P<sym>{_SUFFIX_SYMBOLS})(?!{_WS}?\d))"
    )
    cents_re = re.compile(rf"(?:{_WS}{{0,2}}|-)(?P<cent>(?i:{cent_alt}))(?!\w)")
    join = f"(?:(?i:{'|'.join(joiners)}){_WS}+)?" if joiners else ""
    word_alt = alternation(number_words)
    if lang in COMPOUND_NUMBER:  # "achtundsiebzig Millionen Dollar", "siebenhundert Euro"
        word_alt = f"{COMPOUND_NUMBER[lang]}|{word_alt}"
    # Number words only before a scale or currency word: "two billion", "mille miliardi",
    # "eine halbe Billion", "un demi-milliard", "thirteen dollars". At most 7 words, so a
    # megabyte of "one one one" stays linear.
    words_re = re.compile(
        rf"(?<!\w)(?i:{word_alt})(?:(?:{_WS}+|-){join}(?i:{word_alt})){{0,6}}(?!\w)"
        rf"(?=(?:{_WS}+|-)(?:(?i:{scale_alt}|{name_alt}|{cent_alt})(?!\w)|(?i:{abbr_alt})\b))"
    )
    # The same on lower-cased text, starting with the bare alternation so that the regex
    # engine skips to possible first letters (3x faster); the caller checks the word start.
    words_lower_re = re.compile(
        rf"(?:{word_alt})(?:(?:{_WS}+|-){join.replace('(?i:', '(?:')}(?:{word_alt})){{0,6}}(?!\w)"
        rf"(?=(?:{_WS}+|-)(?:(?:{scale_alt}|{name_alt}|{cent_alt})(?!\w)|(?i:{abbr_alt})\b))"
    )
    quals = qualifier_table(lang)
    arts = "|".join(ARTICLES)
    qual_alt = alternation(list(quals))
    qualifier_re = re.compile(
        rf"(?:(?<!\w)(?P<q>(?i:{qual_alt}))|(?P<tilde>[~≈]))"
        rf"(?:{_WS}*|(?<=['’]))(?:(?i:{arts}){_WS}+)?\Z"
    )
    intro_alt = alternation(list(INTRODUCERS.get(lang, INTRODUCERS["en"])))
    intro_re = re.compile(rf"(?<!\w)(?P<intro>(?i:{intro_alt})){_WS}+(?:(?i:{arts}){_WS}+)?\Z")
    conn = CONNECTORS.get(lang, CONNECTORS["en"])
    connector_re = re.compile(
        rf"{_WS}*(?P<dash>[-–—‐]){_WS}*"
        rf"|{_WS}+(?P<to>(?i:{alternation(conn['to'])})){_WS}+(?:(?i:{arts}){_WS}+)?"
        rf"|{_WS}+(?P<and>(?i:{alternation(conn['and'])})){_WS}+(?:(?i:{arts}){_WS}+)?"
    )
    change_re = re.compile(rf"(?<!\w)(?i:{alternation(CHANGE_VERBS)})(?!\w)")
    # "a 1.500 dollari da 1.320": the gap between a price and its previous value
    previous_re = re.compile(
        rf"{_WS}+(?i:{alternation(list(PREVIOUS_VALUE.get(lang, PREVIOUS_VALUE['en'])))}){_WS}+"
    )
    # "el billón de dólares" is one trillion: the match ends where the scale word starts
    one_re = None
    if lang in ONE_SCALE_ARTICLES:
        one_re = re.compile(
            rf"(?<!\w)(?i:{alternation(list(ONE_SCALE_ARTICLES[lang]))}){_WS}+"
            rf"(?=(?i:{alternation(list(SINGULAR_SCALES[lang]))}){_WS}+"
            rf"(?:(?i:of|di|de|d'|d’){_WS}*)?(?i:{name_alt})(?!\w))"
        )
    return _Rules(
        lang=lang,
        num_re=re.compile(number_pattern(lang)),
        words_re=words_re,
        words_lower_re=words_lower_re,
        scale_re=scale_re,
        scales=scales,
        abbrs=abbrs,
        suffix_re=suffix_re,
        names=names,
        cents_re=cents_re,
        qualifier_re=qualifier_re,
        qualifiers=quals,
        intro_re=intro_re,
        connector_re=connector_re,
        change_re=change_re,
        counted=COUNTED_NOUNS,
        one_re=one_re,
        previous_re=previous_re,
    )


def _suffix_currency(m: re.Match[str], rules: _Rules) -> str | None:
    if m.group("name"):
        return rules.names.get(normalize_name(m.group("name")))
    if m.group("code"):
        code = m.group("code")
        return "CNY" if code == "RMB" else code
    return SYMBOLS.get(normalize_symbol(m.group("sym")))


def _parse_part(
    text: str, start: int, end: int, value: float, is_words: bool, rules: _Rules, floor: int
) -> _Part | None:
    """Attach scale and currency to the number at text[start:end]; None if it is no figure."""
    pos = end
    if _PERCENT_RE.match(text, pos):
        return None
    mult, scale_word, scale_kind = 1.0, None, ""
    implied: str | None = None
    sm = rules.scale_re.match(text, pos)
    if sm:
        sep = sm.group("sep")
        if sm.group("word"):
            mult, scale_kind = rules.scales[normalize_name(sm.group("word"))], "word"
            scale_word = sm.group("word")
        elif sm.group("abbr"):
            abbr = sm.group("abbr")
            mult, scale_kind = rules.abbrs[abbr], "abbr"
            scale_word = text[sm.start("abbr") : sm.end()]
            implied = SCALE_IMPLIED_CURRENCY.get(abbr)
        elif not is_words and (not sep or (sm.end() < len(text) and text[sm.end()] in "€$£")):
            # one letter: "$500k", "€5M", "300 M€"; never "5 m" (metres)
            letter = sm.group("letter")
            mult, scale_kind, scale_word = SCALE_LETTERS[letter], "letter", letter
        if scale_kind:
            pos = sm.end()
            if sm.group("dot") and sm.group("abbr") not in _DOTTED_ABBRS:
                # "$600mn." ends a sentence; "3 mld. di euro" goes on
                if not rules.suffix_re.match(text, pos):
                    pos -= 1
                scale_word = text[sm.start("abbr") : pos]
    if scale_kind and _PERCENT_RE.match(text, pos):
        return None
    currency: str | None = None
    suffix_end = pos
    cm = rules.suffix_re.match(text, pos)
    suffix_cur = _suffix_currency(cm, rules) if cm else None
    if not suffix_cur and scale_kind and (ym := _SYMBOL_BEFORE_YEAR_RE.match(text, pos)):
        suffix_cur = SYMBOLS.get(normalize_symbol(ym.group("sym")))
        if suffix_cur:
            suffix_end = ym.end()  # "4,3 mld €" ends at its symbol; the year is the next cell
    if (
        cm
        and suffix_cur
        and cm.group("name")
        and not scale_kind
        and not is_words
        and 1800 <= value <= 2100
        and value.is_integer()
        and _YEAR_PRICE_RE.search(text, max(0, start - 6), start)
    ):
        suffix_cur = None  # "in 2024 dollars" is a price level, not an amount
    if cm and suffix_cur:
        suffix_end = cm.end()
    cents = None
    if not suffix_cur:
        cm2 = rules.cents_re.match(text, pos)
        if cm2:
            cents = CENT_WORDS[normalize_name(cm2.group("cent"))] or ""
            suffix_end = cm2.end()
    glued = pos < len(text) and _GLUED_RE.match(text, pos)
    if glued and not scale_kind and not suffix_cur and cents is None and not is_words:
        return None  # "3nm", "4090X", "5G"
    # prefix currency: "$", "US$", "C$", "€", "USD "
    part_start = start
    prefix_cur: str | None = None
    pm = _PREFIX_RE.search(text, max(floor, start - 8), start)  # also "$ un mil millones"
    if pm:
        prefix_cur = SYMBOLS.get(normalize_symbol(pm.group()))
        if prefix_cur is None:
            code = pm.group().strip().upper()
            prefix_cur = "CNY" if code == "RMB" else code if code in CODES else None
        if prefix_cur:
            part_start = pm.start()
    if (
        prefix_cur
        and not suffix_cur
        and not scale_kind
        and re.fullmatch(r"(?:19|20)\d\d", text[start:end])
        and _YEAR_SPAN_RE.match(text, end)
    ):
        return None  # "€ 2024-2026" is a period
    if prefix_cur and suffix_cur:
        bare_prefix = normalize_symbol(pm.group()) in ("$", "¥") if pm else False
        if suffix_cur == prefix_cur or (bare_prefix and _same_family(prefix_cur, suffix_cur)):
            currency = suffix_cur
        else:
            currency, suffix_end = prefix_cur, pos  # "$1 trillion mark": keep the symbol
    else:
        currency = prefix_cur or suffix_cur or implied
    if prefix_cur and not suffix_cur:
        suffix_end = pos
    if cents is not None:
        if is_words and value < 1:
            return None
        value = float(Decimal(repr(value)) / 100)
        currency = currency or cents or None
        if currency is None:
            currency = DEFAULT_CENT_CURRENCY.get(rules.lang, "EUR")
    raw = text[start:end]
    if is_words and not scale_kind and raw.lower() in ("a", "an"):
        return None  # "a dollar" is not a figure; "a billion dollars" is
    if (
        is_words
        and "quarter" in raw.lower()
        and (not scale_kind or _ORDINAL_BEFORE_RE.search(text, max(0, start - 12), start))
    ):
        return None  # "a quarter billion dollars" is; "fourth quarter dollar sales" is not
    part = _Part(
        start=part_start,
        end=max(suffix_end, pos),
        num_start=start,
        raw=raw,
        value=value,
        mult=mult,
        scale_word=scale_word,
        scale_kind=scale_kind,
        currency=currency,
        is_words=is_words,
    )
    if currency and cents is None and cm and suffix_cur and currency == suffix_cur:
        _add_cents(text, part, rules)
    return part


# A "quarter" after an ordinal or a hyphen is a period: "fourth-quarter billion-dollar charge",
# "the first quarter million".
_ORDINAL_BEFORE_RE = re.compile(
    r"(?:-|(?<!\w)(?i:first|second|third|fourth|last|next|prior|same|each|per)\s+)\Z"
)


_DOLLAR_FAMILY = frozenset({"USD", "CAD", "AUD", "HKD", "TWD", "SGD", "NZD", "MXN"})


def _same_family(prefix: str, suffix: str) -> bool:
    """True when a suffix refines a bare symbol: "$5 billion Canadian dollars", "¥5 yuan"."""
    if prefix == "USD":
        return suffix in _DOLLAR_FAMILY
    return prefix == "JPY" and suffix in ("JPY", "CNY")


_CENTS_TAIL_CACHE: dict[str, re.Pattern[str]] = {}


def _cents_tail(rules: _Rules) -> re.Pattern[str]:
    pat = _CENTS_TAIL_CACHE.get(rules.lang)
    if pat is None:
        words = NUMBER_WORDS.get(rules.lang, NUMBER_WORDS["en"])
        joiners = [w for w, v in words.items() if v == AND] or ["and"]
        word_alt = alternation([w for w, v in words.items() if v != AND and w not in ARTICLE_WORDS])
        if rules.lang in COMPOUND_NUMBER:  # "zwei Euro fünfundzwanzig"
            word_alt = f"{COMPOUND_NUMBER[rules.lang]}|{word_alt}"
        cent_alt = alternation(list(CENT_WORDS))
        # joiner inside the cents: "cuarenta y cinco", "trenta e cinque"
        join = rf"(?:(?i:{'|'.join(joiners)})[\s-]+)?"
        # "3 dollars 50 cents", "thirteen dollars and forty-five cents", "13 dollars forty five",
        # "trece euros y cuarenta y cinco céntimos"
        pat = re.compile(
            rf"{_WS}+(?:(?P<and>(?i:{'|'.join(joiners)}|con)){_WS}+)?"
            rf"(?P<num>\d{{1,2}}|(?i:{word_alt})(?:[\s-]+{join}(?i:{word_alt}))?)"
            rf"(?:(?P<cent>{_WS}*(?i:{cent_alt}))(?!\w)|(?=\s*(?:[.,;:!?)]|\Z)))"
        )
        _CENTS_TAIL_CACHE[rules.lang] = pat
    return pat


def _add_cents(text: str, part: _Part, rules: _Rules) -> None:
    m = _cents_tail(rules).match(text, part.end)
    if not m or part.scale_kind:
        return
    if not m.group("cent") and (m.group("and") or m.group("num").isdigit()):
        return  # "5 dollars and 20" is too vague without "cents"
    num = m.group("num")
    cents = float(num) if num.isdigit() else words_value(num, rules.lang)
    if cents is None or not 0 < cents < 100:
        return
    part.value = float(Decimal(repr(part.value)) + Decimal(repr(cents)) / 100)
    part.end = m.end()


def _word_anchors(text: str, rules: _Rules) -> list[tuple[int, int]]:
    """Spans of number-word runs before a scale or currency word ("due miliardi")."""
    low = text.lower()
    if len(low) != len(text):  # "İ" lower-cases to two code points: offsets would shift
        return [(m.start(), m.end()) for m in rules.words_re.finditer(text)]
    out: list[tuple[int, int]] = []
    pos = 0
    search = rules.words_lower_re.search
    while (m := search(low, pos)) is not None:
        start = m.start()
        if start and (low[start - 1].isalnum() or low[start - 1] == "_"):
            pos = start + 1  # inside a word: "tre" in "mentre"
            continue
        out.append((start, m.end()))
        pos = m.end()
    return out


def _scan_parts(text: str, rules: _Rules) -> list[_Part]:
    anchors: list[tuple[int, int, bool]] = [
        (m.start(), m.end(), False) for m in rules.num_re.finditer(text)
    ]
    anchors.extend((start, end, True) for start, end in _word_anchors(text, rules))
    if rules.one_re is not None:  # "el billón de dólares": an empty number worth one
        anchors.extend((m.end(), m.end(), True) for m in rules.one_re.finditer(text))
    anchors.sort()
    parts: list[_Part] = []
    last_end = 0
    for start, end, is_words in anchors:
        if start < last_end:
            continue
        raw = text[start:end]
        if not raw:
            value: float | None = 1.0
        elif is_words:
            value = words_value(raw, rules.lang)
        else:
            value = parse_digits(raw, rules.lang)
        if value is None:
            continue
        part = _parse_part(text, start, end, value, is_words, rules, last_end)
        if part is None:
            last_end = end
            continue
        parts.append(part)
        last_end = part.end
    return parts


def _mul(value: float, mult: float) -> float:
    """Multiply without binary noise: 16.4 x 1e6 = 16400000.0, not 16399999.999999998."""
    if mult == 1.0:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(mult)))


def _total(p: _Part) -> float:
    return _mul(p.value, p.mult)


def _merge_pair(text: str, p: _Part, q: _Part, rules: _Rules) -> tuple[str, None] | None:
    """How p and q relate, or None.

    ("range", None) for one range figure; ("share", None) when q's scale and currency
    also apply to p but they stay two figures ("rose from 5 to 7 billion").
    """
    between = text[p.end : q.start]
    if len(between) > 12:
        return None
    cm = rules.connector_re.fullmatch(between)
    if not cm:
        return None
    if p.currency and q.currency and p.currency != q.currency:
        return None
    if not (q.currency or q.scale_kind):
        return None  # "2,9 billones de dólares hasta 2028": the high end must be money-like
    im = rules.intro_re.search(text, max(0, p.start - 16), p.start)
    intro = normalize_name(im.group("intro")) if im else None
    between_kind = intro in INTRODUCERS_BETWEEN
    if cm.group("and") and not between_kind:
        return None
    if cm.group("dash") and (p.is_words or q.is_words):
        return None
    if im and not between_kind and cm.group("to"):
        # "rose from $5 billion to $7 billion": two figures, the change of one quantity; a dash
        # stays a range ("an increase from the $38bn-$40bn Meta estimated")
        window = text[max(0, im.start() - 40) : im.start()]
        if rules.change_re.search(window):
            return ("share", None)
    return ("range", None)


def _low_value(p: _Part, q: _Part) -> tuple[float, float]:
    """Both ends of p..q after the high end's scale is applied to a bare low end."""
    high = _total(q)
    if p.scale_kind or not q.scale_kind:
        low = _total(p)
        if p.scale_kind and not q.scale_kind:
            high = _mul(q.value, p.mult)
        return low, high
    low = _mul(p.value, q.mult)
    # "de 5 à 7 000 milliards": the "000" of the high end belongs to the low end too
    if (
        q.value >= 1000
        and q.value % 1000 == 0
        and any(ch in q.raw for ch in " \u00a0\u202f.,'")
        and p.value * 1000 <= q.value
        and p.value * 1000 * 10 >= q.value
    ):
        low *= 1000
    return low, high


@dataclass(slots=True)
class _Cand:
    """A figure before its currency is settled (a range, or one part)."""

    start: int
    end: int
    amount: float
    amount_max: float | None
    currency: str | None
    scale_word: str | None
    scale_kind: str
    inferred: bool = False  # the currency is its neighbour's: "1.500 dollari da 1.320"


# What may follow a previous value: the end of the clause ("da 1.320.", "from 1,320, said").
_CLAUSE_END_RE = re.compile(r"[\s\u00a0\u202f]*(?:[.,;:!?)»”\"]|\Z)")


def _previous_value(text: str, p: _Part, q: _Part, rules: _Rules) -> bool:
    """True when q is p's previous value, bare: "ha alzato il target a 1.500 dollari da 1.320"."""
    if not p.currency or q.currency or p.scale_kind or q.scale_kind or q.is_words:
        return False
    if not rules.previous_re.fullmatch(text, p.end, q.start):
        return False
    if re.fullmatch(r"(?:19|20)\d\d", q.raw):
        return False  # "a 1.500 dollari dal 2023": a year
    # a price and its previous value are of one order: 1.500 and 1.320, not 1.500 and 3
    if not (p.value > 0 and 0.2 <= q.value / p.value <= 5):
        return False
    return bool(_CLAUSE_END_RE.match(text, q.end))


def _candidates(text: str, parts: list[_Part], rules: _Rules) -> list[_Cand]:
    """Pair parts into ranges ("tra $5 trilioni e $7 trilioni") and single figures."""
    out: list[_Cand] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        q = parts[i + 1] if i + 1 < len(parts) else None
        merged = _merge_pair(text, p, q, rules) if q is not None else None
        if q is not None and merged is not None:
            low, high = _low_value(p, q)
            currency = q.currency or p.currency
            scale_kind = q.scale_kind or p.scale_kind
            scale_word = q.scale_word or p.scale_word
            if merged[0] == "range" and low <= high:
                # the span runs from the low end to the high end; "between"/"tra" stays out,
                # like a qualifier
                out.append(_Cand(p.start, q.end, low, high, currency, scale_word, scale_kind))
                i += 2
                continue
            if merged[0] == "share":
                out.append(_Cand(p.start, p.end, low, None, currency, scale_word, scale_kind))
                out.append(_Cand(q.start, q.end, high, None, currency, scale_word, scale_kind))
                i += 2
                continue
        out.append(_Cand(p.start, p.end, _total(p), None, p.currency, p.scale_word, p.scale_kind))
        if q is not None and _previous_value(text, p, q, rules):
            out.append(_Cand(q.start, q.end, q.value, None, p.currency, None, "", inferred=True))
            i += 1
        i += 1
    return out


# A currency carries over from one figure to the next bare scaled amount inside a paragraph,
# across sentences: "... una ayuda de hasta 476.000 millones de yenes. La segunda planta en la
# misma región recibirá otros 732.000 millones." is yen, whatever the article's main currency.
# A line break stops it: a headline, a table row ("Data4 500 mln") or a new paragraph.
_CARRY_STOP = "\n"


def find_money(
    text: str, lang: str, *, context_currency: str | None = None, infer_context: bool = False
) -> list[MoneyFigure]:
    """Every money figure in ``text`` (sorted by start, non-overlapping), read as ``lang``.

    An amount with a scale word but no currency of its own takes the currency of the previous
    figure in its paragraph ("22,6 miliardi di dollari [...], Alphabet 17,2 miliardi"), else
    ``context_currency`` (e.g. from ``dominant_currency``: "chiede mille miliardi"); either
    way it is marked ``currency_inferred``. With ``infer_context=True`` and no
    ``context_currency``, the context is the text's own ``dominant_currency``, found from the
    same scan.
    """
    if not text:
        return []
    rules = _rules(lang if lang in SUPPORTED else "en")
    candidates = list(_candidates(text, _scan_parts(text, rules), rules))
    figures = _figures(text, rules, candidates, context_currency)
    if infer_context and context_currency is None:
        dominant = _dominant(figures)
        if dominant is not None:
            figures = _figures(text, rules, candidates, dominant)
    return figures


def _figures(
    text: str, rules: _Rules, candidates: list[_Cand], context_currency: str | None
) -> list[MoneyFigure]:
    figures: list[MoneyFigure] = []
    for cand in candidates:
        carry = context_currency
        if figures and _CARRY_STOP not in text[figures[-1].end : cand.start]:
            carry = figures[-1].currency
        fig = _figure(text, rules, cand, carry)
        if fig:
            figures.append(fig)
    return figures


def _figure(text: str, rules: _Rules, cand: _Cand, carry: str | None) -> MoneyFigure | None:
    currency, inferred = cand.currency, cand.inferred
    if currency is None:
        if not carry or cand.scale_kind not in ("word", "abbr"):
            return None
        if cand.scale_word in ("mm", "MM", "mi", "bi", "tri", "mil"):
            return None  # too ambiguous without a currency: millimetres, "mil" = thousand
        if _counted_after(text, cand.end, rules):
            return None
        if cand.amount == 0:
            return None  # "( $ 2.54 billion ) , compared with august ' s 2 . 0 billion deficit"
        currency, inferred = carry, True
    qualifier, approximate = None, False
    qm = rules.qualifier_re.search(text, max(0, cand.start - 24), cand.start)
    if qm:
        if qm.group("tilde"):
            qualifier, approximate = "about", True
        elif not (
            qm.group("q").lower() == "über"
            and _UBER_VERBS_RE.search(text, max(0, qm.start() - 16), qm.start())
        ):
            qualifier, approximate = rules.qualifiers[normalize_name(qm.group("q"))]
    return MoneyFigure(
        start=cand.start,
        end=cand.end,
        text=text[cand.start : cand.end],
        amount=cand.amount,
        amount_max=cand.amount_max,
        currency=currency,
        currency_inferred=inferred,
        scale_word=cand.scale_word,
        qualifier=qualifier,
        approximate=approximate,
    )


def _counted_after(text: str, end: int, rules: _Rules) -> bool:
    """True when the figure counts things: "5 miliardi di utenti", "2 billion users"."""
    m = _NEXT_WORD_RE.match(text, end)
    if not m:
        return False
    word = m.group(1).lower()
    return (
        word in rules.counted
        or bool(_COUNTED_STEM_RE.match(word))
        or bool(_COUNTED_COMPOUND_RE.search(word))
    )


def dominant_currency(text: str, lang: str) -> str | None:
    """The currency of most explicit figures in ``text`` (ties: the first seen), or None."""
    return _dominant(find_money(text, lang))


def _dominant(figures: list[MoneyFigure]) -> str | None:
    if not figures:
        return None
    counts = Counter(f.currency for f in figures)
    best = max(counts.values())
    for f in figures:
        if counts[f.currency] == best:
            return f.currency
    return None
