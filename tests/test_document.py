"""Document structure: offsets, lines, blocks, sentences, masking."""

from __future__ import annotations

from scrapelint.model.document import Document

MARKDOWN = """---
title: A title
date: 2025-06-22
---
# Big Headline

Mr. Smith went to Washington. He said no! Is it? Then the U.S. team left.
- first item
- second item

| a | b |
|---|---|
| 1 | 2 |

```
code,here
```
Text with `inline,code` and more."""


def test_position_counts_code_points_and_lines():
    doc = Document("héllo\nwörld 🎉 end")
    assert doc.position(0) == (1, 1)
    assert doc.position(6) == (2, 1)
    emoji = doc.text.index("🎉")
    assert doc.position(emoji) == (2, 7)
    assert doc.position(len(doc.text)) == (2, len("wörld 🎉 end") + 1)


def test_lines_keep_offsets_and_ignore_carriage_returns():
    doc = Document("one\r\ntwo\n\nthree")
    assert [line.text for line in doc.lines] == ["one", "two", "", "three"]
    assert all(doc.text[line.start : line.end] == line.text for line in doc.lines)


def test_paragraphs_split_on_blank_lines():
    doc = Document("a b\nc d\n\n\ne f\n")
    assert [p.text for p in doc.paragraphs] == ["a b\nc d", "e f"]


def test_markdown_prose_blanks_front_matter_and_code_but_keeps_length():
    doc = Document(MARKDOWN, format="markdown")
    assert len(doc.prose) == len(doc.text)
    assert "title" not in doc.prose
    assert "code,here" not in doc.prose
    assert "inline,code" not in doc.prose
    assert "Mr. Smith" in doc.prose
    assert doc.prose.count("\n") == doc.text.count("\n")


def test_plain_text_keeps_backticks_and_front_matter_like_text():
    doc = Document("---\nnot: front matter\n---\n`x,y`", format="text")
    assert "not: front matter" in doc.prose
    assert "`x,y`" in doc.prose


def test_blocks_classify_headings_lists_tables_code():
    doc = Document(MARKDOWN, format="markdown")
    kinds = {doc.text[b.start : b.end]: b.kind for b in doc.blocks}
    assert kinds["# Big Headline"] == "heading"
    assert kinds["- first item"] == "list_item"
    assert kinds["| a | b |"] == "table_row"
    assert kinds["|---|---|"] == "table_delimiter"
    assert kinds["code,here"] == "code"
    row = next(b for b in doc.blocks if doc.text[b.start : b.end] == "| 1 | 2 |")
    assert [doc.text[s:e] for s, e in row.cells] == ["1", "2"]


def test_a_lone_piped_line_is_not_a_table():
    doc = Document("Intro text.\nALSO READ | Some headline here\nMore text.")
    assert all(b.kind != "table_row" for b in doc.blocks)


def test_rows_without_outer_pipes_need_a_delimiter_row():
    doc = Document("a | b\n--|--\n1 | 2")
    assert [b.kind for b in doc.blocks] == ["table_row", "table_delimiter", "table_row"]


def test_escaped_pipes_do_not_split_cells():
    doc = Document("| a \\| b | c |\n|---|---|")
    row = doc.blocks[0]
    assert [doc.text[s:e] for s, e in row.cells] == ["a \\| b", "c"]


def test_sentences_respect_abbreviations_and_blocks():
    doc = Document(MARKDOWN, format="markdown")
    texts = [s.text for s in doc.sentences]
    assert "Mr. Smith went to Washington." in texts
    assert "He said no!" in texts
    assert "Is it?" in texts
    assert "Then the U.S. team left." in texts
    assert "Big Headline" in texts
    assert "first item" in texts
    assert not any("|---" in t for t in texts)


def test_sentence_offsets_point_into_text():
    doc = Document("First one. Second one! Third?")
    for sentence in doc.sentences:
        assert doc.prose[sentence.start : sentence.end] == sentence.text
    assert len(doc.sentences) == 3


def test_words_are_unicode_aware():
    doc = Document("Der Bürgermeister sagte: «Ça va?» l'homme — 3.5%")
    assert [w.text for w in doc.words] == ["Der", "Bürgermeister", "sagte", "Ça", "va", "l'homme", "3.5"]


def test_lazy_pattern_compiles_on_first_use_and_then_acts_as_the_pattern():
    import re

    from scrapelint.text.lazy import lazy

    pattern = lazy(r"(?P<n>\d+) (?:apples?|pears?)", re.I)
    assert pattern._compiled is None  # nothing compiled at definition
    assert pattern.search("5 Apples").group("n") == "5"
    assert pattern._compiled is not None
    assert [m.group() for m in pattern.finditer("1 pear, 2 PEARS")] == ["1 pear", "2 PEARS"]
    assert pattern.sub("#", "3 apples") == "#"
    assert pattern.flags & re.I and pattern.groupindex == {"n": 1}


def test_a_bare_fence_left_open_before_a_paragraph_closes_a_cut_off_block():
    # The excerpt starts inside a code block: its closing fence is the only one left, and the
    # paragraph after it is prose, not the start of more code.
    text = "    run()\n```\n\nLet me know if you want changes.\n"
    doc = Document(text, format="markdown")
    assert "Let me know if you want changes." in doc.prose
    assert "```" not in doc.prose
    kinds = {doc.text[b.start : b.end]: b.kind for b in doc.blocks}
    assert kinds["```"] == "code"
    assert kinds["Let me know if you want changes."] == "text"


def test_a_fence_left_open_still_hides_the_code_it_introduces():
    # An opening fence introduces code on the next line; an info string marks an opener too.
    for text in ("Response:\n```\nSorry, I cannot help.\n", "Code:\n```python\n\nprint('hi')\n"):
        doc = Document(text, format="markdown")
        assert "Sorry" not in doc.prose
        assert "print" not in doc.prose
        assert [b.kind for b in doc.blocks][1:] == ["code"] * (len(doc.blocks) - 1)


def test_a_closed_fence_pair_is_unchanged_by_a_blank_line_after_the_opener():
    text = "Intro:\n```\n\ncode, here\n```\nAfter."
    doc = Document(text, format="markdown")
    assert "code, here" not in doc.prose
    assert "After." in doc.prose


def test_markdown_code_span_does_not_run_across_table_rows():
    # GFM reads each table row, and each cell, before inline code: the empty default "``" of
    # one row is literal, so the rows below keep their text and their own code spans.
    text = (
        "| Key | Default |\n| --- | --- |\n| `redis.url` | `` |\n"
        "| `podAnnotations` | `{}` |\n| `ssl.dir` | Path: `/ssl` | `` |\n"
    )
    doc = Document(text=text, path="x.md", format="markdown")
    assert [b.kind for b in doc.blocks].count("table_row") == 4
    assert "redis.url" not in doc.prose and "{}" not in doc.prose and "/ssl" not in doc.prose
    assert doc.prose.count("``") == 2


def test_markdown_code_span_still_runs_across_paragraph_lines():
    doc = Document(text="Run `pip\ninstall x` | then `a`.\n", path="x.md", format="markdown")
    assert "install" not in doc.prose and "`a`" not in doc.prose
