"""Badge PDFs: QR codes scan back to the payload, layouts have their page sizes, cancel is clean."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import inch, mm

from desktop.badges.layouts import BadgeData
from desktop.badges.render import BadgeRenderCancelled, render_badges


def _badge(i: int = 0, payload: str | None = None) -> BadgeData:
    return BadgeData(
        given_name="محمد",
        family_name="رضایی",
        given_name_latin="Mohammad",
        family_name_latin="Rezaei",
        title="Mayor",
        organisation="Tehran Municipality",
        delegation="Iran",
        country_code="IR",
        country_name="Iran",
        category_name="Delegate",
        category_colour="#1F4E8C",
        qr_payload=payload or "FD1" + base64.b32encode(bytes(range(i, i + 80))).decode(),
        registration_code=f"FD-{i:05d}",
        event_name="BRICS Municipal Forum",
    )


def _page_sizes(path: Path) -> list[tuple[float, float]]:
    data = path.read_bytes().decode("latin-1")
    boxes = re.findall(r"/MediaBox \[\s*([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) \]", data)
    return [(float(b[2]) - float(b[0]), float(b[3]) - float(b[1])) for b in boxes]


@pytest.mark.parametrize(
    ("layout", "size"),
    [
        ("a6", A6),
        ("cr80", (85.6 * mm, 54 * mm)),
        ("label4x3", (4 * inch, 3 * inch)),
        ("a4-sheet", A4),
    ],
)
def test_layout_page_size(tmp_path: Path, layout: str, size: tuple[float, float]) -> None:
    out = tmp_path / f"{layout}.pdf"
    assert render_badges([_badge(i) for i in range(5)], out, layout) == 5
    sizes = _page_sizes(out)
    assert sizes and all(abs(w - size[0]) < 0.5 and abs(h - size[1]) < 0.5 for w, h in sizes)
    assert len(sizes) == (2 if layout == "a4-sheet" else 5)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("layout", ["a6", "cr80", "label4x3"])
def test_qr_scans_back_to_payload(tmp_path: Path, layout: str) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    payload = "FD1" + base64.b32encode(bytes(range(7, 97))).decode().rstrip("=")
    out = tmp_path / "one.pdf"
    render_badges([_badge(payload=payload)], out, layout)
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(out), str(tmp_path / "p")], check=True)
    image = Image.open(next(tmp_path.glob("p*.png")))
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    assert payload in found


def test_cancel_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    with pytest.raises(BadgeRenderCancelled):
        render_badges([_badge(i) for i in range(10)], out, progress=lambda n: n < 3)
    assert list(tmp_path.iterdir()) == []


def test_renders_to_a_binary_file(tmp_path: Path) -> None:
    import io

    buf = io.BytesIO()
    render_badges([_badge()], buf)
    assert buf.getvalue().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("given", "family", "latin", "country", "font"),
    [
        ("Տիգրան", "Ավինյան", ("Tigran", "Avinyan"), "AM", b"NotoSansArmenian-Bold"),
        ("კახა", "კალაძე", ("Kakha", "Kaladze"), "GE", b"NotoSansGeorgian-Bold"),
        ("세훈", "오", ("Se-hoon", "Oh"), "KR", b"FDHangulGothic-Bold"),
    ],
)
def test_armenian_georgian_korean_badges_embed_their_font(
    tmp_path: Path, given: str, family: str, latin: tuple[str, str], country: str, font: bytes
) -> None:
    badge = replace(
        _badge(),
        given_name=given,
        family_name=family,
        given_name_latin=latin[0],
        family_name_latin=latin[1],
        country_code=country,
    )
    out = tmp_path / "badge.pdf"
    assert render_badges([badge], out, "a6") == 1
    data = out.read_bytes()
    assert re.search(rb"/BaseFont /[A-Z]{6}\+" + re.escape(font), data), font
    assert b"/FontFile2" in data  # embedded TrueType, so every printer draws it
