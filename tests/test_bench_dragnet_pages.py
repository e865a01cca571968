"""The Dragnet boilerplate pages: the pasted text's article and comments, and their labels."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from build_boilerplate_dragnet import decode, mark_comments, pasted_text, split_comments  # noqa: E402


def test_separator_splits_article_from_comments_even_when_mistyped():
    for separator in ("!@#$%^&*()  COMMENTS", "@#$%^&*() COMMENTS", "!@ $%^&*()  COMMENTS"):
        article, comments = split_comments(f"Title\n\nThe article text.\n{separator}\nA reader wrote this.\n")
        assert article.strip() == "Title\n\nThe article text."
        assert comments.strip() == "A reader wrote this."
    article, comments = split_comments("Only an article, which mentions COMMENTS in passing.\n")
    assert comments == "" and "in passing" in article


def test_comment_lines_are_unknown_not_boilerplate():
    text = "Home\nGreat post, thanks for writing it up\nSubscribe to our newsletter today"
    labels = ["boilerplate", "boilerplate", "boilerplate"]
    out = mark_comments(text, labels, "Great post, thanks for writing it up!\nAnother reader")
    assert out == ["boilerplate", "unknown", "boilerplate"]
    assert mark_comments(text, labels, "") == labels


def test_pasted_text_and_page_decoding():
    assert pasted_text("Hornet\u2019s nest".encode()) == "Hornet\u2019s nest"
    assert pasted_text(b"Hornet\x92s nest") == "Hornet\u2019s nest"
    assert decode(b'<meta charset="iso-8859-1"><p>caf\xe9</p>').endswith("caf\u00e9</p>")
    assert decode("<p>caf\u00e9</p>".encode()) == "<p>caf\u00e9</p>"


def test_crlf_files_find_their_separator():
    text = pasted_text(b"Title\r\n\r\nThe article text.\r\n!@#$%^&*() COMMENTS\r\nA reader wrote this.\r\n")
    article, comments = split_comments(text)
    assert article.strip() == "Title\n\nThe article text."
    assert comments.strip() == "A reader wrote this."


def test_a_thread_pasted_without_separator_is_comments_from_its_first_signature():
    article = "Title\nby the author on March 3, 2012\nThe article, with a time: the train left at 8:15.\n"
    thread = "Maria July 7, 2012 at 2:31 pm\nGreat post.\nJo July 7, 2012 at 3:02 pm\nAgreed.\n"
    thread += "09. Jul, 2012 / Kim says:\nMe too.\n"
    kept, comments = split_comments(article + thread)
    assert kept == article.rstrip("\n")
    assert comments.startswith("Maria July 7, 2012") and "Kim says:" in comments
    two_only = article + "Maria July 7, 2012 at 2:31 pm\nGreat post.\nJo July 7, 2012 at 3:02 pm\n"
    assert split_comments(two_only) == (two_only, "")  # two signatures are not a thread
