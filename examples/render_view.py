"""Write the notebook view of article files as one standalone HTML page (for a browser).

    python examples/render_view.py [FILE ...] > view.html

Without FILE, the bundled example article. docs/view.png is this page for the bundled
example, screenshotted with headless Chromium (see the README).
"""

from __future__ import annotations

import os
import sys

import civic_extract
from civic_extract.notebook import render_page


def main() -> None:
    paths = sys.argv[1:] or [os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                          "article.txt")]
    articles = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            articles.append(civic_extract.extract(f.read(), doc_id=os.path.basename(path)))
    sys.stdout.write(render_page(articles))


if __name__ == "__main__":
    main()
