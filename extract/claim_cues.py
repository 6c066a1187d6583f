"""Cue tables of ``extract.claims`` for en/it/de/fr/es: kinds, hedges, sources, units, makers.

Every pattern is compiled once at import. English cues count in every language (quoted copy).
"""

from __future__ import annotations

import re

B = r"(?<![\w])"  # word start: "invest" in "investimento" but not in "reinvest"

# Cue stems per kind; each pattern starts at a word start and may run on ("invest" matches
# "investimento", "Investition", "investissement"); a match is widened to its whole word. Kinds
# are tried in this order at each word, so the more specific cue wins ("Investitionsausgaben"
# is capex, not investment; "market value" is market_cap, "market" alone is sales).
CUES: dict[str, str] = {
    "market_cap": r"market[- ]?cap|market value|market valuation|stock[- ]market value"
    r"|capitali[sz]zazion\w*(?: di mercato| boursière| bursátil| de mercado)?"
    r"|capitalisation(?: boursière)?|capitalizaci[óo]n(?: bursátil| de mercado)?"
    r"|valor[ei]? di mercato|börsenwert|marktkapitalisierung|marktwert|börsenbewertung"
    r"|valeur boursière|valeur de marché|valor (?:bursátil|de mercado)",
    "valuation": r"valuation|valued at|valuing|values? (?:the|it|its)\b|post-money|pre-money"
    r"|valutazion|valutat|valuta la|bewertung|bewertet|valorisation|valoris[ée]|valoraci[óo]n"
    r"|valorad|valora\b|valoran\b|valuaci[óo]n",
    "funding_ask": r"seek|sought|raise|raising|fundrais|funding round|financing round"
    r"|debt financing|(?:series [a-f]\b)|asks?\b|asking|chied|raccogl|raccolt|ottener"
    r"|cerca(?:ndo|re|to)?\b(?! de\b)"  # it "cerca 7 trilioni", not es "cerca de 51.000"
    r"|cercherebbe|(?:round|sforzo) di finanziamento|round da|finanziament"
    r"|(?:geld |kapital )?einsammeln|einzusammeln|eingesammelt|sammelt|einwerben"
    r"|finanzierung\b|finanzierungsrunde|fordert|cherch"
    r"|lever\b|lève|levé|levée|levant|tour de table"
    r"|réclame|busca\b|buscando|buscar|recaud|ronda de|captar|captó|pide|pidi[óo]"
    # the noun "una ronda", not the verb "Apple, que ronda los tres billones" (hovers around)
    r"|ronda\b(?! (?:los|las|el|la|ya|unos|unas)\b)",
    "revenue": r"revenue|turnover|fatturato|ricavi|umsatz|umsätze|erlös|chiffre d'affaires"
    r"|revenus|recettes|ingresos|facturaci[óo]n|factur[óo]",
    "sales": r"sales|vendite|absatz|verkäufe|ventes|ventas"
    r"|market(?![- ]?(?:cap|value|share|valuation))|(?<!di )mercato|(?<!de )mercado|marché|markt\b",
    "capex": r"capital expenditure|capital spending|capex|spese in conto capitale"
    r"|investimenti in conto capitale|investitionsausgaben|sachinvestition"
    r"|dépenses d'investissement|gastos? de capital|inversiones de capital",
    "subsidy": r"chips act (?:grant|funding|award)|grant|subsid|sussid|sovvenzion|aiuti?\b"
    r"|aiuto di stato|aiuti di stato|incentiv|förderung|fördermittel|subvention|zuschuss"
    r"|zuschüsse|beihilfe|aides?\b|aides? publique|aide d'[ée]tat|ayudas?\b|subvenci[óo]n"
    r"|subvenciones|state aid|award(?:ed|s)?\b|direct funding|tax credits?",
    "investment": r"invest(?!or|itor|isseur)|inversi[óo]n|inversiones|invert[íi]|invierte"
    r"|investering|destin(?:a|ará|ar[áa]n?|ó)\b|consacr|beteilig|apport(?:er|era|e)\b"
    r"|mobilis|mobiliter|stake in|quota in|participación en",
    "spend": r"spend|spent|spender|spes[oaie]\b|ausgeben|ausgegeben|dépens(?:er|era|e)\b"
    r"|gastar[áa]?n?|gasto en",
    "price": r"price|priced|prezz|preis|prix|precio|shares?\b|share price|stock price"
    r"|azion[ie]\b|titolo|aktie|l'action|les actions|par action|(?:son|cette) action|titre"
    r"|acciones|cotiz"
    r"|closed at|chiuso a(?! (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto"
    r"|settembre|ottobre|novembre|dicembre)\b)|schloss bei|clôtur|cerr[óa]r?o?n? a|apiece"
    r"|sells? for|selling for|sold for|paid|pagat[oa]|gezahlt|bezahlt|payé|pagó|pagado"
    r"|acqui|buy|bought|purchase|rachet|rachat|comprar?\b|compra de|übernahme|übernimmt|kauf",
    "cost": r"cost|costa|coster|kostet|kosten|baukosten|coûte|coût|cuesta|coste|costará"
    r"|belaufen",
    "other": r"(?:net )?loss(?:es)?\b|perdit|verlust|pertes?\b|pérdidas?|debt\b|debito|schulden"
    r"|dette|deuda|gdp\b|pil\b|bip\b|pib\b",
}
WORD_START_RE = re.compile(r"(?<!\w)\w")
CUE_RE = re.compile("|".join(f"{B}(?P<{k}>{v})" for k, v in CUES.items()), re.IGNORECASE)
# The rest of a word after a cue stem: "invest" -> "investimento", "Subvention" -> "Subventionen"
WORD_TAIL_RE = re.compile(r"[\w'’-]*")
# German compounds hold their cue inside the word: "Halbleiterabsatz", "Quartalsumsatz",
# "Chipförderung", "Baukosten", "Rechenzentrumsinvestition"
DE_COMPOUND_RE = re.compile(
    r"\w(?P<sales>absatz)|\w(?P<revenue>umsatz|umsätze)|\w(?P<subsidy>förderung|subvention)"
    r"|\w(?P<cost>kosten)\b|\w(?P<investment>investition)|\w(?P<valuation>bewertung)",
    re.IGNORECASE,
)

