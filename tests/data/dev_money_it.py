# ruff: noqa: E501  (case texts are sentences of news copy, kept on one line each)
"""Italian money cases: agency and tech-press copy (ANSA, Il Sole 24 Ore, DDay, DailyAI style)."""

from __future__ import annotations

from dev_labels import C, M

B = 1e9
T = 1e12
MN = 1e6

CASES = [
    C(
        "L'amministratore delegato di OpenAI starebbe coordinando uno sforzo di finanziamento con l'obiettivo di ottenere tra $5 trilioni e $7 trilioni.",
        [M("$5 trilioni e $7 trilioni", 5 * T, "USD", amount_max=7 * T)],
        ["range-between", "trilioni"],
    ),
    C(
        "Nvidia vanta una capitalizzazione di mercato vicina a $1,72 trilioni e detiene una quota dell'80% del mercato.",
        [M("$1,72 trilioni", 1.72 * T, "USD", q="about")],
        ["decimal-comma", "trilioni", "percent-nearby"],
    ),
    C(
        "Secondo le previsioni, le vendite globali di chip raggiungeranno $595,3 miliardi nel 2024, con un aumento del 13,1%.",
        [M("$595,3 miliardi", 595.3 * B, "USD")],
        ["decimal-comma", "year-nearby", "percent-nearby"],
    ),
    C(
        "Microsoft investirà 4,3 miliardi di euro in Italia per potenziare l'infrastruttura cloud e di intelligenza artificiale.",
        [M("4,3 miliardi di euro", 4.3 * B, "EUR")],
        ["decimal-comma", "currency-word-after"],
    ),
    C(
        "Il governo ha stanziato 1 miliardo di euro per l'intelligenza artificiale attraverso CDP Venture Capital.",
        [M("1 miliardo di euro", 1 * B, "EUR")],
        ["currency-word-after"],
    ),
    C(
        "Amazon Web Services prevede di investire 1,2 miliardi di euro in Italia entro il 2029.",
        [M("1,2 miliardi di euro", 1.2 * B, "EUR")],
        ["decimal-comma", "year-nearby"],
    ),
    C(
        "Silicon Box costruirà a Novara un impianto di packaging avanzato da 3,2 miliardi di euro, con un contributo pubblico fino a 1,3 miliardi.",
        [M("3,2 miliardi di euro", 3.2 * B, "EUR"), M("1,3 miliardi", 1.3 * B, "EUR", q="up to")],
        ["decimal-comma", "subsidy", "currency-carried"],
    ),
    C(
        "La capitalizzazione di Nvidia ha superato i 3.000 miliardi di dollari, più del PIL della Francia.",
        [M("3.000 miliardi di dollari", 3 * T, "USD", q="more than")],
        ["thousands-dot", "currency-word-after"],
    ),
    C(
        "Sam Altman, CEO di OpenAI, chiede mille miliardi per il progetto di chip",
        [M("mille miliardi", 1 * T, "USD")],
        ["headline", "mille-miliardi", "number-word"],
        ctx="USD",
    ),
    C(
        "Secondo il Wall Street Journal il piano di Altman potrebbe richiedere fino a 7.000 miliardi di dollari.",
        [M("7.000 miliardi di dollari", 7 * T, "USD", q="up to")],
        ["thousands-dot"],
    ),
    C(
        "Il progetto Stargate prevede investimenti per 500 miliardi di dollari in quattro anni, di cui 100 miliardi subito.",
        [M("500 miliardi di dollari", 500 * B, "USD"), M("100 miliardi", 100 * B, "USD")],
        ["currency-carried"],
    ),
    C(
        "Il fatturato di OpenAI ha raggiunto $2 miliardi a dicembre, secondo il Financial Times.",
        [M("$2 miliardi", 2 * B, "USD")],
        ["symbol-before"],
    ),
    C(
        "Meta spenderà tra i 60 e i 65 miliardi di dollari in conto capitale nel 2025.",
        [M("60 e i 65 miliardi di dollari", 60 * B, "USD", amount_max=65 * B)],
        ["range-between", "scale-distributes", "year-nearby"],
    ),
    C(
        "Per il 2025 Microsoft ha messo a bilancio circa 80 miliardi di dollari di investimenti in data center.",
        [M("80 miliardi di dollari", 80 * B, "USD", q="about")],
        ["year-nearby"],
    ),
    C(
        "Gli Emirati Arabi Uniti investiranno tra 30 e 50 miliardi di euro in un campus per l'IA da 1 GW in Francia.",
        [M("30 e 50 miliardi di euro", 30 * B, "EUR", amount_max=50 * B)],
        ["range-between", "scale-distributes", "power"],
    ),
    C(
        "Il ministro Urso ha parlato di un pacchetto da 10 mld di euro per la microelettronica.",
        [M("10 mld di euro", 10 * B, "EUR")],
        ["scale-abbrev"],
    ),
    C(
        "La startup torinese ha chiuso un round da 15 mln di euro guidato da United Ventures.",
        [M("15 mln di euro", 15 * MN, "EUR")],
        ["scale-abbrev"],
    ),
    C(
        "Aruba ha investito oltre 300 milioni di euro nel campus di Ponte San Pietro, vicino a Bergamo.",
        [M("300 milioni di euro", 300 * MN, "EUR", q="more than")],
        [],
    ),
    C(
        "Il titolo Nvidia ha bruciato quasi 600 miliardi di dollari di capitalizzazione in una sola seduta, un record per Wall Street.",
        [M("600 miliardi di dollari", 600 * B, "USD", q="nearly")],
        [],
    ),
    C(
        "Gli investimenti complessivi delle big tech nell'IA potrebbero toccare mezzo trilione di dollari l'anno.",
        [M("mezzo trilione di dollari", 0.5 * T, "USD")],
        ["half", "trilioni"],
    ),
    C(
        "SoftBank metterà sul piatto due miliardi di dollari per la nuova fabbrica di chip in Giappone.",
        [M("due miliardi di dollari", 2 * B, "USD")],
        ["number-word"],
    ),
    C(
        "Secondo Morgan Stanley la spesa per data center arriverà a 2.900 miliardi di dollari entro il 2028.",
        [M("2.900 miliardi di dollari", 2.9 * T, "USD")],
        ["thousands-dot", "year-nearby"],
    ),
    C(
        "L'investimento di TSMC in Arizona sale a 165 miliardi di dollari (circa 158 miliardi di euro).",
        [
            M("165 miliardi di dollari", 165 * B, "USD"),
            M("158 miliardi di euro", 158 * B, "EUR", q="about"),
        ],
        ["conversion-in-parentheses"],
    ),
    C(
        "Mistral AI ha raccolto 1,7 miliardi di euro con ASML come primo azionista, per una valutazione di 11,7 miliardi.",
        [M("1,7 miliardi di euro", 1.7 * B, "EUR"), M("11,7 miliardi", 11.7 * B, "EUR")],
        ["decimal-comma", "currency-carried"],
    ),
    C(
        "ASML ha registrato ordini per 7,1 miliardi di euro nel quarto trimestre, contro attese di 3,5 miliardi.",
        [M("7,1 miliardi di euro", 7.1 * B, "EUR"), M("3,5 miliardi", 3.5 * B, "EUR")],
        ["decimal-comma", "currency-carried", "quarter-nearby"],
    ),
    C(
        "STMicroelectronics ha annunciato un impianto per il carburo di silicio a Catania da 5 miliardi di euro, con 2 miliardi di aiuti di Stato.",
        [M("5 miliardi di euro", 5 * B, "EUR"), M("2 miliardi", 2 * B, "EUR")],
        ["subsidy", "currency-carried"],
    ),
    C(
        "Il Chips Act europeo punta a mobilitare oltre 43 miliardi di euro di investimenti pubblici e privati.",
        [M("43 miliardi di euro", 43 * B, "EUR", q="more than")],
        [],
    ),
    C(
        "La Commissione europea ha autorizzato un aiuto di Stato di 292,5 milioni di euro per il centro di ricerca di Silicon Box.",
        [M("292,5 milioni di euro", 292.5 * MN, "EUR")],
        ["decimal-comma", "subsidy"],
    ),
    C(
        "Il Giappone ha concesso a Rapidus altri 802,5 miliardi di yen, portando il sostegno pubblico a circa 1.720 miliardi di yen.",
        [
            M("802,5 miliardi di yen", 802.5 * B, "JPY"),
            M("1.720 miliardi di yen", 1.72 * T, "JPY", q="about"),
        ],
        ["decimal-comma", "thousands-dot", "currency-word-after"],
    ),
    C(
        "SK Hynix investirà 20.000 miliardi di won in un nuovo stabilimento per memorie HBM.",
        [M("20.000 miliardi di won", 20 * T, "KRW")],
        ["thousands-dot"],
    ),
    C(
        "Il fondo cinese Big Fund III dispone di 344 miliardi di yuan, pari a circa 47,5 miliardi di dollari.",
        [
            M("344 miliardi di yuan", 344 * B, "CNY"),
            M("47,5 miliardi di dollari", 47.5 * B, "USD", q="about"),
        ],
        ["decimal-comma"],
    ),
    C(
        "Il campus di Green vicino a Zurigo costerà 1,2 miliardi di franchi svizzeri.",
        [M("1,2 miliardi di franchi svizzeri", 1.2 * B, "CHF")],
        ["decimal-comma"],
    ),
    C(
        "Reliance spenderà fino a 1.500 miliardi di rupie per il data center di Jamnagar.",
        [M("1.500 miliardi di rupie", 1.5 * T, "INR", q="up to")],
        ["thousands-dot"],
    ),
    C(
        "Il governo britannico investirà 2 miliardi di sterline nella capacità di calcolo, di cui 300 milioni per l'AI Research Resource.",
        [M("2 miliardi di sterline", 2 * B, "GBP"), M("300 milioni", 300 * MN, "GBP")],
        ["currency-carried"],
    ),
    C(
        "AirTrunk è stata ceduta a Blackstone per 24 miliardi di dollari australiani.",
        [M("24 miliardi di dollari australiani", 24 * B, "AUD")],
        ["marked-dollar"],
    ),
    C(
        "Microsoft investirà A$5 miliardi in Australia e C$500 milioni in Canada nei prossimi due anni.",
        [M("A$5 miliardi", 5 * B, "AUD"), M("C$500 milioni", 500 * MN, "CAD")],
        ["marked-dollar"],
    ),
    C(
        "Foxconn ha chiuso l'anno con ricavi per NT$6.860 miliardi, trainati dai server per l'IA.",
        [M("NT$6.860 miliardi", 6.86 * T, "TWD")],
        ["marked-dollar", "thousands-dot"],
    ),
    C(
        "Un acceleratore H100 costa tra i 25.000 e i 40.000 dollari a seconda dei volumi.",
        [M("25.000 e i 40.000 dollari", 25_000, "USD", amount_max=40_000)],
        ["thousands-dot", "range-between", "gpu-model-nearby"],
    ),
    C(
        "La RTX 5090 arriva in Italia a 2.399 euro, contro i 1.999 dollari del prezzo americano.",
        [M("2.399 euro", 2399, "EUR"), M("1.999 dollari", 1999, "USD")],
        ["thousands-dot", "price", "gpu-model-nearby"],
    ),
    C(
        "Noleggiare una GPU H100 in cloud costa ormai circa 2 dollari l'ora.",
        [M("2 dollari", 2, "USD", q="about")],
        ["price"],
    ),
    C(
        "L'abbonamento a ChatGPT Plus costa 20 dollari al mese, IVA esclusa; quello a Gemini Advanced 21,99 euro.",
        [M("20 dollari", 20, "USD"), M("21,99 euro", 21.99, "EUR")],
        ["price", "decimal-comma"],
    ),
    C(
        "Per l'allaccio alla rete, Terna chiede un contributo di 15 euro per kilowatt.",
        [M("15 euro", 15, "EUR")],
        ["price", "power"],
    ),
    C(
        "Il bando regionale prevede contributi fino a 50.000 euro per le PMI che adottano l'IA.",
        [M("50.000 euro", 50_000, "EUR", q="up to")],
        ["thousands-dot"],
    ),
    C(
        "Le azioni Broadcom hanno chiuso a $1.224,40 prima del frazionamento.",
        [M("$1.224,40", 1224.40, "USD")],
        ["thousands-dot", "decimal-comma", "price"],
    ),
    C(
        "Il valore del mercato dei data center in Italia è stimato in 5 miliardi di EUR, secondo l'Osservatorio del Politecnico.",
        [M("5 miliardi di EUR", 5 * B, "EUR")],
        ["code-after"],
    ),
    C(
        "Il round da USD 6,6 miliardi ha valutato OpenAI 157 miliardi.",
        [M("USD 6,6 miliardi", 6.6 * B, "USD"), M("157 miliardi", 157 * B, "USD")],
        ["code-before", "currency-carried"],
    ),
    C(
        "L'operazione vale 8,75 miliardi di dollari USA, ha precisato Intel.",
        [M("8,75 miliardi di dollari USA", 8.75 * B, "USD")],
        ["decimal-comma", "us-dollar-marked"],
    ),
    C(
        "Anthropic verserà 1,5 miliardi di dollari agli autori, circa 3.000 dollari per libro.",
        [M("1,5 miliardi di dollari", 1.5 * B, "USD"), M("3.000 dollari", 3000, "USD", q="about")],
        ["thousands-dot"],
    ),
    C(
        "Il ddl sull'IA prevede un fondo da 1 miliardo di euro; per il ministro Urso servono però almeno 3 miliardi.",
        [M("1 miliardo di euro", 1 * B, "EUR"), M("3 miliardi", 3 * B, "EUR", q="at least")],
        ["currency-carried"],
    ),
    C(
        "Nel 2023 i ricavi di Nvidia sono passati da 27 a 61 miliardi di dollari.",
        [M("27", 27 * B, "USD"), M("61 miliardi di dollari", 61 * B, "USD")],
        ["change-not-range", "scale-distributes"],
    ),
    C(
        "Leonardo e il governo valutano un supercomputer da €500 milioni, mentre il PNRR ha già stanziato 1,6 mld.",
        [M("€500 milioni", 500 * MN, "EUR"), M("1,6 mld", 1.6 * B, "EUR")],
        ["euro-symbol", "scale-abbrev", "currency-carried"],
    ),
    C(
        "Il fondo MGX ha promesso investimenti per oltre 25 miliardi di dollari, mentre BlackRock parla di un veicolo da 100 miliardi di dollari.",
        [
            M("25 miliardi di dollari", 25 * B, "USD", q="more than"),
            M("100 miliardi di dollari", 100 * B, "USD"),
        ],
        [],
    ),
    C(
        "Microsoft ha speso 22,6 miliardi di dollari nel trimestre, Alphabet 17,2 miliardi, Meta 13,7 miliardi e Amazon 26,3 miliardi.",
        [
            M("22,6 miliardi di dollari", 22.6 * B, "USD"),
            M("17,2 miliardi", 17.2 * B, "USD"),
            M("13,7 miliardi", 13.7 * B, "USD"),
            M("26,3 miliardi", 26.3 * B, "USD"),
        ],
        ["capex", "currency-carried", "decimal-comma"],
    ),
    C(
        "La società di Elon Musk cerca fino a 12 miliardi di dollari di debito per comprare chip Nvidia.",
        [M("12 miliardi di dollari", 12 * B, "USD", q="up to")],
        [],
    ),
    C(
        "Intel riceverà fino a 7,86 miliardi di dollari di fondi federali, meno degli 8,5 miliardi annunciati a marzo.",
        [
            M("7,86 miliardi di dollari", 7.86 * B, "USD", q="up to"),
            M("8,5 miliardi", 8.5 * B, "USD"),
        ],
        ["decimal-comma", "currency-carried"],
    ),
    C(
        "La spesa mondiale per i semiconduttori supererà i 1.000 miliardi di dollari entro il 2030.",
        [M("1.000 miliardi di dollari", 1 * T, "USD", q="more than")],
        ["thousands-dot", "year-nearby"],
    ),
    C(
        "Gli analisti stimano in 2 trilioni di dollari il valore dell'infrastruttura IA necessaria entro fine decennio.",
        [M("2 trilioni di dollari", 2 * T, "USD")],
        ["trilioni"],
    ),
    C(
        "Apple e Microsoft valgono insieme più di 6 trilioni di dollari.",
        [M("6 trilioni di dollari", 6 * T, "USD", q="more than")],
        ["trilioni"],
    ),
    C(
        "Il data center di Microsoft a Milano richiederà quasi 1 miliardo di euro di investimento e 100 MW di potenza.",
        [M("1 miliardo di euro", 1 * B, "EUR", q="nearly")],
        ["power"],
    ),
    C(
        "Eni e MGX valutano un campus da 1 GW in Italia con un investimento di circa 10 miliardi di euro.",
        [M("10 miliardi di euro", 10 * B, "EUR", q="about")],
        ["power"],
    ),
    C(
        "Il titolo Nvidia ha chiuso a 135,40 dollari, in calo del 3,2%.",
        [M("135,40 dollari", 135.40, "USD")],
        ["decimal-comma", "price", "percent-nearby"],
    ),
    C(
        "La nuova legge di bilancio destina 30 mila euro a ciascun progetto pilota.",
        [M("30 mila euro", 30_000, "EUR")],
        ["scale-word-mila"],
    ),
    # --- negativi e casi difficili ---
    C(
        "Nvidia detiene una quota di mercato pari all'80% e le vendite sono cresciute del 13,1% nel 2024.",
        [],
        ["percent", "year"],
    ),
    C(
        "Sama ha superato il gioco della raccolta di miliardi: ha creato un nuovo livello in cui opera da solo.",
        [],
        ["no-number"],
    ),
    C(
        "Le big tech stanno investendo miliardi di dollari in nuovi data center in Lombardia.",
        [],
        ["no-number"],
    ),
    C(
        "Il cluster Colossus di Memphis conta 200.000 GPU e assorbe 300 MW dalla rete.",
        [],
        ["count", "power", "thousands-dot"],
    ),
    C(
        "La nuova GPU B200 contiene 208 miliardi di transistor, contro gli 80 miliardi della H100.",
        [],
        ["scale-word-not-money", "gpu-model"],
    ),
    C(
        "Il modello Llama 3.1 405B è stato addestrato su 16.000 GPU H100.",
        [],
        ["scale-abbrev-not-money", "count"],
    ),
    C(
        "I risultati del terzo trimestre dell'anno fiscale 2025 saranno pubblicati il 20 novembre.",
        [],
        ["quarter", "date"],
    ),
    C("Per informazioni chiamare il numero 02 8901 2345 entro le 18:00.", [], ["phone"]),
    C(
        "SoftBank detiene circa il 90% di Arm, pari a circa 930 milioni di azioni.",
        [],
        ["share-count", "percent"],
    ),
    C(
        "Il campus di Ponte San Pietro occupa 200.000 metri quadrati e ha una potenza di 60 MW.",
        [],
        ["units", "power"],
    ),
    C(
        "Il nuovo impianto consumerà 1,2 GW, quanto una città di un milione di abitanti.",
        [],
        ["power", "decimal-comma"],
    ),
    C("OpenAI ha rilasciato GPT-4.5 e la versione 2.1 delle sue API.", [], ["version"]),
    C(
        "La produzione a 2 nanometri partirà nella seconda metà del 2025 su wafer da 300 mm.",
        [],
        ["units", "year"],
    ),
    C(
        "Il progetto da miliardi di euro è stato annunciato nel 2024 dal governo Meloni.",
        [],
        ["no-number", "year"],
    ),
    C(
        "Il Ftse Mib ha chiuso a 34.250,12 punti, con Stm in rialzo del 4%.",
        [],
        ["index-level", "percent"],
    ),
    C(
        "La RTX 4090 resta introvabile e la RTX 5080 arriverà il 30 gennaio.",
        [],
        ["gpu-model", "date"],
    ),
    C("Nvidia (Nasdaq: NVDA) ha 29.600 dipendenti in 36 paesi.", [], ["ticker", "count"]),
    C(
        "Il data center da 300 MW di Microsoft a Milano richiederà un investimento stimato in 1 miliardo di euro.",
        [M("1 miliardo di euro", 1 * B, "EUR")],
        ["partial", "power"],
    ),
]
