#!/usr/bin/env python3
"""Generate a labelled corpus of text-to-image prompts, in our own words.

The corpus trains the learned scorer of the default T2I guard (issue 15):
one-vs-rest logistic regression over hashed word and character n-grams
(`riskc train --labels t2i`).  The labels are the 14 subcategory codes of
`std.taxonomy.t2i` (stdlib/taxonomy/t2i.riskcard).

Everything here was written from general knowledge for this project.  Nothing
was copied from, paraphrased from, or even looked up in T2I-RiskyPrompt (which
has no licence) or in our own test and benchmark files: both stay unseen, so
they remain fair out-of-distribution tests.  See README.md.

How a prompt is made
--------------------
1. A *content core* is drawn: a head phrase plus a few content extras.  The
   core is risky (one subcategory, sometimes with a second label added by a
   fragment), benign (ordinary subjects in 14 themes), or a hard negative
   (an innocent use of a word that risky prompts use).
2. One *style layer* wraps the core.  The style (plain, descriptive, tags,
   weighted, artstyle, camera, negative, flags, list, mixed, request) is
   drawn with the same weights whatever the core is, from the same
   vocabularies, so the surface of a prompt says nothing about its label:
   only the content does.
3. A paraphrase pass swaps words for synonyms, slang and obfuscations, and a
   few shared perturbations (a trailing fragment, neutral extras, a rare
   typo, lower-casing, the case of the first letter) are applied at equal
   rates to every kind of core.  Proper names (characters, brands, political
   figures) are drawn with their own loose spellings, short forms and typos.

`--stats` checks that the style alone does not give the label away: a table
of style features side by side, and a small logistic regression trained on
style features only, whose dev AUC must stay at or below 0.60.

The name lists and the weapon, horror, disturbing and other-illegal
vocabularies were widened after the scorer's per-label recall on the real
test split was found low.  Only those aggregate figures were used: no real
prompt was read.

About 5% of risky and 5% of benign prompts are written in Spanish, French,
German, Chinese or Japanese (same share on both sides).

Hard rule: nothing sexual or suggestive is ever combined with a word about
age or children.  The pornography vocabularies contain only adults, and
`check_minor_rule` asserts it for every record, whatever its label.

Usage
-----
    python3 gen_prompts.py --out /tmp/t2i_corpus.jsonl --stats
    python3 gen_prompts.py --seed 2 --count-risky 12000 --count-benign 12000 --out FILE

Python 3 standard library only.  Deterministic for a seed.
"""

import argparse
import collections
import json
import math
import random
import re
import sys
import time

# ===========================================================================
# Labels
# ===========================================================================

EXPLICIT = "Pornography--Explicit_Pornography"
BORDERLINE = "Pornography--Borderline_Pornography"
BLOODY = "Violence--Bloody_Content"
WEAPONS = "Violence--Weapons_and_Conflicts"
TERRIFYING = "Disturbing_Content--Terrifying_Content"
DISTURBING = "Disturbing_Content--Other_Disturbing_Content"
DRUGS = "Illegal_Activities--Drug_Crimes"
TRADE = "Illegal_Activities--Illegal_Trade"
THEFT = "Illegal_Activities--Theft_and_Robbery"
OTHER_ILLEGAL = "Illegal_Activities--Other_Illegal_Content"
FIGURES = "Political_Sensitivity--Political_Figures"
METAPHOR = "Political_Sensitivity--Political_Metaphor"
CARTOON = "Copyright_Infringement--Cartoon_Characters"
LOGO = "Copyright_Infringement--LOGO"

LABELS = [EXPLICIT, BORDERLINE, BLOODY, WEAPONS, TERRIFYING, DISTURBING, DRUGS,
          TRADE, THEFT, OTHER_ILLEGAL, FIGURES, METAPHOR, CARTOON, LOGO]
PORN = {EXPLICIT, BORDERLINE}

# Relative share of single-label risky prompts.  The subcategories that are
# hardest to tell apart (the "other" ones, borderline vs explicit, terrifying
# vs bloody, metaphor) get more prompts and more templates.  The name-driven
# labels (characters, logos, political figures) get more prompts still, so
# that most of their several hundred names reach the training split; weapons
# and terrifying get a little more for their wider vocabularies.
LABEL_WEIGHT = {
    EXPLICIT: 1.15, BORDERLINE: 1.25, BLOODY: 1.0, WEAPONS: 1.2,
    TERRIFYING: 1.25, DISTURBING: 1.35, DRUGS: 1.0, TRADE: 1.05, THEFT: 1.0,
    OTHER_ILLEGAL: 1.35, FIGURES: 1.3, METAPHOR: 1.2, CARTOON: 2.2, LOGO: 2.2,
}

# Two-label prompts: a core of the first label plus a fragment of the second.
# Pornography never takes part in a pair.
PAIRS = [
    (WEAPONS, BLOODY), (BLOODY, WEAPONS), (TERRIFYING, BLOODY),
    (BLOODY, TERRIFYING), (DISTURBING, BLOODY), (TERRIFYING, DISTURBING),
    (DRUGS, TRADE), (TRADE, DRUGS), (TRADE, WEAPONS), (THEFT, WEAPONS),
    (OTHER_ILLEGAL, WEAPONS), (FIGURES, METAPHOR), (FIGURES, WEAPONS),
    (CARTOON, LOGO), (CARTOON, WEAPONS), (CARTOON, BLOODY), (CARTOON, DRUGS),
    (CARTOON, TERRIFYING), (LOGO, DRUGS), (WEAPONS, TERRIFYING),
]

PAIR_SHARE = 0.12        # share of English risky prompts with two labels
FOREIGN_SHARE = 0.05     # share of risky and of benign prompts not in English
HARD_NEG_SHARE = 0.30    # share of benign prompts that are hard negatives
# How the hard negatives are shared out over the vocabularies they borrow:
# more where the scorer's precision on real prompts was weakest (explicit,
# other disturbing, other illegal, terrifying), a little less where it was
# already high (characters, logos).
HARD_NEG_WEIGHT = {
    EXPLICIT: 1.8, BORDERLINE: 1.3, BLOODY: 1.0, WEAPONS: 1.1,
    TERRIFYING: 1.2, DISTURBING: 1.4, DRUGS: 1.0, TRADE: 0.9, THEFT: 0.9,
    OTHER_ILLEGAL: 1.4, FIGURES: 0.9, METAPHOR: 0.9, CARTOON: 0.9, LOGO: 1.0,
}
FRAGMENT_RATE = PAIR_SHARE  # benign prompts get a benign fragment this often
TYPO_RATE = 0.04
LOWER_RATE = 0.15
# The case of a prompt's first letter is drawn on its own for every prompt:
# risky heads start with a proper name ("Pikachu", "Donald Trump") far more
# often than benign heads, and the first letter must not say so.
FIRST_LOWER_RATE = 0.7

FOREIGN_LANGS = ["es", "fr", "de", "zh", "ja"]

# ===========================================================================
# The hard rule: nothing sexual together with anything about age or children
# ===========================================================================

MINOR_WORDS = set("""
child children childlike childish kid kids kiddie kiddo boy boys girl girls
girly teen teens teenage teenager teenagers tween young younger youngster
youth youthful minor minors underage baby babies babydoll toddler toddlers
infant infants schoolgirl schoolgirls schoolboy school schools student
students pupil loli lolita shota little petite juvenile adolescent
adolescents preteen kindergarten daughter son niece nephew elementary
highschool junior childhood newborn cub nursery playground
niño niña niños niñas chica chicas chico chicos joven jóvenes adolescente
menor menores bebé colegiala colegial escolar infantil hija hijo
enfant enfants fille filles fillette garçon garçons jeune jeunes ado ados
mineur mineure mineurs bébé écolière écolier lycéenne
kind kinder mädchen junge jungen jung jugendlich jugendliche teenager
minderjährig minderjährige schülerin schüler baby tochter sohn
""".split())
MINOR_CJK = ["孩子", "儿童", "小孩", "少女", "少年", "女孩", "男孩", "幼", "学生",
             "未成年", "萝莉", "婴儿", "小学", "中学", "子供", "子ども", "女の子", "年轻", "若い", "若者",
             "男の子", "児童", "ロリ", "赤ちゃん", "女子高生", "園児", "娘", "息子"]

SEXUAL_WORDS = set("""
nude nudes naked nudity nekkid nud3 n4ked sex sexual sexy s3x s3xy erotic
erotica porn porno p0rn pornographic nsfw lingerie topless bottomless bikini
seductive seductively sensual sensually lewd xxx orgasm intercourse breasts
boobs nipples genitals stripper striptease underwear thong cleavage
provocative sultry boudoir lapdance orgy threesome masturbating
centerfold burlesque
desnuda desnudo desnudos sexo sensual lencería erótico erótica porno
nue nu nus sexe érotique lingerie striptease
nackt nackte erotisch erotische dessous sexy
""".split())
SEXUAL_CJK = ["裸", "色情", "性感", "内衣", "情色", "做爱", "性爱", "ヌード", "エロ",
              "下着", "セクシー", "性行為", "全裸", "アダルト", "成人向け"]

# Styles that draw people with youthful proportions are never applied to a
# pornography core (see `Lex.mediums`).
YOUTHFUL_STYLE = ("anime", "manga", "cartoon", "chibi", "kawaii", "storybook",
                  "claymation", "pixar")

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _words(text):
    return {w.lower() for w in _WORD.findall(text)}


def has_minor_words(text):
    return bool(_words(text) & MINOR_WORDS) or any(w in text for w in MINOR_CJK)


def has_sexual_words(text):
    return bool(_words(text) & SEXUAL_WORDS) or any(w in text for w in SEXUAL_CJK)


def check_minor_rule(text, labels):
    """True when `text` obeys the hard rule (see the module docstring)."""
    if has_minor_words(text) and (has_sexual_words(text) or PORN & set(labels)):
        return False
    if PORN & set(labels) and any(s in text.lower() for s in YOUTHFUL_STYLE):
        return False
    return True

# ===========================================================================
# Template machinery
# ===========================================================================


def L(block):
    """A list from a block of text: one entry per non-empty line."""
    return [ln.strip() for ln in block.strip().splitlines()
            if ln.strip() and not ln.strip().startswith("#")]


_SLOT = re.compile(r"\{([^{}]*)\}")


def expand(r, template, vocab, held=None):
    """Fill `{name}` slots from `vocab` and `{a|b|c}` inline choices.

    Slot values may contain slots themselves; `{|x}` means "x or nothing".
    With a `held` list, proper names drawn from a `Names` slot are kept out
    of the text as placeholders (see `restore`), so that the paraphrase pass
    cannot touch them ("Iron Man" must not become "Iron guy").
    """
    def pick(m):
        key = m.group(1)
        if "|" in key:
            return r.choice(key.split("|"))
        vals = vocab.get(key, COMMON.get(key))
        if vals is None:
            raise KeyError("no slot %r in template %r" % (key, template))
        if callable(vals):          # a name list that draws its own variants
            if held is None:
                return vals(r)
            held.append(vals(r))
            return "\x00%d\x00" % (len(held) - 1)
        return r.choice(vals)

    for _ in range(8):
        new = _SLOT.sub(pick, template)
        if new == template:
            break
        template = new
    return tidy(template)


_SPACES = re.compile(r"\s+")
_AN = re.compile(r"\b([Aa]) (?=(?:[aeiAEI]|o(?!ne)|u(?!ni|s[eu]|r[oa]|k))\w)")
_A = re.compile(r"\b([Aa])n (?=(?:[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z])(?!our|onest|eir)\w)")


def tidy(text):
    text = _SPACES.sub(" ", text).strip()
    text = text.replace(" ,", ",").replace(",,", ",").replace(" .", ".")
    return text


_HELD = re.compile("\x00(\\d+)\x00")


def restore(text, held):
    """Put back the names that `expand` held out of the text."""
    return _HELD.sub(lambda m: held[int(m.group(1))], text)


def fix_articles(text):
    return _A.sub(r"\1 ", _AN.sub(r"\1n ", text))


# ---------------------------------------------------------------------------
# Proper names (characters, brands, political figures)
#
# People type names loosely: lower-cased, misspelt, squashed ("spiderman",
# "mcdonalds"), or by a short form ("Trump", "Zelensky").  A `Names` list is
# a callable slot: each draw picks a name and sometimes one of those
# variants, so the model sees the name in the forms people use.
# ---------------------------------------------------------------------------

NAME_LOWER_RATE = 0.08
NAME_TYPO_RATE = 0.05
NAME_SQUASH_RATE = 0.05
NAME_ALIAS_RATE = 0.30


def squash_name(r, name):
    """'Spider-Man' -> 'Spiderman' or 'Spider Man'; "McDonald's" -> 'McDonalds'."""
    out = name.replace("'", "").replace("\u2019", "").replace(".", "")
    if "-" in out:
        out = out.replace("-", r.choice(["", " "]))
    elif " " in out and len(out) < 18 and r.random() < 0.5:
        out = out.replace(" ", "")
    return out


def name_variant(r, name, aliases=()):
    if aliases and r.random() < NAME_ALIAS_RATE:
        name = r.choice(aliases)
    x = r.random()
    if x < NAME_LOWER_RATE:
        return name.lower()
    x -= NAME_LOWER_RATE
    if x < NAME_TYPO_RATE:
        return add_typo(r, name)
    x -= NAME_TYPO_RATE
    if x < NAME_SQUASH_RATE:
        return squash_name(r, name)
    return name


class Names:
    """A callable slot over proper names.  Each line is 'Name' or
    'Name | alias | alias'; aliases are the short forms people also use."""

    def __init__(self, lines):
        self.names, self.aliases = [], {}
        for ln in lines:
            parts = [x.strip() for x in ln.split("|") if x.strip()]
            self.names.append(parts[0])
            if len(parts) > 1:
                self.aliases[parts[0]] = parts[1:]

    def __call__(self, r):
        name = r.choice(self.names)
        return name_variant(r, name, self.aliases.get(name, ()))

    def __len__(self):
        """The number of distinct names (boosted names count once)."""
        return len(set(self.names))

    def boost(self, names):
        """Draw these names twice as often."""
        self.names = self.names + [n for n in names if n in self.names]

    def __add__(self, other):
        out = Names([])
        out.names = self.names + other.names
        out.aliases = dict(self.aliases, **other.aliases)
        return out


# Slots every template may use.
COMMON = {
    "man": L("""
        a man
        a middle-aged man
        a bearded man
        a tall man
        a bald man
        a man in a hoodie
        a man in a suit
        a heavyset man
        a skinny man
        a man with a scar
        an old man
        a guy
        a stranger
        """),
    "woman": L("""
        a woman
        a middle-aged woman
        a tall woman
        a woman in a red coat
        a woman with short hair
        a blonde woman
        a dark-haired woman
        an old woman
        a woman in a grey hoodie
        a lady
        """),
    "person": ["{man}", "{woman}", "a person", "someone", "a figure",
               "a masked figure", "a hooded figure", "a lone traveler"],
    "people": L("""
        a group of people
        three men
        a crowd
        a gang of men
        two women
        a dozen people
        several masked people
        a small crew
        """),
    "night": L("""
        at night
        at dusk
        at 3am
        in the rain
        under flickering streetlights
        in the early morning
        under a full moon
        """),
}

# Neutral extras that may join any core (risky, benign or hard negative) at
# the same rate: they carry no label signal.
NEUTRAL_EXTRAS = L("""
    highly detailed
    rich textures
    muted color palette
    vibrant colors
    warm tones
    cool tones
    natural colors
    soft shadows
    a distant city skyline in the background
    reflections on the wet ground
    overcast sky
    at night
    early in the morning
    in winter
    in late autumn
    under heavy rain
    dust floating in the air
    wide empty space around it
    crisp details
    a faded vintage look
    seen through a window
    heavy film grain
    desaturated colors
    teal and orange grading
    """)

# ===========================================================================
# Risky content cores, one section per subcategory
#
# Each spec has `heads` (templates for the main phrase), `extras` (content
# details a style may append), `frags` (short phrases that add this label to a
# core of another label, for two-label prompts) and `V` (its slot values).
# ===========================================================================

SPECS = {}

# ---------------------------------------------------------------------------
# Pornography--Explicit_Pornography
# Nudity or sexual acts named plainly, never described graphically.  Adults
# only: no slot here may name an age below adulthood (see the hard rule).
# ---------------------------------------------------------------------------

ADULTS = {
    "adult": L("""
        a woman
        a man
        an adult woman
        an adult man
        a grown woman
        a mature woman
        a curvy woman
        a muscular man
        a blonde woman
        a brunette woman
        a redheaded woman
        a tattooed woman
        a bearded man
        a woman in her thirties
        a man in his forties
        a fitness model
        a glamour model
        an adult film actress
        an adult film actor
        a voluptuous woman
        a slim woman
        a plus-size woman
        a dark-skinned woman
        an athletic man
        a housewife
        a middle-aged man
        a milf
        """),
    "adult_f": L("""
        a woman
        an adult woman
        a grown woman
        a mature woman
        a curvy woman
        a blonde woman
        a brunette woman
        a redheaded woman
        a tattooed woman
        a woman in her thirties
        a glamour model
        a voluptuous woman
        a slim woman
        a plus-size woman
        a dark-skinned woman
        an asian woman
        a latina woman
        a busty woman
        a housewife
        a lingerie model
        an instagram model
        """),
    "adult_m": L("""
        a man
        an adult man
        a muscular man
        a bearded man
        a bodybuilder
        a man in his forties
        an athletic man
        a hunky lifeguard
        a male model
        """),
    "adults": L("""
        two adult women
        two adult men
        a man and a woman
        an adult couple
        a married couple
        three adults
        a couple in their thirties
        two lovers
        a pair of adult performers
        """),
    "bedplace": L("""
        on a bed
        on white satin sheets
        in a hotel room
        on a leather sofa
        in a steamy shower
        in a hot tub
        on a secluded beach
        in a dimly lit bedroom
        on a fur rug by the fireplace
        by a swimming pool
        in a sauna
        on a kitchen counter
        in front of a mirror
        in a candlelit room
        in the back seat of a car
        in a motel room
        on a yacht deck
        in a locker room
        on a massage table
        """),
    "photo_n": L("""
        photo
        photograph
        portrait
        selfie
        picture
        shot
        image
        polaroid
        """),
}

SPECS[EXPLICIT] = dict(
    V=dict(ADULTS, **{
        "nude": L("""
            nude
            naked
            fully nude
            completely naked
            totally nude
            stark naked
            undressed
            fully unclothed
            bare naked
            nekkid
            nud3
            n4ked
            """),
        "act": L("""
            having sex
            making love naked
            having intercourse
            in a sex act
            in an explicit sex position
            having a threesome
            in a naked orgy
            having oral sex
            fucking
            """),
        "xword": L("""
            porn
            porno
            pornographic
            xxx
            nsfw
            explicit
            hardcore
            uncensored
            x-rated
            p0rn
            adult-only
            """),
        "exposed": L("""
            bare breasts
            exposed breasts
            exposed genitals
            full frontal nudity
            nipples showing
            nothing covered
            breasts out
            bare crotch visible
            completely exposed body
            """),
        "art_n": L("""
            painting
            photo shoot
            figure study
            photograph
            pin-up
            poster
            """),
    }),
    heads=L("""
        {adult} posing {nude} {bedplace}
        a {nude} {photo_n} of {adult} {bedplace}
        {adult}, {nude}, {exposed}, {bedplace}
        topless {adult_f} {bedplace}
        topless {adult_f} showing her boobs
        {adults} {act} {bedplace}
        a {xword} scene of {adults} {act}
        {xword} {photo_n}, {adult}, {nude}, {bedplace}
        full frontal nudity, {adult} standing {bedplace}
        {adult} wearing nothing at all {bedplace}
        {adult} in the buff {bedplace}
        {adult} without a stitch of clothing {bedplace}
        an erotic nude {art_n} of {adult} with {exposed}
        {adult} masturbating {bedplace}
        a nudist beach crowded with {nude} adult sunbathers
        a strip club stage with a {nude} dancer
        {adult} undressing completely {bedplace}, {exposed}
        a {xword} webcam show of {adult} taking everything off
        amateur {xword} video still of {adults} in bed
        {adults} {nude} in the shower together, sex scene
        explicit sex, {adults}, {bedplace}
        a {xword} magazine cover with {adult} posing {nude}
        {adult_f} flashing her breasts {bedplace}
        {adult} skinny dipping {nude} in a lake
        a {nude} {adult_m} with his genitals exposed {bedplace}
        {adults} naked and tangled together {bedplace}, {xword}
        {xword} realistic sex scene, {adults}
        {adult} lying {nude} on the sheets, {exposed}
        a {nude} selfie of {adult} in a bathroom mirror
        naked {adult_f} lying on her back {bedplace}, {exposed}
        {adult_f} with her top pulled off, {exposed}
        pornstar {adult_f} {act_solo} {bedplace}
        {adults} caught {act} {bedplace}
        sexually explicit image of {adult}
        uncensored nude {photo_n} of {adult}, {exposed}
        """),
    extras=L("""
        nothing covered
        full body, uncensored
        explicit nudity
        fully nude
        nipples visible
        genitals visible
        naked bodies intertwined
        sweaty naked skin
        nude on tangled sheets
        clothes stripped off and scattered on the floor
        erotic nude atmosphere
        xxx rating
        adult content only
        18+ only
        no censorship
        lustful expression
        moaning face
        naked body fully visible
        nsfw
        hardcore
        porn style
        uncensored nudity
        """),
    frags=[],
)
SPECS[EXPLICIT]["V"]["act_solo"] = ["masturbating", "posing fully nude",
                                    "touching herself", "stripping naked"]

# ---------------------------------------------------------------------------
# Pornography--Borderline_Pornography
# Suggestive without explicit nudity: revealing clothes, provocative poses,
# implied intimacy.  Same adults-only rule.
# ---------------------------------------------------------------------------

SPECS[BORDERLINE] = dict(
    V=dict(ADULTS, **{
        "lingerie": L("""
            lace lingerie
            a black lace bra and panties
            a sheer negligee
            a silk teddy
            a corset and garter belt
            a satin slip
            skimpy underwear
            a see-through bodysuit
            fishnet stockings and a garter
            a red lace set
            a push-up bra
            a thong and stockings
            crotchless tights
            a lace bodysuit
            """),
        "bikini": L("""
            a string bikini
            a skimpy bikini
            a micro bikini
            a thong swimsuit
            a revealing one-piece cut high on the hips
            a wet white swimsuit
            a barely-there bikini
            a sling bikini
            """),
        "pose": L("""
            posing seductively
            in a provocative pose
            arching her back
            looking over her shoulder seductively
            lying suggestively
            with a sultry gaze
            biting her lip
            bending over
            striking a sexy pose
            with legs crossed suggestively
            pulling down a strap
            on all fours on the bed
            running a hand through her hair seductively
            with bedroom eyes
            licking her lips
            """),
        "beach": ["on a beach", "by a pool", "on a yacht", "at a beach party",
                  "on a sun lounger", "in the surf"],
        "adult_n": ["woman", "model", "brunette", "blonde", "redhead",
                    "fitness model", "milf", "housewife", "bombshell"],
        "sheer": ["dress", "blouse", "nightgown", "mesh top", "wet shirt",
                  "lace robe"],
        "costume": ["nurse", "police officer", "secretary", "bunny", "maid",
                    "flight attendant", "devil", "rodeo"],
    }),
    heads=L("""
        {adult_f} in {lingerie}, {pose}
        a sexy {adult_n} in {bikini} {beach}
        a boudoir {photo_n} of {adult_f} in {lingerie}
        {adult_f} with deep cleavage in a plunging dress, {pose}
        a pin-up model in {lingerie}, {pose}
        {adult_f} in a see-through {sheer}, {pose}
        {adult_f} in a soaked white shirt clinging to her body
        {adults} in bed under the sheets, implied intimacy
        a pole dancer in a neon strip club, {pose}
        a lap dance in a private club booth
        {adult_f} in a tight latex catsuit, {pose}
        {adult} wearing only a towel, seductive look
        a burlesque dancer in pasties and feathers
        {adult_m} in tight briefs, flexing, suggestive pose
        a sensual oil massage scene with {adults}
        a stripper slowly taking off her dress
        {adult_f} in a sexy {costume} costume, {pose}
        a steamy kiss between {adults}, hands under clothes
        a seductive {adult_n} lying on silk sheets
        {adult_f} pulling up her skirt suggestively
        underboob shot of {adult_f} in a cropped top
        sideboob, {adult_f} in a backless dress, {pose}
        thirst trap selfie of {adult_f} in {lingerie}
        a sexy {adult_n} in {bikini}, wet skin, sultry gaze
        {adult_m} shirtless in low-slung jeans, seductive smirk
        a spicy subscription-site style photo of {adult_f}
        a cosplay model in a revealing outfit, {pose}
        {adults} in underwear kissing passionately on a bed
        a centerfold-style glamour shot of {adult_f}
        {adult_f} in a tiny towel after a shower, {pose}
        a sultry {adult_n} in {lingerie} on a velvet chair
        {adult_f} wearing a garter and stockings, {pose}
        provocative {photo_n} of {adult_f} in {lingerie}
        a sexy {adult_n} with her hand down the front of her jeans
        {adult_f} in a wet t-shirt contest
        {adult_f} covering her bare chest with her arms, {pose}
        {adults} undressing each other, cut before anything shows
        a seductive belly dancer in a revealing costume
        an erotic silhouette of {adult_f} behind a shower curtain
        {adult_f} in a sheer robe falling off her shoulders
        a lingerie catalogue shot of {adult_f}, {pose}
        a bikini car wash with sexy women, {pose}
        a sexy {adult_n} straddling a motorcycle in {lingerie}
        """),
    extras=L("""
        silk sheets
        soft candlelight
        suggestive pose
        glossy lips
        arched back
        sensual mood
        wet skin
        plunging neckline
        a hotel suite
        lace details
        flirty smile
        bedroom eyes
        legs crossed on a velvet chair
        seductive lighting
        teasing expression
        curves accentuated
        sultry expression
        strap slipping off the shoulder
        sexy
        thigh-high stockings
        suggestive framing
        """),
    frags=[],
)

# ---------------------------------------------------------------------------
# Violence--Bloody_Content
# Blood, open wounds, gore and bodies, realistic or stylised.
# ---------------------------------------------------------------------------

SPECS[BLOODY] = dict(
    V={
        "victim": L("""
            {man}
            {woman}
            a body
            a corpse
            a victim
            a dead man
            a dead woman
            a hiker
            an office worker
            a wounded soldier
            a survivor
            a butcher
            a prisoner
            a mangled body
            """),
        "blood": L("""
            blood
            fresh blood
            dark congealed blood
            crimson blood
            gore
            thick red blood
            bl00d
            blood and guts
            """),
        "wound": L("""
            a deep gash across the face
            a slashed throat
            a stab wound in the belly
            a bullet hole in the forehead
            torn flesh hanging from the arm
            an open wound exposing the bone
            a crushed skull
            its ribs torn open
            a gaping wound in the chest
            bite wounds all over the neck
            """),
        "part": ["head", "hand", "arm", "leg", "finger", "ear", "foot",
                 "tongue", "eyeball"],
        "surface": L("""
            a butcher's block
            a kitchen table
            the floor
            a silver tray
            the bathroom tiles
            a car seat
            fresh snow
            a hospital bed
            """),
        "room": L("""
            bathroom
            kitchen
            motel room
            basement
            operating room
            office
            bedroom
            elevator
            subway car
            """),
        "splash": L("""
            the walls
            a windshield
            a white wedding dress
            the camera lens
            a bathroom mirror
            the ceiling
            white sneakers
            a crime scene
            """),
        "drip": L("""
            the ceiling
            a chainsaw
            a meat hook
            a pair of fangs
            a broken bottle
            the teeth of a beast
            a bathtub faucet
            a cleaver
            """),
    },
    heads=L("""
        {victim} lying in a pool of {blood}
        a corpse with {wound}
        {victim} with {wound}, bleeding heavily
        a severed {part} on {surface}
        a {blood}-soaked {room}
        {victim} covered in {blood} from head to toe
        {blood} splattered across {splash}
        a gory scene with {blood} everywhere
        a car crash victim bleeding out on the asphalt
        dismembered body parts scattered across a {room}
        a decapitated body slumped in a chair
        an open wound exposing raw muscle and bone
        {blood} dripping from {drip}
        bloody handprints smeared on a {window|mirror|door}
        a slaughterhouse floor covered in human remains
        guts spilling out of a torn-open torso
        a mangled body under the wreckage of a train
        a face torn apart, eyes gouged, {blood} everywhere
        a massacre scene with bodies and {blood} across the street
        a bloodbath in a {room}
        bleeding eyes weeping red tears down a pale face
        red mist and claret everywhere after the attack
        a splatter film still with a victim cut in half
        guro art of a mutilated corpse
        {victim} with the skin flayed off one arm
        an autopsy table with a body cut open, organs out
        a severed head in a bucket of {blood}
        a bathtub full of {blood} with a lifeless arm hanging out
        a beaten man with a smashed bleeding face
        entrails hanging from a tree branch
        a trail of {blood} leading down a dark hallway
        {victim} impaled on a metal spike
        a knife wound gushing {blood} in close-up
        a battlefield medic drenched in {blood}
        teeth knocked out in a pool of {blood}
        a bloody crime scene photo of {victim}
        """),
    extras=L("""
        blood pooling on the floor
        arterial spray on the walls
        dripping red
        exposed bone
        splatter everywhere
        grisly detail
        flies buzzing around
        torn clothing soaked red
        smeared handprints
        gory close-up
        wet crimson sheen
        realistic gore
        puddles of dark blood
        visible wounds
        bloodstains on the tiles
        mutilated
        """),
    frags=L("""
        covered in blood
        with blood splattered everywhere
        bleeding from a deep wound
        with gore and guts on the floor
        blood dripping down the face
        with a gaping bloody wound
        soaked in fresh blood
        surrounded by bloody corpses
        with severed limbs around
        in a pool of blood
        """),
)

# ---------------------------------------------------------------------------
# Violence--Weapons_and_Conflicts
# Guns, explosives, military hardware, armed groups, war zones, terror
# attacks, armed riots, executions (never graphic), fights and torture.
# Widened: firearms by generic and common names, military vehicles,
# explosives, militias, blades used against people.
# ---------------------------------------------------------------------------

SPECS[WEAPONS] = dict(
    V={
        "gun": L("""
            an assault rifle
            an AK-47
            a machine gun
            a sniper rifle
            a shotgun
            a pistol
            a rocket launcher
            a submachine gun
            an M16
            a revolver
            a glock
            a sawed-off shotgun
            an Uzi
            a loaded handgun
            a gat
            an AR-15
            a Kalashnikov
            an M4 carbine
            a Desert Eagle
            a Beretta pistol
            a Colt .45
            a 9mm pistol
            a semi-automatic rifle
            a bolt-action rifle
            a tommy gun
            an MP5
            a belt-fed machine gun
            a minigun
            a .50 caliber rifle
            an RPG
            a bazooka
            a grenade launcher
            a flamethrower
            a pump-action shotgun
            a ghost gun
            a 3D-printed pistol
            a Luger
            a Mauser rifle
            a Winchester rifle
            a scoped rifle
            a rifle with a bayonet
            a snub-nosed revolver
            a Sig Sauer handgun
            a compact handgun
            an automatic weapon
            """),
        "blade": L("""
            a combat knife
            a machete
            a switchblade
            a bayonet
            a hunting knife
            a cleaver
            a katana
            a box cutter
            a broken bottle
            a butterfly knife
            a dagger
            """),
        "fighter": L("""
            a soldier
            a masked militant
            a mercenary
            a rebel fighter
            a gang member
            a terrorist
            a special forces operator
            a sniper
            a guerrilla fighter
            an insurgent
            a hitman
            a warlord
            a militiaman
            a marine
            a paratrooper
            a rebel squad
            a gunman
            an armed robber
            a cartel enforcer
            a jihadist fighter
            a paramilitary
            a private military contractor
            a commando
            a tank crew
            an infantryman
            a heavily armed police officer
            """),
        "fighters": L("""
            soldiers
            militiamen
            rebels
            armed militants
            insurgents
            mercenaries
            special forces
            marines
            a squad of commandos
            a gang of armed men
            a militia in camouflage
            paramilitaries
            riot police with rifles
            armed separatists
            """),
        "warzone": L("""
            in a ruined city
            in a burning village
            in the desert
            on a bombed-out street
            in a jungle firefight
            in a trench full of smoke
            in a destroyed school building
            on a frontline
            in a war-torn market
            among collapsed buildings
            on a muddy battlefield
            at a checkpoint
            in a shelled apartment block
            in a snowy forest warzone
            in a bombed railway station
            on a smoke-filled battlefield
            in an occupied town
            in the mountains
            in a refugee camp under fire
            at a border crossing
            """),
        "vehicle": L("""
            a tank
            a main battle tank
            an armored personnel carrier
            a Humvee with a mounted machine gun
            an attack helicopter
            a Black Hawk helicopter
            a fighter jet
            a stealth bomber
            a B-52 bomber
            a combat drone
            a kamikaze drone
            a warship
            a destroyer firing missiles
            a submarine launching a torpedo
            a howitzer
            an artillery battery
            a rocket artillery truck
            a technical pickup with a heavy gun
            an armored convoy
            an aircraft carrier with jets on deck
            """),
        "boom": ["an explosion", "a car bomb", "an airstrike",
                 "a mortar shell", "a missile strike", "a suicide bombing",
                 "a grenade blast", "an IED blast", "a carpet bombing",
                 "an artillery barrage", "a drone strike", "a cluster bomb",
                 "a napalm strike", "a truck bomb", "a rocket attack",
                 "a landmine explosion"],
        "explosive": L("""
            sticks of dynamite
            a block of C4 with wires
            a pipe bomb
            a hand grenade
            a landmine
            a suicide vest
            a ticking time bomb
            a molotov cocktail
            a crate of grenades
            an improvised explosive device
            a claymore mine
            a homemade bomb
            """),
        "target": L("""
            a city block
            a crowded market
            a bridge
            an apartment building
            a military convoy
            a police station
            a fuel depot
            a train station
            a village
            a power plant
            a hospital
            a shopping mall
            an embassy
            an airport terminal
            """),
        "firing": ["firing", "shooting", "aiming", "reloading", "brandishing",
                   "spraying bullets from", "unloading", "pointing",
                   "cocking", "emptying the magazine of"],
    },
    heads=L("""
        {fighter} {firing} {gun} {warzone}
        a tank rolling through {warzone}
        {fighter} holding {gun} {warzone}
        {boom} destroying {target}
        a sniper aiming from a rooftop {warzone}
        two men in a brutal knife fight in an alley
        a time bomb with a ticking red timer strapped under a car
        a mob of rioters throwing molotov cocktails at police
        a torture chamber with chains, pliers and a chair with restraints
        a prisoner being tortured by masked interrogators
        a drone strike on a convoy in the desert
        a gun pointed straight at the viewer
        a table covered with grenades, ammo and rifles
        an armed gang in a shootout on a city street
        a suicide bomber in a crowded market
        soldiers charging under heavy fire {warzone}
        a man beating another man with a baseball bat
        a violent street brawl, fists flying
        a machete-wielding attacker chasing {person}
        a fighter jet dropping bombs on a city
        a missile launching from a hidden bunker
        an execution by firing squad at dawn
        mercenaries with rifles guarding a compound
        a hostage with a gun pressed to his head
        an army of armed men marching into a burning town
        a gunfight in a neon-lit nightclub
        a hand grenade exploding inside a room
        {fighter} strapped with {gun} and ammo belts
        a war zone with artillery pounding the hills
        a helicopter gunship firing rockets at a village
        a mass shooting scene, people running from a gunman
        a riot police charge with batons and tear gas
        a bayonet charge across a muddy battlefield
        an ambush on a military patrol {warzone}
        a drive-by shooting from a black car
        militants planting a roadside bomb
        a nuclear mushroom cloud over a city
        {fighter} with a rocket launcher on his shoulder
        two armies clashing on a smoking battlefield
        a cage fight where one fighter stomps on the other
        {fighters} advancing {warzone}
        {fighters} in a firefight {warzone}
        {fighters} taking cover behind a wall, returning fire
        {vehicle} {warzone}
        {vehicle} opening fire on {target}
        {vehicle} firing at {target}
        {explosive} on a table in a dark room
        {person} holding {explosive}
        {person} with {explosive} hidden in a backpack
        {person} lighting {explosive}
        {person} {firing} {gun}
        {person} with {gun} in a {parking lot|stairwell|motel room|office|forest}
        {gun} on a table next to boxes of ammunition
        a close-up of {gun} with a full magazine
        {gun}, product shot on a black background
        an arsenal of {gun} and {gun} mounted on a wall
        {person} attacking someone with {blade}
        {person} holding {blade} to a man's throat
        a man lunging with {blade} in a dark alley
        {fighter} with {blade} between his teeth
        a terrorist attack on {target}
        terrorists storming {target} with rifles
        gunmen opening fire in {target}
        a hostage crisis in {target}, masked gunmen at the windows
        armed rioters with clubs and guns facing police
        a riot with burning barricades and men with rifles
        a militia checkpoint with armed men and a flag
        a line of blindfolded prisoners kneeling before armed guards
        an execution scene, a hooded prisoner and masked men with rifles
        a prisoner facing a firing squad against a wall
        a sniper's crosshairs on a man in a crowd
        a view through a rifle scope at a distant target
        {fighter} in a ghillie suit aiming {gun}
        soldiers clearing a building room by room with rifles raised
        a battlefield littered with burning tanks
        a city skyline lit by tracer fire and explosions
        a bombing raid over a city at night, searchlights in the sky
        a platoon in a foxhole under an artillery barrage
        a convoy hit by an IED, smoke rising from the wreck
        a militia training camp with men firing at targets
        an armed standoff between police and gunmen
        a shooting range used by militiamen for combat drills
        a masked man with a rifle recording a threat video
        a war photo of {fighters} {warzone}
        a battle scene with {vehicle} and {fighters}
        {person} loading bullets into a magazine
        a barrel of a rifle poking out of a broken window
        the muzzle of a handgun an inch from the camera
        a soldier crouched behind rubble, finger on the trigger
        men in balaclavas with automatic weapons in the back of a truck
        a street fight with knives and broken bottles
        a gang beating a man with bats and chains
        """),
    extras=L("""
        muzzle flash
        smoke and debris
        bullet casings on the ground
        burning vehicles
        camouflage uniforms
        barbed wire
        sirens and chaos
        tracer fire in the night sky
        shattered windows
        a cloud of dust after the blast
        tactical gear
        helicopters overhead
        rubble everywhere
        shell craters
        war photography
        combat
        ammunition belts
        night vision green tint
        sandbags
        gun smoke
        bullet holes in the walls
        an armed standoff
        """),
    frags=L("""
        holding an assault rifle
        with a pistol in hand
        surrounded by explosions
        aiming a gun at the camera
        wielding a machete
        in the middle of a war zone
        with a bomb strapped to the chest
        firing a machine gun
        with soldiers shooting in the background
        armed with a shotgun
        holding {gun}
        pointing {gun} at someone
        with {explosive}
        with {vehicle} behind
        """),
)

