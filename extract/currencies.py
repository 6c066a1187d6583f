"""Currency symbols, ISO codes and names in five languages, mapped to ISO 4217.

``"$"`` is USD unless marked (``C$``, ``A$``, ``HK$``, ``NT$``, ``R$``, ``MX$``);
``"dollari australiani"``, ``"Canadian dollars"``, ``"francs suisses"`` name their country.
"""

from __future__ import annotations

import re
from typing import Final


def _w(words: str) -> list[str]:
    """Split a whitespace-separated word list."""
    return words.split()


# Marked dollars and other prefix symbols, keyed by their normalized form (lower case, no
# spaces or dots): "US$" / "U.S. $" / "us $" -> "us$"; "C$" / "c $" -> "c$".
SYMBOLS: Final[dict[str, str]] = {
    "$": "USD",
    "us$": "USD",
    "u$d": "USD",
    "u$s": "USD",
    "c$": "CAD",
    "ca$": "CAD",
    "can$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "hk$": "HKD",
    "nt$": "TWD",
    "s$": "SGD",
    "sg$": "SGD",
    "nz$": "NZD",
    "r$": "BRL",
    "mx$": "MXN",
    "mex$": "MXN",
    # the mark after the symbol, as French-Canadian copy writes it: "16,4 millions $ CA",
    # "10 $ US", "5 $CAD", "10,05 milliards de $ HK"
    "$us": "USD",
    "$usd": "USD",
    "$c": "CAD",
    "$ca": "CAD",
    "$can": "CAD",
    "$cad": "CAD",
    "$hk": "HKD",
    "$hkd": "HKD",
    "$aud": "AUD",
    "$nz": "NZD",
    "$sg": "SGD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "cn¥": "CNY",
    "jp¥": "JPY",
    "₹": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₪": "ILS",
    "₫": "VND",
    "฿": "THB",
    "₱": "PHP",
    "₴": "UAH",
    "₦": "NGN",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₸": "KZT",
    "元": "CNY",
    "円": "JPY",
    "rs": "INR",  # "Rs 500 crore", "Rs. 1,200"
    "rp": "IDR",
    "sfr": "CHF",
    "chf": "CHF",
}

# ISO codes accepted as words ("USD 5 billion", "5 Mrd. EUR"). Codes that are also common
# upper-case words are left out: ALL (Albanian lek), TOP, CUP, BOB, SOS, PEN, MOP.
CODES: Final = frozenset(
    _w(
        """USD EUR GBP JPY CNY CHF INR KRW RUB CAD AUD HKD TWD SGD NZD BRL MXN SEK NOK DKK PLN CZK
    HUF RON BGN ISK ZAR SAR AED ILS THB MYR IDR VND PHP UAH NGN EGP ARS CLP COP KWD QAR KZT
    PKR BDT TRY RMB"""
    )
)

_DOLLAR_KINDS: Final = {
    "USD": ("us", "u.s.", "american", "united states"),
    "CAD": ("canadian",),
    "AUD": ("australian",),
    "HKD": ("hong kong",),
    "TWD": ("taiwan", "new taiwan", "taiwanese"),
    "SGD": ("singapore",),
    "NZD": ("new zealand",),
}

# Currency names as they follow a number, per language. English names are accepted in every
# language; "real", "mark" and "lira" only where they cannot be an ordinary word.
_NAMES_EN: Final[dict[str, str]] = {
    "dollar": "USD",
    "dollars": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "british pounds": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "yuan": "CNY",
    "chinese yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "swiss franc": "CHF",
    "swiss francs": "CHF",
    "franc": "CHF",
    "francs": "CHF",
    "french francs": "FRF",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "won": "KRW",
    "korean won": "KRW",
    "south korean won": "KRW",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "russian rubles": "RUB",
    "peso": "MXN",
    "pesos": "MXN",
    "mexican pesos": "MXN",
    "argentine pesos": "ARS",
    "philippine pesos": "PHP",
    "brazilian reais": "BRL",
    "brazilian real": "BRL",
    "reais": "BRL",
    "krona": "SEK",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "zloty": "PLN",
    "zlotys": "PLN",
    "złoty": "PLN",
    "turkish lira": "TRY",
    "rand": "ZAR",
    "riyal": "SAR",
    "riyals": "SAR",
    "dirham": "AED",
    "dirhams": "AED",
    "shekel": "ILS",
    "shekels": "ILS",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "naira": "NGN",
    "egyptian pounds": "EGP",
    "forint": "HUF",
    "forints": "HUF",
    "koruna": "CZK",
    "finnish markka": "FIM",
    "finnish markkaa": "FIM",
    "markka": "FIM",
    "dutch guilders": "NLG",
    "guilders": "NLG",
    "peseta": "ESP",
    "pesetas": "ESP",
    "deutsche marks": "DEM",
    "deutsche mark": "DEM",
    "riel": "KHR",
    "riels": "KHR",
    "cambodian riel": "KHR",
    "lari": "GEL",
    "tenge": "KZT",
    "taka": "BDT",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "colón": "CRC",
    "colones": "CRC",
    "quetzales": "GTQ",
    "soles": "PEN",
    "bolivianos": "BOB",
    "kuwaiti dinars": "KWD",
    "jordanian dinars": "JOD",
    "serbian dinars": "RSD",
    "qatari riyals": "QAR",
    "omani rials": "OMR",
    "iranian rials": "IRR",
    "leu": "RON",
    "lei": "RON",
    "romanian lei": "RON",
    "leva": "BGN",
    "kuna": "HRK",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "d-marks": "DEM",
    "italian lire": "ITL",
    "lire": "ITL",
    # ISO codes of the main currencies in any case after the amount: "20 usd", "1000 eur";
    # upper case they are codes anyway ("5 Mrd. EUR")
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
    "chf": "CHF",
    "jpy": "JPY",
    "cny": "CNY",
    "cad": "CAD",
    "aud": "AUD",
    "hkd": "HKD",
    "inr": "INR",
}
for _iso, _adjs in _DOLLAR_KINDS.items():
    for _adj in _adjs:
        _NAMES_EN[f"{_adj} dollar"] = _iso
        _NAMES_EN[f"{_adj} dollars"] = _iso
