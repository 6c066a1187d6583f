"""Vocabulary of the name rules (``extract.names``): cue nouns, titles, stop lists per language.

Every list is matched on whole tokens as the spaCy tokenizers of it/de/es/fr/en split them.
"""

from __future__ import annotations

import re


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Legal forms that close a company name in any of the five languages: "Mainova AG",
# "Aruba S.p.A.", "Solaria Energía y Medio Ambiente S.A.", "Silicon Box Pte. Ltd.".
LEGAL_FORMS = wordset(
    """AG GmbH SE KGaA S.p.A. SpA S.r.l. Srl S.A. SA S.L. SL SAS Inc. Inc Corp. Corp Ltd Ltd.
    plc PLC N.V. NV B.V. BV LLC Co. Pte"""
)
# English words that close company names in all five languages' news: "Schwarz Group",
# "Annapurna Labs", "Silicon Box Technologies", "Brookfield Renewable Partners".
ORG_HEADS = wordset(
    """Group Labs Lab Technologies Technology Systems Semiconductor Semiconductors Capital
    Partners Holdings Holding Ventures Networks Robotics Computing Microsystems Electronics
    Energy Power Cloud Solutions Industries Investments Infrastructure Analytics Dynamics
    Photonics Telecom Datacenters Bank"""
)
# Articles before a noun phrase in the five languages: "der Hersteller", "la società".
ARTICLES = wordset(
    """der die das den dem des ein eine einen einem the a an il lo la le les el los las un una
    l' L' ihre seine ihrer dessen"""
)
# Name particles inside a person's name: "Ursula von der Leyen", "Leonardo Del Vecchio".
NAME_PARTICLES = wordset("von van der den de del della di da dos du la le bin al ben Del Di De El")
# A capitalized word, or an inner-capital brand: "Retelit", "MasOrange", "EirGrid", "Weiß".
CAP_WORD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+$|^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]*[A-Z][a-zß-öø-ÿ]+$")
# Acronyms and brand tokens with digits or '&': "KDDI", "CFDT", "A2A", "1&1", "Data4", "S3ns".
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$|^(?=[^\d]*\d?[^\d]*$)[A-Z][A-Z0-9&]{1,5}$")
BRAND = re.compile(r"^(?:\d&\d|[A-Z][a-z]+\d|[A-Z]\d[A-Za-z]+|[A-Z]\d[A-Z])$")
# Elided articles and prepositions as the Italian/French tokenizers split them: "all'", "l'".
ELIDED = re.compile(r"^(?:[lL]|[aA]ll|[dD]ell|[nN]ell|[dD]all|[sS]ull)['’]$")

# Acronyms that are not organizations in field news: "AI", "CEO", "GPU", "PNRR", "MW".
ACRONYM_STOP = wordset(
    """AI IA KI CEO CFO CTO COO CIO CEOs GPU GPUS CPU CPUS TPU NPU USA UE EU UK US PIL IVA PNRR
    IPO ESG LLM LLMS HBM EUV DUV DRAM NAND SSD RAM IT ICT TV PC PDG DG AD CDA SPA SRL SAS AG SE
    PMI PME PYME PYMES ETF OK MW GW KW TW MWH GWH TWH KWH CO2 FTTH FTTC LTE RAN IOT API APIS
    SAAS HPC ASIC ASICS FPGA PUE SLA TCO EBIT EBITDA RD MA FY PHD NB DAX MSCI FTSE IBEX CAC MIB
    SMR SMRS II III IV VI VII VIII IX XI XII XX XXI GDPR DSA DMA IRA OPA OPV PNIEC PERTE NRRP
    UTC CET CEST GMT EST PST AM PM HR PR FAQ PDF CAPEX OPEX ROI IRR KPI CAGR B2B B2C SDK PLC
    DC DCS AR VR XR ID OS SOC NFT EV EVS LNG GNL GPL GNV CCS CCUS SAF PV BESS HVDC TSO DSO
    NUOVO NEW TOP FAQ CDP OEM OEMS ODM ODMS WAN LAN SEO CRM ERP"""
)
# Capitalized words that follow cue nouns but are not names: "der Konzern Anfang Mai".
NOT_AFTER_CUE = wordset(
    """Anfang Ende Mitte Jahr Jahres Jahren Monat Monaten Woche Wochen Tag Tagen Milliarden
    Millionen Milliarde Million Euro Dollar Prozent Aktien Aktie Angaben Zufolge Berichten
    Medienberichten Insidern Sprecher Sprecherin Chef Chefin Vorstand Konzern Unternehmen
    Regierung Bundesregierung Bund Land Länder Staat Stadt Gemeinde Kunden Partner Nutzer
    Rechenzentren Rechenzentrum Chips Halbleiter Strom Energie Netz Netze Ausbau Bau Werk
    Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar Februar März April Mai
    Juni Juli August September Oktober November Dezember Deutschland Europa Frankreich China
    Governo Consiglio Repubblica Regione Camera Senato Paese Stato Comune Provincia Parlamento
    Gobierno Estado Consejo Congreso Senado Comunidad Ayuntamiento País Reino Generalitat
    Gouvernement État Etat Conseil République Sénat Assemblée Région Hexagone Europe Union
    Unione Europa Unión The This That These It He She We They Il La Le Les El Los Las Lo Gli
    Der Die Das Ein Eine Un Una Une Des Del Della Di De Da In En Im Am Auf Per Con Con Pour
    Mr Mrs Ms Dr"""
)
# German nouns by suffix, never a name after a cue: "Finanzierung", "Sicherheit", "Mehrheit".
DE_COMMON = re.compile(
    r"(?:ung|heit|keit|schaft|tion|tät|nis|tum|chen|ismus|ment|enz|anz|eur|ie|ik|ität)(?:en|s)?$"
)
# Lowercase Italian/Spanish/French participles that end an apposition: "guidata da X".
PARTICIPLE = re.compile(r"(?:ato|ata|ati|ate|ito|ita|uto|uta|ado|ada|ido|ida|é|ée|és|ées)$")

