"""Source text, positions and code frames (the first stage of the pipeline)."""
