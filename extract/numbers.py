"""Numbers as news prints them, in five languages: digits, separators, scale and number words.

``parse_digits("1.224,40", "it") == 1224.4``; ``parse_digits("1,500", "en") == 1500.0`` but
``parse_digits("1,500", "it") == 1.5``. Scale words (``miliardi``, ``Mrd.``, ``bn``) and number
words (``due``, ``mille``, ``a``) are tables keyed by language; ``extract.money`` compiles them.
"""

from __future__ import annotations

import math
import re
from typing import Final


def _w(words: str) -> list[str]:
    """Split a whitespace-separated word list."""
    return words.split()


# Languages whose decimal separator is a comma ("1,72" = 1.72, "7.000" = 7000).
COMMA_DECIMAL: Final = frozenset({"it", "de", "fr", "es", "pt", "nl"})

# Space-like group separators: "7 000", "7\u00a0000" (no-break), "7\u202f000" (narrow no-break),
# "7\u2009000" (thin space).
GROUP_SPACES: Final = " \u00a0\u202f\u2009"
# Swiss apostrophe groups: "1'000", "1’000".
GROUP_APOSTROPHES: Final = "'’"

# More significant digits than a float represents exactly: a 500-digit string is not an amount.
MAX_INT_DIGITS: Final = 15


def number_pattern(lang: str) -> str:
    """The regex source for a number written in digits, for ``lang``.

    Matches "1,224.40", "1.224,40", "7 000", "1'000", "595,3", "20"; never starts inside a
    word or right after a separator ("H100", "FY2025", the "3" of "1.2.3") and never stops
    before another separator-digit pair ("1.2.3.4" has no match).
    """
    spaces = "" if lang == "en" else GROUP_SPACES  # English news does not group with spaces
    seps = ".," + GROUP_APOSTROPHES
    group_sep = f"[{re.escape(seps)}]"
    if spaces:
        # "7 000" but not "5 2024": a space group must be exactly three digits
        group_sep = f"(?:{group_sep}|[{spaces}](?=\\d{{3}}(?!\\d)))"
    # The pattern starts with a bare \d so that the regex engine can skip to digits quickly;
    # the look-behind then checks the character before that first digit.
    # Indian grouping in English copy: "Rs 1,25,000 crore", "12,34,567.89 rupees" (lakhs of two
    # digits before the last three)
    indian = r"\d?(?:,\d\d)+,\d{3}(?:\.\d+)?|" if lang == "en" else ""
    return (
        r"\d(?<![\w.,'’/]\d)"
        rf"(?:{indian}\d{{0,2}}(?:{group_sep}\d{{3}})+(?:[.,]\d+)?|\d*(?:[.,]\d+)?)"
        r"(?![.,]\d)(?!\d)"
    )


def parse_digits(raw: str, lang: str) -> float | None:
    """The value of a digit string as the text's language reads it; None if it is no amount.

    Examples: "1,72" (it) = 1.72, "7.000" (it) = 7000, "$1,224.40" (en) = 1224.4,
    "1.224,40" = 1224.4 anywhere, "1,5" (en, copied from Italian) = 1.5.
    """
    s = raw
    for ch in GROUP_SPACES + GROUP_APOSTROPHES:
        if ch in s:
            s = s.replace(ch, "")
    dots, commas = s.count("."), s.count(",")
    frac = ""
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        grp = "," if dec == "." else "."
        if s.count(dec) > 1:
            return None
        whole, frac = s.split(dec)
        whole = whole.replace(grp, "")
    elif dots or commas:
        sep = "." if dots else ","
        if s.count(sep) > 1:
            whole = s.replace(sep, "")  # "7.000.000" / "7,000,000": groups (the regex checked)
        else:
            head, tail = s.split(sep)
            # One separator and exactly three digits after it: a thousands group in the
            # language's own convention ("1,500" en, "1.500" it); anything else is a decimal
            # ("1,72", "595,3", and "1.5" in careless Italian copy).
            grouping = "." if lang in COMMA_DECIMAL else ","
            if len(tail) == 3 and sep == grouping and head != "0":
                whole = head + tail
            else:
                whole, frac = head, tail
    else:
        whole = s
    whole = whole.lstrip("0") or "0"
    if not whole.isdigit() or len(whole) > MAX_INT_DIGITS or (frac and not frac.isdigit()):
        return None
    value = float(f"{whole}.{frac[:12]}" if frac else whole)
    return value if math.isfinite(value) else None


# --- scale words ----------------------------------------------------------------------------

# English scales are understood in every language (quoted copy: "$5 billion" in an Italian
# text); each language's own table overrides them ("Billion" is 1e12 in German and French).
_EN_SCALES: Final[dict[str, float]] = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "crore": 1e7,  # Indian news: "Rs 500 crore"
    "crores": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
}

