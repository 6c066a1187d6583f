"""Claim clustering: hand-grouped claims of 40 articles in five languages, scored by B-cubed F1."""

from __future__ import annotations

from pathlib import Path

import pytest
from kb_fixture import (
    EUR_USD,
    Art,
    Fig,
    add_article,
    build_kb,
    create_entities,
    create_sources,
)
from sqlite_utils import Database

from db.clusters import WINDOW_DAYS, cluster_id_for, format_usd, update_clusters
from db.store import open_db

T, B = 1e12, 1e9
SEEN = "2026-11-01T00:00:00Z"

# (gold group, article) — every figure of an article carries the group a journalist put it in.
# Groups: the Altman ask (13 figures, 12 articles incl. a syndicated copy, a EUR one and one with
# no subject), his "mille miliardi" headline, Nvidia at $2T (March 2024), $3T (5 June) and
# $3.34T (18 June), Stargate's $500B and its "$100B immediately", Intel's $8.5B grant (March)
# and its $7.86B final award (November), TSMC's $65B and $6.6B, Microsoft's $80B capex,
# OpenAI's $157B valuation and $6.6B raise.


def _f(gold: str, surface: str, amount: float, kind: str, subject: str | None, **kw) -> tuple:
    return (gold, Fig(surface, amount, kind=kind, subject=subject, **kw))


