"""Parquet corpora: one document per row, streamed by record batch (the 'parquet' extra).

A row is read like a JSONL record: the configured fields (``text``, ``id``,
``url``, ``title``, ``date``...) name its columns, and its record number is its
1-based row number in the file. Only those columns are read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from scrapelint.io.readers import PROBLEM, Task
from scrapelint.io.readers.jsonl import JsonlReader

BATCH_ROWS = 1024
EXTRA_HINT = "reading Parquet needs the 'parquet' extra: pip install 'scrapelint[parquet]'"


class ParquetReader(JsonlReader):
    name = "parquet"
    suffixes = (".parquet",)

    def tasks(self, path: str, payload: bytes | None = None) -> Iterator[Task]:
        try:
            import pyarrow.parquet as pq
        except ImportError:
            yield Task(PROBLEM, path, EXTRA_HINT.encode(), None, 0)
            return
        number = 0
        try:
            source = pq.ParquetFile(path if payload is None else _buffer(payload))
            wanted = set(self.settings.fields.values())
            columns = [name for name in source.schema_arrow.names if name in wanted]
            for batch in source.iter_batches(batch_size=BATCH_ROWS, columns=columns):
                for row in batch.to_pylist():
                    number += 1
                    raw = json.dumps(row, default=str, ensure_ascii=False).encode("utf-8")
                    yield Task(self.name, path, raw, number, len(raw))
        except Exception as exc:  # pyarrow raises its own error types for bad files
            message = f"cannot read {path} as Parquet after row {number}: {exc}"
            yield Task(PROBLEM, path, message.encode(), number + 1 if number else None, 0)


def _buffer(payload: bytes):
    import pyarrow as pa

    return pa.BufferReader(payload)
