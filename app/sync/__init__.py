"""Sync: the client side of the protocol with the central service, and the protocol's shared
message types. No Qt, no SQL: the desktop store plugs in through ``SyncSource``."""
