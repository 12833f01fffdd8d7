"""The states sync can be in, as the UI shows them (kept apart: the unlock window imports
this without loading the sync, the network client or SQLCipher)."""

OFF = "off"  # no central service configured (or the deployment file is invalid)
NOT_ENROLLED = "not_enrolled"
OFFLINE = "offline"  # the service is not reachable; polling with backoff
SYNCING = "syncing"
UP_TO_DATE = "up_to_date"
ATTENTION = "attention"  # the round ended, but some transcripts failed or are set aside
ERROR = "error"  # the round stopped (untrusted service, device refused, ...)