# Nouns that announce an organization's name right after them (possibly with a nationality
# adjective or a "de ..." complement in between): "la società Almaviva", "l'operatore Retelit",
# "il fondo australiano Macquarie", "la eléctrica Iberdrola", "le groupe Atlas Edge",
# "the developer Crusoe".
ORG_CUES: dict[str, frozenset[str]] = {
    "it": wordset(
        """società gruppo operatore operatrice banca fondo fondi startup start-up utility
        multiutility azienda compagnia colosso produttore costruttore holding consorzio sindacato
        sindacati associazione confederazione federazione gigante controllata partecipata
        fornitore multinazionale piattaforma telco fintech scaleup spin-off integratore
        emittente quotidiano agenzia big gestore gestori rivale concorrente player marchio"""
    ),
    "es": wordset(
        """empresa compañía compañia grupo operadora operador banco entidad fondo startup
        start-up eléctrica energética gestora aseguradora firma multinacional tecnológica
        consultora socimi promotora constructora fabricante distribuidora holding asociación
        patronal sindicato sindicatos consorcio filial matriz teleco telco gigante plataforma
        petrolera cotizada participada rival competidora proveedora proveedor diario agencia"""
    ),
    "fr": wordset(
        """société groupe opérateur opératrice banque fonds start-up startup entreprise
        spécialiste fabricant fournisseur constructeur équipementier énergéticien industriel
        géant filiale pépite éditeur intégrateur hébergeur assureur gestionnaire syndicat
        syndicats fédération association licorne cabinet plateforme compagnie holding
        consortium concurrent rival partenaire quotidien agence"""
    ),
    "en": wordset(
        """company firm group operator carrier utility startup start-up bank lender fund insurer
        developer chipmaker maker provider investor owner rival subsidiary giant conglomerate
        association union regulator consultancy broker manager supplier designer"""
    ),
}
# Nationality and regional adjectives used as nouns after an article: "l'americana Iteris",
# "la valenciana Das Photonics", "l'allemand Siemens", "la catalana Grifols".
NATIONALITY_CUES: dict[str, frozenset[str]] = {
    "it": wordset(
        """americana americano statunitense francese tedesca tedesco spagnola spagnolo cinese
        giapponese coreana coreano taiwanese olandese britannica britannico inglese svizzera
        svizzero israeliana israeliano indiana canadese australiana australiano brasiliana
        emiliana emiliano lombarda lombardo milanese romana romano torinese piemontese veneta
        veneto toscana toscano pugliese siciliana napoletana bolognese genovese friulana"""
    ),
    "es": wordset(
        """estadounidense norteamericana norteamericano francesa francés alemana alemán
        española italiana italiano china chino japonesa japonés británica británico holandesa
        neerlandesa suiza israelí coreana taiwanesa catalana catalán valenciana valenciano
        vasca vasco madrileña madrileño gallega gallego andaluza andaluz rumana portuguesa
        asturiana navarra aragonesa canaria murciana extremeña"""
    ),
    "fr": wordset(
        """américain américaine allemand allemande italien italienne espagnol espagnole
        chinois chinoise japonais japonaise britannique néerlandais néerlandaise suisse
        israélien israélienne coréen coréenne taïwanais taïwanaise islandais islandaise
        français française belge canadien canadienne lyonnais grenoblois toulousain"""
    ),
}
# Conjunctions between two organizations: "Mediobanca ed Equita", "Aixtron und Süss Microtec".
CONJUNCTIONS = wordset("e ed and und y et , &")
# English tails that close an institution's or utility's name, possibly after a place the
# gazetteer knows: "Arizona Public Service", "Salt River Project", "Phoenix Tower International".
ORG_TAILS = wordset(
    """Service Services Commission Corporation Authority Agency Association Council Board
    University Institute Utilities Project International Fund Foundation Trust Alliance"""
)
# German cue nouns are compounds: matched by their last part ("Rechenzentrumsbetreiber",
# "Cloud-Anbieter", "Halbleiterzulieferer", "Finanzinvestoren", "Digitalverband").
DE_CUE = re.compile(
    r"(?:betreiber|anbieter|hersteller|konzern|versorger|zulieferer|ausrüster|bauer|verband|"
    r"investor|investoren|dienstleister|spezialist|entwickler|systemhaus|start-up|startup|"
    r"tochter|provider|firma|riese|händler|versicherer|verwalter|gewerkschaft|holding|rivale|"
    r"konkurrent|bank|fonds|plattform|zeitung|agentur|unternehmen)(?:s|en|n|es)?$",
    re.IGNORECASE,
)
# Institutions named by a head noun and a complement: "Politecnico di Torino", "Universidad
# Politécnica de Madrid", "Banque des Territoires", "Junta de Extremadura", "Bundesamt für X".
INSTITUTION_HEADS: dict[str, frozenset[str]] = {
    "it": wordset(
        """Ministero ministero Politecnico politecnico Università università Fondazione
        Agenzia Autorità Istituto Consorzio Banca Cassa Centro Osservatorio Associazione
        Confederazione Federazione Polo Tribunale Corte Procura Guardia Camera"""
    ),
    "es": wordset(
        """Ministerio ministerio Universidad universidad Instituto Fundación Agencia Sociedad
        Junta Comisión Banco Bolsa Caja Ente Autoridad Centro Asociación Confederación
        Federación Cámara Tribunal Audiencia Oficina Secretaría Corporación Grupo Consorcio"""
    ),
    "fr": wordset(
        """Ministère ministère Université université Institut Fondation Agence Autorité Caisse
        Banque Commission Centre Association Fédération Confédération Chambre Cour Office
        Syndicat École Observatoire"""
    ),
    "de": wordset(
        """Landesbank Bundesamt Bundesministerium Ministerium Universität Hochschule Institut
        Stiftung Bundesagentur Landesamt Kammer"""
    ),
    "en": wordset("University Ministry Department Institute Agency Authority Commission"),
}
# German institution compounds with a genitive or "für" complement: "Beschaffungsamt des ...".
DE_INSTITUTION = re.compile(r"(?:amt|ministerium|behörde|agentur|institut|stiftung)$")
# Words inside an institution's name between capitalized words: "Politecnico di Milano".
CONNECTORS = wordset(
    """di del della dello dei degli delle per de des du la las los el para für der des of for
    d' dell' d’ dell’ l' l’"""
)
# Role nouns of an organization's people, followed by "di/de/of X": "amministratore delegato di
# Engineering", "PDG d'Iliad", "consejero delegado de Indra", "presidente di Confindustria".
ROLE_OF = wordset(
    """ad ceo cfo cto coo presidente presidenta président présidente pdg delegato delegata delegado
    delegada consejero consejera
    fondatore cofondatore fondatrice fundador cofundador fundadora fondateur cofondateur
    direttore direttrice director directora directeur directrice generale general général
    générale vertici cda patron patronne dirigeant dirigeante chairman portavoce portavoz
    porte-parole azionisti accionista actionnaire manager responsabile responsable"""
)
OF_WORDS = wordset("di del della dell' dell’ d' d’ de du des of")
# German role compounds glued with a hyphen to the organization: "Ionos-Chef", "Bitkom-Präsident".
DE_ROLE_AFTER = re.compile(
    r"^(?:chef|chefin|präsident|präsidentin|vorstand|vorständin|gründer|gründerin|sprecher|"
    r"sprecherin|manager|managerin)$",
    re.IGNORECASE,
)
# Titles right before a person's name: "il ministro Paolo Zangrillo", "Vorstandschef Oliver
# Menzel", "el consejero delegado, Gabriel Nebreda", "Technology Secretary Peter Kyle".
TITLES = wordset(
    """ministro ministra viceministro sottosegretario presidente presidenta presidentessa
    rettore rettrice governatore governatrice sindaco sindaca commissario commissaria
    segretario segretaria fondatore cofondatore fondatrice direttore direttrice analista
    economista professore professoressa delegato delegata delegado delegada manager ceo cfo cto ad
    dg
    secretario secretaria alcalde alcaldesa lehendakari comisario comisaria fundador
    cofundador fundadora rector rectora director directora consejero consejera portavoz
    ministre président présidente directeur directrice fondateur cofondateur patron patronne
    secrétaire commissaire maire député députée sénateur sénatrice porte-parole analyste pdg
    minister secretary president chairman chairwoman founder co-founder cofounder director
    analyst senator governor mayor executive officer chief economist professor"""
)
DE_TITLE = re.compile(
    r"(?:minister|ministerin|kanzler|kanzlerin|präsident|präsidentin|chef|chefin|vorstand|"
    r"vorständin|führer|führerin|gründer|gründerin|sprecher|sprecherin|sekretär|sekretärin|"
    r"kommissar|kommissarin|meister|meisterin|analyst|analystin|ökonom|ökonomin|professor|"
    r"professorin|direktor|direktorin|leiter|leiterin|vorsitzende|vorsitzender|manager|"
    r"managerin)$",
    re.IGNORECASE,
)
HONORIFICS = wordset("Herr Frau Dr. Prof. M. Mme Mr Mr. Mrs Mrs. Ms Ms. Don Doña Sr. Sra.")
