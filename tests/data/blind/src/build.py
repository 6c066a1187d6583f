# ruff: noqa: E501
"""Build the blind corpus: HTML pages + gold.jsonl from the article specs (markup inline).

Article specs: articles_<lang>.json. Markup in titles, standfirsts, paragraphs and table cells:
  [[surface|amount|amount_max|CUR|cluster]]   a money figure (amount_max/cluster may be empty)
  {{surface|O}} / {{surface|P}} / {{surface|O|Canonical}}   an ORG / PERSON mention
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE.parent
MONEY = re.compile(r"\[\[(.+?)\]\]")
ENT = re.compile(r"\{\{(.+?)\}\}")
TOKEN = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")

COOKIE = {
    "en": "We use cookies and similar technologies to personalise content and ads and to analyse our traffic. By clicking \u201cAccept all\u201d you consent to our use of cookies.",
    "it": "Questo sito utilizza cookie tecnici e di profilazione, propri e di terze parti, per migliorare la tua esperienza. Cliccando su \u00abAccetta\u00bb acconsenti all'uso dei cookie.",
    "de": "Wir verwenden Cookies und \u00e4hnliche Technologien, um Inhalte und Anzeigen zu personalisieren und Zugriffe zu analysieren. Mit \u201eAlle akzeptieren\u201c stimmen Sie zu.",
    "fr": "Nous utilisons des cookies pour am\u00e9liorer votre exp\u00e9rience, mesurer l'audience et vous proposer des publicit\u00e9s personnalis\u00e9es. En cliquant sur \u00ab Tout accepter \u00bb, vous consentez.",
    "es": "Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias. Si contin\u00faa navegando, acepta su uso.",
}
ACCEPT = {
    "en": "Accept all",
    "it": "Accetta",
    "de": "Alle akzeptieren",
    "fr": "Tout accepter",
    "es": "Aceptar",
}
NAV = {
    "en": ["World", "Business", "Markets", "Technology", "Sustainability", "Breakingviews"],
    "it": ["Economia", "Finanza", "Mercati", "Tecnologia", "Impresa", "Commenti"],
    "de": ["Politik", "Unternehmen", "Finanzen", "Technologie", "Meinung", "Karriere"],
    "fr": ["\u00c9conomie", "Entreprises", "Bourse", "Tech-M\u00e9dias", "Monde", "Id\u00e9es"],
    "es": ["Econom\u00eda", "Empresas", "Mercados", "Tecnolog\u00eda", "Opini\u00f3n", "Tu dinero"],
}
RELATED_H = {
    "en": "Read next",
    "it": "Leggi anche",
    "de": "Mehr zum Thema",
    "fr": "\u00c0 lire aussi",
    "es": "Te puede interesar",
}
NEWSLETTER = {
    "en": "Sign up for our Tech newsletter: the week in chips and data centers, every Friday.",
    "it": "Iscriviti alla newsletter Tecnologia: ogni venerd\u00ec le notizie su chip e data center.",
    "de": "Abonnieren Sie unseren Newsletter: jeden Freitag das Wichtigste zu Chips und Rechenzentren.",
    "fr": "Inscrivez-vous \u00e0 notre newsletter Tech : chaque vendredi, l'essentiel des puces et des data centers.",
    "es": "Suscr\u00edbete a nuestra newsletter de Tecnolog\u00eda: cada viernes, lo esencial de chips y centros de datos.",
}
RIGHTS = {
    "en": "All rights reserved.",
    "it": "Riproduzione riservata.",
    "de": "Alle Rechte vorbehalten.",
    "fr": "Tous droits r\u00e9serv\u00e9s.",
    "es": "Todos los derechos reservados.",
}
BY = {"en": "By", "it": "di", "de": "Von", "fr": "Par", "es": "Por"}


def render(marked: str, base: int, money: list[dict], ents: list[dict]) -> str:
    """Strip markup from one block; record labels with offsets relative to ``base``."""
    out: list[str] = []
    pos = 0
    cur = 0
    for m in TOKEN.finditer(marked):
        out.append(marked[pos : m.start()])
        cur += m.start() - pos
        if m.group(1) is not None:
            parts = m.group(1).split("|")
            surface, amount, amax, ccy = parts[:4]
            cluster = parts[4] if len(parts) > 4 and parts[4] else None
            money.append(
                {
                    "surface": surface,
                    "start": base + cur,
                    "end": base + cur + len(surface),
                    "amount": float(amount),
                    "amount_max": float(amax) if amax else None,
                    "currency": ccy,
                    "cluster": cluster,
                }
            )
        else:
            parts = m.group(2).split("|")
            surface, lab = parts[0], parts[1]
            canon = parts[2] if len(parts) > 2 else surface
            ents.append(
                {
                    "surface": surface,
                    "start": base + cur,
                    "label": {"O": "ORG", "P": "PERSON"}[lab],
                    "canonical": canon,
                }
            )
        out.append(surface)
        cur += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out)


def build_article(a: dict) -> tuple[str, dict]:
    lang = a["lang"]
    money: list[dict] = []
    ents: list[dict] = []
    blocks: list[tuple[str, str]] = []  # (kind, plain text)
    text = ""

    def add(kind: str, marked: str) -> str:
        nonlocal text
        if text:
            text += "\n\n"
        plain = render(marked, len(text), money, ents)
        text += plain
        blocks.append((kind, plain))
        return plain

    title = add("title", a["title"])
    dek = add("dek", a["dek"]) if a.get("dek") else None
    paras: list[str] = []
    for p in a["body"]:
        if isinstance(p, dict):  # a table
            rows = []
            for row in p["rows"]:
                rows.append([add("cell", c) for c in row])
            paras.append({"table": rows, "caption": p.get("caption"), "head": p["head"]})
        else:
            paras.append(add("p", p))
    for f in money:
        f["context"] = text[max(0, f["start"] - 40) : f["start"]]
        assert text[f["start"] : f["end"]] == f["surface"]
    e = html.escape
    tpl = a.get("template", "plain")
    author = a.get("author", "")
    url = a["url"]
    published = a["published"]
    head_extra = ""
    if tpl in ("jsonld", "table") or a.get("jsonld"):
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": title,
            "datePublished": published,
            "dateModified": published,
            "inLanguage": lang,
            "mainEntityOfPage": url,
            "author": [{"@type": "Person", "name": author}] if author else [],
            "publisher": {
                "@type": "Organization",
                "name": a["outlet"],
                "logo": {"@type": "ImageObject", "url": f"https://{a['domain']}/logo.png"},
            },
            "description": dek or paras[0] if isinstance(paras[0], str) else title,
        }
        head_extra += (
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        )
    amp = tpl == "amp"
    related = a.get("related", [])
    rel_html = "".join(f'<li><a href="/{lang}/{i}">{e(r)}</a></li>' for i, r in enumerate(related))
    nav = "".join(f'<li><a href="/{n.lower()}">{e(n)}</a></li>' for n in NAV[lang])
    byline_html = ""
    if tpl != "byline_in_body" and author:
        byline_html = (
            f'<div class="byline"><span class="author">{BY[lang]} <a rel="author" href="/authors/x">{e(author)}</a></span> '
            f'<time datetime="{published}">{published[:10]}</time></div>'
        )
    body_html = []
    first = True
    for p in paras:
        if isinstance(p, dict):
            th = "".join(f"<th>{e(h)}</th>" for h in p["head"])
            trs = "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in p["table"]
            )
            cap = f"<caption>{e(p['caption'])}</caption>" if p.get("caption") else ""
            body_html.append(
                f'<table class="data-table">{cap}<thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>'
            )
            continue
        if first and tpl == "byline_in_body":
            body_html.append(
                f'<p class="byline-inline"><strong>{BY[lang]} {e(author)}</strong></p>'
            )
        first = False
        body_html.append(f"<p>{e(p)}</p>")
        if len(body_html) == 3:
            if amp:
                body_html.append(
                    '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/tech"></amp-ad>'
                )
            else:
                body_html.append('<div class="ad-slot" data-ad="mpu">Advertisement</div>')
    img = (
        f'<amp-img src="https://{a["domain"]}/img/hero.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
        if amp
        else f'<figure><img src="https://{a["domain"]}/img/hero.jpg" alt=""><figcaption>{e(a.get("caption", ""))}</figcaption></figure>'
    )
    amp_head = (
        (
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            '<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>\n'
            "<style amp-boilerplate>body{visibility:hidden}</style><style amp-custom>.byline{color:#555}</style>\n"
            f'<link rel="canonical" href="{url}">\n'
        )
        if amp
        else f'<link rel="canonical" href="{url}">\n'
    )
    page = f"""<!DOCTYPE html>
