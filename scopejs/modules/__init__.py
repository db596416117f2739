"""ES modules (16.2): module records and the loader that links and evaluates a module graph."""
