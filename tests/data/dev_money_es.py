# ruff: noqa: E501  (case texts are sentences of news copy, kept on one line each)
"""Spanish money cases: EFE, Expansión, Cinco Días, El País and Latin American press style copy."""

from __future__ import annotations

from dev_labels import C, M

B = 1e9
T = 1e12
MN = 1e6

CASES = [
    C(
        "Sam Altman busca recaudar entre 5 y 7 billones de dólares para construir fábricas de chips, según The Wall Street Journal.",
        [M("5 y 7 billones de dólares", 5 * T, "USD", amount_max=7 * T)],
        ["range-between", "billones", "scale-distributes"],
    ),
    C(
        "Altman podría necesitar hasta 7 billones de dólares, una cifra superior al PIB de Japón y Alemania juntos.",
        [M("7 billones de dólares", 7 * T, "USD", q="up to")],
        ["billones"],
    ),
    C(
        "Nvidia superó los 3 billones de dólares de capitalización bursátil y adelantó a Apple.",
        [M("3 billones de dólares", 3 * T, "USD", q="more than")],
        ["billones"],
    ),
    C(
        "Las acciones de Nvidia perdieron casi 600.000 millones de dólares de valor en una sola sesión.",
        [M("600.000 millones de dólares", 600 * B, "USD", q="nearly")],
        ["thousands-dot", "millones"],
    ),
    C(
        "Microsoft invertirá unos 80.000 millones de dólares en centros de datos para inteligencia artificial este año fiscal.",
        [M("80.000 millones de dólares", 80 * B, "USD", q="about")],
        ["thousands-dot", "millones"],
    ),
    C(
        "Microsoft invertirá 1.950 millones de euros en Aragón en centros de datos y un campus en Villamayor de Gállego.",
        [M("1.950 millones de euros", 1.95 * B, "EUR")],
        ["thousands-dot", "millones"],
    ),
    C(
        "Amazon Web Services elevó a 15.700 millones de euros su inversión en Aragón hasta 2033.",
        [M("15.700 millones de euros", 15.7 * B, "EUR")],
        ["thousands-dot", "year-nearby"],
    ),
    C(
        "Blackstone proyecta un campus de centros de datos en Calatorao de 4.000 millones de euros.",
        [M("4.000 millones de euros", 4 * B, "EUR")],
        ["thousands-dot"],
    ),
    C(
        "El Gobierno destinará 12.250 millones de euros del PERTE Chip a la industria de semiconductores, de los que 9.450 millones serán préstamos.",
        [M("12.250 millones de euros", 12.25 * B, "EUR"), M("9.450 millones", 9.45 * B, "EUR")],
        ["thousands-dot", "subsidy", "currency-carried"],
    ),
    C(
        "El proyecto Stargate contempla inversiones de hasta 500.000 millones de dólares, de los que 100.000 millones se desembolsarán de inmediato.",
        [
            M("500.000 millones de dólares", 500 * B, "USD", q="up to"),
            M("100.000 millones", 100 * B, "USD"),
        ],
        ["thousands-dot", "currency-carried"],
    ),
    C(
        "Anthropic cerró una ronda de 13.000 millones de dólares con una valoración de 183.000 millones.",
        [M("13.000 millones de dólares", 13 * B, "USD"), M("183.000 millones", 183 * B, "USD")],
        ["thousands-dot", "currency-carried"],
    ),
    C(
        "Mistral AI ha captado 1.700 millones de euros en una ronda liderada por ASML, que aporta 1.300 millones.",
        [M("1.700 millones de euros", 1.7 * B, "EUR"), M("1.300 millones", 1.3 * B, "EUR")],
        ["thousands-dot", "currency-carried"],
    ),
    C(
        "SoftBank invertirá mil millones de dólares en el fabricante japonés de chips.",
        [M("mil millones de dólares", 1 * B, "USD")],
        ["mil-millones", "number-word"],
    ),
    C(
        "La startup levantó 2,5 mil millones de dólares en su última ronda.",
        [M("2,5 mil millones de dólares", 2.5 * B, "USD")],
        ["mil-millones", "decimal-comma"],
    ),
    C(
        "El fondo saudí anunció una inversión de 10 mil millones de dólares en inteligencia artificial.",
        [M("10 mil millones de dólares", 10 * B, "USD")],
        ["mil-millones"],
    ),
    C(
        "Los hiperescaladores podrían gastar medio billón de dólares al año en infraestructura de IA.",
        [M("medio billón de dólares", 0.5 * T, "USD")],
        ["half", "billones"],
    ),
    C(
        "SoftBank aportará dos mil millones de dólares al nuevo proyecto.",
        [M("dos mil millones de dólares", 2 * B, "USD")],
        ["number-word", "mil-millones"],
    ),
    C(
        "Intel recibirá hasta 7.860 millones de dólares en subvenciones federales, menos que los 8.500 millones anunciados en marzo.",
        [
            M("7.860 millones de dólares", 7.86 * B, "USD", q="up to"),
            M("8.500 millones", 8.5 * B, "USD"),
        ],
        ["thousands-dot", "subsidy", "currency-carried"],
    ),
    C(
        "Meta prevé unas inversiones de entre 64.000 y 72.000 millones de dólares en 2025.",
        [M("64.000 y 72.000 millones de dólares", 64 * B, "USD", amount_max=72 * B)],
        ["range-between", "thousands-dot", "scale-distributes", "year-nearby"],
    ),
    C(
        "Los Emiratos Árabes Unidos invertirán entre 30.000 y 50.000 millones de euros en un campus de IA en Francia.",
        [M("30.000 y 50.000 millones de euros", 30 * B, "EUR", amount_max=50 * B)],
        ["range-between", "thousands-dot", "scale-distributes"],
    ),
    C(
        "Los ingresos de Nvidia pasaron de 27.000 a 61.000 millones de dólares en un año.",
        [M("27.000", 27 * B, "USD"), M("61.000 millones de dólares", 61 * B, "USD")],
        ["change-not-range", "scale-distributes", "thousands-dot"],
    ),
    C(
        "Según Morgan Stanley, la inversión en centros de datos alcanzará 2,9 billones de dólares hasta 2028.",
        [M("2,9 billones de dólares", 2.9 * T, "USD")],
        ["billones", "decimal-comma", "year-nearby"],
    ),
    C(
        "Apple y Microsoft valen juntas más de 6 billones de dólares.",
        [M("6 billones de dólares", 6 * T, "USD", q="more than")],
        ["billones"],
    ),
    C(
        "Un acelerador H100 cuesta entre 25.000 y 40.000 dólares según el volumen.",
        [M("25.000 y 40.000 dólares", 25_000, "USD", amount_max=40_000)],
        ["range-between", "thousands-dot", "gpu-model-nearby"],
    ),
    C(
        "La RTX 5090 se vende en España por 2.369 euros, frente a los 1.999 dólares de Estados Unidos.",
        [M("2.369 euros", 2369, "EUR"), M("1.999 dólares", 1999, "USD")],
        ["thousands-dot", "price", "gpu-model-nearby"],
    ),
    C(
        "Alquilar una H100 en la nube cuesta ya unos 2 dólares por hora.",
        [M("2 dólares", 2, "USD", q="about")],
        ["price"],
    ),
    C(
        "La suscripción a ChatGPT Plus cuesta 20 dólares al mes; la de Gemini Advanced, 21,99 euros.",
        [M("20 dólares", 20, "USD"), M("21,99 euros", 21.99, "EUR")],
        ["price", "decimal-comma"],
    ),
    C(
        "Las acciones de Broadcom cerraron en 1.224,40 dólares antes del desdoblamiento.",
        [M("1.224,40 dólares", 1224.40, "USD")],
        ["thousands-dot", "decimal-comma", "price"],
    ),
    C(
        "La acción de Nvidia cerró a 135,40 $, con una subida del 3,2 %.",
        [M("135,40 $", 135.40, "USD")],
        ["decimal-comma", "symbol-after", "price", "percent-nearby"],
    ),
    C(
        "Iberdrola ofrecerá a los centros de datos electricidad a unos 60 euros por megavatio hora.",
        [M("60 euros", 60, "EUR", q="about")],
        ["price", "power"],
    ),
    C(
        "El Gobierno ofrece una ayuda de 15.000 € por empleo creado en la nueva planta.",
        [M("15.000 €", 15_000, "EUR")],
        ["thousands-dot", "symbol-after"],
    ),
    C(
        "Japón concedió a Rapidus otros 802.500 millones de yenes.",
        [M("802.500 millones de yenes", 802.5 * B, "JPY")],
        ["thousands-dot", "currency-word-after"],
    ),
    C(
        "SK Hynix invertirá 20 billones de wones en una nueva fábrica de memorias HBM.",
        [M("20 billones de wones", 20 * T, "KRW")],
        ["billones"],
    ),
    C(
        "El tercer fondo chino de semiconductores cuenta con 344.000 millones de yuanes (47.500 millones de dólares).",
        [
            M("344.000 millones de yuanes", 344 * B, "CNY"),
            M("47.500 millones de dólares", 47.5 * B, "USD"),
        ],
        ["thousands-dot", "conversion-in-parentheses"],
    ),
    C(
        "El campus de Green cerca de Zúrich costará 1.200 millones de francos suizos.",
        [M("1.200 millones de francos suizos", 1.2 * B, "CHF")],
        ["thousands-dot"],
    ),
    C(
        "El Reino Unido invertirá 2.000 millones de libras en capacidad de cómputo.",
        [M("2.000 millones de libras", 2 * B, "GBP")],
        ["thousands-dot"],
    ),
    C(
        "Reliance gastará hasta 1,5 billones de rupias en un centro de datos en Jamnagar.",
        [M("1,5 billones de rupias", 1.5 * T, "INR", q="up to")],
        ["billones", "decimal-comma"],
    ),
    C(
        "Blackstone compró AirTrunk por 24.000 millones de dólares australianos.",
        [M("24.000 millones de dólares australianos", 24 * B, "AUD")],
        ["marked-dollar", "thousands-dot"],
    ),
    C(
        "Cohere alcanzó una valoración de 6.800 millones de dólares canadienses.",
        [M("6.800 millones de dólares canadienses", 6.8 * B, "CAD")],
        ["marked-dollar", "thousands-dot"],
    ),
    C(
        "Foxconn facturó 6,86 billones de dólares taiwaneses el año pasado.",
        [M("6,86 billones de dólares taiwaneses", 6.86 * T, "TWD")],
        ["marked-dollar", "billones", "decimal-comma"],
    ),
    C(
        "Microsoft invertirá A$5.000 millones en Australia, su mayor apuesta en el país.",
        [M("A$5.000 millones", 5 * B, "AUD")],
        ["marked-dollar", "thousands-dot"],
    ),
    C(
        "La operación se cerró en US$ 4.900 millones, incluido un pago variable de hasta US$ 400 millones.",
        [
            M("US$ 4.900 millones", 4.9 * B, "USD"),
            M("US$ 400 millones", 400 * MN, "USD", q="up to"),
        ],
        ["us-dollar-marked", "latam"],
    ),
    C(
        "El Gobierno de Chile aprobó un centro de datos de Google por US$ 200 millones en Cerrillos.",
        [M("US$ 200 millones", 200 * MN, "USD")],
        ["us-dollar-marked", "latam"],
    ),
    C(
        "La empresa invertirá USD 1.000 millones en México en los próximos tres años.",
        [M("USD 1.000 millones", 1 * B, "USD")],
        ["code-before", "thousands-dot", "latam"],
    ),
    C(
        "El valor del contrato asciende a 4.500 millones de USD, según el fondo saudí.",
        [M("4.500 millones de USD", 4.5 * B, "USD")],
        ["code-after", "thousands-dot"],
    ),
    C(
        "La Comisión Europea quiere movilizar 200.000 millones de euros con InvestAI, incluidos 20.000 millones para gigafactorías.",
        [M("200.000 millones de euros", 200 * B, "EUR"), M("20.000 millones", 20 * B, "EUR")],
        ["thousands-dot", "currency-carried"],
    ),
    C(
        "La Ley Europea de Chips pretende movilizar más de 43.000 millones de euros.",
        [M("43.000 millones de euros", 43 * B, "EUR", q="more than")],
        ["thousands-dot"],
    ),
    C(
        "ASML registró pedidos por valor de 7.100 millones de euros en el cuarto trimestre, casi el doble de lo previsto.",
        [M("7.100 millones de euros", 7.1 * B, "EUR")],
        ["thousands-dot", "quarter-nearby", "qualifier-not-on-figure"],
    ),
    C(
        "Amazon calcula que su inversión rondará los 100.000 millones de dólares este año.",
        [M("100.000 millones de dólares", 100 * B, "USD", q="about")],
        ["thousands-dot"],
    ),
    C(
        "Telefónica Tech destinará al menos 500 millones de euros a centros de datos soberanos.",
        [M("500 millones de euros", 500 * MN, "EUR", q="at least")],
        ["millones"],
    ),
    C(
        "Anthropic pagará 1.500 millones de dólares a los autores, unos 3.000 dólares por libro.",
        [
            M("1.500 millones de dólares", 1.5 * B, "USD"),
            M("3.000 dólares", 3000, "USD", q="about"),
        ],
        ["thousands-dot"],
    ),
    C(
        "Las cuatro grandes tecnológicas gastaron más de 79.000 millones de dólares en el trimestre: Amazon, 26.300 millones; Microsoft, 22.600 millones, y Alphabet, 17.200 millones.",
        [
            M("79.000 millones de dólares", 79 * B, "USD", q="more than"),
            M("26.300 millones", 26.3 * B, "USD"),
            M("22.600 millones", 22.6 * B, "USD"),
            M("17.200 millones", 17.2 * B, "USD"),
        ],
        ["capex", "currency-carried", "thousands-dot"],
    ),
    C(
        "Altman pide 7 billones para fabricar chips",
        [M("7 billones", 7 * T, "USD")],
        ["headline", "no-currency-word", "billones"],
        ctx="USD",
    ),
    C(
        "Intel iba a recibir 9.900 millones en ayudas públicas para Magdeburgo.",
        [M("9.900 millones", 9.9 * B, "EUR")],
        ["no-currency-word", "thousands-dot"],
        ctx="EUR",
    ),
    C(
        "xAI busca hasta 12.000 millones de dólares en deuda para comprar chips de Nvidia.",
        [M("12.000 millones de dólares", 12 * B, "USD", q="up to")],
        ["thousands-dot"],
    ),
    C(
        "El fondo MGX prometió más de 25.000 millones de dólares y BlackRock habla de un vehículo de 100.000 millones de dólares.",
        [
            M("25.000 millones de dólares", 25 * B, "USD", q="more than"),
            M("100.000 millones de dólares", 100 * B, "USD"),
        ],
        ["thousands-dot"],
    ),
    C(
        "El coste del proyecto se sitúa en torno a 3.000 millones de euros, aunque podría alcanzar los 3.500 millones.",
        [
            M("3.000 millones de euros", 3 * B, "EUR", q="about"),
            M("3.500 millones", 3.5 * B, "EUR"),
        ],
        ["thousands-dot", "currency-carried"],
    ),
    C(
        "La compañía ingresó cerca de 2.000 millones de dólares en diciembre.",
        [M("2.000 millones de dólares", 2 * B, "USD", q="nearly")],
        ["thousands-dot"],
    ),
    C(
        "Nvidia ingresó 39.300 millones de dólares en el trimestre, un 78 % más, con 35.600 millones procedentes de centros de datos.",
        [M("39.300 millones de dólares", 39.3 * B, "USD"), M("35.600 millones", 35.6 * B, "USD")],
        ["thousands-dot", "currency-carried", "percent-nearby"],
    ),
    C(
        "Solaria venderá a Meta energía por valor de 1.000 millones de euros y la empresa cotiza a 9,85 euros por acción.",
        [M("1.000 millones de euros", 1 * B, "EUR"), M("9,85 euros", 9.85, "EUR")],
        ["thousands-dot", "price", "decimal-comma"],
    ),
    C(
        "La multa de 150 millones de euros fue confirmada por la CNMC.",
        [M("150 millones de euros", 150 * MN, "EUR")],
        ["millones"],
    ),
    # --- casos negativos y trampas ---
    C(
        "Nvidia controla alrededor del 80 % del mercado y creció un 13,1 % en 2024.",
        [],
        ["percent", "year"],
    ),
    C(
        "Las grandes tecnológicas invierten miles de millones de dólares en nuevos centros de datos.",
        [],
        ["no-number"],
    ),
    C("Están en juego miles de millones de euros de fondos europeos.", [], ["no-number"]),
    C(
        "El superordenador Colossus tiene 200.000 GPU y consume 300 MW.",
        [],
        ["count", "power", "thousands-dot"],
    ),
    C(
        "El chip B200 integra 208.000 millones de transistores.",
        [],
        ["scale-word-not-money", "gpu-model"],
    ),
    C(
        "El modelo Llama 3.1 405B se entrenó con 16.000 GPU H100.",
        [],
        ["scale-abbrev-not-money", "count"],
    ),
    C(
        "Los resultados del tercer trimestre del ejercicio fiscal 2025 se publicarán el 20 de noviembre.",
        [],
        ["quarter", "date"],
    ),
    C("Para más información, llame al 91 123 45 67 antes del 15/03/2025.", [], ["phone", "date"]),
    C(
        "SoftBank posee alrededor del 90 % de Arm, unos 930 millones de acciones.",
        [],
        ["share-count", "percent"],
    ),
    C(
        "El campus de Talavera tendrá 1,2 GW de potencia y ocupará 300 hectáreas.",
        [],
        ["power", "units"],
    ),
    C("OpenAI lanzó GPT-4.5 y la versión 2.1 de su API.", [], ["version"]),
    C(
        "La producción en 2 nanómetros comenzará en el segundo semestre de 2025.",
        [],
        ["units", "year"],
    ),
    C("El Ibex 35 cerró en 11.595,00 puntos, con Indra a la cabeza.", [], ["index-level"]),
    C(
        "El modelo de lenguaje Salamandra tiene 7.000 millones de parámetros.",
        [],
        ["scale-word-not-money"],
    ),
    C("Nvidia (Nasdaq: NVDA) emplea a 29.600 personas en 36 países.", [], ["ticker", "count"]),
    C(
        "La RTX 4090 y la H100 están sujetas a controles de exportación desde 2023.",
        [],
        ["gpu-model", "year"],
    ),
    C(
        "La planta producirá 50.000 obleas de 300 mm al mes a partir de 2027.",
        [],
        ["count", "units", "year"],
    ),
    C(
        "El centro de datos de 300 MW costará 3.000 millones de euros y creará 1.500 empleos.",
        [M("3.000 millones de euros", 3 * B, "EUR")],
        ["partial", "power", "count"],
    ),
]
