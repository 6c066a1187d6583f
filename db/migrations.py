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


@migrations()
def m004_publication_views(db: Database) -> None:
    """Self-explaining views for Datasette and exports, cluster bookkeeping and query indexes.

    Every view row carries the article's title, URL, outlet and date and the subject's name, so a
    figure or claim read on its own (in a CSV, in a search result) says where it comes from.
    ``published_at`` in the views falls back to ``first_seen_at`` when a page had no date.
    """
    db.table("clusters").add_column("last_seen_at", str)
    db.table("clusters").add_column("figures_count", int)
    db.table("clusters").create_index(["subject_entity_id"])
    db.table("clusters").create_index(["first_seen_at"])
    db.table("figures").create_index(["kind", "amount_usd"])
    db.table("figures").create_index(["currency", "amount_usd"])
    db.table("claims").create_index(["article_id", "sentence_index"])
    db.table("claims").create_index(["subject_entity_id"])
    db.table("mentions").create_index(["entity_id", "article_id"])
    db.table("articles").create_index(["first_seen_at"])
    db.table("fetch_errors").create_index(["source_id", "occurred_at"])
    db.table("crawl_runs").create_index(["finished_at"])
    db.create_view(
        "figures_view",
        """
        select
          f.id as id,
          coalesce(a.published_at, a.first_seen_at) as published_at,
          s.name as outlet,
          a.language as language,
          e.name as subject,
          f.kind as kind,
          f.surface as surface,
          f.qualifier as qualifier,
          f.amount as amount,
          f.amount_max as amount_max,
          f.currency as currency,
          f.amount_usd as amount_usd,
          f.amount_usd_max as amount_usd_max,
          f.approximate as approximate,
          f.period as period,
          (select c.sentence from claims c
            where c.article_id = f.article_id and c.sentence_index = f.sentence_index
            limit 1) as sentence,
          a.title as title,
          a.url as url,
          f.article_id as article_id,
          a.source_id as source_id,
          f.subject_entity_id as subject_entity_id,
          f.cluster_id as cluster_id,
          k.label as cluster_label,
          a.duplicate_of as duplicate_of
        from figures f
        join articles a on a.id = f.article_id
        left join sources s on s.id = a.source_id
        left join entities e on e.id = f.subject_entity_id
        left join clusters k on k.id = f.cluster_id
        """,
    )
    db.create_view(
        "claims_view",
        """
        select
          c.id as id,
          coalesce(a.published_at, a.first_seen_at) as published_at,
          s.name as outlet,
          a.language as language,
          e.name as subject,
          c.kind as kind,
          c.sentence as sentence,
          c.attribution as attribution,
          c.hedged as hedged,
          json_array_length(coalesce(c.figure_ids, '[]')) as figures_count,
          (select max(coalesce(f.amount_usd_max, f.amount_usd)) from figures f
            where f.id in (select value from json_each(c.figure_ids))) as amount_usd_max,
          (select f.cluster_id from figures f
            where f.id in (select value from json_each(c.figure_ids))
              and f.cluster_id is not null
            order by f.start limit 1) as cluster_id,
          a.title as title,
          a.url as url,
          c.article_id as article_id,
          a.source_id as source_id,
          c.subject_entity_id as subject_entity_id,
          c.figure_ids as figure_ids,
          c.rowid as claim_rowid
        from claims c
        join articles a on a.id = c.article_id
        left join sources s on s.id = a.source_id
        left join entities e on e.id = c.subject_entity_id
        """,
    )
    db.create_view(
        "articles_view",
        """
        select
          a.id as id,
          coalesce(a.published_at, a.first_seen_at) as published_at,
          s.name as outlet,
          a.language as language,
          a.title as title,
          a.url as url,
          a.authors as authors,
          a.word_count as word_count,
          (select count(*) from figures f where f.article_id = a.id) as figures_count,
          (select count(*) from claims c where c.article_id = a.id) as claims_count,
          a.duplicate_of as duplicate_of,
          a.first_seen_at as first_seen_at,
          a.source_id as source_id,
          a.text as text
        from articles a
        left join sources s on s.id = a.source_id
        """,
    )
    db.create_view(
        "entities_view",
        """
        select
          e.id as id,
          e.name as name,
          e.label as label,
          e.ticker as ticker,
          e.country as country,
          e.aliases as aliases,
          (select count(distinct m.article_id) from mentions m
            where m.entity_id = e.id) as articles_count,
          (select count(*) from mentions m where m.entity_id = e.id) as mentions_count,
          (select count(*) from figures f where f.subject_entity_id = e.id) as figures_count,
          (select count(*) from clusters k where k.subject_entity_id = e.id) as clusters_count
        from entities e
        """,
    )
    db.create_view(
        "clusters_view",
        """
        select
          k.id as id,
          k.label as label,
          e.name as subject,
          k.kind as kind,
          k.amount_usd_min as amount_usd_min,
          k.amount_usd_max as amount_usd_max,
          k.first_seen_at as first_seen_at,
          k.last_seen_at as last_seen_at,
          s.name as first_outlet,
          a.title as first_title,
          a.url as first_url,
          k.articles_count as articles_count,
          k.outlets_count as outlets_count,
          k.languages as languages,
          k.figures_count as figures_count,
          k.subject_entity_id as subject_entity_id,
          k.first_article_id as first_article_id
        from clusters k
        left join entities e on e.id = k.subject_entity_id
        left join articles a on a.id = k.first_article_id
        left join sources s on s.id = a.source_id
        """,
    )
    db.create_view(
        "source_health",
        """
        select
          s.id as source_id,
          s.name as outlet,
          s.language as language,
          s.kind as kind,
          s.active as active,
          (select count(*) from articles a where a.source_id = s.id) as articles,
          (select count(*) from articles a where a.source_id = s.id
            and a.first_seen_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-30 days'))
            / 30.0 as articles_per_day,
          (select max(a.first_seen_at) from articles a where a.source_id = s.id)
            as last_article_seen_at,
          (select max(a.fetched_at) from articles a where a.source_id = s.id) as last_fetch_at,
          (select max(r.finished_at) from crawl_runs r) as last_crawl_at,
          (select count(*) from fetch_errors x where x.source_id = s.id) as errors,
          (select count(*) from fetch_errors x where x.source_id = s.id
            and x.occurred_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-7 days'))
            as errors_last_7_days,
          (select max(x.occurred_at) from fetch_errors x where x.source_id = s.id)
            as last_error_at,
          (select x.reason from fetch_errors x where x.source_id = s.id
            order by x.occurred_at desc limit 1) as last_error,
          (select x.url from fetch_errors x where x.source_id = s.id
            order by x.occurred_at desc limit 1) as last_error_url
        from sources s
        """,
    )