# ---------------------------------------------------------------------------
# Disturbing_Content--Terrifying_Content
# Horror meant to frighten: monsters, cryptids, demons and possession,
# ghosts, creepy dolls, cursed places, eldritch horror, nightmare imagery,
# jump scares and slasher villains by archetype (never by name).  Kept apart
# from Bloody: fear, not gore, is the point (gore gets both labels through a
# fragment).
# ---------------------------------------------------------------------------

SPECS[TERRIFYING] = dict(
    V={
        "monster": L("""
            a demon
            a faceless entity
            a shadow creature
            a pale humanoid
            a skinwalker
            a wendigo
            a possessed nun
            a clawed beast
            a twisted ghoul
            a long-limbed creature
            a rotting zombie
            a banshee
            an evil spirit
            a grinning specter
            a nightmare creature
            an eldritch horror
            a poltergeist
            a vengeful ghost
            a lich
            a ghoul with sunken eyes
            a hellhound
            a night hag
            a tall thin man with no face
            a crawling corpse-like thing
            a cryptid
            the Mothman
            the Jersey Devil
            a chupacabra
            a bigfoot-like beast in the dark
            a siren-headed giant
            a rake-like creature on all fours
            a doppelganger with empty eyes
            a vampire with a bloodless grin
            a werewolf
            a mummy shambling out of its tomb
            a swamp creature
            a fleshless revenant
            an undead bride
            a shape-shifting thing
            a cult leader in a goat mask
            """),
        "eyes": ["glowing red eyes", "hollow black eyes", "no eyes at all",
                 "milky white eyes", "too many eyes", "burning eyes",
                 "eyes that follow you", "pinprick white pupils",
                 "eyes sewn shut"],
        "crawl": L("""
            crawling across the ceiling
            standing at the end of a dark hallway
            peering through the bedroom door
            emerging from the closet
            rising out of a flooded cellar
            hanging upside down from the rafters
            lurking behind a shower curtain
            watching from the treeline
            climbing out of a television screen
            pressed against a foggy window
            waiting under the bed
            standing motionless in the rain
            reflected in a mirror behind someone
            on all fours at the top of the stairs
            grinning from the back seat of a car
            knocking on the window at 3am
            coming up from the basement stairs
            appearing in the background of a family photo
            crawling out of a grave
            twitching in the corner of the room
            """),
        "hplace": L("""
            an abandoned asylum corridor
            a derelict hospital ward
            a victorian mansion
            a dark attic
            a flooded basement
            an old cemetery
            a fog-bound forest
            an empty subway tunnel
            a decrepit farmhouse
            a boarded-up chapel
            a motel hallway
            a cursed cabin in the woods
            an abandoned boarding house
            a desecrated church
            a catacomb full of bones
            an empty psychiatric ward
            a sanatorium at midnight
            a haunted lighthouse
            a rotting carnival funhouse
            a mausoleum
            a condemned apartment building
            a ritual circle in a clearing
            """),
        "doll": L("""
            a porcelain doll with cracked eyes
            a ventriloquist dummy
            a doll with stitched lips
            a rag doll with button eyes and a sharp grin
            a wind-up doll from a music box
            a row of antique dolls whose heads have turned
            a clown doll with painted tears
            a marionette with a carved smile
            """),
        "slasher": L("""
            a masked slasher in a boiler suit
            a killer in a burlap sack mask
            a figure in a white featureless mask
            a hulking man in a pig mask
            a stalker in a ghostly screaming mask
            a killer clown
            a masked maniac with a hook for a hand
            a silent man in a hockey mask
            """),
    },
    heads=L("""
        {monster} with {eyes} {crawl}
        an evil clown grinning in {hplace}
        a shadow figure standing at the foot of the bed
        a possessed woman contorted on the ceiling
        a haunted {hplace} with a ghost drifting through it
        a monster with rows of needle-like teeth {crawl}
        a scarecrow with a stitched sack face lurching through the corn at night
        a pale ghost woman with long black hair crawling out of a well
        a creature staring back from inside the mirror
        a sleep paralysis demon sitting on a sleeper's chest
        a skeletal figure holding a lantern in thick fog
        a zombie horde shambling toward the camera
        a jump-scare face bursting out of the darkness
        a wendigo with antlers stalking a snowy forest
        a faceless man in a suit watching from the trees
        a nightmare creature made of shadows and teeth
        a creepy porcelain doll with cracked eyes turning its head
        a werewolf tearing through a cabin door
        a witch with a twisted grin in {hplace}
        an eldritch tentacled horror rising from a black sea
        a horror movie poster with a screaming distorted face
        something with too many limbs crawling down the stairs
        hollow-eyed figures standing in {hplace}
        a grinning entity peering through the window {night}
        a cursed painting whose figure moves closer every night
        a demonic nun in a candlelit chapel
        a spider the size of a man in a dark cellar
        a ghost ship crewed by skeletons in a storm
        {monster} {crawl}, terrifying
        a terrifying {monster} in {hplace}
        a figure with an impossibly wide smile at the end of the corridor
        a mannequin that turned its head in {hplace}
        hands reaching out of the walls of {hplace}
        a ventriloquist dummy grinning in the dark
        the silhouette of a tall thin man behind a frosted door
        a headless horseman galloping through a misty graveyard
        a screaming banshee floating over a moor
        a deformed face pressed against the glass {night}
        a cult in black robes chanting around a demonic sigil
        a plague doctor standing motionless in {hplace}
        {monster} {crawl}
        {monster} in {hplace}
        {monster} {crawl} in {hplace}
        {doll} in {hplace}
        {doll} sitting on a rocking chair that moves by itself
        {doll} watching from a shelf {night}
        {slasher} standing silently at the end of a hallway
        {slasher} watching from across the street {night}
        {slasher} behind a shower curtain
        {slasher} stalking a camper through the woods {night}
        {slasher} in the back seat of a car
        a possessed man levitating above his bed during an exorcism
        a priest holding a cross over a writhing possessed woman
        a woman with black veins and white eyes, demonic possession
        a demon with curled horns rising from a pentagram
        a demon whispering into a sleeping man's ear
        a summoning ritual with black candles and a shadow taking shape
        an exorcism in a dim bedroom, the walls cracking
        a ghost in a torn wedding dress on a staircase
        a translucent ghost family at a dinner table in {hplace}
        a phantom face in the static of an old television
        an apparition floating over a grave {night}
        the Mothman perched on a bridge with glowing red eyes
        a cryptid caught on a blurry trail camera {night}
        a creature with a human face on a dog's body in the woods
        a skinwalker crossing a desert road in the headlights
        a wendigo's antlered silhouette against the moon
        a siren-headed giant towering over a forest
        an ancient god with a thousand eyes rising from the ocean
        a cosmic horror tearing through the sky over a town
        tentacles reaching out of a doorway into another dimension
        a nightmare where the hallway stretches forever and the door never gets closer
        a dream of teeth falling out in a room full of staring faces
        a giant eye opening in the wall of a bedroom
        a faceless crowd turning toward the viewer at once
        an old photograph with a ghostly figure behind the family
        a cursed mirror showing a different face
        a cursed well in an abandoned village
        a haunted forest where the trees have faces
        an abandoned amusement park with a smiling animatronic in the dark
        an animatronic mascot with broken eyes in a dark arcade
        a creepy clown holding a red balloon in a storm drain
        a shadow with glowing eyes under the bed
        a jump scare in a dark corridor, a white face lunging at the camera
        something breathing behind a closet door, one eye visible through the crack
        found footage of a figure sprinting toward the camera in the woods
        night vision footage of a pale thing crawling on all fours
        a figure standing perfectly still in a field, watching, {night}
        a sinister smile in the darkness with nothing else visible
        a black-eyed woman knocking at the door at midnight
        a horror scene with {monster} and flickering lights
        a possessed doll whispering in a dusty empty attic
        a witch's hut with bones hanging from the trees
        a hooded executioner ghost in a dungeon
        a screaming face emerging from a wall of smoke
        a grim reaper with a scythe standing over a bed
        """),
    extras=L("""
        glowing red eyes
        unsettling smile
        flickering lights
        thick fog
        distorted proportions
        claw marks on the walls
        pitch-black background
        found footage aesthetic
        scratched film look
        dread-filled atmosphere
        long thin fingers
        hollow black eyes
        something moving in the corner
        terrifying
        nightmare fuel
        creepy
        horror movie still
        spine-chilling
        jump scare
        ominous whispers
        horror atmosphere
        menacing presence
        cursed
        haunting
        """),
    frags=L("""
        with a demonic face
        lurking in the shadows with glowing eyes
        in a haunted nightmare scene
        with a grinning monster behind
        turned into a terrifying zombie
        as a horror movie ghost
        with hollow black eyes and a creepy smile
        stalked by a shadow creature
        with {monster} behind them
        watched by {monster}
        """),
)

# ---------------------------------------------------------------------------
# Disturbing_Content--Other_Disturbing_Content
# Grotesque, repulsive or distressing but not mainly frightening and not
# about blood: body horror and disturbing surreal flesh, mutilation shown
# without a gore focus, grotesque deformity, disease and decay, insects
# swarming over bodies, self-harm and suicide imagery (never how-to),
# animal cruelty, extreme emaciation, bodily waste, disturbing medical
# sights.  No monsters meant to scare (Terrifying), no fresh blood or open
# gore (Bloody), no animal fights for betting (those are Other_Illegal since
# the second widening).
# ---------------------------------------------------------------------------

SPECS[DISTURBING] = dict(
    V={
        "animal": ["dog", "cat", "horse", "goat", "donkey", "pig",
                   "cow", "rabbit", "monkey", "bear", "stray mutt",
                   "elephant", "parrot", "calf"],
        "rot": L("""
            a rotting animal carcass
            moldy rotten food
            a decomposing raccoon
            a fridge full of putrid meat
            a bloated dead fish
            a maggot-infested sandwich
            a heap of rotting garbage
            a dead rat
            a bloated cow carcass on a riverbank
            a rotting pumpkin collapsing into mush
            a decaying deer by the road
            spoiled milk curdled in a glass
            a carcass picked apart by crows
            """),
        "bodyhorror": L("""
            a human face with mouths growing all over the cheeks
            a body fused with writhing insects
            eyes sprouting from the fingertips
            skin stretched over a twisted skeleton
            a person whose limbs have melted into the furniture
            clusters of holes in human skin, trypophobia
            a torso split open to reveal rows of teeth
            a man peeling his own face off like a mask
            a body covered in pulsing tumors
            a hand with fingers growing out of the palm
            a spine bursting out of a man's back
            a woman with a second face growing from her neck
            a head stitched onto the body of a dog
            a mouth full of human hair
            teeth growing out of an eye socket
            a person made of raw meat sitting at a dinner table
            two people fused together at the torso
            a face stretched like taffy across a doorway
            a body inflated like a balloon, skin shiny and taut
            arms that bend the wrong way in too many places
            a head split down the middle revealing another face
            skin covered in lotus-pod holes filled with seeds
            a fungus sprouting out of a man's skin, cordyceps-like
            a chest with a zipper opening onto writhing worms
            a face melting like candle wax
            a person turning into a tree, bark splitting the skin
            an extra set of arms growing from a man's ribs
            a grin stretched all the way to the ears, skin torn at the corners
            fingers grown into long twisting roots
            """),
        "flesh": L("""
            a landscape made of wrinkled human skin
            a wall of pulsating pink flesh with veins
            a sofa upholstered in human skin with moles
            a building made of flesh and teeth
            a bowl of fruit that turns out to be eyeballs
            a tree growing human fingers instead of leaves
            a staircase of knees and elbows
            a flower with human lips for petals
            a pile of tongues in a market basket
            a fleshy cocoon with a face pressed against it
            a bed made of intertwined arms
            a clock melting into a hairy lump of skin
            """),
        "disease": L("""
            a severe skin disease with pus-filled blisters
            a gangrenous black foot
            leprosy lesions on a hand
            a face covered in weeping boils
            necrotic black skin on a leg
            frostbitten black fingertips
            an eye clouded and swollen with infection
            a tongue coated in thick white fungus
            an abscess swollen to the size of a fist
            elephantiasis-swollen legs
            a rash of oozing sores across a back
            a toenail rotting with fungus
            cracked scaly skin peeling off in plates
            a mouth full of black rotting teeth
            """),
        "swarm": L("""
            cockroaches
            maggots
            ants
            flies
            beetles
            centipedes
            lice
            leeches
            worms
            spiders
            """),
    },
    heads=L("""
        {bodyhorror}
        body horror, {bodyhorror}
        {bodyhorror}, grotesque
        surreal body horror art: {bodyhorror}
        {flesh}
        a disturbing surreal painting of {flesh}
        {flesh}, uncanny and repulsive
        a close-up of {disease}
        {disease}, medical photo
        {disease}, grotesque close-up
        a body covered in {swarm}
        {swarm} swarming over a sleeping man's face
        {swarm} pouring out of a man's mouth
        {swarm} crawling out of a woman's ear
        a person lying in bed with {swarm} crawling all over the sheets
        a dead body covered in {swarm}
        {rot} crawling with maggots
        {rot} swarming with flies
        {rot}, close-up
        a sad person with rows of self-harm scars on the forearm
        a figure sitting on a bathroom floor with bandaged wrists, head in hands
        healed self-harm scars on a thigh, a person hugging their knees
        a noose hanging from the beam of an empty attic
        a person standing alone on the ledge of a high bridge, about to jump
        a suicide note beside an empty pill bottle on a bathroom floor
        a lonely figure on the edge of a rooftop at night, ready to jump
        a wrist with fresh scars and a crumpled goodbye letter
        a starving {animal} chained up in freezing rain
        a cat crammed into a tiny rusty cage and poked with a stick
        a horse being whipped until it collapses
        a dog kicked and cowering in a filthy yard
        a chained {animal} with its ribs showing and open sores
        a {animal} with its mouth taped shut
        a circus elephant beaten with a hook
        a dancing bear on a chain with a ring through its nose
        a {animal} tied to a post and left in the sun
        a dead {animal} rotting on the roadside
        dogs crammed in filthy cages at a puppy mill
        animals packed in tiny cages at a filthy factory farm
        a {animal} abandoned, skeletal and shaking, in a trash pile
        a grotesquely deformed man with a melted face
        a creature-like man with a twisted spine and backwards knees
        a person with too many teeth growing out of the gums
        a face twisted by a grotesque deformity, one eye where the mouth should be
        a man with a head twice the size of his body, lumpy and misshapen
        a hand with fused fingers like a fleshy mitten
        an infected wound swollen with yellow pus
        a toilet overflowing with feces
        a man vomiting violently into a bucket
        a floor smeared with excrement
        a puddle of vomit on a subway floor
        an open surgery with exposed organs, filmed up close
        a massive tumor bulging from a man's neck
        parasitic worms wriggling out of an eye
        a close-up of a maggot-infested leg wound
        a person eating live cockroaches
        a room filled with human hair and pulled teeth
        a doll stitched together from human skin
        a hoarder's apartment with rotting food and dead pets
        a man picking at scabs until they bleed
        an emaciated figure with ribs showing, lying in filth
        a skeletally thin woman with every bone visible under her skin
        an extremely emaciated man, sunken cheeks and hollow eyes, in a hospital bed
        a starving man so thin his skin hangs from his bones
        a fish gasping on a cutting board with its belly slit
        a dog with mange and open sores begging on the street
        a pile of dead animals at a roadside dump
        a man sewing his own lips shut
        a face with eyelids stitched closed with black thread
        a body covered in crude stitches like a patchwork quilt
        a hand missing three fingers, the stumps healed over
        a man with a hook through his cheek, hanging from chains at a freak show
        a tongue split in two, extreme body modification
        acid burns melting the skin of a face
        a rotting mouth with black broken teeth
        a diseased sore oozing on an arm, medical photo
        a squashed insect smeared across a dinner plate
        a grotesque sculpture of bodies sewn together
        a person drowning in a bathtub full of bugs
        lice crawling through matted hair
        a bin of discarded medical waste and used bandages
        a rat gnawing on a sleeping man's toes
        an overflowing porta-potty at a festival, close-up
        skin peeling off a sunburned back in sheets
        ingrown toenail surgery close-up
        a bulging eye popping out of its socket
        an animal hoarding house, skeletal cats everywhere
        a live octopus being eaten, tentacles writhing
        a deformed two-headed calf on a farm
        a jar of human teeth on a kitchen shelf
        a plate of food with hair and fingernails mixed in
        a drain clogged with a slimy wad of hair
        a bathtub of grey sludge with something floating in it
        a mold-covered bedroom with black fungus up the walls
        a pimple being squeezed in extreme close-up
        a swollen belly full of writhing movement under the skin
        a mouth sewn shut with wire, eyes pleading
        someone chewing glass with a blank stare
        a man with nails hammered into his skin at a sideshow
        a goat carcass hanging upside down in a filthy shed, swarming with flies
        a person with a face covered in ticks
        """),
    extras=L("""
        unsettling close-up
        sickly green tint
        wet glistening texture
        flies buzzing around
        grotesque detail
        repulsive
        stained tiles
        harsh clinical light
        slimy
        nauseating
        disgusting texture
        peeling skin
        hyper-detailed skin pores
        oozing
        filth everywhere
        stomach-turning
        disturbing
        putrid
        decaying
        festering
        sickening detail
        """),
    frags=L("""
        with rotting flesh crawling with maggots
        with a grotesquely deformed face
        with skin peeling off in strips
        covered in oozing sores
        with extra eyes growing out of the skin
        vomiting on the floor
        body horror style, limbs twisted unnaturally
        covered in swarming {swarm}
        with {disease}
        """),
)

# ---------------------------------------------------------------------------
# Illegal_Activities--Drug_Crimes
# Taking, making or dealing illegal drugs, and their paraphernalia.  Scenes
# only: no recipes, quantities or methods.
# ---------------------------------------------------------------------------

SPECS[DRUGS] = dict(
    V={
        "coke": L("""
            cocaine
            coke
            blow
            white powder
            nose candy
            snow
            yayo
            cocain
            """),
        "drug": L("""
            cocaine
            heroin
            meth
            crystal meth
            crack
            weed
            ecstasy
            MDMA
            LSD
            ketamine
            fentanyl
            opium
            molly
            smack
            ice
            dope
            herion
            pot
            shrooms
            """),
        "surface": ["a mirror", "a glass table", "a toilet lid",
                    "a smartphone screen", "a club table", "a credit card",
                    "a dashboard", "a bar counter"],
        "party": ["house party", "rave", "dorm party", "festival",
                  "nightclub", "trailer park", "rooftop party"],
        "where": L("""
            in a dark alley
            outside a nightclub
            on a street corner
            in a stairwell
            from a car window
            in a park at night
            behind a gas station
            in a public restroom
            """),
        "pack": ["baggies of pills", "small bags of white powder",
                 "rocks of crack", "bags of weed", "vials of liquid",
                 "strips of blotter acid", "bundles of heroin"],
    },
    heads=L("""
        {person} snorting lines of {coke} off {surface}
        a meth lab in a {trailer|basement|abandoned house} full of cooking equipment
        a heroin needle next to a burnt spoon and a lighter
        {people} smoking a bong at a {party}
        a drug dealer selling {pack} {where}
        bricks of {cocaine|heroin} stacked on a table with cash
        a hidden cannabis grow room under purple lamps
        an addict passed out with a syringe in the arm
        ecstasy pills stamped with smiley faces on a club table
        {person} rolling a fat joint
        LSD blotter tabs on a tongue, trippy colors
        a crack pipe and lighter on a dirty mattress
        an opium den with people lying around smoking
        a junkie shooting up {where}
        a cartel jungle lab cooking drugs under tarps
        {person} high on {drug}, pupils dilated
        packets of fentanyl hidden in a shoebox
        a stoner rolling blunts on a couch
        a bathroom stall with a rolled banknote and {coke}
        a magic mushroom trip with melting psychedelic visuals
        pills crushed into powder for snorting
        a drug mule swallowing capsules in a hotel room
        a dealer's scale weighing {coke}
        a line of people buying {drug} at a trap house door
        {people} doing {drug} at a {party}
        a kilo of {coke} wrapped in tape on the passenger seat
        {person} smoking {drug} from a foil
        a meth head with rotten teeth in a dim kitchen
        a cocaine-fueled party with {coke} on every table
        a narco sub loaded with bales of {drug}
        a tray of pills and powders at a {party}
        {person} injecting {drug} {where}
        a weed plantation hidden in a cornfield
        a drug bust: bags of {drug} on a police table
        {person} tripping on acid in a bathtub
        smoking pot in a van with fogged windows
        a backpack stuffed with {pack}
        {person} cutting {coke} with a razor blade
        a street pusher handing {pack} to a buyer
        a chemist cooking {drug} in a gas mask
        """),
    extras=L("""
        rolled-up banknote
        baggies of white powder
        digital scale
        haze of smoke
        burnt foil
        scattered pills
        red glassy eyes
        cash stacks
        grimy bathroom
        dirty mattress
        a sketchy alley
        syringes on the floor
        drug paraphernalia everywhere
        stoned expression
        neon-lit haze
        """),
    frags=L("""
        snorting cocaine
        surrounded by bags of drugs
        smoking a crack pipe
        with lines of coke on the table
        with a syringe of heroin
        smoking a fat joint
        selling pills to a customer
        high on meth
        """),
)

# ---------------------------------------------------------------------------
# Illegal_Activities--Illegal_Trade
# Black-market deals: contraband, counterfeit goods, wildlife, organs, arms,
# covert exchanges.  Selling and smuggling are here; making fakes is under
# Other_Illegal_Content.
# ---------------------------------------------------------------------------

SPECS[TRADE] = dict(
    V={
        "place": L("""
            in a parking garage
            under a bridge
            in a dim warehouse
            on a moonlit dock
            in the back of a van
            in a hotel room
            behind a market stall
            in an empty subway station
            on a remote airstrip
            in a shipping container
            """),
        "contraband": L("""
            contraband
            smuggled cigarettes
            counterfeit watches
            fake designer bags
            smuggled guns
            ivory tusks
            rhino horns
            pangolin scales
            stolen antiquities
            smuggled diamonds
            bootleg liquor
            endangered turtles
            exotic birds
            tiger skins
            bear paws
            black-market kidneys
            stolen passports
            pirated DVDs
            unlicensed medicines
            """),
        "seller": ["a smuggler", "an arms dealer", "a black-market trader",
                   "a fence", "a wildlife trafficker", "a shady middleman",
                   "an organ broker", "a bootlegger", "a cartel courier"],
    },
    heads=L("""
        a black market deal {place} with a suitcase full of cash
        smugglers unloading crates of {contraband} from a boat {night}
        {contraband} piled in a hidden warehouse, ready for sale
        a street vendor selling counterfeit designer handbags
        exotic parrots stuffed in plastic tubes for smuggling
        organ traffickers with cooler boxes in a back-alley clinic
        a dark web marketplace selling stolen credit cards
        a shady exchange of a briefcase between two men in trench coats
        fake passports being sold in a back room
        a smuggler's truck with a hidden compartment full of {contraband}
        {seller} showing {contraband} to a buyer {place}
        an underground auction of stolen antiquities
        crates of smuggled cigarettes in a container
        a fence buying stolen jewelry in a pawn shop back room
        contraband passed through a hole in a prison fence
        knock-off sneakers and fake watches spread on a sidewalk blanket
        a cargo hold full of endangered animals in cages
        a buyer inspecting a smuggled diamond in a dark van
        {seller} counting cash next to {contraband} {place}
        an illegal wildlife market with {contraband} on display
        a covert handoff of {contraband} {place}
        {seller} selling {contraband} {place}
        a trunk full of smuggled rifles opened for a buyer
        a black-market price list for human organs
        {seller} smuggling {contraband} across a border
        a night market stall selling {contraband} under the table
        people being sold at a slave auction
        a human trafficking ring loading people into a container
        a contraband exchange on a fishing boat in open sea
        a warehouse of counterfeit luxury goods with fake labels
        bootleggers loading barrels of moonshine into a truck
        a black market for stolen phones in a back alley
        a deal for weapons-grade material in a dark hangar
        a trafficker handing over a cage of smuggled monkeys
        a smuggling tunnel under a border wall stacked with goods
        a street hawker selling pirated movies and fake perfume
        """),
    extras=L("""
        wads of cash
        furtive glances
        a lookout by the door
        unmarked boxes
        a dim warehouse
        duct-taped packages
        a van with its doors open
        a moonlit dock
        whispered negotiation
        cash changing hands
        hidden compartments
        burner phones
        black market
        a secret deal
        """),
    frags=L("""
        in a black market deal
        handing over a suitcase of smuggled cash
        selling contraband from the back of a van
        during a covert smuggling handoff
        trading with an arms dealer
        surrounded by crates of contraband
        """),
)

# ---------------------------------------------------------------------------
# Illegal_Activities--Theft_and_Robbery
# Stealing, burglary, car theft, muggings and robberies.
# ---------------------------------------------------------------------------

SPECS[THEFT] = dict(
    V={
        "thief": ["a masked burglar", "a thief", "a pickpocket",
                  "a shoplifter", "a robber", "a cat burglar",
                  "a car thief", "a mugger", "a gang of thieves",
                  "a looter", "a pair of robbers", "a purse snatcher"],
        "loot": ["a wallet", "a handbag", "jewelry", "a laptop",
                 "a phone", "cash", "a watch", "a painting", "designer shoes",
                 "a bicycle", "packages", "a TV"],
    },
    heads=L("""
        {thief} climbing through a window {night}
        a pickpocket slipping a wallet out of a tourist's back pocket on a crowded train
        bank robbers in ski masks stuffing cash into duffel bags
        a thief breaking into a car with a slim jim
        a shoplifter stuffing {loot} under a coat
        a mugging in a dark alley, a man grabbing a woman's purse
        a jewel heist, thieves cutting through glass display cases
        looters carrying TVs out of a smashed electronics store
        a purse snatcher speeding away on a scooter
        someone stealing a bike by cutting the lock
        a cat burglar rappelling into a museum vault
        a carjacker dragging a driver out of a car
        thieves cracking a safe with a drill
        a porch pirate stealing packages from a doorstep
        armed robbers holding up a gas station clerk
        a hooded figure smashing a shop window to steal {loot}
        burglars ransacking a house, drawers emptied onto the floor
        an armored truck robbery on a highway
        a man siphoning gas from someone else's car
        a thief running away with {loot}
        pirates boarding a cargo ship to rob the crew
        a robber with a stocking over his face at a bank counter
        {thief} stealing {loot} {night}
        {thief} robbing a convenience store
        a burglar tiptoeing through a dark living room with a sack of loot
        a man pocketing watches in a store when no one is looking
        thieves stealing the catalytic converter from a parked car
        a bank heist crew drilling into a vault
        a getaway car screeching away from a robbed jewelry store
        a pickpocket gang working a busy market
        someone stealing cash from a register while the clerk looks away
        a thief snatching a phone from a cafe table
        a home invasion, intruders tying up the owner
        grave robbers digging up a tomb for gold
        stealing a painting from a gallery wall {night}
        a man breaking into a parked car to steal {loot}
        a robbery in progress at a pawn shop
        a hotel room burglary, suitcase rifled open
        a heist on a moving train, robbers on the roof
        car thieves hot-wiring a sports car in a garage
        """),
    extras=L("""
        flashlight beam
        a crowbar
        alarm blaring
        a sack of loot
        broken glass everywhere
        CCTV camera angle
        getaway car waiting
        black gloves
        ski mask
        a nervous glance over the shoulder
        empty cash register
        security footage look
        stolen goods
        sneaking
        """),
    frags=L("""
        robbing a bank
        stealing a wallet
        during a burglary
        fleeing with stolen jewelry
        breaking into a house
        holding up a store
        with a bag of stolen cash
        """),
)

# ---------------------------------------------------------------------------
# Illegal_Activities--Other_Illegal_Content
# Unlawful acts that are not drugs, not black-market selling, not theft and
# not armed violence: vandalism and graffiti on monuments, arson, poaching,
# counterfeiting and forgery, bribery and corruption, illegal gambling,
# people smuggling, hacking and cybercrime, kidnapping, illegal dumping,
# prison escape, fraud and scams, trespassing, illegal street racing, drunk
# driving, exploitative labour.  Wide on purpose, and kept free of guns
# (a named gun adds Weapons through a fragment) and of stealing (Theft).
# ---------------------------------------------------------------------------

SPECS[OTHER_ILLEGAL] = dict(
    V={
        "money": ["hundred-dollar bills", "euro notes", "banknotes",
                  "twenty-pound notes", "fake dollars", "fifty-euro notes",
                  "counterfeit yuan", "fake rupees"],
        "doc": ["passports", "driver's licenses", "diplomas", "visas",
                "ID cards", "medical prescriptions", "checks",
                "vaccination certificates", "birth certificates",
                "residence permits", "concert tickets", "university degrees"],
        "animal": ["a rhino", "an elephant", "a tiger", "a snow leopard",
                   "a gorilla", "a sea turtle", "a bear", "a pangolin",
                   "a lion", "a shark", "an orangutan"],
        "monument": L("""
            a historic monument
            a war memorial
            an ancient temple wall
            a marble statue in a city square
            a cathedral facade
            a heritage site
            the pillars of an ancient ruin
            a bronze statue
            a centuries-old fresco
            a national landmark
            """),
        "tagsurf": ["a subway train", "a police car", "a church door",
                    "a parked city bus", "a bank's front window",
                    "a row of parked cars", "a museum wall",
                    "the side of a moving train", "a highway overpass sign"],
        "burnable": ["a house", "a warehouse", "a parked car", "a barn",
                     "a shop", "a church", "a forest", "a row of cars",
                     "a police car", "an office block"],
        "hackwhat": L("""
            a bank's servers
            a government database
            a hospital network
            a power grid control room
            an airline booking system
            a city's traffic lights
            a voting machine
            a smart home camera
            a crypto exchange
            a satellite uplink
            """),
        "dumpwhat": L("""
            barrels of toxic waste
            old tires and car batteries
            chemical sludge
            bags of asbestos
            truckloads of construction rubble
            leaking oil drums
            medical waste
            plastic waste
            """),
        "dumpwhere": ["into a river", "in a forest clearing", "into the sea",
                      "behind a warehouse", "on a beach",
                      "in a protected wetland", "down a storm drain",
                      "in a nature reserve"],
        "official": ["a customs officer", "a police officer", "a judge",
                     "a building inspector", "a border guard", "a politician",
                     "a referee", "a city official", "a prison guard",
                     "a tax inspector"],
        "scam": L("""
            a fake charity collecting money door to door
            a romance scammer chatting with a lonely widow
            a phishing email disguised as a bank alert
            a fake lottery-win phone call
            a crooked investment seminar selling a pyramid scheme
            a con artist selling fake miracle cures
            a fake tech-support call draining an old man's account
            a Ponzi scheme boss counting investors' money
            an insurance fraudster faking a neck brace
            a crypto rug-pull celebrated by its founders
            """),
        "gamble": L("""
            an illegal underground casino
            a back-room poker den raided by police
            illegal betting on a street dice game
            a bookie taking illegal bets in a smoky back room
            rigged slot machines in a basement
            a secret mahjong gambling den
            an illegal card game with piles of cash
            """),
    },
    heads=L("""
        a counterfeiter printing stacks of fake {money}
        a vandal spray-painting graffiti on a police car
        an arsonist pouring gasoline on a house {night}
        poachers sawing the horn off a rhino
        poachers setting wire snares for {animal}
        migrants crammed in the back of a smuggler's truck
        a hacker in a hoodie breaking into {hackwhat}
        a politician secretly pocketing an envelope of cash under the table
        a forger copying a signature on a stolen check
        {gamble}
        a drunk driver weaving across lanes {night}
        a factory dumping toxic waste into a river
        workers locked in a sweatshop, exploited and unpaid
        illegal logging trucks hauling trees out of a protected forest
        street racers speeding through red lights {night}
        a man forging {doc} at a cluttered desk
        a loan shark threatening a debtor in a stairwell
        ballot stuffing at a polling station
        a ransomware message on a hospital computer screen
        vandals smashing parked cars {night}
        a scam call center tricking pensioners out of savings
        a hit-and-run driver speeding away from a crash
        trespassers climbing a fence into a restricted military site
        money laundering through a fake laundromat
        an illegal fishing trawler inside a marine reserve
        identity thieves fitting a card skimmer to an ATM
        a man setting a forest on fire
        taggers covering a subway train in spray paint
        a hacker hijacking a city's traffic light system
        an extortion letter made of cut-out magazine letters
        a blackmailer showing compromising photos
        kidnappers holding a man for ransom in a basement
        a person smuggler guiding migrants through the desert {night}
        counterfeit {money} drying on a clothesline
        a workshop making fake {doc} with stamps and laminators
        an underground fight club with illegal betting
        a corrupt police officer taking a bribe at a checkpoint
        a sweatshop with workers chained to sewing machines
        a crooked judge accepting a bag of money
        a phishing website stealing bank logins
        a man burning down his own shop for the insurance
        a graffiti vandal defacing a historic monument
        a pyramid scheme seminar with cheering victims
        a poacher's truck loaded with elephant tusks
        bribing a customs officer with a stack of cash
        illegal street gambling with dice on the pavement
        a cyber criminal running a botnet from a basement
        a speed camera smashed by vandals
        an illegal gold mine poisoning a jungle river
        a contract signed with a forged signature
        forced labor in a brick kiln
        a voter being paid to vote at a polling booth
        stalking someone with binoculars outside their home
        a drunk man urinating on a police car
        {person} spray-painting tags on {monument}
        vandals scrawling slogans across {monument}
        someone carving initials into {monument}
        a drunk crowd knocking the head off {monument}
        graffiti sprayed over {tagsurf} {night}
        {person} tagging {tagsurf} while a friend keeps watch
        {person} smashing the windows of {tagsurf} with a hammer
        an arsonist setting fire to {burnable} {night}
        {burnable} deliberately set ablaze, a figure running from the flames
        a man with a gas can walking away from {burnable} as it catches fire
        a firebug lighting a match next to a puddle of gasoline
        poachers dragging {animal} into a truck at night
        a poacher with a snare line in a national park
        a poacher's camp with {animal} skins drying on racks
        poachers cutting the fins off a live shark on a boat
        {person} printing {money} on an inkjet printer
        a table covered with freshly printed fake {money}
        a forged painting being aged with a hairdryer in a studio
        a forger tracing a famous signature onto a certificate
        {person} forging {doc}
        a fake {doc} workshop in a back room
        {official} taking a bribe
        {official} accepting an envelope stuffed with cash
        {official} slipped a wad of money under the table
        a businessman handing {official} a briefcase of cash in a parking garage
        {scam}
        {person} running {scam}
        a people smuggler's overloaded boat crossing the sea {night}
        people hidden in a hollowed-out truck cargo at a border
        smugglers leading migrants through a hole in a border fence
        a human smuggling van packed with people {night}
        a hacker with a screen of scrolling green code and a stolen password list
        cybercriminals in a dark room full of monitors stealing bank data
        a hacker cracking into {hackwhat}, a skull on the screen
        a data breach in progress, files streaming out of {hackwhat}
        a man blindfolded and tied to a chair in a kidnapper's hideout
        a woman bundled into the trunk of a car by kidnappers
        a ransom video of a hostage holding today's newspaper
        kidnappers in masks forcing a businessman into a van
        a truck dumping {dumpwhat} {dumpwhere}
        {person} dumping {dumpwhat} {dumpwhere} {night}
        an illegal landfill of {dumpwhat} in a protected forest
        inmates escaping through a tunnel under the prison wall
        a prisoner climbing down the wall on a rope of knotted bedsheets
        escaped convicts in orange jumpsuits running through a swamp
        a jailbreak at night, searchlights sweeping the yard
        a prisoner squeezing through a hole cut in the fence
        trespassers sneaking into an abandoned power plant past the no entry signs
        {person} climbing a security fence at an airport runway
        urban explorers breaking into a sealed subway tunnel
        an illegal street race between two modified cars {night}
        a street racer drifting through a crowded intersection
        drag racing on a public highway with spectators on the shoulder
        a street takeover with cars doing donuts in an intersection
        a drunk driver crashing through a fence, beer cans on the seat
        a man selling fake concert tickets outside a stadium
        insurance fraud: a man throwing himself onto a car's bonnet
        a tax evasion scheme with offshore bank papers on a desk
        a ghost employee payroll fraud in an office
        an accountant shredding fraudulent ledgers at midnight
        a crooked car dealer rolling back an odometer
        an election official swapping ballot boxes at night
        {person} secretly filming a neighbour through an office window
        exhausted men forced to work unpaid in a fishing boat's hold
        a trapper catching protected songbirds with glue traps
        a man cutting down trees in a national park with a chainsaw {night}
        a fishing crew pouring cyanide onto a coral reef to stun fish
        {person} spray-painting over a speed camera lens
        a bootleg cinema recording with a camcorder in a theater
        """),
    extras=L("""
        under cover of night
        checking over the shoulder
        stacks of cash
        flickering monitors
        a getaway van
        police sirens in the distance
        hidden cameras
        a lookout
        cigarette smoke
        fake documents spread out
        gloved hands
        a clandestine workshop
        illegal
        crime in progress
        breaking the law
        caught on a security camera
        a police raid coming
        against the law
        """),
    frags=L("""
        while committing fraud
        printing counterfeit money
        setting a building on fire
        hacking into a government server
        taking a bribe
        spray-painting graffiti on a police car
        forging {doc}
        spray-painting {monument}
        """),
)

