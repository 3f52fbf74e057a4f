"""The badge QR encoder without zxing-cpp: qrcode's public API only, the ISO mask choice."""

from __future__ import annotations

import random
import sys
from typing import Any

import numpy as np
import pytest
import qrcode
from qrcode.constants import ERROR_CORRECT_M

from desktop.badges import qr as badge_qr
from desktop.badges.payload import BASE32

#: What qrcode documents (README, the QRCode signature): the rest is its own business.
PUBLIC = {"add_data", "make", "get_matrix", "version", "error_correction", "border", "mask_pattern"}


def _payloads() -> list[str]:
    rng = random.Random(11)
    badge = ["".join(rng.choice(BASE32) for _ in range(n)) for n in (128, 130, 130)]
    # Other versions too: small ones, and 7 and up, which carry version information.
    other = ["RU000002", "Ильсур Метшин", "x" * 160, "Z9" * 150, "漢字" * 60]
    return badge + other


def test_the_fallback_encoder_uses_only_qrcodes_public_api(monkeypatch: pytest.MonkeyPatch) -> None:
    used: set[str] = set()

    def outside_qrcode() -> bool:
        caller = sys._getframe(2).f_globals.get("__name__", "")
        return not str(caller).startswith("qrcode")

    class Watched(qrcode.QRCode):  # type: ignore[misc]
        def __getattribute__(self, name: str) -> Any:
            if not name.startswith("__") and outside_qrcode():
                used.add(name)
            return super().__getattribute__(name)

        def __setattr__(self, name: str, value: Any) -> None:
            if outside_qrcode():
                used.add(name)
            super().__setattr__(name, value)

    monkeypatch.setattr(qrcode, "QRCode", Watched)
    badge_qr._mask_changes.cache_clear()
    try:
        for text in _payloads():
            badge_qr.qrcode_matrix(text)
    finally:
        badge_qr._mask_changes.cache_clear()
    assert used and used <= PUBLIC, sorted(used - PUBLIC)


def _lowest_penalty_symbol(text: str) -> np.ndarray:
    """All eight masks built by qrcode itself; the first with the lowest ISO penalty."""
    symbols = []
    for mask in range(8):
        q = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask)
        q.add_data(text)
        q.make(fit=True)
        symbols.append(np.array(q.get_matrix(), dtype=bool))
    scores = [badge_qr.penalty(s) for s in symbols]
    best = symbols[scores.index(min(scores))]
    return np.pad(best, badge_qr.QUIET_ZONE, constant_values=False)


def test_the_fallback_symbol_is_the_lowest_penalty_mask_and_scans() -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    versions = set()
    for text in _payloads():
        symbol = badge_qr.qrcode_matrix(text)
        assert np.array_equal(symbol, _lowest_penalty_symbol(text)), text
        versions.add((symbol.shape[0] - 2 * badge_qr.QUIET_ZONE - 17) // 4)
        image = np.kron((~symbol).astype(np.uint8) * 255, np.ones((4, 4), np.uint8))
        found = zxingcpp.read_barcodes(image)
        assert [r.text for r in found] == [text] and found[0].ec_level == "M"
    assert 6 in versions and max(versions) >= 7 and min(versions) < 6
