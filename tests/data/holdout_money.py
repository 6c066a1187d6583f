# ruff: noqa: E501  (case texts are sentences of news copy, kept on one line each)
"""Held-out money cases, written after the extractor was built and measured on them once, blind.

Same guidelines as the dev set (README.md beside this file); new outlets, phrasings and actors.
"""

from __future__ import annotations

from dev_labels import C, M

K = 1e3
B = 1e9
T = 1e12
MN = 1e6

EN = [
    C(
        "Oracle told investors its remaining performance obligations had swelled to $455bn, and that it would spend some $35bn on capex this fiscal year.",
        [M("$455bn", 455 * B, "USD"), M("$35bn", 35 * B, "USD", q="about")],
    ),
    C(
        "Nebius, the Amsterdam-based neocloud, struck a deal worth up to $19.4bn with Microsoft for GPU capacity in New Jersey.",
        [M("$19.4bn", 19.4 * B, "USD", q="up to")],
    ),
    C(
        "The Texas grid operator estimates that connecting a 1GW campus costs developers between $150mn and $300mn in transmission upgrades.",
        [M("$150mn and $300mn", 150 * MN, "USD", amount_max=300 * MN)],
    ),
    C(
        "Micron will receive as much as $6.1 billion in grants, plus $7.5 billion in loans, for plants in Idaho and New York.",
        [M("$6.1 billion", 6.1 * B, "USD", q="up to"), M("$7.5 billion", 7.5 * B, "USD")],
    ),
    C(
        "Tokyo Electron lifted its full-year sales forecast to ¥2.4 trillion, roughly $16 billion.",
        [M("¥2.4 trillion", 2.4 * T, "JPY"), M("$16 billion", 16 * B, "USD", q="about")],
    ),
    C(
        "Taiwan's cabinet approved NT$300 billion in subsidies for AI data centres and chip design over five years.",
        [M("NT$300 billion", 300 * B, "TWD")],
    ),
    C(
        "Shares of the chip designer rose 4% to $187.25 after it unveiled a $60 billion buyback.",
        [M("$187.25", 187.25, "USD"), M("$60 billion", 60 * B, "USD")],
    ),
    C(
        "Crusoe raised $1.38 billion in a Series E, valuing the Abilene data-center builder at more than $13 billion.",
        [M("$1.38 billion", 1.38 * B, "USD"), M("$13 billion", 13 * B, "USD", q="more than")],
    ),
    C(
        "India approved a ₹76,000 crore semiconductor programme in 2021.",
        [M("₹76,000 crore", 760 * B, "INR")],
    ),
    C(
        "Each GB200 NVL72 rack sells for around $3 million, and a 100,000-GPU cluster needs roughly 1,400 of them.",
        [M("$3 million", 3 * MN, "USD", q="about")],
    ),
    C(
        "Arm wants to charge royalties of up to 5% of the chip price, or about $1.50 per device.",
        [M("$1.50", 1.50, "USD", q="about")],
    ),
    C("AMD expects data-center GPU revenue in the tens of billions of dollars by 2027.", []),
    C("The Taiwan Stock Exchange's TAIEX fell 2.1% to 22,118 points, dragged down by TSMC.", []),
]

