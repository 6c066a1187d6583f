from __future__ import annotations

from pathlib import Path

import pytest

from extract.html import extract_article
from extract.lang import detect_language, normalize_language

SEED = Path(__file__).parent / "data/shared/fixtures/seed/dailyai-altman-chips-it.html"

SENTENCES = {
    "en": "The company said on Tuesday it would invest billions of dollars in a new chip "
    "factory in Arizona, creating thousands of jobs.",
    "it": "La società ha annunciato martedì che investirà miliardi di dollari in una nuova "
    "fabbrica di chip in Arizona, creando migliaia di posti.",
    "de": "Das Unternehmen teilte am Dienstag mit, es werde Milliarden Dollar in eine neue "
    "Chipfabrik in Arizona investieren und Tausende Stellen schaffen.",
    "fr": "L'entreprise a annoncé mardi qu'elle investirait des milliards de dollars dans une "
    "nouvelle usine de puces en Arizona, créant des milliers d'emplois.",
    "es": "La empresa anunció el martes que invertirá miles de millones de dólares en una nueva "
    "fábrica de chips en Arizona, creando miles de empleos.",
    "pt": "A empresa anunciou na terça-feira que vai investir bilhões de dólares numa nova "
    "fábrica de chips no Arizona, criando milhares de empregos.",
    "nl": "Het bedrijf maakte dinsdag bekend dat het miljarden dollars gaat investeren in een "
    "nieuwe chipfabriek in Arizona, goed voor duizenden banen.",
}


@pytest.fixture(scope="module")
def seed_text():
    return extract_article(SEED.read_bytes()).text


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        ("it-IT", "it"),
        ("pt_BR", "pt"),
        ("EN", "en"),
        ("ita", "it"),
        ("ger", "de"),
        ("zh-Hant-TW", "zh"),
        ("", None),
        (None, None),
        ("12", None),
        ("x-klingon-language-tag", None),
    ],
)
def test_normalize_language(declared, expected):
    assert normalize_language(declared) == expected


def test_seed_declared_and_detected_agree(seed_text):
    assert detect_language(seed_text, "it-IT") == "it"
    assert detect_language(seed_text) == "it"


def test_seed_wrong_declaration_is_overruled(seed_text):
    assert detect_language(seed_text, "en") == "it"
    assert detect_language(seed_text, "de-DE") == "it"


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_each_language_detected_without_declaration(lang):
    assert detect_language(SENTENCES[lang]) == lang


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_a_cms_default_declaration_is_overruled_on_a_full_sentence(lang):
    wrong = "it" if lang != "it" else "en"
    assert detect_language(SENTENCES[lang], wrong) == lang


def test_short_text_keeps_declaration_or_defaults_to_english():
    assert detect_language("Nvidia investit", "fr-FR") == "fr"
    assert detect_language("The chip", "it") == "it"  # too short to overrule
    assert detect_language("", "de") == "de"
    assert detect_language("") == "en"
    assert detect_language("   ", None) == "en"


def test_non_latin_text_keeps_declaration():
    text = "日本語のテキストです。" * 20
    assert detect_language(text, "ja-JP") == "ja"
    assert detect_language(text) == "en"


def test_declared_language_outside_detector_set_is_kept():
    # Swedish is not one of the detector's languages; we cannot check it, so trust the page
    text = (
        "Företaget meddelade på tisdagen att det kommer att investera miljarder dollar "
        "i en ny fabrik."
    )
    assert detect_language(text, "sv-SE") == "sv"


BLIND = sorted((Path(__file__).parent / "data/blind").glob("*.html"))


def test_function_word_check_agrees_with_the_detector(monkeypatch):
    """Skipping lingua when function words confirm the declaration never changes an answer.

    Every blind-corpus article, declared right and declared wrong, gets the language lingua
    alone would give; and the shortcut does fire on them (it is what makes extraction fast).
    """
    import extract.lang as lang_module

    cases = [
        (extract_article(path.read_bytes()).text, path.name[:2], declared)
        for path in BLIND
        for declared in (path.name[:2], "en" if path.name[:2] != "en" else "it")
    ]
    fast = [detect_language(text, declared) for text, _, declared in cases]
    fired = sum(
        lang_module._confirmed(lang_module._WORD.findall(text[:2000]), declared)
        for text, _, declared in cases
    )
    monkeypatch.setattr(lang_module, "_confirmed", lambda words, decl: False)
    slow = [detect_language(text, declared) for text, _, declared in cases]
    assert fast == slow
    assert fast == [truth for _, truth, _ in cases]
    assert len(BLIND) == 40
    assert fired >= 36  # of the 40 correctly declared articles; never a wrong declaration
