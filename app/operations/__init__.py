"""User actions as small named operations over the domain and the store (no Qt).

The UI thread owns the in-memory aggregate and validates each action through the domain at
once; the persistence of the action is handed to the database worker as a job over immutable
snapshots, so typing never waits for the disk and the jobs run in the order they were made.
"""
