"""A large, realistic-looking knowledge base for the Datasette benchmark, deterministic.

What makes it resemble real AI-infrastructure news rather than a bag of twenty words:

- Entities are the 1,500+ real names of ``extract/data/gazetteer.json``, chosen with a Zipf law
  (Nvidia, OpenAI, TSMC in many stories; a Saxon chip supplier in a handful).
- Claim sentences come from ~60 templates in five languages (English about half of the copy),
  with per-language number formats and scale words (``$4.5bn``, ``4,5 miliardi di dollari``,
  ``1,2 Billionen Dollar``, ``4.500 millones de dólares``), log-uniform amounts (millions and
  billions common, trillions rare), a skewed currency mix, attributions and hedges.
- Body text comes from a bigram chain trained on the ~900 real news sentences of the project's dev
  sets (``tests/data/*.jsonl``), so word frequencies follow the long tail of news copy.
- About 7% of articles are syndicated copies (``duplicate_of``), and about a quarter of claims
  repeat a recent figure, which builds claim clusters of realistic, skewed sizes.
- Story volume grows over the 900 days covered, as a crawl's does.
"""

from __future__ import annotations

import bisect
import itertools
import json
import random
import sqlite3
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "extract" / "data" / "gazetteer.json"
CORPUS_GLOB = "*.jsonl"
CORPUS_DIR = ROOT / "tests" / "data"

LANGS = ("en", "it", "de", "fr", "es")
LANG_WEIGHTS = (0.52, 0.13, 0.13, 0.12, 0.10)
START = 1672531200  # 2023-01-01T00:00:00Z
DAYS = 900

# kind -> share of figures (investment and revenue dominate the news about money)
KINDS = {
    "investment": 0.28,
    "revenue": 0.15,
    "funding_ask": 0.07,
    "market_cap": 0.07,
    "capex": 0.09,
    "valuation": 0.06,
    "subsidy": 0.06,
    "sales": 0.05,
    "price": 0.06,
    "cost": 0.06,
    "other": 0.05,
}
# currency -> (share, USD per unit); a bare "$" is USD, most European copy quotes dollars too
CURRENCIES = {
    "USD": (0.70, 1.0),
    "EUR": (0.18, 1.08),
    "GBP": (0.04, 1.27),
    "JPY": (0.03, 0.0068),
    "CNY": (0.02, 0.14),
    "KRW": (0.02, 0.00075),
    "INR": (0.01, 0.012),
}
SYMBOL = {
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "CNY": "CNY ",
    "KRW": "KRW ",
    "INR": "Rs ",
}
CURRENCY_WORD = {
    "it": {"USD": "di dollari", "EUR": "di euro", "GBP": "di sterline", "JPY": "di yen"},
    "de": {"USD": "Dollar", "EUR": "Euro", "GBP": "Pfund", "JPY": "Yen"},
    "fr": {"USD": "de dollars", "EUR": "d'euros", "GBP": "de livres", "JPY": "de yens"},
    "es": {"USD": "de dólares", "EUR": "de euros", "GBP": "de libras", "JPY": "de yenes"},
}
# language -> (million, billion, trillion) as printed; "mille miliardi" and "trilioni" are
# both 1e12 in Italian copy, a German "Billion" is 1e12, so is a French "billion"
SCALES = {
    "en": (("million", "m", "mn"), ("billion", "bn", "B"), ("trillion", "tn", "trillion")),
    "it": (("milioni",), ("miliardi",), ("trilioni", "mille miliardi")),
    "de": (("Millionen", "Mio."), ("Milliarden", "Mrd."), ("Billionen", "Bio.")),
    "fr": (("millions",), ("milliards",), ("billions", "000 milliards")),
    "es": (("millones",), ("mil millones",), ("billones",)),
}