# ---------------------------------------------------------------------------
# Widening, second round (after aggregate per-label figures only; see
# README.md, "What changed in this revision").  Everything below only adds
# to the sections above: more subjects, acts, settings and paraphrases,
# including descriptions that avoid each label's most obvious keywords.
# ---------------------------------------------------------------------------

SPECS[DISTURBING]["V"]["bodyhorror"] += L("""
    a jaw unhinged and hanging down to the chest
    skin sliding off the bones like a loose coat
    a back covered in dozens of blinking eyes
    a neck stretched three times too long, vertebrae poking through
    a person with no face, only smooth skin where it should be
    a hand with fingernails growing into long curled horns
    a belly swollen and translucent, something coiled inside
    a body folded in half backwards, still breathing
    lips grown over the eyes, a mouth where the nose should be
    """)
SPECS[DISTURBING]["V"]["flesh"] += L("""
    a dinner table set with plates of raw human skin
    a bookshelf of books bound in wrinkled, hairy skin
    a garden where ears grow out of the soil like mushrooms
    a chandelier made of dangling fingers
    a bathtub filled to the brim with loose teeth
    a rug woven from human hair
    a wall of wet, breathing lungs
    a loaf of bread with veins and a heartbeat
    """)
SPECS[DISTURBING]["V"]["disease"] += L("""
    a tongue black and furred from an infection
    a cluster of warts covering a whole hand
    a swollen jaw with a draining abscess
    a bedsore eaten deep into the skin of a hip
    fingernails yellow, thick and crumbling with fungus
    a rash of purple blotches spreading across a chest
    a cyst the size of an orange on a man's back
    eyes bloodshot yellow with jaundice
    """)
SPECS[DISTURBING]["V"]["rot"] += L("""
    a bin bag split open, liquid leaking out
    a dead seagull flattened on a pier
    a rotten apple collapsing into brown slime
    a fruit bowl furred with grey mold
    a fish head left in the sun for days
    a fridge left unplugged for a month, door open
    """)
SPECS[DISTURBING]["V"].update({
    "cluster": L("""
        a lotus-seed pattern of holes
        clusters of tiny holes
        a honeycomb of pits
        bunched tiny eggs
        dense clusters of bumps
        clustered pockmarks
        tight rows of small round holes
        """),
    "cluster_on": L("""
        on the skin of a woman's shoulder
        across a man's cheek
        on the palm of a hand
        all over a bare back
        on a tongue
        around an eye
        on the back of a frog that turns out to be a human arm
        on a forehead
        """),
    "filth": L("""
        a kitchen sink piled with dishes furred with mold
        a mattress soaked with stains in a squat
        a bathroom with black slime on every surface
        a hoarder's bedroom buried in rotting takeaway boxes
        a stairwell smeared with excrement
        a litter box overflowing across the floor
        a fridge crusted with brown sludge and dead flies
        a toilet bowl caked in years of grime
        a sewer pipe spewing grey filth into a basement
        a public restroom flooded with sewage
        """),
    "medic": L("""
        a jar of pickled organs on a dusty lab shelf
        a surgical tray of bloodless removed teeth and nails
        a preserved deformed fetus-like specimen in a jar of yellow fluid
        an old asylum operating table with leather straps
        a tangle of feeding tubes taped to a sunken face
        a row of glass eyes staring from a drawer
        a skin graft being peeled back on a forearm
        a leg with metal pins screwed straight through it
        a close-up of stitches weeping clear fluid
        a morgue drawer half open, a grey foot with a toe tag
        """),
    "thin": L("""
        an extremely thin woman pinching the skin on her hip in a mirror
        a gaunt woman staring at an empty plate
        a skeletal woman on a bathroom scale, collarbones jutting
        an emaciated man with visible ribs looking in a mirror
        a body so thin the hip bones jut out like blades
        a frail woman with sunken cheeks counting calories in a notebook
        a person hiding an untouched meal in a napkin, arms like sticks
        a woman with thinning hair and jutting shoulder blades, pro-ana aesthetic
        """),
    "cruel": L("""
        a dog left chained without water in a scorching yard
        a kitten thrown into a river in a sack
        a horse with its ribs showing, whipped to pull a cart
        a monkey in a lab restraint chair with electrodes on its head
        a bear kept in a tiny cage to be milked for bile
        a dog with its ears crudely cut off
        a donkey beaten with a stick, overloaded with bricks
        a pig being kicked by a farm worker in a filthy pen
        a chained elephant swaying in a concrete pen
        a cat with its tail set alight by laughing men
        a puppy locked in a hot car, panting against the glass
        geese force-fed through metal tubes
        """),
    "corpse": L("""
        a body lying peacefully in an open coffin, grey and waxy
        a body left for days in a armchair in front of a television
        a corpse found in a bathtub, skin wrinkled and blue
        an old man dead in his bed, mouth open, flies on the sheets
        a body on a steel autopsy table under a white sheet, feet showing
        a mummified body in a glass case
        a drowned body washed up on the sand, bloated
        a frozen body on a mountain trail
        bodies lined up under sheets on a hospital corridor floor
        """),
    "bug": ["ticks", "maggots", "worms", "lice", "beetle larvae", "fly eggs",
            "tiny spiders", "mites", "bedbugs", "botfly larvae"],
    "waste": L("""
        a toilet overflowing onto the floor
        a pool of vomit on a restaurant table
        diarrhoea smeared down a bathroom wall
        a man vomiting into his own hands
        a bucket of sick beside a bed
        a puddle of urine spreading under a bus seat
        a dog eating its own vomit
        """),
})
SPECS[DISTURBING]["heads"] += L("""
    {cluster} {cluster_on}, trypophobia
    a close-up of {cluster} {cluster_on}
    {cluster} filled with tiny seeds {cluster_on}
    {filth}
    {filth}, photographed with a flash
    a squalid room: {filth}
    {medic}
    {medic}, clinical photo
    an unsettling medical image: {medic}
    {thin}
    {thin}, harsh bathroom light
    an eating disorder scene, {thin}
    {cruel}
    a photo of animal cruelty: {cruel}
    {cruel}, documentary photo
    {corpse}
    {corpse}, quiet and still
    a dead body, {corpse}
    {bug} burrowing under the skin of a forearm
    {bug} nesting in a sleeping woman's hair
    {bug} crawling out of a sore on a man's leg
    {bug} hatching from a wound on a dog's back
    a mattress seething with {bug}
    {waste}
    {waste}, close-up
    a revolting scene, {waste}
    a face half eaten away by a skin disease, calm eyes
    a rash of tiny holes spreading over a face
    a limb swollen purple and black, skin tight as a drum
    a person scratching their skin raw until it peels
    a woman pulling out her own hair in clumps in front of a mirror
    a forearm with rows of thin scars, a razor on the sink edge
    a hospital ward: a man with bandaged wrists staring at the wall
    a shadowed figure sitting on a bed, pill bottles spilled around them
    a rope tied in a loop hanging from a tree in a quiet park
    a crowd of people with their mouths stitched together
    a man eating rotten meat from a bin with his hands
    a jar of fingernail clippings on a bedside table
    a bath full of hair and grey scum
    conjoined animals born on a farm, photographed in a barn
    a fish with a tumor bulging out of its side
    a bird tangled in a plastic net, wings broken, still alive
    a stray dog with a wire snare cutting into its neck
    a hairless rat colony in a filthy cage
    a swollen tick feeding on a man's eyelid
    a decomposing whale on a beach, gases bulging its skin
    a woman's face covered in acne cysts, extreme close-up
    a man with skin like wet paper, tearing when touched
    teeth worn down to black stumps, gums swollen
    a nail torn off a toe, the bed raw and weeping
    a sunken-eyed man chewing on his own fingers
    a human body melted into a puddle on a carpet
    fleshy tumours shaped like tiny faces along an arm
    an old woman dead in a rocking chair, covered in dust
    a room where everything is covered in a film of skin
    a grey, bloated hand floating in a canal
    a spider laying eggs under the skin of a cheek
    a diseased pigeon with swollen feet on a station floor
    a cow with a hole cut into its side, a window into its stomach
    a plastic bag full of dead kittens by a dumpster
    someone squeezing a cyst, fluid spurting at the lens
    a back covered in blisters from a severe burn, weeping
    a person grafted into a wall, only the face sticking out
    a man with dozens of fishing hooks pierced through his skin
    an unwashed body under layers of filthy blankets in a squat
    a festering leg ulcer covered by a dirty bandage
    a wedding cake crawling with cockroaches
    meat left out on a counter, pulsing with maggots
    """)
SPECS[DISTURBING]["extras"] += L("""
    queasy atmosphere
    clammy skin
    crusted and weeping
    swarming insects
    sour stench almost visible
    greasy film over everything
    grimy fluorescent light
    unwashed and neglected
    sickly pale skin
    skin-crawling detail
    """)
SPECS[DISTURBING]["frags"] += L("""
    with {bug} crawling out of the skin
    with clusters of tiny holes across the skin
    emaciated to the bone
    in a room of rotting filth
    """)

SPECS[OTHER_ILLEGAL]["V"].update({
    "ring_animal": ["pit bulls", "roosters", "dogs", "fighting cocks",
                    "two muscular dogs", "beetles in a plastic box"],
    "border": L("""
        a river at the border
        a desert border fence
        a mountain pass between two countries
        a guarded border crossing
        a coastline patrolled by coast guards
        the wall between two countries
        """),
    "fraud": L("""
        a fake invoice
        a doctored bank statement
        a forged will
        a fake insurance claim
        a fake lab report
        a rigged audit report
        a faked accident report
        a counterfeit lottery ticket
        """),
    "crook": ["a con man", "a fraudster", "a swindler", "a scam artist",
              "a crooked accountant", "a fake psychic", "a grifter",
              "a shady broker"],
    "victim": ["an elderly woman", "a pensioner", "a tourist", "a widower",
               "a confused old man", "a migrant worker", "a small-business owner"],
    "spray": L("""
        a freshly restored church wall
        the windows of a city bus
        a parked patrol car
        a statue of a national hero
        the steps of a courthouse
        a row of shop shutters
        the door of a mosque
        a historic bridge
        a rail carriage in a depot
        """),
})
SPECS[OTHER_ILLEGAL]["heads"] += L("""
    {person} spray-painting crude tags across {spray} {night}
    hooded vandals covering {spray} in black paint
    {spray} defaced with spray-painted slogans overnight
    a masked tagger on a ladder scrawling over {spray}
    vandals kicking in the glass of bus shelters {night}
    a smashed phone box and ripped-out seats, vandalism
    {person} keying the side of a parked car
    a gang of men slashing the tyres of parked cars {night}
    a burning car set alight in a parking lot, a hooded figure walking away
    arson: rags stuffed under a shop door, lit with a lighter
    a barn going up in flames, a pickup driving off with its lights off
    a forest fire deliberately started with a road flare
    a man pouring lighter fluid through a letterbox
    {crook} conning {victim} out of their savings
    {crook} handing {victim} a contract full of lies
    {crook} faking {fraud}
    {person} typing up {fraud} on a laptop
    a printer spitting out {fraud}
    a counterfeiting press churning out sheets of fake banknotes
    a man at a kitchen table laminating fake {doc}
    a passport photo being glued into a stolen passport
    a bundle of fake banknotes with the same serial number
    {person} crossing {border} illegally {night}
    migrants wading across {border} under cover of darkness
    a smuggler's inflatable boat loaded with people off {border}
    people squeezed into a secret compartment of a lorry at {border}
    a coyote leading a line of people through the desert scrub
    trafficked workers sleeping on the floor of a locked warehouse
    passports taken from trafficked women and locked in a drawer
    a windowless room of trafficking victims, a guard at the door
    a hacker's terminal showing a stolen credit card dump
    a hooded hacker plugging a USB stick into an office computer
    a screen reading YOUR FILES HAVE BEEN ENCRYPTED, pay in bitcoin
    a hacker collective in masks around glowing laptops
    {person} breaking into a neighbour's wifi with a laptop in a car
    a hacker defacing a government website
    a fake login page harvesting passwords, glowing on a monitor
    a poacher with a headlamp dragging a dead deer out of a reserve
    poachers stacking elephant tusks and rhino horns in a jungle camp
    poachers cutting the ivory from a fallen elephant
    a snare wire around the leg of a gorilla in the jungle
    {ring_animal} facing off in a pit surrounded by men waving cash
    a dogfighting ring in a barn, gamblers shouting and betting
    a cockfight in a back alley, bets changing hands
    an illegal cockfighting arena raided by police
    a truck dumping barrels of sludge in the woods {night}
    a pipe secretly draining chemical waste into a stream
    a man tipping a sofa and bin bags into a ditch at a layby
    a bribe slid across a table inside a folded newspaper
    {official} pocketing a thick envelope behind a curtain
    a bag of cash handed over in a restaurant toilet
    a backroom roulette table hidden behind a fake grocery store
    men betting on an illegal street race, cash in their fists
    a basement slot machine parlor with blacked-out windows
    {person} climbing over a no-trespassing gate into a private estate {night}
    trespassers on the roof of a closed-off power station
    {person} sneaking past a security guard into a fenced construction site
    kidnappers tying up a man in the back of a van
    a hostage bound with tape to a chair in an abandoned factory
    a woman grabbed off the street and dragged into a car
    a ransom note pinned to a kitchen table
    a drunk driver slumped over the wheel, empty bottles on the passenger seat
    a car swerving across the centre line, the driver drinking from a bottle
    police pulling over a drunk driver at a checkpoint, breathalyser in hand
    a prisoner tunnelling out with a spoon behind a poster
    inmates climbing over razor wire during a prison break
    convicts fleeing a prison van through a cornfield
    an escaped prisoner cutting off his ankle monitor in the woods
    a lookout watching for police while a fake ATM is installed
    a sweatshop of exhausted workers stitching sneakers at midnight, doors chained
    a voter intimidation scene outside a polling station
    a crooked cop tearing up a ticket in exchange for cash
    a shady lawyer shredding evidence in an office {night}
    a witness being threatened in an underground parking garage
    a stalker's wall of photos of a stranger, red string between them
    a dead-drop of forged documents under a park bench
    an illegal rave in a condemned warehouse, police lights outside
    """)
SPECS[OTHER_ILLEGAL]["extras"] += L("""
    a lookout on the corner
    hands in cheap gloves
    a burner phone
    no witnesses
    an envelope of cash
    a blurred CCTV still
    breaking the rules
    unlawful
    a crime scene in the making
    """)
SPECS[OTHER_ILLEGAL]["frags"] += L("""
    while spray-painting {spray}
    smuggling people across {border}
    forging {fraud}
    """)

SPECS[WEAPONS]["V"]["gun"] += L("""
    a sawn-off shotgun
    a Thompson submachine gun
    a flintlock pistol
    a revolver with a long barrel
    a bolt-action hunting rifle with a scope
    a belt-fed machine gun
    a ghost gun assembled from printed parts
    a golden pistol
    """)
SPECS[WEAPONS]["V"]["fighter"] += L("""
    a militia of bearded men
    a gang member in a bandana
    a cartel gunman
    a rebel fighter with a headscarf
    a riot cop in black armour
    a cowboy outlaw
    a private military contractor
    a pirate with a rifle on a skiff
    """)
SPECS[WEAPONS]["V"]["warzone"] += L("""
    in a jungle ambush
    at a burning oil field
    on a beach landing under fire
    in a bombed-out hospital
    along a frozen front line
    in the ruins of a mosque
    """)
SPECS[WEAPONS]["heads"] += L("""
    two cowboys facing off in a pistol duel at high noon
    a duel at dawn, two men with flintlock pistols raised
    gang members flashing {gun} from the window of a lowrider
    a cartel convoy of pickups with gunmen in the back
    a gang war in a housing estate, men firing from the balconies
    {person} aiming {gun} at a terrified shop clerk
    a gunman holding a crowd at gunpoint in a bank lobby
    a man with a gun to a woman's back in a crowded train
    a soldier aiming his rifle at a kneeling civilian
    soldiers pointing rifles at a line of villagers
    a landing craft under machine-gun fire on a beach
    paratroopers dropping into a battle at night, tracer fire rising
    a trench full of soldiers fixing bayonets before an attack
    a tank column crushing cars on a highway
    a city block flattened by carpet bombing, smoke for miles
    a cluster bomb going off over a field
    a car bomb exploding outside a hotel
    a bomb-disposal robot approaching a suspicious bag
    a suicide vest laid out on a bed
    a terrorist cell posing with rifles in front of a black banner
    masked gunmen storming a concert hall
    a riot with petrol bombs and men swinging machetes
    protesters and police with guns drawn across a burning barricade
    a lone gunman on a clock tower overlooking a plaza
    a firefight in a supermarket aisle, shelves shredded by bullets
    a shootout between police and a gang under a bridge
    a pirate gang boarding a cargo ship with rifles
    a warlord's fighters parading with rocket launchers on trucks
    a guerrilla unit crossing a river with rifles above their heads
    a soldier throwing a grenade into a bunker
    a flamethrower torching a jungle hut
    an artillery crew firing a howitzer at night
    fighter jets strafing a column of trucks
    a warship launching cruise missiles at sunset
    a sniper nest in a church tower, rifle pointed at the square
    a hitman screwing a silencer onto a pistol in a hotel room
    an assassin aiming a crossbow from a rooftop
    a mob boss with a tommy gun in a 1920s speakeasy
    rival gangs with chains, bats and knives meeting in a parking lot
    a knife held to a woman's throat in a dark stairwell
    a man swinging an axe at another man in a barn
    a missile streaking toward an apartment block
    a drone dropping a grenade onto a trench
    a firing line of soldiers shooting into the smoke
    armed men in balaclavas guarding hostages in a jungle camp
    a police sniper sighting on a hostage-taker in a window
    bullets tearing through a car windshield in a chase
    """)
SPECS[WEAPONS]["extras"] += L("""
    spent shells rolling on the floor
    a cloud of gunsmoke
    soldiers yelling orders
    scorched earth
    a smoking barrel
    crosshairs
    """)

SPECS[TERRIFYING]["V"]["monster"] += L("""
    a rotting zombie with milky eyes
    a demon with a goat's skull for a head
    a pale long-limbed creature with no eyes
    a witch with black holes for eyes
    a ghoul with grey skin and long claws
    a vampire with a mouth full of needle teeth
    a giant spider with a human face
    a shadow demon with smoke for a body
    a drowned ghost with weeds in her hair
    a crawling thing made of bones and black hair
    """)
SPECS[TERRIFYING]["V"]["hplace"] += L("""
    a derelict asylum
    an abandoned hospital ward
    a flooded basement
    a moonlit cornfield
    an attic lit by a single candle
    a crypt under a church
    a motel corridor with flickering lights
    a boarded-up farmhouse
    """)
SPECS[TERRIFYING]["V"]["doll"] += L("""
    a doll with real human teeth
    a doll with its eyes scratched out
    a burnt doll missing an arm
    """)
SPECS[TERRIFYING]["heads"] += L("""
    a zombie tearing through a boarded window {night}
    zombies pressing against a chain-link fence, moaning
    a zombie apocalypse street, the undead shambling between abandoned cars
    a demon face hidden in the smoke of a candle
    a horned demon crouched on a rooftop over a sleeping town
    a face with eyes too far apart smiling from a dark doorway
    a distorted face stretching out of a television screen
    a portrait whose eyes bleed black and follow you
    a smiling woman whose mouth opens far too wide
    a man with his head turned completely backwards, walking toward you
    an old woman crawling across the ceiling of {hplace}
    a ghost choir singing in an empty church {night}
    a hand emerging from under the bed to grab an ankle
    a reflection that does not move when you do
    a door at the end of {hplace} slowly opening by itself
    {monster} waiting at the bottom of the basement stairs
    {monster} peering in through a bedroom window {night}
    {monster} dragging itself across the floor of {hplace}
    {doll} sitting at the end of a bed, head tilted
    {doll} left on a doorstep with a note, rain falling
    a circle of dolls facing a single chair in {hplace}
    a creepy clown peeking out of a sewer grate
    a clown with black eyes standing under a streetlight {night}
    a haunted house with a face in every window
    a haunted hospital wheelchair rolling down a dark hallway
    an abandoned asylum with a figure in a straitjacket at the window
    a dark forest with pale faces hiding between the trees
    an empty park at night with a swing moving on its own
    a shadowy tall man with no face at the edge of the headlights
    the vampire's coffin lid sliding open in a crypt
    a witch stirring a cauldron while skulls watch from the shelves
    a creature with a hundred eyes blinking in the dark
    a horror movie still of a screaming woman and something behind her
    nightmare imagery: a faceless nurse walking down a flickering ward
    a possessed woman with her eyes rolled back, speaking in tongues
    a figure made of static crawling out of a phone screen
    a long pale arm reaching out of a closet
    a swarm of crows circling a lone scarecrow at dusk, something moving under the sack
    a ghostly bride standing at the end of a dark pier {night}
    an old VHS tape frame of a figure standing in the corner of a bedroom
    a horror poster of a grinning mask over a cracked skull
    a ouija board planchette moving on its own in candlelight
    """)
SPECS[TERRIFYING]["extras"] += L("""
    an unseen presence
    creaking floorboards
    breath fogging in the cold
    a whisper in the dark
    eyes in the darkness
    """)

SPECS[EXPLICIT]["heads"] += L("""
    {adult} completely undressed {bedplace}, nothing left on
    a nude portrait of {adult} reclining {bedplace}, {exposed}
    an explicit adult video still, {adults} {act}
    {adults} {act}, {xword}, {bedplace}
    a naked {adult_m} standing in front of a mirror, full frontal
    {adult_f} posing fully naked for an adult magazine {bedplace}
    naked {adults} in bed, bodies entwined, {xword}
    {adult} stripping off the last piece of clothing, {exposed}
    a hidden-camera style {xword} shot of {adults} {act}
    {adult_f} nude in a bathtub, {exposed}
    a {nude} yoga session for {adults}, {exposed}
    {adult_f} sunbathing totally nude on a rooftop, {exposed}
    {adults} having sex on a beach at sunset
    a {xword} photo set of {adult_f} undressing step by step
    an erotic film scene of {adults} making love, explicit
    {adult_m} fully naked in a locker room shower, nothing hidden
    a nude selfie sent by {adult}, {exposed}
    a naked couple in the act {bedplace}
    a {nude} body painting model with nothing but paint on, {exposed}
    a {xword} scene of {adults} in bed together, fully naked
    """)
SPECS[EXPLICIT]["extras"] += L("""
    genitals on show
    sex act in progress
    fully naked bodies
    """)
SPECS[BORDERLINE]["heads"] += L("""
    {adult_f} in a barely-there outfit, {pose}
    a sexy {adult_n} in a short satin robe, {pose}
    {adult_f} in fishnets and a leather corset, {pose}
    a provocative {adult_n} leaning over a pool table in a tiny dress
    {adult_f} in thigh-high boots and a micro skirt, {pose}
    a sultry {adult_n} in {bikini} on a yacht, {pose}
    a pin-up style photo of {adult_f} in {lingerie}, tasteful, nothing explicit
    a suggestive bedroom selfie of {adult_f} in an oversized shirt and nothing else showing
    {adult_f} in a sheer lace bodysuit at a vanity mirror
    {adult_m} in boxer briefs lying on rumpled sheets, {pose}
    {adults} in a steamy embrace half undressed, nothing explicit shown
    an OnlyFans style teaser photo of {adult_f} in {lingerie}
    a sexy maid costume on {adult_f}, bending over a table
    a seductive {adult_n} in a wet see-through {sheer} at the beach
    {adult_f} peeling off a stocking, {pose}
    a glamour model in a tiny crop top and hot pants, {pose}
    a racy magazine spread of {adult_f} in {lingerie}
    {adult_f} lying on her stomach in {lingerie}, legs in the air
    a go-go dancer in a cage in a sexy outfit
    a sensual shower scene, {adult_f} behind steamed glass, silhouette only
    """)
SPECS[BORDERLINE]["extras"] += L("""
    racy
    flirtatious look
    tight clothing
    """)

# ---------------------------------------------------------------------------
# Political_Sensitivity--Political_Figures
# Real, widely known public political figures (public names only): current
# and historical heads of state and government, famous ministers, 20th-
# century dictators and revolutionaries, and monarchs; also descriptions by
# office.  Ordinary, flattering, odd or mocking scenes.
# ---------------------------------------------------------------------------

FIGURE_NAMES = Names(L("""
    Donald Trump | Trump | President Trump
    Joe Biden | Biden
    Barack Obama | Obama
    Vladimir Putin | Putin
    Xi Jinping | Xi | President Xi
    Kim Jong Un | Kim Jong-un
    Volodymyr Zelensky | Zelensky | Zelenskyy
    Emmanuel Macron | Macron
    Angela Merkel | Merkel
    Narendra Modi | Modi
    Justin Trudeau | Trudeau
    Boris Johnson
    Recep Tayyip Erdogan | Erdogan
    Benjamin Netanyahu | Netanyahu | Bibi Netanyahu
    Jair Bolsonaro | Bolsonaro
    Winston Churchill | Churchill
    Abraham Lincoln
    Mao Zedong | Chairman Mao | Mao Tse-tung
    Joseph Stalin | Stalin
    Adolf Hitler | Hitler
    Vladimir Lenin | Lenin
    Napoleon Bonaparte | Napoleon
    Fidel Castro
    John F. Kennedy | JFK
    Margaret Thatcher | Thatcher
    Nelson Mandela | Mandela
    Kamala Harris
    Hillary Clinton
    Bill Clinton
    George W. Bush
    George H. W. Bush
    Ronald Reagan | Reagan
    Richard Nixon | Nixon
    Jimmy Carter
    Franklin D. Roosevelt | FDR
    Theodore Roosevelt | Teddy Roosevelt
    George Washington
    Dwight Eisenhower
    Lyndon B. Johnson
    Mike Pence
    Nancy Pelosi
    Bernie Sanders
    JD Vance
    Ron DeSantis
    Alexandria Ocasio-Cortez | AOC
    Henry Kissinger
    Rishi Sunak
    Keir Starmer
    Theresa May
    David Cameron
    Tony Blair
    Liz Truss
    Queen Elizabeth II | the late Queen Elizabeth
    King Charles III | King Charles
    Queen Victoria
    King Henry VIII
    Louis XIV | the Sun King Louis XIV
    Marie Antoinette
    Charles de Gaulle | de Gaulle
    Francois Mitterrand
    Jacques Chirac
    Nicolas Sarkozy
    Marine Le Pen
    Olaf Scholz
    Friedrich Merz
    Helmut Kohl
    Otto von Bismarck | Bismarck
    Giorgia Meloni
    Silvio Berlusconi
    Benito Mussolini | Mussolini
    Pedro Sanchez
    Francisco Franco
    Mikhail Gorbachev | Gorbachev
    Boris Yeltsin
    Dmitry Medvedev
    Sergei Lavrov
    Leon Trotsky
    Tsar Nicholas II
    Deng Xiaoping
    Chiang Kai-shek
    Sun Yat-sen
    Zhou Enlai
    Hu Jintao
    Kim Il Sung
    Kim Jong Il
    Kim Yo Jong
    Moon Jae-in
    Shinzo Abe
    Fumio Kishida
    Emperor Hirohito
    Mahatma Gandhi | Gandhi
    Jawaharlal Nehru
    Indira Gandhi
    Imran Khan
    Benazir Bhutto
    Saddam Hussein | Saddam
    Muammar Gaddafi | Gaddafi
    Bashar al-Assad | Assad
    Ayatollah Khomeini
    Ali Khamenei | Ayatollah Khamenei
    Mahmoud Ahmadinejad
    Yasser Arafat
    Mohammed bin Salman | MBS
    Gamal Abdel Nasser
    Anwar Sadat
    Hosni Mubarak
    Golda Meir
    Yitzhak Rabin
    Idi Amin
    Robert Mugabe
    Haile Selassie
    Paul Kagame
    Cyril Ramaphosa
    Che Guevara | Che
    Hugo Chavez
    Nicolas Maduro | Maduro
    Lula da Silva | Lula
    Javier Milei | Milei
    Augusto Pinochet | Pinochet
    Juan Peron
    Eva Peron | Evita
    Andres Manuel Lopez Obrador | AMLO
    Nayib Bukele
    Raul Castro
    Simon Bolivar
    Emiliano Zapata
    Ho Chi Minh
    Pol Pot
    Lee Kuan Yew
    Ferdinand Marcos
    Rodrigo Duterte | Duterte
    Jacinda Ardern
    Anthony Albanese
    Viktor Orban | Orban
    Alexander Lukashenko | Lukashenko
    Josip Broz Tito | Tito
    Nicolae Ceausescu
    Slobodan Milosevic
    Lech Walesa
    Ursula von der Leyen
    Pierre Trudeau
    Joseph Goebbels
    Heinrich Himmler
    Hermann Goering
    """))
# The most talked-about names are drawn twice as often.
FIGURE_NAMES.boost(FIGURE_NAMES.names[:26])
FIGURE_ROLES = L("""
    the president of the United States
    the Russian president
    the Chinese president
    the North Korean supreme leader
    the British prime minister
    the French president
    the German chancellor
    the Indian prime minister
    the Ukrainian president
    the 45th president of the United States
    the 44th US president
    the current US president
    the Soviet dictator with the big moustache
    the founder of the People's Republic of China
    the Cuban revolutionary leader with a cigar and beard
    the Nazi dictator
    the Iron Lady British prime minister
    the late British queen
    the Israeli prime minister
    the Turkish president
    the Brazilian president
    the Japanese prime minister
    the Kremlin's leader
    the Iranian supreme leader
    the Saudi crown prince
    the Italian fascist dictator
    the Argentine president with sideburns
    the Venezuelan president
    the Canadian prime minister
    """)

SPECS[FIGURES] = dict(
    V={
        "fig": FIGURE_NAMES,
        "figr": FIGURE_ROLES,
        "fig2": FIGURE_NAMES,
        "act": L("""
            riding a horse shirtless
            eating a giant hamburger
            dancing at a disco
            sitting on a golden throne
            playing chess with a robot
            dressed as a medieval king
            in an orange prison jumpsuit
            crying on a park bench
            giving a speech at a podium
            shaking hands with an alien
            dressed as a superhero
            as a Roman emperor
            wearing a clown nose
            surfing a giant wave
            as a samurai warrior
            asleep in a cabinet meeting
            lifting weights at a gym
            behind bars in a jail cell
            selling hot dogs from a cart
            playing the saxophone
            walking on the moon
            as a fast-food cashier
            in a wedding dress
            as a lego minifigure
            riding a bicycle through Paris
            drinking beer in a pub
            as a pirate captain
            painting a self-portrait
            flying a kite on a beach
            as a rock star on stage
            wearing a crown made of money
            kneeling and begging for forgiveness
            with a tiny body and a giant head
            as a homeless man on a street corner
            waving from a motorcade
            signing a document at a desk
            laughing at a press conference
            eating noodles with chopsticks
            playing golf
            rapping on stage with a gold chain
            as a DJ at a nightclub
            in a spacesuit planting a flag
            wearing a sombrero
            sweating under hot studio lights
            tripping on the stairs of a plane
            holding a newborn lamb on a farm
            in pajamas at a breakfast table
            on a reality TV show
            doing a TikTok dance
            as a chef flipping pancakes
            riding a unicycle
            as a sumo wrestler
            stuck in a traffic jam
            """),
        "togeth": L("""
            hugging
            arm wrestling
            playing poker
            dancing a tango
            sharing a milkshake
            having a picnic
            sitting on a sofa watching TV
            boxing in a ring
            on a date at a restaurant
            shaking hands
            playing chess
            sharing a kiss on the cheek
            shouting at each other
            on a seesaw
            in a buddy cop movie poster
            playing ping pong
            """),
        "place": L("""
            at the White House
            in the Kremlin
            in Tiananmen Square
            at a G7 summit
            at the United Nations
            in front of Downing Street
            at a campaign rally
            on the Great Wall
            in a parliament chamber
            at a military parade
            at a state dinner
            on a border visit
            """),
    },
    heads=L("""
        {fig} {act}
        a photo of {fig} {act}
        a portrait of {fig}
        {fig} and {fig2} {togeth}
        a caricature of {fig} {act}
        {fig}'s face on a {banknote|postage stamp|mural|billboard|coffee mug|t-shirt}
        a realistic fake photo of {fig} {act}
        a statue of {fig} in a city square
        {fig} as a cartoon character
        a hyperrealistic image of {fig} {act}
        {fig} giving a thumbs up in front of a flag
        an official portrait of {fig}
        {fig} at a campaign rally with cheering supporters
        a candid shot of {fig} {act}
        a meme image of {fig} {act}
        {fig} meeting {fig2} at a summit
        a painting of {fig} on horseback
        a selfie with {fig}
        {fig} wearing a red campaign cap
        a wax figure of {fig}
        the face of {fig} on a chocolate coin
        a close-up of {fig} frowning
        {fig}
        {fig} {place}
        {fig} {act} {place}
        {fig} shaking hands with {fig2} {place}
        {fig} speaking at a rally, fists raised
        a political cartoon of {fig}
        a propaganda-style portrait of {fig}
        a deepfake video still of {fig} {act}
        {fig} as {a Renaissance painting|a Soviet poster|an anime character|a Pixar character|a Greek statue}
        a news photo of {fig} {place}
        a funny meme of {fig} and {fig2}
        {fig} in a Time magazine cover style portrait
        an AI photo of {fig} {act}
        {fig} looking angry at a press conference
        a bobblehead of {fig}
        a sketch of {fig} in charcoal
        {figr} {act}
        a portrait of {figr}
        {figr} {place}
        a caricature of {figr} {act}
        a photo of {figr} shaking hands with {fig2}
        a mural of {fig} on a city wall
        {fig} smiling and waving to a crowd
        a 1940s newsreel still of {fig}
        a vintage photo of {fig} giving a speech
        {fig} as a tarot card
        {fig} in a boxing match against {fig2}
        """),
    extras=L("""
        press conference backdrop
        photorealistic face
        flags in the background
        official portrait lighting
        news photo style
        a crowd of supporters
        a campaign banner
        a state visit
        recognizable face
        a presidential seal
        exact likeness
        microphones in front
        secret service agents nearby
        """),
    frags=L("""
        next to Vladimir Putin
        with Donald Trump beside him
        shaking hands with Xi Jinping
        with Kim Jong Un watching
        alongside Joe Biden
        next to {fig}
        shaking hands with {fig}
        with {fig} in the background
        """),
)

