"""Write the notebook view of article files as one standalone HTML page (for a browser), or
regenerate docs/view.png.

    python examples/render_view.py [FILE ...] > view.html
    python examples/render_view.py --png docs/view.png      # needs chromium (apt install chromium)

Without FILE, the bundled example article. ``--png`` screenshots the page of the bundled example
with headless Chromium and writes, beside the picture, ``view.json``: the counts of the view's
legend and the picture's SHA-256, so a test can tell (without a browser) that the picture still
shows what the library extracts today.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import civic_extract
from civic_extract.notebook import KINDS, render_page

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLE = os.path.join(HERE, "article.txt")
WINDOW = (1200, 1280)


def page(paths: list[str]) -> str:
    articles = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            articles.append(civic_extract.extract(f.read(), doc_id=os.path.basename(path)))
    return render_page(articles)


def legend_counts(html: str) -> dict[str, int]:
    """The counts of the first legend of a rendered view: {"person": 3, "title": 5, …}."""
    out: dict[str, int] = {}
    for label, _ in KINDS.values():
        match = re.search(rf"</span> {re.escape(label)} \((\d+)\)</span>", html)
        if match is None:
            raise ValueError(f"no legend entry for {label!r}")
        out[label] = int(match.group(1))
    return out


def screenshot(html: str, png: str, chromium: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "view.html")
        with open(source, "w", encoding="utf-8") as f:
            f.write(html)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--hide-scrollbars", f"--user-data-dir={tmp}/profile",
                        f"--screenshot={os.path.abspath(png)}",
                        f"--window-size={WINDOW[0]},{WINDOW[1]}", f"file://{source}"],
                       check=True, capture_output=True, timeout=120)


def write_png(png: str, chromium: str | None) -> None:
    browser = chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        sys.exit("render_view: no chromium found (apt install chromium, or --chromium PATH)")
    html = page([EXAMPLE])
    screenshot(html, png, browser)
    with open(png, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    info = {"source": "examples/article.txt", "legend": legend_counts(html),
            "window": list(WINDOW), "png_sha256": digest}
    with open(os.path.join(os.path.dirname(png), "view.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", help="article files (the bundled example by default)")
    ap.add_argument("--png", help="screenshot the bundled example's view to this PNG, and write "
                                  "view.json beside it")
    ap.add_argument("--chromium", help="the browser to use (chromium on PATH by default)")
    args = ap.parse_args()
    if args.png:
        write_png(args.png, args.chromium)
        return
    sys.stdout.write(page(args.files or [EXAMPLE]))


if __name__ == "__main__":
    main()
