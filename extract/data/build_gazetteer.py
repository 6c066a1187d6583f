"""Build ``gazetteer.json`` from the curated ``gazetteer_src.yml`` plus pycountry's countries.

Run ``python -m extract.data.build_gazetteer`` after editing the source; a test checks that the
committed JSON is what this script produces. The runtime (``extract.gazetteer``) reads only the
JSON, with the standard library, so pycountry and PyYAML are build-time tools here.
"""

from __future__ import annotations

import gettext
import json
import logging
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pycountry
import yaml

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
SOURCE = HERE / "gazetteer_src.yml"
OUTPUT = HERE / "gazetteer.json"
LANGS = ("it", "de", "fr", "es")

LABEL_BY_KIND = {
    "person": "PERSON",
    "product": "PRODUCT",
    "facility": "FACILITY",
    "project": "FACILITY",
    "country": "GPE",
    "state": "GPE",
    "city": "GPE",
    "region": "GPE",
}
LABELS = frozenset({"ORG", "PERSON", "GPE", "PRODUCT", "FACILITY"})
FIELDS = (
    "id",
    "name",
    "label",
    "kind",
    "aliases",
    "ticker",
    "country",
    "org",
    "case_sensitive",
    "needs_context",
    "surname",
    "surname_unique",
)
# Lower-case name particles that belong to the surname: "Ursula von der Leyen" -> "von der Leyen".
PARTICLES = frozenset({"von", "der", "van", "de", "di", "da", "del", "la", "le", "Le", "La", "De"})

# Countries whose names are mostly something else in field news: "Georgia" is the US state
# (data centers near Atlanta), "Jordan"/"Chad" are first names, "Jersey" a garment, Grenada's
# Spanish name "Granada" is a Spanish city; "Aruba" is the Italian cloud provider.
SKIP_COUNTRIES = frozenset({"GE", "JE", "GG", "TD", "JO", "GD", "IM", "UM", "AQ", "BV", "HM", "AW"})

# Canonical English names where pycountry's ISO name is not what news writes.
COUNTRY_NAMES = {
    "RU": "Russia",
    "TR": "Turkey",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "VA": "Vatican City",
    "FM": "Micronesia",
    "PS": "Palestine",
    "KR": "South Korea",
    "KP": "North Korea",
    "VN": "Vietnam",
    "CZ": "Czech Republic",
    "VG": "British Virgin Islands",
    "VI": "US Virgin Islands",
    "MF": "Saint Martin",
    "SX": "Sint Maarten",
}