IT = [
    C(
        "A2A ha presentato un piano industriale da 22 miliardi di euro al 2035, di cui 1,5 miliardi destinati ai data center.",
        [M("22 miliardi di euro", 22 * B, "EUR"), M("1,5 miliardi", 1.5 * B, "EUR")],
    ),
    C(
        "Il colosso di Redmond metterà sul piatto quasi 4,3 mld di euro nei prossimi due anni.",
        [M("4,3 mld di euro", 4.3 * B, "EUR", q="nearly")],
    ),
    C(
        "Secondo Goldman Sachs, entro il 2030 la spesa per l'IA potrebbe arrivare a 1.000 miliardi di dollari l'anno.",
        [M("1.000 miliardi di dollari", 1 * T, "USD")],
    ),
    C(
        "Il fondo sovrano saudita PIF ha messo a disposizione 10 miliardi di dollari (circa 9,2 miliardi di euro) per Humain.",
        [
            M("10 miliardi di dollari", 10 * B, "USD"),
            M("9,2 miliardi di euro", 9.2 * B, "EUR", q="about"),
        ],
    ),
    C(
        "La valutazione di Anthropic è salita a 183 miliardi di dollari, dai 61,5 miliardi di marzo.",
        [M("183 miliardi di dollari", 183 * B, "USD"), M("61,5 miliardi", 61.5 * B, "USD")],
    ),
    C(
        "Data4 investirà tra i 2 e i 3 miliardi di euro nel campus di Vittuone, alle porte di Milano.",
        [M("2 e i 3 miliardi di euro", 2 * B, "EUR", amount_max=3 * B)],
    ),
    C(
        "Il nuovo MacBook con chip M4 costa 1.229 euro in Italia.",
        [M("1.229 euro", 1229, "EUR")],
    ),
    C(
        "Intel ha chiuso il trimestre con una perdita netta di 16,6 miliardi di dollari.",
        [M("16,6 miliardi di dollari", 16.6 * B, "USD")],
    ),
    C(
        "SoftBank ha rilevato Ampere Computing per 6,5 miliardi di dollari.",
        [M("6,5 miliardi di dollari", 6.5 * B, "USD")],
    ),
    C(
        "La sterlina debole rende più caro il piano da 14 miliardi di sterline annunciato da Londra.",
        [M("14 miliardi di sterline", 14 * B, "GBP")],
    ),
    C("Il consumo dei data center in Italia potrebbe superare i 10 TWh entro il 2030.", []),
    C("Nvidia ha venduto milioni di GPU, incassando decine di miliardi.", []),
]

DE = [
    C(
        "Die Telekom investiert gemeinsam mit Nvidia rund eine Milliarde Euro in ein Rechenzentrum in München.",
        [M("eine Milliarde Euro", 1 * B, "EUR", q="about")],
    ),
    C(
        "Der Stromkonzern EnBW plant bis 2030 Investitionen von 40 Mrd. Euro, davon gut 4 Mrd. Euro in Netze.",
        [M("40 Mrd. Euro", 40 * B, "EUR"), M("4 Mrd. Euro", 4 * B, "EUR", q="more than")],
    ),
    C(
        "Für das Gigawatt-Rechenzentrum werden Kosten von 20 bis 30 Mrd. € veranschlagt.",
        [M("20 bis 30 Mrd. €", 20 * B, "EUR", amount_max=30 * B)],
    ),
    C(
        "Die Rapidus-Fabrik soll umgerechnet etwa 30 Milliarden Euro kosten, Japan gibt 1,72 Billionen Yen dazu.",
        [
            M("30 Milliarden Euro", 30 * B, "EUR", q="about"),
            M("1,72 Billionen Yen", 1.72 * T, "JPY"),
        ],
    ),
    C(
        "ASML erzielte im Quartal einen Nettogewinn von 2,29 Milliarden Euro bei einem Umsatz von 7,7 Milliarden Euro.",
        [M("2,29 Milliarden Euro", 2.29 * B, "EUR"), M("7,7 Milliarden Euro", 7.7 * B, "EUR")],
    ),
    C(
        "Eine Nvidia-Aktie kostete zum Handelsschluss 181,02 US-Dollar.",
        [M("181,02 US-Dollar", 181.02, "USD")],
    ),
    C(
        "Der Schweizer Rechenzentrumsbetreiber Green investiert 600 Mio. Franken in Lupfig.",
        [M("600 Mio. Franken", 600 * MN, "CHF")],
    ),
    C(
        "Die Nachfrage nach KI-Servern trieb den Umsatz von Super Micro auf knapp 22 Mrd. Dollar.",
        [M("22 Mrd. Dollar", 22 * B, "USD", q="nearly")],
    ),
    C(
        "Der Bund stellt dem Projekt weitere 1,3 Milliarden bereit.",
        [M("1,3 Milliarden", 1.3 * B, "EUR")],
        ctx="EUR",
    ),
    C(
        "OpenAI erwartet für das laufende Jahr einen Umsatz von 12,7 Milliarden US-Dollar.",
        [M("12,7 Milliarden US-Dollar", 12.7 * B, "USD")],
    ),
    C("Das Rechenzentrum in Hanau soll 180 Megawatt Anschlussleistung erhalten.", []),
    C("Im Jahr 2024 stieg der Anteil der Rechenzentren am Stromverbrauch auf 4 Prozent.", []),
]

