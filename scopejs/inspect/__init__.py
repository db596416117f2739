"""scopejs.inspect."""