OBJECTS = {
    "en": [
        "a new chip fab",
        "AI data centers",
        "a 1 GW data-center campus",
        "advanced packaging capacity",
        "GPU clusters",
        "a sovereign AI cloud",
        "a hyperscale campus",
        "gas-fired power plants for its data centers",
        "a subsea cable",
        "an HBM memory line",
        "a wafer plant",
        "a research center for 2nm chips",
        "nuclear power for AI",
        "liquid-cooled server halls",
        "a transmission line to its campus",
        "training supercomputers",
        "an undersea interconnect",
        "a photonics plant",
        "edge data centers",
        "grid batteries",
    ],
    "it": [
        "una nuova fabbrica di chip",
        "data center per l'intelligenza artificiale",
        "un campus da 1 GW",
        "capacità di packaging avanzato",
        "cluster di GPU",
        "un cloud sovrano",
        "centrali elettriche per i data center",
        "un cavo sottomarino",
        "un centro di ricerca sui semiconduttori",
        "supercomputer per l'addestramento",
    ],
    "de": [
        "eine neue Chipfabrik",
        "KI-Rechenzentren",
        "einen Rechenzentrumscampus mit 1 GW",
        "Kapazitäten für Advanced Packaging",
        "GPU-Cluster",
        "eine souveräne KI-Cloud",
        "Gaskraftwerke für Rechenzentren",
        "ein Seekabel",
        "ein Forschungszentrum für Halbleiter",
        "Supercomputer für das Training",
    ],
    "fr": [
        "une nouvelle usine de puces",
        "des centres de données pour l'IA",
        "un campus de 1 GW",
        "des capacités de packaging avancé",
        "des grappes de GPU",
        "un cloud souverain",
        "des centrales électriques pour ses centres de données",
        "un câble sous-marin",
        "un centre de recherche sur les semi-conducteurs",
        "des supercalculateurs d'entraînement",
    ],
    "es": [
        "una nueva fábrica de chips",
        "centros de datos para la inteligencia artificial",
        "un campus de 1 GW",
        "capacidad de empaquetado avanzado",
        "clústeres de GPU",
        "una nube soberana",
        "centrales eléctricas para sus centros de datos",
        "un cable submarino",
        "un centro de investigación de semiconductores",
        "superordenadores de entrenamiento",
    ],
}

