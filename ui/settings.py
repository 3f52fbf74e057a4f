"""Desk settings in QSettings behind a small typed wrapper; the core gets plain values."""

from __future__ import annotations

from PySide6.QtCore import QSettings


class DeskSettings:
    """Typed access to this desk's remembered choices."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("ForumDesk", "ForumDesk")

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: object) -> None:
        self._s.setValue(key, value)
        self._s.sync()

    @property
    def zone(self) -> str:
        return self._str("desk/zone", "main")

    @zone.setter
    def zone(self, value: str) -> None:
        self._set("desk/zone", value)

    @property
    def operator(self) -> str:
        return self._str("desk/operator", "")

    @operator.setter
    def operator(self, value: str) -> None:
        self._set("desk/operator", value)

    @property
    def language(self) -> str:
        return self._str("ui/language", "")

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value)

    @property
    def badge_layout(self) -> str:
        return self._str("badges/layout", "a6")

    @badge_layout.setter
    def badge_layout(self, value: str) -> None:
        self._set("badges/layout", value)

    @property
    def printer(self) -> str:
        return self._str("badges/printer", "")

    @printer.setter
    def printer(self, value: str) -> None:
        self._set("badges/printer", value)

    def printer_for(self, layout: str) -> tuple[str, str]:
        """The printer and paper source this desk prints ``layout`` badges on (empty: not
        chosen yet). Each layout has its own: an A6 printer is not a card printer."""
        name = self._str(f"printing/{layout}/printer", "") or self.printer
        return name, self._str(f"printing/{layout}/paper_source", "")

    def remember_printer(self, layout: str, printer: str, paper_source: str = "") -> None:
        self._set(f"printing/{layout}/printer", printer)
        self._set(f"printing/{layout}/paper_source", paper_source)

    # -- print on arrival -----------------------------------------------------------
    @property
    def print_on_arrival(self) -> bool:
        """Print a participant's badge at their first admission here (off by default)."""
        return self._str("arrival/print", "false") == "true"

    @print_on_arrival.setter
    def print_on_arrival(self, value: bool) -> None:
        self._set("arrival/print", "true" if value else "false")

    @property
    def arrival_layout(self) -> str:
        """The layout printed on arrival; empty: the desk's badge layout."""
        return self._str("arrival/layout", "")

    @arrival_layout.setter
    def arrival_layout(self, value: str) -> None:
        self._set("arrival/layout", value)

    @property
    def arrival_printer(self) -> str:
        """The printer for print on arrival; empty: the one remembered for its layout."""
        return self._str("arrival/printer", "")

    @arrival_printer.setter
    def arrival_printer(self, value: str) -> None:
        self._set("arrival/printer", value)

    def arrival_choice(self) -> tuple[str, str, str]:
        """Layout, printer and paper source of print on arrival (printer empty: the
        system's default queue)."""
        layout = self.arrival_layout or self.badge_layout
        remembered, paper = self.printer_for(layout)
        printer = self.arrival_printer or remembered
        return layout, printer, paper if printer == remembered else ""

    @property
    def server_url(self) -> str:
        return self._str("sync/server", "")

    @server_url.setter
    def server_url(self, value: str) -> None:
        self._set("sync/server", value)

    @property
    def sounds(self) -> bool:
        return self._str("desk/sounds", "true") == "true"

    @sounds.setter
    def sounds(self, value: bool) -> None:
        self._set("desk/sounds", "true" if value else "false")

    @property
    def walk_in_category(self) -> str:
        """The category a walk-in registration starts with (a code; the operator may
        choose another). Never a privileged one by accident: Guest unless set."""
        return self._str("desk/walk_in_category", "guest")

    @walk_in_category.setter
    def walk_in_category(self, value: str) -> None:
        self._set("desk/walk_in_category", value)

    def take_plain_supervisor_pin(self) -> str | None:
        """The plain-text PIN older versions kept here (removed as it is read), or None.

        The PIN now lives hashed in the desk's database (``forum.supervisor``); the old
        default ``0000``, written by every settings dialog that was saved, is not a PIN
        anyone chose and is dropped.
        """
        key = "desk/supervisor_pin"
        if not self._s.contains(key):
            return None
        value = self._str(key, "")
        self._s.remove(key)
        self._s.sync()
        return None if value in ("", "0000") else value

    def value(self, key: str, default: str = "") -> str:
        return self._str(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._set(key, value)