# A whole market, not a company: "global chip sales", "le vendite mondiali", "der weltweite
# Markt", "le marché mondial", "el mercado mundial de chips", "worldwide semiconductor revenue"
MARKET_RE = re.compile(
    B + r"(?:global|worldwide|world|industry|market|mondial[ie]?|globali?|mercato|settore"
    r"|weltweit\w*|markt|branche|mondiale?s?|marché|secteur|mundial(?:es)?|mercado|sector)\b",
    re.IGNORECASE,
)
# A unit or single item in the clause: the figure is a unit price ("per chip", "a unità",
# "pro Stück", "par puce", "por unidad", "each", "a single", "ogni", "chaque", "cada")
UNIT_RE = re.compile(
    B + r"(?:per (?:chip|unit|gpu|share|machine|server|piece|wafer)|apiece|each(?! (?:year"
    r"|quarter|month))|a single|a unità|all'unità|per azione|ogni|una singola|un singolo"
    r"|pro stück|je stück|je aktie|pro aktie|stück\b|ein einzelne[rs]?|par puce|par action"
    r"|l'unité|à l'unité|par unité|chaque|por unidad|por acción|cada|la unidad)\b",
    re.IGNORECASE,
)
# A product word just before a cost verb: "Ein H100-Chip kostet", "A single ... machine costs",
# "Une machine EUV d'ASML coûte", "Una máquina EUV de ASML cuesta"
ITEM_RE = re.compile(
    B + r"(?:gpus?|chips?|puces?|machines?|macchin[ae]|máquinas?|maschinen?|servers?|server"
    r"|accelerators?|[\w-]*-chips?|[\w-]*-server)\b",
    re.IGNORECASE,
)
# A plant or project: "fab", "plant", "stabilimento", "Werk", "usine", "fábrica", "data center"
SITE_RE = re.compile(
    B + r"(?:fabs?|plants?|factory|campus|data cent(?:er|re)s?|stabiliment\w+|fabbric\w+"
    r"|impiant\w+|werk\w*|fabrik\w*|rechenzent\w+|usines?|centres? de données|fábricas?"
    r"|plantas?|centros? de datos|proje\w+|progett\w+|proyect\w+|supercomputer\w*)\b",
    re.IGNORECASE,
)
# A change, not a level: "adding $277 billion in market value", "wiped $279 billion off"
DELTA_BEFORE_RE = re.compile(
    r"(?:adding|added|adds|gained|gaining|wiped|wiping|erased|erasing|shed|lost|aggiungendo"
    r"|guadagnato|bruciat[io]|bruciando|zugelegt|hinzugewonnen|verloren|gagné|ajoutant"
    r"|perdu|effacé|sumando|ganó|añadiendo|perdió)\s+(?:about |some |nearly |almost |more "
    r"than |oltre |rund |fast |près de |environ |unos |casi |cerca de )?$",
    re.IGNORECASE,
)
# Capex rather than investment when spending is a period's budget: "in fiscal 2025", "this year"
PERIOD_WORD_RE = re.compile(
    B + r"(?:fiscal|this year|next year|the year|quest'anno|nell'anno|geschäftsjahr"
    r"|in diesem jahr|im kommenden jahr|cette année|l'année|este año|año fiscal|ejercicio)",
    re.IGNORECASE,
)
# A listed value ("vale in Borsa", "vaut en Bourse", "vale en bolsa", "an der Börse"), which
# turns "valorisée à 2 000 milliards en Bourse" or "is worth" into market_cap
EXCHANGE_RE = re.compile(
    B + r"(?:in borsa|a piazza affari|en bourse|en bolsa|an der börse|on the stock market"
    r"|on wall street)\b",
    re.IGNORECASE,
)
# "Apple is worth $3.4 trillion", "Nvidia vale ora", "Apple vaut désormais", "Apple vale ya"
WORTH_RE = re.compile(
    B + r"(?:is|was|are|now) (?:now )?worth\b|(?<![\w])(?:vale|vaut|valeva|valait)\b",
    re.IGNORECASE,
)