# {S} subject, {S2} second company, {A} {A2} amounts, {O} object, {P} place, {Y} year,
# {X} attribution clause, {H} hedge word (empty or "reportedly"...)
TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("investment", "{S} will invest {A} in {O} in {P}, {X}."),
        ("investment", "{S} {H}plans to pour {A} into {O} over the next five years."),
        ("funding_ask", "{S} is {H}seeking {A} from investors to fund {O}, {X}."),
        ("funding_ask", "{S} {H}wants to raise {A} for {O}, {X}."),
        ("market_cap", "{S}'s market value climbed to {A} on Tuesday, ahead of {S2}."),
        ("market_cap", "Shares of {S} fell 4%, wiping {A} off its market capitalization."),
        ("revenue", "{S} reported quarterly revenue of {A}, up from {A2} a year earlier."),
        ("revenue", "Data-center revenue at {S} reached {A} in the quarter, {X}."),
        ("capex", "{S} said capital expenditure would reach {A} in {Y}, {X}."),
        ("capex", "{S} expects to spend {A} on {O} this fiscal year."),
        ("valuation", "{S} raised {A2} in a round led by {S2} that values it at {A}."),
        ("valuation", "The deal {H}values {S} at {A}, {X}."),
        ("subsidy", "The government of {P} awarded {S} up to {A} in grants for {O}."),
        ("subsidy", "{S} will receive {A} in subsidies under the CHIPS Act for {O} in {P}."),
        ("sales", "{S} sold {A} worth of accelerators to {S2} in {Y}."),
        ("price", "{S} agreed to buy {S2} for {A} in cash, {X}."),
        ("price", "Each rack of {S} servers sells for about {A}, {X}."),
        ("cost", "Building {O} in {P} will cost {S} about {A}, {X}."),
        ("cost", "The {P} project has run {A} over budget, {X}."),
        ("other", "{S} and {S2} signed a {A} agreement covering {O}."),
        ("investment", "Analysts estimate {S} will commit {A} to {O} by {Y}."),
        ("funding_ask", "{S} {H}needs between {A2} and {A} to build {O}, {X}."),
    ],
    "it": [
        ("investment", "{S} investirà {A} in {O} in {P}, {X}."),
        ("funding_ask", "{S} {H}cercherebbe {A} dagli investitori per {O}, {X}."),
        ("market_cap", "La capitalizzazione di {S} è salita a {A}, superando {S2}."),
        ("revenue", "{S} ha registrato ricavi trimestrali per {A}, {X}."),
        ("capex", "{S} prevede investimenti in conto capitale per {A} nel {Y}."),
        ("valuation", "L'operazione valuta {S} {A}, {X}."),
        ("subsidy", "Il governo ha concesso a {S} {A} di sussidi per {O} in {P}."),
        ("price", "{S} acquisirà {S2} per {A}, {X}."),
        ("cost", "Costruire {O} in {P} costerà a {S} circa {A}."),
        ("other", "{S} e {S2} hanno firmato un accordo da {A} per {O}."),
    ],
    "de": [
        ("investment", "{S} will {A} in {O} in {P} investieren, {X}."),
        ("funding_ask", "{S} {H}sucht {A} bei Investoren für {O}, {X}."),
        ("market_cap", "Der Börsenwert von {S} stieg auf {A} und überholte {S2}."),
        ("revenue", "{S} meldete einen Quartalsumsatz von {A}, {X}."),
        ("capex", "{S} plant für {Y} Investitionen von {A}."),
        ("valuation", "Die Finanzierungsrunde bewertet {S} mit {A}, {X}."),
        ("subsidy", "Der Staat fördert {O} von {S} in {P} mit {A}."),
        ("price", "{S} übernimmt {S2} für {A}, {X}."),
        ("cost", "{O} in {P} kostet {S} rund {A}."),
        ("other", "{S} und {S2} unterzeichneten einen Vertrag über {A} für {O}."),
    ],
    "fr": [
        ("investment", "{S} va investir {A} dans {O} en {P}, {X}."),
        ("funding_ask", "{S} {H}chercherait {A} auprès d'investisseurs pour {O}, {X}."),
        ("market_cap", "La capitalisation de {S} a atteint {A}, devant {S2}."),
        ("revenue", "{S} a publié un chiffre d'affaires trimestriel de {A}, {X}."),
        ("capex", "{S} prévoit {A} d'investissements en {Y}."),
        ("valuation", "La levée de fonds valorise {S} à {A}, {X}."),
        ("subsidy", "L'État accorde à {S} une aide de {A} pour {O} en {P}."),
        ("price", "{S} rachète {S2} pour {A}, {X}."),
        ("cost", "Construire {O} en {P} coûtera environ {A} à {S}."),
        ("other", "{S} et {S2} ont signé un accord de {A} pour {O}."),
    ],
    "es": [
        ("investment", "{S} invertirá {A} en {O} en {P}, {X}."),
        ("funding_ask", "{S} {H}buscaría {A} de inversores para {O}, {X}."),
        ("market_cap", "La capitalización de {S} subió a {A}, por delante de {S2}."),
        ("revenue", "{S} registró ingresos trimestrales de {A}, {X}."),
        ("capex", "{S} prevé inversiones de capital de {A} en {Y}."),
        ("valuation", "La ronda valora {S} en {A}, {X}."),
        ("subsidy", "El Gobierno concede a {S} {A} en ayudas para {O} en {P}."),
        ("price", "{S} comprará {S2} por {A}, {X}."),
        ("cost", "Construir {O} en {P} costará a {S} unos {A}."),
        ("other", "{S} y {S2} firmaron un acuerdo de {A} para {O}."),
    ],
}
HEADLINES = {
    "en": [
        "{S} bets {A} on {O}",
        "{S} to spend {A} in {P}",
        "Why {S} is worth {A}",
        "{S} and {S2} strike {A} deal",
        "{P} lures {S} with {A} in aid",
        "{S} results: {A} and counting",
    ],
    "it": ["{S} punta {A} su {O}", "{S}, {A} per {P}", "{S} e {S2}: accordo da {A}"],
    "de": ["{S} investiert {A} in {P}", "{S} und {S2}: Deal über {A}", "{A} für {O}"],
    "fr": ["{S} mise {A} sur {O}", "{S} et {S2} : un accord de {A}", "{A} pour {O} en {P}"],
    "es": ["{S} apuesta {A} por {O}", "{S} y {S2}: acuerdo de {A}", "{A} para {O} en {P}"],
}
# attribution clause -> attributed outlet or source (None: the company itself)
ATTRIBUTIONS = {
    "en": [
        ("the company said", None),
        ("according to Reuters", "Reuters"),
        ("Bloomberg reported", "Bloomberg"),
        ("the Wall Street Journal reported", "Wall Street Journal"),
        ("people familiar with the matter said", "people familiar with the matter"),
        ("according to a filing", None),
        ("the Financial Times reported", "Financial Times"),
        ("analysts at Morgan Stanley said", "Morgan Stanley"),
        ("according to The Information", "The Information"),
    ],
    "it": [
        ("secondo il Wall Street Journal", "Wall Street Journal"),
        ("ha annunciato la società", None),
        ("secondo Il Sole 24 Ore", "Il Sole 24 Ore"),
        ("riporta Reuters", "Reuters"),
    ],
    "de": [
        ("wie das Handelsblatt berichtet", "Handelsblatt"),
        ("teilte das Unternehmen mit", None),
        ("berichtet Bloomberg", "Bloomberg"),
        ("heißt es in Finanzkreisen", "Finanzkreise"),
    ],
    "fr": [
        ("selon Les Echos", "Les Echos"),
        ("a annoncé le groupe", None),
        ("rapporte Reuters", "Reuters"),
        ("selon le Financial Times", "Financial Times"),
    ],
    "es": [
        ("según Expansión", "Expansión"),
        ("anunció la compañía", None),
        ("informa Reuters", "Reuters"),
        ("según el Wall Street Journal", "Wall Street Journal"),
    ],
}
HEDGES = {"en": ("reportedly ", "said to be "), "it": (), "de": ("angeblich ",), "fr": (), "es": ()}
# hedged verb forms already in the templates (Italian/French/Spanish conditionals)
HEDGED_VERBS = ("cercherebbe", "chercherait", "buscaría")

