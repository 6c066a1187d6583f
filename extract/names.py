"""Name rules: people and organizations the gazetteer does not know, from their context.

``NameRules`` is the last component of every entity pipeline (``extract.entities.load_nlp``):
the only recognizer of unknown names in it/de/es, a gap filler after the statistical ``ner`` in
en/fr. It never touches a token the gazetteer or the model already labelled, except to absorb a
place into an institution's name ("Politecnico di Milano", "Bolsa de Madrid"). Rules, in the
order they are tried at each token:

* institution heads with their complement: "Ministerio para la Transformación Digital",
  "Fondazione Bruno Kessler", "Beschaffungsamt des Bundesinnenministeriums";
* organization cue nouns before a name: "il fondo australiano Macquarie", "der Versorger
  Mainova", "la operadora MasOrange", "le fournisseur de cloud Sesterce";
* roles of an organization before it: "amministratore delegato di Engineering", "PDG d'Iliad",
  "consejero delegado de X", and German compounds "Bitkom-Präsident", "Ionos-Chef";
* appositions after a name: "Retelit, l'operatore di fibra", "Digi, la operadora rumana",
  "Emilio Gayo, presidente de";
* a known given name followed by capitalized words ("Fabio Panetta", "Mario Ruiz-Tagle");
* a title before capitalized words ("il ministro Paolo Zangrillo", "Finanzvorstand Guido
  Meyer", "Technology Secretary Peter Kyle");
* capitalized words closed by a legal form or an English company word ("Mainova AG",
  "Schwarz Group"), and acronyms in capitals ("KDDI", "CFDT") outside a stop list;
* then, within the document, later bare mentions of a name found above ("Protto" after
  "Federico Protto", "Almaviva" after "la società Almaviva").
"""

from __future__ import annotations

import functools
from pathlib import Path

from spacy.attrs import ENT_IOB, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.name_cues import (
    ACRONYM,
    ACRONYM_STOP,
    ARTICLES,
    BRAND,
    CAP_WORD,
    CONJUNCTIONS,
    CONNECTORS,
    DE_COMMON,
    DE_CUE,
    DE_INSTITUTION,
    DE_ROLE_AFTER,
    DE_TITLE,
    ELIDED,
    HONORIFICS,
    INSTITUTION_HEADS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    NATIONALITY_CUES,
    NOT_AFTER_CUE,
    OF_WORDS,
    ORG_CUES,
    ORG_HEADS,
    ORG_TAILS,
    PARTICIPLE,
    ROLE_OF,
    TITLES,
)

FIRST_NAMES_FILE = Path(__file__).parent / "data" / "first_names.txt"
NAMES_NAME = "infraledger_name_rules"


@functools.cache
def first_names() -> frozenset[str]:
    """Given names of the person heuristic (bundled list, read once)."""
    lines = FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w for line in lines if not line.startswith("#") for w in line.split())


def _acronym_key(text: str) -> str:
    """Stop-list key of a token: "HBM4" -> "HBM", "GPUs" -> "GPUS"."""
    return text.upper().rstrip("0123456789")


def _cap(text: str) -> bool:
    """Whether a token's text is a capitalized word."""
    return bool(CAP_WORD.match(text))


# The word tests below depend on the word alone and run on every capitalized token (in German,
# every noun): each is computed once per distinct word.
_WORD_CACHE = 1 << 16


@functools.lru_cache(maxsize=_WORD_CACHE)
def _name_word(text: str, strict: bool) -> bool:
    """Whether a word may be part of an organization's name after a cue (``strict``: German)."""
    if text in NOT_AFTER_CUE or _acronym_key(text) in ACRONYM_STOP:
        return False
    if (
        strict
        and text not in ORG_HEADS
        and (DE_COMMON.search(text) or DE_CUE.search(text) or DE_TITLE.search(text))
    ):
        return False
    return bool(CAP_WORD.match(text) or ACRONYM.match(text) or BRAND.match(text))


