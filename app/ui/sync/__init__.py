"""Sync in the desktop app: controller, status widget, enrolment and returns dialogs."""
