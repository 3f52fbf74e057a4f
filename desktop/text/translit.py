"""Latin transliteration of names, for display and for matching: one word's script runs,
each handed to its script's module.

`to_latin` gives one readable form for a badge or a list when the Latin name is missing:
Cyrillic by the Russian passport scheme of 1997–2010 (`desktop.text.cyrillic`: Семёнов ->
Semenov, Щ -> Shch, Й -> Y, Я -> Ya) with Tatar, Bashkir, Ukrainian and Kazakh letters;
Chinese by pypinyin, "Xi Jinping"-style (`desktop.text.chinese`); Devanagari by a small Hindi
scheme with final-schwa deletion (`desktop.text.devanagari`: राजेश -> Rajesh); common Arabic
and Persian names from a table (`desktop.text.arabic`: محمد -> Mohammed), other Arabic-script
names by a guess at the unwritten short vowels (حمدان -> Hamdan, العتيبي -> Al-Atibi);
Thai by RTGS syllable rules (`desktop.text.thai`: สมชาย -> Somchai); Armenian by BGN/PCGN as
on Armenian passports (`desktop.text.armenian`: Տիգրան Ավինյան -> Tigran Avinyan); Korean by the
Revised Romanization with passport surnames (`desktop.text.korean`: 오세훈 -> Oh Sehun);
everything else (Georgian, whose national romanisation anyascii follows: კახა კალაძე ->
Kakha Kaladze; Ethiopic, ...) through anyascii, capitalised.

`latin_variants` gives the folded spellings people actually type for the same name
(Semenov/Semyonov/Semionov/Semjonov, Ilsur/Ilysur, Kh/H, Zh/J, Ts/C, Ya/Ia/Ja,
pinyin with tone numbers, joined, or given name first): the search index stores them
beside the native form so a query in any of them is an exact hit.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from anyascii import anyascii

from desktop.text.arabic import (
    ARABIC_NAMES,
    ARABIC_PARTICLES,
    arabic_guess_variants,
    arabic_key,
    arabic_options,
    is_arabic,
)
from desktop.text.armenian import armenian_to_latin, armenian_units, is_armenian
from desktop.text.chinese import chinese_display, chinese_variants, is_han
from desktop.text.cyrillic import cyrillic_display, cyrillic_units, is_cyrillic
from desktop.text.devanagari import devanagari_to_latin, devanagari_units, is_devanagari
from desktop.text.korean import is_hangul, korean_to_latin, korean_variants
from desktop.text.normalise import clean_text, fold
from desktop.text.thai import is_thai, thai_to_latin, thai_units

logger = logging.getLogger(__name__)

MAX_WORD_VARIANTS = 64
"""Cap on spellings per word: enough for every common scheme, small enough to index 100k names."""

MAX_PHRASE_VARIANTS = 128

#: The search index's name for the Han test (``desktop.search.index`` imports it from here).


def _runs(word: str) -> list[tuple[str, str]]:
    """Split a word into (script, text) runs: cyr, han, deva, arab, thai, armn, kor, other."""
    runs: list[tuple[str, str]] = []
    for ch in word:
        if is_cyrillic(ch):
            kind = "cyr"
        elif is_han(ch):
            kind = "han"
        elif is_devanagari(ch):
            kind = "deva"
        elif is_arabic(ch):
            kind = "arab"
        elif is_thai(ch):
            kind = "thai"
        elif is_armenian(ch):
            kind = "armn"
        elif is_hangul(ch):
            kind = "kor"
        else:
            kind = "other"
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + ch)
        else:
            runs.append((kind, ch))
    return runs


def _tidy(latin: str) -> str:
    """anyascii output as a name: glottal apostrophes dropped, each word capitalised."""
    words = latin.replace("`", "").replace("'", "").split()
    return " ".join(w.capitalize() if w.islower() else w for w in words)


@lru_cache(maxsize=100_000)
def word_to_latin(word: str) -> str:
    """Display transliteration of one space-free word."""
    out: list[str] = []
    for kind, run in _runs(word):
        if kind == "cyr":
            out.append(cyrillic_display(run))
        elif kind == "han":
            out.append(chinese_display(run))
        elif kind == "deva":
            out.append(devanagari_to_latin(run))
        elif kind == "arab":
            opts = arabic_options(run)
            out.append(opts[0] if opts else "")
        elif kind == "thai":
            out.append(thai_to_latin(run))
        elif kind == "armn":
            out.append(armenian_to_latin(run))
        elif kind == "kor":
            out.append(korean_to_latin(run))
        else:
            out.append(_tidy(anyascii(run)) if not run.isascii() else run)
    return "".join(out)


def to_latin(text: str) -> str:
    """Readable Latin form of a name in any script, for display when no Latin name is known."""
    cleaned = clean_text(text)
    key = arabic_key(cleaned)
    if " " in key and key in ARABIC_NAMES:
        return ARABIC_NAMES[key][0]
    return " ".join(w for w in (word_to_latin(word) for word in cleaned.split()) if w)


def _expand(units: Sequence[tuple[str, ...]], cap: int) -> set[str]:
    """All spellings from per-sign options; beyond cap only the two commonest options per sign."""
    size = 1
    for opts in units:
        size *= len(opts)
        if size > cap:
            break
    if size > cap:
        units = [opts[:2] for opts in units]
    return {"".join(p) for p in itertools.islice(itertools.product(*units), cap)}


@lru_cache(maxsize=200_000)
def word_variants(word: str) -> frozenset[str]:
    """Folded Latin spellings of one word (a Han word may give spaced forms like "wang fang")."""
    out: set[str] = set()
    pieces: list[set[str]] = []
    for kind, run in _runs(clean_text(word)):
        low = run.lower()
        if kind == "cyr":
            pieces.append(_expand(cyrillic_units(low), MAX_WORD_VARIANTS))
        elif kind == "han":
            pieces.append(chinese_variants(run))
        elif kind == "deva":
            pieces.append(_expand(devanagari_units(run), MAX_WORD_VARIANTS))
        elif kind == "arab":
            options = {fold(o) for o in arabic_options(run)}
            key = arabic_key(run)
            if key not in ARABIC_NAMES and key not in ARABIC_PARTICLES:
                options |= arabic_guess_variants(run, MAX_WORD_VARIANTS)
            pieces.append(options)
        elif kind == "thai":
            pieces.append(_expand(thai_units(run), MAX_WORD_VARIANTS))
        elif kind == "armn":
            pieces.append(_expand(armenian_units(run), MAX_WORD_VARIANTS))
        elif kind == "kor":
            pieces.append(set(korean_variants(run)))
        else:
            pieces.append({fold(anyascii(run))})
    for combo in itertools.islice(itertools.product(*pieces), MAX_WORD_VARIANTS):
        out.add(fold("".join(combo)) if len(pieces) > 1 else combo[0])
    out.add(fold(anyascii(word)))
    out.discard("")
    return frozenset(out)


def latin_variants(text: str) -> set[str]:
    """Folded alternative Latin spellings of a whole name, used for matching."""
    cleaned = clean_text(text)
    key = arabic_key(cleaned)
    per_word: list[Iterable[str]] = []
    if " " in key and key in ARABIC_NAMES:
        per_word.append({fold(o) for o in ARABIC_NAMES[key]})
    else:
        per_word = [sorted(word_variants(w)) for w in cleaned.split()]
    if not per_word:
        return set()
    phrases = {
        " ".join(p) for p in itertools.islice(itertools.product(*per_word), MAX_PHRASE_VARIANTS)
    }
    phrases.add(fold(to_latin(cleaned)))
    phrases.add(fold(anyascii(cleaned)))
    phrases.discard("")
    return phrases


_NON_LATIN_LETTER = re.compile("[^\\W\\d_\u0000-\u024f\u1e00-\u1eff]")


def needs_transliteration(text: str) -> bool:
    """True when the text holds letters outside Latin, so variants are worth computing."""
    return not text.isascii() and _NON_LATIN_LETTER.search(text) is not None