# Hedges: "reportedly", "is said to", "would"; it "starebbe", "sarebbe", "avrebbe",
# "secondo indiscrezioni"; de "soll", "sollen", "angeblich", "Berichten zufolge"; fr "aurait",
# "serait", "chercherait"; es "estaría", "habría", "invertiría", "según fuentes"
HEDGE_RE = re.compile(
    B + r"(?:reportedly|allegedly|is said to|are said to|was said to|rumou?red"
    r"|sources (?:say|said|told)|people familiar|familiar with|citing (?:people|sources|unnamed"
    r"|persons|a person)|according to (?:people|sources|a person|insiders)|unnamed sources"
    r"|secondo (?:indiscrezioni|fonti|rumors)|fonti vicine|indiscrezioni|si dice|soll|sollen"
    r"|solle|angeblich|berichten zufolge|insidern zufolge|dem vernehmen nach|selon des sources"
    r"|selon nos informations|d'après des sources|sources proches|según fuentes"
    r"|fuentes cercanas|supuestamente|al parecer|presuntamente)(?!\w)",
    re.IGNORECASE,
)
# The reporting conditional, a hedge unless it reports a firm statement ("said it would"):
# "would", it "starebbe"/"avrebbe"/"cercherebbe", fr "aurait"/"chercherait", es "estaría"
CONDITIONAL_RE = re.compile(
    B + r"(?:would|\w+rebbe(?:ro)?|aurai(?:en)?t|serai(?:en)?t|\w+(?:er|ir)ai(?:en)?t"
    r"|\w+(?:ar|er|ir)ían?|habrían?|estarían?)(?!\w)",
    re.IGNORECASE,
)
# Conditionals that are forecasts or nouns, not hedges: "could", "potrebbe", "pourrait",
# "devrait", "podría", "debería", "ingeniería"
NOT_CONDITIONAL = frozenset(
    [
        "potrebbe",
        "potrebbero",
        "dovrebbe",
        "dovrebbero",
        "pourrait",
        "pourraient",
        "devrait",
        "devraient",
        "podría",
        "podrían",
        "debería",
        "deberían",
        "ingeniería",
        "batería",
        "baterías",
        "galería",
        "lotería",
        "minería",
        "tesorería",
        "mensajería",
        "consejería",
        "cervecería",
        "panadería",
        "refinería",
    ]
)
# A statement or forecast verb before a conditional makes it indirect speech, not a hedge:
# "said it would invest", "forecast that sales would reach", "ha detto che avrebbe investito",
# "a déclaré qu'il investirait", "dijo que invertiría"
SPEECH_BEFORE_RE = re.compile(
    B + r"(?:said|says|announced|told|forecast|forecasts|predicted|expects|expected|estimated"
    r"|projected|ha detto|ha dichiarato|ha annunciato|ha spiegato|ha comunicato|prevede|stima"
    r"|a déclaré|a annoncé|a indiqué|a expliqué|prévoit|estime|dijo|anunció|afirmó|señaló"
    r"|explicó|prevé|estima|sagte|erklärte|kündigte)\b",
    re.IGNORECASE,
)