SCALE_WORDS: Final[dict[str, dict[str, float]]] = {
    "en": {"mil": 1e6},  # "$5 mil"
    "it": {
        "mila": 1e3,  # "5 mila euro"
        "milione": 1e6,
        "milioni": 1e6,
        "miliardo": 1e9,
        "miliardi": 1e9,
        "mille miliardi": 1e12,
        "mila miliardi": 1e12,  # "7 mila miliardi"
        "bilione": 1e12,
        "bilioni": 1e12,
        "trilione": 1e12,  # Italian news copy translates "trillion" to "trilioni"
        "trilioni": 1e12,
    },
    "de": {
        "tausend": 1e3,
        "million": 1e6,
        "millionen": 1e6,
        "milliarde": 1e9,
        "milliarden": 1e9,
        "billion": 1e12,  # false friend: a German Billion is a trillion
        "billionen": 1e12,
    },
    "fr": {
        "mille": 1e3,
        "million": 1e6,
        "millions": 1e6,
        "milliard": 1e9,
        "milliards": 1e9,
        "mille milliards": 1e12,
        "billion": 1e12,
        "billions": 1e12,
    },
    "es": {
        "mil": 1e3,
        "millón": 1e6,
        "millon": 1e6,
        "millones": 1e6,
        "mil millones": 1e9,  # "7 mil millones" = 7e9
        "millardo": 1e9,
        "millardos": 1e9,
        "billón": 1e12,
        "billon": 1e12,
        "billones": 1e12,
    },
    "pt": {
        "mil": 1e3,
        "milhão": 1e6,
        "milhao": 1e6,
        "milhões": 1e6,
        "milhoes": 1e6,
        "mil milhões": 1e9,  # pt-PT
        "bilhão": 1e9,  # pt-BR
        "bilhao": 1e9,
        "bilhões": 1e9,
        "bilhoes": 1e9,
        "bilião": 1e12,  # pt-PT
        "biliões": 1e12,
        "trilhão": 1e12,
        "trilhões": 1e12,
        "trilhoes": 1e12,
    },
    "nl": {"duizend": 1e3, "miljoen": 1e6, "miljard": 1e9, "biljoen": 1e12},
}

# Case-sensitive abbreviations, optionally followed by a dot: "300 Mio. US-Dollar",
# "1,5 Mrd. €", "3 mld di euro", "£5bn", "€2 mn", "500 mdd" (Mexican "millones de dólares").
SCALE_ABBREVIATIONS: Final[dict[str, dict[str, float]]] = {
    "en": {
        "bn": 1e9,
        "Bn": 1e9,
        "BN": 1e9,
        "bln": 1e9,
        "mn": 1e6,
        "mln": 1e6,
        "Mn": 1e6,
        "tn": 1e12,
        "trn": 1e12,
        "tln": 1e12,
        "mm": 1e6,
        "MM": 1e6,
    },
    "it": {"mln": 1e6, "Mln": 1e6, "mld": 1e9, "Mld": 1e9, "mrd": 1e9, "Mrd": 1e9},
    "de": {"Mio": 1e6, "Mrd": 1e9, "Mia": 1e9, "Bio": 1e12, "Tsd": 1e3},
    "fr": {"Md": 1e9, "Mds": 1e9, "Mrd": 1e9, "Mrds": 1e9, "Mio": 1e6},
    "es": {"MM": 1e6, "mdd": 1e6, "mmdd": 1e9},
    "pt": {"mi": 1e6, "bi": 1e9, "tri": 1e12},
    "nl": {"mln": 1e6, "mld": 1e9, "mrd": 1e9},
}

# Abbreviations that also name the currency: "500 mdd" = 500 millones de dólares.
SCALE_IMPLIED_CURRENCY: Final[dict[str, str]] = {"mdd": "USD", "mmdd": "USD"}

# One-letter scales, only attached to the number and only with an explicit currency:
# "$500k", "€5M", "$5B", "$1T", "300 M€". ("5 m" alone is five metres.)
SCALE_LETTERS: Final[dict[str, float]] = {
    "k": 1e3,
    "K": 1e3,
    "m": 1e6,
    "M": 1e6,
    "b": 1e9,
    "B": 1e9,
    "T": 1e12,
}


def scale_table(lang: str) -> dict[str, float]:
    """Lower-cased scale words for ``lang``: English ones plus the language's own."""
    table = dict(_EN_SCALES)
    table.update(SCALE_WORDS.get(lang, SCALE_WORDS["en"]))
    return table


def abbreviation_table(lang: str) -> dict[str, float]:
    """Case-sensitive scale abbreviations for ``lang`` (English ones too, language wins)."""
    table = dict(SCALE_ABBREVIATIONS["en"])
    if lang in COMMA_DECIMAL:
        del table["mm"]  # "mm" is millimetres outside English finance copy
    table.update(SCALE_ABBREVIATIONS.get(lang, {}))
    return table


