"""Entry point for ASGI servers started by import string (``uvicorn --factory``, several
workers): the settings come from ASA_CENTRAL_* environment variables."""

from __future__ import annotations

import os

from fastapi import FastAPI

from app.central.api import create_app
from app.central.settings import ServiceSettings


def create_from_env() -> FastAPI:
    settings = ServiceSettings.from_values()
    return create_app(settings, enable_echo=os.environ.get("ASA_CENTRAL_ECHO") == "1")
