"""The crawl, add and sources check commands: exit codes and one-line messages."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from crawl_helpers import rows

from crawler.cli import cli

FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=false", "-s", "RETRY_TIMES=0"]


def sources_file(tmp_path, base, feeds=("/feed.xml",), local=True, extra=""):
    path = tmp_path / "sources.toml"
    urls = ", ".join(f'"{base}{f}"' for f in feeds)
    path.write_text(
        f'[[source]]\nid = "itt"\nname = "Infra Test Times"\nlanguage = "en"\n'
        f"feeds = [{urls}]\nlocal = {'true' if local else 'false'}\n{extra}"
    )
    return path


def invoke(tmp_path, *args):
    return CliRunner().invoke(cli, ["--db", str(tmp_path / "kb.db"), *args])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[source]\nid = 1", "invalid TOML"),
        ('[[source]]\nname = "x"\nlanguage = "en"\nfeeds = ["http://x/"]', "'id'"),
        ('[[source]]\nid = "x"\nname = "X"\nlanguage = "en"', "needs at least one of"),
        ('[[source]]\nid = "x"\nname = "X"\nlanguage = "en"\nfeeds = ["ftp://x/"]', "non-http"),
        ('[[source]]\nid = "X Y"\nname = "X"\nlanguage = "en"\nfeeds = ["http://x/"]', "slug"),
        ('[[source]]\nid = "x"\nname = "X"\nlanguage = "en"\nfeds = ["http://x/"]', "unknown key"),
    ],
)
def test_bad_sources_file_exits_2_with_one_line(tmp_path, text, message):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    result = invoke(tmp_path, "crawl", "--sources", str(path))
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert message in line
    assert str(path) in line


def test_unknown_spider_exits_2(tmp_path, site):
    result = invoke(tmp_path, "crawl", "rss", "--sources", str(sources_file(tmp_path, site.base)))
    assert result.exit_code == 2
    assert "unknown spider 'rss'" in result.output


def test_crawl_command_reports_runs_and_exits_0(tmp_path, site):
    path = sources_file(tmp_path, site.base)
    result = invoke(tmp_path, "crawl", "feeds", "--sources", str(path), "--max-pages", "2", *FAST)
    assert result.exit_code == 0, result.output
    assert "feeds:" in result.output
    assert "2 new articles" in result.output
    assert len(rows(tmp_path / "kb.db", "select id from articles")) == 2


def test_crawl_exits_1_when_a_productive_source_yields_nothing(tmp_path, site):
    path = sources_file(tmp_path, site.base)
    assert invoke(tmp_path, "crawl", "feeds", "--sources", str(path), *FAST).exit_code == 0
    site.route("/feed.xml", status=404)
    result = invoke(tmp_path, "crawl", "feeds", "--sources", str(path), *FAST)
    assert result.exit_code == 1
    assert "source itt yielded no article links" in result.output


def test_add_local_files(tmp_path):
    page = tmp_path / "story.html"
    page.write_text("<html><head><title>Chips</title></head><body><p>$5 trillion</p></body></html>")
    note = tmp_path / "note.txt"
    note.write_text("Fab costs rise\n\nTSMC says a fab now costs $20 billion.\n")
    result = invoke(
        tmp_path,
        "add",
        str(page),
        "--url",
        "https://news.test/story?utm_source=x",
        "--published",
        "2024-05-14",
    )
    assert result.exit_code == 0, result.output
    assert "added: https://news.test/story" in result.output
    assert invoke(tmp_path, "add", str(note)).exit_code == 0
    stored = rows(tmp_path / "kb.db", "select url, title, published_at from articles order by id")
    assert stored[0] == {
        "url": "https://news.test/story",
        "title": "Chips",
        "published_at": "2024-05-14T00:00:00Z",
    }
    assert stored[1]["url"] == note.resolve().as_uri()
    assert stored[1]["title"] == "Fab costs rise"
    again = invoke(tmp_path, "add", str(page), "--url", "https://news.test/story")
    assert "already stored" in again.output
    assert len(rows(tmp_path / "kb.db", "select id from articles")) == 2


def test_add_usage_errors(tmp_path):
    assert invoke(tmp_path, "add", str(tmp_path / "missing.html")).exit_code == 2
    page = tmp_path / "a.html"
    page.write_text("<html></html>")
    assert invoke(tmp_path, "add", str(page), "--published", "someday").exit_code == 2
    assert invoke(tmp_path, "add", str(page), str(page), "--url", "https://x.test/").exit_code == 2


def test_add_url_fetches_politely(tmp_path, site):
    path = sources_file(tmp_path, site.base)
    url = f"{site.base}/news/openai-chip-plan.html"
    result = invoke(tmp_path, "add", url, "--sources", str(path), "--source", "itt", *FAST)
    assert result.exit_code == 0, result.output
    assert f"added: {url}" in result.output
    assert "/robots.txt" in site.paths()
    (stored,) = rows(tmp_path / "kb.db", "select source_id from articles")
    assert stored["source_id"] == "itt"
    refused = invoke(tmp_path, "add", f"{site.base}/news/tsmc-arizona-fab.html", *FAST)
    assert refused.exit_code == 1  # no local source: loopback is refused
    assert "non-public address" in refused.output


def test_sources_check(tmp_path, site):
    good = sources_file(tmp_path, site.base, feeds=("/feed.xml", "/atom.xml"))
    result = invoke(tmp_path, "sources", "check", "--sources", str(good))
    assert result.exit_code == 0, result.output
    assert result.output.startswith("ok   itt: feeds 2/2")
    bad = sources_file(tmp_path, site.base, feeds=("/feed.xml", "/nope.xml", "/news/"))
    result = invoke(tmp_path, "sources", "check", "--sources", str(bad))
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("FAIL itt: feeds 1/3")
    assert "/nope.xml: HTTP 404" in line