GOLD: list[tuple[int, str, str, str, list[tuple[str, list[tuple]]]]] = [
    (1, "wire-en", "2024-02-08T22:00:00Z", "Altman seeks trillions for chips", [
        ("Sam Altman wants to raise $5 trillion to $7 trillion, the Wall Street Journal reported.",
         [_f("ask", "$5 trillion to $7 trillion", 5 * T, "funding_ask", "sam-altman",
             amount_max=7 * T)]),
    ]),
    (2, "techdaily-en", "2024-02-09T05:00:00Z", "Altman seeks trillions for chips", [
        ("Sam Altman wants to raise $5 trillion to $7 trillion, the Wall Street Journal reported.",
         [_f("ask", "$5 trillion to $7 trillion", 5 * T, "funding_ask", "sam-altman",
             amount_max=7 * T)]),
    ]),
    (3, "dailyai-it", "2024-02-09T10:30:00Z", "Altman chiede mille miliardi per i chip", [
        ("Sam Altman chiede mille miliardi.",
         [_f("altman-1t", "mille miliardi", 1 * T, "funding_ask", "sam-altman")]),
        ("Altman starebbe coordinando una raccolta tra $5 trilioni e $7 trilioni.",
         [_f("ask", "tra $5 trilioni e $7 trilioni", 5 * T, "funding_ask", "sam-altman",
             amount_max=7 * T)]),
    ]),
    (4, "dailyai-it", "2024-02-10T09:00:00Z", "Altman e i $7 trilioni", [
        ("Secondo il Wall Street Journal, Altman cerca $7 trilioni.",
         [_f("ask", "$7 trilioni", 7 * T, "funding_ask", "sam-altman")]),
    ]),
    (5, "handelsblatt-de", "2024-02-09T14:00:00Z", "Altman will 7 Billionen Dollar", [
        ("Sam Altman soll bis zu 7 Billionen Dollar einsammeln wollen.",
         [_f("ask", "7 Billionen Dollar", 7 * T, "funding_ask", "sam-altman",
             qualifier="up to")]),
    ]),
    (6, "handelsblatt-de", "2024-02-12T09:00:00Z", "Altmans Chip-Pläne in Euro", [
        ("Sam Altman will bis zu 6,5 Billionen Euro einsammeln.",
         [_f("ask", "6,5 Billionen Euro", 6.5 * T, "funding_ask", "sam-altman",
             currency="EUR", usd_rate=EUR_USD)]),
    ]),
    (7, "lemonde-fr", "2024-02-10T08:00:00Z", "Altman chercherait 7 000 milliards", [
        ("Sam Altman chercherait 7 000 milliards de dollars.",
         [_f("ask", "7 000 milliards de dollars", 7 * T, "funding_ask", "sam-altman")]),
    ]),
    (8, "lemonde-fr", "2024-02-11T08:00:00Z", "Les puces d'Altman", [
        ("Sam Altman viserait entre 5 000 et 7 000 milliards de dollars.",
         [_f("ask", "entre 5 000 et 7 000 milliards de dollars", 5 * T, "funding_ask",
             "sam-altman", amount_max=7 * T)]),
    ]),
    (9, "elpais-es", "2024-02-10T12:00:00Z", "Altman busca 7 billones", [
        ("Sam Altman busca hasta 7 billones de dólares.",
         [_f("ask", "7 billones de dólares", 7 * T, "funding_ask", "sam-altman",
             qualifier="up to")]),
    ]),
    (10, "elpais-es", "2024-02-13T12:00:00Z", "El plan de Altman", [
        ("Sam Altman quiere reunir entre 5 y 7 billones de dólares.",
         [_f("ask", "entre 5 y 7 billones de dólares", 5 * T, "funding_ask", "sam-altman",
             amount_max=7 * T)]),
    ]),
    (11, "wire-en", "2024-02-15T12:00:00Z", "Altman's chip ambitions meet skepticism", [
        ("Altman is seeking up to $7 trillion, a sum larger than Japan's GDP.",
         [_f("ask", "$7 trillion", 7 * T, "funding_ask", "sam-altman", qualifier="up to")]),
    ]),
    (12, "techdaily-en", "2024-02-20T12:00:00Z", "Nvidia's Huang on Altman's $7 trillion", [
        ("Jensen Huang said $7 trillion could buy all the GPUs in the world, replying to Altman.",
         [_f("ask", "$7 trillion", 7 * T, "funding_ask", "sam-altman")]),
    ]),
    (13, "dailyai-it", "2024-02-16T12:00:00Z", "Il progetto di Altman", [
        ("Sam Altman ha incontrato investitori.", []),
        ("Una cifra di 7.000 miliardi di dollari, superiore al PIL del Giappone.",
         [_f("ask", "7.000 miliardi di dollari", 7 * T, "other", None)]),
    ]),
    (14, "wire-en", "2024-03-01T21:00:00Z", "Nvidia closes above $2 trillion", [
        ("Nvidia ended the session valued at $2 trillion.",
         [_f("nv-2t", "$2 trillion", 2 * T, "market_cap", "nvidia")]),
    ]),
    (15, "dailyai-it", "2024-03-04T07:00:00Z", "Nvidia vale 2.000 miliardi", [
        ("Nvidia ha superato i 2.000 miliardi di dollari di capitalizzazione.",
         [_f("nv-2t", "2.000 miliardi di dollari", 2 * T, "market_cap", "nvidia")]),
    ]),
    (16, "handelsblatt-de", "2024-03-02T07:00:00Z", "Nvidia ist 2 Billionen Dollar wert", [
        ("Nvidia ist an der Börse mehr als 2 Billionen Dollar wert.",
         [_f("nv-2t", "2 Billionen Dollar", 2 * T, "market_cap", "nvidia",
             qualifier="more than")]),
    ]),
    (17, "elpais-es", "2024-03-05T07:00:00Z", "Nvidia supera los 2 billones", [
        ("Nvidia supera los 2 billones de dólares en bolsa.",
         [_f("nv-2t", "2 billones de dólares", 2 * T, "market_cap", "nvidia")]),
    ]),
    (18, "wire-en", "2024-06-05T21:00:00Z", "Nvidia tops $3 trillion", [
        ("Nvidia's market value passed $3 trillion for the first time.",
         [_f("nv-3t", "$3 trillion", 3 * T, "market_cap", "nvidia")]),
    ]),
    (19, "lemonde-fr", "2024-06-06T07:00:00Z", "Nvidia dépasse 3 000 milliards", [
        ("Nvidia dépasse les 3 000 milliards de dollars de capitalisation.",
         [_f("nv-3t", "3 000 milliards de dollars", 3 * T, "market_cap", "nvidia")]),
    ]),
    (20, "wire-en", "2024-06-18T21:00:00Z", "Nvidia becomes world's most valuable company", [
        ("Nvidia closed at a market value of $3.34 trillion.",
         [_f("nv-334", "$3.34 trillion", 3.34 * T, "market_cap", "nvidia")]),
    ]),
    (21, "handelsblatt-de", "2024-06-19T07:00:00Z", "Nvidia ist das wertvollste Unternehmen", [
        ("Nvidia ist 3,34 Billionen Dollar wert.",
         [_f("nv-334", "3,34 Billionen Dollar", 3.34 * T, "market_cap", "nvidia")]),
    ]),
    (22, "wire-en", "2025-01-21T23:00:00Z", "Stargate to invest $500 billion in AI", [
        ("Stargate will invest $500 billion over four years.",
         [_f("sg-500", "$500 billion", 500 * B, "investment", "stargate")]),
        ("Stargate will deploy $100 billion immediately.",
         [_f("sg-100", "$100 billion", 100 * B, "investment", "stargate")]),
    ]),
    (23, "dailyai-it", "2025-01-22T08:00:00Z", "Stargate, 500 miliardi per l'IA", [
        ("Stargate investirà 500 miliardi di dollari.",
         [_f("sg-500", "500 miliardi di dollari", 500 * B, "investment", "stargate")]),
    ]),
    (24, "handelsblatt-de", "2024-01-22T08:00:00Z", "Altmans Stiftung", [
        ("Keine Zahlen.", []),
    ]),
    (25, "handelsblatt-de", "2025-01-22T09:00:00Z", "Stargate: 500 Milliarden Dollar", [
        ("Stargate soll 500 Milliarden Dollar investieren.",
         [_f("sg-500", "500 Milliarden Dollar", 500 * B, "investment", "stargate")]),
    ]),
    (26, "lemonde-fr", "2025-01-22T10:00:00Z", "Stargate, 500 milliards de dollars", [
        ("Stargate prévoit 500 milliards de dollars d'investissements.",
         [_f("sg-500", "500 milliards de dollars", 500 * B, "investment", "stargate")]),
    ]),
    (27, "elpais-es", "2025-01-23T10:00:00Z", "Stargate invertirá 500.000 millones", [
        ("Stargate invertirá 500.000 millones de dólares.",
         [_f("sg-500", "500.000 millones de dólares", 500 * B, "investment", "stargate")]),
        ("Stargate desplegará 100.000 millones de forma inmediata.",
         [_f("sg-100", "100.000 millones", 100 * B, "investment", "stargate")]),
    ]),
    (28, "wire-en", "2024-03-20T12:00:00Z", "Intel wins $8.5 billion in CHIPS Act grants", [
        ("Intel will receive up to $8.5 billion in grants.",
         [_f("intel-85", "$8.5 billion", 8.5 * B, "subsidy", "intel", qualifier="up to")]),
    ]),
    (29, "handelsblatt-de", "2024-03-21T07:00:00Z", "Intel bekommt 8,5 Milliarden Dollar", [
        ("Intel erhält bis zu 8,5 Milliarden Dollar Subventionen.",
         [_f("intel-85", "8,5 Milliarden Dollar", 8.5 * B, "subsidy", "intel")]),
    ]),
    (30, "dailyai-it", "2024-03-21T09:00:00Z", "Intel, 8,5 miliardi dal CHIPS Act", [
        ("Intel riceverà 8,5 miliardi di dollari.",
         [_f("intel-85", "8,5 miliardi di dollari", 8.5 * B, "subsidy", "intel")]),
    ]),
    (31, "wire-en", "2024-11-26T12:00:00Z", "Intel's CHIPS award finalized at $7.86 billion", [
        ("Intel's award was finalized at $7.86 billion.",
         [_f("intel-786", "$7.86 billion", 7.86 * B, "subsidy", "intel")]),
    ]),
    (32, "lemonde-fr", "2024-11-27T07:00:00Z", "Intel: 7,86 milliards", [
        ("Intel touchera 7,86 milliards de dollars.",
         [_f("intel-786", "7,86 milliards de dollars", 7.86 * B, "subsidy", "intel")]),
    ]),
    (33, "wire-en", "2024-04-08T12:00:00Z", "TSMC raises Arizona investment to $65 billion", [
        ("TSMC will invest $65 billion in Arizona.",
         [_f("tsmc-65", "$65 billion", 65 * B, "investment", "tsmc")]),
        ("TSMC will get $6.6 billion in grants.",
         [_f("tsmc-66", "$6.6 billion", 6.6 * B, "subsidy", "tsmc")]),
    ]),
    (34, "elpais-es", "2024-04-08T15:00:00Z", "TSMC invertirá 65.000 millones", [
        ("TSMC elevará su inversión a 65.000 millones de dólares.",
         [_f("tsmc-65", "65.000 millones de dólares", 65 * B, "investment", "tsmc")]),
        ("TSMC recibirá 6.600 millones de dólares.",
         [_f("tsmc-66", "6.600 millones de dólares", 6.6 * B, "subsidy", "tsmc")]),
    ]),
    (35, "wire-en", "2025-01-03T18:00:00Z", "Microsoft to spend $80 billion on AI data centers", [
        ("Microsoft expects to spend $80 billion on data centers.",
         [_f("msft-80", "$80 billion", 80 * B, "capex", "microsoft")]),
    ]),
    (36, "dailyai-it", "2025-01-04T08:00:00Z", "Microsoft, 80 miliardi nei data center", [
        ("Microsoft spenderà 80 miliardi di dollari.",
         [_f("msft-80", "80 miliardi di dollari", 80 * B, "capex", "microsoft")]),
    ]),
    (37, "handelsblatt-de", "2025-01-04T09:00:00Z", "Microsoft: 80 Milliarden Dollar", [
        ("Microsoft will 80 Milliarden Dollar ausgeben.",
         [_f("msft-80", "80 Milliarden Dollar", 80 * B, "capex", "microsoft")]),
    ]),
    (38, "elpais-es", "2025-01-05T09:00:00Z", "Microsoft gastará 80.000 millones", [
        ("Microsoft gastará 80.000 millones de dólares.",
         [_f("msft-80", "80.000 millones de dólares", 80 * B, "capex", "microsoft")]),
    ]),
    (39, "wire-en", "2024-10-02T20:00:00Z", "OpenAI valued at $157 billion after raise", [
        ("OpenAI raised $6.6 billion.",
         [_f("oai-raise", "$6.6 billion", 6.6 * B, "investment", "openai")]),
        ("The round values OpenAI at $157 billion.",
         [_f("oai-157", "$157 billion", 157 * B, "valuation", "openai")]),
    ]),
    (40, "lemonde-fr", "2024-10-03T07:00:00Z", "OpenAI valorisée 157 milliards", [
        ("OpenAI lève 6,6 milliards de dollars.",
         [_f("oai-raise", "6,6 milliards de dollars", 6.6 * B, "investment", "openai")]),
        ("OpenAI est valorisée 157 milliards de dollars.",
         [_f("oai-157", "157 milliards de dollars", 157 * B, "valuation", "openai")]),
    ]),
]  # fmt: skip


