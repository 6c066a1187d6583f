"""A journalist's path through a real `infraledger serve`, in headless Chromium (DevTools Protocol).

Home page, search claims for "trillion", open the cluster of the Altman ask, download its CSV,
draw its chart, screenshot it. Skips only when Debian's /usr/bin/chromium is absent.
"""

from __future__ import annotations

import base64
import csv
import io
import itertools
import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from kb_fixture import build_kb

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="headless test needs Debian's chromium at /usr/bin/chromium"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_http(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    kb = build_kb(tmp_path / "kb.db")
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from crawler.cli import main; main()",
            "--db",
            str(kb),
            "serve",
            "--port",
            str(port),
        ],
        cwd=REPO,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_http(f"{base}/-/versions.json")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


class Page:
    """The smallest useful DevTools Protocol client: one page target over a websocket."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.ids = itertools.count(1)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv(timeout=30))
            if message.get("id") == msg_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return dict(message.get("result", {}))

    def js(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_loaded(self, url_part: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            state = self.js("[document.readyState, location.href]")
            if state[0] == "complete" and url_part in state[1]:
                return
            time.sleep(0.1)
        raise TimeoutError(f"page never loaded {url_part!r}")

    def goto(self, url: str) -> None:
        self.send("Page.navigate", url=url)
        self.wait_loaded(url.split("://", 1)[1])

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(self.send("Page.captureScreenshot", format="png")["data"])
        path.write_bytes(data)
        return data


@pytest.fixture
def page(tmp_path: Path) -> Iterator[Page]:
    profile = tmp_path / "chromium-profile"
    profile.mkdir()
    proc = subprocess.Popen(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--remote-allow-origins=*",
            "--remote-debugging-address=127.0.0.1",
            "--remote-debugging-port=0",
            "--window-size=1280,1000",
            f"--user-data-dir={profile}",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not active.exists() or not active.read_text().strip():
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("chromium did not open its DevTools port")
            time.sleep(0.1)
        port = int(active.read_text().split()[0])
        _wait_http(f"http://127.0.0.1:{port}/json/version")
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/json/new?about:blank", method="PUT"
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            target = json.loads(response.read())
        from websockets.sync.client import connect

        with connect(target["webSocketDebuggerUrl"], max_size=None, open_timeout=10) as ws:
            client = Page(ws)
            client.send("Page.enable")
            yield client
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_journalist_path_search_cluster_csv_chart(server: str, page: Page, tmp_path: Path) -> None:
    page.goto(f"{server}/")
    assert "infraledger" in page.js("document.title")
    assert "Search claims" in page.js("document.body.innerText")

    # Search claims for "trillion" through the canned query's own form.
    page.goto(f"{server}/infraledger/search_claims")
    page.js(
        """(() => {
            const input = document.querySelector('input[name="q"]');
            input.value = 'trillion';
            input.form.querySelector('input[type="submit"]').click();
        })()"""
    )
    page.wait_loaded("q=trillion")
    text = page.js("document.body.innerText")
    assert "raise as much as $5 trillion to $7 trillion" in text

    # Open the cluster of the Altman ask from the result's cluster link.
    href = page.js(
        """[...document.querySelectorAll('tr')]
            .filter(tr => tr.innerText.includes('Sam Altman'))
            .map(tr => tr.querySelector('a[href*="cluster_reports?cluster="]'))
            .find(a => a).href"""
    )
    page.js(f"document.querySelector('a[href=\"{href.split(server)[1]}\"]').click()")
    page.wait_loaded("cluster_reports?cluster=")
    rows = page.js("document.querySelectorAll('table.rows-and-columns tbody tr').length")
    assert rows == 9
    body = page.js("document.body.innerText")
    assert "first report" in body
    assert "6,5 Billionen Euro" in body

    # Download its CSV from the page's own CSV link.
    csv_href = page.js("document.querySelector('a[href*=\".csv\"]').href")
    csv_text = page.js(f"fetch({json.dumps(csv_href)}).then(r => r.text())")
    (tmp_path / "cluster.csv").write_text(csv_text, encoding="utf-8")
    records = list(csv.DictReader(io.StringIO(csv_text)))
    assert len(records) == 9
    assert records[0]["role"] == "first report"
    assert {r["language"] for r in records} == {"en", "it", "de", "fr", "es"}

    # Its chart, drawn server-side: one mark per figure, no script needed.
    page.js("document.querySelector('a[href*=\"/-/infraledger/chart?cluster=\"]').click()")
    page.wait_loaded("/-/infraledger/chart?cluster=")
    assert page.js("document.querySelectorAll('svg.infraledger-chart g.point').length") == 9
    shot = page.screenshot(tmp_path / "cluster-chart.png")
    assert shot.startswith(b"\x89PNG")
    assert len(shot) > 10_000

    # Scraped markup stays text in a real browser too.
    page.goto(f"{server}/infraledger/articles_view")
    scripts = page.js("[...document.scripts].filter(s => s.text.includes('xss')).length")
    assert scripts == 0
    assert "<script>alert('xss')</script>" in page.js("document.body.innerText")
