"""The exported DOCX opens in an independent word processor (LibreOffice, headless)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(OFFICE is None, reason="LibreOffice not installed")
def test_libreoffice_converts_the_docx_to_pdf(tmp_path, docx_path):
    out = tmp_path / "converted"
    result = subprocess.run(
        [
            OFFICE,
            # A throw-away profile: never touch the user's, and no first-start dialogs.
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx_path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    pdf = out / "niederschrift.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.exists(), result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext not installed (poppler-utils): converted text not checked")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout  # fmt: skip
    text = unicodedata.normalize("NFKC", text)  # ligatures such as "ﬂ" back to letters
    assert "9876543-438" in text
    assert "Ich bin im August 2014 aus Erbil geflohen, nicht im Juli." in text
    assert "Seite 1 von" in text  # the PAGE / NUMPAGES fields were understood
