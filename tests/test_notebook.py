"""notebooks/explore.ipynb runs top to bottom on the seeds graph, draws its charts, and its saved outputs are
the ones a run gives. After a change of the graph, save them again with
``GOVKG_SAVE_NOTEBOOK=1 pytest tests/test_notebook.py`` (and look at the diff)."""
from __future__ import annotations

import copy
import os

import nbformat
from nbclient import NotebookClient

from tests.conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def _outputs(notebook) -> list[list]:
    """Each code cell's outputs as text; a PNG counts as present only (its bytes vary with the renderer)."""
    cells = []
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        shown = []
        for o in cell.get("outputs", []):
            if o.output_type == "stream":
                shown.append((o.name, o.text))
            elif o.output_type in ("execute_result", "display_data"):
                shown.append(tuple(sorted((mime, "<png>" if mime == "image/png" else data)
                                          for mime, data in o.data.items())))
            else:
                shown.append((o.output_type, o.get("ename", "")))
        cells.append(shown)
    return cells


def _run(seeds_build, monkeypatch):
    monkeypatch.setenv("GOVKG_GRAPH", str(seeds_build[1] / "graph.ttl"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = copy.deepcopy(nbformat.read(NOTEBOOK, as_version=4))
    NotebookClient(notebook, kernel_name="python3", timeout=300,
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    return notebook


def test_the_notebook_runs_draws_and_its_saved_outputs_are_what_it_gives(seeds_build, monkeypatch):
    saved = nbformat.read(NOTEBOOK, as_version=4)
    notebook = _run(seeds_build, monkeypatch)
    if os.environ.get("GOVKG_SAVE_NOTEBOOK"):
        nbformat.write(notebook, NOTEBOOK)
        saved = notebook
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 3
    text = "".join(o.get("text", "") for o in outputs)
    assert "triples from graph.ttl" in text and "targets for 2025" in text and "missed targets" in text
    assert "CJK font for the charts" in text or "no CJK font is installed" in text
    assert _outputs(notebook) == _outputs(saved), "the saved outputs are stale: see this module's docstring"


def test_the_font_check_says_when_no_cjk_font_is_installed(monkeypatch, capsys):
    from matplotlib import font_manager

    from kg.viz import fonts

    assert fonts.cjk_font(["DejaVu Sans", "WenQuanYi Micro Hei"]) == "WenQuanYi Micro Hei"
    assert fonts.cjk_font(["DejaVu Sans"]) is None
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [f for f in font_manager.fontManager.ttflist
                                                              if fonts.cjk_font([f.name]) is None])
    assert fonts.use_cjk_font() is None
    assert "no CJK font is installed" in capsys.readouterr().out
