# ruff: noqa: E501  (case texts are sentences of news copy, kept on one line each)
"""English money cases: wire and trade-press copy about chips, fabs, data centers, power, AI labs."""

from __future__ import annotations

from dev_labels import C, M

B = 1e9
T = 1e12
MN = 1e6

CASES = [
    C(
        "Nvidia's market capitalisation closed above $3.3 trillion on Tuesday, overtaking Apple for the first time.",
        [M("$3.3 trillion", 3.3 * T, "USD", q="more than")],
        ["symbol-before", "scale-word", "decimal-point"],
    ),
    C(
        "Anthropic closed a $13 billion Series F at a $183 billion post-money valuation, led by Iconiq.",
        [M("$13 billion", 13 * B, "USD"), M("$183 billion", 183 * B, "USD")],
        ["symbol-before", "scale-word"],
    ),
    C(
        "Microsoft plans to spend about $80bn on AI-enabled data centres in fiscal 2025, more than half of it in the US.",
        [M("$80bn", 80 * B, "USD", q="about")],
        ["scale-abbrev", "year-nearby"],
    ),
    C(
        "The CHIPS and Science Act set aside $52.7 billion for American semiconductor research and manufacturing, including $39 billion in manufacturing incentives.",
        [M("$52.7 billion", 52.7 * B, "USD"), M("$39 billion", 39 * B, "USD")],
        ["subsidy"],
    ),
    C(
        "Intel was awarded up to $7.86 billion in direct funding, down from the $8.5 billion announced in March.",
        [M("$7.86 billion", 7.86 * B, "USD", q="up to"), M("$8.5 billion", 8.5 * B, "USD")],
        ["subsidy"],
    ),
    C(
        "SoftBank, OpenAI and Oracle pledged $100 billion immediately for Stargate, with plans to invest up to $500 billion over four years.",
        [M("$100 billion", 100 * B, "USD"), M("$500 billion", 500 * B, "USD", q="up to")],
        [],
    ),
    C(
        "Sam Altman has been in talks with investors to raise between $5 trillion and $7 trillion for a global chip venture, the Wall Street Journal reported.",
        [M("$5 trillion and $7 trillion", 5 * T, "USD", amount_max=7 * T)],
        ["range-between"],
    ),
    C(
        "Altman's plan, reportedly worth $5-7 trillion, drew scepticism from chip executives who said the sum exceeds the industry's entire history of spending.",
        [M("$5-7 trillion", 5 * T, "USD", amount_max=7 * T)],
        ["range-hyphen", "scale-distributes"],
    ),
    C(
        "TSMC will raise its US investment to $165 billion, adding three more fabs, two packaging plants and an R&D centre in Arizona.",
        [M("$165 billion", 165 * B, "USD")],
        [],
    ),
    C(
        "Meta expects 2025 capital expenditures in the range of $64bn to $72bn, up from about $39bn last year.",
        [
            M("$64bn to $72bn", 64 * B, "USD", amount_max=72 * B),
            M("$39bn", 39 * B, "USD", q="about"),
        ],
        ["scale-abbrev", "range-to", "year-nearby"],
    ),
    C(
        "Amazon said capital spending would be roughly $100 billion this year, most of it for AWS.",
        [M("$100 billion", 100 * B, "USD", q="about")],
        [],
    ),
    C(
        "The Dutch government earmarked €2.5bn to keep ASML and its suppliers in the Eindhoven region.",
        [M("€2.5bn", 2.5 * B, "EUR")],
        ["euro-symbol", "scale-abbrev"],
    ),
    C(
        "ASML reported fourth-quarter bookings of €7.1 billion, nearly double the €3.5bn analysts had expected.",
        [M("€7.1 billion", 7.1 * B, "EUR"), M("€3.5bn", 3.5 * B, "EUR")],
        ["euro-symbol", "qualifier-not-on-figure"],
    ),
    C(
        "Arm's shares priced at $51 each in the IPO, valuing the SoftBank-controlled chip designer at $54.5 billion.",
        [M("$51", 51, "USD"), M("$54.5 billion", 54.5 * B, "USD")],
        ["price"],
    ),
    C(
        "CoreWeave signed an $11.9bn five-year contract with OpenAI and received $350m of OpenAI stock as part of the deal.",
        [M("$11.9bn", 11.9 * B, "USD"), M("$350m", 350 * MN, "USD")],
        ["scale-abbrev"],
    ),
    C(
        "The UK will invest £2bn in AI compute, including £300m for the AI Research Resource in Bristol and Edinburgh.",
        [M("£2bn", 2 * B, "GBP"), M("£300m", 300 * MN, "GBP")],
        ["pound-symbol", "scale-abbrev"],
    ),
    C(
        "Japan has committed nearly ¥4 trillion to Rapidus and other chip projects since 2021.",
        [M("¥4 trillion", 4 * T, "JPY", q="nearly")],
        ["yen-symbol", "year-nearby"],
    ),
    C(
        "Rapidus needs a further ¥3 trillion ($20 billion) before it can mass-produce 2-nanometer chips in Hokkaido in 2027.",
        [M("¥3 trillion", 3 * T, "JPY"), M("$20 billion", 20 * B, "USD")],
        ["yen-symbol", "conversion-in-parentheses"],
    ),
    C(
        "Samsung Electronics will receive up to $6.4 billion under the CHIPS Act for its Taylor, Texas, complex.",
        [M("$6.4 billion", 6.4 * B, "USD", q="up to")],
        ["subsidy"],
    ),
    C(
        "SK Hynix said it would invest 20 trillion won in a new HBM plant in Cheongju, its biggest domestic project in years.",
        [M("20 trillion won", 20 * T, "KRW")],
        ["currency-word-after"],
    ),
    C(
        "China's Big Fund III was registered with capital of 344 billion yuan ($47.5 billion), making it the largest of the three state chip funds.",
        [M("344 billion yuan", 344 * B, "CNY"), M("$47.5 billion", 47.5 * B, "USD")],
        ["currency-word-after", "conversion-in-parentheses"],
    ),
    C(
        "Alibaba will spend more than 380 billion yuan on cloud and AI infrastructure over the next three years.",
        [M("380 billion yuan", 380 * B, "CNY", q="more than")],
        ["currency-word-after"],
    ),
    C(
        "Reliance plans to spend as much as 1.5 trillion rupees on a gigawatt-scale AI data centre in Jamnagar.",
        [M("1.5 trillion rupees", 1.5 * T, "INR", q="up to")],
        ["currency-word-after"],
    ),
    C(
        "Green's new campus near Zurich will cost about 1.2 billion Swiss francs and draw power from a nearby hydro plant.",
        [M("1.2 billion Swiss francs", 1.2 * B, "CHF", q="about")],
        ["currency-word-after"],
    ),
    C(
        "Microsoft will invest A$5 billion in Australia's cloud and AI infrastructure over two years, growing its data centres from 20 to 29.",
        [M("A$5 billion", 5 * B, "AUD")],
        ["marked-dollar"],
    ),
    C(
        "Canada's AI Compute Access Fund will provide C$300 million to smaller firms as part of a C$2.4 billion package announced in the budget.",
        [M("C$300 million", 300 * MN, "CAD"), M("C$2.4 billion", 2.4 * B, "CAD")],
        ["marked-dollar"],
    ),
    C(
        "Foxconn parent Hon Hai reported record revenue of NT$6.86 trillion last year as AI server shipments surged.",
        [M("NT$6.86 trillion", 6.86 * T, "TWD")],
        ["marked-dollar"],
    ),
    C(
        "Hua Hong Semiconductor's share placement raised HK$1.8 billion to fund a second 12-inch fab in Wuxi.",
        [M("HK$1.8 billion", 1.8 * B, "HKD")],
        ["marked-dollar"],
    ),
    C(
        "Cohere's latest round valued the Toronto lab at 6.8 billion Canadian dollars.",
        [M("6.8 billion Canadian dollars", 6.8 * B, "CAD")],
        ["marked-dollar", "currency-word-after"],
    ),
    C(
        "AirTrunk was sold to Blackstone for A$24 billion (US$16 billion), the largest data-centre deal in the Asia-Pacific region.",
        [M("A$24 billion", 24 * B, "AUD"), M("US$16 billion", 16 * B, "USD")],
        ["marked-dollar", "conversion-in-parentheses"],
    ),
    C(
        "Nvidia shares fell 17% on Monday, wiping almost $593 billion off its market value, the biggest one-day loss in US stock market history.",
        [M("$593 billion", 593 * B, "USD", q="nearly")],
        ["percent-nearby"],
    ),
    C(
        "xAI is seeking to raise up to $12 billion in debt to buy Nvidia chips for its Colossus supercomputer in Memphis.",
        [M("$12 billion", 12 * B, "USD", q="up to")],
        [],
    ),
    C(
        "An H100 sells for between $25,000 and $40,000 depending on volume, analysts at Raymond James estimate.",
        [M("$25,000 and $40,000", 25_000, "USD", amount_max=40_000)],
        ["thousands-comma", "gpu-model-nearby", "range-between"],
    ),
    C(
        "Rental prices for a single H100 have dropped to about $2 an hour, from $8 in early 2024.",
        [M("$2", 2, "USD", q="about"), M("$8", 8, "USD")],
        ["price", "gpu-model-nearby"],
    ),
    C(
        "Data-annotation contractors in Nairobi were paid less than $2 per hour to label training data.",
        [M("$2", 2, "USD", q="less than")],
        ["price"],
    ),
    C(
        "The RTX 4090 launched at $1,599, while the RTX 5090 carries a suggested price of $1,999.",
        [M("$1,599", 1599, "USD"), M("$1,999", 1999, "USD")],
        ["thousands-comma", "gpu-model-nearby", "price"],
    ),
    C(
        "Qualcomm agreed to buy Alphawave for about $2.4 billion, or 183 pence a share.",
        [M("$2.4 billion", 2.4 * B, "USD", q="about"), M("183 pence", 1.83, "GBP")],
        ["pence"],
    ),
    C(
        "The Bay Area startup's $2.5M seed round was led by Andreessen Horowitz.",
        [M("$2.5M", 2.5 * MN, "USD")],
        ["scale-abbrev"],
    ),
    C(
        "Groq raised $640M at a $2.8B valuation, with BlackRock leading the round.",
        [M("$640M", 640 * MN, "USD"), M("$2.8B", 2.8 * B, "USD")],
        ["scale-abbrev"],
    ),
    C(
        "Morgan Stanley estimates hyperscalers will spend $2.9T on data centers through 2028, leaving a $1.5T financing gap.",
        [M("$2.9T", 2.9 * T, "USD"), M("$1.5T", 1.5 * T, "USD")],
        ["scale-abbrev", "year-nearby"],
    ),
    C(
        "Goldman Sachs sees about $1tn of AI capex over the coming years with little to show for it so far.",
        [M("$1tn", 1 * T, "USD", q="about")],
        ["scale-abbrev"],
    ),
    C(
        "Graphcore's pre-tax losses widened to $205mn before SoftBank bought it for about $600mn.",
        [M("$205mn", 205 * MN, "USD"), M("$600mn", 600 * MN, "USD", q="about")],
        ["scale-abbrev"],
    ),
    C(
        "The EU's InvestAI initiative aims to mobilise €200 billion, including a €20 billion fund for AI gigafactories.",
        [M("€200 billion", 200 * B, "EUR"), M("€20 billion", 20 * B, "EUR")],
        ["euro-symbol"],
    ),
    C(
        "The deal values Intel's Altera unit at $8.75 billion; Silver Lake will pay $4.46 billion for a 51% stake.",
        [M("$8.75 billion", 8.75 * B, "USD"), M("$4.46 billion", 4.46 * B, "USD")],
        ["percent-nearby"],
    ),
    C(
        "Constellation will spend $1.6 billion to restart Three Mile Island Unit 1 under a 20-year power deal with Microsoft.",
        [M("$1.6 billion", 1.6 * B, "USD")],
        ["power"],
    ),
    C(
        "Half a trillion dollars: that is what SoftBank and OpenAI say Stargate will eventually cost.",
        [M("Half a trillion dollars", 0.5 * T, "USD")],
        ["half", "currency-word-after"],
    ),
    C(
        "Hyperscalers could spend half a trillion dollars a year on AI infrastructure by 2026, Citi analysts wrote.",
        [M("half a trillion dollars", 0.5 * T, "USD")],
        ["half", "currency-word-after"],
    ),
    C(
        "The chipmaker is seeking two billion dollars from Gulf sovereign investors, according to people familiar with the matter.",
        [M("two billion dollars", 2 * B, "USD")],
        ["number-word", "currency-word-after"],
    ),
    C(
        "Mistral AI raised €1.7 billion in its Series C, with ASML investing €1.3 billion for an 11% stake.",
        [M("€1.7 billion", 1.7 * B, "EUR"), M("€1.3 billion", 1.3 * B, "EUR")],
        ["euro-symbol", "percent-nearby"],
    ),
    C(
        "Nvidia reported quarterly revenue of $39.3 billion, up 78% from a year earlier, with data-center sales of $35.6 billion.",
        [M("$39.3 billion", 39.3 * B, "USD"), M("$35.6 billion", 35.6 * B, "USD")],
        ["percent-nearby"],
    ),
    C(
        "AMD agreed to acquire ZT Systems for $4.9 billion in cash and stock, including a contingent payment of up to $400 million.",
        [M("$4.9 billion", 4.9 * B, "USD"), M("$400 million", 400 * MN, "USD", q="up to")],
        [],
    ),
    C(
        "A 1-gigawatt AI campus costs roughly $50 billion to build, of which about $35 billion goes on Nvidia hardware, Jensen Huang has said.",
        [M("$50 billion", 50 * B, "USD", q="about"), M("$35 billion", 35 * B, "USD", q="about")],
        ["power"],
    ),
    C(
        "Anthropic agreed to pay $1.5 billion to settle a class action brought by authors, or roughly $3,000 per book.",
        [M("$1.5 billion", 1.5 * B, "USD"), M("$3,000", 3000, "USD", q="about")],
        ["thousands-comma"],
    ),
    C(
        "G42's data-centre project in Kenya is valued at USD 1 billion, the company said in Abu Dhabi.",
        [M("USD 1 billion", 1 * B, "USD")],
        ["code-before"],
    ),
    C(
        "The UAE will invest between EUR 30 billion and EUR 50 billion in a 1 GW AI campus in France, the Elysée said.",
        [M("EUR 30 billion and EUR 50 billion", 30 * B, "EUR", amount_max=50 * B)],
        ["code-before", "range-between", "power"],
    ),
    C(
        "STT GDC raised US$1.3 billion from KKR and Singtel for its Indian expansion.",
        [M("US$1.3 billion", 1.3 * B, "USD")],
        ["us-dollar-marked"],
    ),
    C(
        "Cerebras had filed to raise up to $1 billion in its IPO, pricing shares at $28 each.",
        [M("$1 billion", 1 * B, "USD", q="up to"), M("$28", 28, "USD")],
        ["price"],
    ),
    C(
        "Microsoft's capital spending hit $22.6 billion in the quarter, Alphabet's $17.2 billion and Meta's $13.7 billion; with Amazon's $26.3 billion, the four spent more than $79 billion in three months.",
        [
            M("$22.6 billion", 22.6 * B, "USD"),
            M("$17.2 billion", 17.2 * B, "USD"),
            M("$13.7 billion", 13.7 * B, "USD"),
            M("$26.3 billion", 26.3 * B, "USD"),
            M("$79 billion", 79 * B, "USD", q="more than"),
        ],
        ["capex"],
    ),
    C(
        "Altman seeks 7 trillion to remake the chip industry",
        [M("7 trillion", 7 * T, "USD")],
        ["headline", "no-currency-word"],
        ctx="USD",
    ),
    C(
        "Intel had been promised 9.9 billion in subsidies for Magdeburg before it shelved the fab.",
        [M("9.9 billion", 9.9 * B, "EUR")],
        ["no-currency-word"],
        ctx="EUR",
    ),
    C(
        "Broadcom shares closed at $1,224.40 on the eve of their 10-for-1 split.",
        [M("$1,224.40", 1224.40, "USD")],
        ["thousands-comma", "decimal-point", "price"],
    ),
    C(
        "After the split, Nvidia stock traded at around $120, compared with more than $1,200 a week earlier.",
        [M("$120", 120, "USD", q="about"), M("$1,200", 1200, "USD", q="more than")],
        ["price", "thousands-comma"],
    ),
    C(
        "The EU Chips Act aims to mobilise more than €43bn of public and private investment by 2030.",
        [M("€43bn", 43 * B, "EUR", q="more than")],
        ["euro-symbol", "scale-abbrev"],
    ),
    C(
        "Meta's $10-billion Louisiana data center will run on three new gas plants built by Entergy.",
        [M("$10-billion", 10 * B, "USD")],
        ["hyphenated-scale"],
    ),
    C(
        "ChatGPT Plus costs $20 a month, while the Pro tier is $200.",
        [M("$20", 20, "USD"), M("$200", 200, "USD")],
        ["price"],
    ),
    C(
        "Nvidia's revenue rose from $27 billion to $61 billion in a single fiscal year.",
        [M("$27 billion", 27 * B, "USD"), M("$61 billion", 61 * B, "USD")],
        ["change-not-range"],
    ),
    C(
        "The contract is worth 4.5 billion USD, the Saudi fund Humain said on Tuesday.",
        [M("4.5 billion USD", 4.5 * B, "USD")],
        ["code-after"],
    ),
    C(
        "The Department of Energy offered a $1.52 billion loan to restart the Palisades nuclear plant, which will sell power to data centres for about $80 per megawatt-hour.",
        [M("$1.52 billion", 1.52 * B, "USD"), M("$80", 80, "USD", q="about")],
        ["power", "price"],
    ),
    C(
        "Saudi Arabia's PIF backs a $10 billion AI venture, while the kingdom has pledged 40 billion riyals to local data centres.",
        [M("$10 billion", 10 * B, "USD"), M("40 billion riyals", 40 * B, "SAR")],
        ["currency-word-after"],
    ),
    # --- negatives and tricky cases: no money figure, or fewer than a naive parser would find ---
    C(
        "Nvidia shipped about 3.76 million data-center GPUs in 2023, according to TechInsights.",
        [],
        ["count", "year"],
    ),
    C(
        "The Colossus cluster in Memphis now runs 200,000 GPUs and draws about 300 MW from the grid.",
        [],
        ["count", "power"],
    ),
    C(
        "Hyperscalers are pouring billions of dollars into new data centres across Virginia and Ohio.",
        [],
        ["no-number"],
    ),
    C(
        "Data-center revenue grew 94% year on year in the third quarter of FY2025.",
        [],
        ["percent", "year", "quarter"],
    ),
    C(
        "The H200 pairs 141 GB of HBM3e memory with 4.8 TB/s of bandwidth, against 80 GB on the H100.",
        [],
        ["gpu-model", "units"],
    ),
    C(
        "Media enquiries: call +1 408 486 2000 or visit the newsroom before 5 p.m. on Feb. 26.",
        [],
        ["phone", "date"],
    ),
    C(
        "Nvidia (NASDAQ: NVDA) will report results for Q4 FY2025 on February 26, 2025.",
        [],
        ["ticker", "date", "quarter"],
    ),
    C("OpenAI released GPT-4.5 alongside version 1.2.3 of its Agents SDK.", [], ["version"]),
    C(
        "SoftBank owns about 90% of Arm, or roughly 930 million shares.",
        [],
        ["share-count", "percent"],
    ),
    C(
        "The Blackwell B200 packs 208 billion transistors on two reticle-sized dies built on TSMC's 4NP process.",
        [],
        ["scale-word-not-money", "gpu-model"],
    ),
    C(
        "Meta trained Llama 3.1 405B on more than 16,000 H100 GPUs over 54 days.",
        [],
        ["scale-abbrev-not-money", "count"],
    ),
    C(
        "Tens of billions of dollars are at stake as utilities race to connect new data centres, analysts say.",
        [],
        ["no-number"],
    ),
    C(
        "Aleph Alpha's largest model has 70 billion parameters, far fewer than GPT-4.",
        [],
        ["scale-word-not-money"],
    ),
    C(
        "The S&P 500 closed at 5,998.74 and the Nasdaq Composite at 19,692.33 on Friday.",
        [],
        ["index-level"],
    ),
    C(
        "Intel will cut 15% of its workforce, about 15,000 jobs, by the end of 2024.",
        [],
        ["percent", "count", "year"],
    ),
    C(
        "The new fab will need 1.2 GW of power and 4.5 million gallons of water a day.",
        [],
        ["power", "units"],
    ),
    C(
        "The 2 nm process uses gate-all-around transistors on 300 mm wafers, with 50,000 wafer starts a month planned.",
        [],
        ["units", "count"],
    ),
    C(
        "Microsoft's $80 billion plan covers dozens of sites and 2 GW of new capacity in 2025.",
        [M("$80 billion", 80 * B, "USD")],
        ["partial", "power"],
    ),
    C(
        "The lab says the fund now manages 40 billion, though it declined to give the currency.",
        [],
        ["no-currency"],
    ),
    C(
        "Micron's HBM is sold out for 2025, and the RTX 4090 is still scarce in 2024.",
        [],
        ["gpu-model", "year"],
    ),
]