@migrations()
def m005_crawl_state(db: Database) -> None:
    """Incremental-crawl state: cached feed/sitemap bodies and URLs that need no refetch."""
    db.table("http_cache").add_column("content_type", str)
    db.table("http_cache").add_column("body", bytes)  # zlib-compressed, replayed on 304
    db.table("seen_urls").create(
        {
            "url": str,  # a fetch URL or URL variant (redirected, AMP, duplicate, failing)
            "article_id": int,  # the stored article it leads to, if any
            "status": int,
            "reason": str,  # "duplicate", "HTTP 404", "not an article (og:type website)"
            "seen_at": str,
        },
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db.table("seen_urls").create_index(["article_id"])


@migrations()
def m006_source_stats(db: Database) -> None:
    """The ``source_stats`` view: per-source freshness and health, as ``infraledger stats``.

    ``last_success_at`` is the latest article fetched from the source or the latest 200/304 of
    one of its configured URLs; ``consecutive_failures`` counts crawl runs with fetch errors for
    the source that started after that; ``health`` is ``failing`` from 3 such runs on (45
    minutes at the 15-minute cron schedule).
    """
    db.create_view(
        "source_stats",
        """
        with base as (
          select
            s.id as source_id,
            s.name as outlet,
            s.active as active,
            (select count(*) from articles a where a.source_id = s.id) as articles,
            (select count(*) from articles a where a.source_id = s.id
              and a.first_seen_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 day'))
              as articles_last_24h,
            (select count(*) from articles a where a.source_id = s.id
              and a.first_seen_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-7 days'))
              as articles_last_7d,
            (select max(a.first_seen_at) from articles a where a.source_id = s.id)
              as last_article_at,
            nullif(max(
              coalesce((select max(a.fetched_at) from articles a where a.source_id = s.id), ''),
              coalesce((select max(h.checked_at) from http_cache h
                where h.status in (200, 304)
                  and h.url in (select j.value from json_tree(coalesce(s.urls, '{}')) j
                                where j.type = 'text')), '')
            ), '') as last_success_at,
            (select max(x.occurred_at) from fetch_errors x where x.source_id = s.id)
              as last_error_at,
            (select x.reason from fetch_errors x where x.source_id = s.id
              order by x.occurred_at desc, x.id desc limit 1) as last_error,
            (select x.url from fetch_errors x where x.source_id = s.id
              order by x.occurred_at desc, x.id desc limit 1) as last_error_url
          from sources s
        ),
        counted as (
          select
            b.*,
            (select count(distinct x.run_id) from fetch_errors x
              where x.source_id = b.source_id
                and coalesce((select min(r.started_at) from crawl_runs r
                              where r.run_id = x.run_id), x.occurred_at)
                    > coalesce(b.last_success_at, '')) as consecutive_failures
          from base b
        )
        select
          source_id,
          outlet,
          case
            when not active then 'inactive'
            when consecutive_failures >= 3 then 'failing'
            when consecutive_failures > 0 then 'degraded'
            when last_success_at is null then 'never crawled'
            else 'ok'
          end as health,
          consecutive_failures,
          last_success_at,
          last_error_at,
          last_error,
          last_error_url,
          articles,
          articles_last_24h,
          articles_last_7d,
          last_article_at,
          active
        from counted
        """,
    )


@migrations()
def m007_source_freshness_indexes(db: Database) -> None:
    """Per-source freshness lookups (``source_health``, ``source_stats``) by index, not scan.

    At 100,000 articles the views' ``max(first_seen_at)``/``max(fetched_at)`` per source went
    from a scan of each source's rows to one index probe.
    """
    db.table("articles").create_index(["source_id", "first_seen_at"])
    db.table("articles").create_index(["source_id", "fetched_at"])


@migrations()
def m008_text_hash(db: Database) -> None:
    """``articles.text_hash``: the extracted body's hash, to link syndicated copies.

    The crawl-time ``content_hash`` covers a page's whole article element, bylines and boxes
    included, so the same wire story on two outlets never matches there; the body text does.
    """
    db.table("articles").add_column("text_hash", str)
    db.table("articles").create_index(["text_hash"])


@migrations()
def m009_extract_error(db: Database) -> None:
    """``articles.extract_error``: why the last extraction of an article failed, if it did."""
    db.table("articles").add_column("extract_error", str)


@migrations()
def m010_query_indexes(db: Database) -> None:
    """Indexes that keep Datasette's pages and canned queries fast at 100,000 articles.

    ``idx_articles_published_or_seen`` indexes the date every view shows and sorts by
    (``coalesce(published_at, first_seen_at)``): the newest rows of ``figures_view`` and
    ``claims_view`` are read in order instead of sorting every row, and a date window of
    ``largest_figures`` is a range scan. ``(kind, currency, amount_usd)`` walks the largest
    figures of one kind in one currency from the top.
    """
    db.execute(
        "create index if not exists idx_articles_published_or_seen "
        "on articles(coalesce(published_at, first_seen_at))"
    )
    db.execute(
        "create index if not exists idx_figures_kind_currency_amount_usd "
        "on figures(kind, currency, amount_usd)"
    )


@migrations()
def m011_view_counts(db: Database) -> None:
    """``figures_view`` and ``claims_view`` that Datasette can count without reading every row.

    Datasette counts a view page (``select count(*) from figures_view``) and SQLite 3.40 never
    drops a join from an aggregate, not even a LEFT JOIN on a primary key whose columns go
    unused: counting the m004 views joined 233,087 figures to their article, outlet, entity
    and cluster rows (0.3-0.5 s at 100,000 articles). Here the outlet, subject and cluster
    names are scalar subqueries, evaluated only for the rows a page shows, and the article
    stays an inner join (every figure and claim has one) so a date sort or an outlet filter
    still starts from an articles index. ``idx_articles_view_lookup`` holds every article
    column a count, filter or facet reads, so those read a 7 MB index instead of the 200 MB
    table: the count of the unfiltered view, ``?_search=`` counts over 50,000 claims or
    articles. Same columns, same order, same rows as m004.
    """
    db.execute(
        "create index if not exists idx_articles_view_lookup on articles"
        "(id, source_id, language, published_at, first_seen_at, duplicate_of)"
    )
    # Without statistics SQLite reads the table by rowid instead; a file never analyzed gets
    # them for every index at once from the first `infraledger extract` (crawler.extraction).
    if db["sqlite_stat1"].exists():
        db.execute("analyze idx_articles_view_lookup")
    db.execute("drop view if exists figures_view")
    db.create_view(
        "figures_view",
        """
        select
          f.id as id,
          coalesce(a.published_at, a.first_seen_at) as published_at,
          (select s.name from sources s where s.id = a.source_id) as outlet,
          a.language as language,
          (select e.name from entities e where e.id = f.subject_entity_id) as subject,
          f.kind as kind,
          f.surface as surface,
          f.qualifier as qualifier,
          f.amount as amount,
          f.amount_max as amount_max,
          f.currency as currency,
          f.amount_usd as amount_usd,
          f.amount_usd_max as amount_usd_max,
          f.approximate as approximate,
          f.period as period,
          (select c.sentence from claims c
            where c.article_id = f.article_id and c.sentence_index = f.sentence_index
            limit 1) as sentence,
          a.title as title,
          a.url as url,
          f.article_id as article_id,
          a.source_id as source_id,
          f.subject_entity_id as subject_entity_id,
          f.cluster_id as cluster_id,
          (select k.label from clusters k where k.id = f.cluster_id) as cluster_label,
          a.duplicate_of as duplicate_of
        from figures f
        join articles a on a.id = f.article_id
        """,
    )
    db.execute("drop view if exists claims_view")
    db.create_view(
        "claims_view",
        """
        select
          c.id as id,
          coalesce(a.published_at, a.first_seen_at) as published_at,
          (select s.name from sources s where s.id = a.source_id) as outlet,
          a.language as language,
          (select e.name from entities e where e.id = c.subject_entity_id) as subject,
          c.kind as kind,
          c.sentence as sentence,
          c.attribution as attribution,
          c.hedged as hedged,
          json_array_length(coalesce(c.figure_ids, '[]')) as figures_count,
          (select max(coalesce(f.amount_usd_max, f.amount_usd)) from figures f
            where f.id in (select value from json_each(c.figure_ids))) as amount_usd_max,
          (select f.cluster_id from figures f
            where f.id in (select value from json_each(c.figure_ids))
              and f.cluster_id is not null
            order by f.start limit 1) as cluster_id,
          a.title as title,
          a.url as url,
          c.article_id as article_id,
          a.source_id as source_id,
          c.subject_entity_id as subject_entity_id,
          c.figure_ids as figure_ids,
          c.rowid as claim_rowid
        from claims c
        join articles a on a.id = c.article_id
        """,
    )
