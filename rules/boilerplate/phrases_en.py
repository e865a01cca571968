"""English phrase data for the boilerplate rules.

Data only, no logic: one ``PhraseSet`` per kind of block. ``lines`` are whole
lines (compared case-insensitively once bullets, counters and trailing
punctuation are gone), ``patterns`` are regular expressions searched in short
lines, ``headings`` are lines that open a block of that kind (the lines under
them belong to it). Add another language as a sibling module with the same
names and list it in ``LANGUAGES`` of ``phrases.py``.
"""

from __future__ import annotations

NAVIGATION = {
    "lines": (
        "home", "homepage", "menu", "main menu", "open menu", "close menu", "toggle navigation",
        "navigation", "search", "search for", "submit search", "go", "skip to content",
        "skip to main content", "skip to navigation", "login", "log in", "sign in", "log out",
        "sign up", "register", "join", "my account", "account", "profile", "all articles", "news",
        "latest", "latest news", "top stories", "sections", "categories", "category", "archives",
        "archive", "contact", "contact us", "about", "about us", "sitemap", "site map", "rss",
        "rss feed", "back", "back to top", "top", "next", "previous", "next article",
        "previous article", "older posts", "newer posts", "more", "see all", "view all", "show more",
        "load more", "more news", "more stories", "en", "english", "language", "edition",
        "jobs", "careers", "help", "faq", "events", "podcasts", "videos", "video", "photos",
        "photo", "gallery", "opinion", "world", "business", "politics", "sports", "sport",
        "technology", "tech", "science", "health", "entertainment", "lifestyle", "travel",
        "culture", "economy", "markets", "local", "national", "weather", "obituaries",
        "table of contents", "contents", "in this article", "jump to", "on this page",
    ),
    "patterns": (
        r"^(?:home|start)\s*(?:>|»|›|/|\|)\s*\S",  # breadcrumbs: Home > World
        r"^\S[^>»›]{0,40}\s(?:>|»|›)\s\S[^>»›]{0,40}(?:\s(?:>|»|›)\s\S[^>»›]{0,40})*$",
        r"^(?:log ?in|sign ?in)\s*(?:/|\||or)\s*(?:join|register|sign ?up)$",
        r"^skip to\b",
    ),
    "headings": ("table of contents", "contents", "in this article", "quick links", "useful links",
                 "external links", "sections", "navigation", "explore", "more from", "browse"),
}

SHARE = {
    "lines": (
        "share", "share this", "share this article", "share this story", "share article",
        "share on facebook", "share on twitter", "share on x", "share on linkedin", "share via email",
        "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit",
        "pinterest", "tumblr", "email", "e-mail", "mail", "copy link", "copy url", "link copied",
        "copy url copied", "follow", "follow us", "follow us on", "instagram", "youtube", "tiktok",
        "flipboard", "pocket", "messenger", "sms", "line", "kakaotalk", "band", "naver", "weibo",
        "wechat", "vk", "xing", "threads", "bluesky", "mastodon", "print", "print this article",
        "i like it", "like", "likes", "save", "save article", "bookmark", "gift this article",
    ),
    "patterns": (
        r"^share (?:this|on|via|to)\b",
        r"\bcopy (?:url|link)\b.{0,20}\bcopied\b",
        r"^follow (?:us|me)\b",
        r"^(?:click|tap) to (?:share|email|print)\b",
        r"^https?://\S+\s+copy (?:url|link)",
    ),
    "headings": ("share", "share this", "share this article", "follow us", "share this story"),
}

BYLINE = {
    "lines": ("author", "authors", "written by", "posted by", "published", "updated", "by"),
    "patterns": (
        r"^by\s+[\w.'’\-]+(?:\s+[\w.'’\-]+){0,6}$",  # By Jane Doe / By Staff Bureau
        r"^(?:written|posted|reported|edited|published)\s+by\b",
        r"\b\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|to read)\b",
        r"^(?:reading time|read time|lesezeit)\b",
        r"^(?:published|updated|posted|last updated|last modified|modified|created)\s*(?:on|at)?\s*[:|]?\s*\S",
        r"\b(?:reporter|correspondent|staff writer|contributor|editor|bureau)\s*(?:/|\||$)",
        r"^\(?(?:photo|image|picture|credit|source|foto|bild)s?\s*(?:credit)?\s*[:/©]",
        r"^\(?(?:image|photo)\s+(?:credit|courtesy)\b",
    ),
    "headings": ("about the author", "about the authors", "author", "authors"),
}

