from __future__ import annotations

from pathlib import Path

import pytest

from extract.html import extract_article
from extract.quantities import find_quantities

SEED = Path(__file__).parent / "data/shared/fixtures/seed/dailyai-altman-chips-it.html"


def _one(text: str, lang: str):
    found = find_quantities(text, lang)
    assert len(found) == 1, found
    q = found[0]
    assert text[q.start : q.end] == q.text
    return q


def test_seed_percentages_and_nothing_else():
    text = extract_article(SEED.read_bytes()).text
    found = find_quantities(text, "it")
    assert [(q.text, q.value, q.unit) for q in found] == [("80%", 80.0, "%"), ("13,1%", 13.1, "%")]
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.kind == "percent"


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("en", "Nvidia holds 80% of the market.", "80%", 80.0),
        ("en", "Sales grew 13.1 per cent last year.", "13.1 per cent", 13.1),
        ("en", "Sales grew 13.1 percent last year.", "13.1 percent", 13.1),
        ("it", "Le vendite crescono del 13,1% nel 2024.", "13,1%", 13.1),
        ("it", "Una quota pari a 80 percento del mercato.", "80 percento", 80.0),
        ("it", "Una quota pari a 80 per cento del mercato.", "80 per cento", 80.0),
        ("de", "Nvidia hält 80 Prozent des Marktes.", "80 Prozent", 80.0),
        ("de", "Der Umsatz stieg um 13,1 % im Jahr 2024.", "13,1 %", 13.1),
        ("fr", "Nvidia détient 80 pour cent du marché.", "80 pour cent", 80.0),
        ("fr", "Une hausse de 13,1\u00a0% en 2024.", "13,1\u00a0%", 13.1),
        ("es", "Nvidia controla el 80 por ciento del mercado.", "80 por ciento", 80.0),
        ("es", "Las ventas crecen un 13,1% en 2024.", "13,1%", 13.1),
    ],
)
def test_percentages_in_five_languages(lang, text, surface, value):
    q = _one(text, lang)
    assert (q.text, q.value, q.kind, q.unit) == (surface, value, "percent", "%")


def test_percentage_points_and_negative_percentages():
    q = _one("Margins rose 3 percentage points.", "en")
    assert (q.value, q.unit) == (3.0, "pp")
    q = _one("Die Marge stieg um 2 Prozentpunkte.", "de")
    assert (q.value, q.unit) == (2.0, "pp")
    q = _one("Un calo del -3% rispetto al 2023.", "it")
    assert (q.text, q.value) == ("-3%", -3.0)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value", "unit"),
    [
        ("en", "The campus will draw 300 MW at first.", "300 MW", 300.0, "MW"),
        ("en", "It will need 5 gigawatts of power.", "5 gigawatts", 5.0, "GW"),
        ("en", "A 1.5 gigawatt site in Texas.", "1.5 gigawatt", 1.5, "GW"),
        ("en", "A 5-gigawatt data center.", "5-gigawatt", 5.0, "GW"),
        ("it", "Un campus da 1,2 GW in Lombardia.", "1,2 GW", 1.2, "GW"),
        ("it", "Servono 5 gigawatt di potenza.", "5 gigawatt", 5.0, "GW"),
        ("de", "Ein Rechenzentrum mit 1,2 GW Leistung.", "1,2 GW", 1.2, "GW"),
        ("de", "Geplant sind 2 Gigawatt.", "2 Gigawatt", 2.0, "GW"),
        ("fr", "Un site de 1,2 GW près de Paris.", "1,2 GW", 1.2, "GW"),
        ("fr", "Il faudra 300 mégawatts.", "300 mégawatts", 300.0, "MW"),
        ("es", "Un centro de 1,2 GW en Aragón.", "1,2 GW", 1.2, "GW"),
        ("es", "Necesita 5 gigavatios.", "5 gigavatios", 5.0, "GW"),
    ],
)
def test_power_in_five_languages(lang, text, surface, value, unit):
    q = _one(text, lang)
    assert (q.text, q.value, q.kind, q.unit) == (surface, value, "power", unit)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value", "unit"),
    [
        ("en", "Data centers used 10 TWh last year.", "10 TWh", 10.0, "TWh"),
        ("en", "A contract for 500 GWh of power.", "500 GWh", 500.0, "GWh"),
        ("en", "Storage of 20 MWh on site.", "20 MWh", 20.0, "MWh"),
        ("en", "It used 4 terawatt-hours.", "4 terawatt-hours", 4.0, "TWh"),
        ("it", "Consumano 2 terawattora all'anno.", "2 terawattora", 2.0, "TWh"),
        ("it", "Consumano 2,5 TWh all'anno.", "2,5 TWh", 2.5, "TWh"),
        ("de", "Sie verbrauchen 10 Terawattstunden.", "10 Terawattstunden", 10.0, "TWh"),
        ("fr", "Ils consomment 3 térawattheures.", "3 térawattheures", 3.0, "TWh"),
        ("es", "Consumen 2 teravatios hora.", "2 teravatios hora", 2.0, "TWh"),
        ("es", "Consumen 1,5 GWh.", "1,5 GWh", 1.5, "GWh"),
    ],
)
def test_energy_in_five_languages(lang, text, surface, value, unit):
    q = _one(text, lang)
    assert (q.text, q.value, q.kind, q.unit) == (surface, value, "energy", unit)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value"),
    [
        ("en", "xAI bought 100,000 H100 GPUs.", "100,000 H100 GPUs", 100_000.0),
        ("en", "It plans 1 million GPUs by 2026.", "1 million GPUs", 1e6),
        ("en", "Meta runs 16,000 Nvidia H100s.", "16,000 Nvidia H100s", 16_000.0),
        ("en", "They want half a million chips.", "half a million chips", 5e5),
        ("en", "A cluster of 2048 GPUs.", "2048 GPUs", 2048.0),
        ("it", "Un cluster di 100.000 GPU in Italia.", "100.000 GPU", 100_000.0),
        ("it", "OpenAI vuole 1 milione di GPU.", "1 milione di GPU", 1e6),
        ("it", "Servono 100mila GPU.", "100mila GPU", 100_000.0),
        ("de", "Meta kauft 350.000 Nvidia-Chips.", "350.000 Nvidia-Chips", 350_000.0),
        ("de", "Geplant sind 1,5 Millionen GPUs.", "1,5 Millionen GPUs", 1.5e6),
        ("fr", "Mistral utilise 10 000 puces.", "10 000 puces", 10_000.0),
        ("fr", "Un objectif d'un million de GPU.", "un million de GPU", 1e6),
        ("es", "Compró 100.000 GPU de Nvidia.", "100.000 GPU", 100_000.0),
        ("es", "Quiere 1 millón de GPU.", "1 millón de GPU", 1e6),
    ],
)
def test_gpu_counts_in_five_languages(lang, text, surface, value):
    q = _one(text, lang)
    assert (q.text, q.value, q.kind, q.unit) == (surface, value, "gpu_count", "GPU")