# Attribution cues followed by the source: "according to the Wall Street Journal",
# "secondo l'analisi della Commissione Europea", "laut Reuters", "selon Les Echos",
# "fornita dal Wall Street Journal", "reported by Bloomberg", "Nach Angaben der SIA",
# "analysts at Morgan Stanley", "gli analisti di Morgan Stanley", "nach Aussage von Jensen Huang"
CITE_AFTER_RE = re.compile(
    B + r"(?:according to|reported by|citing|as reported by|secondo|stando a|riporta(?:to da)?"
    r"|come riportato da|fornit[ao] da(?:l|lla|i)?|rivelat[ao] da(?:l|lla)?|laut|wie|zufolge"
    r"|nach (?:angaben|schätzungen|aussage|berechnungen|daten|einschätzung)(?: (?:der|des|von))?"
    r"|selon|d'après|rapporté par|según|de acuerdo con|informó|publicó"
    r"|analysts? (?:at|from)|analisti di|analysten (?:von|der)|analystes de|analistas de"
    r"|stime (?:della|di|del)|dati (?:della|di|del))(?!\w)",
    re.IGNORECASE,
)
# Source before the verb: "The Information reported", "Reuters berichtet", "Bloomberg a rapporté",
# "Gartner expects", "HSBC analysts estimate"
CITE_BEFORE_RE = re.compile(
    r"[\s,]*(?:has |have |had )?(?:(?P<media>reported|reports|wrote|berichtet(?:e|en)?|meldet"
    r"|schreibt|a rapporté|rapporte|informa|a révélé|ha riportato|ha rivelato|ha scritto"
    r"|publicó|informó)(?=\s*(?:[,.;:!?\"”)]|$|(?:that|on|citing|earlier|late|last|this|in"
    r"|che|dass|que|qu')\b))|(?P<speaker>said|says|told|announced|sagte|erklärte|teilte mit"
    r"|a déclaré|a annoncé|ha detto|ha dichiarato|ha annunciato|dijo|anunció|afirmó)"
    r"|(?P<forecast>forecasts?|expects|estimates?|predicts|projects|analysts (?:estimate|say"
    r"|expect)|prevé|prevede|stima|schätzt|erwartet|estime|prévoit))\b",
    re.IGNORECASE,
)
# Verb first, then the speaker, closing a sentence: ", ha detto Jensen Huang", ", a déclaré
# Jensen Huang", ", dijo Jensen Huang", ", teilte Microsoft mit", ", schätzt AMD"
CITE_INVERTED_RE = re.compile(
    r"[,;]\s*(?:ha detto|ha dichiarato|ha spiegato|ha annunciato|ha comunicato|a déclaré"
    r"|a annoncé|a indiqué|a expliqué|dijo|afirmó|señaló|explicó|anunció|informó|indicó"
    r"|teilte|sagte|erklärte|schätzt|schreibt|berichtet|meldet|told|said)\s+"
    r"(?:the |il |la |le |el |der |die )?$",
    re.IGNORECASE,
)
# Between an attribution cue and its source, at most three words: "the", "l'analisi della",
# "a report in the" (not "gli analisti la capitalizzazione di Nvidia")
CITE_GAP_RE = re.compile(r"^\s*(?:[\w'’]+\s+){0,3}$")
# A source without an entity: capitalized words after the cue ("according to The Information")
PROPER_RE = re.compile(r"\s*((?:the |l[ae] |il |der |die |el |los? )?(?:[A-Z][\w&'-]*\s?){1,4})")
# Entity kinds (gazetteer) that are sources of figures, never their subject by being named:
# outlets, research firms, industry associations
SOURCE_KINDS = frozenset({"media", "research", "association"})

