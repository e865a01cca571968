"""The text layer: Markdown blocks, sentences, dates and language, computed for a Document.

Importing this package installs its analysis on ``Document``, so the model stays free of
parsing code while every document still answers ``doc.blocks`` or ``doc.language``.
"""

from __future__ import annotations

from scrapelint.text.analysis import install

install()
