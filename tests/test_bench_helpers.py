"""The held-out split and the peers' case readers that the quality benches rely on."""

from __future__ import annotations

import pytest

from bench._javacases import cases as java_cases
from bench._jscases import cases as js_cases
from bench._split import PARTS, Page, bootstrap, part, site_of


def test_a_site_is_the_host_when_the_page_key_names_one():
    assert site_of("trafilatura-eval/www.spiegel.de.politik-123.html") == "trafilatura-eval/spiegel.de"
    assert site_of("trafilatura-eval/spiegel.de-wirtschaft.html") == "trafilatura-eval/spiegel.de"
    opaque = "trafilatura-eval/0a24692a9ea846c1819bd6a5f92a8874.html"
    assert site_of(opaque) == opaque
    assert site_of("gum/news_iodine") == "gum/news_iodine"


def test_every_page_of_a_site_lands_in_one_part_and_the_split_is_stable():
    first = Page("trafilatura-eval/spiegel.de-a.html", "trafilatura-eval", "x")
    second = Page("trafilatura-eval/www.spiegel.de-b.html", "trafilatura-eval", "y")
    assert first.part == second.part == part("trafilatura-eval/spiegel.de")
    sites = [f"source/site{i}.example.org" for i in range(400)]
    shares = [part(s) for s in sites]
    assert set(shares) == set(PARTS)
    assert 0.35 < shares.count("validation") / len(shares) < 0.65


def test_page_bootstrap_interval_holds_the_pooled_figure_and_widens_for_one_odd_page():
    even = [(1.0, 10.0)] * 50
    assert bootstrap(even) == (0.1, 0.1)
    skewed = [(0.0, 10.0)] * 49 + [(50.0, 10.0)]
    low, high = bootstrap(skewed)
    assert low < 50 / 500 < high


def test_textlint_cases_are_read_from_the_test_file():
    source = """
    tester.run("rule", rule, {
        valid: [
            "plain (text)",
            `template "quoted"`,
            { text: "needs options", options: { a: 1 } },
        ],
        invalid: [
            { text: "open (bracket" + " here", errors: [{ index: 5 }] },
        ]
    });
    """
    valid, invalid = js_cases(source)
    assert [c["text"] for c in valid] == ["plain (text)", 'template "quoted"', "needs options"]
    assert valid[2]["options"]  # numbers read as None; the bench only asks whether options are set
    assert invalid[0]["text"] == "open (bracket here"


def test_languagetool_cases_keep_their_expected_counts():
    source = r"""
    assertMatches(0, "This is »correct«.");
    assertMatches("This ,is a test.", 2);
    assertGood("a) item\nb) item");
    assertIncorrect("(open");
    assertEquals(1, lt.check("a sentence" + "!").size());
    matches = rule.match(lt.analyzeText("this is it."));
    assertEquals(1, matches.length);
    """
    assert java_cases(source) == [
        ("This is »correct«.", 0),
        ("This ,is a test.", 2),
        ("a) item\nb) item", 0),
        ("(open", 1),
        ("a sentence!", 1),
        ("this is it.", 1),
    ]


def test_a_markdown_post_prints_its_title_and_body_never_its_front_matter():
    pytest.importorskip("markdown_it")
    pytest.importorskip("lxml")
    from bench._external import markdown_page

    front = '---\ntitle: "A post"\nslug: a-post\ntopics:\n  - design\n---\n'
    body = "The first paragraph.\n\nThe second paragraph.\n"
    expected = "A post\nThe first paragraph.\nThe second paragraph."
    assert markdown_page(front + body) == expected
    # blank lines before the opening marker, trailing spaces on the markers: still front matter
    assert markdown_page("\n\n" + front.replace("---\n", "--- \n") + body) == expected
    # a post that is front matter alone prints its title and nothing else
    assert markdown_page(front.rstrip("\n")) == "A post"
    assert markdown_page(front + "Text.\n\n---\n\nMore text.\n").endswith("Text.\nMore text.")


def test_a_zola_post_prints_its_toml_title_and_keeps_braces_of_code():
    pytest.importorskip("markdown_it")
    pytest.importorskip("lxml")
    from bench._external import zola_page

    front = '+++\npath = "2024/07/25/x"\ntitle = "Announcing \\"x\\" 1.0"\n\n[extra]\nrelease = true\n+++\n'
    body = "The `{{closure}}` type is new.\n\n```rust\nfn main() {}\n```\n\nMore text.\n"
    assert zola_page(front + body) == 'Announcing "x" 1.0\nThe {{closure}} type is new.\nMore text.'
    # no front matter: the body alone
    assert zola_page("Text.\n") == "Text."


def test_a_list_item_with_a_nested_list_keeps_its_sentence_on_one_line():
    pytest.importorskip("lxml")
    from bench._external import html_text

    html = (
        "<html><body><ul><li>Nous nous sommes <strong>entretenus</strong> avec les "
        "<strong>intervenants</strong>. (Masculine)<ul><li>We talked.</li></ul></li></ul>"
        "<blockquote><p>A post.</p>— Jane Doe (@jdoe) <a href='#'>May 3, 2016</a></blockquote>"
        "</body></html>"
    )
    assert [text for _, text in html_text(html)] == [
        "Nous nous sommes entretenus avec les intervenants. (Masculine)",
        "We talked.",
        "A post.",
        "— Jane Doe (@jdoe) May 3, 2016",
    ]


def test_a_heading_attribute_block_is_not_printed():
    pytest.importorskip("markdown_it")
    pytest.importorskip("lxml")
    from bench._external import markdown_page

    page = markdown_page("## Usability tests {#usability}\n\nText of the section.\n")
    assert page == "Usability tests\nText of the section."


def test_a_left_out_footnote_marker_takes_the_space_before_it():
    pytest.importorskip("lxml")
    from bench._external import html_text

    html = (
        "<html><body><p>It is constant in graph size <a href='#fn1'><sup>1</sup></a>. "
        "Two weeks earlier <sup>[2]</sup>, and a word <sup>3</sup> in the middle.</p></body></html>"
    )
    assert [text for _, text in html_text(html)] == [
        "It is constant in graph size. Two weeks earlier, and a word in the middle."
    ]


def test_a_left_out_image_in_running_text_keeps_the_space_before_it():
    pytest.importorskip("lxml")
    from bench._external import html_text

    html = "<html><body><p>The time, <img src='t.svg' title='t'>, is defined.</p></body></html>"
    assert [text for _, text in html_text(html)] == ["The time, , is defined."]