_NAMES_EN["hongkong dollars"] = "HKD"

_NAMES_LANG: Final[dict[str, dict[str, str]]] = {
    "it": {
        "dollaro": "USD",
        "dollari": "USD",
        "dollari usa": "USD",
        "dollari statunitensi": "USD",
        "dollari americani": "USD",
        "dollari canadesi": "CAD",
        "dollari australiani": "AUD",
        "dollari di hong kong": "HKD",
        "dollari taiwanesi": "TWD",
        "dollari di singapore": "SGD",
        "dollari neozelandesi": "NZD",
        "sterlina": "GBP",
        "sterline": "GBP",
        "lire sterline": "GBP",
        "lira sterlina": "GBP",
        "yen giapponesi": "JPY",
        "yuan cinesi": "CNY",
        "franco svizzero": "CHF",
        "franchi svizzeri": "CHF",
        "franchi": "CHF",
        "rupia": "INR",
        "rupie": "INR",
        "rupie indiane": "INR",
        "rublo": "RUB",
        "rubli": "RUB",
        "corone svedesi": "SEK",
        "corone norvegesi": "NOK",
        "corone danesi": "DKK",
        "lire turche": "TRY",
        "lire": "ITL",  # Italian copy about the past: "mille miliardi di lire"
        "marchi finlandesi": "FIM",
        "marchi": "DEM",
        "real brasiliani": "BRL",
        "pesos messicani": "MXN",
        "fiorini olandesi": "NLG",
        "franchi francesi": "FRF",
        "pesetas": "ESP",
    },
    "de": {
        "us-dollar": "USD",
        "us dollar": "USD",
        "amerikanische dollar": "USD",
        "amerikanischen dollar": "USD",
        "kanadische dollar": "CAD",
        "kanadischen dollar": "CAD",
        "australische dollar": "AUD",
        "australischen dollar": "AUD",
        "hongkong-dollar": "HKD",
        "taiwan-dollar": "TWD",
        "singapur-dollar": "SGD",
        "pfund": "GBP",
        "pfund sterling": "GBP",
        "britische pfund": "GBP",
        "britischen pfund": "GBP",
        "franken": "CHF",
        "schweizer franken": "CHF",
        "rupien": "INR",
        "indische rupien": "INR",
        "rubel": "RUB",
        "schwedische kronen": "SEK",
        "norwegische kronen": "NOK",
        "dänische kronen": "DKK",
        "kronen": "SEK",
        "d-mark": "DEM",
        "mark": "DEM",
        "türkische lira": "TRY",
        "yuan renminbi": "CNY",
        "finnische mark": "FIM",
        "kambodschanische riel": "KHR",
        "japanische yen": "JPY",
        "chinesische yuan": "CNY",
        "russische rubel": "RUB",
        "südkoreanische won": "KRW",
        "brasilianische real": "BRL",
        "mexikanische pesos": "MXN",
        "polnische zloty": "PLN",
        "südafrikanische rand": "ZAR",
        "britische pfund sterling": "GBP",
        "finnmark": "FIM",
        "gulden": "NLG",
        "peseten": "ESP",
        "französische francs": "FRF",
        "lire": "ITL",
    },
    "fr": {
        "dollars américains": "USD",
        "dollars us": "USD",
        "dollars canadiens": "CAD",
        "dollar canadien": "CAD",
        "dollars australiens": "AUD",
        "dollars de hong kong": "HKD",
        "dollars hongkongais": "HKD",
        "dollars taïwanais": "TWD",
        "dollars de singapour": "SGD",
        "livre": "GBP",
        "livres": "GBP",
        "livre sterling": "GBP",
        "livres sterling": "GBP",
        "yens": "JPY",
        "yuans": "CNY",
        "franc suisse": "CHF",
        "francs suisses": "CHF",
        "roupie": "INR",
        "roupies": "INR",
        "wons": "KRW",
        "couronnes suédoises": "SEK",
        "couronnes norvégiennes": "NOK",
        "couronnes danoises": "DKK",
        "réal": "BRL",
        "réaux": "BRL",
        "reais": "BRL",
        "livres turques": "TRY",
        "marks finlandais": "FIM",
        "mark finlandais": "FIM",  # "420 millions de mark finlandais"
        "marks": "DEM",
        "deutsche marks": "DEM",
        "florins": "NLG",
        "francs français": "FRF",
        "lires": "ITL",
    },
    "es": {
        "dólar": "USD",
        "dólares": "USD",
        "dolar": "USD",
        "dolares": "USD",
        "dólares estadounidenses": "USD",
        "dólares americanos": "USD",
        "dólares canadienses": "CAD",
        "dólares australianos": "AUD",
        "dólares de hong kong": "HKD",
        "dólares de singapur": "SGD",
        "dólares taiwaneses": "TWD",
        "libra": "GBP",
        "libras": "GBP",
        "libras esterlinas": "GBP",
        "yenes": "JPY",
        "yuanes": "CNY",
        "franco suizo": "CHF",
        "francos suizos": "CHF",
        "francos": "CHF",
        "rupia": "INR",
        "rupias": "INR",
        "wones": "KRW",
        "rublo": "RUB",
        "rublos": "RUB",
        "pesos mexicanos": "MXN",
        "pesos argentinos": "ARS",
        "pesos chilenos": "CLP",
        "pesos colombianos": "COP",
        "real": "BRL",
        "reales": "BRL",
        "coronas suecas": "SEK",
        "liras turcas": "TRY",
        "marcos finlandeses": "FIM",
        "marcos alemanes": "DEM",
        "florines holandeses": "NLG",
        "florines neerlandeses": "NLG",
        "florín neerlandés": "NLG",
        "pesetas": "ESP",
        "francos franceses": "FRF",
        "liras italianas": "ITL",
    },
    "pt": {
        "dólar": "USD",
        "dólares": "USD",
        "real": "BRL",
        "reais": "BRL",
        "libras": "GBP",
        "libras esterlinas": "GBP",
        "ienes": "JPY",
        "francos suíços": "CHF",
    },
    "nl": {"pond": "GBP", "britse pond": "GBP", "zwitserse frank": "CHF"},
}

