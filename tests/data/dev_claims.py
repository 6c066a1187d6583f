# ruff: noqa: E501  # one case per line reads best
"""Claims dev set: figure-bearing news sentences in five languages, labelled per figure and claim.

Run ``.venv/bin/python tests/data/dev_claims.py`` to regenerate ``claims_dev.jsonl`` (offsets are
found here, never typed: each surface is searched left to right after the previous one).

Each case: ``C(lang, text, [(surface, kind, subject), ...], attribution, hedged, tags)``. The
figures labelled are those of one claim sentence; a text may open with a context sentence.

Labelling conventions (what a claim cluster needs to be right):

* **kind**: the economic nature of the figure, whatever the word. ``investment`` money an actor
  puts into a place, a company or a project ("invest", "destinará", "consacrer", a stake);
  ``funding_ask`` money a company raises or seeks (rounds, asks, debt raised); ``valuation`` a
  private company's value in a round; ``market_cap`` a listed company's (or index's) stock-market
  value ("vale in Borsa", "worth $3.4 trillion"); ``revenue`` a company's top line, whether the
  copy says revenue, sales, turnover, Umsatz, ventas, or a market's revenue when the copy says
  revenue; ``sales`` a market's or category's sales (chip sales worldwide, the AI-chip market);
  ``capex`` a company's capital-spending budget (capital expenditure, spending on its data
  centers); ``subsidy`` public grants, aid, tax credits; ``price`` a unit price (per chip, per
  share, a machine, a closing share price) or the price paid in an acquisition; ``cost`` the cost
  of building or running a project; ``other`` anything else (losses, GDP, budgets).
* **subject**: the canonical English name of the entity whose money it is: the investor, the
  raiser, the company valued or earning; for a subsidy the recipient when named, else the
  granting government; for a unit price the maker or the company whose share it is (an H100's
  price is Nvidia's), for an acquisition the buyer; for a cost the company or project that
  spends (the owner: "Intel's Ohio fab will cost" -> Intel; "Stargate will cost" -> Stargate).
  Forecasts of a whole market have no subject (``None``). A source is never the subject by
  being cited.
* **attribution**: the named source the sentence cites for the figure (an outlet, an analyst
  firm, an association, a person or company quoted: "according to X", "X said", "secondo X",
  "laut X", "selon X", "según X"); ``None`` for unnamed sources ("people familiar") or none.
* **hedged**: the copy signals the figure is unconfirmed: reportedly, said to, people familiar,
  sources, the reporting conditional (starebbe, avrebbe, soll/sollen, angeblich, aurait, serait,
  chercherait, estaría, habría, invertiría). A forecast ("could", "expects") or a firm
  announcement in indirect speech ("said it would invest", "ha detto che investirà") is not a hedge.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

OUT = Path(__file__).with_name("claims_dev.jsonl")


class C(NamedTuple):
    lang: str
    text: str
    figures: list[tuple[str, str, str | None]]
    attribution: str | None = None
    hedged: bool = False
    tags: tuple[str, ...] = ()


KINDS = {"investment", "funding_ask", "market_cap", "revenue", "sales", "capex", "valuation"}
KINDS |= {"subsidy", "price", "cost", "other"}
WSJ = "Wall Street Journal"
SIA = "Semiconductor Industry Association"
AWS = "Amazon Web Services"

CASES: list[C] = [
    # ------------------------------------------------------------------ en
    C(
        "en",
        "Nvidia's market capitalization rose to $3.3 trillion on Tuesday, overtaking Microsoft.",
        [("$3.3 trillion", "market_cap", "Nvidia")],
        tags=("possessive",),
    ),
    C(
        "en",
        "OpenAI raised $6.6 billion at a $157 billion valuation, OpenAI said in a statement.",
        [("$6.6 billion", "funding_ask", "OpenAI"), ("$157 billion", "valuation", "OpenAI")],
        "OpenAI",
        tags=("two-kinds",),
    ),
    C(
        "en",
        "Sam Altman is reportedly seeking as much as $7 trillion to reshape the global chip industry, according to the Wall Street Journal.",
        [("$7 trillion", "funding_ask", "Sam Altman")],
        WSJ,
        True,
        ("hedge", "source"),
    ),
    C(
        "en",
        "The Semiconductor Industry Association forecast that global chip sales would reach $611 billion in 2024.",
        [("$611 billion", "sales", None)],
        SIA,
        tags=("source-not-subject", "market"),
    ),
    C(
        "en",
        "Nvidia's H100 sells for between $25,000 and $40,000 per chip, analysts estimate.",
        [("$25,000 and $40,000", "price", "Nvidia")],
        tags=("unit-price",),
    ),
    C(
        "en",
        "Shares of Nvidia closed at $823.94, giving the company a market value of $2.06 trillion.",
        [("$823.94", "price", "Nvidia"), ("$2.06 trillion", "market_cap", "Nvidia")],
        tags=("share-price", "two-kinds"),
    ),
    C(
        "en",
        "Microsoft plans to spend $80 billion on AI-enabled data centers in fiscal 2025, Brad Smith wrote in a blog post.",
        [("$80 billion", "capex", "Microsoft")],
        "Brad Smith",
        tags=("capex",),
    ),
    C(
        "en",
        "Intel was awarded up to $8.5 billion in direct funding under the CHIPS Act.",
        [("$8.5 billion", "subsidy", "Intel")],
        tags=("passive", "subsidy"),
    ),
    C(
        "en",
        "The Commerce Department will provide TSMC with up to $6.6 billion in grants for its Arizona fabs.",
        [("$6.6 billion", "subsidy", "TSMC")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "en",
        "Amazon Web Services will invest $11 billion in Indiana to build a data center campus.",
        [("$11 billion", "investment", AWS)],
    ),
    C(
        "en",
        "A $10 billion investment by Microsoft in OpenAI was confirmed in January.",
        [("$10 billion", "investment", "Microsoft")],
        tags=("agent",),
    ),
    C(
        "en",
        "Anthropic is in talks to raise up to $2 billion at a valuation of $60 billion, people familiar with the matter said.",
        [("$2 billion", "funding_ask", "Anthropic"), ("$60 billion", "valuation", "Anthropic")],
        None,
        True,
        ("two-kinds", "hedge"),
    ),
    C(
        "en",
        "TSMC expects capital expenditures of $28 billion to $32 billion this year.",
        [("$28 billion to $32 billion", "capex", "TSMC")],
    ),
    C(
        "en",
        "Gartner expects worldwide semiconductor revenue to total $630 billion in 2024.",
        [("$630 billion", "revenue", None)],
        "Gartner",
        tags=("source-not-subject", "market"),
    ),
    C(
        "en",
        "The new fab in Ohio will cost more than $20 billion, Intel said.",
        [("$20 billion", "cost", "Intel")],
        "Intel",
        tags=("cost",),
    ),
    C(
        "en",
        "Meta's capital expenditures for the year are expected to be in the range of $35 billion to $40 billion.",
        [("$35 billion to $40 billion", "capex", "Meta")],
        tags=("possessive",),
    ),
    C(
        "en",
        "xAI has raised $6 billion in a Series B round that values Elon Musk's startup at $24 billion.",
        [("$6 billion", "funding_ask", "xAI"), ("$24 billion", "valuation", "xAI")],
        tags=("two-kinds",),
    ),
    C(
        "en",
        "Each Blackwell GPU will cost between $30,000 and $40,000, Jensen Huang told CNBC.",
        [("$30,000 and $40,000", "price", "Nvidia")],
        "Jensen Huang",
        tags=("unit-price", "product"),
    ),
    C(
        "en",
        "Broadcom reported quarterly revenue of $14.05 billion, above analyst estimates.",
        [("$14.05 billion", "revenue", "Broadcom")],
    ),
    C(
        "en",
        "According to Bloomberg, SoftBank is weighing an investment of $500 million in OpenAI.",
        [("$500 million", "investment", "SoftBank")],
        "Bloomberg",
        tags=("source",),
    ),
    C(
        "en",
        "Microsoft's Stargate supercomputer could cost as much as $100 billion, according to The Information.",
        [("$100 billion", "cost", "Microsoft")],
        "The Information",
        tags=("cost",),
    ),
    C(
        "en",
        "Samsung will receive up to $6.4 billion in subsidies for its Texas plants.",
        [("$6.4 billion", "subsidy", "Samsung")],
    ),
    C(
        "en",
        "Apple is worth $3.4 trillion after its shares jumped 7%.",
        [("$3.4 trillion", "market_cap", "Apple")],
        tags=("worth",),
    ),
    C(
        "en",
        "Nvidia reported results on Wednesday. Revenue more than tripled to $22.1 billion in the fourth quarter.",
        [("$22.1 billion", "revenue", "Nvidia")],
        tags=("previous-sentence",),
    ),
    C(
        "en",
        "CoreWeave secured $7.5 billion in debt financing led by Blackstone.",
        [("$7.5 billion", "funding_ask", "CoreWeave")],
        tags=("agent-not-subject",),
    ),
    C(
        "en",
        "Shares of AMD fell 4% to $157.70 per share after the company's guidance disappointed.",
        [("$157.70", "price", "AMD")],
        tags=("share-price",),
    ),
    C(
        "en",
        "Analysts at Morgan Stanley estimate Microsoft's AI revenue could reach $10 billion.",
        [("$10 billion", "revenue", "Microsoft")],
        "Morgan Stanley",
        tags=("source-not-subject", "possessive"),
    ),
    C(
        "en",
        "The European Commission approved €5 billion in state aid for ESMC's Dresden plant.",
        [("€5 billion", "subsidy", "ESMC")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "en",
        "Japan has set aside ¥3.9 trillion to support its chip industry.",
        [("¥3.9 trillion", "subsidy", "Japan")],
        tags=("subsidy", "government"),
    ),
    C(
        "en",
        "BlackRock and Microsoft launched a $30 billion fund to invest in AI infrastructure.",
        [("$30 billion", "investment", "BlackRock")],
    ),
    C(
        "en",
        "Mistral AI raised €600 million, valuing the Paris-based startup at €6 billion.",
        [("€600 million", "funding_ask", "Mistral AI"), ("€6 billion", "valuation", "Mistral AI")],
        tags=("two-kinds",),
    ),
    C(
        "en",
        "The global AI chip market is projected to reach $400 billion by 2027, according to AMD.",
        [("$400 billion", "sales", None)],
        "AMD",
        tags=("market", "source-not-subject"),
    ),
    C(
        "en",
        "Reuters reported that Oracle plans to spend $10 billion on new data centers.",
        [("$10 billion", "capex", "Oracle")],
        "Reuters",
        tags=("source-not-subject",),
    ),
    C(
        "en",
        "Microsoft, which has invested $13 billion in OpenAI, owns 49% of its profits.",
        [("$13 billion", "investment", "Microsoft")],
        tags=("relative-clause",),
    ),
    C(
        "en",
        "OpenAI expects revenue of $3.7 billion this year but a loss of about $5 billion, the New York Times reported.",
        [("$3.7 billion", "revenue", "OpenAI"), ("$5 billion", "other", "OpenAI")],
        "New York Times",
        tags=("two-kinds", "source-not-subject"),
    ),
    C(
        "en",
        "Arm's shares rose 50% to $116, lifting its market value above $120 billion.",
        [("$116", "price", "Arm"), ("$120 billion", "market_cap", "Arm")],
        tags=("share-price", "two-kinds"),
    ),
    C(
        "en",
        "The Biden administration finalized a $6.165 billion award to Micron for memory fabs in Idaho and New York.",
        [("$6.165 billion", "subsidy", "Micron")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "en",
        "Google said it would invest $1 billion in a new data centre in the UK.",
        [("$1 billion", "investment", "Google")],
        "Google",
        tags=("not-hedge",),
    ),
    C(
        "en",
        "A single ASML High-NA EUV machine costs about $380 million.",
        [("$380 million", "price", "ASML")],
        tags=("unit-price",),
    ),
    C(
        "en",
        "Elon Musk's xAI is raising up to $6 billion, CNBC reported, citing sources.",
        [("$6 billion", "funding_ask", "xAI")],
        "CNBC",
        True,
        ("possessive", "hedge"),
    ),
    C(
        "en",
        "Apple said it will invest more than $500 billion in the United States over the next four years.",
        [("$500 billion", "investment", "Apple")],
        "Apple",
    ),
    C(
        "en",
        "Total cost of the Hyperion data center is estimated at $10 billion, Meta said.",
        [("$10 billion", "cost", "Meta")],
        "Meta",
        tags=("cost",),
    ),
    C(
        "en",
        "Nvidia's Blackwell chips are priced at $70,000 apiece, HSBC analysts estimate.",
        [("$70,000", "price", "Nvidia")],
        "HSBC",
        tags=("unit-price",),
    ),
    C(
        "en",
        "Intel's revenue fell to $12.7 billion in the third quarter, while its net loss widened to $16.6 billion.",
        [("$12.7 billion", "revenue", "Intel"), ("$16.6 billion", "other", "Intel")],
        tags=("two-kinds", "clause"),
    ),
    C(
        "en",
        "A total of $1.5 billion was invested in G42 by Microsoft.",
        [("$1.5 billion", "investment", "Microsoft")],
        tags=("passive", "agent"),
    ),
    # ------------------------------------------------------------------ it
    C(
        "it",
        "La capitalizzazione di Nvidia ha superato i 3.000 miliardi di dollari.",
        [("3.000 miliardi di dollari", "market_cap", "Nvidia")],
        tags=("possessive",),
    ),
    C(
        "it",
        "OpenAI ha raccolto 6,6 miliardi di dollari con una valutazione di 157 miliardi.",
        [
            ("6,6 miliardi di dollari", "funding_ask", "OpenAI"),
            ("157 miliardi", "valuation", "OpenAI"),
        ],
        tags=("two-kinds",),
    ),
    C(
        "it",
        "Secondo il Wall Street Journal, Sam Altman starebbe cercando fino a 7.000 miliardi di dollari.",
        [("7.000 miliardi di dollari", "funding_ask", "Sam Altman")],
        WSJ,
        True,
        ("hedge", "source"),
    ),
    C(
        "it",
        "Microsoft investirà 4,3 miliardi di euro in Italia per il cloud e l'intelligenza artificiale.",
        [("4,3 miliardi di euro", "investment", "Microsoft")],
    ),
    C(
        "it",
        "Il prezzo di una GPU H100 oscilla tra 25.000 e 40.000 dollari.",
        [("25.000 e 40.000 dollari", "price", "Nvidia")],
        tags=("unit-price", "product"),
    ),
    C(
        "it",
        "Secondo le stime della Semiconductor Industry Association, le vendite globali di chip raggiungeranno 611 miliardi di dollari nel 2024.",
        [("611 miliardi di dollari", "sales", None)],
        SIA,
        tags=("source-not-subject", "market"),
    ),
    C(
        "it",
        "Il titolo Nvidia ha chiuso a 823,94 dollari per azione.",
        [("823,94 dollari", "price", "Nvidia")],
        tags=("share-price",),
    ),
    C(
        "it",
        "Intel riceverà sussidi per 10 miliardi di euro dal governo tedesco per la fabbrica di Magdeburgo.",
        [("10 miliardi di euro", "subsidy", "Intel")],
        tags=("subsidy",),
    ),
    C(
        "it",
        "Il fatturato di TSMC nel terzo trimestre è salito a 23,5 miliardi di dollari.",
        [("23,5 miliardi di dollari", "revenue", "TSMC")],
        tags=("possessive",),
    ),
    C(
        "it",
        "Amazon Web Services investirà 1,2 miliardi di euro in Italia entro il 2029.",
        [("1,2 miliardi di euro", "investment", AWS)],
    ),
    C(
        "it",
        "Secondo indiscrezioni, Anthropic sarebbe in trattative per raccogliere 2 miliardi di dollari.",
        [("2 miliardi di dollari", "funding_ask", "Anthropic")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "it",
        "La valutazione di Mistral AI è salita a 6 miliardi di euro dopo l'ultimo round.",
        [("6 miliardi di euro", "valuation", "Mistral AI")],
        tags=("possessive",),
    ),
    C(
        "it",
        "Meta prevede spese in conto capitale tra 35 e 40 miliardi di dollari per quest'anno.",
        [("35 e 40 miliardi di dollari", "capex", "Meta")],
    ),
    C(
        "it",
        "Il nuovo stabilimento di Micron in Idaho costerà circa 15 miliardi di dollari.",
        [("15 miliardi di dollari", "cost", "Micron")],
        tags=("cost", "possessive"),
    ),
    C(
        "it",
        "Il governo italiano ha stanziato 4 miliardi di euro di aiuti per attirare una fabbrica di chip.",
        [("4 miliardi di euro", "subsidy", "Italy")],
        tags=("subsidy", "government"),
    ),
    C(
        "it",
        "Microsoft ha investito 13 miliardi di dollari in OpenAI dal 2019.",
        [("13 miliardi di dollari", "investment", "Microsoft")],
    ),
    C(
        "it",
        "Le azioni di Arm sono salite a 116 dollari, portando la capitalizzazione sopra i 120 miliardi.",
        [("116 dollari", "price", "Arm"), ("120 miliardi", "market_cap", "Arm")],
        tags=("share-price", "two-kinds"),
    ),
    C(
        "it",
        "Secondo Gartner, il mercato mondiale dei semiconduttori genererà ricavi per 630 miliardi di dollari.",
        [("630 miliardi di dollari", "revenue", None)],
        "Gartner",
        tags=("market", "source-not-subject"),
    ),
    C(
        "it",
        "Nvidia ha registrato ricavi per 22,1 miliardi di dollari nel quarto trimestre.",
        [("22,1 miliardi di dollari", "revenue", "Nvidia")],
    ),
    C(
        "it",
        "L'investimento di Amazon in Anthropic arriva così a 8 miliardi di dollari.",
        [("8 miliardi di dollari", "investment", "Amazon")],
        tags=("possessive",),
    ),
    C(
        "it",
        "Stando a Bloomberg, SoftBank avrebbe investito 500 milioni di dollari in OpenAI.",
        [("500 milioni di dollari", "investment", "SoftBank")],
        "Bloomberg",
        True,
        ("hedge", "source"),
    ),
    C(
        "it",
        "Jensen Huang ha presentato mercoledì i conti di Nvidia. Il fatturato del trimestre è salito a 35,1 miliardi di dollari.",
        [("35,1 miliardi di dollari", "revenue", "Nvidia")],
        tags=("previous-sentence",),
    ),
    C(
        "it",
        "Ogni chip Blackwell costerà tra i 30.000 e i 40.000 dollari, ha detto Jensen Huang.",
        [("30.000 e i 40.000 dollari", "price", "Nvidia")],
        "Jensen Huang",
        tags=("unit-price", "product"),
    ),
    C(
        "it",
        "La Commissione Europea ha approvato un aiuto di Stato da 5 miliardi di euro per ESMC a Dresda.",
        [("5 miliardi di euro", "subsidy", "ESMC")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "it",
        "Il costo complessivo del progetto Stargate è stimato in 500 miliardi di dollari.",
        [("500 miliardi di dollari", "cost", "Stargate")],
        tags=("cost",),
    ),
    C(
        "it",
        "xAI ha chiuso un round da 6 miliardi di dollari che valuta la società di Elon Musk 24 miliardi.",
        [("6 miliardi di dollari", "funding_ask", "xAI"), ("24 miliardi", "valuation", "xAI")],
        tags=("two-kinds",),
    ),
    C(
        "it",
        "Secondo Il Sole 24 Ore, il piano di investimenti di Enel per i data center vale 2 miliardi di euro.",
        [("2 miliardi di euro", "investment", "Enel")],
        "Il Sole 24 Ore",
        tags=("source-not-subject", "possessive"),
    ),
    C(
        "it",
        "Il CEO di OpenAI, Sam Altman, chiede agli investitori 7.000 miliardi di dollari.",
        [("7.000 miliardi di dollari", "funding_ask", "Sam Altman")],
    ),
    C(
        "it",
        "Le vendite di Apple sono scese a 90,8 miliardi di dollari nel secondo trimestre fiscale.",
        [("90,8 miliardi di dollari", "revenue", "Apple")],
        tags=("company-sales",),
    ),
    C(
        "it",
        "Il prezzo delle azioni di AMD è sceso a 157,70 dollari.",
        [("157,70 dollari", "price", "AMD")],
        tags=("share-price",),
    ),
    C(
        "it",
        "Gli analisti di Morgan Stanley stimano che la capitalizzazione di Microsoft possa raggiungere 4.000 miliardi di dollari.",
        [("4.000 miliardi di dollari", "market_cap", "Microsoft")],
        "Morgan Stanley",
        tags=("source-not-subject", "possessive"),
    ),
    C(
        "it",
        "Il Chips Act europeo mobiliterà oltre 43 miliardi di euro di investimenti pubblici e privati nell'Unione Europea.",
        [("43 miliardi di euro", "investment", "European Union")],
    ),
    C(
        "it",
        "TSMC prevede investimenti in conto capitale fino a 32 miliardi di dollari.",
        [("32 miliardi di dollari", "capex", "TSMC")],
    ),
    C(
        "it",
        "Secondo quanto riportato da Reuters, Oracle spenderà 6,5 miliardi di dollari in Malesia per il cloud.",
        [("6,5 miliardi di dollari", "investment", "Oracle")],
        "Reuters",
        tags=("source-not-subject",),
    ),
    C(
        "it",
        "Nvidia vale ora più di Apple, con una capitalizzazione di 3.400 miliardi di dollari.",
        [("3.400 miliardi di dollari", "market_cap", "Nvidia")],
        tags=("distractor",),
    ),
    C(
        "it",
        "La startup francese Mistral AI sarebbe valutata 6 miliardi di euro, secondo il Financial Times.",
        [("6 miliardi di euro", "valuation", "Mistral AI")],
        "Financial Times",
        True,
        ("hedge", "source"),
    ),
    C(
        "it",
        "Il governo giapponese ha concesso a Rapidus ulteriori sovvenzioni per 590 miliardi di yen.",
        [("590 miliardi di yen", "subsidy", "Rapidus")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "it",
        "Il Mimit ha firmato un accordo con Silicon Box, che investirà 3,2 miliardi di euro a Novara.",
        [("3,2 miliardi di euro", "investment", "Silicon Box")],
        tags=("relative-clause",),
    ),
    C(
        "it",
        "L'acquisizione di Run:ai costerà a Nvidia circa 700 milioni di dollari.",
        [("700 milioni di dollari", "price", "Nvidia")],
        tags=("acquisition",),
    ),
    C(
        "it",
        "Broadcom ha riportato un fatturato trimestrale di 14 miliardi di dollari.",
        [("14 miliardi di dollari", "revenue", "Broadcom")],
    ),
    C(
        "it",
        "Secondo fonti vicine al dossier, Foxconn avrebbe intenzione di investire 1,5 miliardi di dollari in India.",
        [("1,5 miliardi di dollari", "investment", "Foxconn")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "it",
        "Microsoft ha detto che investirà 3,2 miliardi di euro in Germania entro il 2025.",
        [("3,2 miliardi di euro", "investment", "Microsoft")],
        "Microsoft",
        tags=("not-hedge",),
    ),
    C(
        "it",
        "Nvidia ha una capitalizzazione di mercato vicina a 1,72 trilioni di dollari.",
        [("1,72 trilioni di dollari", "market_cap", "Nvidia")],
    ),
    C(
        "it",
        "Il valore di mercato di Apple è sceso sotto i 3.000 miliardi di dollari.",
        [("3.000 miliardi di dollari", "market_cap", "Apple")],
        tags=("possessive",),
    ),
    C(
        "it",
        "Samsung riceverà fino a 6,4 miliardi di dollari di sovvenzioni per i suoi impianti in Texas.",
        [("6,4 miliardi di dollari", "subsidy", "Samsung")],
    ),
    C(
        "it",
        "Una singola macchina EUV di ASML costa circa 150 milioni di euro.",
        [("150 milioni di euro", "price", "ASML")],
        tags=("unit-price",),
    ),
    C(
        "it",
        "Il mercato dei chip per l'IA raggiungerà 400 miliardi di dollari nel 2027, secondo AMD.",
        [("400 miliardi di dollari", "sales", None)],
        "AMD",
        tags=("market", "source-not-subject"),
    ),
    # ------------------------------------------------------------------ de
    C(
        "de",
        "Nvidias Börsenwert stieg am Dienstag auf 3,3 Billionen Dollar.",
        [("3,3 Billionen Dollar", "market_cap", "Nvidia")],
        tags=("possessive",),
    ),
    C(
        "de",
        "Intel will in Magdeburg 30 Milliarden Euro investieren.",
        [("30 Milliarden Euro", "investment", "Intel")],
    ),
    C(
        "de",
        "Der Bund soll Intel dafür Subventionen von rund 10 Milliarden Euro zugesagt haben.",
        [("10 Milliarden Euro", "subsidy", "Intel")],
        None,
        True,
        ("subsidy", "recipient", "hedge"),
    ),
    C(
        "de",
        "Laut Handelsblatt soll OpenAI bei Investoren 6,5 Milliarden Dollar einsammeln.",
        [("6,5 Milliarden Dollar", "funding_ask", "OpenAI")],
        "Handelsblatt",
        True,
        ("hedge", "source"),
    ),
    C(
        "de",
        "OpenAI sammelte 6,6 Milliarden Dollar ein und wird nun mit 157 Milliarden Dollar bewertet.",
        [
            ("6,6 Milliarden Dollar", "funding_ask", "OpenAI"),
            ("157 Milliarden Dollar", "valuation", "OpenAI"),
        ],
        tags=("two-kinds", "separable-verb"),
    ),
    C(
        "de",
        "Der Umsatz von SAP stieg im dritten Quartal auf 8,5 Milliarden Euro.",
        [("8,5 Milliarden Euro", "revenue", "SAP")],
        tags=("possessive",),
    ),
    C(
        "de",
        "Ein H100-Chip kostet zwischen 25.000 und 40.000 Dollar pro Stück.",
        [("25.000 und 40.000 Dollar", "price", "Nvidia")],
        tags=("unit-price", "product"),
    ),
    C(
        "de",
        "Die Nvidia-Aktie schloss bei 823,94 Dollar.",
        [("823,94 Dollar", "price", "Nvidia")],
        tags=("share-price",),
    ),
    C(
        "de",
        "Nach Angaben der Semiconductor Industry Association wuchs der weltweite Halbleiterabsatz auf 527 Milliarden Dollar.",
        [("527 Milliarden Dollar", "sales", None)],
        SIA,
        tags=("source-not-subject", "market", "compound"),
    ),
    C(
        "de",
        "Microsoft investiert 3,2 Milliarden Euro in Rechenzentren in Deutschland.",
        [("3,2 Milliarden Euro", "investment", "Microsoft")],
    ),
    C(
        "de",
        "ESMC erhält für das Werk in Dresden eine Förderung von 5 Milliarden Euro.",
        [("5 Milliarden Euro", "subsidy", "ESMC")],
    ),
    C(
        "de",
        "Die Baukosten des neuen Werks schätzt TSMC auf rund 10 Milliarden Euro.",
        [("10 Milliarden Euro", "cost", "TSMC")],
        tags=("cost", "compound"),
    ),
    C(
        "de",
        "Amazon Web Services will bis 2026 rund 8,8 Milliarden Euro in Hessen investieren.",
        [("8,8 Milliarden Euro", "investment", AWS)],
    ),
    C(
        "de",
        "Mistral AI wurde in der jüngsten Finanzierungsrunde mit 6 Milliarden Euro bewertet.",
        [("6 Milliarden Euro", "valuation", "Mistral AI")],
        tags=("passive",),
    ),
    C(
        "de",
        "Analysten von Morgan Stanley erwarten für Nvidia einen Umsatz von 32,5 Milliarden Dollar.",
        [("32,5 Milliarden Dollar", "revenue", "Nvidia")],
        "Morgan Stanley",
        tags=("source-not-subject",),
    ),
    C(
        "de",
        "Die Investitionsausgaben von Meta sollen im kommenden Jahr auf bis zu 40 Milliarden Dollar steigen.",
        [("40 Milliarden Dollar", "capex", "Meta")],
        None,
        True,
        ("possessive",),
    ),
    C(
        "de",
        "Reuters berichtet, dass Oracle 6,5 Milliarden Dollar in Malaysia investieren will.",
        [("6,5 Milliarden Dollar", "investment", "Oracle")],
        "Reuters",
        tags=("source-not-subject",),
    ),
    C(
        "de",
        "Infineon erwartet für das Geschäftsjahr einen Umsatz von rund 15,1 Milliarden Euro.",
        [("15,1 Milliarden Euro", "revenue", "Infineon")],
    ),
    C(
        "de",
        "Der Preis für einen Blackwell-Chip liegt nach Aussage von Jensen Huang bei 30.000 bis 40.000 Dollar.",
        [("30.000 bis 40.000 Dollar", "price", "Nvidia")],
        "Jensen Huang",
        tags=("unit-price", "product"),
    ),
    C(
        "de",
        "Die Bundesregierung stellt für die Chipförderung insgesamt 20 Milliarden Euro bereit.",
        [("20 Milliarden Euro", "subsidy", "German Federal Government")],
        tags=("subsidy", "compound", "government"),
    ),
    C(
        "de",
        "Apples Marktwert beträgt inzwischen 3,4 Billionen Dollar.",
        [("3,4 Billionen Dollar", "market_cap", "Apple")],
        tags=("possessive",),
    ),
    C(
        "de",
        "TSMC rechnet in diesem Jahr mit Investitionsausgaben von 28 bis 32 Milliarden Dollar.",
        [("28 bis 32 Milliarden Dollar", "capex", "TSMC")],
    ),
    C(
        "de",
        "Die Kosten für das Rechenzentrum in Hanau belaufen sich auf 1,5 Milliarden Euro, teilte Microsoft mit.",
        [("1,5 Milliarden Euro", "cost", "Microsoft")],
        "Microsoft",
        tags=("cost", "speaker-after"),
    ),
    C(
        "de",
        "Anthropic soll Insidern zufolge eine Bewertung von 60 Milliarden Dollar anstreben.",
        [("60 Milliarden Dollar", "valuation", "Anthropic")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "de",
        "Broadcom meldete einen Quartalsumsatz von 14,05 Milliarden Dollar.",
        [("14,05 Milliarden Dollar", "revenue", "Broadcom")],
        tags=("compound",),
    ),
    C(
        "de",
        "Samsung bekommt von der US-Regierung bis zu 6,4 Milliarden Dollar an Zuschüssen.",
        [("6,4 Milliarden Dollar", "subsidy", "Samsung")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "de",
        "Der weltweite Markt für KI-Chips soll bis 2027 auf 400 Milliarden Dollar wachsen, schätzt AMD.",
        [("400 Milliarden Dollar", "sales", None)],
        "AMD",
        True,
        ("market", "source-not-subject"),
    ),
    C(
        "de",
        "SoftBank beteiligt sich mit 500 Millionen Dollar an OpenAI.",
        [("500 Millionen Dollar", "investment", "SoftBank")],
        tags=("stake",),
    ),
    C(
        "de",
        "Nvidia hat im vierten Quartal einen Umsatz von 22,1 Milliarden Dollar erzielt.",
        [("22,1 Milliarden Dollar", "revenue", "Nvidia")],
    ),
    C(
        "de",
        "Die Bewertung von xAI liegt nach der Finanzierungsrunde bei 24 Milliarden Dollar.",
        [("24 Milliarden Dollar", "valuation", "xAI")],
        tags=("possessive",),
    ),
    C(
        "de",
        "Wie die Financial Times berichtet, verhandelt Microsoft über eine Investition von 10 Milliarden Dollar in OpenAI.",
        [("10 Milliarden Dollar", "investment", "Microsoft")],
        "Financial Times",
        tags=("source-not-subject",),
    ),
    C(
        "de",
        "Der Chipkonzern GlobalFoundries erhält 1,5 Milliarden Dollar an Fördermitteln aus dem CHIPS Act.",
        [("1,5 Milliarden Dollar", "subsidy", "GlobalFoundries")],
        tags=("subsidy",),
    ),
    C(
        "de",
        "Die Fabrik in Arizona kostet TSMC insgesamt 65 Milliarden Dollar.",
        [("65 Milliarden Dollar", "cost", "TSMC")],
        tags=("cost",),
    ),
    C(
        "de",
        "Jensen Huang stellte am Mittwoch die Zahlen von Nvidia vor. Der Umsatz kletterte auf 35,1 Milliarden Dollar.",
        [("35,1 Milliarden Dollar", "revenue", "Nvidia")],
        tags=("previous-sentence",),
    ),
    C(
        "de",
        "Die Aktie von AMD fiel um 4 Prozent auf 157,70 Dollar.",
        [("157,70 Dollar", "price", "AMD")],
        tags=("share-price",),
    ),
    C(
        "de",
        "Google investiert eine Milliarde Euro in seine Rechenzentren in Deutschland.",
        [("eine Milliarde Euro", "investment", "Google")],
    ),
    C(
        "de",
        "Die EU-Kommission genehmigte eine staatliche Beihilfe von 920 Millionen Euro für Infineon in Dresden.",
        [("920 Millionen Euro", "subsidy", "Infineon")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "de",
        "Microsoft will 80 Milliarden Dollar für KI-Rechenzentren ausgeben.",
        [("80 Milliarden Dollar", "capex", "Microsoft")],
        tags=("capex",),
    ),
    C(
        "de",
        "Nach Schätzungen von TrendForce kostet ein Blackwell-Server rund 3 Millionen Dollar.",
        [("3 Millionen Dollar", "price", "Nvidia")],
        "TrendForce",
        tags=("unit-price", "product", "source-not-subject"),
    ),
    C(
        "de",
        "Rapidus bekommt von der japanischen Regierung weitere Subventionen über 590 Milliarden Yen.",
        [("590 Milliarden Yen", "subsidy", "Rapidus")],
        tags=("subsidy",),
    ),
    C(
        "de",
        "Die Marktkapitalisierung von Microsoft lag zuletzt bei 3,1 Billionen Dollar.",
        [("3,1 Billionen Dollar", "market_cap", "Microsoft")],
        tags=("possessive",),
    ),
    C(
        "de",
        "Angeblich will xAI weitere 6 Milliarden Dollar einsammeln.",
        [("6 Milliarden Dollar", "funding_ask", "xAI")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "de",
        "Die Aktie von Nvidia kostete zuletzt 120 Dollar je Aktie.",
        [("120 Dollar", "price", "Nvidia")],
        tags=("share-price",),
    ),
    C(
        "de",
        "Der Halbleiterumsatz weltweit soll laut Gartner 630 Milliarden Dollar erreichen.",
        [("630 Milliarden Dollar", "revenue", None)],
        "Gartner",
        True,
        ("market", "compound"),
    ),
    # ------------------------------------------------------------------ fr
    C(
        "fr",
        "La capitalisation boursière de Nvidia a dépassé 3 000 milliards de dollars.",
        [("3 000 milliards de dollars", "market_cap", "Nvidia")],
        tags=("possessive",),
    ),
    C(
        "fr",
        "La valorisation d'OpenAI atteint désormais 157 milliards de dollars.",
        [("157 milliards de dollars", "valuation", "OpenAI")],
        tags=("possessive",),
    ),
    C(
        "fr",
        "Selon le Wall Street Journal, Sam Altman chercherait à lever jusqu'à 7 000 milliards de dollars.",
        [("7 000 milliards de dollars", "funding_ask", "Sam Altman")],
        WSJ,
        True,
        ("hedge", "source"),
    ),
    C(
        "fr",
        "Microsoft va investir 4 milliards d'euros en France dans le cloud et l'IA.",
        [("4 milliards d'euros", "investment", "Microsoft")],
    ),
    C(
        "fr",
        "Mistral AI a levé 600 millions d'euros, ce qui valorise la start-up à 6 milliards d'euros.",
        [
            ("600 millions d'euros", "funding_ask", "Mistral AI"),
            ("6 milliards d'euros", "valuation", "Mistral AI"),
        ],
        tags=("two-kinds",),
    ),
    C(
        "fr",
        "Le prix d'une puce H100 varie entre 25 000 et 40 000 dollars.",
        [("25 000 et 40 000 dollars", "price", "Nvidia")],
        tags=("unit-price", "product"),
    ),
    C(
        "fr",
        "D'après la Semiconductor Industry Association, les ventes mondiales de semi-conducteurs ont atteint 527 milliards de dollars.",
        [("527 milliards de dollars", "sales", None)],
        SIA,
        tags=("source-not-subject", "market"),
    ),
    C(
        "fr",
        "L'action Nvidia a clôturé à 823,94 dollars.",
        [("823,94 dollars", "price", "Nvidia")],
        tags=("share-price",),
    ),
    C(
        "fr",
        "STMicroelectronics recevra une aide publique de 2,9 milliards d'euros pour son usine de Catane.",
        [("2,9 milliards d'euros", "subsidy", "STMicroelectronics")],
    ),
    C(
        "fr",
        "Le chiffre d'affaires d'Apple a reculé à 90,8 milliards de dollars au deuxième trimestre.",
        [("90,8 milliards de dollars", "revenue", "Apple")],
        tags=("possessive",),
    ),
    C(
        "fr",
        "Amazon Web Services prévoit d'investir 1,2 milliard d'euros en France.",
        [("1,2 milliard d'euros", "investment", AWS)],
    ),
    C(
        "fr",
        "Selon nos informations, Anthropic serait en discussion pour lever 2 milliards de dollars.",
        [("2 milliards de dollars", "funding_ask", "Anthropic")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "fr",
        "Les dépenses d'investissement de Meta devraient atteindre 40 milliards de dollars cette année.",
        [("40 milliards de dollars", "capex", "Meta")],
        tags=("possessive",),
    ),
    C(
        "fr",
        "Selon Les Echos, le groupe Iliad va consacrer 3 milliards d'euros à l'intelligence artificielle.",
        [("3 milliards d'euros", "investment", "Iliad")],
        "Les Echos",
        tags=("source-not-subject",),
    ),
    C(
        "fr",
        "La nouvelle usine d'Intel dans l'Ohio coûtera plus de 20 milliards de dollars.",
        [("20 milliards de dollars", "cost", "Intel")],
        tags=("cost", "possessive"),
    ),
    C(
        "fr",
        "Chaque puce Blackwell coûtera entre 30 000 et 40 000 dollars, a déclaré Jensen Huang.",
        [("30 000 et 40 000 dollars", "price", "Nvidia")],
        "Jensen Huang",
        tags=("unit-price", "product"),
    ),
    C(
        "fr",
        "Le gouvernement français accorde une subvention de 2,2 milliards d'euros à la filière.",
        [("2,2 milliards d'euros", "subsidy", "France")],
        tags=("subsidy", "government"),
    ),
    C(
        "fr",
        "OpenAI aurait réalisé un chiffre d'affaires de 3,7 milliards de dollars en 2024.",
        [("3,7 milliards de dollars", "revenue", "OpenAI")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "fr",
        "TSMC prévoit des dépenses d'investissement comprises entre 28 et 32 milliards de dollars.",
        [("28 et 32 milliards de dollars", "capex", "TSMC")],
    ),
    C(
        "fr",
        "xAI, la société d'Elon Musk, a levé 6 milliards de dollars.",
        [("6 milliards de dollars", "funding_ask", "xAI")],
        tags=("apposition",),
    ),
    C(
        "fr",
        "Selon Bloomberg, SoftBank envisage d'investir 500 millions de dollars dans OpenAI.",
        [("500 millions de dollars", "investment", "SoftBank")],
        "Bloomberg",
        tags=("source-not-subject",),
    ),
    C(
        "fr",
        "Les ventes de Nvidia ont bondi à 22,1 milliards de dollars au quatrième trimestre.",
        [("22,1 milliards de dollars", "revenue", "Nvidia")],
        tags=("company-sales",),
    ),
    C(
        "fr",
        "Le marché mondial des puces d'IA devrait atteindre 400 milliards de dollars en 2027, selon AMD.",
        [("400 milliards de dollars", "sales", None)],
        "AMD",
        tags=("market", "source-not-subject"),
    ),
    C(
        "fr",
        "L'Union européenne mobilisera 43 milliards d'euros d'investissements publics et privés avec son Chips Act.",
        [("43 milliards d'euros", "investment", "European Union")],
    ),
    C(
        "fr",
        "Nvidia a été valorisée à 2 000 milliards de dollars en Bourse pour la première fois.",
        [("2 000 milliards de dollars", "market_cap", "Nvidia")],
        tags=("passive", "market-cap-verb"),
    ),
    C(
        "fr",
        "EDF investira 1 milliard d'euros dans ses centres de données.",
        [("1 milliard d'euros", "investment", "EDF")],
    ),
    C(
        "fr",
        "Les revenus de Microsoft dans le cloud ont atteint 38,9 milliards de dollars, a annoncé Microsoft.",
        [("38,9 milliards de dollars", "revenue", "Microsoft")],
        "Microsoft",
        tags=("possessive",),
    ),
    C(
        "fr",
        "Jensen Huang a présenté mercredi les résultats de Nvidia. Le chiffre d'affaires trimestriel a atteint 35,1 milliards de dollars.",
        [("35,1 milliards de dollars", "revenue", "Nvidia")],
        tags=("previous-sentence",),
    ),
    C(
        "fr",
        "Le titre d'AMD a chuté à 157,70 dollars par action.",
        [("157,70 dollars", "price", "AMD")],
        tags=("share-price",),
    ),
    C(
        "fr",
        "Samsung touchera jusqu'à 6,4 milliards de dollars de subventions américaines.",
        [("6,4 milliards de dollars", "subsidy", "Samsung")],
    ),
    C(
        "fr",
        "Microsoft a investi 13 milliards de dollars dans OpenAI depuis 2019.",
        [("13 milliards de dollars", "investment", "Microsoft")],
    ),
    C(
        "fr",
        "Une machine EUV d'ASML coûte environ 150 millions d'euros.",
        [("150 millions d'euros", "price", "ASML")],
        tags=("unit-price",),
    ),
    C(
        "fr",
        "Le Monde rapporte que Google aurait proposé 23 milliards de dollars pour racheter Wiz.",
        [("23 milliards de dollars", "price", "Google")],
        "Le Monde",
        True,
        ("acquisition", "hedge"),
    ),
    C(
        "fr",
        "Le coût total du campus de Fluidstack en France est estimé à 10 milliards d'euros.",
        [("10 milliards d'euros", "cost", "Fluidstack")],
        tags=("cost", "possessive"),
    ),
    C(
        "fr",
        "Broadcom a publié un chiffre d'affaires trimestriel de 14 milliards de dollars.",
        [("14 milliards de dollars", "revenue", "Broadcom")],
    ),
    C(
        "fr",
        "Selon le cabinet Gartner, le chiffre d'affaires mondial des semi-conducteurs atteindra 630 milliards de dollars.",
        [("630 milliards de dollars", "revenue", None)],
        "Gartner",
        tags=("market", "source-not-subject"),
    ),
    C(
        "fr",
        "Bpifrance apportera 500 millions d'euros au fonds dédié à l'IA.",
        [("500 millions d'euros", "investment", "Bpifrance")],
    ),
    C(
        "fr",
        "Apple vaut désormais 3 400 milliards de dollars en Bourse.",
        [("3 400 milliards de dollars", "market_cap", "Apple")],
        tags=("market-cap-verb",),
    ),
    C(
        "fr",
        "Rapidus a obtenu du gouvernement japonais une nouvelle aide de 590 milliards de yens.",
        [("590 milliards de yens", "subsidy", "Rapidus")],
        tags=("subsidy",),
    ),
    C(
        "fr",
        "Mistral AI serait en passe de lever 1 milliard d'euros, selon des sources proches du dossier.",
        [("1 milliard d'euros", "funding_ask", "Mistral AI")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "fr",
        "Les analystes de Morgan Stanley estiment que le chiffre d'affaires de Microsoft dans l'IA pourrait atteindre 10 milliards de dollars.",
        [("10 milliards de dollars", "revenue", "Microsoft")],
        "Morgan Stanley",
        tags=("source-not-subject", "possessive"),
    ),
    C(
        "fr",
        "AMD a accepté de racheter ZT Systems pour 4,9 milliards de dollars.",
        [("4,9 milliards de dollars", "price", "AMD")],
        tags=("acquisition",),
    ),
    C(
        "fr",
        "Microsoft a déclaré qu'il investirait 3,2 milliards d'euros en Allemagne.",
        [("3,2 milliards d'euros", "investment", "Microsoft")],
        "Microsoft",
        tags=("not-hedge",),
    ),
    # ------------------------------------------------------------------ es
    C(
        "es",
        "La capitalización bursátil de Nvidia superó los 3 billones de dólares.",
        [("3 billones de dólares", "market_cap", "Nvidia")],
        tags=("possessive",),
    ),
    C(
        "es",
        "OpenAI recaudó 6.600 millones de dólares con una valoración de 157.000 millones.",
        [
            ("6.600 millones de dólares", "funding_ask", "OpenAI"),
            ("157.000 millones", "valuation", "OpenAI"),
        ],
        tags=("two-kinds",),
    ),
    C(
        "es",
        "Según The Wall Street Journal, Sam Altman estaría buscando hasta 7 billones de dólares.",
        [("7 billones de dólares", "funding_ask", "Sam Altman")],
        WSJ,
        True,
        ("hedge", "source"),
    ),
    C(
        "es",
        "Amazon Web Services invertirá 15.700 millones de euros en Aragón hasta 2033.",
        [("15.700 millones de euros", "investment", AWS)],
    ),
    C(
        "es",
        "El precio de cada GPU H100 oscila entre 25.000 y 40.000 dólares.",
        [("25.000 y 40.000 dólares", "price", "Nvidia")],
        tags=("unit-price", "product"),
    ),
    C(
        "es",
        "Las acciones de Nvidia cerraron a 823,94 dólares por acción.",
        [("823,94 dólares", "price", "Nvidia")],
        tags=("share-price",),
    ),
    C(
        "es",
        "Según la Semiconductor Industry Association, las ventas mundiales de chips alcanzaron 527.000 millones de dólares.",
        [("527.000 millones de dólares", "sales", None)],
        SIA,
        tags=("source-not-subject", "market"),
    ),
    C(
        "es",
        "Microsoft invertirá 6.690 millones de euros en centros de datos en Aragón.",
        [("6.690 millones de euros", "investment", "Microsoft")],
    ),
    C(
        "es",
        "El Gobierno de España concederá ayudas por 12.250 millones de euros al sector de los semiconductores.",
        [("12.250 millones de euros", "subsidy", "Spain")],
        tags=("subsidy", "government"),
    ),
    C(
        "es",
        "Los ingresos de TSMC en el tercer trimestre subieron a 23.500 millones de dólares.",
        [("23.500 millones de dólares", "revenue", "TSMC")],
        tags=("possessive",),
    ),
    C(
        "es",
        "Según fuentes cercanas, Anthropic estaría negociando una ronda de 2.000 millones de dólares.",
        [("2.000 millones de dólares", "funding_ask", "Anthropic")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "es",
        "La valoración de Mistral AI alcanzó los 6.000 millones de euros.",
        [("6.000 millones de euros", "valuation", "Mistral AI")],
        tags=("possessive",),
    ),
    C(
        "es",
        "Meta prevé un gasto de capital de entre 35.000 y 40.000 millones de dólares este año.",
        [("35.000 y 40.000 millones de dólares", "capex", "Meta")],
    ),
    C(
        "es",
        "La nueva fábrica de Intel en Ohio costará más de 20.000 millones de dólares.",
        [("20.000 millones de dólares", "cost", "Intel")],
        tags=("cost", "possessive"),
    ),
    C(
        "es",
        "Intel recibirá hasta 8.500 millones de dólares en subvenciones de la Ley CHIPS.",
        [("8.500 millones de dólares", "subsidy", "Intel")],
    ),
    C(
        "es",
        "Microsoft ha invertido 13.000 millones de dólares en OpenAI desde 2019.",
        [("13.000 millones de dólares", "investment", "Microsoft")],
    ),
    C(
        "es",
        "Según Bloomberg, SoftBank invertiría 500 millones de dólares en OpenAI.",
        [("500 millones de dólares", "investment", "SoftBank")],
        "Bloomberg",
        True,
        ("hedge", "source"),
    ),
    C(
        "es",
        "Cada chip Blackwell costará entre 30.000 y 40.000 dólares, dijo Jensen Huang.",
        [("30.000 y 40.000 dólares", "price", "Nvidia")],
        "Jensen Huang",
        tags=("unit-price", "product"),
    ),
    C(
        "es",
        "Gartner prevé que los ingresos mundiales de semiconductores alcancen los 630.000 millones de dólares.",
        [("630.000 millones de dólares", "revenue", None)],
        "Gartner",
        tags=("market", "source-not-subject"),
    ),
    C(
        "es",
        "La facturación de Nvidia en el cuarto trimestre fue de 22.100 millones de dólares.",
        [("22.100 millones de dólares", "revenue", "Nvidia")],
        tags=("possessive",),
    ),
    C(
        "es",
        "Telefónica destinará 1.000 millones de euros a nuevos centros de datos.",
        [("1.000 millones de euros", "investment", "Telefónica")],
    ),
    C(
        "es",
        "Blackstone invertirá 7.500 millones de euros en un campus de centros de datos en Calatorao.",
        [("7.500 millones de euros", "investment", "Blackstone")],
    ),
    C(
        "es",
        "xAI, la empresa de Elon Musk, ha recaudado 6.000 millones de dólares.",
        [("6.000 millones de dólares", "funding_ask", "xAI")],
        tags=("apposition",),
    ),
    C(
        "es",
        "El coste del proyecto Stargate se estima en 500.000 millones de dólares.",
        [("500.000 millones de dólares", "cost", "Stargate")],
        tags=("cost",),
    ),
    C(
        "es",
        "Las acciones de AMD cayeron un 4% hasta 157,70 dólares.",
        [("157,70 dólares", "price", "AMD")],
        tags=("share-price",),
    ),
    C(
        "es",
        "La Comisión Europea aprobó una ayuda estatal de 5.000 millones de euros para ESMC.",
        [("5.000 millones de euros", "subsidy", "ESMC")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "es",
        "Jensen Huang presentó el miércoles los resultados de Nvidia. Los ingresos trimestrales alcanzaron los 35.100 millones de dólares.",
        [("35.100 millones de dólares", "revenue", "Nvidia")],
        tags=("previous-sentence",),
    ),
    C(
        "es",
        "Apple vale ya 3,4 billones de dólares en bolsa.",
        [("3,4 billones de dólares", "market_cap", "Apple")],
        tags=("market-cap-verb",),
    ),
    C(
        "es",
        "El gasto en centros de datos de Microsoft llegará a 80.000 millones de dólares en el año fiscal 2025, según Brad Smith.",
        [("80.000 millones de dólares", "capex", "Microsoft")],
        "Brad Smith",
        tags=("capex",),
    ),
    C(
        "es",
        "Samsung recibirá hasta 6.400 millones de dólares en subvenciones para sus plantas de Texas.",
        [("6.400 millones de dólares", "subsidy", "Samsung")],
    ),
    C(
        "es",
        "El mercado mundial de chips de IA alcanzará los 400.000 millones de dólares en 2027, según AMD.",
        [("400.000 millones de dólares", "sales", None)],
        "AMD",
        tags=("market", "source-not-subject"),
    ),
    C(
        "es",
        "Iberdrola invertirá 2.000 millones de euros en centros de datos en España.",
        [("2.000 millones de euros", "investment", "Iberdrola")],
    ),
    C(
        "es",
        "Una máquina EUV de ASML cuesta unos 150 millones de euros por unidad.",
        [("150 millones de euros", "price", "ASML")],
        tags=("unit-price",),
    ),
    C(
        "es",
        "Indra recibirá una subvención de 30 millones de euros del PERTE Chip.",
        [("30 millones de euros", "subsidy", "Indra")],
    ),
    C(
        "es",
        "Según Expansión, Oracle invertirá 1.000 millones de dólares en Madrid.",
        [("1.000 millones de dólares", "investment", "Oracle")],
        "Expansión",
        tags=("source-not-subject",),
    ),
    C(
        "es",
        "La valoración de Anthropic se dispararía hasta los 60.000 millones de dólares, según The Information.",
        [("60.000 millones de dólares", "valuation", "Anthropic")],
        "The Information",
        True,
        ("hedge", "possessive"),
    ),
    C(
        "es",
        "Broadcom registró una facturación trimestral de 14.050 millones de dólares.",
        [("14.050 millones de dólares", "revenue", "Broadcom")],
    ),
    C(
        "es",
        "El Gobierno japonés concedió a Rapidus otros 590.000 millones de yenes en ayudas.",
        [("590.000 millones de yenes", "subsidy", "Rapidus")],
        tags=("subsidy", "recipient"),
    ),
    C(
        "es",
        "Las ventas de Apple cayeron hasta 90.800 millones de dólares.",
        [("90.800 millones de dólares", "revenue", "Apple")],
        tags=("company-sales",),
    ),
    C(
        "es",
        "Oracle gastará 10.000 millones de dólares en nuevos centros de datos, informó Reuters.",
        [("10.000 millones de dólares", "capex", "Oracle")],
        "Reuters",
        tags=("capex", "source-not-subject"),
    ),
    C(
        "es",
        "Supuestamente, xAI pidió a los inversores 6.000 millones de dólares.",
        [("6.000 millones de dólares", "funding_ask", "xAI")],
        None,
        True,
        ("hedge",),
    ),
    C(
        "es",
        "AMD acordó comprar ZT Systems por 4.900 millones de dólares.",
        [("4.900 millones de dólares", "price", "AMD")],
        tags=("acquisition",),
    ),
    C(
        "es",
        "Microsoft dijo que invertiría 3.200 millones de euros en Alemania.",
        [("3.200 millones de euros", "investment", "Microsoft")],
        "Microsoft",
        tags=("not-hedge",),
    ),
]


def locate(text: str, surface: str, pos: int) -> int:
    """The start of ``surface`` in ``text`` at or after ``pos``, not inside a longer number."""
    at = text.find(surface, pos)
    while at != -1:
        before = text[at - 1] if at else " "
        after = text[at + len(surface)] if at + len(surface) < len(text) else " "
        if not (before.isalnum() or after.isdigit()):
            return at
        at = text.find(surface, at + 1)
    raise ValueError(f"{surface!r} not in {text!r}")


def records() -> list[dict[str, Any]]:
    """The cases as JSON-ready records with offsets, ids numbered per language."""
    out: list[dict[str, Any]] = []
    counts: dict[str, int] = {}
    for case in CASES:
        counts[case.lang] = counts.get(case.lang, 0) + 1
        figures, pos = [], 0
        for surface, kind, subject in case.figures:
            if kind not in KINDS:
                raise ValueError(f"bad kind {kind!r} in {case.text!r}")
            start = locate(case.text, surface, pos)
            pos = start + len(surface)
            figures.append(
                {"surface": surface, "start": start, "end": pos, "kind": kind, "subject": subject}
            )
        out.append(
            {
                "id": f"{case.lang}-{counts[case.lang]:03d}",
                "lang": case.lang,
                "text": case.text,
                "figures": figures,
                "attribution": case.attribution,
                "hedged": case.hedged,
                "tags": list(case.tags),
            }
        )
    return out


def render() -> str:
    """The JSON Lines text of ``claims_dev.jsonl``."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT} ({len(CASES)} cases)")
