"""Every document of ../shared/corpus extracts without error, with exact offsets.

Skips cleanly when ../shared is not beside the checkout (a user's fresh clone).
"""

from __future__ import annotations

import glob
import os

import pytest

from conftest import check_offsets

SETS = ["civic-dev", "factru/devset", "nerel/train", "nerel/dev"]


@pytest.mark.parametrize("name", SETS)
def test_offsets_and_no_errors(extractor, shared_dir, name):
    paths = sorted(glob.glob(os.path.join(shared_dir, "corpus", name, "*.txt")))
    if not paths:
        pytest.skip(f"no texts in corpus/{name}")
    texts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            texts.append(f.read())
    n = 0
    for text, article in zip(texts, extractor.pipe(texts, batch_size=32)):
        assert article.text == text
        check_offsets(article)
        n += 1
    assert n == len(paths)


def test_s01_people_and_chrome(extractor, shared_dir):
    with open(os.path.join(shared_dir, "corpus", "civic-dev", "S01.txt"), encoding="utf-8") as f:
        text = f.read()
    article = extractor.extract(text)
    names = {p.name for p in article.people}
    assert names == {"Ермек Маржикпаев", "Бану Нургазиева", "Мадияр Кожахмет",
                     "Касым-Жомарт Токаев", "Куралай Джумабекова", "Дамеля Койшина",
                     "Татьяна Спиглазова"}
    assert "Ел бірлігі" in {o.name for o in article.organizations}
    footer = text.index("Следите за новостями")
    for kind, m in article.mentions():
        assert m.start < footer, (kind, m)