# News forms in en/it/de/fr/es for the countries of the field, on top of pycountry's ISO names.
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": [
        "US",
        "U.S.",
        "USA",
        "U.S.A.",
        "United States of America",
        "America",
        "Stati Uniti",
        "Stati Uniti d'America",
        "Vereinigte Staaten",
        "Vereinigten Staaten",
        "États-Unis",
        "Etats-Unis",
        "Estados Unidos",
        "EE.UU.",
        "EE. UU.",
        "EEUU",
    ],
    "GB": [
        "UK",
        "U.K.",
        "Britain",
        "Great Britain",
        "Gran Bretagna",
        "Großbritannien",
        "Grossbritannien",
        "Grande-Bretagne",
        "Gran Bretaña",
        "Regno Unito",
        "Vereinigtes Königreich",
        "Royaume-Uni",
        "Reino Unido",
    ],
    "AE": [
        "UAE",
        "U.A.E.",
        "EAU",
        "VAE",
        "Emirati Arabi",
        "Emirati",
        "Emirates",
        "Emirats arabes unis",
        "Émirats",
        "Emiratos",
        "Vereinigten Arabischen Emirate",
    ],
    "SA": ["Arabia Saudita", "Saudi-Arabien", "Arabie saoudite", "Arabia Saudí", "Saudi"],
    "CN": [
        "PRC",
        "People's Republic of China",
        "Volksrepublik China",
        "Repubblica Popolare Cinese",
        "République populaire de Chine",
        "República Popular China",
        "Mainland China",
    ],
    "KR": [
        "Korea",
        "Corea del Sud",
        "Corea del sud",
        "Südkorea",
        "Corée du Sud",
        "Corea del Sur",
        "Republic of Korea",
    ],
    "KP": ["Corea del Nord", "Nordkorea", "Corée du Nord", "Corea del Norte"],
    "TW": ["Taiwán", "Taïwan", "Formosa", "Republic of China"],
    "RU": ["Russian Federation", "Russia", "Russland", "Russie", "Rusia"],
    "NL": [
        "the Netherlands",
        "Holland",
        "Olanda",
        "Paesi Bassi",
        "Niederlande",
        "Pays-Bas",
        "Países Bajos",
        "Holanda",
    ],
    "IR": ["Irán", "Islamic Republic of Iran"],
    "CZ": ["Czechia", "Repubblica Ceca", "Tschechien", "République tchèque", "República Checa"],
    "TR": ["Türkiye", "Turchia", "Türkei", "Turquie", "Turquía"],
    "VN": ["Viet Nam", "Viêt Nam", "Viêt-nam"],
    "DE": ["Germania", "Deutschland", "Allemagne", "Alemania", "Bundesrepublik"],
    "FR": ["Francia", "Frankreich", "Francia"],
    "IT": ["Italia", "Italien", "Italie"],
    "ES": ["Spagna", "Spanien", "Espagne", "España"],
    "JP": ["Giappone", "Japon", "Japón"],
    "IN": ["Indien", "Inde"],
    "IL": ["Israele", "Israël"],
    "SG": ["Singapur", "Singapour"],
    "MY": ["Malesia", "Malaisie", "Malasia"],
    "QA": ["Katar", "Qatar"],
    "BE": ["Belgio", "Belgien", "Belgique", "Bélgica"],
    "CH": ["Svizzera", "Schweiz", "Suisse", "Suiza"],
    "AT": ["Österreich", "Autriche"],
    "IE": ["Irlanda", "Irland", "Irlande"],
    "PL": ["Polonia", "Polen", "Pologne"],
    "SE": ["Svezia", "Schweden", "Suède", "Suecia"],
    "NO": ["Norvegia", "Norwegen", "Norvège", "Noruega"],
    "FI": ["Finlandia", "Finnland", "Finlande"],
    "DK": ["Danimarca", "Dänemark", "Danemark", "Dinamarca"],
    "PT": ["Portogallo", "Portugal"],
    "GR": ["Grecia", "Griechenland", "Grèce"],
    "HU": ["Ungheria", "Ungarn", "Hongrie", "Hungría"],
    "RO": ["Romania", "Rumänien", "Roumanie", "Rumanía"],
    "UA": ["Ucraina", "Ukraine", "Ucrania"],
    "CA": ["Kanada", "Canadá"],
    "MX": ["Messico", "Mexiko", "Mexique", "México"],
    "BR": ["Brasile", "Brasilien", "Brésil", "Brasil"],
    "AR": ["Argentinien", "Argentine"],
    "CL": ["Cile", "Chili"],
    "AU": ["Australien", "Australie"],
    "NZ": ["Nuova Zelanda", "Neuseeland", "Nouvelle-Zélande", "Nueva Zelanda"],
    "ID": ["Indonesien", "Indonésie"],
    "TH": ["Tailandia", "Thailandia", "Thaïlande"],
    "PH": ["Filippine", "Philippinen", "Philippines", "Filipinas"],
    "EG": ["Egitto", "Ägypten", "Égypte", "Egipto"],
    "ZA": ["Sudafrica", "Südafrika", "Afrique du Sud", "Sudáfrica"],
    "NG": ["Nigeria", "Nigéria"],
    "MA": ["Marocco", "Marokko", "Maroc", "Marruecos"],
    "KZ": ["Kazakistan", "Kasachstan", "Kazakhstan", "Kazajistán"],
    "PK": ["Pakistan", "Pakistán"],
    "HK": ["Hong Kong", "Hongkong"],
}

# Tickers that are words or other things in field news: "SMR" is a small modular reactor.
TICKER_STOPWORDS = frozenset({"ON", "MU", "SMR", "LITE", "ALL", "IT", "NOW", "CAT", "BIG"})

_SLUG_STRIP = re.compile(r"[^a-z0-9]+")  # "Dell'Oro Group" -> "dell-oro-group"


