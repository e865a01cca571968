"""Leftovers of a chatbot speaking of itself: its nature, its knowledge cutoff, its refusals."""

from __future__ import annotations

from scrapelint.model.finding import Severity
from scrapelint.rules.assistant import forms, languages, phrases
from scrapelint.rules.assistant.base import AssistantRule


class ChatbotSelfReference(AssistantRule):
    """Flags a chatbot speaking of itself ("As an AI language model, I...").

    ## What it does
    Finds first-person statements of an assistant about its own nature: "As
    an AI language model, I cannot...", "I'm an AI and cannot...", "I am a
    large language model trained by...". "As an AI researcher, I..." and
    third-person disclosures ("this article was drafted with an AI
    assistant") are not flagged; quoted examples are not flagged either, nor
    one in a code span or in a list of cited phrases. Other languages: the
    speaker naming itself a model ("Como modelo de lenguaje, no puedo...",
    "Als KI kann ich...") with a first-person verb or pronoun.

    ## Why it matters
    The sentence is the model's disclaimer, not the author's voice; it marks
    the whole text as unreviewed output.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 70 of 73 records it flagged were leftovers (0.96, round
    4, after inline labelled questions "User：...？" made the answer shown); a quotation joined to the line before it ("... > As an AI
    developed by...", an interpreter's ">>>") is shown, not said. Round 9 (words describing
    the AI: "As a text-based AI"): 90 of 93 records on every split (0.97, tuning figures).

    ## Example
    "As an AI language model, I do not have personal experience with this
    product, but it seems sturdy." is flagged.

    ## Use instead
    "The product seems sturdy." State the content, or leave the sentence out.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI003"
    trigger_key = "self-reference"
    name = "chatbot-self-reference"
    category = "chatbot self-reference"
    phrases = phrases.SELF_REFERENCE + forms.SELF_REFERENCE + languages.PHRASES["self-reference"]


class KnowledgeCutoff(AssistantRule):
    """Flags talk of a model's knowledge cutoff ("As of my last knowledge update").

    ## What it does
    Finds a model's caveats about its own training data: "As of my last
    knowledge update in 2023", "I don't have access to real-time data", "my
    training data only goes up to...", "I cannot browse the internet".

    ## Why it matters
    Besides betraying the source, the caveat means the facts around it were
    never checked against anything current.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 44 of 56 records it flagged were leftovers (0.79, round
    4, with German and Chinese "until my last update"; 24 of 32 before): documentation shows the caveat as a bad example, a developer
    writes "as of my latest update" of his own work, and a reader's own "I can't browse the
    web" heads a troubleshooting entry. Below the 0.9 precision a warning needs, so the
    rule reports at `info`.

    ## Example
    "As of my last knowledge update, the bridge was still under construction."
    is flagged.

    ## Use instead
    "By May 2024 the bridge was still under construction." Give the date the fact holds for.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI004"
    trigger_key = "knowledge-cutoff"
    name = "knowledge-cutoff"
    category = "knowledge-cutoff talk"
    phrases = phrases.KNOWLEDGE_CUTOFF + forms.KNOWLEDGE_CUTOFF + languages.PHRASES["knowledge-cutoff"]
    severity = Severity.INFO  # 0.79 precision on real text (see "Measured:")


class AssistantRefusal(AssistantRule):
    """Flags a chatbot refusal published as if it were content.

    ## What it does
    Finds refusals such as "I'm sorry, but I can't assist with that", "I
    cannot fulfill this request as it goes against OpenAI use policy", "I
    apologize, but I am unable to...". Quoted refusals, and refusals said by
    a speaker in a transcript, are not flagged. Other languages: the speaker
    unable to produce the text ("je ne peux pas générer...", "我无法生成...")
    with the missing input or a request for it in the sentence.

    ## Why it matters
    A refusal in a product title, a review or an article means the text was
    generated in bulk and published without anyone reading it.

    Measured: on every split of bench/data/assistant_wild.jsonl (all of them
    tuning data now), 18 of 18 records it flagged were
    leftovers.

    ## Example
    "I'm sorry, but I cannot fulfill this request as it goes against OpenAI
    use policy." as a product description is flagged.

    ## Use instead
    The description the page was meant to carry; a refusal is not content.

    ## Fix safety
    Unsafe: the fix deletes the flagged sentence or line. A text that quotes a chatbot on purpose (an article about chatbots) would lose the quote, so the fix applies only with `--unsafe-fixes`.

    ## Options
    None.
    """

    code = "AI005"
    trigger_key = "refusal"
    name = "assistant-refusal"
    category = "chatbot refusal"
    phrases = phrases.REFUSAL + forms.REFUSAL + languages.PHRASES["refusal"]
