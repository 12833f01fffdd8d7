"""The assistant panel beside the transcript: detected facts, information, suggested questions,
contradictions and the completeness checklist, each with its reason. It offers; the
interviewer decides."""