OUTLETS = {
    "en": [
        "The Wire",
        "Chip Ledger",
        "Grid & Compute",
        "Silicon Weekly",
        "Datacenter Dispatch",
        "The Fab Report",
        "Capex Monitor",
        "Power Markets Daily",
        "AI Business Review",
        "Semiconductor Times",
        "Cloud Economics",
        "Tech Policy Post",
        "Hyperscale Herald",
        "Wafer World",
        "Infra Insider",
        "The Compute Brief",
        "Markets Tech",
        "Energy & Silicon",
        "Enterprise Wire",
        "The Hardware Desk",
        "Asia Chip Watch",
        "Euro Tech Report",
        "Venture Ledger",
        "Data Gravity",
        "Byte Street",
        "Transistor Today",
        "The Rack",
        "Grid Ledger",
        "Watt & Wafer",
        "Model Money",
    ],
    "it": [
        "DailyAI Italia",
        "Il Chip",
        "Tecnofinanza",
        "Rete e Silicio",
        "Energia Digitale",
        "Corriere Tech",
        "Borsa e Chip",
        "Nuvola Italiana",
    ],
    "de": [
        "Handel Tech",
        "Chipwelt",
        "Rechenzentrum Aktuell",
        "Netz & Strom",
        "Halbleiter Heute",
        "Digitalwirtschaft",
        "Börse Technik",
        "KI Markt",
    ],
    "fr": [
        "Puces & Marchés",
        "Le Journal du Cloud",
        "Énergie Numérique",
        "Silicium Hebdo",
        "La Tribune Tech",
        "Data Centre Mag",
        "Économie IA",
    ],
    "es": [
        "Chips y Mercados",
        "Centro de Datos Hoy",
        "Energía Digital",
        "Silicio Semanal",
        "Nube Económica",
        "Tecnología y Bolsa",
        "Inversión IA",
    ],
}
# 1e12 scale words in body copy -> the 1e9 word ("trillion" in a third of articles is the dev
# sets' bias, not the news')
RARE_WORDS = {
    "trillion": "billion",
    "trillions": "billions",
    "trilioni": "miliardi",
    "billionen": "Milliarden",
    "billones": "millones",
}
# names the popularity ranking starts with (the head of the Zipf law); the rest follow shuffled
HEAD = [
    "nvidia", "openai", "microsoft", "tsmc", "google", "amazon", "meta", "oracle", "softbank",
    "intel", "amd", "samsung", "sam-altman", "jensen-huang", "anthropic", "xai", "coreweave",
    "broadcom", "sk-hynix", "asml", "apple", "stargate", "elon-musk", "micron", "arm",
]  # fmt: skip


@dataclass
class Vocabulary:
    """Slot fillers and per-language sentence pools."""

    subjects: list[dict[str, Any]]
    subject_cum: list[float]
    places: list[str]
    pools: dict[str, list[str]] = field(default_factory=dict)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)

    def subject(self, rng: random.Random) -> dict[str, Any]:
        return self.subjects[bisect.bisect(self.subject_cum, rng.random() * self.subject_cum[-1])]


def load_entities() -> list[dict[str, Any]]:
    """The gazetteer's entities, as ``entities`` rows."""
    data = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    return [
        {
            "id": e["id"],
            "name": e["name"],
            "label": e["label"],
            "aliases": json.dumps(e.get("aliases") or [], ensure_ascii=False),
            "ticker": e.get("ticker"),
            "country": e.get("country"),
        }
        for e in data
    ]


