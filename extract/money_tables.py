"""Words around money figures, per language: qualifiers, range words, articles, change verbs.

``qualifier_table("it")["fino a"] == ("up to", False)``; ``INTRODUCERS["de"]`` opens a range
("zwischen 5 und 7 Milliarden"), ``CONNECTORS["fr"]["to"]`` joins its ends ("de 5 à 7 000
milliards"). ``extract.money`` compiles them; ``extract.numbers`` reads the numbers themselves.
"""

from __future__ import annotations

from typing import Final


def _w(words: str) -> list[str]:
    """Split a whitespace-separated word list."""
    return words.split()


# --- words around numbers: qualifiers, ranges, articles ------------------------------------

# Qualifier -> (normalized English, approximate). English ones are understood everywhere.
# Six normalized values, one facet each: up to, about, nearly, more than, at least, less than.
QUALIFIERS: Final[dict[str, dict[str, tuple[str, bool]]]] = {
    "en": {
        "up to": ("up to", False),
        "nearly": ("nearly", True),
        "almost": ("nearly", True),
        "about": ("about", True),
        "around": ("about", True),
        "roughly": ("about", True),
        "approximately": ("about", True),
        "some": ("about", True),
        "an estimated": ("about", True),
        "close to": ("nearly", True),
        "more than": ("more than", False),
        "over": ("more than", False),
        "above": ("more than", False),
        "in excess of": ("more than", False),
        "upwards of": ("more than", False),
        "at least": ("at least", False),
        "less than": ("less than", False),
        "under": ("less than", False),
        "below": ("less than", False),
        "fewer than": ("less than", False),
        "as much as": ("up to", False),
    },
    "it": {
        "circa": ("about", True),
        "fino a": ("up to", False),
        "fino ad": ("up to", False),
        "fino ai": ("up to", False),
        "oltre": ("more than", False),
        "più di": ("more than", False),
        "piu di": ("more than", False),
        "quasi": ("nearly", True),
        "almeno": ("at least", False),
        "vicina a": ("about", True),
        "vicino a": ("about", True),
        "vicini a": ("about", True),
        "vicina ai": ("about", True),
        "vicino ai": ("about", True),
        "superato": ("more than", False),  # "ha superato i 3.000 miliardi di dollari"
        "supera": ("more than", False),
        "superare": ("more than", False),
        "supererà": ("more than", False),
        "supereranno": ("more than", False),
        "superando": ("more than", False),
        "intorno a": ("about", True),
        "intorno ai": ("about", True),
        "attorno a": ("about", True),
        "attorno ai": ("about", True),
        "meno di": ("less than", False),
        "poco meno di": ("nearly", True),
        "poco più di": ("more than", False),
        "superiore a": ("more than", False),
        "superiori a": ("more than", False),
    },
    "de": {
        "knapp": ("nearly", True),
        "rund": ("about", True),
        "etwa": ("about", True),
        "ungefähr": ("about", True),
        "circa": ("about", True),
        "ca.": ("about", True),
        "fast": ("nearly", True),
        "beinahe": ("nearly", True),
        "mehr als": ("more than", False),
        "über": ("more than", False),
        "bis zu": ("up to", False),
        "mindestens": ("at least", False),
        "weniger als": ("less than", False),
        "unter": ("less than", False),
        "übersteigt": ("more than", False),  # "übersteigt 6 Bio. US-Dollar"
        "überstieg": ("more than", False),
        "übersteigen": ("more than", False),
        "übertrifft": ("more than", False),
    },
    "fr": {
        "jusqu'à": ("up to", False),
        "jusqu’à": ("up to", False),
        "jusqu'a": ("up to", False),
        "environ": ("about", True),
        "près de": ("nearly", True),
        "pres de": ("nearly", True),
        "plus de": ("more than", False),
        "quelque": ("about", True),
        "quelques": ("about", True),
        "au moins": ("at least", False),
        "moins de": ("less than", False),
        "autour de": ("about", True),
        "presque": ("nearly", True),
        "quasiment": ("nearly", True),
        "approximativement": ("about", True),
        "dépassé": ("more than", False),  # "Nvidia a dépassé les 3 000 milliards de dollars"
        "dépasse": ("more than", False),
        "dépasser": ("more than", False),
        "dépassera": ("more than", False),
    },
    "es": {
        "hasta": ("up to", False),
        "casi": ("nearly", True),
        "cerca de": ("nearly", True),
        "más de": ("more than", False),
        "mas de": ("more than", False),
        "alrededor de": ("about", True),
        "unos": ("about", True),
        "unas": ("about", True),
        "al menos": ("at least", False),
        "menos de": ("less than", False),
        "aproximadamente": ("about", True),
        "aprox.": ("about", True),
        "en torno a": ("about", True),  # "se sitúa en torno a 3.000 millones de euros"
        "rondará": ("about", True),  # "su inversión rondará los 100.000 millones"
        "ronda": ("about", True),
        "rondaba": ("about", True),
        "superó": ("more than", False),  # "Nvidia superó los 3 billones de dólares"
        "supera": ("more than", False),
        "superará": ("more than", False),
        "superar": ("more than", False),
    },
    "pt": {
        "até": ("up to", False),
        "quase": ("nearly", True),
        "cerca de": ("about", True),
        "mais de": ("more than", False),
        "pelo menos": ("at least", False),
        "menos de": ("less than", False),
    },
    "nl": {
        "tot": ("up to", False),
        "bijna": ("nearly", True),
        "ongeveer": ("about", True),
        "ruim": ("more than", False),
        "meer dan": ("more than", False),
        "minstens": ("at least", False),
    },
}


