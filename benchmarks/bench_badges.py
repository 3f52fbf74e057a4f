"""Badge PDF benchmark: 1,000 mixed-script badges into one PDF, and one badge on demand.

Each figure is printed beside a floor measured in the same run: raw reportlab drawing the same
strings with plain drawString in one font, and the same QR codes, without any layout logic.
The floor draws its QR codes through the same ``draw_qr``/``qr_matrix`` as the badges (the
zxing-cpp encoder when installed, qrcode otherwise), so a faster matrix builder speeds both.
"""

from __future__ import annotations

import base64
import io
import logging
import random
import statistics
import time
from typing import Any

from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from desktop.badges.layouts import BadgeData
from desktop.badges.render import draw_qr, render_badges
from desktop.typesetting import fonts

log = logging.getLogger(__name__)

_NAMES = [
    ("Ильсур", "Метшин", "Ilsur", "Metshin", "RU", "Russia"),
    ("Рөстәм", "Миңнеханов", "Rustam", "Minnikhanov", "RU", "Russia"),
    ("近平", "习", "Jinping", "Xi", "CN", "China"),
    ("محمد", "بن راشد", "Mohammed", "bin Rashid", "AE", "United Arab Emirates"),
    ("علی‌رضا", "زاکانی", "Alireza", "Zakani", "IR", "Iran"),
    ("नरेन्द्र", "क्षत्रिय", "Narendra", "Kshatriya", "IN", "India"),
    ("አበበ", "ቢቂላ", "Abebe", "Bikila", "ET", "Ethiopia"),
    ("สมชาย", "ใจดี", "Somchai", "Jaidee", "TH", "Thailand"),
    ("Nguyễn Thị", "Minh Khai", "Nguyen Thi", "Minh Khai", "VN", "Viet Nam"),
    ("Şükrü", "Gündoğdu", "Sukru", "Gundogdu", "TR", "Türkiye"),
    ("João", "Conceição", "Joao", "Conceicao", "BR", "Brazil"),
]
_CATEGORIES = [
    ("Delegate", "#1F4E8C"),
    ("VIP", "#6A1B9A"),
    ("Media", "#2E7D32"),
    ("Staff", "#F2C200"),
]


def make_badges(count: int, seed: int = 7) -> list[BadgeData]:
    """Mixed-script badges with unique signed-looking QR payloads (~QR version 6 at M)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        g, f, gl, fl, cc, cn = _NAMES[i % len(_NAMES)]
        cat, colour = _CATEGORIES[i % len(_CATEGORIES)]
        payload = "FD1" + base64.b32encode(rng.randbytes(84)).decode().rstrip("=")
        out.append(
            BadgeData(
                given_name=g,
                family_name=f"{f} {i % 97}" if i % 5 == 0 else f,
                given_name_latin=gl,
                family_name_latin=fl,
                title="Mayor" if i % 2 else "Deputy Head of International Relations",
                organisation=f"City Administration {i % 40}",
                delegation=f"Delegation of {cn}",
                country_code=cc,
                country_name=cn,
                category_name=cat,
                category_colour=colour,
                qr_payload=payload,
                registration_code=f"FD-{i:06d}",
                event_name="BRICS International Municipal Forum",
            )
        )
    return out


def _floor(badges: list[BadgeData]) -> float:
    """Raw reportlab: the same strings with drawString in one font, and the same QR codes."""
    name = fonts.font_name("latin", "regular")
    c = Canvas(io.BytesIO(), pagesize=A6, pageCompression=0)
    start = time.perf_counter()
    for b in badges:
        c.setFont(name, 12)
        y = 400.0
        for s in (
            b.native_name,
            b.latin_name,
            b.title,
            b.organisation,
            b.delegation,
            b.country_name,
            b.category_name,
            b.registration_code,
            b.event_name,
        ):
            c.drawString(20, y, s)
            y -= 14
        draw_qr(c, b.qr_payload, 200, 60, 33 * mm)
        c.showPage()
    c.save()
    return time.perf_counter() - start


def _encoder() -> str:
    from desktop.badges import qr

    return qr.ENCODER


def _clear_qr_cache() -> None:
    from desktop.badges import qr

    qr.qr_matrix.cache_clear()


def run(quick: bool = False) -> list[dict[str, Any]]:
    """Measure batch throughput and on-demand latency; rows as the benchmark harness wants."""
    count = 200 if quick else 1000
    fonts.register_all()
    render_badges(make_badges(20, seed=1), io.BytesIO())  # warm fonts and caches once
    badges = make_badges(count)
    _clear_qr_cache()
    floor_s = _floor(badges)
    _clear_qr_cache()
    start = time.perf_counter()
    render_badges(badges, io.BytesIO())
    batch_s = time.perf_counter() - start
    rate, floor_rate = count / batch_s, count / floor_s

    singles = make_badges(60 if quick else 200, seed=99)
    times = []
    floor_times = []
    for b in singles:
        t0 = time.perf_counter()
        render_badges([b], io.BytesIO())
        times.append((time.perf_counter() - t0) * 1000)
        _clear_qr_cache()
        floor_times.append(_floor([b]) * 1000)
    p95 = statistics.quantiles(times, n=20)[-1]
    floor_p95 = statistics.quantiles(floor_times, n=20)[-1]
    return [
        {
            "name": f"badge PDF, {count} mixed-script badges (QR: {_encoder()})",
            "figure": round(rate, 1),
            "unit": "badges/s",
            "floor": round(floor_rate, 1),
            "target": ">= 150 badges/s",
            "ok": rate >= 150,
        },
        {
            "name": "one badge on demand, p95",
            "figure": round(p95, 2),
            "unit": "ms",
            "floor": round(floor_p95, 2),
            "target": "<= 60 ms",
            "ok": p95 <= 60,
        },
    ]


def main() -> None:
    """Print the rows as a table."""
    rows = run()
    print(f"{'what':58} {'figure':>10} {'floor':>10}  unit       target           ok")
    for r in rows:
        print(
            f"{r['name']:58} {r['figure']:>10} {r['floor']:>10}  {r['unit']:10} "
            f"{r['target']:16} {r['ok']}"
        )


if __name__ == "__main__":
    main()