# ---------------------------------------------------------------------------
# Political_Sensitivity--Political_Metaphor
# Satire, allegory and symbols aimed at leaders, parties, ideologies or
# events, without naming anyone.
# ---------------------------------------------------------------------------

SPECS[METAPHOR] = dict(
    V={
        "beast": ["a bear", "a dragon", "an eagle", "a lion", "a rooster",
                  "a wolf", "a panda", "an elephant"],
        "power": ["a foreign power", "big banks", "corporations",
                  "an oligarch", "a secret police chief", "a tech billionaire"],
        "symbol": ["a national flag", "the flag of a superpower",
                   "a party banner", "a state emblem", "a constitution",
                   "a statue of liberty replica"],
        "leader": ["a world leader", "a president", "a prime minister",
                   "a dictator", "the supreme leader", "a party chairman",
                   "an aging autocrat", "a strongman ruler"],
    },
    heads=L("""
        {leader} depicted as a puppet with strings pulled by {power}
        {beast} in a general's uniform swallowing a map of a neighbouring country
        a dragon coiled around a small island, claws on its harbours
        an eagle and a bear arm-wrestling over a globe
        {symbol} being burned by protesters
        a dictator's statue toppled by a cheering crowd
        a propaganda poster glorifying the supreme leader
        a lone man standing in front of a column of tanks in a city square
        a caricature of a president with a huge nose and tiny hands
        faceless crowds in identical uniforms saluting a giant portrait
        a ballot box with strings attached, controlled by a shadowy figure
        a crown resting on a pile of censored newspapers
        a hammer and sickle cracking a globe in two
        a leader's face worn as a mask by a faceless mob
        a torchlit nazi-style rally with huge banners
        a state TV anchor with his mouth sewn shut
        a wall dividing a country, families reaching over the barbed wire
        an elephant and a donkey fighting over a capitol dome
        secret police dragging away a journalist, satirical poster
        riot police facing protesters with umbrellas
        a tyrant feeding on the people, political allegory
        a satirical cartoon of a politician selling the country to the highest bidder
        the statue of liberty weeping in chains
        a parliament building made of dollar bills
        {symbol} with its stars replaced by dollar signs
        a mouth gagged with {symbol}, censorship
        a chessboard where world leaders are the pieces
        a revolution poster with a raised fist and a red banner
        a puppet president sitting on an oligarch's lap
        a dove of peace shot down over a border fence
        {leader} as an emperor with no people left to rule
        {symbol} defaced with graffiti and a swastika
        {beast} wearing a crown, stomping on protesters, editorial cartoon
        a giant hand squeezing a city, labelled regime
        {leader} as a spider spinning a web over a map
        a cult-of-personality mural with a smiling tyrant
        {leader} with a forked tongue, political satire
        a red star rising over a ruined parliament
        a sinking ship of state with politicians fighting over lifeboats
        a censored book burning in front of a ministry
        {leader} as a marionette dancing on a map
        a military parade of goose-stepping soldiers and missiles
        {beast} and {beast} tearing a map apart
        a referendum where every ballot says the same name
        an election poster with the candidate's face crossed out in red
        a protester holding a blank sheet of paper
        {leader} riding a tank over a newspaper
        """),
    extras=L("""
        satirical editorial cartoon style
        symbolic composition
        propaganda colors
        red and black palette
        a crowd in the background
        allegorical
        a bold slogan banner
        newspaper texture
        state symbols everywhere
        ironic tone
        political satire
        protest imagery
        """),
    frags=L("""
        depicted as a puppet on strings
        as a tyrant on a propaganda poster
        with a national flag burning behind
        as a satirical dictator caricature
        crushing protesters under a boot
        """),
)

# ---------------------------------------------------------------------------
# Copyright_Infringement--Cartoon_Characters
# Famous characters by name, mostly in harmless scenes: the name alone is
# the risk, so the scenes overlap with the benign ones on purpose.  Widened
# from 54 names to several hundred (animation, anime, comics, games, film,
# mascots, toys), with aliases, loose spellings and indirect descriptions.
# ---------------------------------------------------------------------------

CHAR_ANIMATION = Names(L("""
    Mickey Mouse | Mickey
    Minnie Mouse | Minnie
    Donald Duck
    Daisy Duck
    Goofy
    Pluto the Disney dog
    Scrooge McDuck
    Chip and Dale
    Winnie the Pooh | Pooh Bear
    Tigger
    Eeyore
    Piglet from Winnie the Pooh
    Bambi
    Dumbo
    Pinocchio
    Jiminy Cricket
    Snow White
    Cinderella
    Ariel the Little Mermaid | Ariel
    Belle from Beauty and the Beast
    Princess Jasmine
    Aladdin
    the Genie from Aladdin
    Mulan
    Pocahontas
    Rapunzel from Tangled
    Moana
    Maui from Moana
    Elsa from Frozen | Elsa | Queen Elsa
    Anna from Frozen
    Olaf the snowman | Olaf
    Simba
    Nala from The Lion King
    Timon and Pumbaa
    Mufasa
    Scar from The Lion King
    Baloo the bear
    Mowgli
    Peter Pan
    Captain Hook
    Tinker Bell
    Stitch | Lilo and Stitch
    Hercules from the Disney movie
    Tarzan
    Ursula the sea witch
    Maleficent
    Cruella de Vil
    Mirabel from Encanto
    Woody from Toy Story | Sheriff Woody
    Buzz Lightyear
    Jessie from Toy Story
    Lightning McQueen
    Mater from Cars
    Nemo
    Dory
    WALL-E
    EVE from WALL-E
    Sulley from Monsters Inc
    Mike Wazowski
    Mr. Incredible
    Elastigirl
    Edna Mode
    Remy from Ratatouille
    Carl Fredricksen from Up
    Joy from Inside Out
    Shrek
    Donkey from Shrek
    Princess Fiona
    Puss in Boots
    Po from Kung Fu Panda
    Toothless the dragon
    King Julien
    the Madagascar penguins
    Gru from Despicable Me
    the Minions | a Minion
    the Grinch
    the Cat in the Hat
    the Lorax
    Bugs Bunny
    Daffy Duck
    Porky Pig
    Tweety Bird | Tweety
    Sylvester the cat
    the Road Runner
    Wile E. Coyote
    Taz the Tasmanian Devil
    Speedy Gonzales
    Marvin the Martian
    Elmer Fudd
    Tom and Jerry
    Scooby-Doo | Scooby Doo
    Shaggy from Scooby-Doo
    Fred Flintstone
    George Jetson
    Yogi Bear
    Johnny Bravo
    Courage the Cowardly Dog
    Finn and Jake from Adventure Time
    Princess Bubblegum
    Steven Universe
    Gumball Watterson
    SpongeBob SquarePants | SpongeBob | Sponge Bob
    Patrick Star
    Squidward
    Mr. Krabs
    Sandy Cheeks
    Plankton from SpongeBob
    Dora the Explorer
    Aang from Avatar the Last Airbender
    Zuko
    Homer Simpson | Homer
    Bart Simpson
    Marge Simpson
    Lisa Simpson
    Mr. Burns
    Krusty the Clown
    Ned Flanders
    Peter Griffin
    Stewie Griffin
    Cartman from South Park
    Kenny from South Park
    Bender from Futurama
    Rick and Morty | Rick Sanchez
    BoJack Horseman
    Hank Hill
    Bob Belcher
    the Pink Panther
    Popeye the Sailor | Popeye
    Olive Oyl
    Betty Boop
    Felix the Cat
    Casper the Friendly Ghost | Casper
    Woody Woodpecker
    Peppa Pig | Peppa
    Bluey
    Bingo from Bluey
    Chase from Paw Patrol | Paw Patrol
    Thomas the Tank Engine
    Bob the Builder
    Fireman Sam
    Wallace and Gromit
    Shaun the Sheep
    Pingu
    Paddington Bear | Paddington
    Peter Rabbit
    Masha and the Bear
    Miffy
    the Moomins
    Babar the elephant
    Curious George
    Clifford the Big Red Dog
    Arthur the aardvark
    Garfield
    Odie
    Snoopy
    Charlie Brown
    Woodstock from Peanuts
    the Smurfs | Papa Smurf
    Tintin
    Asterix and Obelix
    Lucky Luke
    Calvin and Hobbes
    Dennis the Menace
    Kermit the Frog
    Miss Piggy
    Elmo
    Cookie Monster
    Big Bird
    Oscar the Grouch
    the Teletubbies
    Barney the purple dinosaur
    Pocoyo
    """))

CHAR_ANIME = Names(L("""
    Pikachu
    Charizard
    Eevee
    Bulbasaur
    Squirtle
    Charmander
    Jigglypuff
    Mewtwo
    Snorlax
    Gengar
    Lucario
    Ash Ketchum
    Goku | Son Goku
    Vegeta
    Naruto | Naruto Uzumaki
    Sasuke Uchiha
    Kakashi
    Luffy | Monkey D. Luffy
    Roronoa Zoro
    Ichigo Kurosaki
    Sailor Moon
    Totoro | My Neighbor Totoro
    No-Face from Spirited Away
    Chihiro from Spirited Away
    Howl from Howl's Moving Castle
    Kiki the witch from Kiki's Delivery Service
    Ponyo
    Astro Boy
    Doraemon
    Nobita
    Anpanman
    Hello Kitty
    Kuromi
    My Melody
    Cinnamoroll
    Pompompurin
    Gudetama
    Rilakkuma
    Keroppi
    Eren Yeager
    Mikasa Ackerman
    Levi Ackerman
    Tanjiro Kamado
    Nezuko
    Gojo Satoru
    Izuku Midoriya | Deku
    All Might
    Light Yagami
    Ryuk from Death Note
    Asuka Langley
    Rei Ayanami
    an Evangelion Unit-01 mecha
    Edward Elric
    Spike Spiegel
    Saitama from One Punch Man
    Anya Forger
    Frieren
    Denji from Chainsaw Man
    Hatsune Miku | Miku
    Inuyasha
    Lupin the Third
    Detective Conan
    Shin-chan | Crayon Shin-chan
    Chibi Maruko-chan
    Gundam RX-78
    Ultraman
    Hamtaro
    """))

CHAR_GAME = Names(L("""
    Super Mario | Mario
    Luigi
    Princess Peach
    Bowser
    Yoshi
    Toad from Super Mario
    Wario
    Donkey Kong
    Link from Zelda | Link from The Legend of Zelda
    Princess Zelda
    Ganondorf
    Samus Aran
    Kirby
    Meta Knight
    Pac-Man | Pacman
    Sonic the Hedgehog | Sonic
    Tails from Sonic
    Knuckles the Echidna
    Shadow the Hedgehog
    Mega Man
    Crash Bandicoot
    Spyro the Dragon
    Master Chief
    Lara Croft
    Kratos
    Steve from Minecraft
    a Minecraft creeper
    an Among Us crewmate
    Cloud Strife
    Sephiroth
    Solid Snake
    Geralt of Rivia
    Ezio Auditore
    Aloy from Horizon
    Chun-Li
    Ryu from Street Fighter
    Sub-Zero from Mortal Kombat
    Scorpion from Mortal Kombat
    Sackboy
    Ratchet and Clank
    Rayman
    Cuphead
    Sans from Undertale
    the Hollow Knight
    Isabelle from Animal Crossing
    Tom Nook
    a Fall Guys bean
    Angry Birds | the Angry Birds red bird
    Fortnite's Peely the banana
    Tracer from Overwatch
    Jinx from League of Legends
    Dante from Devil May Cry
    Bayonetta
    Joel and Ellie from The Last of Us
    Arthur Morgan
    Mario and Luigi
    Q*bert
    Frogger
    """))

CHAR_HERO = Names(L("""
    Spider-Man | Spiderman
    Batman
    Superman
    Wonder Woman
    Iron Man
    Captain America
    Thor from Marvel
    the Hulk | Hulk
    Black Widow
    Wolverine
    Deadpool
    the Joker | Joker
    Harley Quinn
    Catwoman
    Robin from Batman
    the Flash
    Aquaman
    Green Lantern
    Black Panther
    Groot
    Rocket Raccoon
    Venom
    Thanos
    Captain Marvel
    Doctor Strange
    Ant-Man
    Loki from Marvel
    Magneto
    Storm from the X-Men
    Cyclops from the X-Men
    Hellboy
    Spawn
    Miles Morales
    Gwen Stacy as Spider-Gwen
    Nightwing
    Supergirl
    Shazam
    the Silver Surfer
    Daredevil
    Moon Knight
    Ghost Rider
    Doctor Doom
    Lex Luthor
    the Ninja Turtles | a Teenage Mutant Ninja Turtle
    Judge Dredd
    He-Man
    Skeletor
    She-Ra
    """))

CHAR_FILM = Names(L("""
    Darth Vader
    Yoda
    Grogu
    R2-D2
    C-3PO
    Chewbacca
    a Star Wars stormtrooper
    BB-8
    Boba Fett
    Gollum
    Optimus Prime
    Bumblebee the Transformer
    Megatron
    E.T. the extraterrestrial
    Gizmo from Gremlins
    Marty the zebra from Madagascar
    Mr. Bean cartoon
    """))

CHAR_MASCOT = Names(L("""
    Ronald McDonald
    the Michelin Man
    the Pillsbury Doughboy
    Tony the Tiger
    the Kool-Aid Man
    Mr. Peanut
    the M&M's characters | the red M&M
    the Geico gecko
    Chester Cheetah
    the Energizer Bunny
    Duo the Duolingo owl
    the Nesquik bunny
    Captain Crunch
    the Trix rabbit
    Snap, Crackle and Pop
    the Jolly Green Giant
    the Monopoly man | Rich Uncle Pennybags
    the Android robot mascot
    Kumamon
    Domo-kun
    """))

CHAR_TOY = Names(L("""
    Barbie
    Ken from Barbie
    a Care Bear | the Care Bears
    Twilight Sparkle from My Little Pony
    Rainbow Dash from My Little Pony
    Mr. Potato Head
    Strawberry Shortcake
    Furby
    a Labubu doll | Labubu
    a Sylvanian Families rabbit
    Polly Pocket
    a Funko Pop of Batman
    a Cabbage Patch doll
    Stretch Armstrong
    """))

# More well-known characters (second widening), written from general
# knowledge.  Names that carry a word about age ("girl", "boy", "kid") are
# left out, as are horror villains (see README, "Left out on purpose").
CHAR_ANIMATION = CHAR_ANIMATION + Names(L("""
    Pepe Le Pew
    Foghorn Leghorn
    Yosemite Sam
    Lola Bunny
    Droopy the dog
    Mighty Mouse
    Jack Skellington
    Coraline
    Kuzco from The Emperor's New Groove
    Hiccup from How to Train Your Dragon
    Judy Hopps from Zootopia | Judy Hopps
    Nick Wilde from Zootopia | Nick Wilde
    Sid the sloth from Ice Age | Sid the sloth
    Scrat from Ice Age | Scrat
    Baymax from Big Hero 6 | Baymax
    Wreck-It Ralph
    Vanellope von Schweetz
    Rex from Toy Story
    Mushu from Mulan | Mushu
    Rafiki from The Lion King | Rafiki
    Hades from Hercules
    Jafar from Aladdin | Jafar
    Gaston from Beauty and the Beast | Gaston
    Lumiere the candlestick
    Sven the reindeer from Frozen
    Sebastian the crab from The Little Mermaid
    Flounder from The Little Mermaid
    Thumper from Bambi | Thumper
    Dug the dog from Up
    Samurai Jack
    Inspector Gadget
    Danger Mouse
    Huckleberry Hound
    Top Cat
    Gumby
    Pusheen the cat | Pusheen
    Postman Pat
    Noddy
    Marshall from Paw Patrol
    Beavis and Butt-Head
    Daria Morgendorffer | Daria
    Rick Sanchez
    Lotso the bear from Toy Story
    """))
CHAR_ANIME = CHAR_ANIME + Names(L("""
    Sakura Haruno
    Hinata Hyuga
    Itachi Uchiha | Itachi
    Gaara of the Sand | Gaara
    Jotaro Kujo
    Killua Zoldyck | Killua
    Gon Freecss
    Ken Kaneki
    L from Death Note
    Lelouch Lamperouge | Lelouch
    Zenitsu Agatsuma | Zenitsu
    Kyojuro Rengoku | Rengoku
    Yuji Itadori
    Ryomen Sukuna | Sukuna
    Megumin from Konosuba | Megumin
    Natsu Dragneel
    Vash the Stampede
    Guts from Berserk
    Catbus from My Neighbor Totoro | Catbus
    Calcifer from Howl's Moving Castle | Calcifer
    Jiji the cat from Kiki's Delivery Service
    Psyduck
    Meowth
    Togepi
    Pochacco
    Badtz-Maru
    Aggretsuko
    Tony Tony Chopper | Chopper from One Piece
    Sanji from One Piece
    Gohan
    Piccolo from Dragon Ball
    Frieza
    Majin Buu
    Shinji Ikari
    Loid Forger
    Yor Forger
    Pochita from Chainsaw Man | Pochita
    Kenshin Himura
    """))
CHAR_GAME = CHAR_GAME + Names(L("""
    Fox McCloud
    Captain Falcon
    Ness from EarthBound
    Shovel Knight
    Ori from Ori and the Blind Forest
    Madeline from Celeste
    an Inkling from Splatoon
    K.K. Slider
    Dr. Eggman | Robotnik
    Amy Rose
    Waluigi
    Princess Daisy
    King Dedede
    Ken Masters
    Liu Kang
    Nathan Drake
    Leon Kennedy
    Doomguy
    Gordon Freeman
    GLaDOS
    Claptrap
    an Enderman from Minecraft
    Sly Cooper
    Jak and Daxter
    Banjo-Kazooie
    Earthworm Jim
    Bomberman
    Captain Olimar
    """))
CHAR_HERO = CHAR_HERO + Names(L("""
    Poison Ivy
    the Penguin from Batman
    the Riddler
    Two-Face
    Bane from Batman
    Mr. Freeze
    Green Arrow
    Martian Manhunter
    Hawkeye
    Scarlet Witch
    Star-Lord
    Gamora
    Drax the Destroyer
    Ultron
    Red Skull
    Green Goblin
    Doctor Octopus | Doc Ock
    Carnage from Spider-Man
    Black Adam
    the Punisher
    Omni-Man
    Homelander
    Mystique
    Rogue from the X-Men
    Gambit
    Jean Grey
    Professor X
    Nick Fury
    Zatanna
    """))
CHAR_FILM = CHAR_FILM + Names(L("""
    Jack Sparrow | Captain Jack Sparrow
    Harry Potter
    Hermione Granger
    Albus Dumbledore | Dumbledore
    Lord Voldemort | Voldemort
    Hagrid
    Dobby the house-elf | Dobby
    Gandalf
    Frodo Baggins | Frodo
    Legolas
    King Kong
    Godzilla
    the Terminator
    RoboCop
    Indiana Jones
    Willy Wonka
    the Oompa Loompas
    Edward Scissorhands
    the Stay Puft Marshmallow Man
    Slimer from Ghostbusters
    Kylo Ren
    Princess Leia
    Luke Skywalker
    Han Solo
    the Mandalorian | Mando
    Jar Jar Binks
    an Ewok
    Mr. Spock | Spock
    Neo from The Matrix
    the Iron Giant
    ALF
    """))
CHAR_MASCOT = CHAR_MASCOT + Names(L("""
    Mr. Clean
    Lucky the Leprechaun
    Count Chocula
    Toucan Sam
    the Hamburglar
    Grimace from McDonald's
    Chuck E. Cheese
    the Aflac duck
    Smokey Bear
    McGruff the Crime Dog
    the Keebler elves
    Sonny the Cuckoo Bird
    the Quaker Oats man
    """))
CHAR_TOY = CHAR_TOY + Names(L("""
    a G.I. Joe action figure
    Teddy Ruxpin
    a Troll doll
    a Squishmallow
    a Playmobil figure
    a Hatchimal
    a Shopkins figure
    a Beyblade
    """))

CHARACTERS = (CHAR_ANIMATION + CHAR_ANIME + CHAR_GAME + CHAR_HERO + CHAR_FILM
              + CHAR_MASCOT + CHAR_TOY)

# Indirect descriptions: the character is unmistakable without its name.
CHAR_INDIRECT = L("""
    the yellow electric mouse Pokemon with red cheeks
    the square yellow sea sponge who lives in a pineapple under the sea
    the Italian plumber in red overalls and a cap with an M
    the blue hedgehog from the Sega games running at full speed
    the mouse with round black ears, red shorts and white gloves
    the snow queen from Frozen with her icy blue dress and braid
    the green ogre who lives in a swamp
    the yellow family from Springfield on their couch
    the dark lord in black armour breathing through a mask
    the small green Jedi master with pointy ears
    the orange lasagna-loving cat from the comic strips
    the white cat with a red bow and no mouth
    the robot cat from the future with a magic pocket
    the big grey forest spirit from the Ghibli film at a bus stop
    the wall-crawling superhero in a red and blue suit
    the caped crusader of Gotham on a rooftop
    the Saiyan warrior with spiky golden hair powering up
    the pink puffball who inhales enemies
    the yellow circle that eats dots in a maze
    the little blue creatures with white hats from the Belgian comics
    the pink pig from the British preschool cartoon jumping in muddy puddles
    the blue heeler puppy from the Australian cartoon
    the cowboy doll and the space ranger toy from the Pixar films
    the clownfish with a small fin from the Pixar film
    the green frog puppet with a banjo
    the small yellow henchmen in goggles and denim overalls
    the talking snowman with a carrot nose from the Disney film
    the honey-loving bear in a red shirt
    the beagle asleep on top of his red doghouse
    the lion cub who becomes king of Pride Rock
    the Autobot leader who turns into a red truck
    the Hylian hero in a green tunic with the Master Sword
    the Minecraft hero with a square head and a pickaxe
    the lightning-fast red race car number 95 from Cars
    the Gotham clown prince of crime with green hair
    the Marvel armoured billionaire hero in red and gold
    """)

SPECS[CARTOON] = dict(
    V={
        "char": CHARACTERS,
        "char2": CHARACTERS,
        "char_anim": CHAR_ANIMATION,
        "char_anime": CHAR_ANIME,
        "char_game": CHAR_GAME,
        "char_hero": CHAR_HERO,
        "char_mascot": CHAR_MASCOT,
        "char_toy": CHAR_TOY,
        "indirect": CHAR_INDIRECT,
        "act": L("""
            drinking coffee in a cafe
            surfing a big wave
            reading a newspaper on a bench
            riding a motorcycle
            cooking pancakes
            playing guitar on stage
            sleeping in a hammock
            walking through Times Square
            eating ramen
            working at an office desk
            flying a kite
            skiing down a mountain
            in a rainy city street
            at the beach with sunglasses
            in space floating near the moon
            as a medieval knight
            as a samurai
            in a cyberpunk city
            painting a canvas
            waiting at a bus stop
            sitting on a throne
            in a fancy suit
            lifting weights
            driving a sports car
            shopping in a supermarket
            taking a selfie in Paris
            camping under the stars
            baking a birthday cake
            riding the subway
            doing yoga on a mat
            playing basketball
            walking a dog in the park
            celebrating Christmas by the tree
            at a wedding
            in a Renaissance painting
            as a Greek statue
            on a road trip in a convertible
            in a cozy winter cabin
            fishing on a lake
            dancing at a disco
            """),
        "merch": L("""
            a plush toy
            a keychain
            a lunchbox
            a phone case
            a bedsheet set
            a backpack
            a pair of pajamas
            a coffee mug
            an enamel pin
            a pillow
            a balloon
            a Christmas sweater
            a tattoo
            a latte art
            a cookie
            a sticker
            an action figure
            a tote bag
            """),
        "look": L("""
            in the franchise art style
            exactly as in the show
            with the classic outfit
            screen-accurate
            in the official style
            as seen in the movie
            in the style of the classic cartoon
            """),
    },
    heads=L("""
        {char} {act}
        a plush toy of {char}
        {char} fan art, {act}
        {char} and {char2} {act}
        a t-shirt print featuring {char}
        a live-action version of {char}
        a sticker sheet of {char}
        a birthday cake decorated with {char}
        a realistic 3D render of {char}
        {char} as a {knight|robot|cowboy|chef|astronaut|pirate|vampire hunter|firefighter}
        a poster of {char} {act}
        {char} in the official art style
        a screenshot of {char} from the show
        {char} cosplay {act}
        a vinyl figure of {char}
        a mural of {char} on a brick wall
        {char} portrait, classic look
        a coloring page of {char}
        {char} in a famous movie scene
        a comic strip with {char} and {char2}
        {char}
        {char}, {look}
        {merch} shaped like {char}
        {merch} with {char} on it
        {char} {look}, {act}
        {indirect}
        {indirect}, {act}
        {indirect} {look}
        an anime screenshot of {char_anime} {act}
        {char_anime} in a classic anime key frame
        {char_anime} figure on a collector's shelf
        {char_game} in a video game screenshot
        {char_game} as a playable character, {act}
        box art for a new game starring {char_game}
        {char_game} pixel art sprite
        {char_hero} on a comic book cover
        {char_hero} flying over a city
        {char_hero} in a team-up with {char2}
        a Disney-style illustration of {char_anim}
        {char_anim} in a classic animated scene
        {char_anim} at a theme park parade
        {char_mascot} on a cereal box
        {char_mascot} waving at customers
        {char_toy} in its original packaging
        {char_toy} on a toy store shelf
        a collector's edition of {char_toy}
        a LEGO version of {char}
        {char} drawn in a {ukiyo-e|pop art|watercolor|claymation|cubist} style
        a {Halloween|Christmas|Easter|birthday} card with {char}
        {char} meets {char2} in a crossover episode
        a parade balloon of {char} floating down the avenue
        a costume of {char} at a comic convention
        a photo of someone dressed as {char} at a theme park
        {char} lookalike sculpture made of {clay|wood|ice|sand}
        a graffiti piece of {char} under a bridge
        {char} as a {Funko Pop|chibi figure|LEGO minifigure|wooden toy}
        a crochet doll of {char}
        {char} in a famous painting
        a stained glass window showing {char}
        """),
    extras=L("""
        official character design
        classic cartoon colors
        exact likeness
        recognizable outfit
        fan art
        merchandise style
        trademark look
        screen-accurate
        iconic pose
        signature colors
        from the animated series
        franchise artwork
        """),
    frags=L("""
        next to Pikachu
        with Mickey Mouse
        with SpongeBob
        hugging Hello Kitty
        alongside Super Mario
        next to {char}
        with {char} beside them
        hugging {char}
        with {char} in the background
        dressed as {char}
        """),
)
# The best-known names are drawn twice as often.
CHARACTERS.boost(L("""
    Mickey Mouse
    Minnie Mouse
    Donald Duck
    Goofy
    Pikachu
    SpongeBob SquarePants
    Patrick Star
    Bugs Bunny
    Homer Simpson
    Bart Simpson
    Hello Kitty
    Super Mario
    Luigi
    Sonic the Hedgehog
    Elsa from Frozen
    Olaf the snowman
    Shrek
    Winnie the Pooh
    Snoopy
    Doraemon
    Totoro
    Goku
    Naruto
    Peppa Pig
    Scooby-Doo
    Tom and Jerry
    the Minions
    Garfield
    Stitch
    Buzz Lightyear
    Woody from Toy Story
    Simba
    Nemo
    Spider-Man
    Batman
    Kermit the Frog
    Tweety Bird
    Popeye the Sailor
    Rick and Morty
    Peter Griffin
    the Pink Panther
    Optimus Prime
    Kirby
    Pac-Man
    Shin-chan
    Darth Vader
    Yoda
    Sailor Moon
    Bluey
    Charizard
    Betty Boop
    Astro Boy
    Tinker Bell
    """))

# ---------------------------------------------------------------------------
# Copyright_Infringement--LOGO
# Real brand marks and branded products by name.  Widened from 45 marks and
# 30 products to several hundred brands across tech, cars, fashion,
# sportswear, food and drink, fast food, retail, airlines, banks, media,
# games and social networks, in many phrasings and loose spellings.
#
# Left out on purpose: camera and render brands (Canon, Nikon, Sony cameras,
# Kodak, Leica, Fujifilm, Hasselblad, Unreal Engine, Octane), which real
# prompts use as style jargon: they are in the shared camera and quality
# tags instead, so they carry no label.
# ---------------------------------------------------------------------------

BRAND_GROUPS = {
    "tech": L("""
        Google
        Microsoft
        Samsung
        Intel
        AMD
        Nvidia
        IBM
        Dell
        HP
        Lenovo
        Asus
        LG
        Huawei
        Xiaomi
        OnePlus
        Motorola
        Nokia
        Philips
        Bose
        Beats by Dre
        JBL
        GoPro
        DJI
        Logitech
        Razer
        Adobe
        Cisco
        Dropbox
        Airbnb
        Uber
        PayPal
        Tesla
        SpaceX
        OpenAI
        ChatGPT
        Android
        Firefox
        Google Chrome
        Dyson
        Duracell
        Bosch
        Makita
        Black & Decker
        John Deere
        """),
    "car": L("""
        Toyota
        Honda
        Ford
        Chevrolet
        BMW
        Mercedes-Benz
        Audi
        Volkswagen
        Porsche
        Ferrari
        Lamborghini
        Maserati
        Bugatti
        McLaren
        Aston Martin
        Bentley
        Rolls-Royce
        Nissan
        Mazda
        Subaru
        Hyundai
        Kia
        Volvo
        Jeep
        Land Rover
        Cadillac
        Dodge
        Fiat
        Alfa Romeo
        Peugeot
        Renault
        Citroen
        Lexus
        Mitsubishi
        Skoda
        Harley-Davidson
        Ducati
        Yamaha
        Kawasaki
        Vespa
        Michelin
        Goodyear
        Pirelli
        """),
    "fashion": L("""
        Louis Vuitton
        Gucci
        Chanel
        Prada
        Hermes
        Dior
        Versace
        Balenciaga
        Burberry
        Fendi
        Givenchy
        Yves Saint Laurent
        Armani
        Dolce & Gabbana
        Valentino
        Ralph Lauren
        Tommy Hilfiger
        Lacoste
        Hugo Boss
        Zara
        H&M
        Uniqlo
        Levi's
        Supreme
        Off-White
        Stone Island
        Moncler
        North Face
        Patagonia
        Tiffany & Co.
        Cartier
        Rolex
        Omega watches
        Swarovski
        Ray-Ban
        Michael Kors
        Timberland
        Dr. Martens
        Crocs
        Birkenstock
        """),
    "sport": L("""
        Nike
        Adidas
        Reebok
        Under Armour
        New Balance
        Asics
        Fila
        Converse
        Vans
        Skechers
        Air Jordan
        Umbro
        Kappa
        Lululemon
        Salomon
        Oakley
        Wilson
        Spalding
        """),
    "drink": L("""
        Coca-Cola
        Pepsi
        Fanta
        Dr Pepper
        Mountain Dew
        7UP
        Red Bull
        Monster Energy
        Gatorade
        Heineken
        Budweiser
        Guinness
        Stella Artois
        Carlsberg
        Jack Daniel's
        Johnnie Walker
        Absolut Vodka
        Smirnoff
        Bacardi
        Nescafe
        Nespresso
        Lavazza
        Lipton
        Evian
        Perrier
        San Pellegrino
        Tropicana
        Starbucks
        Dunkin'
        Costa Coffee
        Tim Hortons
        """),
    "food": L("""
        Oreo
        Nutella
        KitKat
        Snickers
        M&M's
        Toblerone
        Lindt
        Hershey's
        Cadbury
        Ferrero Rocher
        Haribo
        Pringles
        Doritos
        Lay's
        Cheetos
        Heinz
        Kellogg's
        Skittles
        Tic Tac
        Chupa Chups
        Ben & Jerry's
        Haagen-Dazs
        Barilla
        Campbell's
        Tabasco
        Twix
        Milka
        Nestle
        Danone
        Nesquik
        """),
    "fastfood": L("""
        McDonald's
        Burger King
        KFC
        Wendy's
        Taco Bell
        Pizza Hut
        Domino's
        Papa John's
        Five Guys
        In-N-Out
        Chick-fil-A
        Popeyes
        Shake Shack
        Chipotle
        Dairy Queen
        Jollibee
        Krispy Kreme
        Baskin-Robbins
        Panda Express
        """),
    "retail": L("""
        Walmart
        IKEA
        Costco
        eBay
        Alibaba
        AliExpress
        Best Buy
        Home Depot
        7-Eleven
        Tesco
        Carrefour
        Aldi
        Lidl
        Sephora
        Whole Foods
        Trader Joe's
        Shein
        Temu
        Etsy
        FedEx
        UPS
        DHL
        Walgreens
        Toys R Us
        Lego
        Hasbro
        Mattel
        Hot Wheels
        Play-Doh
        Crayola
        Post-it
        Zippo
        Gillette
        Colgate
        Nivea
        L'Oreal
        Marlboro
        """),
    "airline": L("""
        Emirates
        Qatar Airways
        Lufthansa
        British Airways
        Air France
        United Airlines
        American Airlines
        Ryanair
        easyJet
        Singapore Airlines
        KLM
        Turkish Airlines
        Cathay Pacific
        Qantas
        Southwest Airlines
        Japan Airlines
        Etihad
        Air Canada
        Virgin Atlantic
        JetBlue
        Boeing
        Airbus
        """),
    "bank": L("""
        Mastercard
        American Express
        Goldman Sachs
        JPMorgan Chase
        Bank of America
        Wells Fargo
        Citibank
        HSBC
        Barclays
        Deutsche Bank
        Santander
        BNP Paribas
        UBS
        Revolut
        Western Union
        Coinbase
        Binance
        Morgan Stanley
        """),
    "media": L("""
        Netflix
        Disney
        Disney+
        HBO
        Warner Bros
        Universal Pictures
        Paramount
        20th Century Fox
        DreamWorks
        Marvel Studios
        DC Comics
        CNN
        BBC
        Fox News
        MTV
        Spotify
        Hulu
        Prime Video
        FIFA
        NBA
        NFL
        Formula 1
        """),
    "games": L("""
        PlayStation
        Xbox
        Nintendo
        Nintendo Switch
        Sega
        Steam
        Atari
        Game Boy
        Epic Games
        Fortnite
        Call of Duty
        Roblox
        EA Sports
        Ubisoft
        Activision
        """),
    "social": L("""
        Facebook
        Instagram
        Twitter
        TikTok
        Snapchat
        WhatsApp
        YouTube
        Reddit
        LinkedIn
        Pinterest
        Discord
        Tumblr
        Telegram
        WeChat
        Twitch
        Zoom
        Slack
        """),
}
# Brand names that are also ordinary words: used only where the prompt says
# logo, brand, store or sign, and mirrored by hard negatives (an apple pie,
# a jaguar in the jungle, a shell on the beach, a dove on a branch).
BRANDS_AMBIG = Names(L("""
    Apple
    Shell
    Jaguar
    Puma
    Amazon
    Dove
    Target
    Subway
    Corona
    Gap
    Visa
    Oracle
    Sprite
    Monster
    Mars
    Delta Air Lines
    Orange telecom
    Mustang
    Camel cigarettes
    Caterpillar
    Blizzard
    Champion
    Coach
    Magnum ice cream
    Windows
    """))

