"""A plugin that fails on import, to prove the run goes on without it."""

raise ImportError("this plugin is broken on purpose")