def _write_gold(db: Database) -> dict[str, str]:
    """Write the gold articles; returns figure id -> gold group."""
    create_sources(db)
    create_entities(db)
    gold: dict[str, str] = {}
    for art_id, source, published, title, sentences in GOLD:
        body = [(text, [fig for _, fig in figs]) for text, figs in sentences]
        art = Art(art_id, source, published, title, body, duplicate_of=1 if art_id == 2 else None)
        ids = add_article(db, art, seen_at=SEEN)
        labels = [g for _, figs in sentences for g, _ in figs]
        gold.update(zip(ids, labels, strict=True))
    return gold


def b_cubed(predicted: dict[str, str | None], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1; an unclustered item is a singleton."""
    pred = {item: (c if c is not None else f"single:{item}") for item, c in predicted.items()}
    by_pred: dict[str, set[str]] = {}
    by_gold: dict[str, set[str]] = {}
    for item, group in gold.items():
        by_pred.setdefault(pred[item], set()).add(item)
        by_gold.setdefault(group, set()).add(item)
    precision = recall = 0.0
    for item in gold:
        same = by_pred[pred[item]] & by_gold[gold[item]]
        precision += len(same) / len(by_pred[pred[item]])
        recall += len(same) / len(by_gold[gold[item]])
    precision, recall = precision / len(gold), recall / len(gold)
    return precision, recall, 2 * precision * recall / (precision + recall)


@pytest.fixture
def gold_db(tmp_path: Path):
    db = open_db(tmp_path / "gold.db")
    gold = _write_gold(db)
    yield db, gold
    db.close()


def _assignment(db: Database) -> dict[str, str | None]:
    return dict(db.execute("select id, cluster_id from figures").fetchall())


def test_b_cubed_f1_against_hand_grouping(gold_db) -> None:
    db, gold = gold_db
    assert len(gold) >= 45
    assert len({row[0] for row in GOLD}) >= 38
    update_clusters(db)
    precision, recall, f1 = b_cubed(_assignment(db), gold)
    print(f"B-cubed precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")
    assert f1 >= 0.85, (precision, recall, f1)
    assert precision >= 0.85
    assert recall >= 0.85


def test_b_cubed_scores_a_known_grouping() -> None:
    gold = {"a": "x", "b": "x", "c": "y"}
    assert b_cubed({"a": "1", "b": "1", "c": "2"}, gold) == (1.0, 1.0, 1.0)
    precision, recall, _ = b_cubed({"a": "1", "b": "1", "c": "1"}, gold)
    assert precision == pytest.approx(5 / 9)
    assert recall == 1.0


def test_the_altman_ask_is_one_cluster_across_languages_and_currencies(gold_db) -> None:
    db, gold = gold_db
    update_clusters(db)
    ask = {fid for fid, g in gold.items() if g == "ask"}
    clusters = {cid for fid, cid in _assignment(db).items() if fid in ask}
    assert len(clusters) == 1
    row = db.execute("select * from clusters where id = ?", [clusters.pop()]).fetchone()
    columns = [d[0] for d in db.execute("select * from clusters limit 0").description]
    cluster = dict(zip(columns, row, strict=True))
    assert cluster["label"] == "Sam Altman · funding ask · $5-7 trillion"
    assert cluster["first_article_id"] == 1
    assert cluster["first_seen_at"] == "2024-02-08T22:00:00Z"
    assert cluster["figures_count"] == 13
    assert cluster["articles_count"] == 12  # 13 articles, one a syndicated copy
    assert cluster["outlets_count"] == 6
    assert cluster["languages"] == '["de", "en", "es", "fr", "it"]'
    # the subjectless Italian figure joined through the article's entity
    lone = db.execute("select id from figures where subject_entity_id is null").fetchone()[0]
    assert gold[lone] == "ask"
    assert _assignment(db)[lone] == cluster["id"]


def test_amounts_that_do_not_overlap_stay_apart(tmp_path: Path) -> None:
    db = open_db(tmp_path / "kb.db")
    create_sources(db)
    create_entities(db)
    art = Art(
        1,
        "wire-en",
        "2024-02-08T12:00:00Z",
        "Two numbers",
        [
            ("Nvidia plans to invest $5 trillion.", [Fig("$5 trillion", 5 * T, kind="investment",
                                                         subject="nvidia")]),
            ("Nvidia plans to invest $500 billion.", [Fig("$500 billion", 500 * B,
                                                          kind="investment", subject="nvidia")]),
            ("Nvidia may invest $7 trillion.", [Fig("$7 trillion", 7 * T, kind="investment",
                                                    subject="nvidia")]),
        ],
    )  # fmt: skip
    ids = add_article(db, art, seen_at=SEEN)
    update_clusters(db)
    got = _assignment(db)
    assert len({got[i] for i in ids}) == 3  # $5T, $500B and $7T (beyond 15% of $5T) differ
    db.close()


def test_time_window_splits_a_repeated_amount(gold_db) -> None:
    db, gold = gold_db
    update_clusters(db)
    got = _assignment(db)
    march = {got[f] for f, g in gold.items() if g == "intel-85"}
    november = {got[f] for f, g in gold.items() if g == "intel-786"}
    assert len(march) == 1
    assert len(november) == 1
    assert march != november
    assert WINDOW_DAYS == 60


def test_rerun_changes_nothing_and_ids_are_stable(gold_db) -> None:
    db, _ = gold_db
    assert update_clusters(db) > 0
    before = _assignment(db)
    rows = db.execute("select * from clusters order by id").fetchall()
    assert update_clusters(db) == 0
    assert update_clusters(db, [1, 5, 14]) == 0
    assert _assignment(db) == before
    assert db.execute("select * from clusters order by id").fetchall() == rows
    first = db.execute("select id from figures where article_id = 1").fetchone()[0]
    assert before[first] == cluster_id_for(first)


def test_incremental_batches_equal_a_full_run(tmp_path: Path) -> None:
    full = open_db(tmp_path / "full.db")
    _write_gold(full)
    update_clusters(full)
    step = open_db(tmp_path / "step.db")
    create_sources(step)
    create_entities(step)
    ordered = sorted(GOLD, key=lambda g: -g[0])  # newest ids first: founders arrive late
    for i in range(0, len(ordered), 7):
        batch = ordered[i : i + 7]
        ids = []
        for art_id, source, published, title, sentences in batch:
            body = [(text, [fig for _, fig in figs]) for text, figs in sentences]
            add_article(step, Art(art_id, source, published, title, body), seen_at=SEEN)
            ids.append(art_id)
        update_clusters(step, ids)
    step.execute("update articles set duplicate_of = 1 where id = 2")
    update_clusters(step, [2])
    assert _assignment(step) == _assignment(full)
    query = "select * from clusters order by id"
    assert step.execute(query).fetchall() == full.execute(query).fetchall()
    full.close()
    step.close()


def test_clusters_that_lose_their_figures_are_deleted(gold_db) -> None:
    db, _ = gold_db
    update_clusters(db)
    microsoft = db.execute("select count(*) from clusters where subject_entity_id = 'microsoft'")
    assert microsoft.fetchone()[0] == 1
    with db.atomic():
        db.execute("delete from figures where article_id in (35, 36, 37, 38)")
    assert update_clusters(db, [35, 36, 37, 38]) == 1
    left = db.execute("select count(*) from clusters where subject_entity_id = 'microsoft'")
    assert left.fetchone()[0] == 0


def test_reextracted_founder_moves_the_cluster(gold_db) -> None:
    db, _ = gold_db
    update_clusters(db)
    with db.atomic():
        db.execute("delete from claims where article_id = 14")
        db.execute("delete from figures where article_id = 14")
    update_clusters(db, [14])
    row = db.execute(
        "select first_article_id, articles_count from clusters "
        "where subject_entity_id = 'nvidia' and first_seen_at like '2024-03%'"
    ).fetchone()
    assert row == (16, 3)  # Handelsblatt's 2 March report is now the first


def test_fixture_kb_labels_and_counts(tmp_path: Path) -> None:
    path = build_kb(tmp_path / "kb.db")
    db = open_db(path)
    labels = {r[0] for r in db.execute("select label from clusters")}
    assert "Sam Altman · funding ask · $5-7 trillion" in labels
    assert "Nvidia · market cap · $2 trillion" in labels
    unclustered = db.execute("select count(*) from figures where cluster_id is null").fetchone()
    assert unclustered[0] == 0
    db.close()


@pytest.mark.parametrize(
    ("low", "high", "text"),
    [
        (5e12, 7e12, "$5-7 trillion"),
        (7e12, 7e12, "$7 trillion"),
        (1.72e12, 1.72e12, "$1.72 trillion"),
        (595.3e9, 595.3e9, "$595 billion"),
        (5e11, 1e12, "$0.5-1 trillion"),
        (6.6e9, 6.6e9, "$6.6 billion"),
        (2.5e6, 2.5e6, "$2.5 million"),
        (950.0, 950.0, "$950"),
    ],
)
def test_format_usd(low: float, high: float, text: str) -> None:
    assert format_usd(low, high) == text