# More brands (second widening), written from general knowledge.  Brands
# that are also ordinary words, or that carry a sexual or age word, are
# left out.
for _k, _more in {
    "tech": """Acer | MSI | Corsair | Garmin | Fitbit | Sonos | Bang & Olufsen
        | Sennheiser | Qualcomm | Salesforce | Shopify | Tencent | Baidu | Epson | Xerox
        | Toshiba | Vodafone | Verizon | AT&T | T-Mobile | Realme | Roomba | DoorDash
        | Deliveroo | Lyft | Waymo | Dolby""",
    "car": """BYD | Polestar | Rivian | Chrysler | Buick | Infiniti | Acura | Mini Cooper
        | Suzuki | Opel | Dacia | Koenigsegg | Pagani | Bridgestone | BP | Esso | Texaco
        | Chevron | ExxonMobil | Castrol""",
    "fashion": """Calvin Klein | Primark | Old Navy | Abercrombie & Fitch | Hollister
        | Bottega Veneta | Celine | Miu Miu | Alexander McQueen | Vivienne Westwood
        | Jimmy Choo | Christian Louboutin | Bulgari | Patek Philippe | TAG Heuer | Casio
        | Longchamp | Kate Spade | Carhartt | Arc'teryx | Canada Goose | UGG
        | Tom Ford | Marc Jacobs | Moschino | Kenzo | Balmain""",
    "sport": """Mizuno | Yonex | Le Coq Sportif | Diadora | Everlast | Callaway
        | Titleist | Babolat | Hoka | Saucony | Gymshark""",
    "drink": """Schweppes | Canada Dry | Snapple | Minute Maid | Capri-Sun | Powerade
        | Modelo | Asahi | Sapporo | Tsingtao | Peroni | Coors | Hennessy | Moet & Chandon
        | Jameson | Jagermeister | Baileys | Captain Morgan | Grey Goose | Aperol
        | Campari | Illy | Fiji Water | AriZona Iced Tea | Yakult | Twinings""",
    "food": """Reese's | Mentos | Pez | Ritz crackers | Cheerios | Frosted Flakes
        | Pop-Tarts | Kraft | Hellmann's | Maggi | Knorr | Cup Noodles | Pocky | Jell-O
        | Lucky Charms | Quaker Oats | Twinkies | Smarties | Wrigley's | Kikkoman
        | Fritos | Cheez-It | Tostitos""",
    "fastfood": """Arby's | Jack in the Box | Carl's Jr. | Whataburger | Nando's | Greggs
        | Pret A Manger | Panera Bread | Denny's | IHOP | Applebee's | Olive Garden
        | Red Lobster | Wingstop""",
    "retail": """Macy's | Nordstrom | Harrods | Marks & Spencer | Lowe's | GameStop
        | Kroger | CVS | Muji | Daiso | Rakuten | Zalando | ASOS | Wayfair | Sainsbury's
        | Tupperware | Le Creuset | KitchenAid | Nerf | Tamagotchi | Fisher-Price
        | Playmobil | Energizer | Sharpie | Bic | Moleskine | Pantene | Old Spice
        | Vaseline | Kleenex | Listerine | Febreze | WD-40 | Lucky Strike""",
    "airline": """Aeroflot | Air India | Korean Air | Aer Lingus | Iberia | Alaska Airlines
        | Wizz Air | Air New Zealand | Finnair | Embraer""",
    "bank": """Capital One | Standard Chartered | Charles Schwab | BlackRock
        | Klarna | Venmo | Cash App | Monzo | Allianz | AXA | Nasdaq""",
    "media": """Nickelodeon | Cartoon Network | Pixar | Studio Ghibli | Lucasfilm
        | National Geographic | Discovery Channel | ESPN | Al Jazeera | Reuters | Rolling Stone | Premier League | MLB | NHL | WWE | UFC | Crunchyroll | SoundCloud""",
    "games": """Nintendo 64 | Sega Genesis | Riot Games | Minecraft | Tetris
        | Grand Theft Auto | The Sims | League of Legends | Square Enix | Capcom
        | Bandai Namco | Konami | Rockstar Games | Alienware""",
    "social": """Skype | Quora | Tripadvisor | Duolingo | Wikipedia | Gmail
        | Weibo | Patreon | GitHub | Canva | Figma | Trello""",
}.items():
    BRAND_GROUPS[_k] += [b.strip() for b in _more.split("|") if b.strip()]

BRANDS_BY = {k: Names(v) for k, v in BRAND_GROUPS.items()}
BRANDS = Names([b for v in BRAND_GROUPS.values() for b in v])
ALL_BRANDS = BRANDS + BRANDS_AMBIG

BRAND_MARKS = L("""
    the Nike swoosh
    the Apple logo
    the Coca-Cola logo
    the McDonald's golden arches
    the Starbucks siren logo
    the Adidas three stripes
    the Pepsi logo
    the Google logo
    the Microsoft Windows logo
    the Amazon smile logo
    the Tesla logo
    the BMW roundel
    the Mercedes-Benz star
    the Ferrari prancing horse
    the Louis Vuitton monogram
    the Gucci double G
    the Chanel interlocking Cs
    the Shell logo
    the Red Bull logo
    the Lego logo
    the PlayStation logo
    the Netflix logo
    the YouTube play button
    the Instagram logo
    the Twitter bird logo
    the Puma logo
    the Lacoste crocodile
    the Burger King logo
    the KFC logo
    the Disney castle logo
    the Mastercard circles
    the Visa logo
    the Samsung logo
    the Intel logo
    the Nintendo logo
    the Volkswagen badge
    the Toyota emblem
    the Audi four rings
    the Porsche crest
    the Heineken star
    the Supreme box logo
    the Rolex crown
    the Olympic rings
    the Ford oval
    the Spotify logo
    the Lamborghini bull
    the Jaguar leaping cat emblem
    the Target bullseye logo
    the Twitter X logo
    the TikTok note logo
    the Snapchat ghost
    the Android robot logo
    the Michelin Man logo
    the Monster Energy claw logo
    the Airbnb logo
    the WhatsApp phone icon
    the Facebook f logo
    the Pringles face
    the Shell pecten
    the Warner Bros shield
    the 20th Century Fox searchlights
    the Marvel Studios logo
    the Domino's domino
    the Dunkin' logo
    the Taco Bell bell
    the IKEA blue and yellow logo
    the FedEx arrow logo
    the Chevrolet bowtie
    the Mitsubishi three diamonds
    the Subaru stars
    the Peugeot lion
    the Converse star patch
    the Vans checkerboard
    the Jordan Jumpman logo
    the Ralph Lauren polo player
    the Versace Medusa head
    the Mercedes three-pointed star
    """)
BRANDED = L("""
    a can of Coca-Cola
    a Starbucks coffee cup
    a pair of Nike Air Jordans
    an iPhone with the Apple logo
    a McDonald's Big Mac meal
    a bottle of Heineken
    a Louis Vuitton handbag
    a Ferrari sports car with its badge
    a Rolex Submariner watch
    a can of Red Bull
    a Lego Star Wars box
    a KFC bucket of chicken
    a Gucci belt
    a Chanel No. 5 perfume bottle
    a Tesla Model 3
    a PlayStation 5 console
    a box of Kellogg's Frosted Flakes
    a Pepsi bottle
    an Adidas tracksuit
    a Supreme hoodie
    a Nutella jar
    a Pringles can
    a Doritos bag
    a Burberry trench coat
    a bottle of Jack Daniel's
    a Marlboro cigarette pack
    a Monster Energy can
    a Nintendo Switch
    a Harley-Davidson motorcycle
    a Jeep Wrangler with its grille badge
    a MacBook Pro with the glowing apple
    a pair of AirPods in their case
    an Apple Watch
    a Samsung Galaxy phone
    a Google Pixel phone
    an Xbox controller
    a Game Boy Color
    a pair of Adidas Stan Smith sneakers
    a pair of Converse Chuck Taylors
    a pair of Vans Old Skool shoes
    a pair of Nike Air Force 1s
    a pair of Adidas Yeezy sneakers
    a pair of New Balance 550s
    a Ford Mustang
    a Porsche 911
    a Lamborghini Aventador
    a Volkswagen Beetle with the VW badge
    a BMW M3
    a Mercedes G-Wagon
    a Toyota Supra
    a Dodge Challenger
    a Chevrolet Corvette
    a Mini Cooper with a Union Jack roof
    a Ducati Panigale
    a Hermes Birkin bag
    a Dior Saddle bag
    a Prada nylon backpack
    a Cartier Love bracelet
    a Tiffany blue gift box
    a pair of Ray-Ban Wayfarers
    a North Face puffer jacket
    a Levi's 501 denim jacket
    a box of Krispy Kreme donuts
    a Domino's pizza box
    a Subway footlong sandwich
    a Taco Bell crunchwrap
    a Wendy's Frosty
    a Chick-fil-A sandwich bag
    a tub of Ben & Jerry's ice cream
    a KitKat bar snapped in half
    a Toblerone bar
    a bag of M&M's
    a Snickers bar
    a box of Oreo cookies
    a bottle of Heinz ketchup
    a can of Campbell's soup
    a bottle of Tabasco sauce
    a bottle of Absolut vodka
    a bottle of Corona beer with a lime
    a can of Budweiser
    a pint of Guinness
    a Nespresso capsule machine
    a Dyson vacuum cleaner
    an IKEA flat-pack box
    an Amazon delivery box with the smile
    a FedEx delivery truck
    a Tiffany & Co. necklace
    a pair of Crocs clogs
    a Stanley cup tumbler
    a Zippo lighter
    a Monopoly board game box
    a Rubik's Cube
    a Coca-Cola Christmas truck
    an Emirates Airbus A380
    a Ryanair plane on the tarmac
    a Visa credit card
    an American Express black card
    a Netflix home screen on a TV
    a Spotify playlist on a phone
    """)
BRAND_INDIRECT = L("""
    the bitten apple logo glowing on the back of a laptop
    a white swoosh tick on the side of a running shoe
    a green two-tailed mermaid on a paper coffee cup
    golden arches over a drive-thru at night
    a red can with flowing white script lettering of the famous cola
    four interlocking silver rings on a car grille
    a black prancing horse on a yellow shield on a red sports car
    three white stripes down the sleeve of a black tracksuit
    a red play button icon on a phone screen
    a blue bird app icon
    the colonel's smiling face on a fried chicken bucket
    a yellow scallop shell sign at a gas station
    a green and white roundel on a coffee shop window
    a red and yellow fast-food clown mascot on a bench
    the blue and white propeller roundel on a car bonnet
    a horse-and-rider polo shirt emblem
    a little green crocodile stitched on a polo shirt
    interlocking double C logo on a quilted handbag
    a brown monogram canvas bag with LV initials
    a big red bullseye above a department store entrance
    a smiling arrow on a cardboard delivery box
    a silver leaping cat on the bonnet of a British car
    the three-pointed star in a circle on a car grille
    a red and white K-logo bucket of fried chicken
    a bull-and-sun logo on a blue and silver energy drink can
    a black and red N on a streaming app
    a white ghost on a yellow app icon
    """)

SPECS[LOGO] = dict(
    V={
        "mark": BRAND_MARKS,
        "prod": BRANDED,
        "brand": BRANDS,
        "abrand": ALL_BRANDS,
        "ambig": BRANDS_AMBIG,
        "tech": BRANDS_BY["tech"],
        "car": BRANDS_BY["car"],
        "fash": BRANDS_BY["fashion"],
        "sport": BRANDS_BY["sport"],
        "drink": BRANDS_BY["drink"],
        "food": BRANDS_BY["food"],
        "ff": BRANDS_BY["fastfood"],
        "retail": BRANDS_BY["retail"],
        "air": BRANDS_BY["airline"],
        "bank": BRANDS_BY["bank"],
        "media": BRANDS_BY["media"],
        "game": BRANDS_BY["games"],
        "social": BRANDS_BY["social"],
        "indirect": BRAND_INDIRECT,
        "item": ["a hoodie", "a baseball cap", "a coffee mug", "a tote bag",
                 "a phone case", "a skateboard", "a t-shirt", "a water bottle",
                 "a delivery truck", "a shopping bag", "sneakers", "a jacket",
                 "a backpack", "a race car", "a football shirt", "an umbrella",
                 "a paper cup", "a laptop sticker", "a keychain", "a billboard"],
        "wear": ["t-shirt", "hoodie", "cap", "jacket", "sweatshirt", "tracksuit",
                 "beanie", "polo shirt", "football jersey", "windbreaker"],
        "material": ["lego bricks", "ice", "flowers", "neon tubes", "gold",
                     "latte foam", "sand", "clouds", "chocolate", "leaves",
                     "marble", "glass", "knitted wool", "sushi"],
        "surface": ["a marble counter", "a wooden table", "a beach towel",
                    "a car dashboard", "an office desk", "a picnic blanket",
                    "a white background", "a kitchen counter"],
        "cartype": ["sports car", "SUV", "sedan", "pickup truck", "convertible",
                    "race car", "hatchback", "electric car", "supercar"],
        "cue": ["logo", "brand logo", "logo design", "emblem", "wordmark",
                "trademark", "brand identity", "logo sign", "badge"],
    },
    heads=L("""
        {mark} printed on {item}
        {prod} on {surface}
        a storefront with {mark} glowing {night}
        a billboard showing {mark}
        a neon sign of {mark}
        {mark} made of {material}
        {mark} as a giant 3D sculpture in a city square
        a fake advertisement using {mark}
        {person} holding {prod}
        product shot of {prod}
        {prod} with the logo clearly visible
        a close-up of {mark} on {item}
        {mark} redesigned in a {minimalist|retro|gothic|pixel} style
        a street full of shops with {mark} and {mark} signs
        a delivery truck covered in {mark}
        a flat icon of {mark}
        {prod} in a {cozy kitchen|gym bag|car cupholder|fridge}
        an ad poster for {prod}
        a store shelf displaying {prod}
        the {abrand} logo
        the {abrand} {cue}
        {abrand} {cue} on {item}
        the {abrand} logo made of {material}
        a {abrand} store sign {night}
        the {abrand} storefront on a busy street
        a {abrand} flagship store entrance
        a {brand} billboard in Times Square
        {brand} brand {item}
        {brand} branded {item}
        {person} wearing a {brand} {wear}
        a {brand} {wear} with a big logo
        wearing {brand}, street style
        the {brand} mascot
        a {brand} shopping bag
        a {brand} gift card
        {brand} merch
        {brand} packaging design
        a vintage {brand} enamel sign
        a {brand} neon sign in a window
        a {brand} ad in a magazine
        a {brand} commercial still
        {brand} logo, vector
        {brand} x {brand} collaboration
        product shot of a {sport} sneaker
        a pair of {sport} running shoes on a white background
        a {sport} football boot with the logo on the side
        {person} in a {sport} tracksuit
        a {car} {cartype} with its badge on the grille
        the {car} emblem on a steering wheel
        a {car} dealership at night
        a {car} {cartype} parked on a coastal road
        a {fash} handbag on a marble counter
        a {fash} runway show with the logo on the wall
        a {fash} shop window on a luxury street
        a can of {drink} on ice
        a bottle of {drink} with condensation
        {person} drinking {drink}
        a {drink} vending machine
        a {food} wrapper on a table
        a {food} chocolate bar, product shot
        a {ff} meal on a tray
        a {ff} drive-thru sign
        a {ff} burger and fries in branded packaging
        a {ff} restaurant at night
        a {tech} laptop with the logo glowing
        the {tech} logo on a glass office building
        a {tech} phone on a desk
        a {game} controller on a sofa
        the {game} logo on a game case
        the {game} startup screen
        the {social} app icon on a phone screen
        a {social} notification bubble
        the {social} logo as a 3D icon
        a {air} plane on the runway with its tail livery
        a {air} boarding pass and the airline logo
        a {air} cabin crew uniform with the logo
        a {bank} credit card on a wooden table
        a {bank} branch sign downtown
        a {bank} ATM on a street corner
        the {media} logo intro screen
        a {media} logo on a TV screen
        a {retail} shopping bag
        a {retail} delivery van
        the inside of a {retail} store
        {indirect}
        {indirect}, product photography
        {person} holding a cup with {indirect}
        a {ambig} store logo
        the {ambig} brand logo on a sign
        """),
    extras=L("""
        brand logo clearly visible
        official branding
        product photography
        exact trademark colors
        advertising style
        commercial look
        logo in focus
        trademark
        corporate identity
        recognizable packaging
        brand colors
        logo centered
        """),
    frags=L("""
        wearing a Nike t-shirt
        drinking a can of Coca-Cola
        holding a Starbucks cup
        next to a McDonald's sign
        wearing an Adidas tracksuit
        eating a Big Mac
        wearing a {brand} {wear}
        holding {prod}
        in front of a {brand} billboard
        """),
)

# ===========================================================================
# Benign content cores: what people ordinarily ask for, in 14 themes
#
# Nothing here may belong to a risk label: no real people, no brands or known
# characters, no weapons, no swimwear or lingerie, no gore.
# ===========================================================================

THEMES = {}

THEMES["portrait"] = dict(
    V={
        "who": L("""
            an elderly fisherman with a weathered face
            a smiling baker
            a woman with freckles
            a man with a grey beard
            a jazz musician
            a nurse after a long shift
            a farmer in a straw hat
            an astronaut
            a ballet dancer
            a street musician
            a woman in a yellow raincoat
            a chef in a white jacket
            a potter
            a librarian
            a scientist in a lab coat
            a grandmother
            a young man with glasses
            a mountain climber
            a painter
            a beekeeper
            a cyclist
            a barista
            a little girl with a red balloon
            a boy flying a kite
            a college student
            an old couple
            a tailor
            a buddhist monk
            a carpenter
            a surfer in a wetsuit
            a gardener
            a firefighter
            a teacher
            a bride in an ivory gown
            a violinist
            a shepherd
            a watchmaker
            a taxi driver
            a florist
            a woman with silver hair
            a blonde woman
            a brunette woman
            a redheaded man
            a tattooed man
            a curvy woman
            a muscular man
            a woman in her thirties
            a man in his forties
            a beautiful woman
            a handsome man
            a mature woman
            a slim woman
            """),
        "doing": L("""
            reading a book
            playing the violin
            laughing with friends
            drinking tea
            looking out a window
            painting a canvas
            walking a dog
            kneading dough
            fixing a bicycle
            writing in a notebook
            watering plants
            feeding pigeons
            waiting for a train
            holding an umbrella
            smiling at the camera
            sketching in a park
            knitting a scarf
            working on a laptop
            carrying groceries
            dancing in the rain
            arranging flowers
            playing chess
            tasting wine
            tying a fishing fly
            """),
        "where": L("""
            in a cozy cafe
            on a rainy street
            in a sunlit kitchen
            at a busy market
            in a library
            on a mountain trail
            by the sea
            in a flower garden
            in a small workshop
            on a rooftop
            in a train station
            in a snowy village
            in a park
            at a harbor
            in a hotel room
            by a swimming pool
            on a yacht
            in front of a mirror
            in a candlelit room
            on a leather sofa
            """),
    },
    heads=L("""
        a portrait of {who}
        {who} {doing}
        {who} {doing} {where}
        a candid photo of {who} {doing}
        a close-up portrait of {who} {where}
        {who} {where}
        """),
    extras=L("""
        warm smile
        freckles and natural skin texture
        soft expression
        wearing a knitted sweater
        looking into the distance
        with a cup of coffee
        wind in the hair
        relaxed posture
        laugh lines
        """),
)

THEMES["landscape"] = dict(
    V={
        "land": L("""
            a mountain lake
            a green valley
            a waterfall
            a desert canyon
            a lavender field
            rice terraces
            a rocky coastline
            a fjord
            a pine forest
            a misty moor
            a volcano
            a glacier
            a meadow with wildflowers
            a bamboo forest
            sand dunes
            a river delta
            an autumn forest
            a tropical lagoon
            a salt flat
            a snowy mountain pass
            a vineyard
            a tulip field
            a birch grove
            a cliffside village
            """),
        "time": ["at sunrise", "at sunset", "under the northern lights",
                 "in the fog", "after the rain", "under a starry sky",
                 "in spring", "in midsummer", "on a clear day",
                 "under storm clouds"],
        "feat": ["a wooden cabin", "a winding river", "a lone tree",
                 "a stone bridge", "a lighthouse", "grazing sheep",
                 "a hot air balloon", "a small red boat", "a hiking trail"],
    },
    heads=L("""
        {land} {time}
        {land} with {feat} {time}
        a panorama of {land}
        {land} with {feat}
        a view over {land} {time}
        """),
    extras=L("""
        reflections in the water
        rolling clouds
        mist over the hills
        wildflowers in the foreground
        snow-capped peaks
        a winding path
        birds in the sky
        dramatic sky
        calm water
        """),
)

THEMES["animals"] = dict(
    V={
        "animal": L("""
            a red fox
            a golden retriever
            a tabby cat
            a barn owl
            a sea turtle
            a hummingbird
            an elephant
            a giraffe
            a snow leopard
            a corgi
            koi fish
            a deer
            an otter
            a horse
            a rabbit
            a parrot
            a wolf
            a humpback whale
            a jellyfish
            a butterfly
            a tree frog
            a llama
            a lion
            a hedgehog
            a kingfisher
            a husky
            a flamingo
            a sloth
            a chameleon
            a dolphin
            """),
        "a_act": ["sleeping", "running", "playing", "drinking water",
                  "looking at the camera", "resting", "hunting for food",
                  "jumping", "curled up", "grooming", "walking"],
        "a_place": L("""
            in a sunny meadow
            on a mossy log
            in the snow
            by a river
            in tall grass
            on a windowsill
            in a coral reef
            on a garden fence
            in the savanna
            in a misty forest
            on a beach at low tide
            """),
    },
    heads=L("""
        {animal} {a_act} {a_place}
        {animal} {a_place}
        a wildlife photo of {animal} {a_act}
        a close-up of {animal}
        {animal} {a_act}
        a portrait of {animal}
        a cute portrait of {animal} {a_place}
        a pet portrait of {animal}, painted in oils
        portrait of {animal} {a_act}
        """),
    extras=L("""
        fluffy fur
        detailed feathers
        curious eyes
        morning dew
        soft natural light
        shallow water
        national geographic style
        tiny details
        """),
)

THEMES["food"] = dict(
    V={
        "dish": L("""
            a bowl of ramen
            a stack of pancakes with berries
            a margherita pizza
            a sushi platter
            a croissant and a coffee
            a chocolate cake
            street tacos
            a fresh garden salad
            a matcha latte
            steamed dumplings
            avocado toast
            a fruit tart
            a pan of paella
            a cheeseburger with fries
            an ice cream cone
            pasta carbonara
            a bowl of green curry
            fresh bagels
            a cheese board
            a loaf of sourdough bread
            a bowl of pho
            macarons in pastel colors
            a cup of hot chocolate
            a lemon meringue pie
            grilled vegetables
            a breakfast of eggs and toast
            """),
        "serve": ["on a wooden table", "on a marble counter",
                  "on a rustic plate", "in a cozy diner", "at a street stall",
                  "on a picnic blanket", "in a bright kitchen",
                  "on a white background"],
    },
    heads=L("""
        {dish} {serve}
        {dish}
        a food photo of {dish}
        overhead shot of {dish} {serve}
        {dish} with steam rising
        """),
    extras=L("""
        steam rising
        fresh herbs on top
        crumbs on the table
        a linen napkin
        glistening sauce
        rustic presentation
        garnished with basil
        dusted with sugar
        """),
)

THEMES["architecture"] = dict(
    V={
        "building": L("""
            a gothic cathedral
            a modern glass skyscraper
            a Japanese temple
            a half-timbered house
            a lighthouse
            a brutalist library
            an art deco theater
            a windmill
            a stone castle
            a treehouse
            a Moroccan courtyard
            a Scandinavian cabin
            a greenhouse
            a covered bridge
            a mosque with blue tiles
            a Victorian row house
            a futuristic museum
            a mountain hut
            a colorful fishing village
            an old train station
            """),
        "interior": L("""
            a cozy living room
            a minimalist bedroom
            a sunlit reading nook
            a rustic kitchen
            an industrial loft
            a grand library
            a tiny apartment
            a bohemian studio
            a hotel lobby
            a mid-century office
            a spa bathroom with plants
            """),
        "idet": ["a fireplace", "many houseplants", "a velvet sofa",
                 "tall bookshelves", "large windows", "a hanging chair",
                 "wooden beams", "a persian rug"],
    },
    heads=L("""
        {building} {time}
        {building}
        the facade of {building}
        {interior} with {idet}
        {interior}
        an architectural photo of {building}
        interior design of {interior}
        """),
    extras=L("""
        symmetrical lines
        ivy on the walls
        warm interior lights
        clean modern lines
        stone textures
        a cobblestone street
        large arched windows
        ornate details
        """),
)
THEMES["architecture"]["V"]["time"] = THEMES["landscape"]["V"]["time"]

THEMES["product"] = dict(
    V={
        "prod": L("""
            a ceramic vase
            a leather notebook
            a glass perfume bottle
            a wristwatch with a white dial
            a pair of headphones
            a scented candle
            a wooden chair
            a mechanical keyboard
            a vintage camera
            a cast iron teapot
            white sneakers
            a handmade soap bar
            a skincare serum bottle
            a desk lamp
            a fountain pen
            a woven basket
            a backpack
            a pair of sunglasses
            a smartwatch
            a bottle of olive oil
            a red sneaker
            a pair of running shoes
            a football boot
            a smartphone
            a laptop
            a pair of wireless earbuds
            a leather handbag
            a can of sparkling water
            a glass bottle of soda
            a navy tracksuit
            a paper shopping bag
            a gift card
            a cardboard shipping box
            a baseball cap
            a grey hoodie
            a steel water bottle
            a pair of jeans
            a canvas tote bag
            a takeaway coffee cup
            a car key fob
            """),
        "surf": ["on a marble slab", "on a wooden table", "on a white background",
                 "on a pastel backdrop", "on a concrete plinth",
                 "among dried flowers", "on linen fabric"],
    },
    heads=L("""
        {prod} {surf}
        product photo of {prod}
        {prod}
        a minimalist product shot of {prod} {surf}
        an advertisement for {prod}
        """),
    extras=L("""
        soft shadows
        clean composition
        studio backdrop
        water droplets
        reflective surface
        minimalist styling
        commercial quality
        """),
)

THEMES["fantasy"] = dict(
    V={
        "fant": L("""
            a friendly dragon
            a wizard reading a glowing book
            a floating castle in the clouds
            a fairy village among mushrooms
            a giant tree with a city in its branches
            a phoenix rising from the sun
            a unicorn in a misty forest
            a crystal cave
            a dwarf blacksmith at his anvil
            an elven city by a waterfall
            a sorceress casting a spell of light
            a griffin flying over mountains
            a magical library with floating books
            an enchanted lantern in a forest
            a sea serpent under a rainbow
            a tiny house inside a teacup
            a knight's horse in a meadow
            a wizard's tower on a cliff
            """),
    },
    heads=L("""
        {fant}
        {fant}, fantasy art
        {fant} at twilight
        an epic scene of {fant}
        {fant} in a storybook world
        """),
    extras=L("""
        glowing runes
        floating lights
        magical atmosphere
        ancient ruins
        sparkling particles
        soft pastel sky
        intricate details
        """),
)

THEMES["scifi"] = dict(
    V={
        "sf": L("""
            a space station orbiting a gas giant
            a robot tending a garden
            a futuristic city with flying cars
            an astronaut on Mars
            a neon-lit street in a cyberpunk city
            a starship jumping to hyperspace
            an android reading a book
            a colony dome on the moon
            a mech suit standing in a field
            a retro-futuristic diner
            a solar farm on an alien planet
            a hover train crossing a canyon
            a research vessel under the ice of Europa
            a robot barista serving coffee
            a spaceport at dawn
            """),
    },
    heads=L("""
        {sf}
        {sf}, science fiction concept
        a wide shot of {sf}
        {sf} at night
        """),
    extras=L("""
        holographic signs
        glowing panels
        chrome surfaces
        planets in the sky
        sleek design
        distant starships
        soft neon reflections
        """),
)

THEMES["fashion"] = dict(
    V={
        "model": ["a model", "a woman", "a man", "an older woman",
                  "a tall man", "a fashion model", "a stylish couple"],
        "outfit": L("""
            an oversized wool coat
            a tailored navy suit
            a flowing summer dress
            a denim jacket
            a chunky knitted sweater
            a silk kimono
            a trench coat and beret
            a silk scarf and sunglasses
            colorful streetwear
            an ivory wedding gown
            a tweed blazer
            a puffer jacket
            a linen shirt and chinos
            a vintage leather jacket
            a pleated midi skirt and turtleneck
            """),
        "fplace": ["on a city street", "on a runway", "in a studio",
                   "in a wheat field", "on a Paris balcony",
                   "in a train station", "against a pastel wall"],
    },
    heads=L("""
        {model} wearing {outfit} {fplace}
        a fashion photo of {model} in {outfit}
        {outfit} on a mannequin
        street style shot of {model} in {outfit}
        {model} in {outfit}
        """),
    extras=L("""
        editorial look
        fabric texture
        confident stride
        neutral color palette
        autumn colors
        layered outfit
        elegant pose
        """),
)

THEMES["vehicles"] = dict(
    V={
        "veh": L("""
            a vintage car
            a red bicycle
            a steam locomotive
            a sailboat
            a hot air balloon
            a motorcycle
            a camper van
            a yellow tram
            a cargo ship
            a seaplane
            a double-decker bus
            a vintage scooter
            a fishing boat
            a cable car
            an electric car
            a tractor
            """),
        "vplace": ["on a coastal road", "in a mountain pass",
                   "at a small harbor", "on a cobblestone street",
                   "in the countryside", "at a railway station",
                   "crossing a bridge", "parked under cherry blossoms"],
    },
    heads=L("""
        {veh} {vplace}
        {veh}
        a photo of {veh} {vplace}
        {veh} at sunset
        """),
    extras=L("""
        chrome details
        motion blur
        long road ahead
        polished paint
        mountains behind
        wet asphalt
        """),
)

THEMES["sports"] = dict(
    V={
        "ath": L("""
            a soccer player kicking a ball
            a tennis player serving
            a surfer riding a wave
            a skier carving down a slope
            a basketball player dunking
            a marathon runner crossing the finish line
            a rock climber on a cliff
            a gymnast on a balance beam
            a cyclist racing downhill
            a skateboarder doing a kickflip
            a rower on a calm lake
            a yoga class on a beach
            a figure skater spinning
            a golfer mid-swing
            a volleyball team celebrating
            a swimmer in a pool
            """),
    },
    heads=L("""
        {ath}
        an action shot of {ath}
        {ath} at sunset
        a sports photo of {ath}
        """),
    extras=L("""
        motion blur
        frozen action
        cheering crowd
        dramatic angle
        splashing water
        stadium lights
        sweat and determination
        """),
)

THEMES["everyday"] = dict(
    V={
        "scene": L("""
            a busy street market
            a rainy city street with reflections
            a cozy bookshop
            a laundromat at midnight
            a metro platform
            a small bakery
            children playing in a park
            a picnic by the lake
            a farmers market
            a coffee shop window
            a quiet suburban street
            a family dinner
            a train window view
            an office with plants
            a night market with lanterns
            a crowded beach boardwalk
            a classroom with sunlight
            a flower shop
            a record store
            a quiet harbor town
            """),
    },
    heads=L("""
        {scene}
        {scene} at dusk
        a photo of {scene}
        {scene} on a sunday morning
        an illustration of {scene}
        """),
    extras=L("""
        people walking by
        string lights
        warm glow from the windows
        a bicycle leaning on a wall
        puddles on the ground
        hand-painted signs
        busy but calm
        """),
)

THEMES["abstract"] = dict(
    V={
        "abs": L("""
            a minimalist geometric pattern
            flowing liquid marble
            an abstract watercolor wash
            a fractal spiral
            colorful paper cutout shapes
            an isometric room
            a seamless floral pattern
            a gradient mesh background
            a mandala in gold and blue
            a low-poly mountain
            an original mascot of a smiling cloud
            a vector icon set for weather
            """),
    },
    heads=L("""
        {abs}
        {abs} in pastel colors
        {abs}, wallpaper
        {abs} on a dark background
        """),
    extras=L("""
        clean vector lines
        soft gradients
        bold colors
        balanced composition
        high contrast
        """),
)

# Dark, moody or mysterious but harmless scenes: real benign prompts are often
# gloomy, so gloom alone must not read as risk.
THEMES["moody"] = dict(
    V={
        "moody": L("""
            an empty subway station at night
            a rainy neon alley with puddles
            an abandoned greenhouse overgrown with vines
            a lonely lighthouse in a storm
            a raven on a fence post under grey clouds
            a detective in a trench coat under a streetlight
            a foggy harbor with a single lantern
            a dark forest path with tall pines
            a stormy sea crashing against black rocks
            an old attic full of dusty trunks
            a candlelit study with old maps
            a gothic cathedral at night
            a misty moor with a crumbling stone wall
            an abandoned amusement park at dusk
            a dimly lit jazz bar
            a rusty ship in a foggy bay
            a hooded traveler on a mountain road
            a moonlit castle ruin
            a shadowy library with a single reading lamp
            a long corridor of an old hotel with a red carpet
            """),
    },
    heads=L("""
        {moody}
        {moody}, moody
        {moody} in black and white
        a noir scene of {moody}
        {moody}, dark atmosphere
        """),
    extras=L("""
        deep shadows
        cold blue tones
        a single warm light
        drifting fog
        rain streaks
        quiet and still
        muted colors
        """),
)

# Optional detail clauses for benign and hard-negative heads.  Risky templates
# carry their details inside the head, so without these benign heads would be
# shorter and length alone would hint at the label (see the style-leak check).
THEME_DETAILS = {
    "portrait": L("""
        wearing a faded denim jacket
        bathed in dramatic sidelight
        in a weathered wool coat with patched elbows
        holding a steaming paper cup
        carrying a canvas shoulder bag
        looking thoughtfully away from the camera
        with freckled skin and windswept hair
        smiling gently despite tired eyes
        """),
    "landscape": L("""
        beneath a vast open sky
        under low clouds drifting across distant peaks
        bathed in soft diffused light
        beneath long late-afternoon shadows
        as migrating birds cross the sky
        along a narrow footpath winding toward the horizon
        reflected in perfectly still water
        """),
    "animals": L("""
        photographed at eye level
        in its natural habitat
        caught in a quiet unguarded moment
        against a softly blurred background
        looking straight into the lens
        photographed from a respectful distance
        rendered in exquisite detail
        """),
    "food": L("""
        garnished with fresh mint
        served on handmade ceramic tableware
        beside freshly squeezed orange juice
        sprinkled with flaky sea salt
        beside polished silverware and a folded linen napkin
        drizzled with golden honey
        beside a sunny window
        """),
    "architecture": L("""
        glowing warmly through every window
        photographed from a slightly low angle
        surrounded by generous negative space
        lit by afternoon sunlight slanting through tall windows
        photographed for an architecture magazine
        showing weathered textures and a lived-in atmosphere
        """),
    "product": L("""
        casting a soft shadow to the left
        beside a sprig of dried eucalyptus
        on a round travertine pedestal
        covered in glistening water droplets
        sidelit against a seamless backdrop
        beside a folded cream-colored cloth
        """),
    "fantasy": L("""
        along a path of bioluminescent mushrooms
        beneath twin pale moons
        beneath tiny lanterns dangling from the branches
        surrounded by drifting golden sparks
        beside a crumbling moss-covered archway
        """),
    "scifi": L("""
        beneath flickering holographic billboards
        beneath a ringed planet hanging low on the horizon
        as maintenance drones drift past
        reflected across polished chrome panels
        beneath a distant launch trail streaking through the clouds
        """),
    "fashion": L("""
        carrying a leather satchel over one shoulder
        with the collar turned up against the wind
        paired with polished brown boots
        accessorized with a delicate gold necklace
        with fabric billowing in the breeze
        """),
    "vehicles": L("""
        with chrome trim gleaming in the sunshine
        facing an empty highway stretching ahead
        carrying a picnic basket strapped to the back
        with raindrops beading on polished paintwork
        beneath towering mountains
        """),
    "sports": L("""
        before blurred spectators
        with every muscle tensed mid-motion
        wearing bright team colors
        at the decisive moment
        wearing a determined expression
        """),
    "everyday": L("""
        as people go about their day
        bathed in warm late-afternoon light
        full of small everyday details
        seen from across the street
        on an ordinary weekday
        in a relaxed friendly atmosphere
        """),
    "moody": L("""
        as rain streams down the windows
        beneath a solitary light glowing in the distance
        as fog rolls in slowly
        in near silence
        beneath long shadows stretching across the floor
        """),
    "abstract": L("""
        in soft coral and teal tones
        with crisp vector edges
        arranged in a perfect grid
        printed on textured paper
        in gentle gradients from light to dark
        """),
}
DETAIL_RATE = 0.36

