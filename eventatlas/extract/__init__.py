"""Events: ACLED-compatible records from sentences, every field with the span it came from."""