RELATED = {
    "lines": (
        "related", "related articles", "related stories", "related posts", "related news",
        "related content", "related topics", "related coverage", "more on this", "more on this story",
        "popular", "popular articles", "popular posts", "popular now", "most popular", "most read",
        "most viewed", "most shared", "most commented", "trending", "trending now", "trending stories",
        "hot issue", "weekly hot issue", "top picks", "editor's picks", "editors' picks",
        "recommended", "recommended for you", "recommended articles", "you may also like",
        "you might also like", "you may like", "you may be interested in", "read more", "read next",
        "up next", "what to read next", "further reading", "more from", "more like this",
        "also read", "see also", "don't miss", "must read", "continue reading", "keep reading",
        "latest stories", "latest articles", "latest posts", "recent posts", "recent articles",
        "more stories", "more news", "sponsored", "sponsored content", "promoted stories",
        "from our partners", "around the web", "in case you missed it", "read also",
    ),
    "patterns": (
        r"^(?:also read|read also|read more|see also|related|recommended|more)\s*[|:»>\-–—]\s*\S",
        r"^(?:read more|continue reading|keep reading|read the full (?:story|article))\b",
        r"^(?:related|more|latest)\s+(?:articles?|stories|posts|news|coverage|videos?)\b",
        r"^(?:most|top)\s+(?:popular|read|viewed|shared|commented|watched)\b",
        r"^(?:you (?:may|might) (?:also )?(?:like|enjoy)|recommended for you)\b",
    ),
    "headings": (
        "related", "related articles", "related stories", "related posts", "related news",
        "related content", "popular", "popular articles", "popular posts", "most popular",
        "most read", "most viewed", "most shared", "trending", "trending now", "hot issue",
        "weekly hot issue", "recommended", "recommended for you", "you may also like",
        "you might also like", "read next", "up next", "more stories", "more news", "latest news",
        "latest stories", "latest articles", "recent posts", "more from", "don't miss",
        "editor's picks", "sponsored content", "promoted stories", "around the web", "top stories",
        "in case you missed it", "more on this story", "further reading", "read more",
    ),
}

COMMENTS = {
    "lines": (
        "comments", "comment", "leave a comment", "leave a reply", "add a comment", "post a comment",
        "post comment", "write a comment", "show comments", "view comments", "load comments",
        "no comments", "no comments yet", "reply", "replies", "report", "report abuse", "vote",
        "votes", "poll", "results", "view results", "submit", "cancel", "join the conversation",
        "join the discussion", "discussion", "conversation",
    ),
    "patterns": (
        r"^(?:\d+\s+)?comments?\s*[>»:(]?\s*\d*\)?$",
        r"\b(?:sign|log) ?in to (?:leave|post|add|write|join|comment|reply)\b",
        r"^no comments yet\b",
        r"^be the first to (?:comment|share your thoughts|review)\b",
        r"^total votes?\s*:?\s*\d",
        r"^\d+\s+votes?$",
        r"^(?:leave|post|add|write) a (?:comment|reply)\b",
        r"^your (?:email address|comment) will not be published\b",
        r"\bcomments? (?:are|is) (?:closed|moderated)\b",
        r"^(?:commenting|comments) (?:policy|guidelines)\b",
        r"^what (?:do you think|is your opinion)\b.*\?$",
        r"^(?:\d+\.\s+)?\S+(?:\s\S+){0,3}\s+(?:says|said|wrote|commented|replied):?$",  # "12. jdoe says:"
        r"^comment by\b",
    ),
    "headings": ("comments", "comment", "leave a reply", "leave a comment", "join the conversation",
                 "discussion", "reader comments", "poll", "your opinion"),
}