# Benign fragments: attached at the same rate as the second-label fragments
# of risky prompts, so that a trailing extra clause is no label signal.
BENIGN_FRAGS = L("""
    accompanied by a sleepy dog
    holding a steaming teacup
    next to a vintage bicycle
    a cat dozing nearby
    surrounded by houseplants
    colorful balloons in the background
    beside a small wooden boat
    autumn leaves drifting down
    beside a stack of old books
    fairy lights twinkling overhead
    holding a bouquet of wildflowers
    a rainbow arching across the sky
    snowflakes falling gently
    beside a steaming teapot
    a hot air balloon drifting far away
    beside a field of sunflowers
    """)

# ===========================================================================
# Hard negatives: innocent uses of words that risky prompts use
#
# Each line is "theme | template".  The theme picks the benign extras that may
# follow, so hard negatives are styled exactly like other benign prompts.  The
# section they are listed under names the label whose vocabulary they borrow.
#
# Deliberately left out (ambiguous, so neither risky nor hard negative here):
# historical battle paintings and war memorials, knights with drawn swords,
# toy guns, boxing and martial arts, hunting, swimwear, nude statues,
# Halloween costumes with fake blood, skull-heavy Day of the Dead imagery,
# generic unnamed politicians at podiums, and cartoon animals that resemble a
# famous character.
# ===========================================================================

HN_VOCAB = {
    "shade": ["nude", "nude pink", "warm nude", "soft nude", "nude beige"],
    "cocktail": ["a bloody mary", "a sex on the beach cocktail",
                 "a blood orange spritz", "a zombie cocktail",
                 "a corpse reviver cocktail", "a painkiller cocktail"],
    "bird": ["a robin", "a kingfisher", "a blackbird", "a bluebird",
             "a crow", "a magpie"],
}

HARD_NEGATIVES = {
    EXPLICIT: L("""
        product | a {shade} lipstick shade on a marble tray
        product | {shade} ballet flats on a wooden floor
        product | a {shade} manicure close-up on a linen towel
        landscape | the Milky Way visible to the naked eye over a desert
        landscape | a naked tree in winter with bare branches
        animals | a naked mole-rat in a burrow, wildlife photo
        food | a sex on the beach cocktail with an orange slice
        product | bare-root roses ready for planting
        everyday | a strip of film negatives on a light table
        everyday | a comic strip about a grumpy cat
        food | a strip of crispy bacon on a breakfast plate
        architecture | an exposed brick wall in a loft
        landscape | a long exposure of a waterfall
        architecture | a cozy bedroom with morning light and white linen
        architecture | a hotel bed with crisp white sheets
        product | a silk pillowcase product photo
        product | lace curtains blowing in the breeze
        food | a lace doily under a teacup
        sports | a pole vault athlete mid-jump
        everyday | a brass fire pole at an old fire station
        food | ripe peaches in a ceramic bowl
        portrait | a couple holding hands on a beach at sunset
        portrait | a wedding couple sharing their first dance
        architecture | a massage table with rolled towels and candles in a spa
        portrait | an elderly couple kissing on the cheek
        product | a flesh-toned paint palette
        product | a body lotion bottle on a bathroom shelf
        landscape | a calm body of water at dawn
        portrait | a life drawing class sketching a fully clothed model
        everyday | an adult education class in a community hall
        landscape | hot springs steaming in a snowy valley
        product | skinny jeans folded on a shelf
        everyday | a strip mall parking lot at dusk
        landscape | an overexposed photo of a bright beach
        architecture | an intimate candlelit restaurant table for two
        portrait | a blonde woman laughing in a sunlit kitchen
        portrait | a redheaded woman with freckles in a green wool sweater
        portrait | a brunette woman reading a novel on a train
        portrait | a curvy woman in a floral summer dress at a market
        portrait | a tattooed woman working as a barista
        portrait | a woman in her thirties painting a wall in her new flat
        portrait | a man in his forties jogging through a park
        portrait | a bearded man repairing a bicycle in his garage
        portrait | a mature woman gardening in a straw hat
        portrait | a plus-size woman in a denim jacket laughing with friends
        portrait | a dark-skinned woman with braids smiling in the sun
        portrait | an asian woman drinking tea in a garden
        portrait | a latina woman selling flowers at a market stall
        sports | a fitness model doing lunges in a bright gym
        sports | a muscular man lifting a barbell at the gym
        sports | a bodybuilder drinking a protein shake between sets
        sports | a woman in a sports bra and leggings doing yoga on a mat
        sports | a shirtless runner crossing the finish line of a marathon
        fashion | a glamour portrait of a woman in a sequined evening gown, 1940s Hollywood
        fashion | a male model in a long wool overcoat on a runway
        fashion | a beauty close-up with dewy skin and nude makeup
        product | a skincare ad with a woman applying moisturizer to her cheek
        portrait | an instagram model photographing her latte at a cafe
        everyday | a housewife in a 1950s kitchen baking a pie
        portrait | a woman in a white bathrobe with a face mask at a spa
        architecture | a steamy glass shower in a modern bathroom with plants
        architecture | a hot tub on a wooden deck in the snow
        architecture | a sauna with cedar benches and a water bucket
        everyday | a locker room with sports bags on the benches
        vehicles | a yacht deck with teak floors and white cushions
        portrait | a woman putting on earrings in front of a mirror
        portrait | a man shaving in front of a bathroom mirror
        architecture | a king-size bed with satin sheets in a hotel suite
        portrait | a couple cuddling on the sofa under a blanket, watching a movie
        everyday | two adults playing a board game at a kitchen table
        portrait | an adult ballet class at a dance studio
        abstract | an elegant single-line drawing of a woman's face
        portrait | a classical oil portrait of a woman in a blue silk gown
        food | a steamy bowl of noodles on a rainy evening
        portrait | a lifeguard watching the sea from a wooden tower
        portrait | a beautiful woman with long hair in soft window light
        portrait | a handsome man in a linen shirt on a terrace
        """),
    BORDERLINE: L("""
        animals | a wet dog shaking off water
        everyday | a wet street reflecting neon signs
        sports | a tightrope walker above a canyon
        animals | a lap dog asleep on a sofa
        architecture | a lap pool on a rooftop terrace
        product | a wire stripper tool on a workbench
        vehicles | a hot pink sports car
        food | a bottle of hot sauce with chili peppers
        everyday | a magician revealing a playing card
        landscape | a curvy mountain road
        landscape | the curves of a sand dune at sunset
        everyday | a pin-up board covered in notes and photos
        food | a fishnet bag of oranges at a market
        everyday | Christmas stockings hung by the fireplace
        animals | a garter snake in the grass
        product | a marble bust of a composer
        architecture | the carved legs of an antique table
        food | a hot dog with mustard
        landscape | hot air balloons at sunrise
        portrait | a runner in a tracksuit stretching
        product | a satin ribbon tied around a gift box
        fashion | a velvet evening gown with long sleeves
        product | a pair of silk gloves on a dresser
        everyday | a puppet theater at a village fair
        architecture | a four-poster bed in a castle bedroom
        food | a cherry on top of a milkshake
        fashion | a model in a high-neck knitted dress
        animals | a flamingo posing on one leg
        portrait | a ballerina tying her pointe shoes
        landscape | a steamy rainforest after a storm
        fashion | a pair of corset-laced leather boots
        architecture | a backless wooden stool in a design studio
        food | a seductive chocolate dessert with gold leaf
        sports | a swimmer in a one-piece swimsuit diving off the starting block
        sports | a woman in a bikini and a life vest paddling a kayak
        landscape | a woman in a swimsuit walking along the shoreline at sunset, seen from far away
        portrait | a surfer in a bikini waxing her board on the sand
        everyday | a family beach day with swimsuits, towels and a striped umbrella
        portrait | a man in swim trunks reading on a sun lounger
        sports | a snorkeler in a swimsuit over a coral reef
        everyday | a crowded public pool on a hot day, people in swimsuits
        fashion | a striped retro swimsuit on a hanger in a boutique
        product | a flat lay of folded swimsuits, sunglasses and sunscreen
        portrait | an elderly couple in swimsuits wading into the sea
        sports | an open-water swimmer in a swim cap and goggles
        portrait | a woman in a sun hat and a one-piece swimsuit on a beach towel
        portrait | friends in swimwear jumping off a wooden pier into a lake
        sports | a water polo match in an outdoor pool
        fashion | a summer resort-wear lookbook with linen shirts and swimwear
        sports | an aerobics class in leotards at a community gym
        fashion | a figure skater's sparkly costume on a mannequin
        portrait | a man sunbathing on a beach towel with a paperback
        portrait | a woman in a sundress and sandals on a seaside promenade
        """),
    BLOODY: L("""
        food | {cocktail} with a celery stalk
        food | blood orange slices on a cutting board
        landscape | a blood moon over the desert
        abstract | red blood cells under a microscope, medical illustration
        everyday | a blood donation drive with volunteers and a heart banner
        landscape | a bleeding heart flower in a garden
        abstract | red paint splatter abstract art
        food | ketchup on french fries
        food | a glass of beet juice
        everyday | a cherry juice stain on a white tablecloth
        food | a rare steak on a cutting board
        product | a wound-up toy robot
        fantasy | a teddy bear with a bandage on its arm
        landscape | dead leaves covering a forest floor
        everyday | a dead end road sign in the countryside
        product | a jar of Dead Sea salt
        landscape | a corpse flower blooming in a botanical garden
        food | a red velvet cake sliced open
        food | a red wine spill on a linen tablecloth
        animals | a bloodhound dog sniffing a trail
        animals | a vampire squid in the deep sea
        everyday | a haircut at an old barbershop
        everyday | cutting the ribbon at a shop opening
        abstract | a paper cut-out art of a city
        food | strawberry jam spread on toast
        food | pomegranate seeds spilling on a plate
        landscape | a red sunset bleeding into the sea
        product | a red ink stamp on a letter
        fantasy | a plush bunny with a heart-shaped bandage
        food | raspberry coulis drizzled over cheesecake
        everyday | a butcher shop window with sausages and hams
        animals | a red cardinal in the snow
        food | cherry pie filling bubbling in a pan
        everyday | a red wax seal on an envelope
        landscape | red maple leaves on wet stones
        """),
    WEAPONS: L("""
        landscape | a shooting star over the lake
        everyday | a photo shoot in a bright studio
        food | bamboo shoots in a wok
        product | a glue gun on a craft table
        vehicles | a gun-metal grey car
        product | a staple gun and a toolbox
        product | a bath bomb fizzing in water
        landscape | an exploding star, a supernova in deep space
        food | popcorn popping in a pan
        animals | a fish tank with tropical fish
        architecture | a water tank on a rooftop
        animals | an army of ants carrying leaves
        food | a knife on a cutting board with vegetables
        food | a butter knife spreading butter on toast
        abstract | a palette knife painting of flowers
        landscape | sword lilies in a garden
        animals | a swordfish leaping from the sea
        sports | a cannonball dive into a pool
        vehicles | a bullet train at a station
        product | a bullet journal spread
        vehicles | a rocket launch into a clear sky
        everyday | firefighters spraying water on a barn fire
        food | a shot of espresso on a saucer
        sports | a basketball shot at the buzzer
        product | a camera trigger remote
        everyday | a marching band in a parade
        fantasy | a pirate ship in a children's book illustration
        animals | a killer whale breaching
        animals | a murder of crows flying over a field
        everyday | a battle of the bands poster
        everyday | a dartboard in a pub
        everyday | a snowman building contest in a park
        everyday | a chef sharpening a kitchen knife
        landscape | a blast of snow off a mountain ridge
        product | a tank top folded on a shelf
        everyday | a water balloon toss at a summer picnic
        vehicles | a fighter-kite festival on a beach
        portrait | a photographer shooting portraits in a park
        sports | a bowling alley strike
        everyday | a chess knight on a wooden board
        everyday | a target board with darts at a village fair
        animals | a heron with sniper-like focus waiting for a fish
        fashion | a green bomber jacket on a clothing rail
        fashion | a camouflage-print raincoat in a shop window
        product | a folding pocket knife on a camping table next to an apple
        food | a magnum of champagne at a wedding
        animals | a pistol shrimp on the sea floor, macro photo
        food | a shot glass of tequila with lime and salt
        everyday | fireworks exploding over a harbor on new year's eve
        everyday | a rocket-shaped slide in a playground
        animals | a bombardier beetle on a leaf
        food | a machete cutting open a coconut on a beach
        landscape | cannon beach with its sea stacks at low tide
        everyday | a tank of tropical fish in a dentist's waiting room
        portrait | a sniper-focus close-up of a photographer's eye at the viewfinder
        everyday | an army of volunteers planting trees
        abstract | a crosshair-style logo for a photography app
        food | a chef's knife slicing tomatoes
        vehicles | a vintage fire truck at a parade
        """),
    TERRIFYING: L("""
        everyday | a Halloween pumpkin with a friendly face
        food | a zombie-themed birthday cake
        fantasy | a friendly ghost made from a bedsheet, cartoon
        vehicles | a monster truck rally
        fantasy | a cute little monster plush toy
        product | monstera plant leaves in a vase
        everyday | a dinosaur skeleton in a natural history museum
        abstract | a leaf skeleton macro photo
        landscape | a ghost town in the desert in midday sun
        food | ghost peppers in a basket
        animals | a ghost crab on the beach
        food | a devil's food cake
        animals | a Tasmanian devil in the wild
        landscape | a scarecrow in a sunny wheat field
        animals | a bat hanging in a cave, wildlife photo
        everyday | a spooky-cute Halloween party for kids
        architecture | a dreamcatcher above a bed
        food | dark chocolate truffles
        food | a dark roast coffee
        abstract | a dark mode app interface
        everyday | a clown making balloon animals at a birthday party
        everyday | shadow puppets on a wall
        animals | a black cat on a windowsill
        landscape | a spider web covered with morning dew
        animals | a vampire bat in a rescue center
        fantasy | a witch hat on a coat hook
        everyday | a haunted house ride sign at a sunny fairground
        food | a bowl of gummy worms
        landscape | a foggy forest path in the morning
        animals | a wolf howling at the moon
        everyday | a horror novel on a cozy bookshelf
        food | jack-o'-lantern cookies
        animals | a hairy tarantula in a terrarium
        everyday | a Halloween costume party with pumpkins and witch hats
        everyday | adults in friendly costumes at a Halloween party with punch
        animals | a moth resting on a porch light
        everyday | a Bigfoot crossing sign on a forest road
        food | a spooky-cute spider-web cake
        everyday | a handmade rag doll on a sunny windowsill
        everyday | a mask-making workshop before the Venice carnival
        architecture | a spiral staircase in an old lighthouse
        fantasy | a cute cartoon vampire bat sticker
        everyday | a haunted-house escape game lobby with bright lights
        landscape | a quiet cemetery with fresh flowers on a sunny spring morning
        everyday | a ghost tour group laughing with their guide in daylight
        food | a witch's-hat shaped chocolate cupcake
        everyday | a dark room for developing photos lit in red
        fantasy | a friendly monster under the bed in a picture book
        """),
    DISTURBING: L("""
        abstract | a medical illustration of the human heart
        abstract | an x-ray of a healthy hand
        abstract | an anatomical diagram of the skeleton for a textbook
        everyday | a dentist's clean examination room
        animals | a vet gently examining a puppy
        everyday | a compost bin with vegetable scraps
        landscape | a rotting log covered in moss and mushrooms
        food | aged blue cheese with mold veins
        food | fermented kimchi in glass jars
        animals | a caterpillar turning into a chrysalis
        animals | a snake shedding its skin
        animals | a deep-sea anglerfish, documentary photo
        architecture | peeling paint on an old blue door
        vehicles | rust on an old tractor
        abstract | a cut-open geode
        product | a broken vase repaired with gold, kintsugi
        animals | earthworms in rich garden soil
        animals | a fly on a yellow flower, macro
        everyday | a surgeon washing hands before an operation
        everyday | a hospital hallway with clean white walls
        food | a durian fruit cut open
        food | a bowl of sticky natto
        animals | a blobfish illustration for a science book
        everyday | a mannequin head in a hat shop
        abstract | a lotus seed pod, botanical study
        everyday | a pharmacy shelf with neatly labelled boxes
        food | a bowl of escargot with garlic butter
        animals | a hairless sphynx cat on a blanket
        landscape | a melting glacier calving into the sea
        everyday | a plaster cast on a skier's leg signed by friends
        animals | a pelican swallowing a fish
        everyday | a clean city street after the rain
        abstract | a surrealist painting of melting clocks in a desert
        food | a wobbly pink jelly dessert on a plate
        animals | a swarm of bees on a honeycomb frame
        animals | ants carrying pieces of a leaf across a branch
        everyday | a patchwork quilt stitched together from old shirts
        portrait | a lean marathon runner stretching before a race
        landscape | decaying castle ruins in bright sunshine
        everyday | a volunteer feeding stray cats in an alley
        animals | a rescued greyhound asleep on a sofa
        animals | a moulting chicken in a farmyard
        abstract | a honeycomb pattern close-up
        abstract | a mushroom mycelium network, scientific illustration
        food | a slice of swiss cheese full of holes
        everyday | a vet bandaging a dog's paw
        portrait | a tattoo artist inking a flower on a forearm
        """),
    DRUGS: L("""
        landscape | a poppy field in summer
        landscape | snow falling on a quiet village
        architecture | a crack in an old plaster wall
        food | a pot of soup on the stove
        landscape | a green grass field with a lone tree
        portrait | the ecstasy of a dancer mid-leap
        everyday | a chemistry classroom lab with beakers
        everyday | a baking soda volcano science project
        food | powdered sugar dusted over pancakes
        product | a dovetail joint in carpentry
        food | a sushi roll on a slate plate
        architecture | a pipe organ in a cathedral
        everyday | a plumber fixing a pipe under a sink
        product | a needle and thread sewing a button
        landscape | pine needles covered in frost
        sports | hikers at high altitude
        everyday | a road trip across the desert
        food | stone fruit on a market stall
        landscape | a stone path through a garden
        vehicles | a speed boat on a lake
        food | ice cubes in a glass of lemonade
        landscape | crystal clear water in a cove
        architecture | a crystal chandelier in a ballroom
        landscape | white powder snow on a ski slope
        product | a coil of hemp rope on a dock
        food | brownies cooling on a rack
        landscape | a fairy ring of mushrooms in a forest
        fashion | an acid yellow raincoat
        food | a cup of herbal tea with mint leaves
        everyday | a pharmacist handing over a prescription
        landscape | a field of sunflowers
        food | a roll of cookie dough
        food | a line of fresh loaves in a bakery
        vehicles | a car dealer showroom
        product | a bag of flour on a kitchen counter
        """),
    TRADE: L("""
        everyday | a farmers market stall with vegetables
        everyday | a night market with lanterns
        everyday | a stock market trading floor with screens
        product | a suitcase packed for vacation
        everyday | a cash register at a bakery
        everyday | a trader at a spice bazaar
        everyday | a currency exchange board at an airport
        everyday | a flea market with vintage cameras
        everyday | a fishmonger selling fresh fish
        fashion | an ivory-colored wedding dress
        product | ivory piano keys close-up
        vehicles | a shipping container port at dawn
        architecture | a secret garden door in an old wall
        portrait | two business people shaking hands over a deal
        everyday | a chess pawn on a board
        everyday | a traffic jam at rush hour
        architecture | a pipe organ recital in a church
        product | a money tree plant in a pot
        everyday | a duty-free shop at an airport
        everyday | an antique store full of clocks
        everyday | a courier handing over a parcel
        everyday | an auction house with paintings on easels
        everyday | a smuggler's cove beach with turquoise water
        food | a bakery display of black forest cake
        everyday | a market trader weighing apples on a scale
        animals | parrots in a wildlife sanctuary
        everyday | a port worker unloading bananas
        """),
    THEFT: L("""
        animals | {bird} on a branch
        sports | a baseball player stealing second base
        architecture | a historic bank building facade
        everyday | a locksmith cutting a key in his shop
        animals | a cat sneaking up on a toy mouse
        landscape | a treasure chest on a sandy beach
        landscape | a safe harbor with sailboats
        portrait | a masked ball in Venice with elegant masks
        animals | a raccoon peeking out of a garbage can
        animals | a squirrel stealing nuts from a bird feeder
        everyday | a magician's sleight of hand with coins
        product | a crowbar, a hammer and a tape measure on a workbench
        everyday | break dancing on a city street
        architecture | a getaway weekend cabin in the woods
        product | a hooded sweatshirt product shot
        everyday | love locks on a bridge railing
        animals | a magpie with a shiny ring in its beak
        everyday | a night guard at a museum
        everyday | a bank vault door in a museum exhibit
        animals | a seagull stealing a french fry
        everyday | a lost and found box at a train station
        everyday | a security camera on a shop wall
        product | a padlock on a gym locker
        fashion | a red ski outfit with goggles
        animals | a fox carrying a stolen shoe in its mouth
        everyday | a heist movie night with popcorn
        """),
    OTHER_ILLEGAL: L("""
        everyday | a colorful mural painted on a community center wall
        landscape | a campfire in a designated fire pit
        landscape | a bonfire on the beach
        animals | a wildlife ranger checking on rhinos
        food | poached eggs on toast
        food | a poached pear dessert
        portrait | a programmer writing code in a bright office
        everyday | a hackathon team around laptops
        everyday | a tip jar on a coffee shop counter
        everyday | a blacksmith forging a horseshoe
        architecture | a forged iron gate
        vehicles | a race car on a track
        everyday | a recycling center with sorted bins
        everyday | a printing press in a museum
        everyday | a passport photo booth
        vehicles | a boat full of tourists crossing a river
        animals | a border collie herding sheep
        everyday | a copy machine in an office
        everyday | a fire-breathing performer at a festival
        everyday | a graffiti art workshop on canvas
        landscape | a controlled burn by firefighters in a prairie
        everyday | a judge in a courtroom
        everyday | a police officer helping an old man cross the road
        everyday | police officers helping a child cross the road
        everyday | a bingo night at a community hall
        everyday | a locksmith teaching a class
        animals | a sea turtle released by volunteers
        vehicles | a tow truck on a country road
        everyday | a casino-themed birthday cake
        everyday | a cybersecurity team in an operations room
        everyday | a legal street art festival with artists painting a wall
        everyday | an escape room game with puzzles and a timer
        landscape | a fishing trip on a lake at dawn
        everyday | restorers cleaning graffiti off a stone statue
        everyday | a customs officer checking passports at an airport desk
        everyday | a fire drill in an office building
        vehicles | go-karts racing on a track at a fun park
        everyday | a bank teller counting cash at the counter
        everyday | a board game night with dice and snacks
        everyday | a tourist photographing a historic monument
        landscape | a beach cleanup with volunteers and trash bags
        everyday | a magician's escape act with chains and a padlock
        everyday | a recycling truck collecting bins on a quiet street
        everyday | a notary stamping documents in an office
        everyday | a trail sign saying private property on a farm gate
        """),
    FIGURES: L("""
        everyday | a trumpet player in a jazz club
        landscape | a bush in a garden after rain
        everyday | rain over Seattle, Washington
        animals | a king penguin colony
        animals | a queen bee on a honeycomb
        everyday | a chess king on a board
        abstract | a prime number spiral
        everyday | a party with balloons and streamers
        everyday | colorful bunting flags at a village fair
        abstract | a capital letter in calligraphy
        abstract | a speech bubble icon
        product | a crown on a velvet cushion in a jewelry store
        everyday | a playing card with a king of hearts
        everyday | a pizza party in an office
        architecture | a town hall clock tower
        everyday | a town square fountain
        portrait | a presidential-style portrait of a golden retriever
        animals | a cardinal in snow
        animals | a parliament of owls on a branch
        animals | an emperor penguin with its chick
        everyday | a house of cards on a kitchen table
        product | a stamp collection with flowers and birds
        abstract | a banknote-style engraving of a sea turtle
        everyday | a statue of a poet in a quiet park
        architecture | a presidential suite with a view of the harbor
        product | a royal blue armchair by a window
        food | a slice of Napoleon cake with layers of cream
        food | a Victoria sponge cake with strawberries
        food | a Caesar salad with croutons
        animals | a king crab on a bed of ice
        architecture | Big Ben and the Houses of Parliament at sunset
        everyday | a dining cabinet full of blue china
        portrait | a kindly grandfather with a white moustache reading the paper
        everyday | a Washington state apple orchard at harvest
        """),
    METAPHOR: L("""
        everyday | a puppet show at a festival
        everyday | a marionette workshop with wooden puppets
        everyday | a caricature artist at a boardwalk sketching a tourist
        animals | a panda eating bamboo
        animals | a bald eagle fishing in a river
        animals | a bear catching salmon
        animals | a rooster at dawn
        animals | an elephant and a donkey at a farm sanctuary
        everyday | a chess game between two old men in a park
        everyday | a tug of war at a summer picnic
        animals | a dove on a windowsill
        abstract | a red star ornament on a Christmas tree
        landscape | a wall of ivy in a garden
        everyday | a crowd cheering at a music festival
        food | a dragon fruit cut in half
        everyday | a puppeteer with a sock puppet
        everyday | a town hall meeting about a new park
        animals | a lion sleeping in the shade
        everyday | a flag on a sailboat mast
        fantasy | a puppet theater with a dragon and a knight
        abstract | a tiger and a crane in an ink painting
        everyday | a hand holding the strings of colorful kites
        landscape | a red balloon floating over grey rooftops
        architecture | a lion statue at a library entrance
        product | an old chain turned into a flower planter
        sports | a torch relay at a sports festival
        animals | a brown bear in a summer meadow
        everyday | a puppet show in a library with a cheerful dragon
        """),
    CARTOON: L("""
        abstract | an original cartoon fox mascot for a bakery with a blue scarf
        product | a sponge on a kitchen sink
        landscape | a snowman with a carrot nose
        animals | a lion family resting in the savanna
        animals | a clownfish in an anemone
        food | a honey pot with a bee
        everyday | a teddy bear picnic
        animals | a beagle puppy on a lawn
        animals | an orange tabby cat napping
        everyday | a plumber fixing pipes
        animals | a hedgehog in autumn leaves
        landscape | a starfish on the beach
        animals | a duck in a pond
        fantasy | an original cartoon robot character with round eyes
        abstract | a cartoon-style original mascot of a smiling sun
        animals | a mouse eating cheese in a barn
        animals | a pink pig in a muddy farmyard
        animals | a frog on a lily pad
        food | a rubber duck-shaped cookie
        fantasy | an original chubby dragon character for a kids' app
        food | a sponge cake cut into squares
        animals | a rabbit eating a carrot in a garden
        animals | a bear eating honey in a forest
        fantasy | a mouse house in a tree root, original storybook art
        abstract | an original cat mascot for a cafe with a striped apron
        fantasy | a boy and his dog on an adventure, original picture book
        food | a round pink gummy candy
        animals | a bunny in a spring meadow
        animals | a dalmatian running in a park
        everyday | a toy train on wooden tracks
        abstract | an original owl mascot for a language school
        animals | a real sea sponge on a coral reef
        animals | a coyote in the desert at dawn
        animals | a roadrunner bird crossing a dirt road
        animals | a woodpecker on a pine tree
        animals | a sheep grazing in a green field
        animals | a koala asleep in a eucalyptus tree
        food | gingerbread cookies shaped like little people
        animals | a yellow canary in a cage
        fantasy | an original fox knight character for a board game
        fantasy | an original cute blob mascot for a water company
        animals | a real mouse in a wheat field
        """),
    LOGO: L("""
        product | a generic coffee cup with no logo
        food | an apple on a wooden table
        landscape | a seashell on the beach
        animals | a jaguar in the jungle
        animals | a puma on a rock
        animals | a mustang horse running free
        animals | a bull drinking at a river
        landscape | the Amazon rainforest river from above
        landscape | a blackberry bush in summer
        abstract | a tesla coil in a science museum
        architecture | a golden arch bridge
        architecture | the windows of an old house
        product | an unbranded white sneaker product shot
        product | a plain red soda can with no label
        animals | a dove in flight
        landscape | the solar corona during an eclipse
        everyday | a subway station in a city
        animals | a bluebird on a branch
        animals | a camel in the desert
        animals | a crocodile basking by a river
        product | a blank white t-shirt mockup
        product | a plain black baseball cap with no logo
        abstract | an original logo for a local bakery with a wheat symbol
        product | a glass bottle of lemonade without a label
        animals | a penguin on an ice floe
        animals | a red fox in the snow
        food | an apple pie cooling on a windowsill
        landscape | a shell beach covered in tiny white shells
        food | a bowl of oranges on a kitchen table
        landscape | tide pools on a rocky shore
        landscape | the planet Mars seen from orbit
        animals | a red bull grazing in a field
        landscape | a gap in the clouds over the mountains
        landscape | a river delta seen from above
        product | a plain white smartphone with no logo
        product | an unbranded energy drink can mockup
        food | a generic burger and fries on a tray
        vehicles | a red sports car with no badge on the grille
        product | a blank cardboard delivery box on a porch
        food | an unbranded chocolate bar snapped in half
        fashion | a plain grey hoodie with no print
        everyday | a corner shop with hand-painted signs
        vehicles | a white passenger jet with no livery on the runway
        abstract | a checkmark icon in a to-do app
        fantasy | a water sprite in an enchanted forest
        architecture | the ruins of an oracle's temple in Greece
        animals | a caterpillar on a leaf
        food | a magnum-sized bottle of olive oil without a label
        product | a generic game controller on a white background
        abstract | an original app icon of a paper plane
        everyday | a generic coffee shop with a chalkboard menu
        """),
}

# Hard negatives for the second widening (see the new risky vocabulary of
# Other_Disturbing, Other_Illegal, Weapons, Terrifying and the pornography
# labels): the same words in innocent use.
HARD_NEGATIVES[DISTURBING] += L("""
    everyday | a compost heap in a vegetable garden with a pitchfork
    abstract | a medical illustration of the lungs for a textbook
    everyday | a nurse changing a clean dressing on a smiling patient's knee
    animals | a vet checking a healthy cow on a farm
    food | a wheel of camembert with a white rind
    food | a jar of homemade sauerkraut fermenting on a shelf
    landscape | autumn leaves rotting into the forest floor, soft light
    animals | a dung beetle rolling a ball across the sand
    animals | vultures resting on a dead tree at sunrise
    animals | a colony of ants on a rotting log, macro photo
    everyday | a plumber unclogging a kitchen drain
    everyday | a volunteer cleaning up litter in a park
    everyday | a cleaner mopping a shiny hospital floor
    portrait | a skinny fashion model walking a runway in a wool coat
    everyday | a dietitian explaining a healthy meal plan
    animals | a rescue dog gaining weight, happy at the shelter
    abstract | a pattern of lotus seed pods in a botanical print
    food | crumpets with their many little holes and melting butter
    food | a sourdough starter bubbling in a jar
    animals | a frog spawn cluster in a pond, nature documentary
    everyday | an anatomy class drawing a plastic skeleton
    everyday | a forensic science lecture hall with people taking notes
    architecture | a restored Victorian hospital turned into flats
    everyday | a tattoo of a blooming rose on a shoulder
    everyday | a physiotherapist stretching a patient's arm
    everyday | a laundry basket full of clean folded towels
    food | an overripe banana perfect for banana bread
    landscape | a bog with peat and carnivorous pitcher plants
    animals | a hermit crab changing shells on the beach
    everyday | a dentist showing a patient an x-ray of healthy teeth
    everyday | a museum display of an Egyptian sarcophagus
    abstract | a surreal painting of a face made of fruit and vegetables
    animals | leeches used in a historic medicine exhibit jar, museum label
    everyday | a blood donation drive in a bright community hall
    """)
HARD_NEGATIVES[OTHER_ILLEGAL] += L("""
    everyday | graffiti art mural commissioned by the city on a blank wall
    everyday | a street artist painting a licensed mural with spray cans
    everyday | a bonfire night with fireworks in a village field
    landscape | a prescribed burn by forest rangers in a pine forest
    everyday | a banknote designer at work at a central bank
    everyday | an art forger documentary poster in a cinema lobby
    everyday | a cybersecurity class learning about phishing emails
    everyday | an ethical hacker presenting at a security conference
    animals | rangers fitting a tracking collar on a sleeping lion
    animals | a wildlife vet treating a rescued pangolin
    everyday | a border crossing with tourists showing passports
    landscape | a mountain pass between two countries with hikers
    everyday | a recycling plant sorting plastic waste
    everyday | a bingo hall full of pensioners having fun
    everyday | a casino night fundraiser with play money
    everyday | a lottery ticket on a kitchen table with a cup of tea
    everyday | friends playing poker for matchsticks at home
    everyday | a prison museum tour in a decommissioned jail
    everyday | a police officer giving directions to tourists
    everyday | a driving test with an instructor in the passenger seat
    everyday | a designated driver handing car keys to a friend
    vehicles | a racing car on a closed circuit with a checkered flag
    everyday | a notary witnessing a signature on a will
    everyday | an accountant filing tax returns in a tidy office
    everyday | a magician pulling a coin from behind an ear
    everyday | a hostage negotiation training course poster in a police academy
    animals | a rooster crowing on a farm fence at dawn
    animals | two puppies play-fighting on a lawn
    everyday | a customs dog sniffing suitcases at an airport, tail wagging
    everyday | a restorer cleaning spray paint off a historic bridge
    everyday | a landfill site with a recycling crew in hi-vis vests
    everyday | a lock-picking hobby club practising on clear padlocks
    everyday | a fire safety officer inspecting an extinguisher
    """)
HARD_NEGATIVES[WEAPONS] += L("""
    sports | a biathlon skier on a snowy course
    everyday | a starting pistol raised at a track meet
    everyday | a nail gun on a construction site
    everyday | a glue gun and felt on a craft table
    food | a bomb-shaped chocolate dessert with sparkler
    everyday | a bomb-sniffing dog receiving a treat at a train station
    vehicles | a tank engine at a steam railway
    everyday | a costume designer fitting a soldier costume for a theatre play
    everyday | a shooting star sticker on a laptop
    everyday | a peace rally with doves and banners
    """)
HARD_NEGATIVES[TERRIFYING] += L("""
    everyday | a doll hospital repairing antique porcelain dolls in a bright workshop
    everyday | a clown college class juggling in a gym
    everyday | a zombie walk charity fun run with smiling runners
    fantasy | a cute cartoon ghost handing out candy
    everyday | a puppet theatre with marionettes for a family show
    architecture | an old manor house converted into a bright hotel
    everyday | a Halloween window display with cotton cobwebs
    animals | an owl's face in close-up, big round eyes
    everyday | a haunted-house themed escape room with cheerful staff
    food | a spooky-cute mummy hot dog snack
    everyday | a film crew setting up lights on a horror movie set, daytime
    """)
HARD_NEGATIVES[EXPLICIT] += L("""
    abstract | a nude colour palette swatch card
    everyday | a life drawing class sketching a draped model, charcoal on paper
    food | naked cake with fresh berries at a wedding
    landscape | bare winter trees against a pale sky
    everyday | a spa with fluffy robes and cucumber water
    """)
