"""The participant categories a forum starts with: badge colour, default zones, watch list."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CategoryDefault:
    code: str
    name: str
    colour: str
    zones: tuple[str, ...]
    watch: bool = False
    aliases: tuple[str, ...] = field(default=())


ZONES: tuple[tuple[str, str, bool], ...] = (
    ("main", "Main entrance", True),
    ("plenary", "Plenary hall", True),
    ("vip", "VIP lounge", True),
    ("press", "Press centre", True),
    ("b2b", "Bilateral meetings area", True),
)

_ALL = ("main", "plenary", "vip", "press", "b2b")

CATEGORIES: tuple[CategoryDefault, ...] = (
    CategoryDefault("head", "Head of delegation", "#8B1E3F", _ALL, True, ("hod", "head")),
    CategoryDefault("delegate", "Delegate", "#1F4E79", ("main", "plenary", "b2b")),
    CategoryDefault("vip", "VIP", "#B8860B", _ALL, True, ("v.i.p.",)),
    CategoryDefault("speaker", "Speaker", "#6A1B9A", ("main", "plenary", "b2b", "press")),
    CategoryDefault("media", "Media", "#E65100", ("main", "press", "plenary"), False, ("press",)),
    CategoryDefault("organiser", "Organiser", "#2E7D32", _ALL, False, ("organizer",)),
    CategoryDefault("staff", "Staff", "#455A64", _ALL),
    CategoryDefault("interpreter", "Interpreter", "#00838F", ("main", "plenary", "b2b")),
    CategoryDefault("security", "Security", "#212121", _ALL),
    CategoryDefault("guest", "Guest", "#6D4C41", ("main", "plenary")),
)


def category_lookup_keys(category: CategoryDefault) -> set[str]:
    """The spellings an import file may use for a category."""
    keys = {category.code, category.name.casefold(), *category.aliases}
    return {k.casefold() for k in keys}
