"""Broken tables (TB): pipe tables that no longer parse as the table they were.

A table is a run of consecutive pipe-table lines (``doc.blocks``), with or
without outer pipes, plus two shapes the Markdown blocks do not see: runs of
piped lines with no delimiter row, and tables flattened to columns of spaces
or tabs. Each problem is one finding spanning the offending row, with the
expected and actual cell counts where they apply.

The family's rules, in code order. Each rule lives in a module of its own; the table reader
(:mod:`.reader`), the row model (:mod:`.model`) and the readers of converter shapes
(:mod:`.line_shapes`) are shared by them. The names stay importable from here.
"""

from __future__ import annotations

from scrapelint.rules.tables.column_count import ColumnCount
from scrapelint.rules.tables.delimiter import DelimiterRow
from scrapelint.rules.tables.flattened import FlattenedTable
from scrapelint.rules.tables.header import EmptyHeaderCell
from scrapelint.rules.tables.line_shapes import collapsed_lines
from scrapelint.rules.tables.model import Row, Table, TableRule
from scrapelint.rules.tables.reader import tables, unquoted_lines
from scrapelint.rules.tables.repeats import DuplicateRow, RepeatedHeader
from scrapelint.rules.tables.truncated import TruncatedRow

__all__ = [
    "RULES",
    "ColumnCount",
    "DelimiterRow",
    "DuplicateRow",
    "EmptyHeaderCell",
    "FlattenedTable",
    "RepeatedHeader",
    "Row",
    "Table",
    "TableRule",
    "TruncatedRow",
    "collapsed_lines",
    "tables",
    "unquoted_lines",
]

RULES = [
    ColumnCount,
    EmptyHeaderCell,
    DelimiterRow,
    RepeatedHeader,
    DuplicateRow,
    TruncatedRow,
    FlattenedTable,
]
