"""Scrapy settings of the infraledger crawler: the one place for crawl knobs.

Every value here can be overridden per run (``run_crawl(settings=...)``, ``scrapy -s``). Environment
variables are read here and nowhere else in ``crawler/``.
"""

from __future__ import annotations

import os

BOT_NAME = "infraledger"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Identify ourselves: the default advertises "Scrapy/<version>" and nothing else.
USER_AGENT = "infraledger/0.1 (news research crawler; +https://github.com/infraledger/infraledger)"

# Politeness (see ECOSYSTEM.md): robots.txt, AutoThrottle, at most 2 requests in flight per site.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0  # floor that AutoThrottle never goes below
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # a news page over 10 MB is not an article
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
# Our pipelines are synchronous, so processing a response's output with Scrapy's default of 100
# parallel workers only costs event-loop tasks (200k tasks per 2,000 articles, measured).
CONCURRENT_ITEMS = 8
TELNETCONSOLE_ENABLED = False
# Only http(s): loading the S3 and FTP handlers costs start-up time for nothing.
DOWNLOAD_HANDLERS = {"s3": None, "ftp": None}
LOG_LEVEL = "INFO"
CLOSESPIDER_TIMEOUT = 2 * 3600  # bound a cron run
FEED_EXPORT_ENCODING = "utf-8"

DOWNLOADER_MIDDLEWARES = {
    # One robots.txt fetch per host for all the spiders of a run (they crawl concurrently).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.SharedRobotsTxtMiddleware": 100,
    # Before anything else: refuse private/loopback targets for non-local sources.
    "crawler.middlewares.AddressGuardMiddleware": 50,
    # After robots.txt (100), so disallowed URLs do not use up --max-pages: never fetch an
    # article URL that is already stored (or known to fail for a lasting reason).
    "crawler.middlewares.SkipKnownMiddleware": 110,
    # Below HttpCompression (590) so it caches and replays decompressed bodies.
    "crawler.middlewares.ConditionalGetMiddleware": 580,
}
# Every item a callback yields passes each spider middleware's async wrapper; these two do
# nothing we use (depth limits, meta-copy warnings), so they are switched off.
SPIDER_MIDDLEWARES = {
    "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
}
ITEM_PIPELINES = {
    "crawler.pipelines.StoreArticlePipeline": 300,
}
EXTENSIONS = {
    "crawler.extensions.CrawlRunRecorder": 100,
    # AutoThrottle, except on local = true hosts (no delay there; see crawler.runner).
    "scrapy.extensions.throttle.AutoThrottle": None,
    # Scrapy's remote-control HTTP server: nothing of ours uses it, and it listens on a port.
    "scrapy.extensions.remote_control.RemoteControl": None,
    "crawler.extensions.LocalAwareThrottle": 0,
}

# --- infraledger's own settings -------------------------------------------------------------
INFRALEDGER_DB = os.environ.get("INFRALEDGER_DB", "data/infraledger.db")
INFRALEDGER_SOURCES = os.environ.get("INFRALEDGER_SOURCES", "")  # default sources file, if set
INFRALEDGER_RUN_ID = ""  # set by crawler.runner; shared by the spiders of one invocation
INFRALEDGER_MAX_PAGES = 0  # article requests per spider per run; 0 = unlimited
# Requests in flight per host of a ``local = true`` source (our loopback test and demo sites),
# which also get no download delay; real sources keep CONCURRENT_REQUESTS_PER_DOMAIN.
INFRALEDGER_LOCAL_CONCURRENCY = 8
INFRALEDGER_LOCAL_SLOTS: list[str] = []  # set by crawler.runner: host names of local sources
INFRALEDGER_BATCH_SIZE = 100  # articles per write transaction
INFRALEDGER_LISTING_MAX_PAGES = 3  # listing page + rel=next pages followed per listing URL
INFRALEDGER_ROBOTS_SITEMAPS = True  # the sitemaps spider also follows robots.txt "Sitemap:" lines
# ... of a source that has a feed, at most once in this many hours (0: every run).
INFRALEDGER_ROBOTS_SITEMAPS_HOURS = 24.0
# A URL that failed for a lasting reason (404, not HTML, too big) is retried after this many days.
INFRALEDGER_RETRY_FAILED_AFTER_DAYS = 7
# Health: a spider is unhealthy past this many fetch errors, or when at least
# INFRALEDGER_MIN_ERRORS errors make up more than INFRALEDGER_MAX_ERROR_RATIO of its requests.
INFRALEDGER_MAX_ERRORS = 100
INFRALEDGER_MIN_ERRORS = 10
INFRALEDGER_MAX_ERROR_RATIO = 0.25
