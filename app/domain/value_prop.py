"""Value Proposition Canvas: segments, canvas items, fit, statements and the archetype hint.

A canvas belongs to one customer segment (and optionally to one release slice). Its customer
profile holds jobs, pains and gains; its value map holds products and services, pain
relievers and gain creators. Every item has a rank (1 = most important). Relievers and
creators name the pains and gains they address in `addresses`.

Statements are drafts for the room to edit: empty slots show a visible placeholder instead
of failing, and all wording goes through `MESSAGES` in the workshop's language.

`rank_archetypes` is a suggestion for the facilitator, never a decision: it adds up the
room's answers to `MOTIVATION_QUESTIONS` and keyword hints from the emotional and social
jobs and the pains, and says in words what pushed each archetype up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from app.domain.archetypes import Archetype, Catalogue, Motivation
from app.domain.i18n import N_
from app.domain.texts import normalise_language, render


class CanvasItemKind(StrEnum):
    JOB = "job"
    PAIN = "pain"
    GAIN = "gain"
    PRODUCT = "product"  # products and services
    RELIEVER = "reliever"  # pain reliever
    CREATOR = "creator"  # gain creator


class JobType(StrEnum):
    FUNCTIONAL = "functional"
    SOCIAL = "social"  # how they look to others
    EMOTIONAL = "emotional"  # how they feel
    SUPPORTING = "supporting"  # buyer, co-creator or transferrer of value


PROFILE_KINDS = (CanvasItemKind.JOB, CanvasItemKind.PAIN, CanvasItemKind.GAIN)
VALUE_MAP_KINDS = (CanvasItemKind.PRODUCT, CanvasItemKind.RELIEVER, CanvasItemKind.CREATOR)
ADDRESSING_KINDS = frozenset({CanvasItemKind.RELIEVER, CanvasItemKind.CREATOR})
ADDRESSED_KINDS = frozenset({CanvasItemKind.PAIN, CanvasItemKind.GAIN})

TOP_RANK = 3  # pains and gains ranked 1..3 are the ones the fit check insists on
MAX_LISTED_PRODUCTS = 3  # products named in the ad-lib statement
MAX_ANSWER = 3  # answers to the motivation questions run 0..3
QUESTION_POINTS = 2  # per answer point, for every archetype of the question's motivation
QUESTION_ARCHETYPE_POINTS = 1  # per answer point, extra for the archetype a question names
KEYWORD_POINTS = 1  # per matching canvas item (doubled for top-ranked items)


@dataclass
class Segment:
    id: int
    name: str
    description: str = ""


@dataclass
class CanvasItem:
    id: int
    canvas_id: int
    kind: CanvasItemKind
    text: str
    rank: int = 1  # 1 = most important (severity for pains, relevance for gains)
    job_type: JobType | None = None  # jobs only
    addresses: list[int] = field(default_factory=list)  # relievers/creators: pain/gain ids


@dataclass
class Canvas:
    id: int
    segment_id: int
    slice_id: int | None = None  # a release slice, when prioritisation made slices
    archetype: str | None = None  # primary archetype key
    secondary_archetype: str | None = None
    statement: str = ""  # the final statement, free text the room edits
    competitor: str = ""  # what follows "unlike ..." / "в отличие от ..."
    category: str = ""  # the market category, for the positioning statement
    product_name: str = ""


def ranked(items: Iterable[CanvasItem], kind: CanvasItemKind) -> list[CanvasItem]:
    """Items of one kind, most important first (ties by id)."""
    return sorted((i for i in items if i.kind == kind), key=lambda i: (i.rank, i.id))


def is_top(item: CanvasItem) -> bool:
    return item.rank <= TOP_RANK


# --- texts ----------------------------------------------------------------------------------
MESSAGES: dict[str, str] = {
    "placeholder": N_("…"),
    "and": N_("and"),
    "adlib_one": N_(
        "Our {products} helps {segment} who want to {job} by {reliever} and {creator} (unlike "
        "{competitor})."
    ),
    "adlib_many": N_(
        "Our {products} help {segment} who want to {job} by {reliever} and {creator} (unlike "
        "{competitor})."
    ),
    "positioning": N_(
        "For {segment} {need}, {product} is {category} that brings {creator}. Unlike {competitor}, "
        "we offer {reliever}."
    ),
    "need_pain": N_("whose main problem is {pain}"),
    "need_job": N_("who want to {job}"),
    # --- the motivation questions (answered 0..3 by the room) ---
    "answer_scale": N_("0 = not at all, 1 = a little, 2 = clearly, 3 = very much"),
    "question_safe": N_(
        "How much does the customer want to feel safe and looked after in this job?"
    ),
    "question_safe_label": N_("feeling safe"),
    "question_order": N_(
        "How much does the customer want order, control and a predictable result?"
    ),
    "question_order_label": N_("order and control"),
    "question_together": N_(
        "How much is this job about other people: family, friends, colleagues, fitting in?"
    ),
    "question_together_label": N_("being with others"),
    "question_enjoy": N_("How much should doing this job feel light, pleasant or fun?"),
    "question_enjoy_label": N_("enjoyment"),
    "question_achieve": N_(
        "How much does the customer want to win, reach a goal or beat a difficulty?"
    ),
    "question_achieve_label": N_("achievement"),
    "question_transform": N_(
        "How much does the customer hope for a transformation, for the impossible to become easy?"
    ),
    "question_transform_label": N_("transformation"),
    "question_freedom": N_(
        "How much does the customer want to do it their own way, free to choose and discover?"
    ),
    "question_freedom_label": N_("freedom"),
    "question_understand": N_(
        "How much does the customer want to understand the facts and decide with full knowledge?"
    ),
    "question_understand_label": N_("understanding"),
    # --- why an archetype was suggested ---
    "reason_question": N_(
        "The room rated “{label}” {value} of {max}, which points to {motivation}."
    ),
    "reason_question_archetype": N_(
        "The question on “{label}” ({value} of {max}) points to the {name} in particular."
    ),
    "reason_keyword": N_("The {kind} “{text}” mentions “{words}”, which points to {motivation}."),
    "reason_keyword_archetype": N_(
        "“{words}” in the {kind} “{text}” fits the {name} in particular."
    ),
    "reason_none": N_(
        "Nothing in the answers or on the canvas points here yet; listed in deck order."
    ),
    "kind_pain": N_("pain"),
    "kind_job": N_("job"),
    "kind_job_emotional": N_("emotional job"),
    "kind_job_social": N_("social job"),
}

_ARTICLES = ("a ", "an ", "the ")


def _clean(text: str) -> str:
    """One line, no trailing full stop or separator (the template adds its own)."""
    return " ".join(text.split()).rstrip(" .;,:")


def _inline(text: str) -> str:
    """Lower-case a capitalised first word for use mid-sentence ("Pay bills" -> "pay bills").

    Acronyms and mixed-case words ("SMS", "iPhone", "PayLink") are left alone.
    """
    first_word = text.split(" ", 1)[0]
    if len(first_word) > 1 and first_word[0].isupper() and first_word[1:].islower():
        return text[0].lower() + text[1:]
    return text


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _job_phrase(text: str, language: str) -> str:
    cleaned = _inline(_clean(text))
    if language == "en" and cleaned.lower().startswith("to "):
        cleaned = cleaned[3:].lstrip()
    return cleaned


def _segment_phrase(segment: Segment | None, language: str, blank: str) -> str:
    """The segment's name for use mid-sentence ("For Moscow students who ...").

    A segment's name is a name: it keeps the case it was typed in ("Moscow students"
    must not become "moscow students"); Russian templates quote it («...») anyway.
    """
    name = _clean(segment.name) if segment else ""
    return name or blank


def _texts(items: Iterable[CanvasItem], kind: CanvasItemKind) -> list[str]:
    """Cleaned non-empty texts of one kind, most important first."""
    return [t for t in (_clean(i.text) for i in ranked(items, kind)) if t]


def _first(values: Sequence[str], placeholder: str) -> str:
    return values[0] if values else placeholder


def _join(values: Sequence[str], language: str) -> str:
    """Join as "a", "a and b" or "a, b and c" (Russian: "и")."""
    if len(values) <= 1:
        return "".join(values)
    conjunction = render(MESSAGES, "and", language)
    return f"{', '.join(values[:-1])} {conjunction} {values[-1]}"


def _with_article(category: str, placeholder: str) -> str:
    if not category:
        return f"a {placeholder}"
    if category.lower().startswith(_ARTICLES):
        return category
    return f"{'an' if category[0].lower() in 'aeiou' else 'a'} {category}"


def _finish(statement: str, blank: str) -> str:
    """Drop the full stop right after a blank mark ("we …." reads as "we …")."""
    return statement.replace(blank + ".", blank)


def adlib_statement(
    canvas: Canvas, segment: Segment | None, items: Iterable[CanvasItem], language: str
) -> str:
    """Strategyzer's ad-lib filled from the canvas's top-ranked items.

    "Our {products} help(s) {segment} who want to {job} by {reliever} and {creator}
    (unlike {competitor})." Up to three products are named; "helps" or "help" follows their
    number. Empty slots show a placeholder.
    """
    lang = normalise_language(language)
    items = list(items)
    blank = render(MESSAGES, "placeholder", lang)
    # The offer's own name, once the room has given it one; else what the value map lists.
    products = [_clean(canvas.product_name)] if _clean(canvas.product_name) else []
    if not products:
        products = [_inline(t) for t in _texts(items, CanvasItemKind.PRODUCT)[:MAX_LISTED_PRODUCTS]]
    products_text = _join(products, lang) or blank
    if lang == "ru":
        products_text = _capitalise(products_text)
    jobs = [_job_phrase(t, lang) for t in _texts(items, CanvasItemKind.JOB)]
    statement = render(
        MESSAGES,
        "adlib_many" if len(products) > 1 else "adlib_one",
        lang,
        products=products_text,
        segment=_segment_phrase(segment, lang, blank),
        job=_first(jobs, blank),
        reliever=_first([_inline(t) for t in _texts(items, CanvasItemKind.RELIEVER)], blank),
        creator=_first([_inline(t) for t in _texts(items, CanvasItemKind.CREATOR)], blank),
        competitor=_clean(canvas.competitor) or blank,
    )
    return _finish(statement, blank)


def positioning_statement(
    canvas: Canvas, segment: Segment | None, items: Iterable[CanvasItem], language: str
) -> str:
    """Geoffrey Moore's positioning statement filled from the canvas.

    "For {segment} who {need}, {product} is a {category} that {gain creator}. Unlike
    {competitor}, we {pain reliever}." The need is the top pain ("struggle with ..."), else
    the top job ("want to ..."). The product is the canvas's product name, else its top
    product. Empty slots show a placeholder.
    """
    lang = normalise_language(language)
    items = list(items)
    blank = render(MESSAGES, "placeholder", lang)
    pains = [_inline(t) for t in _texts(items, CanvasItemKind.PAIN)]
    jobs = [_job_phrase(t, lang) for t in _texts(items, CanvasItemKind.JOB)]
    if pains:
        need = render(MESSAGES, "need_pain", lang, pain=pains[0])
    else:
        need = render(MESSAGES, "need_job", lang, job=_first(jobs, blank))
    product = _clean(canvas.product_name) or _first(_texts(items, CanvasItemKind.PRODUCT), blank)
    category = _clean(canvas.category)
    statement = render(
        MESSAGES,
        "positioning",
        lang,
        segment=_segment_phrase(segment, lang, blank),
        need=need,
        product=product,
        category=_with_article(category, blank) if lang == "en" else category or blank,
        creator=_first([_inline(t) for t in _texts(items, CanvasItemKind.CREATOR)], blank),
        competitor=_clean(canvas.competitor) or blank,
        reliever=_first([_inline(t) for t in _texts(items, CanvasItemKind.RELIEVER)], blank),
    )
    return _finish(statement, blank)


class _Blanks(dict[str, str]):
    """Formatting values where an unknown placeholder renders as the blank mark."""

    def __init__(self, blank: str, values: Mapping[str, str]) -> None:
        super().__init__(values)
        self.blank = blank

    def __missing__(self, key: str) -> str:
        return self.blank


def archetype_draft(
    archetype: Archetype,
    segment: Segment | None,
    items: Iterable[CanvasItem],
    language: str,
    *,
    product: str = "",
) -> str:
    """A first statement in the archetype's voice, from its promise pattern.

    Uses `product` (e.g. the canvas's product name), else the top product on the canvas,
    the segment's name and the top job; empty slots show a placeholder.
    """
    lang = normalise_language(language)
    items = list(items)
    blank = render(MESSAGES, "placeholder", lang)
    name = _clean(product) or _first(_texts(items, CanvasItemKind.PRODUCT), blank)
    if lang == "ru":
        name = _capitalise(name)
    jobs = [_job_phrase(t, lang) for t in _texts(items, CanvasItemKind.JOB)]
    values = {
        "product": name,
        "segment": _segment_phrase(segment, lang, blank),
        "job": _first(jobs, blank),
    }
    pattern = archetype.text(lang).promise
    try:
        return _finish(pattern.format_map(_Blanks(blank, values)), blank)
    except (IndexError, ValueError):  # a hand-made pattern with "{}" or a stray brace
        return pattern


# --- fit ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DanglingLink:
    """A reliever or creator naming an id that is not a pain or gain of the canvas."""

    item_id: int
    target_id: int


@dataclass(frozen=True)
class FitReport:
    """Which pains and gains the value map addresses. Id lists are in rank order."""

    addressed_pains: list[int]
    addressed_gains: list[int]
    unaddressed_pains: list[int]
    unaddressed_gains: list[int]
    unaddressed_top_pains: list[int]  # rank <= TOP_RANK and nothing addressing them
    unaddressed_top_gains: list[int]
    addressed_by: dict[int, list[int]]  # pain/gain id -> reliever/creator ids
    dangling: list[DanglingLink]  # ignored links, reported so the UI can clean them up
    top_total: int  # top-ranked pains and gains
    top_addressed: int
    fit_percent: int | None  # share of top pains/gains addressed; None when there are none

    @property
    def unaddressed_top(self) -> list[int]:
        return self.unaddressed_top_pains + self.unaddressed_top_gains


def fit(items: Iterable[CanvasItem]) -> FitReport:
    """Fit between the value map and the customer profile of one canvas."""
    items = list(items)
    pains = ranked(items, CanvasItemKind.PAIN)
    gains = ranked(items, CanvasItemKind.GAIN)
    targets = {i.id for i in pains + gains}
    addressed_by: dict[int, list[int]] = {}
    dangling: list[DanglingLink] = []
    for source in sorted(
        (i for i in items if i.kind in ADDRESSING_KINDS), key=lambda i: (i.kind, i.rank, i.id)
    ):
        for target in dict.fromkeys(source.addresses):  # de-duplicated, order kept
            if target in targets:
                addressed_by.setdefault(target, []).append(source.id)
            else:
                dangling.append(DanglingLink(source.id, target))
    top = [i for i in pains + gains if is_top(i)]
    top_addressed = sum(1 for i in top if i.id in addressed_by)

    def split(group: list[CanvasItem]) -> tuple[list[int], list[int], list[int]]:
        done = [i.id for i in group if i.id in addressed_by]
        missing = [i.id for i in group if i.id not in addressed_by]
        top_missing = [i.id for i in group if i.id not in addressed_by and is_top(i)]
        return done, missing, top_missing

    pains_done, pains_missing, pains_top_missing = split(pains)
    gains_done, gains_missing, gains_top_missing = split(gains)
    percent = (100 * top_addressed + len(top) // 2) // len(top) if top else None
    return FitReport(
        addressed_pains=pains_done,
        addressed_gains=gains_done,
        unaddressed_pains=pains_missing,
        unaddressed_gains=gains_missing,
        unaddressed_top_pains=pains_top_missing,
        unaddressed_top_gains=gains_top_missing,
        addressed_by=addressed_by,
        dangling=dangling,
        top_total=len(top),
        top_addressed=top_addressed,
        fit_percent=percent,
    )


# --- choosing the hero ----------------------------------------------------------------------
@dataclass(frozen=True)
class MotivationQuestion:
    """A question the room answers 0..3; it raises one motivation (and maybe one archetype)."""

    key: str
    motivation: Motivation
    archetype: str | None = None

    def text(self, language: str) -> str:
        return render(MESSAGES, f"question_{self.key}", language)

    def label(self, language: str) -> str:
        return render(MESSAGES, f"question_{self.key}_label", language)


MOTIVATION_QUESTIONS: tuple[MotivationQuestion, ...] = (
    MotivationQuestion("safe", Motivation.STABILITY, "caregiver"),
    MotivationQuestion("order", Motivation.STABILITY, "ruler"),
    MotivationQuestion("together", Motivation.BELONGING, "regular"),
    MotivationQuestion("enjoy", Motivation.BELONGING, "jester"),
    MotivationQuestion("achieve", Motivation.MASTERY, "hero"),
    MotivationQuestion("transform", Motivation.MASTERY, "magician"),
    MotivationQuestion("freedom", Motivation.INDEPENDENCE, "explorer"),
    MotivationQuestion("understand", Motivation.INDEPENDENCE, "sage"),
)


@dataclass(frozen=True)
class KeywordHint:
    """Words that hint at a motivation (archetype None) or at one archetype.

    Words are matched as whole words in lower case, with "ё" read as "е"; a trailing "*" on a
    word allows any ending ("безопас*" matches "безопасность"). Phrases are allowed.
    """

    motivation: Motivation
    archetype: str | None
    words: tuple[str, ...]


def _hint(motivation: Motivation, archetype: str | None, words: str) -> KeywordHint:
    """A hint from a comma-separated word list."""
    return KeywordHint(
        motivation, archetype, tuple(w.strip() for w in words.split(",") if w.strip())
    )


KEYWORD_HINTS: tuple[KeywordHint, ...] = (
    # stability & control
    _hint(
        Motivation.STABILITY,
        None,
        "safe*, secur*, trust*, reliab*, stabl*, stabil*, predictab*, worr*, guarantee*, "
        "peace of mind, calm*, certain*, безопас*, надежн*, довер*, стабил*, спокой*, "
        "тревож*, тревог*, беспоко*, гарант*, предсказуем*, уверенност*",
    ),
    _hint(
        Motivation.STABILITY,
        "caregiver",
        "care, cared, cares, caring, look after, looked after, protect*, support*, забот*, "
        "защит*, оберег*, поддерж*, помощ*",
    ),
    _hint(
        Motivation.STABILITY,
        "ruler",
        "control*, order, orderly, organised, organized, organise, organize, manage, managed, "
        "managing, in charge, overview, контрол*, порядок, порядк*, упорядоч*, управл*, "
        "организованн*",
    ),
    _hint(
        Motivation.STABILITY,
        "creator",
        "creat*, design*, build*, craft*, imagin*, express*, make my own, созда*, творч*, "
        "придума*, своими руками, дизайн*",
    ),
    # belonging & enjoyment
    _hint(
        Motivation.BELONGING,
        None,
        "friend*, together, belong*, famil*, communit*, social*, share, shared, sharing, "
        "colleague*, team*, alone, lonely, left out, others, people, друз*, друг, друга, "
        "другу, вмест*, семья, семьи, семье, семью, семьей, семейн*, сообществ*, коллег*, "
        "команд*, общени*, общат*, "
        "одинок*, одиночеств*, поделит*, близки*",
    ),
    _hint(
        Motivation.BELONGING,
        "regular",
        "fit in, ordinary, normal, everyone, everybody, like others, no fuss, обычн*, "
        "нормальн*, как все, без пафоса",
    ),
    _hint(
        Motivation.BELONGING,
        "lover",
        "love*, lovely, beaut*, attractiv*, romant*, intimate, pleasure, indulg*, любов*, "
        "любим*, красив*, привлекат*, романт*, удовольств*, наслажд*",
    ),
    _hint(
        Motivation.BELONGING,
        "jester",
        "fun, funny, laugh*, play, playful, game*, joke*, enjoy*, bored, boring, boredom, "
        "весел*, смешн*, смех*, игр*, шут*, скуч*, скук*",
    ),
    # risk & mastery
    _hint(
        Motivation.MASTERY,
        None,
        "win, wins, winning, won, achiev*, fast, faster, fastest, quick*, beat, beats, "
        "beating, compet*, goal*, succe*, master*, challeng*, result*, perform*, progress*, "
        "improv*, побед*, выигр*, достич*, достиг*, достиж*, добит*, добив*, быстр*, "
        "обогна*, конкур*, успе*, результат*, цель, цели, целей, рекорд*, прогресс*",
    ),
    _hint(
        Motivation.MASTERY,
        "hero",
        "overcom*, brave*, courag*, strong*, strength, hard, tough*, смел*, сильн*, сила, "
        "силы, трудн*, справит*, справл*, преодол*, отваг*",
    ),
    _hint(
        Motivation.MASTERY,
        "outlaw",
        "break, breaks, breaking, rebel*, rules, against, old way, disrupt*, unfair*, "
        "fed up, бунт*, слома*, ломат*, правила, против, надоел*, несправедлив*",
    ),
    _hint(
        Motivation.MASTERY,
        "magician",
        "transform*, magic*, instant*, effortless*, miracle*, dream*, преобраз*, превра*, "
        "волшеб*, магия, магии, чудо, чуда, чудес*, мгновен*, мечт*",
    ),
    # independence & fulfilment
    _hint(
        Motivation.INDEPENDENCE,
        None,
        "feel free, free to, freedom, freely, independ*, own way, my way, myself, themselves, "
        "on my own, "
        "on their own, choice*, choos*, autonom*, свобод*, независ*, самостоят*, по своему, "
        "своим путем, сам, сама, сами, выбор*, выбира*, выбрат*",
    ),
    _hint(
        Motivation.INDEPENDENCE,
        "explorer",
        "discover*, explor*, new, adventur*, travel*, journey*, новое, новые, новых, "
        "приключ*, путешеств*, исследова*",
    ),
    _hint(
        Motivation.INDEPENDENCE,
        "sage",
        "learn*, understand*, know, knows, knowing, knowledge, truth*, fact*, expert*, advice, "
        "advis*, inform*, explain*, узна*, поня*, поним*, знани*, знать, истин*, правд*, "
        "факт*, эксперт*, совет*, разобрат*, разбират*, объясн*, информац*",
    ),
    _hint(
        Motivation.INDEPENDENCE,
        "innocent",
        "simple, simply, simplicity, honest*, easy, easily, happy, happi*, clean, pure*, "
        "простой, простая, простое, простые, простота, простоты, проще, честн*, счаст*, "
        "чист*",
    ),
)


def _normalise_words(text: str) -> str:
    """Lower case, "ё" as "е", punctuation and hyphens as single spaces."""
    lowered = text.lower().replace("ё", "е")
    return " ".join(re.sub(r"[\W_]+", " ", lowered).split())


@cache
def _word_pattern(word: str) -> re.Pattern[str]:
    """A whole-word pattern for a hint word or phrase; "*" ends a token with any ending."""
    parts = []
    for token in word.split():
        core = [re.escape(part) for part in _normalise_words(token.rstrip("*")).split()]
        if core:
            parts.append(r"\s".join(core) + (r"\w*" if token.endswith("*") else ""))
    return re.compile(r"(?<!\w)" + r"\s".join(parts) + r"(?!\w)")


def _matches(hint: KeywordHint, normalised: str) -> list[str]:
    """The words of `normalised` text that `hint` matches, in text order, without repeats."""
    found: dict[int, str] = {}
    for word in hint.words:
        for match in _word_pattern(word).finditer(normalised):
            found.setdefault(match.start(), match.group(0))
    return list(dict.fromkeys(found[position] for position in sorted(found)))


@dataclass(frozen=True)
class ArchetypeRanking:
    """One line of the suggestion: an archetype, its score and why."""

    archetype: Archetype
    score: int
    reasons: list[str]

    @property
    def key(self) -> str:
        return self.archetype.key


def _hint_items(items: Iterable[CanvasItem]) -> list[tuple[CanvasItem, str]]:
    """Emotional and social jobs, then pains, most important first, with their kind label."""
    hinted: list[tuple[CanvasItem, str]] = []
    for job in ranked(items, CanvasItemKind.JOB):
        if job.job_type is JobType.EMOTIONAL or job.job_type is JobType.SOCIAL:
            hinted.append((job, f"kind_job_{job.job_type.value}"))
    hinted.extend((pain, "kind_pain") for pain in ranked(items, CanvasItemKind.PAIN))
    return hinted


def _short(text: str, limit: int = 60) -> str:
    cleaned = " ".join(text.split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def rank_archetypes(
    catalogue: Catalogue,
    answers: Mapping[str, int],
    items: Iterable[CanvasItem],
    language: str,
) -> list[ArchetypeRanking]:
    """Suggest archetypes for a segment, best first, each with the reasons behind its score.

    `answers` maps question keys of `MOTIVATION_QUESTIONS` to 0..3 (values are clamped,
    unknown keys ignored). An answer gives QUESTION_POINTS per point to every archetype of
    the question's motivation and QUESTION_ARCHETYPE_POINTS per point to the archetype it
    names. Each emotional/social job or pain whose text matches a keyword hint gives
    KEYWORD_POINTS (twice that when top-ranked) to the hinted motivation or archetype.
    Deterministic; ties keep catalogue order. A suggestion for the room, not a decision.
    """
    lang = normalise_language(language)
    scores: dict[str, int] = {a.key: 0 for a in catalogue}
    reasons: dict[str, list[str]] = {a.key: [] for a in catalogue}

    def motivation_name(motivation: Motivation) -> str:
        info = catalogue.motivation(motivation)
        return info.text(lang).name if info else motivation.value

    def credit(motivation: Motivation, archetype: str | None, points: int, reason: str) -> None:
        for candidate in catalogue:
            if (archetype is None and candidate.motivation == motivation) or (
                candidate.key == archetype
            ):
                scores[candidate.key] += points
                reasons[candidate.key].append(reason)

    for question in MOTIVATION_QUESTIONS:
        value = max(0, min(MAX_ANSWER, int(answers.get(question.key, 0))))
        if not value:
            continue
        label = question.label(lang)
        credit(
            question.motivation,
            None,
            value * QUESTION_POINTS,
            render(
                MESSAGES,
                "reason_question",
                lang,
                label=label,
                value=value,
                max=MAX_ANSWER,
                motivation=motivation_name(question.motivation),
            ),
        )
        named = catalogue.get(question.archetype)
        if named is not None:
            credit(
                question.motivation,
                named.key,
                value * QUESTION_ARCHETYPE_POINTS,
                render(
                    MESSAGES,
                    "reason_question_archetype",
                    lang,
                    label=label,
                    value=value,
                    max=MAX_ANSWER,
                    name=named.name(lang),
                ),
            )

    for item, kind_key in _hint_items(items):
        normalised = _normalise_words(item.text)
        if not normalised:
            continue
        points = KEYWORD_POINTS * (2 if is_top(item) else 1)
        for hint in KEYWORD_HINTS:
            words = _matches(hint, normalised)
            if not words:
                continue
            named = catalogue.get(hint.archetype) if hint.archetype else None
            if hint.archetype is not None and named is None:
                continue  # a hint for an archetype this catalogue does not have
            params: dict[str, object] = {
                "kind": render(MESSAGES, kind_key, lang),
                "text": _short(item.text),
                "words": ", ".join(words),
            }
            if named is None:
                reason = render(
                    MESSAGES,
                    "reason_keyword",
                    lang,
                    motivation=motivation_name(hint.motivation),
                    **params,
                )
            else:
                reason = render(
                    MESSAGES, "reason_keyword_archetype", lang, name=named.name(lang), **params
                )
            credit(hint.motivation, hint.archetype, points, reason)

    order = {a.key: index for index, a in enumerate(catalogue)}
    result = [
        ArchetypeRanking(
            archetype=a,
            score=scores[a.key],
            reasons=reasons[a.key] or [render(MESSAGES, "reason_none", lang)],
        )
        for a in catalogue
    ]
    result.sort(key=lambda r: (-r.score, order[r.key]))
    return result
