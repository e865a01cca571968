"""SP003: a space between a word and the comma, full stop, colon, semicolon or mark after it.

Its exceptions are many and its own: French spacing, spaced ellipses, a mark named in the
text ("the ? operator"), code notation and ternaries, labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrapelint.model.document import Document
from scrapelint.model.finding import Finding, Fix, Severity
from scrapelint.model.rule import Rule
from scrapelint.rules._tokens import SUFFIXES, is_english, language, protected
from scrapelint.rules.spacing.code_names import CODE_SIGNS, TOKEN_EDGES, TOKEN_REACH
from scrapelint.rules.spacing.lone_slips import GATE_COUNT, gate_by_count
from scrapelint.rules.spacing.shared import FUNCTION_WORD_SET, LETTER, SENTENCE_OPENERS
from scrapelint.text.lazy import LazyPattern

#: The run of spaces starts the match, tested against the character before it from its first
#: space on (so the scan tries only spaces), and is never given back: a mark never is a space.
SPACE_BEFORE = LazyPattern(rf"([ \t](?<=[\w”’)\]\"][ \t])[ \t]*+)(?:([,;:?!])(?=\s|$|{LETTER})|(\.)(?=\s|$))")
FRENCH_SPACED = frozenset(";:?!")
#: Ellipsis points set with spaces (". . .", the style of many editors and style guides for
#: an omission inside a quotation): the space before the first point belongs to the ellipsis.
SPACED_ELLIPSIS = re.compile(r"\.[ \xa0]\.[ \xa0]\.")
#: A mark glued to the code token after it, not to the word before it: a prefix operator
#: ("!state.edges.length", "!is_valid", "!ready()"). The token reads as code: a member
#: access, an underscore joint, a call or an index straight after its first word.
PREFIX_OF_CODE = re.compile(r"[^\W_]++(?:[._][^\W_]|[(\[])")


class SpaceBeforePunctuation(Rule):
    """A space between a word and the comma, full stop, colon, semicolon or mark after it.

    ## What it does
    Flags "word ," "word ." "word ;" "word :" "word ?" "word !". French typography puts a
    (thin) space before ``; : ! ?``, so those marks are not flagged in French documents;
    an ellipsis is never flagged, whether written " ..." or as spaced points " . . .". A mark
    glued to a code token after it ("the check !user.is_admin", "call !ready()") is that
    token's operator, not stray punctuation, and is left alone, as is a comma before a word
    in a nested bracketed expression from code ("(setf (gethash ,uri *h*) ,handler)"). A
    question or exclamation mark that is named rather than used is left alone: after a word a
    clause cannot end on, with the clause going on in lower case ("the ? operator", "Rust's ?
    operator", "the ! (never) type", and at a line's end after an article or a conjunction, which
    no clause or heading ends on: "nil? and !"; a colon, semicolon or full stop only after an article:
    "replace the : with", "overflow the . character"), or glued as a sigil to a name that recurs nearby ("implying Sized, which makes
    ?Sized", "?async notation ... impl ?async Read", "with !important. Use !important"); a ! or a full stop alone between words,
    the clause going on in lower case, is a mark named too ("stabilize ! at long last", "Using .
    to access computed properties", "run air format . in a terminal"): an exclamation or a
    sentence's end is followed by a capital or a line break, and on the tuning part's clean
    articles and scraped pages every ! and every full stop set so was code named in prose. So
    is a full stop with a flag after it, a command's argument ("prettier . --cache"). A question
    mark is read so only in technical prose (a text quoting code: "Iterator::filter", "next()",
    "Optional<Int>", "->"; "use ? to break out of the closure"), as questions in a run go on in
    lower case ("would people use the data? would agencies share it?"), and a space slipped
    before one of them is a slip. In technical prose a ``?`` or ``!`` glued to a lower-case name
    is a prefix operator ("see ?process for details", "?callr::r", "the way !f is", "add ?h=ROOT";
    a sentence after a stray space opens with a capital: "Does it scale ?It does"), and a colon or semicolon alone after a
    word that takes an object, the clause going on in lower case, is an operator named ("a
    call to : or c()"). Operators and a grammar's
    notation quoted from code are left alone too: a ternary's spaced ``?`` and ``:`` ("a == b ?
    c : d"), a ``?`` or ``!`` before a call ("Let P be ? ToPropertyKey(V)"), a colon or full
    stop between identifiers of code ("MemberExpression : MemberExpression . IdentifierName"),
    the colon of a parameter annotated with a function's type ("&block : T -> S"),
    and the ratio signs of a proportion written as analogies are ("man : woman :: king : queen":
    two one-term ratios, their colons spaced, joined by a spaced ``::``), the sign of a ratio of
    two numbers ("a contrast ratio of 4.5 : 1", "16 : 9"; not a clock time, "10 : 30"), and the separators of a
    format quoted in the text ("relevant query : irrelevant query : context": two spaced colons
    or more in one pair of double quotes, no other punctuation in them).
    So is a mark the writer set apart from code right before it, lest it be read as part of
    the code: after a path, a flag, an assignment or a dotted name ("the file src/main.rs ;",
    "the flags -v , -race", "obj.field ;"), or at the end of a command line with a flag in it
    ("run docker build -t app ."); a web address or a file name is cited as a word, and a space
    before the mark after one is a slip. So is a comma or semicolon between the items of an
    array literal ("[a b ; c d]", "[a ; b ;; c ; d]": short names and numbers in square brackets;
    prose in brackets holds words). So is any mark in a formula the page left in its TeX source,
    which a typesetter spaces by itself: a brace group around it after a TeX command
    ("\\sum_{\\langle i , j \\rangle}"), or a bracket group around it with a glued subscript and a
    spaced sign ("[ 0 , u_i + u_j]"); a mark between two formulas is the prose's own.
    A document's lone finding of the rule is reported at ``info``, still shown and fixable: one
    slip does not make an edited article a low-quality input, and text joined from fragments
    repeats it (``gate-count``, docs/rules-casing-spacing.md).

    ## Why it matters
    The stray space is a sign of text joined from fragments, and makes line breaks fall
    before the punctuation when the text is displayed.

    Measured: precision 0.97 [0.90, 0.99] on real text: 108 findings on 451,080 words of
    scraped pages, 11 false on 1,741,672 words of clean articles (punctuation quoted as code
    in technical books: "a ! character", `?MODULE`; 33 more judged real slips of the
    source); recall 120/120 injected errors (validation part; bench/precision.py,
    bench/README.md).

    ## Example
    "The meeting was cancelled , officials said ." is flagged twice; the safe fix removes
    the spaces.

    ## Use instead
    "The meeting was cancelled, officials said."

    ## Fix safety
    Safe: the fix only inserts or removes spaces or a doubled mark; the words stay as they are, so `--fix` applies it.

    ## Options
    - `gate-count`: Findings of this rule a document must hold before they report at warning (fewer: info).
    """

    code = "SP003"
    name = "space-before-punctuation"
    severity = Severity.WARNING
    fixable = "safe"
    options = {"gate_count": GATE_COUNT}

    def check(self, doc: Document) -> Iterator[Finding]:
        return gate_by_count(self, self._slips(doc))

    def _slips(self, doc: Document) -> Iterator[Finding]:
        text = doc.prose
        guard = protected(doc)
        french = technical = None
        for match in SPACE_BEFORE.finditer(text):
            mark = match.group(2) or match.group(3)
            start, at = match.start(1), match.end() - 1
            after = text[at + 1 : at + 2]
            if mark == "." and (text[at : at + 2] == ".." or SPACED_ELLIPSIS.match(text, at)):
                continue  # an ellipsis, closed up or spaced
            if at in guard or doc.text[start:at].strip():
                continue  # a protected token, or code blanked out of the prose
            if mark in ":;" and after.isalpha():
                continue  # "see :this" is too unsure to call
            if mark != "." and PREFIX_OF_CODE.match(text, at + 1):
                continue  # "the third !state.edges.length", an operator of the code token after it
            if mark in "?!:;." and _mentioned_mark(text, start, at):
                continue  # "the ? operator", "a ?Sized bound", "the . character": the mark named
            if mark == ":" and _return_annotation(text, start, at):
                continue  # "func min(a: int, b: int) : int", a signature's return type after its parameters
            if mark == ":" and FUNCTION_TYPE.match(text, at + 1):
                continue  # "&block : T -> S", "f : Int -> Bool": a parameter annotated with a function's type
            if mark in ":;" and _subject_of_a_verb(text, at):
                continue  # "since ; is basically a new line", "the : marks a label": the mark named, a clause's subject
            if mark in "!." and _lone_operator(text, at):
                continue  # "stabilize ! at long last", "Using . to access": a mark named, in any prose
            if mark == "." and _flag_after(text, at):
                continue  # "prettier . --cache": the current folder, a command's argument before its flags
            if (
                (mark == "?" and _lone_operator(text, at))
                or (mark in "?!" and _prefix_of_name(text, at))
                or (mark in ":;" and _lone_operator(text, at) and _word_before(text, start) in TAKES_AN_OBJECT)
            ):
                if technical is None:
                    technical = CODE_IN_PROSE.search(text) is not None
                if technical:
                    continue  # "use ? to break out", "see ?topic for", "a call to : or c()": an operator named in technical prose
            if mark in "?!:." and _code_notation(text, start, at):
                continue  # "a == b ? c : d", "Let P be ? ToPropertyKey(V)", "MemberExpression : MemberExpression"
            if _after_code(text, start):
                continue  # "run docker build -t app .", "the flags -v , -race": code set apart from its mark
            if mark in ",;" and _array_literal(text, at):
                continue  # "[a b ; c d]", "[a ; b ;; c ; d]": an array literal's separators, spaced as code
            if _tex_math(text, at):
                continue  # "\\langle i , j \\rangle", "[ 0 , u_i + u_j]": TeX source of a formula, its spaces not typeset
            if mark != "." and after.isalpha() and _nested_expression(text, at):
                continue  # "(setf (gethash ,uri *handlers*) ,handler)": Lisp's unquote, not a comma
            if mark == ":" and _label(text, start):
                continue  # "Phone : +1 555", a form label rather than prose
            if mark == ":" and _in_proportion(text, at):
                continue  # "man : woman :: king : queen", a ratio's operator in an analogy
            if mark == ":" and _numeric_ratio(text, at):
                continue  # "a contrast ratio of 4.5 : 1", "16 : 9": a ratio's sign spaced as an operator
            if mark == ":" and _in_quoted_fields(text, at):
                continue  # "query : relevant context : irrelevant context", a quoted format's separators
            if mark in FRENCH_SPACED:
                if french is None:
                    french = language(doc) in ("fr", "br") or (not is_english(doc) and "«" in text)
                if french:
                    continue
            replacement = mark + " " if after.isalpha() else mark
            yield self.finding(
                start,
                at + 1,
                f"space before '{mark}'",
                fix=Fix.replace(start, at + 1, replacement),
            )


#: Words a clause cannot end on: articles, conjunctions, prepositions that take an object.
#: A question or exclamation mark after one of them does not close the clause: it is named
#: ("the ? operator", "usage of ? with Option", "and ?Sized").
OPEN_ENDED = frozenset("the a an and or nor than of with from into about by like".split())
ARTICLES = frozenset({"the", "a", "an"})
#: Words no clause, question or heading ends on: articles and coordinating conjunctions (a
#: question may end on a preposition: "Where is it from ?"). A mark after one at a line's end is
#: named: "nil? and !".
ENDLESS = ARTICLES | {"and", "or", "nor"}
_WORD_BEFORE = re.compile(r"([\w’']{1,40}+)[ \t]*+$")
_WORD_AFTER = re.compile(r"[^\W\d_]\w{0,40}+")
#: How far around a sigil's name its other uses are looked for (a bound: one count per mark).
NAME_REACH = 2000


def _sigil_uses(text: str, sigil_name: str, low: int, high: int) -> int:
    """How often the sigil glued to its name (``!important``) stands between ``low`` and ``high``
    as a whole token: no letter, digit or underscore right after the name, whatever mark or space
    follows it ("with !important. Use !important purposefully")."""
    return len(re.findall(re.escape(sigil_name) + r"(?!\w)", text[low:high]))


def _mentioned_mark(text: str, start: int, at: int) -> bool:
    """A ``?`` or ``!`` after a space that is named rather than used: it stands alone after a word
    a clause cannot end on (an article, a conjunction, a preposition, a possessive) and the
    clause goes on after it in lower case or a bracket ("the ? operator", "Rust's ? operator",
    "the ! (never) type"); or it is glued to the name after it as a sigil, where a word that
    could open a sentence does not follow and the name recurs nearby ("implying Sized, which
    makes ?Sized", "Send ... that are !Send"), or the sigil and its name recur ("?async
    notation ... impl ?async Read"). A colon or semicolon is taken as named only after an
    article ("replace the : with a ->"), a full stop too ("containing the . character"). A stray space in prose leaves the mark at a clause's end, then a new sentence: "ready ? The", "ready ?The"."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _WORD_BEFORE.search(text, max(line_start, start - 41), start)
    before = m.group(1).lower() if m else ""
    after = text[at + 1 : at + 3]
    if text[at] in ":;.":  # only after an article: "replace the : with a ->", "the . character"
        return before in ARTICLES and after[:1] == " " and after[1:].islower()
    open_ended = before in OPEN_ENDED or before.endswith(("'s", "’s"))
    if after[:1] in ("\n", "") and before in ENDLESS:
        return True  # a heading or line that names operators: "nil? and !"
    if after[:1] == " ":
        return open_ended and (after[1:].islower() or after[1:] == "(")
    word = _WORD_AFTER.match(text, at + 1)
    if not word:
        return False
    name = word.group()
    if open_ended:
        return True
    low, high = max(0, at - NAME_REACH), at + NAME_REACH
    if _sigil_uses(text, text[at] + name, low, high) >= 2:
        return True  # the sigil and its name recur: a notation ("?async notation", "impl ?async Read", "!important")
    if not name[:1].isupper() or name.lower() in SENTENCE_OPENERS or name.lower() in FUNCTION_WORD_SET:
        return False
    # a name from code recurs nearby ("implying Sized, which makes ?Sized"); a word that opens
    # the next sentence after a stray space seldom does ("Did it work ?Nobody knows.")
    return text.count(name, low, high) >= 2


#: A signature's parameter list right before a spaced colon: a name glued to its bracket, and
#: inside it at least one parameter annotated with a colon glued to its name ("min(a: int, b: int)").
_SIGNATURE = re.compile(r"[^\W\d]\w*+\((?:[^()\n]*?[^\W\d]\w*+:[ \t]?[^\W\d][^()\n]*?)\)$")
_TYPE_NAME = re.compile(r" [^\W\d][\w.\[\]]*+(?=[\s,;.)]|$)")


def _return_annotation(text: str, start: int, at: int) -> bool:
    """The spaced colon at ``at`` follows a call-shaped signature whose parameters carry their own
    colons ("func min(a: int, b: int) : int") and a type name follows it: the signature's return
    type, as Nim, Pascal and type-annotated languages write it. A bracket of prose before a
    stray-spaced colon holds no annotated name ("(see the report) : it says")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_SIGNATURE.search(text, max(line_start, start - 200), start)) and bool(_TYPE_NAME.match(text, at + 1))


#: A function's type after an annotation's spaced colon: a type name, then an arrow to the result
#: type ("&block : T -> S", "f : Int -> Bool", "cb : Array(T) -> Nil"). Prose after a stray-spaced
#: colon goes on in words and marks, not in a type and an arrow.
FUNCTION_TYPE = re.compile(r" [^\W\d]\w{0,40}+(?:[(\[<][\w, ]{0,40}+[)\]>])?+ -> ")


#: The copula's finite forms, which a clause that states something never opens with: after a
#: colon or semicolon set apart by spaces, the mark is their subject ("since ; is basically a
#: new line"). A modal may open a clause whose subject was left out ("it is "/" ; should be
#: empty"), so modals are no sign.
FINITE_VERBS = frozenset("is was are were".split())
_NEXT_WORD = re.compile(r" ([a-z]++)\b")
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)")


def _subject_of_a_verb(text: str, at: int) -> bool:
    """The colon or semicolon at ``at`` stands alone between words and a finite verb follows it
    ("since ; is basically a new line for the parser", "from now on ; is the required one"):
    the mark named, the subject of the clause (``FINITE_VERBS``). A stray space leaves a mark that joins two
    clauses, and the clause after it opens with its own subject ("it was late ; we left"); a
    question may open with the verb ("it was late ; is it over?"), so a sentence ending in a
    question mark is left to the other tests."""
    word = _NEXT_WORD.match(text, at + 1)
    if not word or word.group(1) not in FINITE_VERBS:
        return False
    end = _SENTENCE_END.search(text, word.end())
    return not (end and text[end.start()] == "?")


#: Words a clause cannot end on before a colon or semicolon that the clause goes on after: the
#: open-ended words and "to", whose object the mark then is ("a call to : or c()", "applies to
#: c(), - or : because").
TAKES_AN_OBJECT = OPEN_ENDED | {"to"}


def _word_before(text: str, start: int) -> str:
    """The word right before the space at ``start``, in lower case ("" when none on its line)."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _WORD_BEFORE.search(text, max(line_start, start - 41), start)
    return m.group(1).lower() if m else ""


#: A name glued after a question or exclamation mark, in lower case as no new sentence opens, and
#: the text going on after it with a space, a mark, the line's end or a query's ``=``: a help
#: topic, an R package's function or a documented option (``?process``, ``?callr::r``,
#: ``?palette-recommendations``), a negated function (``!f``), a web address's query (``?h=ROOT``).
_GLUED_NAME = re.compile(r"[a-z](?:[\w.:-]{0,60}\w)?(?=[\s,;:.!?)=]|$)")


def _prefix_of_name(text: str, at: int) -> bool:
    """The question or exclamation mark at ``at`` is a prefix operator of the name glued after it
    ("see ?process for a complete list", "see ?debug or ?trace", "?callr::r": R's and other
    consoles' help operator; "the way !f is a new function": negation; "add ?h=ROOT to the URL":
    a query). A stray space before a question or exclamation that ends a clause leaves the mark
    before the next sentence, which opens with a capital ("Did it work ?Nobody knows")."""
    return _GLUED_NAME.match(text, at + 1) is not None


#: Code quoted in running text: a path (``Iterator::filter``), a call (``next()``), an arrow,
#: a generic type (``Optional<Int>``, ``Vec<T>``: a name glued to a capitalised type parameter
#: in angle brackets, which prose never writes).
CODE_IN_PROSE = re.compile(r"\w::\w|\w\(\)|->|=>|[^\W\d_]<[A-Z]\w*+(?:,[ ]?[A-Z]\w*+)*+>")


def _flag_after(text: str, at: int) -> bool:
    """A flag follows the full stop at ``at`` on its line ("prettier . --cache --write", "git add
    . -A"): the dot is a command's argument, the current folder. A sentence after a stray space
    opens with a word."""
    return text[at + 1 : at + 2] == " " and _FLAG.match(text, at + 2) is not None


def _lone_operator(text: str, at: int) -> bool:
    """The mark at ``at`` stands alone between words, the clause going on after it in lower case
    ("use ? to break out of the closure", "both ? and for", "from . import"): an operator named,
    where a question, exclamation or full stop ends a clause and a capital or a line break follows."""
    return text[at + 1 : at + 2] == " " and text[at + 2 : at + 3].islower()


#: A spaced colon after a spaced question mark on the same line: the two halves of a ternary
#: (the colon may end the line: "incomplete items with ? :").
SPACED_COLON = re.compile(r"[ \t]:(?:[ \t]|$)", re.M)
SPACED_QUESTION = re.compile(r"[ \t]\?[ \t]")
#: An identifier from code: a capital after a lower-case letter inside it (MemberExpression,
#: getValue) or an underscore between letters (BindingIdentifier_Await, dep_name).
CODE_WORD = re.compile(r"[a-z][A-Z]|[^\W_]_[^\W_]")
#: A call or an index in code, its name perhaps dotted: ``ToPropertyKey(V)``, ``O.[[Get]](P)``, ``args[0]``.
CALL_TOKEN = re.compile(r"[^\W_][\w.]{0,60}+[(\[]")
#: How far along its line the other half of a ternary is looked for.
TERNARY_REACH = 60


def _code_notation(text: str, start: int, at: int) -> bool:
    """The mark, set apart by spaces, is an operator or a grammar's notation quoted from code,
    not punctuation that lost its word: a ternary's ``?`` and ``:`` ("a == b ? c : d", "cond ?
    A : B"), a prefix operator before a call ("Let P be ? ToPropertyKey(V)", "Return !
    Foo()"), or a colon or full stop between identifiers of code ("MemberExpression :
    MemberExpression . IdentifierName", "BindingIdentifier_Await : await"). A stray space in
    prose leaves the mark after a plain word: "by accident , and", "Is it ready ? Nobody
    knows"."""
    mark = text[at]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    if mark == "?" and SPACED_COLON.search(text, at + 1, min(line_end, at + TERNARY_REACH)):
        return True
    if mark == ":" and SPACED_QUESTION.search(text, max(line_start, start - TERNARY_REACH), start + 1):
        return True
    if text[at + 1 : at + 2] != " ":
        return False
    if mark in "?!":
        return CALL_TOKEN.match(text, at + 2) is not None
    before = _WORD_BEFORE.search(text, max(line_start, start - 41), start)
    if not before or not CODE_WORD.search(before.group(1)):
        return False
    word = _WORD_AFTER.match(text, at + 2)
    return word is not None and (word.group()[:1].islower() or CODE_WORD.search(word.group()) is not None)


def _open_bracket(text: str, at: int, low: int) -> int:
    """The offset of the innermost ``(`` still open at ``at`` (not before ``low``), else -1."""
    depth = 0
    for index in range(at - 1, low - 1, -1):
        char = text[index]
        if char == ")":
            depth += 1
        elif char == "(":
            if not depth:
                return index
            depth -= 1
    return -1


def _nested_expression(text: str, at: int) -> bool:
    """The mark before a word sits in a bracketed expression from code, quoted in running text:
    its bracket group, closed on the same line, lists its items with spaces and no comma and
    a space, the item after the mark closes the group or is followed by a sign, not a word, and
    the group nests another group or is nested in one ("(setf (gethash ,uri *handlers*)
    ,handler)"). Prose puts a stray comma before a word outside brackets ("content ,according
    to Facebook") or in a parenthesis of words ("(Google , 2016)"). Reads at most
    ``TOKEN_REACH`` characters each side."""
    low = max(text.rfind("\n", 0, at) + 1, at - TOKEN_REACH)
    opener = _open_bracket(text, at, low)
    if opener < 0:
        return False
    high = min(len(text), at + TOKEN_REACH)
    depth = 0
    closer = -1
    for index in range(at + 1, high):
        char = text[index]
        if char == "\n":
            break
        if char == "(":
            depth += 1
        elif char == ")":
            if not depth:
                closer = index
                break
            depth -= 1
    if closer < 0:
        return False
    group = text[opener + 1 : closer]
    if ", " in group or not group[:1].isalpha():
        return False  # a list of words, or a parenthesis opening with a space or a mark
    item = _WORD_RUN.match(text, at + 1, closer)
    rest = text[item.end() : item.end() + 2] if item else ""
    if not (rest[:1] == ")" or (rest[:1] == " " and not rest[1:2].isalpha())):
        return False  # a word after it goes on with words: "(the (old) report ,which says so)"
    return "(" in group or _open_bracket(text, opener, low) >= 0


#: A TeX command (``\\langle``, ``\\Delta``, ``\\sigma``), as a formula's source shows where the
#: page left it untypeset; a subscript or superscript glued to a name (``u_i``, ``p^{*}``); a sign
#: of arithmetic set apart by spaces.
TEX_COMMAND = re.compile(r"\\[A-Za-z]{2,}+")
TEX_SCRIPT = re.compile(r"(?<![\w])[^\W\d_]{1,2}[_^](?:\{[^{}\s]{1,12}\}|\w)(?!\w)")
SPACED_SIGN = re.compile(r" [-+=<>] ")
#: How far along its line a formula's other parts are looked for.
TEX_REACH = 60


def _tex_math(text: str, at: int) -> bool:
    """The mark at ``at`` sits in a formula's TeX source, which a typesetter spaces by itself:
    inside a brace group still open on its line after a TeX command ("J \\sum_{\\langle i , j
    \\rangle}"), or in a bracket group closed on its line that holds a glued subscript or
    superscript and a spaced sign of arithmetic ("[ 0 , u_i + u_j]"). Prose names no TeX commands
    and writes no ``u_i``; a mark between two formulas, outside their groups ("\\Delta p = 7.5 ,
    \\sigma = 3.8"), is the prose's own, and a space before it a slip."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    low, high = max(line_start, at - TEX_REACH), min(line_end, at + TEX_REACH)
    brace = text.rfind("{", low, at)
    if brace >= 0 and "}" not in text[brace:at] and TEX_COMMAND.search(text, low, at):
        return True  # inside a brace group of a formula: "\\sum_{\\langle i , j \\rangle}"
    opener = max(text.rfind("[", low, at), text.rfind("(", low, at))
    if opener < 0:
        return False
    closing = "]" if text[opener] == "[" else ")"
    if closing in text[opener + 1 : at]:
        return False
    closer = text.find(closing, at, high)
    if closer < 0:
        return False
    group = text[opener : closer + 1]
    return TEX_SCRIPT.search(group) is not None and SPACED_SIGN.search(group) is not None


_WORD_RUN = re.compile(r"[\w-]++")
#: An item of an array literal quoted from code: a one- or two-letter name, a number, or the
#: separators themselves (``;``, ``;;`` between rows and dimensions, ``,``).
_ARRAY_ITEM = re.compile(r"[^\W\d_]\w?|[+-]?\d++(?:\.\d++)?|[;,]{1,3}")


def _array_literal(text: str, at: int) -> bool:
    """The comma or semicolon at ``at`` separates the items of an array or matrix literal quoted
    from code ("[a b ; c d]", "[a ; b ;; c ; d]", "[1 , 2 , 3]"): it sits in a square bracket
    group closed on its line, of three tokens or more, every one a one- or two-letter name, a
    number or a separator. Prose in brackets holds words ("[the council ; the mayor]"), and a
    stray space before a mark there is a slip. Reads at most ``TOKEN_REACH`` characters each side."""
    line_start = text.rfind("\n", 0, at) + 1
    opener = text.rfind("[", max(line_start, at - TOKEN_REACH), at)
    if opener < 0 or "]" in text[opener:at]:
        return False
    closer = text.find("]", at, min(len(text), at + TOKEN_REACH))
    if closer < 0 or "\n" in text[at:closer]:
        return False
    tokens = text[opener + 1 : closer].split()
    return len(tokens) >= 3 and all(_ARRAY_ITEM.fullmatch(token) for token in tokens)


#: A proportion in ratio notation, as analogies are written ("man : woman :: king : queen",
#: "a : b :: c : d"): two ratios of one term each, their colons spaced as operators, joined by the
#: spaced ``::`` that reads "as"; a term is one token with no colon in it (quotes and brackets
#: around the expression go with its first and last terms).
PROPORTION = re.compile(r"(?<!\S)[^\s:]++ : [^\s:]++ :: [^\s:]++ : [^\s:]++(?!\S)")


def _in_proportion(text: str, colon: int) -> bool:
    """The colon at ``colon`` is one of a proportion's two ratio signs (``PROPORTION``)."""
    low = text.rfind("\n", 0, colon) + 1
    high = text.find("\n", colon)
    line = text[low : high if high >= 0 else len(text)]
    return any(m.start() <= colon - low < m.end() for m in PROPORTION.finditer(line))


#: A format quoted in the text, its fields set apart by spaced colons ("relevant query :
#: irrelevant query : context"): two colons or more inside one pair of double quotes on a line,
#: each with a space on both sides, and no other punctuation in the quotes: a notation, spaced
#: as a ratio's colons are. Prose quoted with a stray space holds one colon, or a sentence's marks.
QUOTED_FIELDS = re.compile(
    r'(?<!\w)["\u201c](?=\S)([^"\u201c\u201d\n.,;!?:]+?(?: : [^"\u201c\u201d\n.,;!?:]+?){2,})(?<=\S)["\u201d]'
)


def _in_quoted_fields(text: str, colon: int) -> bool:
    """The colon at ``colon`` sets apart the fields of a quoted format (``QUOTED_FIELDS``)."""
    low = text.rfind("\n", 0, colon) + 1
    high = text.find("\n", colon)
    line = text[low : high if high >= 0 else len(text)]
    return any(m.start(1) <= colon - low < m.end(1) for m in QUOTED_FIELDS.finditer(line))


#: A ratio of two numbers, its sign spaced as an operator ("4.5 : 1", "(2.93 : 1)", "16 : 9"),
#: as typesetting spaces a ratio's colon; a clock time ("10 : 30", whole hours over two-digit
#: minutes) is no ratio, and a space slipped into it is a slip.
NUMERIC_RATIO = re.compile(r"(?<![\w.,:])(\d++(?:\.\d++)?) : (\d++(?:\.\d++)?)(?![\w.,:]*+\w)")
_MINUTES = re.compile(r"[0-5]\d")


def _numeric_ratio(text: str, colon: int) -> bool:
    """The colon at ``colon`` is the sign of a ratio of two numbers (``NUMERIC_RATIO``)."""
    for m in NUMERIC_RATIO.finditer(text, max(0, colon - 24), colon + 24):
        if m.end(1) + 1 == colon:
            left, right = m.group(1), m.group(2)
            return not (left.isdigit() and len(left) <= 2 and _MINUTES.fullmatch(right))
    return False


def _label(text: str, colon: int) -> bool:
    """A colon after a few words at the start of a line: "Registration Date : 2024-10-24"."""
    head = text[text.rfind("\n", 0, colon) + 1 : colon]
    return len(head.split()) <= 5 and not re.search(r"[.!?,;]", head)


#: A token from code: a path (two slashes, ``./`` or ``~/`` first, a lower-case root, a file
#: with its extension: ``golang.org/x/tools``, ``./src``, ``/opt``, ``src/main.rs``; not a
#: word pair such as "and/or", "Autor/innen" or an address's "/OL"), a package at a version
#: (``gopls@latest``), a member of a dotted lower-case name (``obj.field``, ``a.b.c``).
_PATH_OR_DOTTED = re.compile(r"/[^/\s]*/|^(?:\.{1,2}|~)/|^/[a-z]|\w/[\w.-]*\.[a-z]|@\w|[a-z0-9_]\.[a-z_]")
_FLAG = re.compile(r"--?[A-Za-z]")
#: A host name: dotted labels of letters, digits and hyphens.
_HOST = re.compile(r"[A-Za-z0-9-]++(?:\.[A-Za-z0-9-]++)++")
#: How many tokens before the mark a command line's flag may stand ("docker build -t app .").
FLAG_REACH = 3


def _web_address(token: str) -> bool:
    """A URL, a host or a file name ("http://doi.org/10.7289/X", "ChiefDigitalOfficer.net",
    "notes.txt"): prose cites them as words, so a space before the mark after one is the same
    slip as after a word (a module path at a version, "golang.org/x/tools@latest", is code)."""
    if "@" in token:
        return False
    if "://" in token or token.lower().startswith("www."):
        return True
    host = token.split("/", 1)[0]
    return _HOST.fullmatch(host) is not None and host.rsplit(".", 1)[1].lower() in SUFFIXES


def _after_code(text: str, start: int) -> bool:
    """The space before the mark follows code quoted in running text, not a word of prose: the
    token right before it holds a sign of code (a path, a flag, an assignment, a call or an index,
    a snake_case or dotted name: "src/main.rs ;", "GOFLAGS=-mod=mod ,", "obj.field ;"), or a
    flag stands among the few tokens before it, so the mark ends a command line whose last
    argument may be a word or a lone dot ("run docker build -t app .", "git add -A ."). The
    author sets such a mark apart so that it is not read as part of the code. Prose names no
    flags and paths: "by accident , and", "the dashboard page ." are slips."""
    line_start = text.rfind("\n", 0, start) + 1
    tokens = text[max(line_start, start - TOKEN_REACH) : start].split()
    if not tokens:
        return False
    last = tokens[-1].strip(TOKEN_EDGES)
    if (
        last
        and not _web_address(last)
        and (CODE_SIGNS.search(last) or _PATH_OR_DOTTED.search(last) or _FLAG.match(last))
    ):
        return True
    return any(_FLAG.match(token) for token in tokens[-1 - FLAG_REACH : -1])