@pytest.mark.parametrize(
    ("lang", "text", "surface", "value", "unit"),
    [
        (
            "en",
            "TSMC adds 100,000 wafers per month.",
            "100,000 wafers per month",
            1e5,
            "wafers/month",
        ),
        ("en", "A fab of 100k wpm in Arizona.", "100k wpm", 1e5, "wafers/month"),
        (
            "en",
            "Some 1.2 million 12-inch wafers a year.",
            "1.2 million 12-inch wafers a year",
            1.2e6,
            "wafers/year",
        ),
        (
            "it",
            "La fabbrica produrrà 100.000 wafer al mese.",
            "100.000 wafer al mese",
            1e5,
            "wafers/month",
        ),
        (
            "de",
            "Das Werk schafft 100.000 Wafer pro Monat.",
            "100.000 Wafer pro Monat",
            1e5,
            "wafers/month",
        ),
        (
            "fr",
            "L'usine produira 100 000 plaquettes par mois.",
            "100 000 plaquettes par mois",
            1e5,
            "wafers/month",
        ),
        (
            "es",
            "La planta hará 100.000 obleas al mes.",
            "100.000 obleas al mes",
            1e5,
            "wafers/month",
        ),
    ],
)
def test_wafer_capacity_in_five_languages(lang, text, surface, value, unit):
    q = _one(text, lang)
    assert (q.text, q.value, q.kind, q.unit) == (surface, value, "wafer_capacity", unit)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "low", "high", "unit"),
    [
        ("en", "The site needs 1-2 GW.", "1-2 GW", 1.0, 2.0, "GW"),
        ("en", "It will need 1 to 2 gigawatts.", "1 to 2 gigawatts", 1.0, 2.0, "GW"),
        ("en", "A share between 10% and 15%.", "between 10% and 15%", 10.0, 15.0, "%"),
        ("en", "Growth of 10% to 15% a year.", "10% to 15%", 10.0, 15.0, "%"),
        ("en", "They want 5 to 7 million GPUs.", "5 to 7 million GPUs", 5e6, 7e6, "GPU"),
        ("it", "Servono tra 1 e 2 GW.", "tra 1 e 2 GW", 1.0, 2.0, "GW"),
        ("de", "Geplant sind 1,5-2 GW.", "1,5-2 GW", 1.5, 2.0, "GW"),
        ("de", "Geplant sind zwischen 1 und 2 GW.", "zwischen 1 und 2 GW", 1.0, 2.0, "GW"),
        ("fr", "Il faudra entre 1 et 2 GW.", "entre 1 et 2 GW", 1.0, 2.0, "GW"),
        ("es", "Hacen falta entre 1 y 2 GW.", "entre 1 y 2 GW", 1.0, 2.0, "GW"),
    ],
)
def test_ranges(lang, text, surface, low, high, unit):
    q = _one(text, lang)
    assert (q.text, q.value, q.value_max, q.unit) == (surface, low, high, unit)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Revenue hit $2 billion in 2024, up from 2023."),
        ("en", "Power costs $80/MWh in Texas."),
        ("en", "A $500 million GPU deal was signed."),
        ("en", "Each costs $30,000 chips included."),
        ("en", "In 2024 GPUs sold out everywhere."),
        ("it", "Le vendite raggiungeranno $595,3 miliardi nel 2024."),
        ("it", "Nel 2025 chip più veloci arriveranno."),
        ("de", "Der Umsatz lag 2024 bei 5,2 Milliarden Euro."),
        ("fr", "Les ventes atteignent 3 milliards d'euros en 2024."),
        ("es", "Las ventas suman 3.000 millones de euros en 2024."),
        ("en", "The H-100 chip is fast."),
    ],
)
def test_years_and_money_are_not_quantities(lang, text):
    assert find_quantities(text, lang) == []


def test_offsets_point_into_the_text():
    text = "Nvidia (80%) powers 100,000 H100 GPUs drawing 150 MW and 1,3 TWh."
    for q in find_quantities(text, "en"):
        assert text[q.start : q.end] == q.text
    assert [q.kind for q in find_quantities(text, "en")] == [
        "percent",
        "gpu_count",
        "power",
        "energy",
    ]
