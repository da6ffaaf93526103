"""Old office formats (.doc, .odt, .rtf) → .docx through LibreOffice headless.

LibreOffice is a system dependency (``make setup`` installs ``libreoffice-writer-nogui``).
Each conversion runs in its own temporary folder with its own LibreOffice profile, so
parallel workers do not share a profile lock, and under a time limit; a missing
``soffice`` is a named failure that says what to install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from core.errors import ConverterUnavailable, UnreadableFile

CONVERT_TIMEOUT_S = 120
CONVERTED_TYPES = {"doc": "docx", "odt": "docx", "rtf": "docx"}


def soffice_path() -> str | None:
    """The LibreOffice binary: ``$CCHC_SOFFICE``, else ``soffice``/``libreoffice`` on PATH."""
    env = os.environ.get("CCHC_SOFFICE")
    if env:
        return env if Path(env).exists() else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(data: bytes, source_type: str, target: str = "docx", timeout: float = CONVERT_TIMEOUT_S) -> bytes:
    """Convert a document's bytes with LibreOffice headless; return the converted bytes."""
    soffice = soffice_path()
    if soffice is None:
        raise ConverterUnavailable(source_type)
    with tempfile.TemporaryDirectory(prefix="cchc_lo_") as tmp:
        tmpdir = Path(tmp)
        src = tmpdir / f"input.{source_type}"
        src.write_bytes(data)
        outdir = tmpdir / "out"
        outdir.mkdir()
        profile = (tmpdir / "profile").as_uri()
        cmd = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nolockcheck",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            str(src),
        ]
        try:
            proc = subprocess.run(cmd, capture_output=True, timeout=timeout, env={**os.environ, "HOME": tmp})
        except subprocess.TimeoutExpired:
            raise UnreadableFile(
                f"LibreOffice did not convert the .{source_type} file within {timeout:.0f} s"
            ) from None
        except OSError as exc:
            raise ConverterUnavailable(source_type, str(exc)) from exc
        out = outdir / f"input.{target}"
        if not out.exists():
            why = (proc.stderr or proc.stdout or b"").decode("utf-8", "replace").strip()
            raise UnreadableFile(
                f"LibreOffice could not read the .{source_type} file" + (f" ({why[:200]})" if why else "")
            )
        return out.read_bytes()
