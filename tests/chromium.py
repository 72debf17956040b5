"""Headless Debian Chromium driven over the DevTools protocol on a pipe: no driver, no port, no downloads.

Used by tests/test_viz.py and benchmarks/viz_interactive.py. Chromium reads protocol messages on
fd 3 and writes them on fd 4 (``--remote-debugging-pipe``), each a JSON text ended by a NUL byte.
"""
from __future__ import annotations

import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--window-size=1400,900",
         "--remote-debugging-pipe"]


def find_chromium() -> str | None:
    """The Chromium binary, if one is installed."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


class ChromiumError(RuntimeError):
    """The browser answered with an error, died, or did not answer in time."""


@dataclass
class PageLog:
    """What a page did: console errors, exceptions, requests and dialogs, as they arrived."""

    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


class Chromium:
    """One headless browser with one page (tab) attached; use as a context manager."""

    def __init__(self, binary: str | None = None, timeout: float = 60.0) -> None:
        binary = binary or find_chromium()
        if binary is None:
            raise ChromiumError("no chromium binary: run scripts/system-deps.sh")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="govkg-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_pipes() -> None:
            # park both ends high first, so moving one onto fd 3 or 4 cannot clobber the other
            os.dup2(to_chrome_r, 100)
            os.dup2(from_chrome_w, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)

        self.process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire_pipes, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict] = []
        self.log = PageLog()
        self.session = ""
        target = self.call("Target.createTarget", {"url": "about:blank"}, session=None)["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=None)["sessionId"]
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")
        # the network is off for the page: anything it tries to fetch fails and is recorded
        self.call("Network.emulateNetworkConditions",
                  {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the browser and remove its profile."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for fd in (self._to_chrome, self._from_chrome):
            try:
                os.close(fd)
            except OSError:
                pass  # already closed by an earlier close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def call(self, method: str, params: dict | None = None, session: str | None | bool = True) -> dict:
        """Send one command (to the page's session unless ``session=None``) and wait for its answer."""
        self._next_id += 1
        message: dict = {"id": self._next_id, "method": method, "params": params or {}}
        if session is True and self.session:
            message["sessionId"] = self.session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise ChromiumError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise ChromiumError("chromium did not answer in time")
            chunk = os.read(self._from_chrome, 1 << 20)
            if not chunk:
                raise ChromiumError("chromium closed the pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message = json.loads(raw)
        if "method" in message:
            self._record(message)
        return message

    def _record(self, event: dict) -> None:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.log.errors.append(details.get("exception", {}).get("description") or details.get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.log.errors.append(" ".join(str(a.get("value", a.get("description"))) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            self.log.errors.append(params["entry"]["text"])
        elif method == "Network.requestWillBeSent":
            self.log.requests.append(params["request"]["url"])
        elif method == "Page.javascriptDialogOpening":
            self.log.dialogs.append(params.get("message", ""))
            os.write(self._to_chrome, json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog",
                                                  "params": {"accept": False},
                                                  "sessionId": self.session}).encode() + b"\0")
        self._events.append(event)

    def open(self, path: Path, fragment: str = "") -> None:
        """Navigate to a local file (at ``#fragment``, if given) and wait for its load event."""
        if fragment:
            # a change of fragment alone does not load the page again: leave it first
            self._events.clear()
            self.call("Page.navigate", {"url": "about:blank"})
            self.wait_for_event("Page.loadEventFired")
        self._events.clear()
        self.call("Page.navigate", {"url": path.resolve().as_uri() + (f"#{fragment}" if fragment else "")})
        self.wait_for_event("Page.loadEventFired")

    def wait_for_event(self, method: str) -> dict:
        """Block until an event named ``method`` has arrived (since the last open)."""
        deadline = time.monotonic() + self.timeout
        while True:
            for event in self._events:
                if event["method"] == method:
                    return event
            self._read(deadline)

    def evaluate(self, expression: str) -> object:
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise ChromiumError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_until(self, expression: str, poll: float = 0.05) -> float:
        """Poll until ``expression`` is truthy in the page; return the seconds it took."""
        start = time.monotonic()
        while not self.evaluate(expression):
            if time.monotonic() - start > self.timeout:
                raise ChromiumError(f"timed out waiting for {expression}")
            time.sleep(poll)
        return time.monotonic() - start

    def type_text(self, selector: str, text: str) -> None:
        """Focus an input and type ``text`` as keyboard input (IME-style insertion for Chinese)."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.call("Input.insertText", {"text": text})

    def screenshot(self, path: Path) -> Path:
        """Save a PNG of the page."""
        data = self.call("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path