def ascii_fold(text: str) -> str:
    """Strip diacritics: ``Sánchez`` -> ``Sanchez``, ``Jülich`` -> ``Julich``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(name: str) -> str:
    """Stable id from a canonical name: ``Sam Altman`` -> ``sam-altman``."""
    return _SLUG_STRIP.sub("-", ascii_fold(name).lower().replace("&", " and ")).strip("-")


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for item in items:
        item = " ".join(item.split())
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _surname(name: str) -> str:
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _entry(raw: dict[str, Any], kind: str) -> dict[str, Any]:
    name = str(raw["name"])
    kind = str(raw.get("kind", kind))
    entry: dict[str, Any] = {
        "id": str(raw.get("id") or slugify(name)),
        "name": name,
        "label": str(raw.get("label") or LABEL_BY_KIND.get(kind, "ORG")),
        "kind": kind,
    }
    aliases = [str(a) for a in raw.get("aliases") or []]
    ticker = raw.get("ticker")
    if ticker:
        entry["ticker"] = str(ticker)
        # "NVDA" is an alias; "ON" (onsemi) or "SMR" (NuScale) would fire on ordinary text.
        if (
            len(str(ticker)) >= 3
            and not raw.get("no_ticker_alias")
            and str(ticker) not in TICKER_STOPWORDS
        ):
            aliases.append(str(ticker))
    aliases += [ascii_fold(a) for a in [name, *aliases] if ascii_fold(a) != a]
    entry["aliases"] = [a for a in _dedupe(aliases) if a != name]
    for key in ("country", "org"):
        if raw.get(key):
            entry[key] = str(raw[key])
    if raw.get("case_sensitive"):
        entry["case_sensitive"] = True
    if raw.get("needs_context"):
        entry["needs_context"] = sorted(str(x) for x in raw["needs_context"])
    if kind == "person":
        entry["surname"] = str(raw.get("surname") or _surname(name))
    if raw.get("surname_unique"):
        entry["surname_unique"] = True
    return {k: entry[k] for k in FIELDS if k in entry}


def country_entries() -> list[dict[str, Any]]:
    """One GPE entry per ISO 3166-1 country, named in en/it/de/fr/es."""
    translators = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in LANGS
    }
    out: list[dict[str, Any]] = []
    for country in pycountry.countries:
        code = country.alpha_2
        if code in SKIP_COUNTRIES:
            continue
        iso_name = str(country.name)
        name = COUNTRY_NAMES.get(code) or str(getattr(country, "common_name", "") or iso_name)
        if "," in name:  # "Congo, The Democratic Republic of the": no news form; keep ISO head
            name = name.split(",")[0]
        aliases = [
            a for a in (iso_name, str(getattr(country, "official_name", "") or "")) if "," not in a
        ]
        for translator in translators.values():
            local = translator.gettext(iso_name)
            # "Korea, Republik" is an index form, never printed in a sentence.
            if "," not in local and "(" not in local:
                aliases.append(local)
        aliases += COUNTRY_ALIASES.get(code, [])
        raw = {"name": name, "id": slugify(name), "country": code, "aliases": aliases}
        out.append(_entry(raw, "country"))
    return out


def build() -> list[dict[str, Any]]:
    """Curated entries first, then countries; fail on duplicate ids or conflicting aliases."""
    source = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    entries = [_entry(raw, kind) for kind, items in source.items() for raw in items]
    ids = {e["id"] for e in entries}
    owner: dict[str, str] = {}
    problems: list[str] = []
    for e in entries:
        if e["label"] not in LABELS:
            problems.append(f"{e['id']}: bad label {e['label']}")
        for alias in [e["name"], *e["aliases"]]:
            if alias in owner and owner[alias] != e["id"]:
                problems.append(f"alias {alias!r} claimed by {owner[alias]} and {e['id']}")
            owner.setdefault(alias, e["id"])
    if len(ids) != len(entries):
        problems.append("duplicate ids among curated entries")
    for country in country_entries():
        if country["id"] in ids:
            problems.append(f"country id {country['id']} collides with an earlier entry")
            continue
        # A curated entry owns its aliases ("Georgia" is the US state); countries give way.
        kept = [a for a in country["aliases"] if a not in owner]
        if country["name"] in owner:
            problems.append(f"country name {country['name']!r} claimed by {owner[country['name']]}")
            continue
        country["aliases"] = kept
        for alias in [country["name"], *kept]:
            owner[alias] = country["id"]
        ids.add(country["id"])
        entries.append(country)
    problems += [
        f"{e['id']}: unknown org {e['org']}" for e in entries if "org" in e and e["org"] not in ids
    ]
    if problems:
        raise ValueError("gazetteer source has problems:\n  " + "\n  ".join(problems))
    return entries


def render(entries: list[dict[str, Any]]) -> str:
    """Serialize one entry per line so that diffs of the generated file stay readable."""
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entries]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        entries = build()
    except ValueError as exc:
        logger.error("%s", exc)
        return 1
    OUTPUT.write_text(render(entries), encoding="utf-8")
    logger.info("wrote %d entries to %s", len(entries), OUTPUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
