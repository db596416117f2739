"""scopejs.runtime.objects."""
