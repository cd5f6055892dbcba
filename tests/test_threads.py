"""Threads share one set of models: loaded once under a lock, results as in one thread."""

from __future__ import annotations

import subprocess
import sys

CODE = r"""
import threading
import civic_extract
from civic_extract import nlp
from civic_extract.text import morph

built = {"models": 0, "morph": 0}
models_init, morph_init = nlp.Models.__init__, morph.Morphology.__init__

def count_models(self, *a, **k):
    built["models"] += 1
    models_init(self, *a, **k)

def count_morph(self, *a, **k):
    built["morph"] += 1
    morph_init(self, *a, **k)

nlp.Models.__init__ = count_models
morph.Morphology.__init__ = count_morph
texts = ["Аким области Ермек Сапаров вручил медаль ОО «Мирас».",
         "В Павлодаре работают 150 волонтеров, сообщила Айгерим Ахметова."] * 4
results = [None] * len(texts)
start = threading.Barrier(len(texts))

def work(i):
    ex = civic_extract.Extractor()  # one Extractor per thread, the models shared
    start.wait()
    results[i] = ex.extract(texts[i]).to_json()

threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
for t in threads: t.start()
for t in threads: t.join()
alone = [civic_extract.Extractor().extract(t).to_json() for t in texts]
assert results == alone, "threads gave other results"
print(built["models"], built["morph"])
"""


def test_threads_load_the_models_once_and_agree():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["1", "1"]
