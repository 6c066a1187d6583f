"""Schema of the infraledger database, as ordered ``sqlite_utils.Migrations``.

Never edit a migration that has shipped: add a new one. An existing database upgrades in place
(``open_db`` applies what is missing); applied migrations are recorded in ``_sqlite_migrations``.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("infraledger")


@migrations(transactional=False)
def m001_wal(db: Database) -> None:
    """Write-ahead logging: one writer (crawl/extract) and many readers (Datasette)."""
    db.enable_wal()


@migrations()
def m002_crawl_tables(db: Database) -> None:
    """Sources, articles, raw pages, crawl runs, fetch errors and the conditional-GET cache."""
    db.table("sources").create(
        {
            "id": str,  # slug, e.g. "dailyai-it"
            "name": str,
            "homepage": str,
            "language": str,
            "country": str,
            "kind": str,  # feed, sitemap, news_sitemap, listing (the first configured)
            "urls": str,  # JSON: {"feeds": [...], "sitemaps": [...], "listings": [...]}
            "local": int,
            "active": int,
        },
        pk="id",
        not_null={"name"},
        defaults={"active": 1, "local": 0},
    )
    db.table("articles").create(
        {
            "id": int,
            "url": str,  # canonical URL
            "fetch_url": str,  # the URL actually fetched (before canonicalization)
            "source_id": str,
            "title": str,
            "authors": str,  # JSON array
            "published_at": str,  # ISO 8601 UTC
            "modified_at": str,
            "language": str,
            "publisher": str,
            "text": str,
            "word_count": int,
            "content_hash": str,
            "duplicate_of": int,
            "topic_score": float,
            "fetched_at": str,
            "first_seen_at": str,
            "http_status": int,
            "extractor_version": int,
            "extracted_at": str,
        },
        pk="id",
        not_null={"url"},
        foreign_keys=[("source_id", "sources", "id"), ("duplicate_of", "articles", "id")],
    )
    db.table("articles").create_index(["url"], unique=True)
    db.table("articles").create_index(["content_hash"])
    db.table("articles").create_index(["published_at"])
    db.table("articles").create_index(["source_id"])
    db.table("articles").create_index(["extractor_version"])
    db.table("articles").enable_fts(["title", "text"], create_triggers=True, tokenize="porter")

    db.table("pages").create(
        {
            "article_id": int,
            "html": bytes,  # zlib-compressed response body
            "encoding": str,
            "content_type": str,
            "etag": str,
            "last_modified": str,
            "size": int,  # uncompressed bytes
            "fetched_at": str,
        },
        pk="article_id",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("http_cache").create(
        {
            "url": str,  # a feed or sitemap URL
            "etag": str,
            "last_modified": str,
            "status": int,
            "checked_at": str,
        },
        pk="url",
    )
    db.table("crawl_runs").create(
        {
            "id": int,
            "run_id": str,  # one per CLI invocation, shared by its spiders
            "spider": str,
            "started_at": str,
            "finished_at": str,
            "finish_reason": str,
            "requests": int,
            "responses": int,
            "articles_new": int,
            "articles_duplicate": int,
            "not_modified": int,
            "errors": int,
            "healthy": int,
            "problems": str,  # JSON list of health-rule failures
            "stats": str,  # JSON of Scrapy's stats
        },
        pk="id",
    )
    db.table("crawl_runs").create_index(["run_id", "spider"], unique=True)
    db.table("fetch_errors").create(
        {
            "id": int,
            "run_id": str,
            "spider": str,
            "source_id": str,
            "url": str,
            "status": int,  # HTTP status, null for network errors
            "reason": str,  # one line: "HTTP 404", "timeout after 30s", "body over 10 MB"...
            "error_class": str,
            "occurred_at": str,
        },
        pk="id",
    )
    db.table("fetch_errors").create_index(["run_id", "url"], unique=True)
    db.table("fetch_errors").create_index(["source_id"])


@migrations()
def m003_extraction_tables(db: Database) -> None:
    """Entities, mentions, money figures, quantities, claims and claim clusters."""
    db.table("entities").create(
        {
            "id": str,  # slug of the canonical name, e.g. "nvidia"
            "name": str,  # canonical English name
            "label": str,  # ORG, PERSON, GPE, PRODUCT, FACILITY
            "aliases": str,  # JSON array
            "ticker": str,
            "country": str,
        },
        pk="id",
        not_null={"name"},
    )
    db.table("mentions").create(
        {
            "id": str,
            "article_id": int,
            "entity_id": str,
            "surface": str,
            "label": str,
            "start": int,
            "end": int,
            "sentence_index": int,
            "extractor_version": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db.table("clusters").create(
        {
            "id": str,
            "label": str,
            "subject_entity_id": str,
            "kind": str,
            "amount_usd_min": float,
            "amount_usd_max": float,
            "first_seen_at": str,
            "first_article_id": int,
            "articles_count": int,
            "outlets_count": int,
            "languages": str,  # JSON array
        },
        pk="id",
        foreign_keys=[
            ("subject_entity_id", "entities", "id"),
            ("first_article_id", "articles", "id"),
        ],
    )
    db.table("figures").create(
        {
            "id": str,  # stable hash of (article_id, start, end, surface)
            "article_id": int,
            "sentence_index": int,
            "surface": str,
            "start": int,
            "end": int,
            "amount": float,
            "amount_max": float,
            "currency": str,
            "currency_inferred": int,
            "amount_usd": float,
            "amount_usd_max": float,
            "scale_word": str,
            "qualifier": str,
            "approximate": int,
            "kind": str,
            "subject_entity_id": str,
            "period": str,
            "cluster_id": str,
            "extractor_version": int,
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("subject_entity_id", "entities", "id"),
            ("cluster_id", "clusters", "id"),
        ],
    )
    db.table("quantities").create(
        {
            "id": str,
            "article_id": int,
            "kind": str,
            "value": float,
            "value_max": float,
            "unit": str,
            "surface": str,
            "start": int,
            "end": int,
            "subject_entity_id": str,
            "extractor_version": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("subject_entity_id", "entities", "id")],
    )
    db.table("claims").create(
        {
            "id": str,
            "article_id": int,
            "sentence": str,
            "start": int,
            "end": int,
            "sentence_index": int,
            "subject_entity_id": str,
            "kind": str,
            "figure_ids": str,  # JSON array of figures.id
            "attribution": str,
            "hedged": int,
            "extractor_version": int,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("subject_entity_id", "entities", "id")],
    )
    db.table("claims").enable_fts(["sentence"], create_triggers=True, tokenize="porter")
    for table in ("mentions", "figures", "quantities", "claims"):
        db.table(table).create_index(["article_id"])
    db.table("mentions").create_index(["entity_id"])
    db.table("figures").create_index(["subject_entity_id"])
    db.table("figures").create_index(["cluster_id"])
    db.table("figures").create_index(["amount_usd"])
