"""The command line: ``scrapelint check``, ``fix``, ``rules``, ``rule``, ``plugins``, ``clean``."""

from scrapelint.cli.app import main

__all__ = ["main"]
