"""The curated gazetteer of the field: companies, people, agencies, places, products.

Data lives in ``extract/data/gazetteer.json`` (built from ``gazetteer_src.yml`` by
``python -m extract.data.build_gazetteer``) and is read once, lazily, with the standard library.

Alias-matching policy (the same rules serve ``Gazetteer.lookup`` and the spaCy ruler filter):

* Matching ignores diacritics (``Pedro Sanchez`` = ``Pedro Sánchez``).
* The alias as written always matches, and so does its ALL-CAPS form (headlines, ``NVIDIA``).
* An alias that is itself all caps (``SIA``, ``EU``, ``US``, ``NVDA``) matches only in capitals:
  Italian ``sia`` and ``ue``, English ``us`` are words.
* A one-word alias also matches with a different case only when the surface starts with a
  capital (``Softbank`` for ``SoftBank``); a lower-case surface never matches (``nvidia`` no).
* A multi-word alias matches in any case as long as the surface has a capital letter
  (``Commissione europea`` for ``Commissione Europea``).
* Entries flagged ``case_sensitive`` (common words: Apple, Intel, Oracle, Meta, Micron, Google,
  "The Information", "Financial Times") match only as written or in ALL CAPS.
* Entries flagged ``needs_context`` for a language (``Arm`` in German, ``Meta`` in Italian and
  Spanish) are kept by the entity filter only when their sentence has a field cue.
* A person's bare surname (``Altman``) resolves globally only for entries flagged
  ``surname_unique``; other surnames (``Huang``, ``Su``) resolve within one document once the
  full name has appeared there (see ``extract.entities``).
* A known company directly followed by a country name or a subsidiary word is its national
  arm, a company of its own (``Vodafone Italia``, ``Telefónica España``, ``Cdp Equity``; in English
  only for telecoms and utilities); see ``GazetteerFilter`` in ``extract.entities``.
* Precedence: an alias belongs to exactly one entry (the builder refuses conflicts; curated
  entries win over generated country names).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.json"
LABELS = ("ORG", "PERSON", "GPE", "PRODUCT", "FACILITY")

# Apostrophes as printed: ASCII ', right single quotation mark ’, modifier letter ʼ.
_APOS = "'’ʼ"
# Possessives: "Nvidia's", "Nvidia’s", "Reuters'".
_POSSESSIVE = re.compile(rf"(?:[{_APOS}]s|(?<=s)[{_APOS}])$")
# Italian/French elided articles and prepositions glued to a name: "dell'Nvidia", "d’OpenAI",
# "l'Ue", "all'Europa", "nell'UE", "sull'Arizona", "dall'OpenAI", "qu'Intel".
_ELISION = re.compile(
    rf"^(?:dell|dall|nell|sull|all|coll|quell|l|d|qu|un|j|n|s)[{_APOS}](?=\w)", re.IGNORECASE
)
# Leading articles in the five languages: "the Fed", "la Commissione", "der Konzern".
_ARTICLE = re.compile(
    r"^(?:the|il|lo|la|le|les|gli|i|el|los|las|der|die|das|des|dem|den)\s+(?=\S)", re.IGNORECASE
)
# Legal-form suffixes: "Nvidia Corp.", "Intel Corporation", "Siemens AG", "Enel S.p.A.",
# "ASML Holding N.V.", "Alphabet Inc.", "Arm Ltd", "SoftBank Group Corp.", "Orange SA".
_LEGAL = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Ltd\.?|Limited|plc|PLC|"
    r"AG|SE|S\.p\.A\.?|SpA|S\.A\.?|SA|N\.V\.?|NV|GmbH|LLC|L\.P\.|LP|Holdings?|Group))+$"
)
# The same without name words ("Group", "Holdings", "Company"): "Schwarz Group" stays whole.
_LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Ltd\.?|Limited|plc|PLC|"
    r"AG|SE|S\.p\.A\.?|SpA|S\.A\.?|SA|N\.V\.?|NV|GmbH|LLC|L\.P\.|LP|KGaA|S\.r\.l\.|Srl|Pte))+$"
)
# Edge punctuation and quotes around a surface: "«Nvidia»", "(TSMC)", "Microsoft,".
_EDGE = re.compile(r"^[\s\"'“”«»‘’(\[]+|[\s\"'“”«»’)\]:;,!?]+$")


# Names recur in every article: fold and key each distinct surface once.
@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Strip diacritics and normalize apostrophes: ``Sánchez`` -> ``Sanchez``."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def strip_legal_suffix(name: str) -> str:
    """Drop legal-form suffixes: ``Kelvion AG`` -> ``Kelvion``; never down to nothing."""
    stripped = _LEGAL_FORM.sub("", name).strip(" ,")
    return stripped or name


@functools.lru_cache(maxsize=1 << 16)
def _key(text: str) -> str:
    return " ".join(fold(text).casefold().split())


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One canonical entity: a company, person, agency, place, product or facility."""

    id: str
    name: str
    label: str
    kind: str
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    country: str | None = None
    org: str | None = None
    case_sensitive: bool = False
    needs_context: frozenset[str] = frozenset()
    surname: str | None = None
    surname_unique: bool = False

    @property
    def surfaces(self) -> tuple[str, ...]:
        """The canonical name followed by every alias."""
        return (self.name, *self.aliases)


