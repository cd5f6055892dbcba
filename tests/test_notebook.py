"""examples/explore.ipynb: stored without outputs, runs headless, its plot cell draws a PNG."""

from __future__ import annotations

import base64
import json
import os
import sys

import pytest

import civic_extract

from conftest import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")
pytest.importorskip("pandas")

EXAMPLES = os.path.join(ROOT, "examples")
NOTEBOOK = os.path.join(EXAMPLES, "explore.ipynb")
KERNEL = "civic-extract-test"


def _kernel_manager(folder: str):
    """A kernel running this very interpreter (not whatever `python` a stored spec names)."""
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec = os.path.join(folder, "kernels", KERNEL)
    os.makedirs(spec)
    with open(os.path.join(spec, "kernel.json"), "w", encoding="utf-8") as f:
        json.dump({"argv": [sys.executable, "-m", "ipykernel_launcher", "-f",
                            "{connection_file}"],
                   "display_name": "civic_extract tests", "language": "python"}, f)
    specs = KernelSpecManager(kernel_dirs=[os.path.join(folder, "kernels")])
    return KernelManager(kernel_name=KERNEL, kernel_spec_manager=specs)


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # the kernel imports the civic_extract these tests import; matplotlib draws inline
    here = os.path.dirname(os.path.dirname(os.path.abspath(civic_extract.__file__)))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PYTHONPATH", os.pathsep.join(filter(None, [here,
                                                             os.environ.get("PYTHONPATH")])))
        mp.delenv("MPLBACKEND", raising=False)
        client = nbclient.NotebookClient(
            nb, km=_kernel_manager(str(tmp_path_factory.mktemp("jupyter"))), timeout=600,
            resources={"metadata": {"path": EXAMPLES}})
        client.execute()
    return nb


def _outputs(cell) -> list[dict]:
    return [dict(o) for o in cell.get("outputs", [])]


def test_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    for cell in code:
        assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def test_runs_without_errors(executed):
    for cell in executed.cells:
        for out in _outputs(cell):
            assert out["output_type"] != "error", out.get("evalue")


def test_plot_cell_produces_an_image(executed):
    plots = [c for c in executed.cells if "plot" in c.metadata.get("tags", [])]
    assert len(plots) == 1
    images = [o["data"]["image/png"] for o in _outputs(plots[0])
              if "image/png" in o.get("data", {})]
    assert images, _outputs(plots[0])
    png = base64.b64decode(images[0])
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 5_000


def test_articles_show_their_html_view(executed):
    views = [o["data"]["text/html"] for c in executed.cells for o in _outputs(c)
             if 'class="civic-extract"' in o.get("data", {}).get("text/html", "")]
    assert len(views) == 2
    assert "Асаин Байханов" in views[0] and "Динара Ахметова" in views[1]


def test_spacy_cells_render_with_displacy(executed):
    html = [o["data"]["text/html"] for c in executed.cells for o in _outputs(c)
            if "text/html" in o.get("data", {})]
    ents = [h for h in html if 'class="entities"' in h]
    assert ents and "Динара Ахметова" in ents[0] and "PER" in ents[0]
