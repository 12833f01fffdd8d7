"""Where exports go unless the interviewer picks another folder.

IT names the folder in the deployment file (``export.folder``, e.g. an encrypted volume or a
folder the backup leaves out); without one it is ``ASA-Exporte`` in the user's documents
folder. It is made owner-only (0700) when ASA creates it; an existing folder is left as IT
made it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.deployment import Deployment

FALLBACK_NAME = "ASA-Exporte"


def default_export_folder(deployment: Deployment | None = None, create: bool = True) -> Path:
    """The default export folder; ``deployment`` defaults to the one found on this machine
    (a broken deployment file raises DataFileError)."""
    if deployment is None:
        from app.deployment import load_deployment

        deployment = load_deployment()
    folder = deployment.export_folder
    if folder is None:
        import platformdirs

        folder = platformdirs.user_documents_path() / FALLBACK_NAME
    if create:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder
