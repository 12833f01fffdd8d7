"""The domain core: cases, hearings, transcript entries, revisions, read-back, sealing, audit.

Plain Python with no Qt and no SQL, so the rules of a hearing can be read and tested alone.
"""
