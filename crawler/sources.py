r"""The sources file (TOML): which outlets to crawl and how to find their articles.

```toml
[[source]]
id = "dailyai-it"                 # slug: lowercase letters, digits, "-" and "_"
name = "DailyAI (Italiano)"
language = "it"
feeds = ["https://dailyai.it/feed/"]   # RSS 0.9x/1.0/2.0, Atom, JSON Feed
sitemaps = []                     # sitemap, sitemap index, Google News sitemap, robots.txt
listings = []                     # section pages whose article links are followed
local = false                     # true only for loopback sites (tests, demo)
homepage = "https://dailyai.it/"  # optional
country = "IT"                    # optional
active = true                     # optional
allow = ['/\\d{4}/\\d{2}/']       # optional regexes: article links must match one
deny = ['/video/']                # optional regexes: article links matching one are skipped
```
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SOURCES_ENV = "INFRALEDGER_SOURCES"
PACKAGED_SOURCES = Path(__file__).with_name("sources.toml")

# A slug such as "dailyai-it" or "reuters_tech".
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_KNOWN_KEYS = {
    "id",
    "name",
    "language",
    "feeds",
    "sitemaps",
    "listings",
    "local",
    "homepage",
    "country",
    "active",
    "allow",
    "deny",
}


class ConfigError(Exception):
    """A sources file that cannot be used; the message is one line, naming file and source."""


@dataclass(frozen=True)
class Source:
    """One configured outlet."""

    id: str
    name: str
    language: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[str, ...] = ()
    local: bool = False
    homepage: str | None = None
    country: str | None = None
    active: bool = True
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = field(default=())

    @property
    def kind(self) -> str:
        """The first configured discovery kind, for the ``sources.kind`` column."""
        if self.feeds:
            return "feed"
        if self.sitemaps:
            return "sitemap"
        return "listing"

    @property
    def discovery_urls(self) -> tuple[str, ...]:
        """Every configured feed, sitemap and listing URL (never stored as articles)."""
        return self.feeds + self.sitemaps + self.listings

    @property
    def hosts(self) -> frozenset[str]:
        """``host:port`` of every configured URL, e.g. ``127.0.0.1:8043``."""
        urls = [*self.discovery_urls, *([self.homepage] if self.homepage else [])]
        return frozenset(host_port(u) for u in urls)

    def to_json(self) -> dict[str, Any]:
        """A JSON-serializable dict; ``Source.from_json`` reverses it."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Source:
        tuples = ("feeds", "sitemaps", "listings", "allow", "deny")
        kwargs: dict[str, Any] = {k: tuple(v) if k in tuples else v for k, v in data.items()}
        return cls(**kwargs)

    def to_row(self) -> dict[str, Any]:
        """The ``sources`` table row."""
        return {
            "id": self.id,
            "name": self.name,
            "homepage": self.homepage,
            "language": self.language,
            "country": self.country,
            "kind": self.kind,
            "urls": json.dumps(
                {"feeds": self.feeds, "sitemaps": self.sitemaps, "listings": self.listings}
            ),
            "local": int(self.local),
            "active": int(self.active),
        }


def host_port(url: str) -> str:
    """``host:port`` of a URL with the scheme's default port filled in."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is None:
        port = {"http": 80, "https": 443}.get(parts.scheme, 0)
    return f"{host}:{port}"


def default_sources_path(explicit: str | Path | None = None, env_value: str | None = None) -> Path:
    """``--sources``, else ``$INFRALEDGER_SOURCES``, else ``./sources.toml``, else packaged."""
    if explicit:
        return Path(explicit)
    if env_value:
        return Path(env_value)
    local = Path("sources.toml")
    if local.is_file():
        return local
    return PACKAGED_SOURCES


def load_sources(path: str | Path) -> list[Source]:
    """Read and validate a sources file; raise ``ConfigError`` with a one-line message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: sources file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read sources file: {exc}") from None
    return parse_sources(text, str(path))


def parse_sources(text: str, origin: str = "<sources>") -> list[Source]:
    """Validate the TOML text of a sources file (see the module docstring for the keys)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{origin}: invalid TOML: {exc}") from None
    entries = data.get("source", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ConfigError(f"{origin}: 'source' must be an array of tables ([[source]])")
    sources: list[Source] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        source = _parse_entry(entry, f"{origin}: source #{index}")
        if source.id in seen:
            raise ConfigError(f"{origin}: duplicate source id {source.id!r}")
        seen.add(source.id)
        sources.append(source)
    return sources


def _parse_entry(entry: dict[str, Any], where: str) -> Source:
    for key in ("id", "name", "language"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise ConfigError(f"{where}: missing or empty key {key!r}")
    where = f"{where.rsplit(': ', 1)[0]}: source {entry['id']!r}"
    unknown = sorted(set(entry) - _KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}")
    if not _SLUG.match(entry["id"]):
        raise ConfigError(f"{where}: id must be a slug like 'dailyai-it'")
    lists = {key: _url_list(entry, key, where) for key in ("feeds", "sitemaps", "listings")}
    if not any(lists.values()):
        raise ConfigError(f"{where}: needs at least one of feeds, sitemaps, listings")
    patterns = {key: _pattern_list(entry, key, where) for key in ("allow", "deny")}
    for key in ("local", "active"):
        if key in entry and not isinstance(entry[key], bool):
            raise ConfigError(f"{where}: {key!r} must be true or false")
    homepage = entry.get("homepage")
    if homepage is not None and not _is_http_url(homepage):
        raise ConfigError(f"{where}: homepage must be an http(s) URL")
    country = entry.get("country")
    if country is not None and not isinstance(country, str):
        raise ConfigError(f"{where}: country must be a string")
    return Source(
        id=entry["id"],
        name=entry["name"].strip(),
        language=entry["language"].strip().lower(),
        feeds=lists["feeds"],
        sitemaps=lists["sitemaps"],
        listings=lists["listings"],
        local=bool(entry.get("local", False)),
        homepage=homepage,
        country=country,
        active=bool(entry.get("active", True)),
        allow=patterns["allow"],
        deny=patterns["deny"],
    )


def _is_http_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _url_list(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ConfigError(f"{where}: {key!r} must be a list of URLs")
    for url in value:
        if not _is_http_url(url):
            raise ConfigError(f"{where}: {key!r} has a non-http(s) URL: {url!r}")
    return tuple(value)


def _pattern_list(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise ConfigError(f"{where}: {key!r} must be a list of regular expressions")
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{where}: bad {key} pattern {pattern!r}: {exc}") from None
    return tuple(value)
