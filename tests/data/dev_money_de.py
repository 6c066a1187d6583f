# ruff: noqa: E501  (case texts are sentences of news copy, kept on one line each)
"""German money cases: dpa, Handelsblatt, heise and golem style copy."""

from __future__ import annotations

from dev_labels import C, M

B = 1e9
T = 1e12
MN = 1e6

CASES = [
    C(
        "Nvidia ist an der Börse erstmals mehr als 3 Billionen Dollar wert und hat damit Apple überholt.",
        [M("3 Billionen Dollar", 3 * T, "USD", q="more than")],
        ["billionen", "currency-word-after"],
    ),
    C(
        "OpenAI-Chef Sam Altman will laut Wall Street Journal 5 bis 7 Billionen Dollar für eine neue Chipindustrie einsammeln.",
        [M("5 bis 7 Billionen Dollar", 5 * T, "USD", amount_max=7 * T)],
        ["billionen", "range-bis", "scale-distributes"],
    ),
    C(
        "Intel hatte für die Fabrik in Magdeburg Subventionen von 9,9 Milliarden Euro zugesagt bekommen; die Investition sollte bei rund 30 Milliarden Euro liegen.",
        [
            M("9,9 Milliarden Euro", 9.9 * B, "EUR"),
            M("30 Milliarden Euro", 30 * B, "EUR", q="about"),
        ],
        ["decimal-comma", "subsidy"],
    ),
    C(
        "TSMC baut in Dresden gemeinsam mit Bosch, Infineon und NXP ein Werk für rund 10 Mrd. Euro, der Bund gibt bis zu 5 Mrd. Euro dazu.",
        [M("10 Mrd. Euro", 10 * B, "EUR", q="about"), M("5 Mrd. Euro", 5 * B, "EUR", q="up to")],
        ["scale-abbrev", "subsidy"],
    ),
    C(
        "Die Übernahme von Altera durch Silver Lake bewertet die Intel-Sparte mit 8,75 Mrd. US-Dollar.",
        [M("8,75 Mrd. US-Dollar", 8.75 * B, "USD")],
        ["scale-abbrev", "us-dollar-marked", "decimal-comma"],
    ),
    C(
        "Microsoft will im laufenden Geschäftsjahr rund 80 Milliarden US-Dollar in KI-Rechenzentren stecken.",
        [M("80 Milliarden US-Dollar", 80 * B, "USD", q="about")],
        ["us-dollar-marked"],
    ),
    C(
        "Das Start-up Aleph Alpha sammelte in seiner Finanzierungsrunde mehr als 500 Mio. US-Dollar ein.",
        [M("500 Mio. US-Dollar", 500 * MN, "USD", q="more than")],
        ["scale-abbrev", "us-dollar-marked"],
    ),
    C(
        "Der Umsatz im Rechenzentrumsgeschäft stieg auf 35,6 Mrd. Dollar, der Gesamtumsatz auf 39,3 Mrd. Dollar.",
        [M("35,6 Mrd. Dollar", 35.6 * B, "USD"), M("39,3 Mrd. Dollar", 39.3 * B, "USD")],
        ["scale-abbrev", "decimal-comma"],
    ),
    C(
        "Die Bundesregierung stellt für die Mikroelektronik bis 2027 insgesamt knapp 20 Milliarden Euro bereit.",
        [M("20 Milliarden Euro", 20 * B, "EUR", q="nearly")],
        ["year-nearby"],
    ),
    C(
        "Der Börsenwert von Nvidia brach an einem Tag um fast 600 Milliarden Dollar ein.",
        [M("600 Milliarden Dollar", 600 * B, "USD", q="nearly")],
        [],
    ),
    C(
        "Die Hyperscaler könnten bald eine halbe Billion Dollar pro Jahr in KI-Infrastruktur investieren.",
        [M("eine halbe Billion Dollar", 0.5 * T, "USD")],
        ["half", "billionen"],
    ),
    C(
        "SoftBank will zwei Milliarden Dollar in den japanischen Chiphersteller investieren.",
        [M("zwei Milliarden Dollar", 2 * B, "USD")],
        ["number-word"],
    ),
    C(
        "Infineon investiert eine Milliarde Euro zusätzlich in sein Werk in Dresden.",
        [M("eine Milliarde Euro", 1 * B, "EUR")],
        ["number-word"],
    ),
    C(
        "Das Projekt Stargate soll in den nächsten vier Jahren bis zu 500 Mrd. US-Dollar kosten; 100 Mrd. fließen sofort.",
        [M("500 Mrd. US-Dollar", 500 * B, "USD", q="up to"), M("100 Mrd.", 100 * B, "USD")],
        ["scale-abbrev", "currency-carried"],
    ),
    C(
        "Die EU-Kommission will mit InvestAI 200 Mrd. € mobilisieren, davon 20 Mrd. € für KI-Gigafabriken.",
        [M("200 Mrd. €", 200 * B, "EUR"), M("20 Mrd. €", 20 * B, "EUR")],
        ["scale-abbrev", "euro-symbol-after"],
    ),
    C(
        "ASML meldete für das vierte Quartal Auftragseingänge von 7,1 Mrd. €, fast doppelt so viel wie erwartet.",
        [M("7,1 Mrd. €", 7.1 * B, "EUR")],
        ["scale-abbrev", "euro-symbol-after", "quarter-nearby"],
    ),
    C(
        "Der Bund fördert die Ansiedlung von ESMC mit rund 5 Mrd. EUR.",
        [M("5 Mrd. EUR", 5 * B, "EUR", q="about")],
        ["code-after", "scale-abbrev"],
    ),
    C(
        "Die Deutsche Telekom und Nvidia bauen in München eine KI-Fabrik für 1 Mrd. EUR mit 10.000 GPUs.",
        [M("1 Mrd. EUR", 1 * B, "EUR")],
        ["code-after", "count-nearby"],
    ),
    C(
        "Für eine einzelne H100 verlangen Händler zwischen 25.000 und 40.000 US-Dollar.",
        [M("25.000 und 40.000 US-Dollar", 25_000, "USD", amount_max=40_000)],
        ["range-between", "thousands-dot", "gpu-model-nearby"],
    ),
    C(
        "Die RTX 5090 kostet in Deutschland 2.329 Euro, die RTX 5080 1.169 Euro.",
        [M("2.329 Euro", 2329, "EUR"), M("1.169 Euro", 1169, "EUR")],
        ["thousands-dot", "price", "gpu-model-nearby"],
    ),
    C(
        "Eine Stunde auf einer H100 in der Cloud kostet inzwischen etwa 2 Dollar, Anfang 2024 waren es noch 8 Dollar.",
        [M("2 Dollar", 2, "USD", q="about"), M("8 Dollar", 8, "USD")],
        ["price"],
    ),
    C(
        "Die Broadcom-Aktie schloss vor dem Split bei 1.224,40 US-Dollar.",
        [M("1.224,40 US-Dollar", 1224.40, "USD")],
        ["thousands-dot", "decimal-comma", "price"],
    ),
    C(
        "Die Nvidia-Aktie notierte zuletzt bei 135,40 $, ein Plus von 3,2 %.",
        [M("135,40 $", 135.40, "USD")],
        ["decimal-comma", "symbol-after", "price", "percent-nearby"],
    ),
    C(
        "Ein Abo von ChatGPT Plus kostet 20 Dollar im Monat, Gemini Advanced 21,99 Euro.",
        [M("20 Dollar", 20, "USD"), M("21,99 Euro", 21.99, "EUR")],
        ["price", "decimal-comma"],
    ),
    C(
        "Die Strompreise für Rechenzentren liegen in Frankfurt bei 0,18 Euro je Kilowattstunde.",
        [M("0,18 Euro", 0.18, "EUR")],
        ["price", "decimal-comma", "power"],
    ),
    C(
        "Japan stellt Rapidus weitere 802,5 Milliarden Yen bereit; insgesamt fließen damit rund 1,72 Billionen Yen.",
        [
            M("802,5 Milliarden Yen", 802.5 * B, "JPY"),
            M("1,72 Billionen Yen", 1.72 * T, "JPY", q="about"),
        ],
        ["decimal-comma", "billionen", "currency-word-after"],
    ),
    C(
        "SK Hynix investiert 20 Billionen Won in ein neues HBM-Werk in Cheongju.",
        [M("20 Billionen Won", 20 * T, "KRW")],
        ["billionen", "currency-word-after"],
    ),
    C(
        "Chinas dritter Chipfonds verfügt über 344 Milliarden Yuan, umgerechnet rund 44 Milliarden Euro.",
        [
            M("344 Milliarden Yuan", 344 * B, "CNY"),
            M("44 Milliarden Euro", 44 * B, "EUR", q="about"),
        ],
        ["currency-word-after"],
    ),
    C(
        "Das Rechenzentrum von Green bei Zürich kostet rund 1,2 Milliarden Franken.",
        [M("1,2 Milliarden Franken", 1.2 * B, "CHF", q="about")],
        ["currency-word-after", "decimal-comma"],
    ),
    C(
        "Die Schweizer Regierung bewilligte für den Supercomputer Alps 100 Mio. CHF.",
        [M("100 Mio. CHF", 100 * MN, "CHF")],
        ["code-after", "scale-abbrev"],
    ),
    C(
        "Großbritannien investiert 2 Milliarden Pfund in Rechenkapazität.",
        [M("2 Milliarden Pfund", 2 * B, "GBP")],
        ["currency-word-after"],
    ),
    C(
        "Reliance will bis zu 1,5 Billionen Rupien in ein KI-Rechenzentrum in Jamnagar stecken.",
        [M("1,5 Billionen Rupien", 1.5 * T, "INR", q="up to")],
        ["billionen", "decimal-comma"],
    ),
    C(
        "AirTrunk ging für 24 Mrd. australische Dollar an Blackstone.",
        [M("24 Mrd. australische Dollar", 24 * B, "AUD")],
        ["marked-dollar", "scale-abbrev"],
    ),
    C(
        "Microsoft investiert in Kanada 500 Mio. kanadische Dollar und in Australien 5 Mrd. A$.",
        [M("500 Mio. kanadische Dollar", 500 * MN, "CAD"), M("5 Mrd. A$", 5 * B, "AUD")],
        ["marked-dollar", "scale-abbrev"],
    ),
    C(
        "Foxconn setzte im vergangenen Jahr 6,86 Billionen Taiwan-Dollar um.",
        [M("6,86 Billionen Taiwan-Dollar", 6.86 * T, "TWD")],
        ["marked-dollar", "billionen"],
    ),
    C(
        "Anthropic wird mit 183 Milliarden Dollar bewertet, nachdem es 13 Milliarden Dollar eingesammelt hat.",
        [M("183 Milliarden Dollar", 183 * B, "USD"), M("13 Milliarden Dollar", 13 * B, "USD")],
        [],
    ),
    C(
        "Der Chipkonzern meldete einen Quartalsverlust von 16,6 Mrd. Dollar, den höchsten seiner Geschichte.",
        [M("16,6 Mrd. Dollar", 16.6 * B, "USD")],
        ["scale-abbrev", "decimal-comma"],
    ),
    C(
        "Meta rechnet für 2025 mit Investitionen von 64 bis 72 Milliarden Dollar.",
        [M("64 bis 72 Milliarden Dollar", 64 * B, "USD", amount_max=72 * B)],
        ["range-bis", "scale-distributes", "year-nearby"],
    ),
    C(
        "Die Vereinigten Arabischen Emirate wollen zwischen 30 und 50 Milliarden Euro in einen KI-Campus in Frankreich investieren.",
        [M("30 und 50 Milliarden Euro", 30 * B, "EUR", amount_max=50 * B)],
        ["range-between", "scale-distributes"],
    ),
    C(
        "Die Kosten des Projekts werden auf 3 bis 3,5 Mrd. € geschätzt.",
        [M("3 bis 3,5 Mrd. €", 3 * B, "EUR", amount_max=3.5 * B)],
        ["range-bis", "scale-abbrev", "decimal-comma"],
    ),
    C(
        "Mistral AI hat 1,7 Milliarden Euro eingesammelt; ASML steuert 1,3 Milliarden bei und wird größter Anteilseigner.",
        [M("1,7 Milliarden Euro", 1.7 * B, "EUR"), M("1,3 Milliarden", 1.3 * B, "EUR")],
        ["decimal-comma", "currency-carried"],
    ),
    C(
        "Der Umsatz von Nvidia stieg im Geschäftsjahr von 27 auf 61 Milliarden Dollar.",
        [M("27", 27 * B, "USD"), M("61 Milliarden Dollar", 61 * B, "USD")],
        ["change-not-range", "scale-distributes"],
    ),
    C(
        "Google investiert bis 2029 weitere 5,5 Milliarden Euro in Deutschland, unter anderem in ein Rechenzentrum in Dietzenbach.",
        [M("5,5 Milliarden Euro", 5.5 * B, "EUR")],
        ["decimal-comma", "year-nearby"],
    ),
    C(
        "Microsoft kündigte Investitionen von 3,2 Mrd. Euro in Nordrhein-Westfalen und Hessen an.",
        [M("3,2 Mrd. Euro", 3.2 * B, "EUR")],
        ["scale-abbrev", "decimal-comma"],
    ),
    C(
        "Amazon Web Services steckt 7,8 Milliarden Euro in die European Sovereign Cloud in Brandenburg.",
        [M("7,8 Milliarden Euro", 7.8 * B, "EUR")],
        ["decimal-comma"],
    ),
    C(
        "Oracle will in Deutschland und den Niederlanden zusammen 3 Mrd. US$ investieren.",
        [M("3 Mrd. US$", 3 * B, "USD")],
        ["scale-abbrev", "us-dollar-marked", "symbol-after"],
    ),
    C(
        "Der KI-Chip-Entwickler Cerebras strebt beim Börsengang einen Erlös von bis zu 1 Mrd. USD an.",
        [M("1 Mrd. USD", 1 * B, "USD", q="up to")],
        ["code-after", "scale-abbrev"],
    ),
    C(
        "Nach Berechnungen von Morgan Stanley fließen bis 2028 rund 2,9 Bio. Dollar in Rechenzentren.",
        [M("2,9 Bio. Dollar", 2.9 * T, "USD", q="about")],
        ["scale-abbrev", "billionen", "year-nearby"],
    ),
    C(
        "Die Marktkapitalisierung von Microsoft und Apple zusammen übersteigt 6 Bio. US-Dollar.",
        [M("6 Bio. US-Dollar", 6 * T, "USD", q="more than")],
        ["scale-abbrev", "billionen"],
    ),
    C(
        "Intel erhält bis zu 7,86 Mrd. Dollar aus dem Chips Act – weniger als die zunächst angekündigten 8,5 Mrd. Dollar.",
        [M("7,86 Mrd. Dollar", 7.86 * B, "USD", q="up to"), M("8,5 Mrd. Dollar", 8.5 * B, "USD")],
        ["scale-abbrev", "subsidy"],
    ),
    C(
        "Das Münchner Start-up erhielt 2,5 Mio. Euro Seed-Kapital und will bis Jahresende weitere 10 Mio. einsammeln.",
        [M("2,5 Mio. Euro", 2.5 * MN, "EUR"), M("10 Mio.", 10 * MN, "EUR")],
        ["scale-abbrev", "currency-carried"],
    ),
    C(
        "Für die KI-Gigafabrik sind Investitionen von 3 Milliarden bis 5 Milliarden Euro im Gespräch.",
        [M("3 Milliarden bis 5 Milliarden Euro", 3 * B, "EUR", amount_max=5 * B)],
        ["range-bis"],
    ),
    C(
        "Altman will Billionen einsammeln – bis zu 7 Billionen, schreibt das Wall Street Journal.",
        [M("7 Billionen", 7 * T, "USD", q="up to")],
        ["billionen", "no-currency-word", "headline"],
        ctx="USD",
    ),
    C(
        "Magdeburg sollte 9,9 Milliarden an Förderung erhalten.",
        [M("9,9 Milliarden", 9.9 * B, "EUR")],
        ["no-currency-word", "decimal-comma"],
        ctx="EUR",
    ),
    C(
        "Anthropic zahlt 1,5 Milliarden Dollar an Autoren, etwa 3.000 Dollar pro Buch.",
        [M("1,5 Milliarden Dollar", 1.5 * B, "USD"), M("3.000 Dollar", 3000, "USD", q="about")],
        ["thousands-dot"],
    ),
    C(
        "Eine Förderung von 15.000 € pro Arbeitsplatz stellt das Land Sachsen in Aussicht.",
        [M("15.000 €", 15_000, "EUR")],
        ["thousands-dot", "euro-symbol-after"],
    ),
    C(
        "Die Kosten liegen bei 7\u202f000 Euro pro Serverschrank und Monat.",
        [M("7\u202f000 Euro", 7000, "EUR")],
        ["thousands-space", "price"],
    ),
    C(
        "Der Wert des Konzerns stieg damit auf über 1 Billion Euro.",
        [M("1 Billion Euro", 1 * T, "EUR", q="more than")],
        ["billionen"],
    ),
    C(
        "Die vier großen US-Cloudanbieter gaben im Quartal zusammen mehr als 79 Milliarden Dollar aus, davon Amazon 26,3 Milliarden und Microsoft 22,6 Milliarden.",
        [
            M("79 Milliarden Dollar", 79 * B, "USD", q="more than"),
            M("26,3 Milliarden", 26.3 * B, "USD"),
            M("22,6 Milliarden", 22.6 * B, "USD"),
        ],
        ["capex", "currency-carried", "decimal-comma"],
    ),
    C(
        "GlobalFoundries investiert 1,1 Mrd. Euro in Dresden; die Sächsische Aufbaubank beteiligt sich mit 200 Mio. €.",
        [M("1,1 Mrd. Euro", 1.1 * B, "EUR"), M("200 Mio. €", 200 * MN, "EUR")],
        ["scale-abbrev", "euro-symbol-after"],
    ),
    C(
        "xAI will bis zu 12 Mrd. $ Fremdkapital aufnehmen.",
        [M("12 Mrd. $", 12 * B, "USD", q="up to")],
        ["scale-abbrev", "symbol-after"],
    ),
    C(
        "Blackstone plant in Deutschland ein Rechenzentrum für mindestens 8 Milliarden Euro.",
        [M("8 Milliarden Euro", 8 * B, "EUR", q="at least")],
        [],
    ),
    # --- Negativfälle und knifflige Fälle ---
    C("Nvidia hält einen Marktanteil von rund 80 % und wuchs zuletzt um 13,1 %.", [], ["percent"]),
    C(
        "Die Hyperscaler investieren Milliarden Dollar in neue Rechenzentren in Hessen.",
        [],
        ["no-number"],
    ),
    C(
        "Es geht um Milliarden Euro an Fördergeldern, die nun zurück in den Klima- und Transformationsfonds fließen.",
        [],
        ["no-number"],
    ),
    C(
        "Der Colossus-Cluster in Memphis umfasst 200.000 GPUs und braucht 300 MW.",
        [],
        ["count", "power"],
    ),
    C(
        "Der B200 besteht aus 208 Milliarden Transistoren.",
        [],
        ["scale-word-not-money", "gpu-model"],
    ),
    C(
        "Im dritten Quartal des Geschäftsjahres 2025 wuchs der Umsatz um 94 Prozent.",
        [],
        ["quarter", "percent", "year"],
    ),
    C("Die H200 bietet 141 GB HBM3e-Speicher, die RTX 4090 nur 24 GB.", [], ["gpu-model", "units"]),
    C(
        "Telefonisch ist die Pressestelle unter +49 351 886 0 erreichbar, am 14.03.2025 ab 9 Uhr.",
        [],
        ["phone", "date"],
    ),
    C("Intel (NASDAQ: INTC) legt am 30. Januar Zahlen vor.", [], ["ticker", "date"]),
    C("Die Version 2.4.1 von PyTorch unterstützt die neuen Blackwell-Chips.", [], ["version"]),
    C(
        "SoftBank hält rund 90 Prozent an Arm, also etwa 930 Millionen Aktien.",
        [],
        ["share-count", "percent"],
    ),
    C(
        "Das Rechenzentrum soll 1,2 GW Leistung haben und 4.500 Arbeitsplätze schaffen.",
        [],
        ["power", "count"],
    ),
    C(
        "Das Sprachmodell von Aleph Alpha hat 70 Milliarden Parameter.",
        [],
        ["scale-word-not-money"],
    ),
    C("Der DAX schloss bei 19.254,97 Punkten.", [], ["index-level"]),
    C(
        "In Magdeburg sollten ab 2027 Chips im 1,5-Nanometer-Verfahren gefertigt werden.",
        [],
        ["year", "units"],
    ),
    C("Die Produktion von 50.000 Wafern pro Monat ist für 2027 geplant.", [], ["count", "year"]),
    C(
        "Das Llama-3.1-405B-Modell wurde auf 16.384 H100-GPUs trainiert.",
        [],
        ["scale-abbrev-not-money", "count"],
    ),
    C(
        "Die Förderung von 5 Mrd. Euro für ESMC ist genehmigt, das Werk soll 2027 mit 2.000 Beschäftigten starten.",
        [M("5 Mrd. Euro", 5 * B, "EUR")],
        ["partial", "count"],
    ),
]