<html lang="{lang}"{" amp" if amp else ""}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<title>{e(title)} | {e(a["outlet"])}</title>
<meta name="description" content="{e(dek or title)}">
<meta property="og:title" content="{e(title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{e(a["outlet"])}">
<meta property="article:published_time" content="{published}">
{amp_head}{head_extra}</head>
<body>
<div id="cookie-consent" class="cookie-banner" role="dialog"><p>{e(COOKIE[lang])}</p><button>{ACCEPT[lang]}</button></div>
<header class="site-header"><a class="logo" href="/">{e(a["outlet"])}</a>
<nav><ul>{nav}</ul></nav></header>
<main>
<article>
<header>
<p class="kicker">{e(a.get("kicker", NAV[lang][3]))}</p>
<h1>{e(title)}</h1>
{f'<p class="standfirst">{e(dek)}</p>' if dek else ""}
{byline_html}
</header>
{img}
<div class="article-body">
{chr(10).join(body_html)}
</div>
</article>
<aside class="related"><h2>{RELATED_H[lang]}</h2><ul>{rel_html}</ul></aside>
<section class="newsletter"><p>{e(NEWSLETTER[lang])}</p><form><input type="email"><button>OK</button></form></section>
</main>
<footer><p>\u00a9 2025 {e(a["outlet"])}. {RIGHTS[lang]}</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""
    words = len(re.findall(r"\w+", text))
    seen = {}
    for en in ents:
        seen.setdefault((en["canonical"], en["label"]), en)
    gold = {
        "file": a["slug"] + ".html",
        "url": url,
        "published": published,
        "lang": lang,
        "outlet": a["outlet"],
        "title": title,
        "words": words,
        "money": money,
        "entities": [{"name": k[0], "label": k[1]} for k in seen],
        "ignore_entities": [x for x in [author, a["outlet"]] if x],
    }
    return page, gold