# --- number words -------------------------------------------------------------------------

HALF: Final = -1.0  # marker value for "half"/"mezzo"/"halbe"/"demi"/"medio"
AND: Final = -2.0  # marker for the joining word in "one and a half", "trenta e cinque"
QUARTER: Final = -3.0  # marker for "quarter": "a quarter billion", "three quarters billion"
_FRACTIONS: Final = {HALF: 0.5, QUARTER: 0.25}

_EN_UNITS = _w(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_EN_TENS = _w("twenty thirty forty fifty sixty seventy eighty ninety")
_IT_UNITS = _w(
    "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
    "quattordici quindici sedici diciassette diciotto diciannove"
)
_IT_TENS = _w("venti trenta quaranta cinquanta sessanta settanta ottanta novanta")
_DE_UNITS = _w("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf")
_DE_TENS = _w("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")
_FR_UNITS = _w(
    "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"
)
_FR_TENS = _w("vingt trente quarante cinquante soixante")
_ES_UNITS = _w(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince"
)
_ES_TENS = _w("veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa")


def _table(units: list[str], tens: list[str]) -> dict[str, float]:
    out = {w: float(i) for i, w in enumerate(units)}
    out.update({w: float(20 + 10 * i) for i, w in enumerate(tens)})
    return out


NUMBER_WORDS: Final[dict[str, dict[str, float]]] = {
    "en": {
        **_table(_EN_UNITS, _EN_TENS),
        "a": 1.0,  # "a billion dollars"; alone ("a dollar") it is not a figure
        "an": 1.0,
        "hundred": 100.0,
        "thousand": 1000.0,
        "half": HALF,
        "quarter": QUARTER,
        "quarters": QUARTER,
        "and": AND,
    },
    "it": {
        **_table(_IT_UNITS, _IT_TENS),
        "un": 1.0,
        "una": 1.0,
        "cento": 100.0,
        "mille": 1000.0,  # "mille miliardi" = 1e12
        "mezzo": HALF,
        "mezza": HALF,
        "e": AND,
        **{f"{w}mila": 1000.0 * i for i, w in enumerate(_IT_UNITS) if 2 <= i <= 10},
    },
    "de": {
        **_table(_DE_UNITS, _DE_TENS),
        "ein": 1.0,
        "eine": 1.0,
        "einer": 1.0,
        "einen": 1.0,
        "hundert": 100.0,
        "tausend": 1000.0,
        "halbe": HALF,
        "halben": HALF,
        "anderthalb": 1.5,  # "anderthalb Milliarden"
        "eineinhalb": 1.5,
        "zweieinhalb": 2.5,
        "und": AND,
    },
    "fr": {
        **_table(_FR_UNITS, _FR_TENS),
        "une": 1.0,
        "cent": 100.0,
        "cents": 100.0,
        "mille": 1000.0,
        "demi": HALF,
        "demie": HALF,
        "et": AND,
    },
    "es": {
        **_table(_ES_UNITS, _ES_TENS),
        "un": 1.0,
        "una": 1.0,
        "cien": 100.0,
        "ciento": 100.0,
        "mil": 1000.0,  # "dos mil millones" = 2e9
        "medio": HALF,
        "media": HALF,
        "y": AND,
    },
    "pt": {
        "um": 1.0,
        "uma": 1.0,
        "dois": 2.0,
        "duas": 2.0,
        "três": 3.0,
        "quatro": 4.0,
        "cinco": 5.0,
        "seis": 6.0,
        "sete": 7.0,
        "oito": 8.0,
        "nove": 9.0,
        "dez": 10.0,
        "cem": 100.0,
        "mil": 1000.0,
        "meio": HALF,
        "e": AND,
    },
    "nl": {
        "een": 1.0,
        "één": 1.0,
        "twee": 2.0,
        "drie": 3.0,
        "vier": 4.0,
        "vijf": 5.0,
        "zes": 6.0,
        "zeven": 7.0,
        "acht": 8.0,
        "negen": 9.0,
        "tien": 10.0,
        "honderd": 100.0,
        "duizend": 1000.0,
        "half": HALF,
        "halve": HALF,
        "en": AND,
    },
}

# Words that are a number only before a scale word: "a billion", "un miliardo", "eine Milliarde".
ARTICLE_WORDS: Final = frozenset(
    {"a", "an", "un", "una", "une", "ein", "eine", "einer", "einen", "um", "uma", "een"}
)

_TOKEN_SPLIT = re.compile(r"[\s\u00a0\u202f-]+")  # "forty-five", "un demi-milliard"


def words_value(phrase: str, lang: str) -> float | None:
    """The value of a run of number words: "two" = 2, "half a" = 0.5, "dos mil" = 2000.

    "one and a half" = 1.5, "eine halbe" = 0.5, "thirteen" = 13, "two hundred fifty" = 250.
    Returns None for runs that are not a number ("and", "a a").
    """
    table = NUMBER_WORDS.get(lang, NUMBER_WORDS["en"])
    tokens = [t for t in _TOKEN_SPLIT.split(phrase.lower()) if t]
    if not tokens:
        return None
    values: list[float] = []
    for token in tokens:
        if token in table:
            values.append(table[token])
            continue
        parts = _compound_values(token, lang)
        if parts is None:
            return None
        values.extend(parts)
    fractions = [v for v in values if v in _FRACTIONS]
    if fractions:
        if len(fractions) > 1:
            return None
        marker = fractions[0]
        frac = _FRACTIONS[marker]
        idx = values.index(marker)
        before = [v for v in values[:idx] if v != AND]
        # "half a" / "a half" / "mezzo" / "un demi" / "eine halbe" / "a quarter": the fraction
        if len(before) <= 1 and all(v == 1.0 for v in before) and len(values) <= idx + 2:
            return frac
        # "one and a half": the number before "and a half" plus 0.5
        if values[-3:] == [AND, 1.0, marker] and len(values) > 3:
            base = _sum_words(values[:-3])
            return None if base is None else base + frac
        # "three quarters": a count of quarters, at most three
        if marker == QUARTER and idx == len(values) - 1 and before in ([2.0], [3.0]):
            return before[0] * frac
        return None
    return _sum_words(values)


# German writes numbers below a million as one word: "siebenhundert", "achtundsiebzig",
# "zweihundertfünfzig", "dreitausendfünfhundert". The pieces, longest first so that "siebzehn"
# is not read as "sieben" + "zehn" nor "dreißig" as "drei" + ...
_DE_PIECES: Final[dict[str, float]] = {
    **{
        w: float(13 + i)
        for i, w in enumerate(_w("dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn"))
    },
    **{w: float(20 + 10 * i) for i, w in enumerate(_DE_TENS)},
    "hundert": 100.0,
    "tausend": 1000.0,
    "zwölf": 12.0,
    "zehn": 10.0,
    "elf": 11.0,
    "eins": 1.0,
    "ein": 1.0,
    **{w: float(2 + i) for i, w in enumerate(_w("zwei drei vier fünf sechs sieben acht neun"))},
    "und": AND,
}
_DE_PIECE_ALT = "|".join(sorted(_DE_PIECES, key=len, reverse=True))
_DE_PIECE_RE = re.compile(_DE_PIECE_ALT)
_DE_UNIT = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_DE_BELOW_100 = (
    rf"(?:(?:{_DE_UNIT})und(?:{'|'.join(_DE_TENS)})|{'|'.join(_DE_TENS)}"
    r"|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwölf|zehn|elf|eins"
    rf"|{_DE_UNIT})"
)
_DE_BELOW_1000 = rf"(?:(?:{_DE_UNIT})?hundert(?:und)?{_DE_BELOW_100}?|{_DE_BELOW_100})"


# Regex source that finds compound number words while scanning, by language (lower case): a run
# of number pieces, "achtundsiebzig", "siebenhundert", "zweitausendfünfhundert". Every
# alternative starts with a literal piece so that the regex engine keeps its fast first-character
# skip (a leading optional group would make German scanning five times slower); the strict
# grammar below checks the word afterwards.
COMPOUND_NUMBER: Final[dict[str, str]] = {
    "de": "|".join(
        f"{re.escape(p)}(?:{_DE_PIECE_ALT}){{0,8}}"
        for p in sorted(_DE_PIECES, key=len, reverse=True)
        if p != "und"
    ),
}
# The grammar of a German number word below a million: "zweitausendfünfhundert" but not
# "undzwei" or "hunderthundert".
_COMPOUND_RE: Final = {
    "de": re.compile(rf"(?:{_DE_BELOW_1000}?tausend(?:und)?{_DE_BELOW_1000}?|{_DE_BELOW_1000})")
}


def _compound_values(token: str, lang: str) -> list[float] | None:
    """The pieces of a compound number word ("achtundsiebzig" -> 8, and, 70), or None."""
    whole = _COMPOUND_RE.get(lang)
    if whole is None or not whole.fullmatch(token):
        return None
    pieces = _DE_PIECE_RE.findall(token)
    if "".join(pieces) != token:
        return None
    return [_DE_PIECES[p] for p in pieces]


def _sum_words(values: list[float]) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for v in values:
        if v == AND:
            continue
        seen = True
        if v == 100.0:
            current = (current or 1.0) * 100.0
        elif v == 1000.0:
            total += (current or 1.0) * 1000.0
            current = 0.0
        else:
            current += v
    return total + current if seen else None
