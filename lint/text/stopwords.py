"""Function words per language, as data.

Ordinary prose in any of these languages is built on its function words
(articles, pronouns, prepositions, conjunctions, auxiliaries): in edited
text they are roughly a third to a half of all words. Word salad, keyword
stuffing and lists pasted as prose have few of them. The lists also tell
which language a passage is probably in, cheaply, before langdetect is asked.
Keys are ISO 639-1 codes, as langdetect reports them.
"""

from __future__ import annotations

_RAW = {
    "en": """the a an and or but if of to in on at by for with from about as into over after
        is are was were be been being am has have had do does did will would shall should can
        could may might must not no this that these those it its he she they we you i his her
        their our your my him them us me who which what when where there here than then so
        also just all any some such more most very up out""",
    "de": """der die das den dem des ein eine einen einem einer eines und oder aber wenn als
        wie von zu zum zur im in an am auf aus bei mit nach seit über unter vor für durch gegen
        ohne um ist sind war waren sein hat haben hatte wird werden wurde wurden kann können
        muss soll nicht kein keine auch noch nur schon sehr so es er sie wir ihr ich man sich
        dass daß was wer wo diese dieser dieses des sowie bis""",
    "fr": """le la les l un une des du de d et ou mais si que qui quoi dont où à au aux en dans
        par pour sur sous avec sans chez entre vers est sont était étaient être a ont avait
        avaient été sera fait ne pas plus moins très aussi ce cet cette ces se sa son ses leur
        leurs il elle ils elles on nous vous je tu lui y comme mais donc car""",
    "es": """el la los las lo un una unos unas y o pero si que quien cual cuando donde como de
        del al a en con sin por para sobre entre hasta desde es son era eran fue fueron ser
        está están estaba ha han había haber no más muy también ya se su sus le les este esta
        estos estas ese esa eso él ella ellos nosotros yo me mi te nos""",
    "it": """il lo la i gli le un uno una e o ma se che chi cui come dove quando di del della
        dei delle degli al alla ai alle a da dal dalla in nel nella nei con su sul sulla per tra
        fra è sono era erano essere ha hanno aveva stato stata non più molto anche già si suo
        sua suoi sue questo questa questi quello quella lui lei loro noi io mi ci""",
    "pt": """o a os as um uma uns umas e ou mas se que quem qual quando onde como de do da dos
        das ao aos à às em no na nos nas por pelo pela para com sem sobre entre até é são era
        eram foi foram ser está estão estava tem têm tinha não mais muito também já seu sua
        seus suas este esta estes estas esse essa isso ele ela eles elas nós eu me lhe""",
    "nl": """de het een en of maar als dan dat die dit deze wie wat waar wanneer hoe van in op
        aan met voor door bij naar uit over onder tot om tegen zonder is zijn was waren wordt
        worden werd werden heeft hebben had kan kunnen moet zal zou niet geen ook nog al wel
        er hij zij ze wij we jij je ik u hun haar zijn zich""",
    "sv": """och eller men om att som den det de en ett i på av till för med från vid under
        över efter mot utan är var varit blir blev har hade kan kunde ska skulle inte också
        så när där här han hon vi ni jag du sig sin sitt sina dess deras denna detta dessa""",
    "da": """og eller men hvis at som den det de en et i på af til for med fra ved under over
        efter mod uden er var været bliver blev har havde kan kunne skal skulle ikke også så
        når der her han hun vi i jeg du sig sin sit sine dens deres denne dette disse""",
    "no": """og eller men hvis at som den det de en et ei i på av til for med fra ved under
        over etter mot uten er var vært blir ble har hadde kan kunne skal skulle ikke også så
        når der her han hun vi dere jeg du seg sin sitt sine dens deres denne dette disse""",
    "pl": """i oraz lub albo ale a że który która które którzy jak gdy gdzie kiedy w we na z ze
        do od po przy przez dla o za pod nad przed między bez jest są był była było byli były
        być ma mają miał nie tak też już jeszcze tylko bardzo to ten ta te tego tej jego jej
        ich się on ona oni my wy ja co""",
    "cs": """a i nebo ale že který která které kteří jak když kde v ve na s se z ze do od po
        při pro o za pod nad před mezi bez je jsou byl byla bylo byli být má mají měl ne
        tak také už ještě jen velmi to ten ta ty toho této jeho její jejich on ona oni my vy já co""",
    "ro": """și sau dar dacă că care cine ce cum când unde de din la în pe cu fără pentru prin
        despre între până este sunt era erau fi fost a au avea nu mai foarte și deja se său sa
        lui ei lor acest această aceste acel acea el ea ei noi eu un o unui unei""",
    "fi": """ja tai mutta jos että joka jotka mikä kun kuin missä on ovat oli olivat ole ollut
        ei eikä myös vain jo hän he me te minä sinä se ne tämä tuo nämä niin kanssa mukaan
        sekä jälkeen ennen aikana""",
    "id": """dan atau tetapi jika bahwa yang ini itu di ke dari pada untuk dengan oleh dalam
        tentang antara adalah akan telah sudah belum tidak bukan juga hanya sangat ia dia
        mereka kami kita saya anda sebagai karena""",
    "tr": """ve veya ama eğer ki bu şu o bir için ile gibi kadar göre daha çok en de da mı mi
        ne değil var yok olan olarak ise ancak sonra önce her bunu onu bunun onun""",
}

FUNCTION_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _RAW.items()}


def base_language(code: str | None) -> str | None:
    """``"zh-cn"`` -> ``"zh"``, ``"en_US"`` -> ``"en"``; Norwegian variants as langdetect names them."""
    if not code:
        return None
    base = code.replace("_", "-").split("-")[0].lower()
    return {"nb": "no", "nn": "no", "iw": "he", "in": "id"}.get(base, base)


def function_words(language: str | None) -> frozenset[str] | None:
    """The function words of ``language``, or ``None`` when there is no list for it."""
    return FUNCTION_WORDS.get(base_language(language) or "")


def function_word_share(words: list[str], vocabulary: frozenset[str]) -> float:
    """The share of ``words`` (any case) that are in ``vocabulary``."""
    if not words:
        return 0.0
    return sum(1 for word in words if word.lower() in vocabulary) / len(words)


def language_shares(words: list[str]) -> list[tuple[str, float]]:
    """Every listed language with the share of ``words`` it covers, largest first."""
    lowered = [word.lower() for word in words]
    total = max(1, len(lowered))
    shares = [
        (language, sum(1 for w in lowered if w in vocabulary) / total)
        for language, vocabulary in FUNCTION_WORDS.items()
    ]
    return sorted(shares, key=lambda pair: -pair[1])


def likeliest_language(words: list[str]) -> tuple[str, float]:
    """The language whose function words cover most of ``words``, with that share."""
    lowered = [word.lower() for word in words]
    best, share = "", 0.0
    for language, vocabulary in FUNCTION_WORDS.items():
        current = sum(1 for word in lowered if word in vocabulary) / max(1, len(lowered))
        if current > share:
            best, share = language, current
    return best, share
