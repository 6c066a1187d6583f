"""How much an article is about AI infrastructure: a 0-1 score from the field's vocabulary.

Outlets' feeds mix AI-infrastructure stories with everything else (phones, games, politics);
``articles.topic_score`` lets a journalist filter to the beat. The score counts the field's terms
in five languages per 100 words: 3 or more per 100 words (a typical chip or data-center story)
scores 1.0; an article that never mentions them scores 0.
"""

from __future__ import annotations

import re

#: Terms of the beat, matched case-insensitively on word boundaries. Examples of what each
#: family catches: "GPUs", "semiconduttori", "Rechenzentren", "centres de données", "obleas".
_TERMS = [
    # chips and fabs
    r"chips?",
    r"chipmakers?",
    r"semiconductors?",
    r"semiconduttori",
    r"halbleiter\w*",
    r"semi-conducteurs?",
    r"semiconducteurs?",
    r"semiconductores",
    r"puces?",
    r"microchips?",
    r"gpus?",
    r"tpus?",
    r"npus?",
    r"accelerators?",
    r"acceleratori",
    r"beschleuniger",
    r"accélérateurs?",
    r"aceleradores?",
    r"wafers?",
    r"obleas?",
    r"fabs?",
    r"foundr(?:y|ies)",
    r"fonderi[ae]",
    r"fonderies?",
    r"fundici[oó]n(?:es)?",
    r"chipfabri\w*",
    r"lithograph\w*",
    r"litografi\w*",
    r"hbm",
    r"nanometers?",
    r"nanometri",
    r"nanometer",
    r"nm",
    # data centers and compute
    r"data ?cent(?:er|re)s?",
    r"datacenters?",
    r"rechenzentr\w*",
    r"centr[io] dati",
    r"centres? de données",
    r"centros? de datos",
    r"hyperscalers?",
    r"cloud",
    r"supercomput\w*",
    r"server\w*",
    r"compute",
    r"rechenleistung",
    r"capacità di calcolo",
    r"puissance de calcul",
    r"capacidad de c[oó]mputo",
    # AI
    r"ai",
    r"a\.i\.",
    r"ia",
    r"ki",
    r"artificial intelligence",
    r"intelligenza artificiale",
    r"künstliche[rn]? intelligenz",
    r"intelligence artificielle",
    r"inteligencia artificial",
    r"llms?",
    r"generative",
    r"generativa",
    r"générative",
    r"generativ\w*",
    # power
    r"megawatts?",
    r"gigawatts?",
    r"mw",
    r"gw",
    r"twh",
    r"power grid",
    r"rete elettrica",
    r"stromnetz\w*",
    r"réseau électrique",
    r"red eléctrica",
    r"nuclear",
    r"nucleare",
    r"nucléaire",
    r"kernkraft\w*",
    r"smrs?",
]
# matched against the lower-cased text: 3-4x faster than IGNORECASE on the same terms
_TERMS_RE = re.compile(r"(?<!\w)(?:" + "|".join(_TERMS) + r")(?!\w)")

#: Terms per 100 words at which the score saturates at 1.0.
SATURATION_PER_100_WORDS = 3.0


def topic_score(text: str) -> float:
    """Relevance of ``text`` to AI infrastructure, from 0 (none) to 1 (a typical beat story)."""
    words = len(text.split())
    if not words:
        return 0.0
    hits = sum(1 for _ in _TERMS_RE.finditer(text.lower()))
    return round(min(1.0, hits * 100 / words / SATURATION_PER_100_WORDS), 3)
