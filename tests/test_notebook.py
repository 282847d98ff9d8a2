"""The quickstart notebook runs top to bottom from a clean kernel (marked `notebook`)."""

import json

import pytest

from conftest import ROOT

pytestmark = pytest.mark.notebook
NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"


def test_notebook_outputs_are_stripped_in_git():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(not c["outputs"] and c["execution_count"] is None for c in code)


def test_notebook_runs_from_a_clean_kernel(tmp_path):
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "entities" in text and "facts" in text
    assert any("image/png" in o.get("data", {}) for o in outputs if o.output_type == "display_data")