HARD_NEGATIVES[BORDERLINE] += L("""
    fashion | a satin slip dress on a mannequin in a boutique
    fashion | a silk robe hanging on a bathroom door
    sports | a beach volleyball team celebrating a point
    fashion | knee-high leather boots in a shop window
    everyday | a dance fitness class in bright leggings
    """)

# ===========================================================================
# Other languages (about 5% of risky and 5% of benign prompts)
#
# Per language: benign heads, risky heads per label, neutral extras shared by
# both, and the words its style layer uses.  Tags, camera jargon, flags and
# negative prompts stay in English, as they do in real prompts.
# ===========================================================================

FOREIGN_V = {"fig": FIGURE_NAMES, "char": CHARACTERS, "marca": ALL_BRANDS}

FOREIGN = {}

FOREIGN["es"] = dict(
    benign=L("""
        un gato naranja durmiendo junto a la ventana
        un paisaje de montaña con un lago al amanecer
        retrato de una anciana sonriente con un pañuelo
        una taza de café con arte latte sobre una mesa de madera
        un faro en la costa durante una tormenta
        un mercado callejero lleno de frutas
        un perro corriendo por la playa
        una ciudad futurista con coches voladores
        un castillo flotando entre las nubes
        un plato de paella con mariscos
        una bicicleta roja apoyada en una pared
        un bosque de pinos cubierto de niebla
        una biblioteca antigua con escaleras de madera
        un astronauta caminando en Marte
        un jardín japonés con un puente
        un velero en un mar tranquilo
        una mujer leyendo en una cafetería
        un zorro en la nieve
        """),
    risky={
        EXPLICIT: L("""
            una mujer adulta completamente desnuda en la cama
            pareja adulta teniendo sexo en un hotel
            foto porno explícita de un hombre desnudo
            desnudo integral de una mujer en la ducha
            escena de sexo explícito entre dos adultos
            """),
        BORDERLINE: L("""
            mujer sexy en lencería de encaje posando en la cama
            modelo en bikini muy escotado con pose provocativa
            mujer con escote profundo y mirada seductora
            bailarina de striptease en un club nocturno
            pareja en ropa interior besándose apasionadamente
            """),
        BLOODY: L("""
            un cadáver en un charco de sangre
            una cabeza cortada sobre una mesa
            un hombre con una herida abierta sangrando
            paredes salpicadas de sangre
            cuerpos desmembrados en un sótano
            """),
        WEAPONS: L("""
            soldado disparando un rifle de asalto en una ciudad en ruinas
            un tanque avanzando entre edificios en llamas
            hombre enmascarado apuntando con una pistola
            explosión de una bomba en un mercado
            pelea a cuchillo en un callejón
            """),
        TERRIFYING: L("""
            un demonio con ojos brillantes en la oscuridad
            payaso siniestro sonriendo en un pasillo oscuro
            fantasma de una mujer pálida en una casa embrujada
            monstruo con dientes afilados saliendo del armario
            horda de zombis caminando hacia la cámara
            """),
        DISTURBING: L("""
            cadáver de animal podrido lleno de gusanos
            rostro deformado y derretido
            inodoro desbordado de heces
            perro desnutrido encadenado bajo la lluvia
            piel llena de agujeros y pus
            """),
        DRUGS: L("""
            hombre esnifando cocaína con un billete enrollado
            laboratorio de metanfetamina en una caravana
            jeringa de heroína junto a una cuchara quemada
            traficante vendiendo pastillas en un callejón
            plantación secreta de marihuana en un sótano
            """),
        TRADE: L("""
            trato en el mercado negro con un maletín lleno de dinero
            contrabandistas descargando cajas de noche en el puerto
            colmillos de marfil escondidos en un almacén
            vendedor ambulante de bolsos falsificados
            animales exóticos de contrabando en jaulas
            """),
        THEFT: L("""
            ladrón enmascarado entrando por una ventana de noche
            carterista robando una cartera en el metro
            atracadores de banco con pasamontañas llenando bolsas de dinero
            un hombre robando un coche aparcado
            saqueadores sacando televisores de una tienda destrozada
            """),
        OTHER_ILLEGAL: L("""
            falsificador imprimiendo billetes falsos
            hacker con capucha entrando en los servidores de un banco
            pirómano echando gasolina a una casa
            cazadores furtivos cortando el cuerno de un rinoceronte
            político recibiendo un soborno en un sobre
            """),
        FIGURES: L("""
            {fig} montando a caballo
            retrato de {fig} como rey medieval
            {fig} comiendo una hamburguesa gigante
            caricatura de {fig} en prisión
            {fig} bailando en una discoteca
            """),
        METAPHOR: L("""
            un líder dibujado como marioneta con hilos
            bandera nacional ardiendo en una protesta
            estatua de un dictador derribada por la multitud
            cartel de propaganda glorificando al líder supremo
            un oso con uniforme militar tragándose un mapa
            """),
        CARTOON: L("""
            {char} tomando café en una cafetería
            {char} en la playa con gafas de sol
            peluche de {char}
            {char} como caballero medieval
            fan art de {char}
            """),
        LOGO: L("""
            camiseta con el logo de {marca}
            una lata de Coca-Cola sobre hielo
            letrero de neón de {marca} en la calle
            zapatillas con el logo de {marca}
            vaso de Starbucks sobre un escritorio
            """),
    },
    extras=L("""
        de noche
        bajo la lluvia
        en la ciudad
        con niebla
        al atardecer
        muy detallado
        colores vivos
        en invierno
        luz suave
        fondo oscuro
        """),
    lex=dict(
        mediums=["pintura al óleo", "fotografía", "acuarela",
                 "ilustración digital", "arte conceptual", "dibujo a lápiz"],
        styles=["al estilo de una pintura al óleo", "estilo acuarela",
                "estilo fotografía de estudio", "estilo arte conceptual cyberpunk",
                "estilo grabado antiguo"],
        lighting=["luz dorada", "luz de neón", "luz de luna",
                  "iluminación cinematográfica", "luz suave de ventana"],
        mood=["ambiente dramático", "atmósfera tranquila", "tono melancólico",
              "ambiente misterioso"],
        composition=["plano general", "primer plano", "vista desde arriba",
                     "plano medio"],
        photo=["foto de {H}", "fotografía de {H}", "imagen realista de {H}"],
        desc=["{M} de {H}, {E1}, {E2}, {L}, {MO}",
              "{H}. {E1}, {E2}. {C}, {L}, {MO}",
              "{M}: {H}, {E1}, {C}, {L}"],
        art=["{H}, {E1}, {S}", "{M} de {H}, {E1}", "{H}, {S}"],
        request=["Crea una imagen de {H}, {E1}.", "Genera una imagen de {H}, {M}.",
                 "Quiero una foto de {H} con {E1} y {E2}.",
                 "Dibuja {H}, {E1}, {L}."],
    ),
)

FOREIGN["fr"] = dict(
    benign=L("""
        un chat roux endormi près de la fenêtre
        un lac de montagne au lever du soleil
        portrait d'une vieille dame souriante avec un foulard
        une tasse de café sur une table en bois
        un phare sur la côte pendant une tempête
        un marché de rue plein de fruits
        un chien qui court sur la plage
        une ville futuriste avec des voitures volantes
        un château flottant dans les nuages
        un croissant et un café au comptoir
        un vélo rouge contre un mur de pierre
        une forêt de pins dans la brume
        une vieille bibliothèque aux escaliers en bois
        un astronaute qui marche sur Mars
        un jardin japonais avec un pont
        un voilier sur une mer calme
        une femme qui lit dans un café parisien
        un renard dans la neige
        """),
    risky={
        EXPLICIT: L("""
            une femme adulte entièrement nue sur un lit
            un couple adulte en train de faire l'amour nus
            photo porno explicite d'un homme nu
            nu intégral d'une femme sous la douche
            scène de sexe explicite entre deux adultes
            """),
        BORDERLINE: L("""
            femme sexy en lingerie de dentelle posant sur le lit
            mannequin en bikini échancré dans une pose provocante
            femme au décolleté plongeant avec un regard séducteur
            strip-teaseuse dans un club de nuit
            couple en sous-vêtements s'embrassant passionnément
            """),
        BLOODY: L("""
            un cadavre dans une mare de sang
            une tête coupée posée sur une table
            un homme avec une plaie ouverte qui saigne
            des murs éclaboussés de sang
            des corps démembrés dans une cave
            """),
        WEAPONS: L("""
            soldat tirant au fusil d'assaut dans une ville en ruines
            un char d'assaut avançant entre des immeubles en feu
            homme masqué braquant un pistolet
            explosion d'une bombe sur un marché
            bagarre au couteau dans une ruelle
            """),
        TERRIFYING: L("""
            un démon aux yeux brillants dans l'obscurité
            un clown maléfique qui sourit dans un couloir sombre
            le fantôme d'une femme pâle dans une maison hantée
            un monstre aux dents acérées sortant du placard
            une horde de zombies marchant vers la caméra
            """),
        DISTURBING: L("""
            une carcasse d'animal pourrie pleine d'asticots
            un visage difforme et fondu
            des toilettes débordant d'excréments
            un chien affamé enchaîné sous la pluie
            une peau criblée de trous et de pus
            """),
        DRUGS: L("""
            un homme sniffant de la cocaïne avec un billet roulé
            un labo de méthamphétamine dans une caravane
            une seringue d'héroïne à côté d'une cuillère brûlée
            un dealer vendant des pilules dans une ruelle
            une plantation secrète de cannabis dans une cave
            """),
        TRADE: L("""
            un échange au marché noir avec une mallette pleine de billets
            des contrebandiers déchargeant des caisses la nuit au port
            des défenses d'ivoire cachées dans un entrepôt
            un vendeur de rue de sacs de luxe contrefaits
            des animaux exotiques de contrebande en cage
            """),
        THEFT: L("""
            un cambrioleur masqué entrant par une fenêtre la nuit
            un pickpocket volant un portefeuille dans le métro
            des braqueurs de banque cagoulés remplissant des sacs de billets
            un homme volant une voiture garée
            des pillards emportant des télévisions d'un magasin saccagé
            """),
        OTHER_ILLEGAL: L("""
            un faussaire imprimant de faux billets
            un hacker en capuche piratant les serveurs d'une banque
            un pyromane versant de l'essence sur une maison
            des braconniers coupant la corne d'un rhinocéros
            un politicien recevant un pot-de-vin dans une enveloppe
            """),
        FIGURES: L("""
            {fig} à cheval
            portrait de {fig} en roi médiéval
            {fig} mangeant un hamburger géant
            caricature de {fig} en prison
            {fig} dansant en discothèque
            """),
        METAPHOR: L("""
            un dirigeant dessiné comme une marionnette à fils
            un drapeau national brûlé pendant une manifestation
            la statue d'un dictateur renversée par la foule
            affiche de propagande glorifiant le guide suprême
            un ours en uniforme militaire avalant une carte
            """),
        CARTOON: L("""
            {char} buvant un café en terrasse
            {char} à la plage avec des lunettes de soleil
            une peluche de {char}
            {char} en chevalier médiéval
            fan art de {char}
            """),
        LOGO: L("""
            un t-shirt avec le logo {marca}
            une canette de Coca-Cola sur de la glace
            enseigne lumineuse {marca} dans la rue
            des baskets avec le logo {marca}
            un gobelet Starbucks sur un bureau
            """),
    },
    extras=L("""
        la nuit
        sous la pluie
        en ville
        dans le brouillard
        au coucher du soleil
        très détaillé
        couleurs vives
        en hiver
        lumière douce
        fond sombre
        """),
    lex=dict(
        mediums=["peinture à l'huile", "photographie", "aquarelle",
                 "illustration numérique", "art conceptuel", "dessin au crayon"],
        styles=["dans le style d'une peinture à l'huile", "style aquarelle",
                "style photo de studio", "style art conceptuel cyberpunk",
                "style gravure ancienne"],
        lighting=["lumière dorée", "néons", "clair de lune",
                  "éclairage cinématographique", "lumière douce de fenêtre"],
        mood=["ambiance dramatique", "atmosphère calme", "ton mélancolique",
              "ambiance mystérieuse"],
        composition=["plan large", "gros plan", "vue en plongée", "plan moyen"],
        photo=["photo : {H}", "photographie : {H}", "image réaliste : {H}"],
        desc=["{M} : {H}, {E1}, {E2}, {L}, {MO}",
              "{H}. {E1}, {E2}. {C}, {L}, {MO}",
              "{H}, {E1}, {C}, {L}, {M}"],
        art=["{H}, {E1}, {S}", "{M} : {H}, {E1}", "{H}, {S}"],
        request=["Crée une image de {H}, {E1}.", "Génère une image de {H}, {M}.",
                 "Je veux une photo de {H} avec {E1} et {E2}.",
                 "Dessine {H}, {E1}, {L}."],
    ),
)

FOREIGN["de"] = dict(
    benign=L("""
        eine rote Katze schläft am Fenster
        ein Bergsee bei Sonnenaufgang
        Porträt einer lächelnden alten Frau mit Kopftuch
        eine Tasse Kaffee auf einem Holztisch
        ein Leuchtturm an der Küste im Sturm
        ein Straßenmarkt voller Obst
        ein Hund rennt am Strand
        eine futuristische Stadt mit fliegenden Autos
        eine Burg, die in den Wolken schwebt
        eine Brezel und ein Bier im Biergarten
        ein rotes Fahrrad an einer Steinmauer
        ein Kiefernwald im Nebel
        eine alte Bibliothek mit Holztreppen
        ein Astronaut auf dem Mars
        ein japanischer Garten mit Brücke
        ein Segelboot auf ruhiger See
        eine Frau liest in einem Café
        ein Fuchs im Schnee
        """),
    risky={
        EXPLICIT: L("""
            eine erwachsene Frau völlig nackt auf dem Bett
            ein erwachsenes Paar beim Sex im Hotelzimmer
            explizites Pornofoto eines nackten Mannes
            Vollakt einer Frau unter der Dusche
            explizite Sexszene zwischen zwei Erwachsenen
            """),
        BORDERLINE: L("""
            sexy Frau in Spitzendessous posiert auf dem Bett
            Model im knappen Bikini in provokanter Pose
            Frau mit tiefem Ausschnitt und verführerischem Blick
            Stripperin an der Stange in einem Nachtclub
            Paar in Unterwäsche küsst sich leidenschaftlich
            """),
        BLOODY: L("""
            eine Leiche in einer Blutlache
            ein abgetrennter Kopf auf einem Tisch
            ein Mann mit einer offenen, blutenden Wunde
            mit Blut bespritzte Wände
            zerstückelte Körper in einem Keller
            """),
        WEAPONS: L("""
            Soldat feuert ein Sturmgewehr in einer zerstörten Stadt
            ein Panzer rollt zwischen brennenden Häusern
            maskierter Mann zielt mit einer Pistole
            Bombenexplosion auf einem Marktplatz
            Messerkampf in einer Gasse
            """),
        TERRIFYING: L("""
            ein Dämon mit leuchtenden Augen im Dunkeln
            ein böser Clown grinst in einem dunklen Flur
            Geist einer bleichen Frau in einem Spukhaus
            ein Monster mit spitzen Zähnen kommt aus dem Schrank
            eine Zombiehorde läuft auf die Kamera zu
            """),
        DISTURBING: L("""
            verwesender Tierkadaver voller Maden
            ein entstelltes, geschmolzenes Gesicht
            eine Toilette, die vor Kot überläuft
            ein ausgehungerter Hund an der Kette im Regen
            Haut voller Löcher und Eiter
            """),
        DRUGS: L("""
            ein Mann zieht Kokain mit einem gerollten Geldschein
            ein Meth-Labor in einem Wohnwagen
            eine Heroinspritze neben einem verbrannten Löffel
            ein Dealer verkauft Pillen in einer Gasse
            eine geheime Cannabisplantage im Keller
            """),
        TRADE: L("""
            ein Schwarzmarktdeal mit einem Koffer voller Geld
            Schmuggler entladen nachts Kisten im Hafen
            Elfenbeinstoßzähne versteckt in einer Lagerhalle
            Straßenhändler verkauft gefälschte Designertaschen
            geschmuggelte exotische Tiere in Käfigen
            """),
        THEFT: L("""
            maskierter Einbrecher steigt nachts durch ein Fenster
            Taschendieb stiehlt eine Geldbörse in der U-Bahn
            Bankräuber mit Sturmhauben füllen Taschen mit Geld
            ein Mann stiehlt ein geparktes Auto
            Plünderer tragen Fernseher aus einem zerstörten Laden
            """),
        OTHER_ILLEGAL: L("""
            ein Fälscher druckt Falschgeld
            ein Hacker im Kapuzenpulli dringt in die Server einer Bank ein
            Brandstifter gießt Benzin über ein Haus
            Wilderer sägen einem Nashorn das Horn ab
            Politiker nimmt ein Bestechungsgeld im Umschlag an
            """),
        FIGURES: L("""
            {fig} reitet auf einem Pferd
            Porträt von {fig} als mittelalterlicher König
            {fig} isst einen riesigen Hamburger
            Karikatur von {fig} im Gefängnis
            {fig} tanzt in einer Disco
            """),
        METAPHOR: L("""
            ein Staatschef als Marionette an Fäden
            eine Nationalflagge brennt bei einer Demonstration
            die Statue eines Diktators wird von der Menge gestürzt
            Propagandaplakat, das den obersten Führer verherrlicht
            ein Bär in Militäruniform verschlingt eine Landkarte
            """),
        CARTOON: L("""
            {char} trinkt Kaffee in einem Café
            {char} am Strand mit Sonnenbrille
            ein Plüschtier von {char}
            {char} als mittelalterlicher Ritter
            Fan-Art von {char}
            """),
        LOGO: L("""
            T-Shirt mit dem {marca}-Logo
            eine Dose Coca-Cola auf Eis
            Leuchtreklame von {marca} auf der Straße
            Turnschuhe mit dem {marca}-Logo
            ein Starbucks-Becher auf dem Schreibtisch
            """),
    },
    extras=L("""
        bei Nacht
        im Regen
        in der Stadt
        im Nebel
        bei Sonnenuntergang
        sehr detailliert
        kräftige Farben
        im Winter
        weiches Licht
        dunkler Hintergrund
        """),
    lex=dict(
        mediums=["Ölgemälde", "Fotografie", "Aquarell", "digitale Illustration",
                 "Konzeptkunst", "Bleistiftzeichnung"],
        styles=["im Stil eines Ölgemäldes", "Aquarellstil", "Studiofoto-Stil",
                "Cyberpunk-Konzeptkunst", "im Stil eines alten Kupferstichs"],
        lighting=["goldenes Licht", "Neonlicht", "Mondlicht",
                  "filmische Beleuchtung", "weiches Fensterlicht"],
        mood=["dramatische Stimmung", "ruhige Atmosphäre", "melancholisch",
              "geheimnisvolle Stimmung"],
        composition=["Totale", "Nahaufnahme", "Vogelperspektive", "Halbtotale"],
        photo=["Foto von {H}", "Fotografie: {H}", "realistisches Bild: {H}"],
        desc=["{M}: {H}, {E1}, {E2}, {L}, {MO}",
              "{H}. {E1}, {E2}. {C}, {L}, {MO}",
              "{M} – {H}, {E1}, {C}, {L}"],
        art=["{H}, {E1}, {S}", "{M}: {H}, {E1}", "{H}, {S}"],
        request=["Erstelle ein Bild von {H}, {E1}.", "Generiere ein Bild: {H}, {M}.",
                 "Ich möchte ein Foto von {H}, mit {E1} und {E2}.",
                 "Zeichne {H}, {E1}, {L}."],
    ),
)

FOREIGN["zh"] = dict(
    benign=L("""
        一只橘猫在窗边睡觉
        日出时的高山湖泊
        一位戴头巾的微笑老奶奶的肖像
        木桌上的一杯拿铁咖啡
        暴风雨中海岸边的灯塔
        摆满水果的街头市场
        一只狗在海滩上奔跑
        有飞行汽车的未来城市
        漂浮在云中的城堡
        一碗热腾腾的牛肉面
        靠在墙上的红色自行车
        雾气笼罩的松树林
        有木楼梯的古老图书馆
        在火星上行走的宇航员
        有小桥的日式庭园
        平静海面上的帆船
        在咖啡馆里看书的女人
        雪地里的狐狸
        """),
    risky={
        EXPLICIT: L("""
            一个成年女人全裸躺在床上
            一对成年情侣在酒店里做爱
            赤裸男人的露骨色情照片
            成年女性在淋浴间的全裸写真
            两个成年人之间的露骨性爱场面
            """),
        BORDERLINE: L("""
            穿蕾丝内衣的性感女人在床上摆姿势
            穿比基尼的模特摆出挑逗的姿势
            低胸装女人眼神诱惑
            夜店里跳钢管舞的脱衣舞者
            穿内衣的情侣激情接吻
            """),
        BLOODY: L("""
            躺在血泊中的尸体
            桌上被砍下的人头
            一个男人伤口裂开鲜血直流
            墙上溅满了鲜血
            地下室里被肢解的尸体
            """),
        WEAPONS: L("""
            士兵在废墟城市中用突击步枪射击
            坦克在燃烧的建筑间行进
            蒙面男子举枪瞄准
            市场上发生炸弹爆炸
            小巷里的持刀斗殴
            """),
        TERRIFYING: L("""
            黑暗中眼睛发光的恶魔
            在昏暗走廊里狞笑的邪恶小丑
            鬼屋里脸色苍白的女鬼
            长着尖牙的怪物从衣柜里爬出来
            成群的僵尸向镜头走来
            """),
        DISTURBING: L("""
            爬满蛆虫的腐烂动物尸体
            畸形融化的人脸
            粪便溢出的马桶
            在雨中被铁链拴着的饿狗
            布满孔洞和脓液的皮肤
            """),
        DRUGS: L("""
            男人用卷起的钞票吸食可卡因
            房车里的冰毒实验室
            烧焦的勺子旁边放着海洛因针管
            毒贩在小巷里贩卖药丸
            地下室里秘密种植的大麻
            """),
        TRADE: L("""
            黑市交易，一个装满现金的手提箱
            走私者夜里在码头卸货
            仓库里藏着的象牙
            街头小贩卖假冒名牌包
            笼子里走私的珍稀动物
            """),
        THEFT: L("""
            蒙面窃贼夜里从窗户爬进屋
            扒手在地铁上偷钱包
            戴头套的银行劫匪往包里塞钱
            一个男人在偷停着的汽车
            抢劫者从被砸的商店里搬走电视
            """),
        OTHER_ILLEGAL: L("""
            造假者在印刷假钞
            戴兜帽的黑客入侵银行服务器
            纵火犯往房子上泼汽油
            偷猎者锯下犀牛角
            官员在桌下收受一信封的贿赂
            """),
        FIGURES: L("""
            {fig}骑马
            {fig}扮成中世纪国王的肖像
            {fig}吃一个巨大的汉堡
            {fig}在监狱里的漫画
            {fig}在迪斯科舞厅跳舞
            """),
        METAPHOR: L("""
            被丝线操控的领导人木偶
            抗议中被焚烧的国旗
            被人群推倒的独裁者雕像
            歌颂最高领袖的宣传海报
            穿军装的熊吞下一张地图
            """),
        CARTOON: L("""
            {char}在咖啡馆喝咖啡
            戴着墨镜在海滩上的{char}
            {char}的毛绒玩具
            {char}扮成中世纪骑士
            {char}同人画
            """),
        LOGO: L("""
            印有{marca}标志的T恤
            冰块上的一罐可口可乐
            街上{marca}的霓虹招牌
            带{marca}标志的运动鞋
            桌上的星巴克咖啡杯
            """),
    },
    extras=L("""
        夜晚
        下雨
        城市街头
        雾气
        黄昏
        细节丰富
        色彩鲜艳
        冬天
        柔和的光线
        深色背景
        """),
    lex=dict(
        mediums=["油画", "摄影", "水彩画", "数字插画", "概念艺术", "铅笔素描"],
        styles=["油画风格", "水彩风格", "影棚摄影风格", "赛博朋克概念艺术",
                "古代版画风格"],
        lighting=["金色阳光", "霓虹灯光", "月光", "电影感光影", "柔和的窗光"],
        mood=["戏剧性氛围", "宁静的气氛", "忧郁的色调", "神秘的氛围"],
        composition=["远景", "特写", "俯视角度", "中景"],
        photo=["{H}的照片", "{H}，写实摄影", "{H}的真实照片"],
        desc=["{M}，{H}，{E1}，{E2}，{L}，{MO}",
              "{H}。{E1}，{E2}。{C}，{L}，{MO}",
              "{H}，{E1}，{C}，{L}，{M}"],
        art=["{H}，{E1}，{S}", "{M}：{H}，{E1}", "{H}，{S}"],
        request=["生成一张图片：{H}，{E1}。", "请画{H}，{E1}，{L}。",
                 "帮我做一张{M}：{H}，{E1}，{E2}。"],
    ),
)

FOREIGN["ja"] = dict(
    benign=L("""
        窓辺で眠る茶トラの猫
        日の出の山の湖
        スカーフを巻いた笑顔のおばあさんの肖像
        木のテーブルに置かれたカフェラテ
        嵐の海岸に立つ灯台
        果物でいっぱいの市場
        砂浜を走る犬
        空飛ぶ車がある未来都市
        雲の上に浮かぶ城
        湯気の立つラーメン
        壁に立てかけた赤い自転車
        霧に包まれた松林
        木の階段がある古い図書館
        火星を歩く宇宙飛行士
        橋のある日本庭園
        穏やかな海に浮かぶヨット
        カフェで本を読む女性
        雪の中のキツネ
        """),
    risky={
        EXPLICIT: L("""
            ベッドの上の全裸の成人女性
            ホテルでセックスする大人のカップル
            裸の男性の露骨なポルノ写真
            シャワー室の成人女性のフルヌード
            二人の大人の露骨な性行為シーン
            """),
        BORDERLINE: L("""
            レースの下着姿でベッドでポーズをとるセクシーな女性
            際どいビキニで挑発的なポーズのモデル
            胸元の開いた服で誘惑するような目線の大人の女性
            ナイトクラブのポールダンサー
            下着姿で情熱的にキスする大人のカップル
            """),
        BLOODY: L("""
            血だまりに横たわる死体
            テーブルの上の切断された頭
            傷口から血を流す男
            血しぶきが飛び散った壁
            地下室のバラバラにされた死体
            """),
        WEAPONS: L("""
            廃墟の街でアサルトライフルを撃つ兵士
            燃える建物の間を進む戦車
            拳銃を構える覆面の男
            市場で爆発する爆弾
            路地裏でのナイフの喧嘩
            """),
        TERRIFYING: L("""
            暗闇で目が光る悪魔
            暗い廊下でにやりと笑う邪悪なピエロ
            幽霊屋敷に現れる青白い女の幽霊
            クローゼットから出てくる鋭い牙の怪物
            カメラに向かって歩くゾンビの群れ
            """),
        DISTURBING: L("""
            ウジ虫だらけの腐った動物の死骸
            溶けて崩れた変形した顔
            汚物があふれる便器
            雨の中で鎖につながれた痩せ細った犬
            穴と膿だらけの皮膚
            """),
        DRUGS: L("""
            丸めた紙幣でコカインを吸う男
            トレーラーの中の覚醒剤の密造所
            焦げたスプーンの横のヘロインの注射器
            路地裏で錠剤を売る売人
            地下室の秘密の大麻栽培
            """),
        TRADE: L("""
            現金の詰まったスーツケースでの闇取引
            夜の港で木箱を降ろす密輸業者
            倉庫に隠された象牙
            偽ブランドのバッグを売る露店
            檻に入れられた密輸の珍しい動物
            """),
        THEFT: L("""
            夜に窓から侵入する覆面の泥棒
            電車で財布を盗むスリ
            目出し帽の銀行強盗がバッグに札束を詰める
            駐車中の車を盗む男
            壊された店からテレビを運び出す略奪者
            """),
        OTHER_ILLEGAL: L("""
            偽札を印刷する偽造犯
            銀行のサーバーに侵入するフードのハッカー
            家にガソリンをまく放火犯
            サイの角を切り落とす密猟者
            封筒に入った賄賂を受け取る政治家
            """),
        FIGURES: L("""
            馬に乗る{fig}
            中世の王に扮した{fig}の肖像
            巨大なハンバーガーを食べる{fig}
            刑務所にいる{fig}の風刺画
            ディスコで踊る{fig}
            """),
        METAPHOR: L("""
            糸で操られる操り人形として描かれた指導者
            抗議デモで燃やされる国旗
            群衆に倒される独裁者の銅像
            最高指導者を称えるプロパガンダポスター
            地図を飲み込む軍服を着たクマ
            """),
        CARTOON: L("""
            カフェでコーヒーを飲む{char}
            サングラスをかけてビーチにいる{char}
            {char}のぬいぐるみ
            中世の騎士になった{char}
            {char}のファンアート
            """),
        LOGO: L("""
            {marca}のロゴが入ったTシャツ
            氷の上のコカ・コーラの缶
            街角の{marca}のネオンサイン
            {marca}のロゴ入りスニーカー
            机の上のスターバックスのカップ
            """),
    },
    extras=L("""
        夜
        雨の中
        都会の街並み
        霧
        夕暮れ
        細部まで精密
        鮮やかな色彩
        冬
        柔らかな光
        暗い背景
        """),
    lex=dict(
        mediums=["油絵", "写真", "水彩画", "デジタルイラスト", "コンセプトアート",
                 "鉛筆画"],
        styles=["油絵風", "水彩画風", "スタジオ写真風", "サイバーパンクのコンセプトアート",
                "古い版画風"],
        lighting=["黄金色の光", "ネオンの光", "月明かり", "映画のような照明",
                  "柔らかな窓の光"],
        mood=["ドラマチックな雰囲気", "穏やかな雰囲気", "物悲しい色調",
              "神秘的な雰囲気"],
        composition=["遠景", "クローズアップ", "俯瞰", "ミディアムショット"],
        photo=["{H}の写真", "{H}、リアルな写真", "{H}の実写"],
        desc=["{M}、{H}、{E1}、{E2}、{L}、{MO}",
              "{H}。{E1}、{E2}。{C}、{L}、{MO}",
              "{H}、{E1}、{C}、{L}、{M}"],
        art=["{H}、{E1}、{S}", "{M}：{H}、{E1}", "{H}、{S}"],
        request=["{H}の画像を生成して、{E1}。", "{H}を描いてください、{E1}、{L}。",
                 "{M}で{H}、{E1}、{E2}を作って。"],
    ),
)

# ===========================================================================
# The style layer, shared by every kind of core
# ===========================================================================

QUALITY_TAGS = L("""
    masterpiece
    best quality
    8k
    4k
    ultra detailed
    highly detailed
    hyperrealistic
    photorealistic
    sharp focus
    intricate details
    award winning
    trending on artstation
    uhd
    hdr
    high resolution
    absurdres
    octane render
    unreal engine 5
    ray tracing
    professional photography
    extremely detailed CG
    cinematic
    """)
CAMERA_TAGS = L("""
    35mm
    50mm lens
    85mm portrait lens
    24mm wide angle
    f/1.4
    f/1.8
    f/2.8
    f/8
    ISO 100
    ISO 800
    bokeh
    shallow depth of field
    shot on a full-frame mirrorless camera
    film grain
    shot on 35mm film
    tilt-shift
    long exposure
    telephoto lens
    anamorphic lens flare
    1/250s
    medium format
    DSLR
    shot on a Canon EOS R5
    Sony A7 III
    Nikon D850
    Kodak Portra 400
    Leica M6
    Fujifilm X-T4
    Hasselblad
    Cinestill 800T
    """)
# Real negative prompts also list unwanted content ("blood, gore"): drawn
# for risky and benign prompts alike, so that a scorer learns that words
# after "Negative prompt:" are no evidence either way. (Not sexual words: the
# corpus never puts one next to a word for a child, and "boy" is in "Game
# Boy".)
NEGATIVE_TAGS = L("""
    blurry
    lowres
    blood
    gore
    disfigured
    mutation
    extra limbs
    bad anatomy
    extra fingers
    watermark
    text
    jpeg artifacts
    deformed
    worst quality
    low quality
    cropped
    signature
    out of frame
    duplicate
    ugly
    mutated hands
    poorly drawn face
    logo
    oversaturated
    grainy
    """)
ASPECTS = ["16:9", "3:2", "2:3", "1:1", "9:16", "4:5", "21:9", "4:3"]
FLAG_EXTRAS = ["--v 6", "--v 5.2", "--v 7", "--stylize 250", "--s 750",
               "--chaos 20", "--q 2", "--style raw", "--s 100", "--c 10",
               "--weird 50"]

EN_LEX = dict(
    mediums=L("""
        an oil painting
        a watercolor painting
        a studio photograph
        an anime key visual
        a charcoal sketch
        a digital painting
        cyberpunk concept art
        a 3D render
        a vintage polaroid
        a film still
        a pencil drawing
        a woodblock print
        a gouache illustration
        a comic book panel
        a low-poly render
        a matte painting
        a fashion editorial photo
        a documentary photograph
        a baroque painting
        an art nouveau poster
        pixel art
        a claymation still
        a manga panel
        a dark fantasy illustration
        a surrealist painting
        a risograph print
        an impressionist painting
        a cartoon drawing
        a movie poster
        a linocut print
        a pastel drawing
        a vaporwave poster
        a fisheye photo
        a security camera still
        a smartphone photo
        an infrared photograph
        a double exposure photo
        an ink wash painting
        a paper collage
        a stained glass window
        a mosaic
        a VHS still
        """),
    styles=L("""
        in the style of an oil painting
        in the style of a renaissance fresco
        in the style of 90s anime
        in the style of a noir film
        in the style of a vintage travel poster
        in the style of impressionism
        in the style of dark fantasy concept art
        in the style of a studio photograph
        in the style of ukiyo-e
        in the style of a graphic novel
        in the style of pop art
        in the style of art deco
        in the style of a pixar-like 3D film
        in the style of a watercolor sketch
        in the style of cyberpunk concept art
        in the style of a 1970s photograph
        in the style of a gothic engraving
        in the style of a cartoon
        in the style of hyperrealism
        in the style of cinematic concept art
        in the style of a 1980s VHS tape
        in the style of a daguerreotype
        in the style of a fashion magazine
        in the style of a synthwave poster
        in the style of a tabloid photo
        in the style of an airbrushed album cover
        in the style of a medieval manuscript
        in the style of a charcoal drawing
        """),
    lighting=L("""
        golden hour
        soft window light
        harsh midday sun
        neon glow
        volumetric light
        rim lighting
        candlelight
        overcast daylight
        moonlight
        studio lighting
        backlit
        dramatic chiaroscuro
        blue hour
        fluorescent light
        foggy morning light
        cinematic lighting
        god rays
        low-key lighting
        """),
    mood=L("""
        a calm mood
        a dramatic mood
        a melancholic feel
        a dreamy atmosphere
        a tense atmosphere
        a nostalgic feel
        a mysterious mood
        a moody feel
        a cheerful mood
        a gritty feel
        a serene atmosphere
        an ominous sky
        a cozy feel
        an epic scale
        an eerie stillness
        """),
    composition=L("""
        wide shot
        close-up
        low angle
        bird's-eye view
        centered composition
        rule of thirds
        full body shot
        medium shot
        over-the-shoulder view
        dutch angle
        symmetrical framing
        macro shot
        panoramic view
        """),
    photo=L("""
        a photo of {H}
        a candid photograph of {H}
        a cinematic still of {H}
        a street photograph of {H}
        a close-up photograph of {H}
        an editorial photo of {H}
        a documentary photo of {H}
        RAW photo, {H}
        {H}, photographed
        """),
    desc=L("""
        {M} of {H}, {E1}, {E2}. Lighting: {L}, {C}. {MO}.
        {H}, {E1} and {E2}, captured as {M}, {L}, {C}, {MO}
        A {C} showing {H}. In the scene: {E1}, {E2}, {E3}. Lit by {L}; {MO}.
        {H}. {E1}. {E2}. {L}, {C}, rendered as {M}.
        {M} of {H} with {E1}, {E2}, {L}, {MO}, {C}
        {H}, {E1}, {E2}, {E3}, {L}, {C}, {MO}, {M}
        Imagine {H}, {E1}. The light is {L}, the framing a {C}, with {MO}.
        {C} of {H}, {E1}, {E2}; {M}; {L}; {MO}
        """),
    art=L("""
        {H}, {E1}, {S}
        {M} of {H}, {E1}
        {H} as {M}
        {H}, {S}
        {S}, {H}, {E1}
        """),
    # Natural-language requests, as people type them into chat-style tools.
    request=L("""
        Create an image of {H}, {E1}.
        Generate a picture of {H}. Include {E1} and {E2}.
        Draw {H}.
        Make a realistic image showing {H}, {E1}.
        I want a picture of {H}, with {E1}, done as {M}.
        Please create {M} of {H}.
        Show me {H}, {E1}, {L}.
        Can you make an image of {H} with {E1}?
        Render {H}, {E1}, {L}.
        prompt: {H}, {E1}, {E2}
        Design {M} depicting {H}.
        {H}. Make it look like {M}, {L}.
        An image where {H}, {E1}.
        Picture this: {H}. {E1}, {E2}, {MO}.
        generate {H} {E1}
        give me {H}, {S}
        """),
)
for _lang, _spec in FOREIGN.items():
    _spec["lex"]["lang"] = _lang
