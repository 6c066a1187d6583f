# ruff: noqa: E501  (case texts are sentences of news copy, kept on one line each)
"""French money cases: AFP, Les Echos, L'Usine Nouvelle and Quebec press style copy.

French thousands are written with U+202F (narrow no-break space, the typographic norm), U+00A0
(no-break space) or a plain space, as the outlets actually publish them.
"""

from __future__ import annotations

from dev_labels import C, M

B = 1e9
T = 1e12
MN = 1e6
NNBSP = "\u202f"
NBSP = "\u00a0"

CASES = [
    C(
        f"OpenAI chercherait à lever entre 5{NNBSP}000 et 7{NNBSP}000 milliards de dollars pour bâtir des usines de puces.",
        [M(f"5{NNBSP}000 et 7{NNBSP}000 milliards de dollars", 5 * T, "USD", amount_max=7 * T)],
        ["range-between", "thousands-space", "scale-distributes"],
    ),
    C(
        "Sam Altman voudrait réunir jusqu'à 7 000 milliards de dollars, selon le Wall Street Journal.",
        [M("7 000 milliards de dollars", 7 * T, "USD", q="up to")],
        ["thousands-space"],
    ),
    C(
        f"Les Émirats arabes unis investiront entre 30 et 50{NBSP}milliards d'euros dans un campus d'IA d'un gigawatt en France.",
        [M(f"30 et 50{NBSP}milliards d'euros", 30 * B, "EUR", amount_max=50 * B)],
        ["range-between", "scale-distributes", "power"],
    ),
    C(
        "Emmanuel Macron a annoncé 109 milliards d'euros d'investissements privés dans l'intelligence artificielle en France.",
        [M("109 milliards d'euros", 109 * B, "EUR")],
        ["currency-word-after"],
    ),
    C(
        "Mistral AI a levé 1,7 milliard d'euros, ASML devenant son premier actionnaire avec 1,3 milliard.",
        [M("1,7 milliard d'euros", 1.7 * B, "EUR"), M("1,3 milliard", 1.3 * B, "EUR")],
        ["decimal-comma", "currency-carried"],
    ),
    C(
        "La start-up est désormais valorisée 11,7 milliards d'euros.",
        [M("11,7 milliards d'euros", 11.7 * B, "EUR")],
        ["decimal-comma"],
    ),
    C(
        "Nvidia a dépassé les 3 000 milliards de dollars de capitalisation boursière.",
        [M("3 000 milliards de dollars", 3 * T, "USD", q="more than")],
        ["thousands-space"],
    ),
    C(
        f"Le titre Nvidia a perdu près de 600{NBSP}milliards de dollars de valeur en une séance.",
        [M(f"600{NBSP}milliards de dollars", 600 * B, "USD", q="nearly")],
        [],
    ),
    C(
        "Le plan européen InvestAI vise à mobiliser 200 milliards d'euros, dont un fonds de 20 milliards pour des gigafactories.",
        [M("200 milliards d'euros", 200 * B, "EUR"), M("20 milliards", 20 * B, "EUR")],
        ["currency-carried"],
    ),
    C(
        "Fluidstack prévoit un supercalculateur de 10 milliards d'euros en France, alimenté par le nucléaire d'EDF.",
        [M("10 milliards d'euros", 10 * B, "EUR")],
        ["power"],
    ),
    C(
        "Brookfield investira 20 Md€ dans des centres de données en France, dont 15 Md€ dans un campus à Cambrai.",
        [M("20 Md€", 20 * B, "EUR"), M("15 Md€", 15 * B, "EUR")],
        ["scale-abbrev"],
    ),
    C(
        "La jeune pousse parisienne a bouclé un tour de table de 300 M€ auprès de fonds américains.",
        [M("300 M€", 300 * MN, "EUR")],
        ["scale-abbrev"],
    ),
    C(
        "Data4 prévoit 5,5 Md€ d'investissement et 2 000 emplois en Île-de-France d'ici 2030.",
        [M("5,5 Md€", 5.5 * B, "EUR")],
        ["scale-abbrev", "decimal-comma", "count-nearby", "year-nearby"],
    ),
    C(
        "Microsoft va investir 4 milliards d'euros en France pour accélérer l'adoption de l'IA.",
        [M("4 milliards d'euros", 4 * B, "EUR")],
        [],
    ),
    C(
        "Amazon Web Services injectera 1,2 milliard d'euros supplémentaires dans ses infrastructures françaises.",
        [M("1,2 milliard d'euros", 1.2 * B, "EUR")],
        ["decimal-comma"],
    ),
    C(
        "STMicroelectronics et GlobalFoundries devaient investir 7,5 milliards d'euros à Crolles, avec une aide publique de 2,9 milliards.",
        [M("7,5 milliards d'euros", 7.5 * B, "EUR"), M("2,9 milliards", 2.9 * B, "EUR")],
        ["decimal-comma", "subsidy", "currency-carried"],
    ),
    C(
        "Le projet Stargate prévoit jusqu'à 500 milliards de dollars d'investissements sur quatre ans.",
        [M("500 milliards de dollars", 500 * B, "USD", q="up to")],
        [],
    ),
    C(
        "Anthropic a levé 13 milliards de dollars pour une valorisation de 183 milliards de dollars.",
        [
            M("13 milliards de dollars", 13 * B, "USD"),
            M("183 milliards de dollars", 183 * B, "USD"),
        ],
        [],
    ),
    C(
        "Les dépenses des géants du cloud pourraient atteindre un demi-billion de dollars par an.",
        [M("un demi-billion de dollars", 0.5 * T, "USD")],
        ["half", "billion-fr"],
    ),
    C(
        "Selon Morgan Stanley, les centres de données absorberont 2,9 billions de dollars d'ici 2028.",
        [M("2,9 billions de dollars", 2.9 * T, "USD")],
        ["billion-fr", "decimal-comma", "year-nearby"],
    ),
    C(
        "Apple et Microsoft pèsent ensemble plus de 6 billions de dollars en Bourse.",
        [M("6 billions de dollars", 6 * T, "USD", q="more than")],
        ["billion-fr"],
    ),
    C(
        "SoftBank va investir deux milliards de dollars dans le fabricant japonais.",
        [M("deux milliards de dollars", 2 * B, "USD")],
        ["number-word"],
    ),
    C(
        "L'État apportera un milliard d'euros au plan IA de France 2030.",
        [M("un milliard d'euros", 1 * B, "EUR")],
        ["number-word"],
    ),
    C(
        "Intel recevra jusqu'à 7,86 milliards de dollars de subventions fédérales, contre 8,5 milliards annoncés en mars.",
        [
            M("7,86 milliards de dollars", 7.86 * B, "USD", q="up to"),
            M("8,5 milliards", 8.5 * B, "USD"),
        ],
        ["decimal-comma", "subsidy", "currency-carried"],
    ),
    C(
        "Meta prévoit des dépenses d'investissement de 64 à 72 milliards de dollars en 2025.",
        [M("64 à 72 milliards de dollars", 64 * B, "USD", amount_max=72 * B)],
        ["range-to", "scale-distributes", "year-nearby"],
    ),
    C(
        "Le chiffre d'affaires de Nvidia est passé de 27 à 61 milliards de dollars en un an.",
        [M("27", 27 * B, "USD"), M("61 milliards de dollars", 61 * B, "USD")],
        ["change-not-range", "scale-distributes"],
    ),
    C(
        "Un accélérateur H100 se vend entre 25 000 et 40 000 dollars selon les volumes.",
        [M("25 000 et 40 000 dollars", 25_000, "USD", amount_max=40_000)],
        ["range-between", "thousands-space", "gpu-model-nearby"],
    ),
    C(
        f"La RTX 5090 est affichée à 2{NNBSP}349 € en France, contre 1{NNBSP}999 $ aux États-Unis.",
        [M(f"2{NNBSP}349 €", 2349, "EUR"), M(f"1{NNBSP}999 $", 1999, "USD")],
        ["thousands-space", "symbol-after", "price", "gpu-model-nearby"],
    ),
    C(
        "L'heure de calcul sur une H100 se loue désormais environ 2 dollars.",
        [M("2 dollars", 2, "USD", q="about")],
        ["price"],
    ),
    C(
        "L'abonnement ChatGPT Plus coûte 20 dollars par mois, soit environ 23 euros TTC.",
        [M("20 dollars", 20, "USD"), M("23 euros", 23, "EUR", q="about")],
        ["price"],
    ),
    C(
        "L'action Broadcom a clôturé à 1 224,40 dollars avant la division de son titre.",
        [M("1 224,40 dollars", 1224.40, "USD")],
        ["thousands-space", "decimal-comma", "price"],
    ),
    C(
        f"L'action Nvidia cotait 135,40{NBSP}$ en clôture, en hausse de 3,2{NBSP}%.",
        [M(f"135,40{NBSP}$", 135.40, "USD")],
        ["decimal-comma", "symbol-after", "price", "percent-nearby"],
    ),
    C(
        "EDF propose aux exploitants de centres de données un prix d'environ 70 euros le mégawattheure.",
        [M("70 euros", 70, "EUR", q="about")],
        ["price", "power"],
    ),
    C(
        "Le Japon a accordé 802,5 milliards de yens supplémentaires à Rapidus.",
        [M("802,5 milliards de yens", 802.5 * B, "JPY")],
        ["decimal-comma", "currency-word-after"],
    ),
    C(
        "SK Hynix investira 20 000 milliards de wons dans une usine de mémoire HBM.",
        [M("20 000 milliards de wons", 20 * T, "KRW")],
        ["thousands-space"],
    ),
    C(
        "Le troisième fonds chinois des semi-conducteurs est doté de 344 milliards de yuans (47,5 milliards de dollars).",
        [
            M("344 milliards de yuans", 344 * B, "CNY"),
            M("47,5 milliards de dollars", 47.5 * B, "USD"),
        ],
        ["conversion-in-parentheses", "decimal-comma"],
    ),
    C(
        "Le campus de Green près de Zurich coûtera 1,2 milliard de francs suisses.",
        [M("1,2 milliard de francs suisses", 1.2 * B, "CHF")],
        ["decimal-comma"],
    ),
    C(
        "Le Royaume-Uni consacrera 2 milliards de livres sterling au calcul intensif.",
        [M("2 milliards de livres sterling", 2 * B, "GBP")],
        [],
    ),
    C(
        "Reliance veut investir jusqu'à 1 500 milliards de roupies dans un centre de données à Jamnagar.",
        [M("1 500 milliards de roupies", 1.5 * T, "INR", q="up to")],
        ["thousands-space"],
    ),
    C(
        "Cohere est valorisée 6,8 milliards de dollars canadiens après son dernier tour de table.",
        [M("6,8 milliards de dollars canadiens", 6.8 * B, "CAD")],
        ["marked-dollar", "decimal-comma"],
    ),
    C(
        "Ottawa consacre 2,4 milliards de dollars canadiens à l'IA, dont 2 milliards pour la puissance de calcul.",
        [M("2,4 milliards de dollars canadiens", 2.4 * B, "CAD"), M("2 milliards", 2 * B, "CAD")],
        ["marked-dollar", "decimal-comma", "currency-carried"],
    ),
    C(
        "Microsoft investira 5 milliards de dollars australiens en Australie.",
        [M("5 milliards de dollars australiens", 5 * B, "AUD")],
        ["marked-dollar"],
    ),
    C(
        "Foxconn a réalisé un chiffre d'affaires de 6 860 milliards de dollars taïwanais.",
        [M("6 860 milliards de dollars taïwanais", 6.86 * T, "TWD")],
        ["marked-dollar", "thousands-space"],
    ),
    C(
        "Blackstone a racheté AirTrunk pour 24 milliards de dollars australiens, soit environ 16 milliards de dollars américains.",
        [
            M("24 milliards de dollars australiens", 24 * B, "AUD"),
            M("16 milliards de dollars américains", 16 * B, "USD", q="about"),
        ],
        ["marked-dollar", "us-dollar-marked"],
    ),
    C(
        "Le gouvernement a débloqué 2,22 milliards d'euros au titre de France 2030 pour la filière électronique, dont 800 millions pour la recherche.",
        [M("2,22 milliards d'euros", 2.22 * B, "EUR"), M("800 millions", 800 * MN, "EUR")],
        ["decimal-comma", "currency-carried"],
    ),
    C(
        "La levée de fonds de 6,6 milliards USD valorise OpenAI à 157 milliards USD.",
        [M("6,6 milliards USD", 6.6 * B, "USD"), M("157 milliards USD", 157 * B, "USD")],
        ["code-after"],
    ),
    C(
        "Le coût du projet est estimé à EUR 3,5 milliards.",
        [M("EUR 3,5 milliards", 3.5 * B, "EUR")],
        ["code-before", "decimal-comma"],
    ),
    C(
        "Amazon a indiqué que ses investissements atteindraient environ 100 milliards de dollars cette année.",
        [M("100 milliards de dollars", 100 * B, "USD", q="about")],
        [],
    ),
    C(
        "Le groupe vise au moins 1 milliard d'euros de chiffre d'affaires dans l'IA d'ici 2027.",
        [M("1 milliard d'euros", 1 * B, "EUR", q="at least")],
        ["year-nearby"],
    ),
    C(
        "Anthropic versera 1,5 milliard de dollars aux auteurs, soit quelque 3 000 dollars par livre.",
        [M("1,5 milliard de dollars", 1.5 * B, "USD"), M("3 000 dollars", 3000, "USD", q="about")],
        ["thousands-space"],
    ),
    C(
        "Les quatre hyperscalers ont dépensé plus de 79 milliards de dollars au trimestre : 26,3 milliards pour Amazon, 22,6 milliards pour Microsoft et 17,2 milliards pour Alphabet.",
        [
            M("79 milliards de dollars", 79 * B, "USD", q="more than"),
            M("26,3 milliards", 26.3 * B, "USD"),
            M("22,6 milliards", 22.6 * B, "USD"),
            M("17,2 milliards", 17.2 * B, "USD"),
        ],
        ["capex", "currency-carried", "decimal-comma"],
    ),
    C(
        "Altman veut lever 7 000 milliards pour les puces",
        [M("7 000 milliards", 7 * T, "USD")],
        ["headline", "no-currency-word", "thousands-space"],
        ctx="USD",
    ),
    C(
        "La région Auvergne-Rhône-Alpes versera une aide de 15 000 € par emploi créé.",
        [M("15 000 €", 15_000, "EUR")],
        ["thousands-space", "symbol-after"],
    ),
    C(
        "Une amende de 150 millions d'euros a été infligée à Google par l'Autorité de la concurrence.",
        [M("150 millions d'euros", 150 * MN, "EUR")],
        [],
    ),
    C(
        "Le fonds MGX a promis plus de 25 milliards de dollars, BlackRock évoque un véhicule de 100 milliards de dollars.",
        [
            M("25 milliards de dollars", 25 * B, "USD", q="more than"),
            M("100 milliards de dollars", 100 * B, "USD"),
        ],
        [],
    ),
    C(
        "Le coût de l'usine de Rapidus est estimé à 5 000 milliards de yens, soit environ 30 milliards d'euros.",
        [
            M("5 000 milliards de yens", 5 * T, "JPY"),
            M("30 milliards d'euros", 30 * B, "EUR", q="about"),
        ],
        ["thousands-space"],
    ),
    C(
        "xAI chercherait à emprunter jusqu'à 12 milliards de dollars pour acheter des puces Nvidia.",
        [M("12 milliards de dollars", 12 * B, "USD", q="up to")],
        [],
    ),
    C(
        "Le groupe de télécoms a investi 35 millions de dollars US dans la start-up.",
        [M("35 millions de dollars US", 35 * MN, "USD")],
        ["us-dollar-marked"],
    ),
    C(
        "L'opération valorise la filiale d'Intel à 8,75 milliards de dollars, Silver Lake payant 4,46 milliards pour 51 %.",
        [M("8,75 milliards de dollars", 8.75 * B, "USD"), M("4,46 milliards", 4.46 * B, "USD")],
        ["decimal-comma", "currency-carried", "percent-nearby"],
    ),
    # --- cas négatifs et pièges ---
    C("Nvidia détient environ 80 % du marché et sa croissance atteint 13,1 %.", [], ["percent"]),
    C(
        "Les géants de la tech investissent des milliards de dollars dans de nouveaux centres de données.",
        [],
        ["no-number"],
    ),
    C(
        "Des milliards d'euros d'argent public sont en jeu, selon la Cour des comptes.",
        [],
        ["no-number"],
    ),
    C(
        "Le supercalculateur Colossus compte 200 000 GPU et consomme 300 MW.",
        [],
        ["count", "power", "thousands-space"],
    ),
    C(
        "La puce B200 contient 208 milliards de transistors.",
        [],
        ["scale-word-not-money", "gpu-model"],
    ),
    C(
        "Le modèle Llama 3.1 405B a été entraîné sur 16 000 GPU H100.",
        [],
        ["scale-abbrev-not-money", "count"],
    ),
    C(
        "Les résultats du troisième trimestre de l'exercice 2025 seront publiés le 20 novembre.",
        [],
        ["quarter", "date"],
    ),
    C("Contact presse : 01 44 55 66 77, jusqu'au 12/03/2025.", [], ["phone", "date"]),
    C(
        "SoftBank détient environ 90 % d'Arm, soit près de 930 millions d'actions.",
        [],
        ["share-count", "percent"],
    ),
    C("Le campus consommera 1,4 GW, l'équivalent de la ville de Lyon.", [], ["power"]),
    C("OpenAI a publié GPT-4.5 et la version 1.2.3 de son SDK.", [], ["version"]),
    C("La gravure en 2 nanomètres démarrera au second semestre 2025.", [], ["units", "year"]),
    C(
        "Le CAC 40 a terminé à 7 426,88 points, porté par STMicroelectronics (+4 %).",
        [],
        ["index-level", "percent"],
    ),
    C("Le modèle de Mistral compte 123 milliards de paramètres.", [], ["scale-word-not-money"]),
    C("Nvidia (Nasdaq : NVDA) emploie 29 600 personnes dans 36 pays.", [], ["ticker", "count"]),
    C(
        "La RTX 4090 et la H100 sont soumises à des restrictions à l'export depuis 2023.",
        [],
        ["gpu-model", "year"],
    ),
    C(
        "L'usine de Crolles produira 620 000 plaquettes de 300 mm par an à l'horizon 2026.",
        [],
        ["count", "units", "year"],
    ),
    C(
        "Le campus de 1 GW nécessitera 30 milliards d'euros et 4 000 emplois pendant le chantier.",
        [M("30 milliards d'euros", 30 * B, "EUR")],
        ["partial", "power", "count"],
    ),
]