@functools.lru_cache(maxsize=_WORD_CACHE)
def _de_cue(text: str) -> bool:
    """A German organization cue noun: "Rechenzentrumsbetreiber", "Start-up"."""
    return bool(text[:1].isupper() and DE_CUE.search(text)) or text == "Start-up"


@functools.lru_cache(maxsize=_WORD_CACHE)
def _de_title(text: str) -> bool:
    """A German title or role before a name: "Finanzvorstand", "Bundeskanzler"."""
    return bool(text[:1].isupper() and DE_TITLE.search(text))


@functools.lru_cache(maxsize=_WORD_CACHE)
def _de_institution(text: str) -> bool:
    """A German institution head: "Bundesministerium", "Beschaffungsamt"."""
    return bool(text[:1].isupper() and DE_INSTITUTION.search(text))


class _Tokens:
    """A Doc's token texts and entity flags, read once per call; Tokens made on first use.

    Indexing a ``Doc`` builds a new ``Token`` each time; the rules index the same few hundred
    tokens thousands of times, and most of them only for their text.
    """

    __slots__ = ("_annotated", "doc", "ents", "in_entity", "n", "texts", "tokens")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # Token texts from the string store: ``Doc.text`` would build a Token for every token.
        strings = doc.vocab.strings
        rows = doc.to_array([ORTH, ENT_IOB]).tolist()
        self.texts = [strings[orth] for orth, _ in rows]
        self.in_entity = [iob in (1, 3) for _, iob in rows]  # I or B
        self.n = len(rows)
        self.tokens: list[Token | None] = [None] * self.n
        self.ents = doc.ents
        self._annotated: dict[str, bool] = {}

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, i: int) -> Token:
        tok = self.tokens[i]
        if tok is None:
            tok = self.tokens[i] = self.doc[i]
        return tok

    def has_annotation(self, attr: str) -> bool:
        # Doc.has_annotation walks every token; the rules ask for the same one per acronym
        if attr not in self._annotated:
            self._annotated[attr] = self.doc.has_annotation(attr)
        return self._annotated[attr]


