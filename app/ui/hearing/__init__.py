"""The hearing screen: skeleton with progress, the growing transcript, the entry editor, and
the side panels (read-back and completion, interviewer notes, assistant)."""
