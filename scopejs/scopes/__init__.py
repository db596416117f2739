"""scopejs.scopes."""
