"""Rebuild FDHangulGothic-{Regular,Bold}.ttf from Debian's fonts-nanum NanumGothic (SIL OFL 1.1).

NanumGothic is 4.6 MB per weight, mostly Hanja that Noto Sans SC already draws; this keeps Hangul
syllables, Jamo, Latin and CJK/fullwidth punctuation, without hinting (badges are printed; Noto
Sans SC ships unhinted too), about 1.3 MB per weight. A subset is a Modified Version under the
OFL, which may not carry the Reserved Font Names ("Nanum", "NanumGothic"…), so the family is
renamed; the copyright notice is kept and OFL-Nanum.txt ships beside the files.

    apt-get download fonts-nanum && dpkg-deb -x fonts-nanum_*.deb nanum
    python resources/fonts/make_hangul_subset.py nanum/usr/share/fonts/truetype/nanum
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FAMILY = "FD Hangul Gothic"
UNICODES = (
    "U+0020-007E,U+00A0-00FF,U+1100-11FF,U+2010-2027,U+2030-203A,U+3000-303F,"
    "U+3130-318F,U+A960-A97F,U+AC00-D7A3,U+D7B0-D7FF,U+FF01-FF60"
)
DESCRIPTION = (
    "Hangul, Jamo and Latin subset of NanumGothic 3.021 (NAVER Corporation, SIL OFL 1.1), "
    "renamed as the OFL requires of a Modified Version; made for ForumDesk badges."
)


def build(source: Path, target: Path, style: str) -> None:
    """Subset one weight and give it the new family name."""
    options = subset.Options()
    options.hinting = False
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.drop_tables += ["TSI0", "TSI1", "TSI2", "TSI3", "TSI5"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
    subsetter.subset(font)
    _rename(font, style)
    font.recalcTimestamp = False  # the same source gives the same file
    subset.save_font(font, str(target), options)


def _rename(font: TTFont, style: str) -> None:
    name = font["name"]
    copyright_notice = name.getDebugName(0)
    version = name.getDebugName(5)
    name.names = []
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    for name_id, text in (
        (0, f"{copyright_notice} Subset and renamed for ForumDesk."),
        (1, FAMILY),
        (2, style),
        (3, f"{version};{postscript}"),
        (4, f"{FAMILY} {style}" if style != "Regular" else FAMILY),
        (5, version),
        (6, postscript),
        (10, DESCRIPTION),
        (13, "This Font Software is licensed under the SIL Open Font License, Version 1.1."),
        (14, "https://openfontlicense.org"),
    ):
        name.setName(text, name_id, 3, 1, 0x409)


def main(folder: str) -> None:
    here = Path(__file__).resolve().parent
    build(Path(folder) / "NanumGothic.ttf", here / "FDHangulGothic-Regular.ttf", "Regular")
    build(Path(folder) / "NanumGothicBold.ttf", here / "FDHangulGothic-Bold.ttf", "Bold")


if __name__ == "__main__":
    main(sys.argv[1])