FR = [
    C(
        "Le groupe Iliad, maison mère de Free, investira 3 milliards d'euros dans l'IA, dont 1 milliard pour OpCore.",
        [M("3 milliards d'euros", 3 * B, "EUR"), M("1 milliard", 1 * B, "EUR")],
    ),
    C(
        "Le coût du campus de Fouju, en Seine-et-Marne, est estimé entre 8 et 10 milliards d'euros.",
        [M("8 et 10 milliards d'euros", 8 * B, "EUR", amount_max=10 * B)],
    ),
    C(
        "Schneider Electric a réalisé un chiffre d'affaires de 38,2 milliards d'euros, porté par les centres de données.",
        [M("38,2 milliards d'euros", 38.2 * B, "EUR")],
    ),
    C(
        "Le prix d'un serveur équipé de huit H100 dépasse 300 000 dollars.",
        [M("300 000 dollars", 300 * K, "USD", q="more than")],
    ),
    C(
        f"Mistral AI a signé un contrat de près de 1{chr(0x202F)}400 millions d'euros avec l'armée française.",
        [M(f"1{chr(0x202F)}400 millions d'euros", 1.4 * B, "EUR", q="nearly")],
    ),
    C(
        "Nvidia a annoncé un investissement de 5 milliards de dollars dans Intel, au prix de 23,28 dollars par action.",
        [M("5 milliards de dollars", 5 * B, "USD"), M("23,28 dollars", 23.28, "USD")],
    ),
    C(
        "Ottawa investit 2 milliards de dollars canadiens dans une stratégie de calcul souveraine.",
        [M("2 milliards de dollars canadiens", 2 * B, "CAD")],
    ),
    C(
        "EDF a fixé un prix plancher d'environ 70 €/MWh pour ses contrats d'allocation de long terme.",
        [M("70 €", 70, "EUR", q="about")],
    ),
    C(
        "La Bourse de Paris valorise désormais STMicroelectronics à 22 Md€.",
        [M("22 Md€", 22 * B, "EUR")],
    ),
    C(
        "Le fonds MGX engage jusqu'à 50 milliards d'euros en France.",
        [M("50 milliards d'euros", 50 * B, "EUR", q="up to")],
    ),
    C("Le campus devrait consommer 1,4 GW et employer 3 000 personnes d'ici à 2028.", []),
    C("Des centaines de milliards d'euros seront nécessaires, prévient la Commission.", []),
]

ES = [
    C(
        "Iberdrola y Echelon invertirán 2.000 millones de euros en centros de datos en España hasta 2030.",
        [M("2.000 millones de euros", 2 * B, "EUR")],
    ),
    C(
        "Merlin Properties destinará unos 1.000 millones de euros a sus campus de Bilbao, Barcelona y Madrid.",
        [M("1.000 millones de euros", 1 * B, "EUR", q="about")],
    ),
    C(
        "Oracle invertirá más de 1.000 millones de dólares en Madrid en los próximos diez años.",
        [M("1.000 millones de dólares", 1 * B, "USD", q="more than")],
    ),
    C(
        "Nvidia alcanzó una capitalización de 4 billones de dólares, más que el PIB de Alemania.",
        [M("4 billones de dólares", 4 * T, "USD")],
    ),
    C(
        "Microsoft gastará entre 40.000 y 45.000 millones de dólares este trimestre, frente a 34.900 millones un año antes.",
        [
            M("40.000 y 45.000 millones de dólares", 40 * B, "USD", amount_max=45 * B),
            M("34.900 millones", 34.9 * B, "USD"),
        ],
    ),
    C(
        "El centro de datos de Meta en Talavera costará 750 millones de euros, aunque la inversión podría llegar a 1.000 millones.",
        [M("750 millones de euros", 750 * MN, "EUR"), M("1.000 millones", 1 * B, "EUR")],
    ),
    C(
        "En México, CloudHQ invertirá US$4.800 millones en Querétaro.",
        [M("US$4.800 millones", 4.8 * B, "USD")],
    ),
    C(
        "Cada acción de Broadcom cotiza a 344,50 dólares tras la subida del 9 %.",
        [M("344,50 dólares", 344.50, "USD")],
    ),
    C(
        "La española Multiverse Computing levantó 189 millones de euros para comprimir modelos de IA.",
        [M("189 millones de euros", 189 * MN, "EUR")],
    ),
    C(
        "Corea del Sur destinará 33 billones de wones a su industria de semiconductores.",
        [M("33 billones de wones", 33 * T, "KRW")],
    ),
    C("El consumo eléctrico de los centros de datos en Aragón podría alcanzar los 10 GW.", []),
    C("Las tecnológicas han anunciado inversiones de miles de millones en la península.", []),
]

CASES = {"en": EN, "it": IT, "de": DE, "fr": FR, "es": ES}
