"""The central case-system service: accounts, devices, exactly-once uploads, down-sync."""