# Sub-units: the amount is divided by 100. ``None`` means the article's currency (or the
# language's default): "50 cents" in a dollar story, "20 centesimi" in an euro one.
CENT_WORDS: Final[dict[str, str | None]] = {
    "cent": None,
    "cents": None,
    "centesimo": None,
    "centesimi": None,
    "centime": None,
    "centimes": None,
    "céntimo": None,
    "céntimos": None,
    "centavo": "USD",  # Latin American copy: cents of a dollar or peso
    "centavos": "USD",
    "pence": "GBP",
    "penique": "GBP",  # Spanish: "197 peniques"
    "peniques": "GBP",
    "penny": "GBP",
    "pennies": "GBP",
    "kopeks": "RUB",
}

DEFAULT_CENT_CURRENCY: Final[dict[str, str]] = {"en": "USD"}  # other languages: EUR


def names_for(lang: str) -> dict[str, str]:
    """Currency names (lower case) understood in ``lang``: its own plus the English ones."""
    table = dict(_NAMES_EN)
    table.update(_NAMES_LANG.get(lang, {}))
    return table


def normalize_symbol(raw: str) -> str:
    """Key of a prefix symbol in ``SYMBOLS``: "U.S. $" -> "us$", "C$" -> "c$", "Rs." -> "rs"."""
    return "".join(ch for ch in raw.lower() if not ch.isspace() and ch != ".")


def normalize_name(raw: str) -> str:
    """Key of a currency name: lower case, single spaces, straight apostrophe."""
    return " ".join(raw.lower().replace("’", "'").split())


def phrase_pattern(phrase: str) -> str:
    """Regex source for a currency name ("hongkong-dollar" also matches "Hongkong Dollar").

    Spaces match any run of spaces, also no-break ones.
    """
    parts = [re.escape(p) for p in phrase.split(" ")]
    body = r"[\s\u00a0\u202f]+".join(parts)
    return body.replace(r"\-", r"[-\s]?")


def alternation(phrases: list[str]) -> str:
    """An alternation of phrases, longest first so that "dollari australiani" beats "dollari"."""
    return "|".join(phrase_pattern(p) for p in sorted(set(phrases), key=len, reverse=True))
