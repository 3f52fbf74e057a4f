"""QR codes on badges: the symbol (error correction M, with its quiet zone) and its drawing.

zxing-cpp's C++ encoder builds a symbol in ~0.4 ms. Without it (or when it refuses the text)
the pure-Python qrcode library does, through its public API only: qrcode picks the mask by
building all eight symbols (~10 ms a badge), so the symbol is built once with mask 0 and the
other seven are derived with numpy, then scored with the ISO/IEC 18004 penalty rules. The
symbol is drawn as one path of rectangles.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache
from typing import Any

import numpy as np
import qrcode
from numpy.typing import NDArray
from qrcode.constants import ERROR_CORRECT_M

log = logging.getLogger(__name__)

_zxing: Any
try:  # the C++ encoder is ~20x faster than qrcode; the batch benchmark depends on it
    import zxingcpp as _zxing
except ImportError:  # pragma: no cover - qrcode remains the fallback
    _zxing = None

#: Which encoder draws the badges' QR codes: "zxing-cpp", or "qrcode" when it is missing.
ENCODER = "zxing-cpp" if _zxing is not None else "qrcode"
QUIET_ZONE = 4  # modules of white around the symbol, as the standard asks
BoolGrid = NDArray[np.bool_]


@lru_cache(maxsize=256)
def qr_matrix(payload: str) -> BoolGrid:
    """The QR symbol (error correction M) with its quiet zone, True for dark modules.

    zxing-cpp's C++ encoder builds it in well under a millisecond; without it (or if it
    refuses the text) qrcode does (:func:`qrcode_matrix`).
    """
    if _zxing is not None:
        try:
            return zxing_matrix(payload)
        except Exception as exc:  # any failure falls back to qrcode
            log.debug("zxing-cpp could not encode the QR (%s); using qrcode", exc)
    return qrcode_matrix(payload)


def _warn_if_large(version: int) -> None:
    if version > 7:
        log.warning("QR payload needs version %d (> 7): hard to read from a worn badge", version)


def zxing_matrix(payload: str) -> BoolGrid:
    """The symbol built by zxing-cpp's encoder (which must be installed)."""
    assert _zxing is not None
    barcode = _zxing.create_barcode(payload, _zxing.BarcodeFormat.QRCode, ec_level="M")
    symbol = np.asarray(barcode.to_image(scale=1, add_quiet_zones=False)) < 128
    _warn_if_large((symbol.shape[0] - 17) // 4)
    return np.pad(symbol, QUIET_ZONE, constant_values=False)


def _symbol(payload: str, version: int | None, mask: int) -> tuple[BoolGrid, int]:
    """A symbol without quiet zone, with one mask, by qrcode's public API; and its version."""
    q = qrcode.QRCode(
        version=version, error_correction=ERROR_CORRECT_M, border=0, mask_pattern=mask
    )
    q.add_data(payload)
    q.make(fit=version is None)
    return np.array(q.get_matrix(), dtype=bool), int(q.version)


@cache
def _mask_changes(version: int) -> tuple[BoolGrid, ...]:
    """The cells that change when a symbol of this version takes mask k instead of mask 0.

    Data cells flip where the two masks differ, the format information takes mask k's bits,
    function patterns and version information stay: none of it depends on the payload, so
    it is read once per version from a symbol of no data built with each mask.
    """
    base, _ = _symbol("", version, 0)
    return tuple(_symbol("", version, mask)[0] ^ base for mask in range(8))


def qrcode_matrix(payload: str) -> BoolGrid:
    """The symbol built with the pure-Python qrcode library, the mask chosen with numpy."""
    base, version = _symbol(payload, None, 0)
    _warn_if_large(version)
    best: BoolGrid | None = None
    best_score = 0
    for change in _mask_changes(version):
        candidate = base ^ change
        score = penalty(candidate)
        if best is None or score < best_score:
            best, best_score = candidate, score
    assert best is not None
    return np.pad(best, QUIET_ZONE, constant_values=False)


_N3 = (
    np.array([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], dtype=bool),
    np.array([0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1], dtype=bool),
)


def penalty(m: BoolGrid) -> int:
    """ISO/IEC 18004 mask penalty: runs, 2×2 blocks, finder-like patterns, dark balance."""
    score = 0
    for grid in (m, m.T):
        # N1: runs of five or more modules of one colour (rows split by a separator column)
        flat = np.pad(grid.astype(np.int8), ((0, 0), (0, 1)), constant_values=2).ravel()
        edges = np.flatnonzero(flat[1:] != flat[:-1])
        lengths = np.diff(np.concatenate(([-1], edges, [flat.size - 1])))
        long = lengths[lengths >= 5]
        score += int((long - 2).sum())
        # N3: 1:1:3:1:1 with four light modules on one side
        windows = np.lib.stride_tricks.sliding_window_view(grid, 11, axis=1)
        for pattern in _N3:
            score += 40 * int(np.all(windows == pattern, axis=2).sum())
    # N2: 2×2 blocks of one colour
    same = (m[:-1, :-1] == m[1:, :-1]) & (m[:-1, :-1] == m[:-1, 1:]) & (m[:-1, :-1] == m[1:, 1:])
    score += 3 * int(same.sum())
    # N4: balance of dark and light
    dark = float(m.mean()) * 100
    score += 10 * int(abs(dark - 50) // 5)
    return score


def qr_path_ops(matrix: BoolGrid, x: float, y: float, size: float) -> str:
    """PDF operators filling the dark modules as one path, the symbol's lower-left at (x, y)."""
    n = matrix.shape[0]
    module = size / n
    ops = [f"q 0 g {module:.5f} 0 0 {module:.5f} {x:.3f} {y:.3f} cm"]
    padded = np.zeros((n, n + 2), dtype=np.int8)
    padded[:, 1:-1] = matrix
    edges = np.diff(padded, axis=1)
    for row in range(n):
        starts = np.flatnonzero(edges[row] == 1)
        ends = np.flatnonzero(edges[row] == -1)
        yy = n - 1 - row
        ops.extend(
            f"{s} {yy} {e - s} 1 re" for s, e in zip(starts.tolist(), ends.tolist(), strict=True)
        )
    ops.append("f Q")
    return "\n".join(ops)


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """Draw the payload's QR code (quiet zone included in ``size``) at (x, y) on a canvas."""
    canvas.addLiteral(qr_path_ops(qr_matrix(payload), x, y, size))