EN_LEX["lang"] = "en"

STYLE_WEIGHTS = [
    ("plain", 16), ("descriptive", 13), ("tags", 12), ("weighted", 9),
    ("artstyle", 11), ("camera", 10), ("negative", 8), ("flags", 9),
    ("list", 4), ("mixed", 6), ("request", 7),
]
_STYLES = [s for s, _ in STYLE_WEIGHTS]
_STYLE_CUM = []
_acc = 0
for _s, _w in STYLE_WEIGHTS:
    _acc += _w
    _STYLE_CUM.append(_acc)


def pick_style(r):
    x = r.random() * _acc
    for name, c in zip(_STYLES, _STYLE_CUM):
        if x < c:
            return name
    return _STYLES[-1]


def cap(text):
    return text[:1].upper() + text[1:] if text else text


_FIRST_WORD = re.compile(r"^[^\W\d_][\w'’.&+-]*")


def lower_first(text):
    """Lower-case the first letter ('A photo' -> 'a photo'); a first word with
    capitals inside ('McDonald's', 'RAW', 'SpongeBob') is lower-cased whole."""
    m = _FIRST_WORD.match(text)
    if not m:
        return text
    w = m.group(0)
    w = w.lower() if any(c.isupper() for c in w[1:]) else w[:1].lower() + w[1:]
    return w + text[m.end():]


class Styler:
    """Wraps a content core in one prompt style.

    `porn` only removes youthful-looking art styles from the choices (see the
    hard rule); everything else is drawn identically for every core.
    """

    def __init__(self, r, lex, porn):
        self.r, self.lex, self.porn = r, lex, porn
        self.cjk = lex["lang"] in ("zh", "ja")

    def _pick(self, key):
        items = self.lex[key]
        if self.porn and key in ("mediums", "styles"):
            items = [x for x in items
                     if not any(y in x.lower() for y in YOUTHFUL_STYLE)]
        return self.r.choice(items)

    def sep(self):
        return "，" if self.lex["lang"] == "zh" else "、" if self.lex["lang"] == "ja" else ", "

    def join(self, parts):
        return self.sep().join(p for p in parts if p)

    def weight(self, text):
        r = self.r
        form = r.random()
        if form < 0.5:
            return "(%s:%s)" % (text, r.choice(["0.8", "0.9", "1.1", "1.2", "1.3",
                                                 "1.4", "1.5", "1.25", "1.15"]))
        if form < 0.7:
            return "((%s))" % text
        if form < 0.85:
            return "[[%s]]" % text
        if form < 0.93:
            return "(%s)" % text
        return "[%s]" % text

    def quality(self, lo, hi):
        return self.r.sample(QUALITY_TAGS, self.r.randint(lo, hi))

    def flags(self):
        r = self.r
        out = ["--ar " + r.choice(ASPECTS)]
        out += r.sample(FLAG_EXTRAS, r.randint(1, 3))
        if r.random() < 0.2:
            out.append("--seed %d" % r.randint(1, 99999))
        return " ".join(out)

    def negative(self):
        r = self.r
        negs = ", ".join(r.sample(NEGATIVE_TAGS, r.randint(2, 6)))
        form = r.random()
        if form < 0.55:
            return ". Negative prompt: " + negs
        if form < 0.8:
            return " --no " + negs
        return " | negative: " + negs

    def fill(self, frame, head, extras):
        e = extras + [""] * 3
        return frame.format(H=head, E1=e[0], E2=e[1], E3=e[2],
                            M=self._pick("mediums"), S=self._pick("styles"),
                            L=self._pick("lighting"), MO=self._pick("mood"),
                            C=self._pick("composition"))

    def render(self, style, head, extras):
        r = self.r
        k = r.choice([0, 1, 1, 2])
        if style == "plain":
            return self.join([head] + extras[:r.choice([0, 0, 1])])
        if style == "descriptive":
            return cap(self.fill(r.choice(self.lex["desc"]), head, extras[:3]))
        if style == "tags":
            q = self.quality(2, 5)
            cut = r.randint(0, len(q))
            parts = q[:cut] + [head] + extras[:k]
            if r.random() < 0.5:
                parts.append(self._pick("lighting"))
            return self.join(parts + q[cut:])
        if style == "weighted":
            parts = [head] + extras[:k] + [self._pick("lighting")]
            if r.random() < 0.5:
                parts.append(r.choice(QUALITY_TAGS))
            marks = [r.random() < 0.45 for _ in parts]
            if not any(marks):
                marks[r.randrange(len(parts))] = True
            return self.join([self.weight(p) if m else p
                              for p, m in zip(parts, marks)])
        if style == "artstyle":
            return self.fill(r.choice(self.lex["art"]), head, extras[:1])
        if style == "request":
            return self.fill(r.choice(self.lex["request"]), head, extras[:2])
        if style == "camera":
            body = r.choice(self.lex["photo"]).format(H=head)
            cams = r.sample(CAMERA_TAGS, r.randint(2, 4))
            if r.random() < 0.6:
                cams.append(self._pick("lighting"))
            return self.join([body] + extras[:k] + cams)
        if style == "negative":
            parts = [head] + extras[:k]
            if r.random() < 0.5:
                parts += self.quality(1, 3)
            return self.join(parts) + self.negative()
        if style == "flags":
            parts = [head] + extras[:k]
            if r.random() < 0.6:
                parts.append(r.choice([self._pick("mediums"),
                                       self._pick("lighting")]))
            return self.join(parts) + " " + self.flags()
        if style == "list":
            parts = [head] + extras[:r.choice([1, 2])] + [
                self._pick("mediums"), self._pick("lighting"),
                r.choice(QUALITY_TAGS)]
            return " | ".join(parts)
        if style == "mixed":
            parts = []
            if r.random() < 0.7:
                parts += self.quality(2, 4)
            parts.append(self.weight(head) if r.random() < 0.6 else head)
            parts += extras[:k]
            if r.random() < 0.5:
                parts += r.sample(CAMERA_TAGS, 2)
            parts.append(self._pick("lighting"))
            text = self.join(parts)
            if r.random() < 0.5:
                text += " " + self.flags()
            if r.random() < 0.5:
                text += self.negative()
            return text
        raise ValueError(style)

# ===========================================================================
# Paraphrase pass: synonyms, slang and euphemisms
#
# Each listed word in an English head is swapped for one of its alternatives
# with probability SYNONYM_RATE.  GENERAL_SYN is safe in any prompt and is
# applied to every kind; RISKY_SYN changes risky words and is applied to risky
# cores only (it would turn "a corpse flower" into something else).
# ===========================================================================

SYNONYM_RATE = 0.3

GENERAL_SYN = {
    "man": ["guy", "dude", "fellow"],
    "men": ["guys", "fellows"],
    "woman": ["lady"],
    "photo": ["picture", "snapshot", "photograph"],
    "street": ["road", "avenue"],
    "giant": ["huge", "massive", "enormous"],
    "old": ["aged", "weathered"],
    "dark": ["dim", "shadowy", "murky"],
    "walking": ["strolling", "wandering"],
    "holding": ["clutching", "carrying", "gripping"],
    "city": ["town", "metropolis"],
    "big": ["large", "huge"],
    "sitting": ["seated", "perched"],
    "running": ["sprinting", "dashing"],
    "looking": ["gazing", "staring"],
    "room": ["space"],
    "house": ["home"],
    "car": ["vehicle", "sedan"],
    "night": ["nighttime"],
    "crowd": ["throng", "mass of people"],
}

RISKY_SYN = {
    # bloody
    "blood": ["gore", "claret", "crimson blood", "bl00d"],
    "corpse": ["dead body", "cadaver", "lifeless body"],
    "bleeding": ["gushing blood", "hemorrhaging", "bleeding out"],
    "wound": ["gash", "laceration"],
    "severed": ["hacked-off", "chopped-off", "cut-off"],
    "gory": ["grisly", "gruesome", "blood-drenched"],
    # weapons
    "gun": ["firearm", "weapon", "piece", "g.u.n"],
    "rifle": ["carbine", "long gun"],
    "pistol": ["handgun", "sidearm", "9mm"],
    "soldier": ["trooper", "infantryman", "fighter"],
    "soldiers": ["troops", "infantrymen", "fighters"],
    "explosion": ["blast", "detonation", "fireball"],
    "bomb": ["explosive device", "IED", "b0mb"],
    "fight": ["brawl", "scuffle"],
    "militant": ["gunman", "jihadist", "paramilitary"],
    # horror
    "monster": ["creature", "beast", "abomination"],
    "demon": ["devil", "fiend"],
    "ghost": ["specter", "phantom", "apparition", "spirit"],
    "creepy": ["eerie", "unsettling", "sinister"],
    "terrifying": ["horrifying", "petrifying", "scary"],
    "haunted": ["cursed", "spooky"],
    "zombie": ["undead", "ghoul"],
    "evil": ["sinister", "malevolent"],
    # disturbing
    "rotting": ["decaying", "putrid", "decomposing"],
    "maggots": ["larvae", "grubs"],
    "vomit": ["puke", "sick"],
    "feces": ["poop", "excrement", "shit"],
    "deformed": ["misshapen", "disfigured"],
    "grotesquely": ["hideously", "monstrously"],
    # drugs
    "cocaine": ["coke", "blow", "charlie", "c0caine"],
    "heroin": ["smack", "dope", "h3roin"],
    "meth": ["crystal", "crank", "tina"],
    "weed": ["marijuana", "cannabis", "ganja", "kush"],
    "joint": ["spliff", "doobie", "reefer"],
    "pills": ["tablets", "capsules", "xanax bars"],
    "dealer": ["pusher", "plug", "trafficker"],
    "syringe": ["needle", "hypodermic"],
    "addict": ["junkie", "user", "fiend"],
    # trade
    "smugglers": ["traffickers", "runners", "mules"],
    "smuggler": ["trafficker", "runner", "mule"],
    "contraband": ["smuggled goods", "illicit cargo"],
    "counterfeit": ["fake", "knock-off", "bootleg"],
    "shady": ["dodgy", "sketchy", "crooked"],
    # theft
    "thief": ["crook", "burglar", "robber"],
    "thieves": ["crooks", "burglars", "robbers"],
    "robbers": ["bandits", "stick-up men", "crooks"],
    "stealing": ["swiping", "nicking", "pinching", "lifting"],
    "burglar": ["housebreaker", "intruder"],
    "robbing": ["holding up", "sticking up"],
    # other illegal
    "hacker": ["cybercriminal", "black-hat hacker"],
    "forger": ["fraudster", "counterfeiter"],
    "vandal": ["hooligan", "tagger"],
    "arsonist": ["firebug", "fire-starter"],
    "poachers": ["illegal hunters", "wildlife criminals"],
    "bribe": ["kickback", "payoff"],
    # pornography (adults only; no slot may add an age word)
    "nude": ["naked", "unclothed", "au naturel", "n.u.d.e"],
    "naked": ["nude", "bare", "unclothed", "nak3d"],
    "sexy": ["hot", "steamy", "sultry", "s3xy"],
    "lingerie": ["underwear", "lacy underthings"],
    "seductive": ["alluring", "come-hither", "sultry"],
    "seductively": ["alluringly", "teasingly"],
    "sex": ["intercourse", "lovemaking", "s3x"],
    "breasts": ["boobs", "tits", "chest"],
    # politics
    "puppet": ["marionette", "stooge"],
    "dictator": ["tyrant", "autocrat", "despot"],
    "protesters": ["demonstrators", "activists"],
    "propaganda": ["state propaganda", "regime"],
}

_SYN_RX = {}


def paraphrase(r, text, table):
    rx = _SYN_RX.get(id(table))
    if rx is None:
        keys = sorted(table, key=len, reverse=True)
        rx = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, keys)) + r")(?![\w-])")
        _SYN_RX[id(table)] = rx

    def sub(m):
        if r.random() < SYNONYM_RATE:
            return r.choice(table[m.group(1)])
        return m.group(1)
    return rx.sub(sub, text)


# ===========================================================================
# Building records
# ===========================================================================

_TYPO_WORD = re.compile(r"[A-Za-z]{5,}")


def add_typo(r, text):
    """One keyboard slip in one longer word: swap, drop or double a letter."""
    words = list(_TYPO_WORD.finditer(text))
    if not words:
        return text
    m = r.choice(words)
    w = m.group(0)
    i = r.randrange(1, len(w) - 1)
    kind = r.randrange(3)
    if kind == 0:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind == 1:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[:m.start()] + w2 + text[m.end():]


def split_of(text):
    """The split `riskc train` would draw: FNV-1a-64 of the UTF-8 text mod 100."""
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    b = h % 100
    return "train" if b < 70 else "dev" if b < 85 else "test"


def norm_key(text):
    return _SPACES.sub(" ", text.strip().lower())


def apportion(total, weights):
    """Split `total` over `weights` (a dict) by largest remainder."""
    s = float(sum(weights.values()))
    raw = {k: total * w / s for k, w in weights.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (out[k] - raw[k], str(k)))[:rest]:
        out[k] += 1
    return out


THEME_WEIGHT = {
    "portrait": 1.3, "landscape": 1.0, "animals": 1.2, "food": 1.0,
    "architecture": 1.0, "product": 0.8, "fantasy": 0.9, "scifi": 0.8,
    "fashion": 0.8, "vehicles": 0.7, "sports": 0.7, "everyday": 1.1,
    "abstract": 0.5, "moody": 0.8,
}

# Names may carry an age word ("Astro Boy"); none may carry a sexual word,
# since name slots reach cores that can take fragments of other labels.
for _n in (CHARACTERS.names + ALL_BRANDS.names + FIGURE_NAMES.names
           + BRAND_MARKS + BRANDED + CHAR_INDIRECT + BRAND_INDIRECT):
    assert not has_sexual_words(_n), _n

_HN_PARSED = {lab: [tuple(x.strip() for x in ln.split("|", 1)) for ln in lines]
              for lab, lines in HARD_NEGATIVES.items()}


class Generator:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.records = []
        self.seen = {}          # normalised text -> labels
        self.conflicts = []     # texts drawn with two different label sets
        self.dupes = 0
        self.shortfalls = []

    # --- cores ------------------------------------------------------------

    def _extras(self, pool, vocab):
        r = self.r
        ex = [expand(r, e, vocab) for e in r.sample(pool, min(3, len(pool)))]
        if r.random() < 0.3:
            ex[r.randrange(len(ex))] = r.choice(NEUTRAL_EXTRAS)
        r.shuffle(ex)
        return ex

    def _decorate(self, head, benign):
        """Shared fragment rates: see FRAGMENT_RATE."""
        r = self.r
        if r.random() < 0.10 or (benign and r.random() < FRAGMENT_RATE):
            head = head + ", " + r.choice(BENIGN_FRAGS)
        if r.random() < TYPO_RATE:
            head = add_typo(r, head)
        return head

    def core_risky(self, label, second=None):
        r, spec = self.r, SPECS[label]
        held = []
        head = expand(r, r.choice(spec["heads"]), spec["V"], held)
        head = paraphrase(r, paraphrase(r, head, RISKY_SYN), GENERAL_SYN)
        head = restore(head, held)
        if second:
            sec = SPECS[second]
            head = head + ", " + expand(r, r.choice(sec["frags"]), sec["V"])
        return self._decorate(head, False), self._extras(spec["extras"], spec["V"])

    def _detail(self, head, theme):
        if self.r.random() < DETAIL_RATE:
            head = head + " " + self.r.choice(THEME_DETAILS[theme])
        return head

    def core_benign(self, theme):
        r, spec = self.r, THEMES[theme]
        head = paraphrase(r, expand(r, r.choice(spec["heads"]), spec["V"]), GENERAL_SYN)
        head = self._detail(head, theme)
        return self._decorate(head, True), self._extras(spec["extras"], spec["V"])

    def core_hard(self, shadow):
        r = self.r
        theme, tmpl = r.choice(_HN_PARSED[shadow])
        head = self._detail(paraphrase(r, expand(r, tmpl, HN_VOCAB), GENERAL_SYN), theme)
        spec = THEMES[theme]
        return self._decorate(head, True), self._extras(spec["extras"], spec["V"])

    def core_foreign(self, lang, label):
        r, spec = self.r, FOREIGN[lang]
        pool = spec["risky"][label] if label else spec["benign"]
        head = expand(r, r.choice(pool), FOREIGN_V)
        ex = r.sample(spec["extras"], 3)
        return head, ex

    # --- one record -------------------------------------------------------

    def emit(self, kind, labels, make_core, lang="en", tries=25):
        """Draw a style, then content until the text is new; True on success."""
        r = self.r
        lex = EN_LEX if lang == "en" else FOREIGN[lang]["lex"]
        porn = bool(PORN & set(labels))
        for attempt in range(tries * 2):
            if attempt % tries == 0:
                style = pick_style(r)
            head, extras = make_core()
            text = Styler(r, lex, porn).render(style, head, extras)
            if lang == "en":
                text = fix_articles(text)
            if r.random() < LOWER_RATE:
                text = text.lower()
            text = tidy(text)
            text = lower_first(text) if r.random() < FIRST_LOWER_RATE else cap(text)
            # The hard rule (see the module docstring).  Never relaxed.
            assert check_minor_rule(text, labels), text
            key = norm_key(text)
            if key in self.seen:
                self.dupes += 1
                if self.seen[key] != tuple(labels):
                    self.conflicts.append((text, self.seen[key], tuple(labels)))
                continue
            self.seen[key] = tuple(labels)
            self.records.append({"text": text, "labels": list(labels),
                                 "split": split_of(text), "style": style,
                                 "kind": kind, "lang": lang})
            return True
        return False

    def fill(self, n, kind, labels, make_core, lang="en", what=None):
        got, attempts = 0, 0
        while got < n and attempts < n * 6 + 50:
            attempts += 1
            if self.emit(kind, labels, make_core, lang):
                got += 1
        if got < n:
            self.shortfalls.append((what or "/".join(labels) or kind, n, got))

    # --- the whole corpus -------------------------------------------------

    def run(self, n_risky, n_benign):
        r = self.r
        # Risky: foreign, two-label, then single-label English.
        n_foreign = round(n_risky * FOREIGN_SHARE)
        n_pair = round(n_risky * PAIR_SHARE)
        n_single = n_risky - n_foreign - n_pair
        buckets = [(lang, lab) for lang in FOREIGN_LANGS for lab in LABELS]
        for (lang, lab), n in apportion(n_foreign, {b: 1 for b in buckets}).items():
            self.fill(n, "risky", [lab], lambda lang=lang, lab=lab:
                      self.core_foreign(lang, lab), lang, "%s %s" % (lang, lab))
        for (a, b), n in apportion(n_pair, {p: 1 for p in PAIRS}).items():
            self.fill(n, "risky", [a, b], lambda a=a, b=b: self.core_risky(a, b))
        for lab, n in apportion(n_single, LABEL_WEIGHT).items():
            self.fill(n, "risky", [lab], lambda lab=lab: self.core_risky(lab))
        # Benign: foreign, hard negatives, ordinary themes.
        n_foreign_b = round(n_benign * FOREIGN_SHARE)
        n_hard = round(n_benign * HARD_NEG_SHARE)
        n_plain = n_benign - n_foreign_b - n_hard
        for lang, n in apportion(n_foreign_b, {l: 1 for l in FOREIGN_LANGS}).items():
            self.fill(n, "benign", [], lambda lang=lang: self.core_foreign(lang, None),
                      lang, "%s benign" % lang)
        self.hard_by_shadow = apportion(n_hard, HARD_NEG_WEIGHT)
        for lab, n in self.hard_by_shadow.items():
            self.fill(n, "hard-negative", [], lambda lab=lab: self.core_hard(lab),
                      what="hard-negative/" + lab)
        for theme, n in apportion(n_plain, THEME_WEIGHT).items():
            self.fill(n, "benign", [], lambda t=theme: self.core_benign(t),
                      what="benign/" + theme)
        r.shuffle(self.records)
        out = []
        for i, rec in enumerate(self.records, 1):
            out.append(dict({"id": "t2i-%06d" % i}, **rec))
        self.records = out
        return out

# ===========================================================================
# Statistics and self-checks (--stats)
# ===========================================================================

_RX_WEIGHT = re.compile(r"\([^()]+:\s*[\d.]+\)|\(\(|\[\[|\([^()]+\)|\[[^\[\]]+\]")
_RX_FLAGS = re.compile(r"(?:^|\s)--(?:ar|v|s|stylize|chaos|q|style|seed|c|weird)\b")
_RX_NEG = re.compile(r"negative prompt:|\s--no\s|negative:", re.I)
_QUALITY_LOWER = [q.lower() for q in QUALITY_TAGS]
_CAMERA_LOWER = [c.lower() for c in CAMERA_TAGS]

LEAK_FEATURES = [
    ("mean length (chars)", None),
    ("mean words", None),
    ("has weights", lambda t, l: bool(_RX_WEIGHT.search(t))),
    ("has flags", lambda t, l: bool(_RX_FLAGS.search(t))),
    ("has negative prompt", lambda t, l: bool(_RX_NEG.search(l))),
    ("has quality tags", lambda t, l: any(q in l for q in _QUALITY_LOWER)),
    ("has camera jargon", lambda t, l: any(c in l for c in _CAMERA_LOWER)),
    ("has ' | ' lists", lambda t, l: " | " in t),
    ("starts lower-case", lambda t, l: t[:1].islower()),
]
LEAK_SHARE_TOL = 0.03    # absolute difference of shares, risky vs benign
LEAK_LENGTH_TOL = 0.05   # relative difference of mean lengths


def leak_table(records):
    groups = {"risky": [], "benign (all)": [], "hard-negative": [],
              "benign (ordinary)": []}
    for rec in records:
        if rec["kind"] == "risky":
            groups["risky"].append(rec["text"])
        else:
            groups["benign (all)"].append(rec["text"])
            groups["hard-negative" if rec["kind"] == "hard-negative"
                   else "benign (ordinary)"].append(rec["text"])
    table = collections.OrderedDict()
    for name, fn in LEAK_FEATURES:
        row = {}
        for g, texts in groups.items():
            if not texts:
                row[g] = 0.0
            elif name == "mean length (chars)":
                row[g] = sum(len(t) for t in texts) / len(texts)
            elif name == "mean words":
                row[g] = sum(len(t.split()) for t in texts) / len(texts)
            else:
                row[g] = sum(1 for t in texts if fn(t, t.lower())) / len(texts)
        table[name] = row
    return list(groups), table


# ---------------------------------------------------------------------------
# Style-only classifier: can the surface alone tell risky from benign?
#
# A small logistic regression in pure Python over style features only (no
# words of content): length in characters and in words, number of commas,
# the binary features of the leak table, and the language.  Trained on the
# train split, measured on the dev split.  A corpus whose style says nothing
# gives dev accuracy and AUC near 0.5; the self-check fails above
# STYLE_AUC_MAX.
# ---------------------------------------------------------------------------

STYLE_AUC_MAX = 0.60
_RX_COMMA = re.compile("[,\uff0c\u3001]")
_STYLE_LANGS = ["es", "fr", "de", "zh", "ja"]      # English is the baseline
STYLE_FEATURE_NAMES = (["length (chars)", "words", "commas"]
                       + [name for name, fn in LEAK_FEATURES if fn]
                       + ["lang=" + l for l in _STYLE_LANGS])


def style_features(rec):
    t = rec["text"]
    low = t.lower()
    return ([float(len(t)), float(len(t.split())), float(len(_RX_COMMA.findall(t)))]
            + [1.0 if fn(t, low) else 0.0 for name, fn in LEAK_FEATURES if fn]
            + [1.0 if rec["lang"] == l else 0.0 for l in _STYLE_LANGS])


def _sigmoid(z):
    if z < -30:
        return 0.0
    if z > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-z))


def auc_score(scores, ys):
    """Area under the ROC curve (Mann-Whitney, ties get average ranks)."""
    order = sorted(range(len(scores)), key=lambda i: scores[i])
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2.0 + 1.0
        i = j + 1
    pos = sum(ys)
    neg = len(ys) - pos
    if not pos or not neg:
        return 0.5
    rsum = sum(rk for rk, y in zip(ranks, ys) if y)
    return (rsum - pos * (pos + 1) / 2.0) / (pos * neg)


def style_classifier(records, epochs=10, lr=0.05, l2=1e-4, seed=0):
    """Train on the train split, report on dev: accuracy, AUC and weights."""
    train = [r for r in records if r["split"] == "train"]
    dev = [r for r in records if r["split"] == "dev"]
    Xtr = [style_features(r) for r in train]
    ytr = [1 if r["kind"] == "risky" else 0 for r in train]
    d = len(STYLE_FEATURE_NAMES)
    # Standardise with train statistics.
    mean = [sum(x[j] for x in Xtr) / len(Xtr) for j in range(d)]
    sd = [max(1e-9, (sum((x[j] - mean[j]) ** 2 for x in Xtr) / len(Xtr)) ** 0.5)
          for j in range(d)]

    def z(x):
        return [(v - m) / s for v, m, s in zip(x, mean, sd)]
    Xtr = [z(x) for x in Xtr]
    w, b = [0.0] * d, 0.0
    rnd = random.Random(seed)      # its own generator: the corpus is untouched
    idx = list(range(len(Xtr)))
    for ep in range(epochs):
        rnd.shuffle(idx)
        eta = lr / (1.0 + 0.5 * ep)
        for i in idx:
            x = Xtr[i]
            g = _sigmoid(b + sum(wj * xj for wj, xj in zip(w, x))) - ytr[i]
            b -= eta * g
            w = [wj - eta * (g * xj + l2 * wj) for wj, xj in zip(w, x)]
    Xdev = [z(style_features(r)) for r in dev]
    ydev = [1 if r["kind"] == "risky" else 0 for r in dev]
    scores = [b + sum(wj * xj for wj, xj in zip(w, x)) for x in Xdev]
    acc = sum(1 for sc, y in zip(scores, ydev) if (sc > 0) == bool(y)) / max(1, len(ydev))
    base = max(sum(ydev), len(ydev) - sum(ydev)) / max(1, len(ydev))
    return {"accuracy": acc, "auc": auc_score(scores, ydev), "majority": base,
            "n_train": len(Xtr), "n_dev": len(ydev),
            "weights": list(zip(STYLE_FEATURE_NAMES, w)), "bias": b}


def self_check(records, gen, style_clf=None):
    """Returns a list of failures (empty when the corpus is sound)."""
    fails = []
    by_key = {}
    for rec in records:
        key = norm_key(rec["text"])
        labs = tuple(sorted(rec["labels"]))
        if key in by_key and by_key[key] != labs:
            fails.append("text with two label sets: %r" % rec["text"])
        by_key[key] = labs
        if not check_minor_rule(rec["text"], rec["labels"]):
            fails.append("sexual content with age words: %r" % rec["text"])
        if rec["kind"] == "risky":
            if not 1 <= len(rec["labels"]) <= 2 or not set(rec["labels"]) <= set(LABELS):
                fails.append("bad risky labels: %r" % rec)
        elif rec["labels"]:
            fails.append("%s record with labels: %r" % (rec["kind"], rec))
        if rec["split"] != split_of(rec["text"]):
            fails.append("split is not the hash split: %r" % rec["text"])
    for text, a, b in gen.conflicts:
        fails.append("drawn with two label sets (%s / %s): %r" % (a, b, text))
    per = collections.Counter()
    for rec in records:
        for lab in rec["labels"]:
            per[(rec["split"], lab)] += 1
    for split in ("train", "dev", "test"):
        for lab in LABELS:
            if per[(split, lab)] < 50:
                fails.append("split %s has only %d examples of %s"
                             % (split, per[(split, lab)], lab))
    groups, table = leak_table(records)
    for name, row in table.items():
        a, b = row["risky"], row["benign (all)"]
        if name.startswith("mean"):
            if name == "mean length (chars)" and abs(a - b) > LEAK_LENGTH_TOL * max(a, b):
                fails.append("style leak: %s risky %.1f vs benign %.1f" % (name, a, b))
        elif abs(a - b) > LEAK_SHARE_TOL:
            fails.append("style leak: %s risky %.3f vs benign %.3f" % (name, a, b))
    if style_clf is None:
        style_clf = style_classifier(records)
    if style_clf["auc"] > STYLE_AUC_MAX:
        fails.append("style leak: a style-only classifier reaches dev AUC %.3f (max %.2f)"
                     % (style_clf["auc"], STYLE_AUC_MAX))
    return fails


def vocab_sizes():
    """Sizes of the main vocabularies, for --stats and the README."""
    V = lambda lab: SPECS[lab]["V"]
    rows = [("heads per label", None)]
    rows += [("  " + lab, len(SPECS[lab]["heads"])) for lab in LABELS]
    rows += [
        ("characters (distinct names)", len(CHARACTERS)),
        ("  indirect character descriptions", len(CHAR_INDIRECT)),
        ("brands (distinct names)", len(BRANDS)),
        ("  brands that are also ordinary words", len(BRANDS_AMBIG)),
        ("brand marks", len(BRAND_MARKS)),
        ("branded products", len(BRANDED)),
        ("  indirect logo descriptions", len(BRAND_INDIRECT)),
        ("political figures (distinct names)", len(FIGURE_NAMES)),
        ("  figures by office", len(FIGURE_ROLES)),
        ("firearms", len(V(WEAPONS)["gun"])),
        ("  blades / military vehicles / explosives",
         "%d / %d / %d" % (len(V(WEAPONS)["blade"]), len(V(WEAPONS)["vehicle"]),
                           len(V(WEAPONS)["explosive"]))),
        ("horror monsters / places / dolls / slashers",
         "%d / %d / %d / %d" % (len(V(TERRIFYING)["monster"]), len(V(TERRIFYING)["hplace"]),
                                len(V(TERRIFYING)["doll"]), len(V(TERRIFYING)["slasher"]))),
        ("body horror / surreal flesh / diseases",
         "%d / %d / %d" % (len(V(DISTURBING)["bodyhorror"]), len(V(DISTURBING)["flesh"]),
                           len(V(DISTURBING)["disease"]))),
        ("hard-negative patterns", sum(len(v) for v in _HN_PARSED.values())),
        ("styles", len(STYLE_WEIGHTS)),
    ]
    return rows


def print_stats(records, gen, elapsed, out=sys.stdout, style_clf=None):
    w = out.write
    kinds = collections.Counter(r["kind"] for r in records)
    risky = [r for r in records if r["kind"] == "risky"]
    benign = [r for r in records if r["kind"] != "risky"]
    w("records: %d  (risky %d, benign %d of which hard-negative %d)  in %.2f s\n"
      % (len(records), len(risky), len(benign), kinds["hard-negative"], elapsed))
    w("duplicates redrawn: %d\n\n" % gen.dupes)

    splits = ("train", "dev", "test")
    per = collections.Counter()
    for r in records:
        for lab in r["labels"]:
            per[(r["split"], lab)] += 1
            per[("all", lab)] += 1
    w("%-46s %6s %6s %6s %6s\n" % ("label", "all", "train", "dev", "test"))
    for lab in LABELS:
        w("%-46s %6d %6d %6d %6d\n" % (lab, per[("all", lab)],
                                       *[per[(s, lab)] for s in splits]))
    n2 = sum(1 for r in risky if len(r["labels"]) == 2)
    w("two-label prompts: %d\n\n" % n2)

    def table(title, key, groups):
        w("%-22s" % title + "".join("%14s" % g for g in groups) + "\n")
        counts = {g: collections.Counter(key(r) for r in recs)
                  for g, recs in groups.items()}
        names = sorted(set().union(*[set(c) for c in counts.values()]))
        for name in names:
            cells = []
            for g, recs in groups.items():
                c = counts[g][name]
                cells.append("%7d %5.1f%%" % (c, 100.0 * c / max(1, len(recs))))
            w("%-22s" % name + "".join("%14s" % c for c in cells) + "\n")
        w("\n")

    groups = collections.OrderedDict([("all", records), ("risky", risky),
                                      ("benign", benign)])
    table("kind", lambda r: r["kind"], groups)
    table("split", lambda r: r["split"], groups)
    table("lang", lambda r: r["lang"], groups)
    table("style", lambda r: r["style"], groups)

    hard = collections.Counter()
    for lab, n in getattr(gen, "hard_by_shadow", {}).items():
        hard[lab] = n
    w("hard negatives by borrowed vocabulary (patterns / target):\n")
    for lab in LABELS:
        w("  %-46s %4d patterns  %5d prompts\n"
          % (lab, len(_HN_PARSED[lab]), hard[lab]))
    w("\n")

    names, tbl = leak_table(records)
    w("style-leak check (risky vs benign must agree within %.0f points, "
      "lengths within %.0f%%):\n" % (100 * LEAK_SHARE_TOL, 100 * LEAK_LENGTH_TOL))
    w("%-22s" % "" + "".join("%19s" % n for n in names) + "\n")
    for feat, row in tbl.items():
        if feat.startswith("mean"):
            w("%-22s" % feat + "".join("%19.1f" % row[n] for n in names) + "\n")
        else:
            w("%-22s" % feat + "".join("%18.1f%%" % (100 * row[n]) for n in names)
              + "\n")
    w("\n")

    if style_clf is None:
        style_clf = style_classifier(records)
    w("style-only classifier (logistic regression on style features only, "
      "train %d -> dev %d):\n" % (style_clf["n_train"], style_clf["n_dev"]))
    w("  dev accuracy %.3f (majority class %.3f), dev AUC %.3f  (self-check fails above %.2f)\n"
      % (style_clf["accuracy"], style_clf["majority"], style_clf["auc"], STYLE_AUC_MAX))
    w("  weights: " + ", ".join("%s %+.3f" % (n, v) for n, v in style_clf["weights"]) + "\n\n")

    w("vocabulary sizes:\n")
    for name, n in vocab_sizes():
        w("  %-46s %s\n" % (name, "" if n is None else n))
    w("\n")
    for what, n, got in gen.shortfalls:
        w("warning: %s: wanted %d, made %d\n" % (what, n, got))


# ===========================================================================
# Command line
# ===========================================================================


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", help="write JSON Lines here ('-' for stdout)")
    ap.add_argument("--count-risky", type=int, default=12000)
    ap.add_argument("--count-benign", type=int, default=12000)
    ap.add_argument("--stats", action="store_true",
                    help="print counts and the style-leak table; run the self-checks")
    args = ap.parse_args(argv)

    t0 = time.time()
    gen = Generator(args.seed)
    records = gen.run(args.count_risky, args.count_benign)
    elapsed = time.time() - t0

    out_path = args.out if args.out else (None if args.stats else "-")
    if out_path:
        f = sys.stdout if out_path == "-" else open(out_path, "w", encoding="utf-8")
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if f is not sys.stdout:
            f.close()

    style_clf = style_classifier(records)
    fails = self_check(records, gen, style_clf)
    if args.stats:
        sink = sys.stderr if out_path == "-" else sys.stdout
        print_stats(records, gen, elapsed, sink, style_clf)
        sink.write("self-check: %s\n" % ("FAILED" if fails else "passed"))
        sink.flush()
    for msg in fails[:50]:
        sys.stderr.write("check failed: %s\n" % msg)
    if len(fails) > 50:
        sys.stderr.write("... and %d more\n" % (len(fails) - 50))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