class NameRules:
    """SpaCy component adding PERSON/ORG spans for names the gazetteer lacks (module doc)."""

    def __init__(self, lang: str, names: frozenset[str]) -> None:
        self.lang = lang
        self.names = names
        self.org_cues = ORG_CUES.get(lang, frozenset())
        self.heads = INSTITUTION_HEADS.get(lang, frozenset())
        self.strict = lang == "de"  # every German noun is capitalized
        # Lower-case words that can start a rule ("società", "ministro", "presidente", "di").
        self.triggers = (
            self.org_cues
            | NATIONALITY_CUES.get(lang, frozenset())
            | TITLES
            | ROLE_OF
            | frozenset(h.lower() for h in self.heads)
        )

    # ------------------------------------------------------------------ token tests

    def _free(self, doc: _Tokens, i: int, taken: set[int]) -> bool:
        return i < doc.n and i not in taken and not doc.in_entity[i]

    def _forward(
        self, doc: _Tokens, i: int, taken: set[int], limit: int = 4, *, absorb: bool = False
    ) -> int:
        """End of an organization's name starting at token i, or i when there is none."""
        if not self._free(doc, i, taken) or not _name_word(doc.texts[i], self.strict):
            return i
        if doc.texts[i] in self.names and i + 1 < len(doc) and _cap(doc.texts[i + 1]):
            return i  # "der Investor Peter Thiel": a person, left to the person rule
        j = i + 1
        while j < len(doc) and j - i < limit:
            text = doc.texts[j]
            if not self._free(doc, j, taken):
                # "des Betreibers Global Switch": a one-word gazetteer name closing a longer one
                tok = doc[j]
                one = tok.ent_iob_ == "B" and (j + 1 >= len(doc) or doc[j + 1].ent_iob_ != "I")
                if absorb and one and j not in taken and tok.ent_type_ in ("ORG", "PRODUCT"):
                    j += 1
                break
            if text in self.names and j + 1 < len(doc) and _cap(doc.texts[j + 1]):
                break  # "presidente di Confindustria Emanuele Orsini"
            glued = text == "-" and not doc[j - 1].whitespace_  # "Ipex-Bank"
            if glued and j + 1 < len(doc) and _name_word(doc.texts[j + 1], self.strict):
                nxt = doc.texts[j + 1]
                # German "HBM4-Speicher", "KI-Chips" are compounds; "Ipex-Bank" is a name
                if not self.strict or nxt in ORG_HEADS or ACRONYM.match(nxt):
                    j += 2
                    continue
                break
            if not _name_word(text, self.strict):
                break
            j += 1
        return j

    def _cue_before(self, doc: _Tokens, i: int) -> bool:
        """Whether token i is an organization cue noun: "fondo", "Rechenzentrumsbetreiber"."""
        text = doc.texts[i]
        if self.lang == "de":
            return _de_cue(text)
        lower = text.lower()
        if lower in NATIONALITY_CUES.get(self.lang, ()):
            before = doc.texts[i - 1] if i > 0 else ""
            return i > 0 and (before.lower() in ARTICLES or bool(ELIDED.match(before)))
        return lower in self.org_cues

    def _skip_modifiers(self, doc: _Tokens, j: int) -> int:
        """Skip adjectives or a short "de ..." complement after a cue noun ("fondo australiano")."""
        steps = 0
        while j < len(doc) and steps < 3:
            tok = doc[j]
            if self.lang == "de":
                # "der Frankfurter Rechenzentrumsbetreiber": adjectives come before, not after
                break
            if tok.is_lower and tok.is_alpha and not PARTICIPLE.search(tok.text):
                if tok.is_stop and tok.lower_ not in CONNECTORS:
                    break
                j += 1
                steps += 1
                continue
            if tok.text in ("d'", "d’", "dell'", "dell’"):
                j += 1
                steps += 1
                continue
            break
        return j

    # ------------------------------------------------------------------ rules

    def _institution(self, doc: _Tokens, i: int, taken: set[int]) -> int:
        """End of an institution's name at token i ("Politecnico di Torino"), or i."""
        text = doc.texts[i]
        is_head = text in self.heads or (self.lang == "de" and _de_institution(text))
        if not is_head:
            return i
        j, end = i + 1, i
        while j < len(doc) and j - i < 8:
            cur = doc[j]
            if cur.text in CONNECTORS and j + 1 < len(doc):
                j += 1
                continue
            if cur.text == "-" and not doc[j - 1].whitespace_:
                j += 1
                continue
            gpe = cur.ent_type_ == "GPE" or cur.ent_type_ == "LOC"
            if (j in taken) or (cur.ent_iob_ in ("B", "I") and not gpe):
                break
            if not (_cap(cur.text) or ACRONYM.match(cur.text)) or cur.text in NOT_AFTER_CUE:
                break
            j += 1
            end = j
        if end == i:
            return i
        return end

    def _person(self, doc: _Tokens, i: int, taken: set[int], *, min_len: int = 2) -> int:
        """End of a person name starting at token i, or i when there is none."""
        j = i
        while j < len(doc) and j - i < 5 and self._free(doc, j, taken):
            tok = doc[j]
            initial = len(tok.text) == 2 and tok.text[1] == "."  # "Joseph R. Biden"
            particle = (
                j > i and tok.text in NAME_PARTICLES and j + 1 < len(doc) and _cap(doc.texts[j + 1])
            )
            hyphen = (  # "Mario Ruiz-Tagle" as the rule-only tokenizers split it
                j > i
                and tok.text == "-"
                and not doc[j - 1].whitespace_
                and j + 1 < len(doc)
                and _cap(doc.texts[j + 1])
            )
            if tok.text in NOT_AFTER_CUE or tok.lower_ in TITLES:
                break
            if _cap(tok.text) or (initial and j > i) or particle or hyphen:
                j += 1
            else:
                break
        while j > i and (doc.texts[j - 1] in NAME_PARTICLES or doc.texts[j - 1] == "-"):
            j -= 1
        return j if j - i >= min_len else i

    def _mislabelled(self, doc: _Tokens, j: int, taken: set[int]) -> int:
        """End of a model entity at j that a cue noun shows is an organization, or j."""
        if j >= len(doc) or j in taken or doc[j].ent_iob_ != "B" or doc[j].ent_id_:
            return j
        if doc[j].ent_type_ not in ("PER", "PERSON", "GPE", "LOC", "MISC", "NORP"):
            return j
        end = j + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end - j > 3 or doc.texts[j] in self.names:
            return j  # "the developer John Smith" stays a person
        return end

    def _is_title(self, doc: _Tokens, i: int) -> bool:
        text = doc.texts[i]
        if text in HONORIFICS:
            return True
        if self.lang == "de":
            return _de_title(text)
        return text.lower() in TITLES

    def _org_back(self, doc: _Tokens, i: int, taken: set[int]) -> int:
        """Start of an organization name ending at token i (a legal form or head), or i."""
        j = i
        while j > 0 and i - j < 4:
            prev = doc[j - 1]
            one_place = prev.ent_iob_ == "B" and prev.ent_type_ in ("GPE", "LOC", "NORP")
            if doc.texts[i] in ORG_TAILS and one_place and (j - 1) not in taken:
                return j - 1  # "Arizona Public Service", "Phoenix Tower International"
            if (
                not self._free(doc, j - 1, taken)
                or not _cap(prev.text)
                or prev.lower_ in TITLES
                or prev.text in NOT_AFTER_CUE
                or prev.is_sent_start
                # "Der Hersteller Kelvion AG": a capitalized noun after an article is not
                # part of the name once the name has a word.
                or (j < i and j >= 2 and doc.texts[j - 2].lower() in ARTICLES)
            ):
                break
            j -= 1
        return j

    def _name_back(self, doc: _Tokens, end: int, taken: set[int]) -> int:
        """Start of capitalized name tokens ending just before ``end`` ("Digi, la ...")."""
        j = end
        while j > 0 and end - j < 4 and self._free(doc, j - 1, taken):
            prev = doc[j - 1]
            glued = prev.text == "-" and not prev.whitespace_ and j - 2 >= 0
            if glued:
                j -= 1
                continue
            if not _name_word(prev.text, self.strict):
                break
            j -= 1
        while j < end and doc.texts[j] == "-":
            j += 1
        return j

    def _apposition(self, doc: _Tokens, i: int) -> int | None:
        """Index of the comma before "<article> <cue>" or "<title>" at token i, if any."""
        k = i - 1
        if k >= 0 and (doc.texts[k].lower() in ARTICLES or ELIDED.match(doc.texts[k])):
            k -= 1
        return k if k >= 1 and doc.texts[k] == "," else None

    def __call__(self, doc: Doc) -> Doc:
        return self._commit(doc, self._spans(_Tokens(doc)))

    def _spans(self, doc: _Tokens) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        taken: set[int] = set()

        def add(start: int, end: int, label: str) -> None:
            spans.append((start, end, label))
            taken.update(range(start, end))

        n = len(doc)
        # Most tokens are lower-case words that start no rule: they are skipped at once.
        # (str.islower/isalpha/lower are how spaCy computes is_lower, is_alpha and lower_.)
        triggers = self.triggers
        skip = [
            (t.islower() or (not t.isalpha() and not t[:1].isupper()))
            and (t.lower() not in triggers and not t[:1].isdigit())
            for t in doc.texts
        ]
        i = 0
        while i < n:
            if skip[i]:
                i += 1
                continue
            text = doc.texts[i]  # a Token only where a rule needs more than the text
            if not self._free(doc, i, taken):
                i += 1
                continue
            end = self._institution(doc, i, taken)
            if end > i + 1:
                add(i, end, "ORG")
                i = end
                continue
            if self._cue_before(doc, i):
                # appositive: "Retelit, l'operatore di fibra", "Digi, la operadora rumana"
                comma = self._apposition(doc, i)
                if comma is not None:
                    start = self._name_back(doc, comma, taken)
                    if start < comma and (start == 0 or not _cap(doc.texts[start - 1])):
                        add(start, comma, "ORG")
                j = self._skip_modifiers(doc, i + 1)
                relabel = self._mislabelled(doc, j, taken)
                if relabel > j:  # "le fournisseur de cloud Nuagerie" tagged PER by the model
                    add(j, relabel, "ORG")
                    i = relabel
                    continue
                end = self._forward(doc, j, taken, absorb=True)
                if end > j:
                    add(j, end, "ORG")
                    i = end
                    continue
            if text.lower() in ROLE_OF and i + 1 < n and doc.texts[i + 1].lower() in OF_WORDS:
                end = self._forward(doc, i + 2, taken)
                if end > i + 2:
                    add(i + 2, end, "ORG")
                    i = end
                    continue
            if (
                self.lang == "de"
                and i + 2 < n
                and doc.texts[i + 1] == "-"
                and not doc[i].whitespace_
                and not doc[i + 1].whitespace_
                and DE_ROLE_AFTER.match(doc.texts[i + 2])
                and _name_word(doc.texts[i], self.strict)
            ):
                add(i, i + 1, "ORG")  # "Ionos-Chef", "Bitkom-Präsident", "LBBW-Vorstand"
                i += 3
                continue
            if self._is_title(doc, i):
                comma = self._apposition(doc, i)
                start = self._name_back(doc, comma, taken) if comma is not None else 0
                if (  # "Emilio Gayo, presidente de ..."
                    comma is not None
                    and comma - start >= 2
                    and (start == 0 or not _cap(doc.texts[start - 1]))
                    and self._person(doc, start, taken) == comma
                ):
                    add(start, comma, "PERSON")
                j = i + 1
                if j < n and doc.texts[j] == ",":
                    j += 1
                end = self._person(doc, j, taken)
                if end > j:
                    add(j, end, "PERSON")
                    i = end
                    continue
            if text in self.names:
                end = self._person(doc, i, taken)
                if end > i:
                    add(i, end, "PERSON")
                    i = end
                    continue
            if text in LEGAL_FORMS or text in ORG_HEADS or text in ORG_TAILS:
                start = self._org_back(doc, i, taken)
                if start < i:
                    add(start, i + 1, "ORG")
            elif (
                ACRONYM.match(text)
                and _acronym_key(text) not in ACRONYM_STOP
                and not (doc.has_annotation("SENT_START") and doc[i].sent.text.isupper())
            ):
                end = max(self._forward(doc, i, taken, limit=4), i + 1)
                add(i, end, "ORG")  # "KDDI", "CFDT", "DZ Bank", "HP Tech Ventures"
                i = end
                continue
            elif (
                self.lang in ("it", "fr")
                and ELIDED.match(doc.texts[i - 1] if i else "")
                and not doc.texts[i - 1].lower().startswith("dell")  # "ministro dell'Economia"
                and _name_word(text, self.strict)
                and text not in self.names
            ):
                end = self._forward(doc, i, taken, limit=3)
                add(i, end, "ORG")  # "all'Agcom", "de l'Arcep"
                i = end
                continue
            i += 1
        for _ in range(2):
            self._coordinated(doc, spans, taken)
        self._propagate(doc, spans, taken)
        self._split_model_spans(doc, spans, taken)
        return spans

    def _coordinated(
        self, doc: _Tokens, spans: list[tuple[int, int, str]], taken: set[int]
    ) -> None:
        """Unknown names joined to an organization: "Mediobanca ed Equita", "1&1, Telefónica"."""
        orgs = {k for s, e, lab in spans if lab == "ORG" for k in range(s, e)}
        orgs |= {k for ent in doc.ents if ent.label_ == "ORG" for k in range(ent.start, ent.end)}
        n = len(doc)
        # only next to a conjunction: "X e Y", "X, Y" (the token after one, or up to 3 before)
        conjunctions = [k for k, text in enumerate(doc.texts) if text in CONJUNCTIONS]
        candidates = sorted(
            {c for k in conjunctions for c in (k + 1, k - 1, k - 2, k - 3) if 0 <= c < n}
        )
        i = 0
        for c in candidates:
            if c < i:
                continue
            i = c
            text = doc.texts[i]
            first = text in self.names and i + 1 < n and _cap(doc.texts[i + 1])
            if not self._free(doc, i, taken) or first or not _name_word(text, self.strict):
                i += 1
                continue
            end = self._forward(doc, i, taken)
            left = i >= 2 and doc.texts[i - 1] in CONJUNCTIONS and (i - 2) in orgs
            left = left and not doc[i].is_sent_start
            right = end + 1 < len(doc) and doc.texts[end] in CONJUNCTIONS and (end + 1) in orgs
            if end > i and (left or right):
                spans.append((i, end, "ORG"))
                taken.update(range(i, end))
                orgs.update(range(i, end))
            i = max(end, i + 1)

    def _split_model_spans(
        self, doc: _Tokens, spans: list[tuple[int, int, str]], taken: set[int]
    ) -> None:
        """Split a model ORG over two names: "Caisse des Dépôts et la Banque des Territoires"."""
        for ent in doc.ents:
            if ent.ent_id_ or ent.label_ != "ORG" or taken.intersection(range(ent.start, ent.end)):
                continue
            for k in range(ent.start + 1, ent.end - 1):
                if doc.texts[k].lower() in ("et", "and", "y", "e", "und") and k + 1 < ent.end:
                    right = k + 1
                    # only before an article: "Department for Science, Innovation and
                    # Technology" is one name
                    if doc.texts[right].lower() not in ARTICLES and not ELIDED.match(
                        doc.texts[right]
                    ):
                        break
                    right += 1
                    if right < ent.end and _cap(doc.texts[ent.start]) and _cap(doc.texts[right]):
                        spans.append((ent.start, k, "ORG"))
                        spans.append((right, ent.end, "ORG"))
                        taken.update(range(ent.start, ent.end))
                    break

    def _propagate(self, doc: _Tokens, spans: list[tuple[int, int, str]], taken: set[int]) -> None:
        """Later bare mentions of names found by the rules or the model: "Protto", "Almaviva"."""
        keys: dict[tuple[str, ...], str] = {}
        found = list(spans)
        found += [(e.start, e.end, e.label_) for e in doc.ents if not e.ent_id_]
        for start, end, label in found:
            words = tuple(doc.texts[start:end])
            if label in ("ORG",):
                keys.setdefault(words, "ORG")
            elif label in ("PERSON", "PER") and len(words) >= 2:
                keys.setdefault((words[-1],), "PERSON")
        if not keys:
            return
        longest = max(len(k) for k in keys)
        firsts = {k[0] for k in keys}
        texts = doc.texts
        i = 0
        while i < len(doc):
            hit = None
            if texts[i] in firsts:
                for size in range(longest, 0, -1):
                    words = tuple(texts[i : i + size])
                    if words in keys and all(self._free(doc, k, taken) for k in range(i, i + size)):
                        hit = (size, keys[words])
                        break
            if hit is not None:
                size, label = hit
                after = doc[i + size] if i + size < len(doc) else None
                # "Gola ha chiesto" but not "Engineering Ingegneria" (a longer name)
                if after is None or not (_cap(after.text) or ACRONYM.match(after.text)):
                    spans.append((i, i + size, label))
                    taken.update(range(i, i + size))
                    i += size
                    continue
            i += 1

    def _commit(self, doc: Doc, spans: list[tuple[int, int, str]]) -> Doc:
        if not spans:
            return doc
        new = [Span(doc, s, e, label=lab) for s, e, lab in spans]
        covered = {k for s, e, _ in spans for k in range(s, e)}
        kept = [ent for ent in doc.ents if not covered.intersection(range(ent.start, ent.end))]
        doc.ents = sorted([*kept, *new], key=lambda span: span.start)
        return doc


@Language.factory(NAMES_NAME, default_config={})
def make_name_rules(nlp: Language, name: str) -> NameRules:
    """Build the ``NameRules`` component for the pipeline's language."""
    return NameRules(nlp.lang or "xx", first_names())
