"""Where ForumDesk keeps its files: the user's data and log folders, and shipped resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP = "ForumDesk"


def data_dir() -> Path:
    override = os.environ.get("FORUMDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "forum.db"


def log_dir() -> Path:
    override = os.environ.get("FORUMDESK_LOG_DIR")
    path = Path(override) if override else Path(platformdirs.user_log_dir(APP, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resources_dir() -> Path:
    """``resources/`` beside the packages, or inside a PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
