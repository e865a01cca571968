"""The built-in readers and formatters, offered through the same hooks third-party plugins use.

Readers and formatters know nothing of pluggy; this module is the one place that registers them.
The engine also declares its own family here: SL, its problems with an input.
"""

from __future__ import annotations

from scrapelint.model.family import Family
from scrapelint.model.problems import FAMILY as SL_FAMILY
from scrapelint.plugin.hookspecs import hookimpl


@hookimpl
def scrapelint_families() -> list[Family]:
    return [SL_FAMILY]


@hookimpl
def scrapelint_readers() -> list[type]:
    from scrapelint.io.readers.html import HtmlReader
    from scrapelint.io.readers.jsonl import JsonlReader
    from scrapelint.io.readers.markdown import MarkdownReader
    from scrapelint.io.readers.parquet import ParquetReader
    from scrapelint.io.readers.text import TextReader

    return [TextReader, MarkdownReader, HtmlReader, JsonlReader, ParquetReader]


@hookimpl
def scrapelint_formatters() -> list[type]:
    from scrapelint.report.formatters.github import GithubFormatter
    from scrapelint.report.formatters.html import HtmlFormatter
    from scrapelint.report.formatters.json import JsonFormatter, JsonlFormatter
    from scrapelint.report.formatters.junit import JunitFormatter
    from scrapelint.report.formatters.markdown import MarkdownFormatter
    from scrapelint.report.formatters.sarif import SarifFormatter
    from scrapelint.report.formatters.text import TextFormatter

    return [
        TextFormatter,
        JsonFormatter,
        JsonlFormatter,
        SarifFormatter,
        GithubFormatter,
        JunitFormatter,
        MarkdownFormatter,
        HtmlFormatter,
    ]