def _corpus_sentences() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for path in sorted(CORPUS_DIR.glob(CORPUS_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            text, lang = row.get("text"), row.get("lang")
            if isinstance(text, str) and lang in LANGS:
                out[lang].append(text)
    return out


def _bigram_pool(sentences: Sequence[str], rng: random.Random, size: int) -> list[str]:
    """``size`` sentences walked on a bigram chain of ``sentences`` (real news copy)."""
    successors: dict[str, list[str]] = defaultdict(list)
    starts = []
    for sentence in sentences:
        words = sentence.split()
        if len(words) < 4:
            continue
        starts.append(words[0])
        for a, b in itertools.pairwise(words):
            successors[a].append(b)
    pool: list[str] = []
    while len(pool) < size:
        word = rng.choice(starts)
        words = [word]
        # stop at a sentence end ("...on Tuesday.") once the sentence has 8 words, or at 40
        while len(words) < 40 and successors.get(word):
            word = rng.choice(successors[word])
            words.append(word)
            if len(words) >= 8 and word[-1] in ".!?":
                break
        if len(words) >= 6:
            text = " ".join(words)
            pool.append(text if text[-1] in ".!?" else text + ".")
    return pool


def vocabulary(rng: random.Random, entities: list[dict[str, Any]]) -> Vocabulary:
    """Popularity-ranked subjects, places and the body-text pools."""
    by_id = {e["id"]: e for e in entities}
    head = [by_id[i] for i in HEAD if i in by_id]
    tail = [e for e in entities if e["label"] != "GPE" and e["id"] not in set(HEAD)]
    rng.shuffle(tail)
    ranked = head + tail
    # weight 1/(rank + 10): the top name is the subject of ~2% of claims, the 500th of ~0.04%
    cum = list(itertools.accumulate(1.0 / (rank + 10) for rank in range(len(ranked))))
    places = [e["name"] for e in entities if e["label"] == "GPE"]
    vocab = Vocabulary(ranked, cum, places, {}, by_id)
    # the dev sentences are dense with a few big names and money words by design (they test
    # extraction); spread the names over the whole gazetteer and the rare scale words thin, so
    # that body text has the long tail of a news feed rather than "Nvidia" in every article
    single_names = {e["name"] for e in entities if " " not in e["name"] and e["label"] != "GPE"}
    pair_names = {e["name"] for e in entities if e["name"].count(" ") == 1 and e["label"] != "GPE"}
    for lang, sentences in _corpus_sentences().items():
        pool: list[str] = []
        for sentence in _bigram_pool(sentences, rng, 4000):
            words = sentence.split(" ")
            for i, word in enumerate(words):
                bare = word.rstrip(".,;:'s")
                pair = f"{word} {words[i + 1].rstrip('.,;:')}" if i + 1 < len(words) else ""
                if pair.removesuffix("'s") in pair_names and rng.random() < 0.8:
                    words[i] = rng.choice(ranked)["name"]
                    words[i + 1] = words[i + 1][len(pair.removesuffix("'s")) - len(word) - 1 :]
                elif bare in single_names and rng.random() < 0.8:
                    words[i] = word.replace(bare, rng.choice(ranked)["name"], 1)
                elif bare.lower() in RARE_WORDS and rng.random() < 0.8:
                    words[i] = word.replace(bare, RARE_WORDS[bare.lower()], 1)
            pool.append(" ".join(words))
        vocab.pools[lang] = pool
    return vocab


def _currency(rng: random.Random) -> str:
    return rng.choices(list(CURRENCIES), [share for share, _ in CURRENCIES.values()])[0]


def _number(value: float, lang: str) -> str:
    """``value`` (1-999.9) printed as ``4.5`` in English and ``4,5`` elsewhere."""
    text = f"{value:.1f}".rstrip("0").rstrip(".") if value < 100 else f"{value:.0f}"
    return text if lang == "en" else text.replace(".", ",")


@dataclass(frozen=True)
class Amount:
    value: float  # 1 to 999.9
    scale: int  # 0 million, 1 billion, 2 trillion
    currency: str

    @property
    def amount(self) -> float:
        return self.value * 10.0 ** (6 + 3 * self.scale)

    @property
    def usd(self) -> float:
        return self.amount * CURRENCIES[self.currency][1]


def pick_amount(rng: random.Random, kind: str, currency: str) -> Amount:
    """A log-uniform value in millions 40%, billions ~58%, trillions ~2% of the time.

    Market caps and mega fund-raising asks reach trillions more often (a quarter of them).
    """
    trillion_share = 0.25 if kind in ("market_cap", "funding_ask") else 0.015
    scale = rng.choices((0, 1, 2), (0.40, 0.60 - trillion_share, trillion_share))[0]
    value = 10 ** rng.uniform(0, 2.9 if scale < 2 else 0.9)
    # one decimal half the time below 100 ("$4.5bn"), whole numbers above ("$136bn")
    value = round(value, 1 if value < 100 and rng.random() < 0.5 else 0)
    return Amount(max(value, 1.0), scale, currency)


def format_money(rng: random.Random, amount: Amount, lang: str) -> str:
    """``$4.5bn``, ``4,5 miliardi di dollari``, ``1,2 Billionen Dollar``, ``€300 million``."""
    word = rng.choice(SCALES[lang][amount.scale])
    number = _number(amount.value, lang)
    words = CURRENCY_WORD.get(lang, {})
    if lang == "en" or amount.currency not in words:
        sep = "" if word in ("m", "mn", "bn", "B", "tn") else " "
        return f"{SYMBOL[amount.currency]}{number}{sep}{word}"
    if word == "mille miliardi":
        return f"{number} mila miliardi {words[amount.currency]}"
    if word == "000 milliards":
        return f"{number} {word} {words[amount.currency]}".replace(",", " ", 1)
    return f"{number} {word} {words[amount.currency]}"


@dataclass
class StoryFigure:
    amount: Amount
    surface: str
    kind: str
    subject: str
    start: int
    sentence_index: int
    repeats: str | None  # figure id of the earlier report this one repeats


@dataclass
class StoryClaim:
    sentence: str
    start: int
    sentence_index: int
    subject: str
    kind: str
    figures: list[int]  # indexes into Story.figures
    attribution: str | None
    hedged: int


@dataclass
class Story:
    lang: str
    title: str
    text: str  # headline, blank line, body
    claims: list[StoryClaim]
    figures: list[StoryFigure]


@dataclass
class Recent:
    """Figures of recent stories, which later stories repeat (the way news spreads)."""

    items: list[tuple[str, str, str, Amount]] = field(default_factory=list)  # fid, subj, kind

    def add(self, fid: str, subject: str, kind: str, amount: Amount) -> None:
        self.items.append((fid, subject, kind, amount))
        if len(self.items) > 6000:
            del self.items[:3000]


def _claim(
    rng: random.Random,
    vocab: Vocabulary,
    lang: str,
    subject: dict[str, Any],
    repeat: tuple[str, str, str, Amount] | None,
) -> tuple[str, list[tuple[Amount, str]], str, str | None, int]:
    """(sentence, [(amount, surface)] in text order, kind, attribution, hedged)."""
    templates = TEMPLATES[lang]
    if repeat is not None:
        templates = [t for t in templates if t[0] == repeat[2]] or templates
    kind, template = rng.choice(templates)
    currency = repeat[3].currency if repeat else _currency(rng)
    first = repeat[3] if repeat else pick_amount(rng, kind, currency)
    second = pick_amount(rng, kind, currency)
    if second.usd > first.usd:
        second = Amount(max(round(first.value / 3, 1), 1.0), first.scale, currency)
    clause, attribution = rng.choice(ATTRIBUTIONS[lang])
    hedge = rng.choice(HEDGES[lang]) if HEDGES[lang] and rng.random() < 0.2 else ""
    surface, surface2 = format_money(rng, first, lang), format_money(rng, second, lang)
    sentence = template.format(
        S=subject["name"],
        S2=vocab.subject(rng)["name"],
        A=surface,
        A2=surface2,
        O=rng.choice(OBJECTS[lang]),
        P=rng.choice(vocab.places),
        Y=rng.randrange(2024, 2031),
        X=clause,
        H=hedge,
    )
    hedged = int(bool(hedge) or any(v in template for v in HEDGED_VERBS))
    amounts = [(first, surface)]
    if "{A2}" in template:
        amounts.append((second, surface2))
    amounts.sort(key=lambda pair: sentence.find(pair[1]))
    return sentence, amounts, kind, attribution if "{X}" in template else None, hedged


def story(rng: random.Random, vocab: Vocabulary, lang: str, recent: Recent) -> Story:
    """One article: a headline, 6-16 body sentences, 0-5 of them claims with figures."""
    subject = vocab.subject(rng)
    n_claims = rng.choices((0, 1, 2, 3, 4, 5), (0.10, 0.26, 0.27, 0.18, 0.12, 0.07))[0]
    n_plain = rng.randrange(6, 14)
    slots = [True] * n_claims + [False] * n_plain
    rng.shuffle(slots)
    first = pick_amount(rng, "investment", _currency(rng))
    title = rng.choice(HEADLINES[lang]).format(
        S=subject["name"],
        S2=vocab.subject(rng)["name"],
        A=format_money(rng, first, lang),
        O=rng.choice(OBJECTS[lang]),
        P=rng.choice(vocab.places),
    )
    parts = [title, "\n\n"]
    offset = len(title) + 2
    claims: list[StoryClaim] = []
    figures: list[StoryFigure] = []
    for index, is_claim in enumerate(slots, start=1):
        if index > 1:
            sep = "\n\n" if index % 3 == 1 else " "
            parts.append(sep)
            offset += len(sep)
        if not is_claim:
            sentence = rng.choice(vocab.pools[lang])
        else:
            repeat = None
            if recent.items and rng.random() < 0.25:
                # mostly the last few hundred figures: news repeats what is fresh
                back = min(int(rng.expovariate(1 / 400)), len(recent.items) - 1)
                repeat = recent.items[-1 - back]
            who = subject if rng.random() < 0.6 else vocab.subject(rng)
            if repeat is not None:
                who = vocab.by_id[repeat[1]]
            sentence, amounts, kind, attribution, hedged = _claim(rng, vocab, lang, who, repeat)
            indexes = []
            search_from = 0
            for amount, surface in amounts:
                at = sentence.find(surface, search_from)
                search_from = at + len(surface)
                indexes.append(len(figures))
                figures.append(
                    StoryFigure(
                        amount,
                        surface,
                        kind,
                        who["id"],
                        offset + at,
                        index,
                        repeat[0] if repeat is not None and amount == repeat[3] else None,
                    )
                )
            claims.append(
                StoryClaim(sentence, offset, index, who["id"], kind, indexes, attribution, hedged)
            )
        parts.append(sentence)
        offset += len(sentence)
    return Story(lang, title, "".join(parts), claims, figures)


def _iso(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


INSERTS = {
    "articles": "insert into articles (id, url, source_id, title, published_at, first_seen_at, "
    "fetched_at, language, text, word_count, content_hash, duplicate_of, topic_score, "
    "http_status, extractor_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 200, 1)",
    "mentions": "insert into mentions (id, article_id, entity_id, surface, start, end, "
    "sentence_index, extractor_version) values (?, ?, ?, ?, ?, ?, ?, 1)",
    "figures": "insert into figures (id, article_id, sentence_index, surface, start, end, amount, "
    "currency, amount_usd, kind, subject_entity_id, cluster_id, extractor_version) "
    "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
    "claims": "insert into claims (id, article_id, sentence, start, end, sentence_index, "
    "subject_entity_id, kind, figure_ids, attribution, hedged, extractor_version) "
    "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
}


@dataclass
class Cluster:
    id: str
    subject: str
    kind: str
    founder: StoryFigure
    usd: list[float] = field(default_factory=list)
    first_seen_at: str = ""
    last_seen_at: str = ""
    first_article_id: int = 0
    stories: set[int] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)

    def add(self, usd: float, story_id: int, outlet: str, lang: str, when: str) -> None:
        self.usd.append(usd)
        if not self.first_seen_at or when < self.first_seen_at:
            self.first_seen_at, self.first_article_id = when, story_id
        self.last_seen_at = max(self.last_seen_at, when)
        self.stories.add(story_id)
        self.outlets.add(outlet)
        self.languages.add(lang)

    def row(self, names: dict[str, str]) -> tuple[Any, ...]:
        label = f"{names[self.subject]} · {self.kind.replace('_', ' ')} · {self.founder.surface}"
        return (
            self.id,
            label,
            self.subject,
            self.kind,
            min(self.usd),
            max(self.usd),
            self.first_seen_at,
            self.first_article_id,
            len(self.stories),
            len(self.outlets),
            json.dumps(sorted(self.languages)),
            self.last_seen_at,
            len(self.usd),
        )


def generate(conn: sqlite3.Connection, articles: int, seed: int = 7) -> dict[str, int]:
    """Write ``articles`` articles with their entities, mentions, figures, claims and clusters.

    ``conn`` is an open connection to a migrated, empty database. Returns row counts.
    """
    rng = random.Random(seed)
    entities = load_entities()
    vocab = vocabulary(rng, entities)
    names = {e["id"]: e["name"] for e in entities}
    sources = []
    for lang in LANGS:
        for name in OUTLETS[lang]:
            slug = "".join(ch if ch.isalnum() else "-" for ch in name.lower()).strip("-")
            sources.append((f"{slug}-{lang}", name, lang))
    by_lang = {lang: [s[0] for s in sources if s[2] == lang] for lang in LANGS}
    conn.executemany(
        "insert into sources (id, name, language, kind, active) values (?, ?, ?, 'feed', 1)",
        sources,
    )
    conn.executemany(
        "insert into entities (id, name, label, aliases, ticker, country) values "
        "(:id, :name, :label, :aliases, :ticker, :country)",
        entities,
    )
    counts: dict[str, int] = defaultdict(int)
    recent = Recent()
    cluster_of: dict[str, str] = {}  # figure id -> cluster id
    clusters: dict[str, Cluster] = {}
    stories: dict[int, tuple[Story, list[str]]] = {}  # recent originals, for syndication
    facts: dict[str, tuple[int, str, str, str]] = {}  # figure id -> (article, outlet, lang, when)
    batch: dict[str, list[tuple[Any, ...]]] = defaultdict(list)

    def flush() -> None:
        for table, sql in INSERTS.items():
            conn.executemany(sql, batch[table])
            counts[table] += len(batch[table])
        batch.clear()

    for aid in range(1, articles + 1):
        # volume grows over time: article i of n is published near day DAYS * (i/n)^0.7
        published = START + (DAYS * (aid / articles) ** 0.7 + rng.uniform(-2, 2)) * 86400
        first_seen = published + rng.uniform(600, 6 * 3600)
        when = _iso(published)
        original = None
        if stories and rng.random() < 0.07:  # a syndicated copy of a recent story
            original = rng.choice(list(stories)[-300:])
            item, original_fids = stories[original]
        else:
            item = story(rng, vocab, rng.choices(LANGS, LANG_WEIGHTS)[0], recent)
        outlet = rng.choice(by_lang[item.lang])
        fids = []
        for n, fig in enumerate(item.figures):
            fid = f"{aid:05x}{n:02d}"
            fids.append(fid)
            founder = original_fids[n] if original is not None else fig.repeats
            cluster = None
            if founder is not None:
                cluster = cluster_of.get(founder)
                if cluster is None:
                    cluster = f"k{founder}"
                    cluster_of[founder] = cluster
                    clusters[cluster] = Cluster(cluster, fig.subject, fig.kind, fig)
                    # the founding report joins the cluster with its own article's facts
                    f_aid, f_outlet, f_lang, f_when = facts.get(
                        founder, (aid, outlet, item.lang, when)
                    )
                    clusters[cluster].add(fig.amount.usd, f_aid, f_outlet, f_lang, f_when)
                cluster_of[fid] = cluster
                clusters[cluster].add(fig.amount.usd, original or aid, outlet, item.lang, when)
            elif original is None:
                recent.add(fid, fig.subject, fig.kind, fig.amount)
            if original is None:
                facts[fid] = (aid, outlet, item.lang, when)
            batch["figures"].append(
                (
                    fid,
                    aid,
                    fig.sentence_index,
                    fig.surface,
                    fig.start,
                    fig.start + len(fig.surface),
                    fig.amount.amount,
                    fig.amount.currency,
                    fig.amount.usd,
                    fig.kind,
                    fig.subject,
                    cluster,
                )
            )
        for n, claim in enumerate(item.claims):
            batch["claims"].append(
                (
                    f"{aid:05x}c{n}",
                    aid,
                    claim.sentence,
                    claim.start,
                    claim.start + len(claim.sentence),
                    claim.sentence_index,
                    claim.subject,
                    claim.kind,
                    json.dumps([fids[i] for i in claim.figures]),
                    claim.attribution,
                    claim.hedged,
                )
            )
        mentioned = {f.subject for f in item.figures} | {c.subject for c in item.claims}
        mentioned.update(vocab.subject(rng)["id"] for _ in range(rng.randrange(1, 4)))
        for entity_id in sorted(mentioned):
            at = item.text.find(names[entity_id])
            batch["mentions"].append(
                (
                    f"{aid:05x}{entity_id}",
                    aid,
                    entity_id,
                    names[entity_id],
                    max(at, 0),
                    max(at, 0) + len(names[entity_id]),
                    item.text.count("\n\n", 0, max(at, 0)),
                )
            )
        batch["articles"].append(
            (
                aid,
                f"https://{outlet}.example/{aid}",
                outlet,
                item.title,
                when if rng.random() > 0.03 else None,
                _iso(first_seen),
                _iso(first_seen),
                item.lang,
                item.text,
                len(item.text.split()),
                f"{aid:040x}",
                original,
                round(rng.uniform(0.3, 1.0), 2),
            )
        )
        if original is None:
            stories[aid] = (item, fids)
            if len(stories) > 600:
                del stories[next(iter(stories))]
        if aid % 5000 == 0:
            flush()
            for fid in list(itertools.islice(facts, max(len(facts) - 20000, 0))):
                del facts[fid]
    flush()
    conn.executemany(
        "insert into clusters (id, label, subject_entity_id, kind, amount_usd_min, "
        "amount_usd_max, first_seen_at, first_article_id, articles_count, outlets_count, "
        "languages, last_seen_at, figures_count) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [c.row(names) for c in clusters.values()],
    )
    counts["clusters"] = len(clusters)
    counts["entities"] = len(entities)
    counts["sources"] = len(sources)
    return dict(counts)