# Pronoun or generic subject opening a sentence: "It said", "Sie will", "La società ha"
PRONOUN_RE = re.compile(
    r"[\s\"“«]*(?:it|its|they|their|he|she|the (?:company|firm|group|chipmaker|startup)"
    r"|la società|l'azienda|il gruppo|esso|essa|es|sie|er|das unternehmen|der konzern"
    r"|il|elle|ils|la société|le groupe|la empresa|la compañía|el grupo|ella|él)\b",
    re.IGNORECASE,
)
# The entity is the object of a preposition: "CEO di OpenAI", "dominato da Nvidia", "of Apple"
PREP_BEFORE_RE = re.compile(
    r"(?:\b(?:di|da|del|della|dello|dei|degli|of|at|for|with|von|der|des|bei|de|du|d'|des"
    r"|del|con|from|to|a|al|nel|in|für|über|an|für|pour|dans|en|para|por|sobre)\s+"
    r"(?:the\s+|la\s+|il\s+|le\s+|l'|el\s+|die\s+|das\s+)?|d'|l'|dell'|all')$",
    re.IGNORECASE,
)
# Possessor after a cue: "capitalizzazione di Nvidia", "market value of Apple", "Umsatz von SAP",
# "del progetto Stargate", "de la nouvelle usine d'Intel" (one common noun may stand between)
POSSESSOR_GAP_RE = re.compile(
    r"^\s*(?:di mercato\s+)?(?:di|of|von|der|des|de|du|del|della|dell'|d'|dello)\s*"
    r"(?:the |la |il |el |le )?(?:(?:progetto|proyecto|projet|project|projekts?|gruppo"
    r"|groupe|grupo|startup|start-up|società|empresa|société|konzerns?|chipmaker)\s+)?$",
    re.IGNORECASE,
)
# "X's" before a noun: "Nvidia's", "Nvidia’s"
APOSTROPHE_S = frozenset({"'s", "’s", "s'", "’"})
# Agent after a figure: "a $10 billion investment by Microsoft", "da parte di Intel"
AGENT_GAP_RE = re.compile(
    r"^[\s\w]{0,40}\b(?:by|da parte di|von|de la part de|por parte de)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Recipient of a subsidy: "for ESMC's plant", "to Micron", "a Rapidus", "für Infineon",
# "pour STMicroelectronics", "para ESMC", "concedió a Rapidus"
RECIPIENT_GAP_RE = re.compile(
    r"(?:\b(?:for|to|per|a|für|an|pour|à|para|al)\s+(?:the\s+|la\s+|il\s+|el\s+|le\s+)?)$",
    re.IGNORECASE,
)
# A company's chief before a person: "OpenAI-Chef Sam Altman", "OpenAI chief executive Sam
# Altman", "OpenAI's CEO Sam Altman", "el consejero delegado de OpenAI" is not covered
CHIEF_GAP_RE = re.compile(
    r"^(?:-chef|-ceo|['’]s)?\s*(?:chief executive(?: officer)?|ceo|boss|chef|founder"
    r"|co-founder)?\s*$",
    re.IGNORECASE,
)
# A person named as the leader or founder of the figure's company: "Il gruppo guidato da Jensen
# Huang", "le groupe dirigé par Jensen Huang", "la start-up cofondée par Arthur Mensch", "el grupo
# dirigido por", "the company led by"; the company is the subject, not the person
LED_BY_RE = re.compile(
    r"(?:\b(?:led|run|headed|founded|co-founded|controlled) by|\b(?:guidat[oa]|dirett[oa]"
    r"|fondat[oa]|cofondat[oa]|presiedut[oa]|controllat[oa]) da|\b(?:dirigée?|fondée?|cofondée?"
    r"|co-fondée?|présidée?|contrôlée?) par|\b(?:dirigid[oa]|fundad[oa]|cofundad[oa]"
    r"|presidid[oa]|controlad[oa]) por)\s+(?:the\s+|il\s+|le\s+|el\s+)?$",
    re.IGNORECASE,
)
# German puts the participle after the person: "der von Jensen Huang geführte Konzern"
LED_BY_AFTER_RE = re.compile(
    r"^\s+(?:geführt|geleitet|gegründet|mitgegründet|kontrolliert)e", re.IGNORECASE
)
# Kinds a person never has: a market value, revenue, a share price, a capex budget, a valuation
# ("the group led by Jensen Huang passed $3 trillion" is Nvidia's)
PERSONLESS_KINDS = frozenset({"market_cap", "revenue", "sales", "price", "capex", "valuation"})
# An entity the figure hangs on: "Apple (3 286 milliards)", "Apple auf etwa 3,29 Billionen",
# "y de Apple, con 3,29 billones", "Microsoft, with $3.32 trillion"
ATTACHED_ENTITY_RE = re.compile(
    r"^\s*(?:\(|,?\s*(?:auf|con|with|avec|mit|at)\s+)\s*(?:(?:etwa|rund|circa|about|environ"
    r"|unos|knapp|gut|près de|quasi|oltre|más de|plus de|over)\s+)?$",
    re.IGNORECASE,
)

# A relative clause opening after an entity: "Silicon Box, che investirà", "Microsoft, which has"
RELATIVE_RE = re.compile(
    r"^\s*,\s*(?:che|which|who|that|qui|que|die|der|das|la quale|il quale)\b", re.IGNORECASE
)

# Makers of products the gazetteer knows (an H100's price is Nvidia's), and product words with
# no entity ("EUV machine" is ASML's): canonical name and entity id
PRODUCT_MAKERS: dict[str, tuple[str, str]] = {
    "h100": ("Nvidia", "nvidia"),
    "h200": ("Nvidia", "nvidia"),
    "h20": ("Nvidia", "nvidia"),
    "a100": ("Nvidia", "nvidia"),
    "b200": ("Nvidia", "nvidia"),
    "gb200": ("Nvidia", "nvidia"),
    "blackwell": ("Nvidia", "nvidia"),
    "hopper": ("Nvidia", "nvidia"),
    "rubin": ("Nvidia", "nvidia"),
    "mi300x": ("AMD", "amd"),
    "mi300": ("AMD", "amd"),
    "instinct": ("AMD", "amd"),
    "gaudi": ("Intel", "intel"),
    "gaudi 3": ("Intel", "intel"),
    "tpu": ("Google", "google"),
    "trainium": ("Amazon Web Services", "amazon-web-services"),
}
# Product words in text: "H100-Chip", "Blackwell-Server", "GPU H100"
PRODUCT_WORD_RE = re.compile(
    r"(?<![\w])(?P<p>[HAB]100|H200|H20|B200|GB200|Blackwell|Hopper|Rubin|MI300X?|Gaudi(?: 3)?"
    r"|TPU|Trainium)(?![\w])",
    re.IGNORECASE,
)

# Governments named by an adjective or a bare word: "il governo italiano", "le gouvernement
# français", "El Gobierno de España", "die japanische Regierung", "Japan's government"
GOVERNMENT_RE = re.compile(
    r"(?:governo|gouvernement|gobierno|regierung|government|administration)\s+(?:de\s+)?"
    r"(?P<after>\w+)|(?P<before>\w+)\s+(?:regierung|government)",
    re.IGNORECASE,
)
GOVERNMENT_COUNTRY: dict[str, tuple[str, str]] = {
    "italiano": ("Italy", "italy"),
    "français": ("France", "france"),
    "francese": ("France", "france"),
    "españa": ("Spain", "spain"),
    "español": ("Spain", "spain"),
    "spagnolo": ("Spain", "spain"),
    "tedesco": ("Germany", "germany"),
    "allemand": ("Germany", "germany"),
    "alemán": ("Germany", "germany"),
    "deutsche": ("Germany", "germany"),
    "giapponese": ("Japan", "japan"),
    "japonais": ("Japan", "japan"),
    "japonés": ("Japan", "japan"),
    "japanische": ("Japan", "japan"),
    "japanischen": ("Japan", "japan"),
    "japanese": ("Japan", "japan"),
}
