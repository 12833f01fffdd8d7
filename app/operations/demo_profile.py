"""The demo profile's name and passphrase: light enough for the unlock screen to import."""

DEMO_NAME = "Demo – Anhörer"
DEMO_PASSPHRASE = "demo-anhoerung"  # shown on screen: a demo holds no real data
