"""The case file beside the transcript: what the file says and whether the hearing agrees."""