# Repeated claims left unlabelled in the markup: (label, amount, amount_max, currency, file prefixes
# or None for any article, context substring or None). Applied only to figures with no cluster.
FIX = [
    ("msft-share-jan3", 418.58, None, "USD", None, None),
    ("nvda-share-jun5", 1224.40, None, "USD", None, None),
    ("bofa-target-1500", 1500, None, "USD", None, None),
    ("bofa-target-1320", 1320, None, "USD", None, None),
    ("h100-price", 25000, 40000, "USD", None, None),
    ("data4-vittuone", 500e6, None, "EUR", ["it-wired"], None),
    ("intel-first-1bn", 1e9, None, "USD", ["en-reuters-intel", "it-ansa", "de-heise-intel"], None),
    ("aws-italy-1.2", 1.2e9, None, "EUR", ["it-wired"], None),
    ("anthropic-amazon-4bn", 4e9, None, "USD", None, None),
    ("tsmc-chips-6.6", 6.6e9, None, "USD", None, None),
    ("fluidstack-10", 10e9, None, "EUR", ["fr-lemonde-sommet"], None),
    (
        "softbank-under-10bn",
        10e9,
        None,
        "USD",
        [
            "en-reuters-stargate",
            "it-sole24ore-stargate",
            "de-handelsblatt-stargate",
            "fr-lesechos-stargate",
            "es-expansion-stargate",
        ],
        None,
    ),
    ("tesla-ai-10bn", 10e9, None, "USD", ["en-techcrunch", "it-repubblica"], None),
    ("intel-loans-11bn", 11e9, None, "USD", None, None),
    ("msft-capex-q1-prev", 11.2e9, None, "USD", None, None),
    (
        "msft-capex-q1",
        20e9,
        None,
        "USD",
        [
            "en-bloomberg",
            "it-corriere-microsoft",
            "de-heise-microsoft",
            "fr-lemonde-microsoft",
            "es-cincodias-microsoft",
        ],
        None,
    ),
    ("msft-openai-13bn", 13e9, None, "USD", None, None),
    ("nvidia-q1-net", 14.9e9, None, "USD", None, None),
    ("nvidia-q1-net", 14.881e9, None, "USD", None, None),
    ("intel-q3-loss", 16.6e9, None, "USD", None, None),
    ("xai-premoney-18", 18e9, None, "USD", None, None),
    ("nvidia-dc-rev", 22.6e9, None, "USD", None, None),
    ("nvidia-q2-guide", 28e9, None, "USD", None, None),
    ("meta-capex-2024", 38e9, 40e9, "USD", None, None),
    ("meta-ad-rev-q3", 40.6e9, None, "USD", None, None),
    ("meta-capex-consensus", 51e9, None, "USD", None, None),
    ("intel-us-90bn", 90e9, None, "USD", None, None),
    ("huang-fortune", 117e9, None, "USD", None, None),
    ("bigtech-capex-2024", 200e9, None, "USD", None, None),
    ("nvidia-400bn-2023", 400e9, None, "USD", None, None),
    ("nvidia-added-1tn", 1e12, None, "USD", None, "aggiunt"),
    ("nvidia-added-1tn", 1e12, None, "USD", None, "added roughly"),
    ("nvidia-1tn-jun2023", 1e12, None, "USD", None, None),
    ("nvidia-2tn-feb", 2e12, None, "USD", None, None),
    ("msft-mcap-jun5", 3.15e12, None, "USD", None, None),
]


def apply_fix(gold: dict) -> None:
    for f in gold["money"]:
        if f["cluster"] is not None:
            continue
        for label, amount, amax, ccy, files, ctx in FIX:
            if (
                abs(f["amount"] - amount) <= 1e-9 * amount
                and f["amount_max"] == (float(amax) if amax else None)
                and f["currency"] == ccy
                and (files is None or any(gold["file"].startswith(p) for p in files))
                and (ctx is None or ctx in f["context"])
            ):
                f["cluster"] = label
                break


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    golds = []
    for lang in ["en", "it", "de", "fr", "es"]:
        specs = json.loads((HERE / f"articles_{lang}.json").read_text(encoding="utf-8"))
        for a in specs:
            a["lang"] = lang
            page, gold = build_article(a)
            apply_fix(gold)
            (out / gold["file"]).write_text(page, encoding="utf-8")
            golds.append(gold)
            if not 300 <= gold["words"] <= 700:
                print("WORDS", gold["file"], gold["words"])
    with (out / "gold.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(g, ensure_ascii=False) + "\n" for g in golds)
    print(len(golds), "articles", sum(len(g["money"]) for g in golds), "figures")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