def alias_allows(alias: str, surface: str, *, case_sensitive: bool) -> bool:
    """Whether ``surface`` may stand for ``alias`` under the case policy of the module doc."""
    alias, surface = fold(alias), fold(" ".join(surface.split()))
    if surface == alias:
        return True
    if surface.casefold() != alias.casefold():
        return False
    if surface == alias.upper():
        return True  # "NVIDIA" for "Nvidia", "THE INFORMATION" in a headline
    if case_sensitive or alias == alias.upper():
        return False  # "apple", "sia", "us", "eu" are words
    if " " in alias:
        return any(ch.isupper() for ch in surface)  # "Commissione europea"
    return surface[:1].isupper()  # "Softbank" for "SoftBank", never "nvidia"


def _candidates(surface: str) -> Iterator[str]:
    """Progressively normalized forms of a surface, most literal first."""
    seen: set[str] = set()
    text = " ".join(surface.split())
    queue = [text]
    while queue:
        form = queue.pop(0)
        if not form or form in seen:
            continue
        seen.add(form)
        yield form
        for pattern in (_EDGE, _POSSESSIVE, _ELISION, _ARTICLE, _LEGAL):
            stripped = pattern.sub("", form).strip()
            if stripped and stripped != form:
                queue.append(stripped)
        if form.endswith(".") and not form.endswith(".."):
            queue.append(form[:-1])  # sentence-final "Nvidia." (but "Corp." was tried first)


class Gazetteer:
    """Index of gazetteer entries by alias, with the module's case and context policy."""

    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self._entries = entries
        self._by_id = {e.id: e for e in entries}
        if len(self._by_id) != len(entries):
            raise ValueError("gazetteer has duplicate ids")
        self._by_key: dict[str, list[tuple[str, GazetteerEntry]]] = {}
        self._by_surname: dict[str, list[GazetteerEntry]] = {}
        for entry in entries:
            for alias in entry.surfaces:
                self._by_key.setdefault(_key(alias), []).append((alias, entry))
            if entry.surname:
                self._by_surname.setdefault(_key(entry.surname), []).append(entry)

    @classmethod
    def from_file(cls, path: Path = DATA_FILE) -> Gazetteer:
        """Read a gazetteer JSON file (a list of entry objects)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"cannot read gazetteer {path}: {exc}") from exc
        entries = [
            GazetteerEntry(
                id=item["id"],
                name=item["name"],
                label=item["label"],
                kind=item.get("kind", ""),
                aliases=tuple(item.get("aliases", ())),
                ticker=item.get("ticker"),
                country=item.get("country"),
                org=item.get("org"),
                case_sensitive=bool(item.get("case_sensitive", False)),
                needs_context=frozenset(item.get("needs_context", ())),
                surname=item.get("surname"),
                surname_unique=bool(item.get("surname_unique", False)),
            )
            for item in raw
        ]
        return cls(entries)

    def entries(self) -> list[GazetteerEntry]:
        """Every entry, curated ones first (rows of the ``entities`` table)."""
        return list(self._entries)

    def get(self, entity_id: str) -> GazetteerEntry | None:
        """The entry with this id, if any."""
        return self._by_id.get(entity_id)

    def __len__(self) -> int:
        return len(self._entries)

    def match_alias(self, surface: str) -> GazetteerEntry | None:
        """The entry one of whose aliases ``surface`` is, exactly (no normalization)."""
        for alias, entry in self._by_key.get(_key(surface), ()):
            if alias_allows(alias, surface, case_sensitive=entry.case_sensitive):
                return entry
        return None

    def match_surname(self, surface: str) -> list[GazetteerEntry]:
        """People whose surname ``surface`` is (``Huang`` -> [Jensen Huang]); case-sensitive."""
        return [
            entry
            for entry in self._by_surname.get(_key(surface), ())
            if entry.surname and alias_allows(entry.surname, surface, case_sensitive=True)
        ]

    def lookup(self, surface: str) -> GazetteerEntry | None:
        """Resolve a surface form to its canonical entry, or None.

        Tolerates edge punctuation, possessives (``Nvidia's``), Italian/French elisions
        (``dell'Nvidia``, ``d'OpenAI``), German genitives (``Nvidias``), leading articles, legal
        suffixes (``Corp.``, ``AG``, ``S.p.A.``) and diacritics; case only where the policy in the
        module docstring allows. A bare surname resolves only when flagged ``surname_unique``.
        """
        for form in _candidates(surface):
            entry = self.match_alias(form)
            if entry is not None:
                return entry
            people = [p for p in self.match_surname(form) if p.surname_unique]
            if len(people) == 1:
                return people[0]
        # German genitive: "Nvidias", "Altmans", "Chinas" (never for a word ending in s).
        text = _EDGE.sub("", " ".join(surface.split()))
        if len(text) > 3 and text.endswith("s") and not text.endswith(("ss", "'s")):
            base = self.match_alias(text[:-1])
            if base is not None and base.label != "PRODUCT":
                return base
            people = [p for p in self.match_surname(text[:-1]) if p.surname_unique]
            if len(people) == 1:
                return people[0]
        return None


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The bundled gazetteer, read on first use and cached for the process."""
    return Gazetteer.from_file(DATA_FILE)