def qualifier_table(lang: str) -> dict[str, tuple[str, bool]]:
    """Qualifiers understood in ``lang``: English ones plus the language's own."""
    table = dict(QUALIFIERS["en"])
    table.update(QUALIFIERS.get(lang, {}))
    return table


# Articles between a qualifier or range word and the number: "oltre i 5 miliardi",
# "tra i 5 e i 7 trilioni", "entre los 5".
ARTICLES: Final = ("i", "il", "gli", "le", "the", "los", "las", "les", "die", "den", "zu")

# A definite article before a singular scale word and a currency name stands for "one":
# "superó por primera vez el billón de dólares", "ha superato il miliardo di dollari", "a franchi
# le cap du milliard de dollars", "überschritt die Billion Dollar". Not English: "the million
# dollar question" is an idiom.
ONE_SCALE_ARTICLES: Final[dict[str, tuple[str, ...]]] = {
    "it": ("il", "al", "del", "dal", "sul", "nel"),
    "de": ("die", "der"),
    "fr": ("le", "du", "au"),
    "es": ("el", "del", "al"),
}
SINGULAR_SCALES: Final[dict[str, tuple[str, ...]]] = {
    "it": ("milione", "miliardo", "bilione", "trilione"),
    "de": ("million", "milliarde", "billion"),
    "fr": ("million", "milliard", "billion"),
    "es": ("millón", "millon", "millardo", "billón", "billon"),
}

# Words before the previous value of a price, after its new value: "ha alzato il prezzo obiettivo
# a 1.500 dollari da 1.320", "raised its target to $1,500 from 1,320", "à 1 500 dollars contre
# 1 320", "auf 1.500 Dollar von 1.320", "a 1.500 dólares desde 1.320".
PREVIOUS_VALUE: Final[dict[str, tuple[str, ...]]] = {
    "en": ("from", "versus", "vs.", "vs", "against"),
    "it": ("da", "dai", "dagli", "contro", "rispetto a", "rispetto ai"),
    "de": ("von", "nach", "gegenüber"),
    "fr": ("de", "contre", "au lieu de"),
    "es": ("de", "desde", "frente a", "frente a los"),
}

# Words that open a range: "between $5 and $7", "tra $5 e $7", "de 5 à 7 000 milliards".
INTRODUCERS: Final[dict[str, tuple[str, ...]]] = {
    "en": ("between", "from"),
    "it": ("tra", "fra", "da", "dai", "dal", "dagli"),
    "de": ("zwischen", "von"),
    "fr": ("entre", "de", "des", "du"),
    "es": ("entre", "de", "desde"),
    "pt": ("entre", "de"),
    "nl": ("tussen", "van"),
}

# Introducers after which "and" joins the two ends: "between $5 and $7", "tra 5 e 7 miliardi".
INTRODUCERS_BETWEEN: Final = frozenset({"between", "tra", "fra", "zwischen", "entre", "tussen"})

# Words between the two ends of a range: "5 to 7", "5 bis 7", "5 à 7" / "5 and 7" after
# "between" only.
CONNECTORS: Final[dict[str, dict[str, list[str]]]] = {
    "en": {"to": ["to", "through"], "and": ["and"]},
    "it": {"to": ["a", "ad", "ai", "fino a"], "and": ["e", "ed"]},
    "de": {"to": ["bis", "bis zu", "auf"], "and": ["und"]},
    "fr": {"to": ["à", "a"], "and": ["et"]},
    "es": {"to": ["a", "hasta"], "and": ["y"]},
    "pt": {"to": ["a"], "and": ["e"]},
    "nl": {"to": ["tot"], "and": ["en"]},
}

# Verbs of change before "from X to Y": "rose from $5bn to $7bn" is two figures, not a range.
CHANGE_VERBS: Final = [
    "rose", "risen", "rising", "rise", "grew", "grown", "growing", "increased", "increase",
    "jumped", "climbed", "fell", "fallen", "dropped", "declined", "slid", "cut", "lifted",
    "lowered", "boosted", "reduced", "soared", "surged", "doubled", "raised", "up", "down",
    "passato", "passata", "passati", "salito", "salita", "saliti", "cresciuto", "cresciuta",
    "aumentato", "aumentata", "sceso", "scesa", "calato", "calata", "balzato", "balzata",
    "ridotto", "ridotta", "portato", "portata", "gestiegen", "stieg", "steigt", "gesunken",
    "sank", "sinkt", "erhöht", "gesenkt", "wuchs", "gewachsen", "fiel", "gefallen", "kletterte",
    "passé", "passée", "passant", "augmenté", "grimpé", "bondi", "chuté", "baissé", "progressé",
    "relevé", "abaissé", "porté", "pasó", "pasado", "pasaron", "aumentó", "aumentaron", "subió",
    "subieron", "creció", "crecieron", "cayó", "cayeron", "bajó", "bajaron", "elevó", "incrementó",
    "saltó", "saltaron",
]  # fmt: skip

# Counted things: a scale word before them is no money even in a dollar story
# ("5 miliardi utenti", "2 billion users", "1 Milliarde Nutzer").
COUNTED_NOUNS: Final = frozenset(
    _w(
        """users user people persons parameters tokens devices chips gpus gpu transistors units
    barrels tons tonnes subscribers views downloads years hours visits smartphones phones cars
    vehicles customers shares employees words images queries requests transactions
    utenti persone parametri dispositivi abitanti anni ore visite clienti dipendenti azioni
    nutzer menschen personen parameter geräte einwohner jahre stunden kunden aktien
    utilisateurs personnes paramètres appareils habitants ans heures clients actions
    usuarios personas parámetros dispositivos habitantes años horas clientes acciones
    mw gw kw twh gwh kwh gb tb pb km"""
    )
)
