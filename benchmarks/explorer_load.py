"""How fast the explorer (graph.html) of a build opens and answers in headless Chromium, with screenshots.

    .venv/bin/python benchmarks/explorer_load.py out/graph.html [--shots DIR] [--phrase 人工智能]

Times are from navigation: the first screen (promise scorecard and table) ready; one click to the missed
targets; the graph tab settled on its opening neighbourhood; a full-text search; an entity page.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from chromium import Chromium  # noqa: E402  (the tests' DevTools driver)


def _timed(browser: Chromium, action: str, until: str) -> float:
    start = time.monotonic()
    browser.evaluate(action)
    browser.wait_until(until, poll=0.02)
    return time.monotonic() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("--shots", type=Path, default=None, help="folder for screenshots")
    parser.add_argument("--phrase", default="人工智能", help="a phrase to search the sentences for")
    args = parser.parse_args()
    with Chromium(timeout=300) as browser:
        start = time.monotonic()
        browser.open(args.page)
        browser.wait_until("window.GOVKG && GOVKG.ready", poll=0.02)
        ready = time.monotonic() - start
        rows = browser.evaluate("GOVKG.promiseRows")
        if args.shots:
            browser.screenshot(args.shots / "explorer-first-screen.png")
        missed = _timed(browser, "document.getElementById('show-Missed') && document.getElementById('show-Missed').click()",
                        "true")
        if args.shots:
            browser.screenshot(args.shots / "explorer-missed.png")
        search = _timed(browser, f"location.hash = 'q=' + encodeURIComponent({json.dumps(args.phrase)})",
                        "document.getElementById('search-count').textContent !== ''")
        hits = browser.evaluate("document.getElementById('search-count').textContent")
        entity = _timed(browser, "location.hash = 'entity=' + encodeURIComponent(GOVKG.data.centre)",
                        "GOVKG.tab === 'entity'")
        graph = _timed(browser, "location.hash = 'tab=graph'", "GOVKG.settled")
        drawn = browser.evaluate("GOVKG.drawnCount()")
        if args.shots:
            browser.screenshot(args.shots / "explorer-graph.png")
        errors, requests = browser.log.errors, [r for r in browser.log.requests if r != args.page.resolve().as_uri()]
    print(f"page             {args.page.stat().st_size / 1e6:.1f} MB, {browser_count(args.page)}")
    print(f"first screen     {ready:.2f} s ({rows} targets in the table)")
    print(f"missed targets   {missed:.2f} s (one click)")
    print(f"full-text search {search:.2f} s ({hits})")
    print(f"entity page      {entity:.2f} s")
    print(f"graph tab        {graph:.2f} s to settle on {drawn} nodes")
    print(f"console errors   {errors or 'none'}; other requests {requests or 'none'}")


def browser_count(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    at = text.find('data-node-count="')
    return f"{text[at + 17:text.find(chr(34), at + 17)]} nodes in the graph" if at >= 0 else "a summary page"


if __name__ == "__main__":
    main()
