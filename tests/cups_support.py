"""A real CUPS scheduler for the printing tests, and the queues each test makes in it.

``.ci/run`` starts a private cupsd (``.ci/cups.sh``) and exports FORUMDESK_TEST_CUPS;
without it the session starts one itself with the same script. Tests are skipped only
where CUPS is not installed. Each test creates its own queues with ``lpadmin``: a
cups-pdf queue (its PDFs land in a folder the test reads), a queue whose device does not
answer, and removes them afterwards.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")


@dataclass
class CupsServer:
    dir: Path
    socket: Path
    pdf_uri: str
    pdf_dir: Path
    process: subprocess.Popen[bytes] | None = None
    queues: list[str] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket), "LC_ALL": "C", "LANG": "C"}

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            list(args), env=self.env, capture_output=True, text=True, timeout=30, check=False
        )
        if check and result.returncode != 0:
            raise AssertionError(f"{' '.join(args)} failed: {result.stderr.strip()}")
        return result

    def running(self) -> bool:
        result = subprocess.run(
            ["lpstat", "-r"], env=self.env, capture_output=True, text=True, check=False
        )
        return "is running" in result.stdout


def _tools_present() -> bool:
    return all(
        shutil.which(t) for t in ("lp", "lpstat", "lpadmin", "cupsreject", "cupsdisable")
    ) and (shutil.which("cupsd") is not None or Path("/usr/sbin/cupsd").exists())


def start_cups(tmp: Path) -> CupsServer:
    """The CI's scheduler when it runs, else a private one started here."""
    given = os.environ.get("FORUMDESK_TEST_CUPS", "")
    if given:
        d = Path(given)
        server = CupsServer(d, d / "cups.sock", (d / "cups-pdf.uri").read_text().strip(), d / "pdf")
        if server.running():
            return server
    if not _tools_present():
        pytest.skip("CUPS is not installed on this machine (apt-get install cups cups-pdf)")
    # A short path of its own: a Unix socket path must stay under ~100 bytes.
    d = Path(f"/tmp/fdcups-{os.getpid()}-{secrets.token_hex(2)}")
    command = [
        "bash",
        str(ROOT / ".ci" / "cups.sh"),
        "--foreground",
        "--dir",
        str(d),
        "--parent",
        str(os.getpid()),
    ]
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            pytest.skip("cupsd must run as root for cups-pdf, and sudo is missing")
        command = ["sudo", "-n", *command]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = CupsServer(d, d / "cups.sock", "", d / "pdf", process)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode() if process.stderr else ""
            raise RuntimeError(f"cupsd did not start: {err}")
        if server.socket.exists() and server.running() and (d / "cups-pdf.uri").exists():
            server.pdf_uri = (d / "cups-pdf.uri").read_text().strip()
            return server
        time.sleep(0.1)
    process.terminate()
    raise RuntimeError("cupsd did not answer within 20 s")


def stop_cups(server: CupsServer) -> None:
    for name in list(server.queues):
        server.run("lpadmin", "-x", name, check=False)
    if server.process is not None:
        server.process.terminate()
        try:
            server.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.process.kill()
        shutil.rmtree(server.dir, ignore_errors=True)


class Queues:
    """Queues a test makes in the scheduler; all removed when the test ends."""

    def __init__(self, server: CupsServer) -> None:
        self.server = server
        self.made: list[str] = []

    def _name(self, kind: str) -> str:
        name = f"fd_{kind}_{secrets.token_hex(3)}"
        self.made.append(name)
        self.server.queues.append(name)
        return name

    def pdf(self) -> str:
        """A cups-pdf queue: each job becomes a PDF labelled ``job_N`` in ``server.pdf_dir``."""
        name = self._name("pdf")
        args = ["lpadmin", "-p", name, "-E", "-v", self.server.pdf_uri]
        if CUPS_PDF_PPD.exists():
            args += ["-P", str(CUPS_PDF_PPD)]
        self.server.run(*args)
        return name

    def dead(self, policy: str = "stop-printer") -> str:
        """A queue whose printer never answers: CUPS gives up after a few seconds and
        (by its default policy) stops the queue with the job still in it."""
        name = self._name("dead")
        self.server.run(
            "lpadmin",
            "-p",
            name,
            "-E",
            "-v",
            "socket://127.0.0.1:9/?contimeout=1",
            "-o",
            f"printer-error-policy={policy}",
        )
        return name

    def reject(self, name: str, reason: str = "Closed for the night") -> None:
        self.server.run("cupsreject", "-r", reason, name)

    def pause(self, name: str, reason: str = "Out of cards") -> None:
        self.server.run("cupsdisable", "-r", reason, name)

    def output(self, job_id: str, timeout: float = 60) -> Path:
        """The PDF cups-pdf wrote for a job (``queue-N``), once complete."""
        number = job_id.rsplit("-", 1)[1]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            # cups-pdf labels files job_N-TITLE.pdf or TITLE-job_N.pdf, by version.
            found = sorted(self.server.pdf_dir.glob(f"job_{number}-*.pdf")) + sorted(
                self.server.pdf_dir.glob(f"*-job_{number}.pdf")
            )
            if found:
                active = self.server.run("lpstat", "-o", check=False).stdout
                if job_id not in active.split():
                    return found[0]
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote nothing for {job_id} within {timeout:.0f} s")

    def remove(self) -> None:
        for name in self.made:
            self.server.run("cancel", "-a", name, check=False)
            self.server.run("lpadmin", "-x", name, check=False)
            if name in self.server.queues:
                self.server.queues.remove(name)


@pytest.fixture(scope="session")
def cups_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsServer]:
    server = start_cups(tmp_path_factory.mktemp("cups"))
    old = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(server.socket)
    try:
        yield server
    finally:
        if old is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = old
        stop_cups(server)


@pytest.fixture
def cups_queues(cups_server: CupsServer) -> Iterator[Queues]:
    queues = Queues(cups_server)
    try:
        yield queues
    finally:
        queues.remove()


def pdf_pages(path: Path) -> list[tuple[float, float]]:
    """Page sizes of a PDF, in points."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        return [tuple(round(v, 1) for v in doc[i].get_size()) for i in range(len(doc))]  # type: ignore[misc]
    finally:
        doc.close()


def qr_texts(path: Path, page: int = 0, dpi: int = 300) -> list[str]:
    """The QR codes zxing-cpp reads on one page of a PDF rendered to an image."""
    import pypdfium2 as pdfium
    import zxingcpp

    doc = pdfium.PdfDocument(str(path))
    try:
        image = doc[page].render(scale=dpi / 72).to_pil()
    finally:
        doc.close()
    return [
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]
