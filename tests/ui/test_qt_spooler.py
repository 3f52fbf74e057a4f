"""The Qt print path (Windows, no CUPS): pages rasterised one at a time at no more than
600 dpi (300 for labels and cards), on the layout's paper, full page."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cups_support import pdf_pages

pytestmark = pytest.mark.skipif(not shutil.which("pdfimages"), reason="needs poppler's pdfimages")


def _image_widths(pdf: Path) -> list[int]:
    out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    return [int(line.split()[3]) for line in out.splitlines()[2:] if line.split()[2] == "image"]


@pytest.mark.parametrize(
    ("layout", "size_mm", "dpi"),
    [("a6", (105, 148), 600), ("label4x3", (101.6, 76.2), 300), ("cr80", (85.6, 54), 300)],
)
def test_pages_are_the_layouts_paper_at_a_bounded_resolution(
    qapp, demo_forum, tmp_path: Path, layout: str, size_mm: tuple[float, float], dpi: int
) -> None:  # type: ignore[no-untyped-def]
    from ui.qt_spooler import QtSpooler

    spooler = QtSpooler(output_folder=tmp_path)
    demo_forum.printing.spooler = spooler
    codes = demo_forum.badges.select()[:2]
    run = demo_forum.printing.print_badges(codes, layout=layout, source="test")
    # Windows' spooler is not followed: the job is in the queue, logged as accepted.
    assert run.ok and [o.status for o in run.outcomes] == ["queued"]
    [out] = list(tmp_path.glob("job_*.pdf"))
    pages = pdf_pages(out)
    assert len(pages) == 2
    for w, h in pages:
        assert abs(w - size_mm[0] * 72 / 25.4) <= 1.5 and abs(h - size_mm[1] * 72 / 25.4) <= 1.5
    assert spooler.last_dpi == dpi
    # Each page is one image of the whole sheet at that resolution, never 1200 dpi.
    widths = _image_widths(out)
    assert len(widths) == 2
    assert all(abs(w - round(size_mm[0] / 25.4 * dpi)) <= 2 for w in widths), widths
    assert demo_forum.badges.print_status(codes)[codes[0]].last_layout == layout