CONSENT = {
    "lines": (
        "accept", "accept all", "accept cookies", "reject all", "decline", "agree", "i agree",
        "manage cookies", "cookie settings", "cookie policy", "privacy policy", "privacy",
        "terms of use", "terms of service", "terms and conditions", "terms", "subscribe",
        "subscribe now", "sign up now", "newsletter", "newsletters", "get the newsletter",
        "your privacy choices", "do not sell my personal information", "manage preferences",
        "accessibility", "imprint", "impressum", "legal", "legal notice", "disclaimer",
        "advertise", "advertise with us", "advertising", "ad choices", "adchoices",
    ),
    "patterns": (
        r"\bcookies?\b.{0,80}\b(?:use|uses|accept|consent|policy|settings|experience|browsing)\b",
        r"\b(?:we|this site|this website) uses? cookies\b",
        r"\bby (?:continuing|using this (?:site|website))\b",
        r"\b(?:sign up|subscribe|register) (?:for|to) (?:our|the|my)\b.{0,40}\b(?:newsletter|updates|emails?|digest|briefing)\b",
        r"\b(?:newsletter|inbox)\b.{0,60}\b(?:sign up|subscribe|delivered)\b",
        r"\bsubscribe (?:now|today|to read|for)\b",
        r"\b(?:privacy policy|terms of (?:use|service)|cookie policy)\b",
        r"\bunsubscribe at any time\b",
        r"^(?:already a subscriber|already have an account|create (?:a free|an) account)\b",
        r"\benter your e-?mail\b",
    ),
    "headings": ("newsletter", "subscribe", "cookie settings", "we value your privacy", "privacy"),
}

FOOTER = {
    "lines": ("all rights reserved", "powered by wordpress", "about us", "contact us", "advertise with us"),
    "patterns": (
        r"(?:©|\(c\)|copyright\b)",
        r"\ball rights reserved\b",
        r"\b(?:powered by|designed by|theme by)\b",
        r"^(?:ceo|publisher|editor(?:-in-chief)?|managing editor|registration (?:number|no|date)|"
        r"youth protection manager|business registration|company registration|vat(?: no)?|tel|"
        r"phone|fax|e-?mail|address|headquarters|head office)\s*[.:]",
        r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$",  # a bare e-mail address
        r"^(?:tel\.?|phone|fax)?\s*[:.]?\s*\+?\(?\d[\d\s()./\-]{7,}\d$",  # a bare phone number
        r"\bis (?:a|an) (?:global |leading |independent |digital )*(?:media|news|publishing) (?:company|organi[sz]ation|outlet|site|platform)\b",
    ),
    "headings": ("about us", "contact", "contact us", "company", "legal", "follow us"),
}

TAGS = {
    "lines": ("tags", "tagged", "topics", "keywords", "filed under", "categories"),
    "patterns": (
        r"^#\w+(?:\s+#\w+)*$",
        r"^(?:tags?|tagged(?: with)?|topics?|keywords?|filed under|categories)\s*[:|]\s*\S",
    ),
    "headings": ("tags", "tagged", "topics", "keywords", "filed under", "related topics"),
}

UI = {
    "lines": (
        "loading", "loading...", "loading…", "updating data", "please wait", "advertisement",
        "advertisements", "ad", "ads", "sponsored", "story continues below advertisement",
        "continue reading below", "article continues below", "scroll to continue",
        "close", "open", "expand", "collapse", "toggle", "play", "pause", "mute", "unmute",
        "watch", "listen", "listen to this article", "audio", "enlarge", "zoom", "fullscreen",
        "click here", "tap here", "click to enlarge", "view image", "image", "photo", "video",
        "avatar", "top of page", "javascript is disabled",
        "please enable javascript", "this video is not available",
    ),
    "patterns": (
        r"^(?:loading|updating|please wait)\b.{0,20}$",
        r"^advertisement\b",
        r"^\(\d{1,6}\)$",  # a bare counter: (0)
        r"^avatar\w{0,12}$",
        r"\b(?:enable|turn on) javascript\b",
        r"\byour browser does not support\b",
        r"^(?:story|article) continues below\b",
        r"^(?:play|watch) (?:video|now)\b",
    ),
    "headings": (),
}

KINDS = {
    "navigation": NAVIGATION,
    "share": SHARE,
    "byline": BYLINE,
    "related": RELATED,
    "comments": COMMENTS,
    "consent": CONSENT,
    "footer": FOOTER,
    "tags": TAGS,
    "ui": UI,
}
