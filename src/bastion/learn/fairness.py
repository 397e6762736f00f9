"""Fairness in training: counterfactual copies with the identity group swapped.

A model that learns "the word *trans* means hate" flags people for saying who
they are. Public abuse data teaches exactly that, because groups are mentioned
mostly when they are attacked. The remedy used here is counterfactual data
augmentation: a training text that mentions one group (by a neutral term from
``learn/authored/identity_terms.yaml``) gets copies in which that group is
swapped for others, with the same labels. Harm then has to be learnt from what
is said about a group, not from which group is named.

Only neutral terms are swapped (never slurs, which are group-specific); a text
naming several groups is left alone (swapping one would change its meaning).
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from bastion import yaml_io
from bastion.datasets.format import Example

TERMS_FILE = Path(__file__).resolve().parent / "authored" / "identity_terms.yaml"
COPIES = 2
UNSPACED = {"zh", "ja", "th"}
"""Languages written without spaces: terms match as substrings."""
SKIP_SOURCES = {"jigsaw-sentence-templates"}
"""Sets that already swap identity terms by construction."""


@dataclass(frozen=True)
class Lexicon:
    """Per language: one regex over every group's terms, and each term's (group, form)."""

    regex: re.Pattern[str]
    owner: dict[str, tuple[str, str]]
    """casefolded term -> (group, form)"""
    by_form: dict[tuple[str, str], tuple[str, ...]]
    """(group, form) -> terms"""


def _normalise(data: dict[str, object]) -> dict[str, dict[str, dict[str, list[str]]]]:
    """{lang: {group: {form: [terms]}}}, whichever nesting the file uses."""
    groups = data.get("groups", data)
    assert isinstance(groups, dict)
    out: dict[str, dict[str, dict[str, list[str]]]] = {}
    for outer, inner in groups.items():
        if not isinstance(inner, dict):
            continue
        for middle, forms in inner.items():
            if isinstance(forms, list):
                forms = {"terms": forms}
            if not isinstance(forms, dict):
                continue
            # The file is {group: {lang: forms}} when its outer keys are not language codes.
            lang, group = (
                (str(outer), str(middle)) if len(str(outer)) <= 3 else (str(middle), str(outer))
            )
            for form, terms in forms.items():
                clean = [str(t) for t in terms or [] if str(t).strip()]
                if clean:
                    out.setdefault(lang, {}).setdefault(group, {})[str(form)] = clean
    return out


@cache
def lexicons(path: Path = TERMS_FILE) -> dict[str, Lexicon]:
    if not path.is_file():
        return {}
    table = _normalise(yaml_io.safe_load(path.read_text(encoding="utf-8")) or {})
    result: dict[str, Lexicon] = {}
    for lang, groups in table.items():
        owner: dict[str, tuple[str, str]] = {}
        by_form: dict[tuple[str, str], tuple[str, ...]] = {}
        spellings: set[str] = set()
        for group, forms in sorted(groups.items()):
            for form, terms in forms.items():
                by_form[(group, form)] = tuple(terms)
                for term in terms:
                    owner.setdefault(term.casefold(), (group, form))
                    # The term as written and casefolded: case-insensitive matching does
                    # not equate "ß" with its casefold "ss", so "Weißer" needs its own.
                    spellings.update((term, term.casefold()))
        if not owner:
            continue
        alternatives = "|".join(re.escape(t) for t in sorted(spellings, key=len, reverse=True))
        pattern = f"(?:{alternatives})" if lang in UNSPACED else rf"(?<!\w)(?:{alternatives})(?!\w)"
        result[lang] = Lexicon(re.compile(pattern, re.IGNORECASE), owner, by_form)
    return result


def _owner(lexicon: Lexicon, matched: str) -> tuple[str, str] | None:
    """The (group, form) of a matched term; case-insensitive matching can find forms
    (e.g. Turkish dotted capitals) whose case folding is not the listed term's."""
    return lexicon.owner.get(matched.casefold()) or lexicon.owner.get(matched.lower())


def mentioned_groups(text: str, lang: str) -> set[str]:
    lexicon = lexicons().get(lang)
    if lexicon is None:
        return set()
    found = (_owner(lexicon, m.group(0)) for m in lexicon.regex.finditer(text))
    return {owner[0] for owner in found if owner is not None}


def _cased(template: str, term: str) -> str:
    if template.isupper() and len(template) > 1:
        return term.upper()
    if template[:1].isupper():
        return term[:1].upper() + term[1:]
    return term


def swap_group(text: str, lang: str, target: str) -> str | None:
    """``text`` with its one mentioned group replaced by ``target`` (None if not possible)."""
    lexicon = lexicons().get(lang)
    if lexicon is None:
        return None
    missing = False

    def substitute(match: re.Match[str]) -> str:
        nonlocal missing
        owner = _owner(lexicon, match.group(0))
        options = lexicon.by_form.get((target, owner[1])) if owner else None
        if not options:
            missing = True
            return match.group(0)
        return _cased(match.group(0), options[0])

    swapped = lexicon.regex.sub(substitute, text)
    return None if missing or swapped == text else swapped


def counterfactual_copies(example: Example, seed: int = 0, copies: int = COPIES) -> list[Example]:
    """Copies of ``example`` with its one mentioned identity group swapped for others."""
    if example.slices.get("source") in SKIP_SOURCES or example.slices.get("counterfactual"):
        return []
    lang = example.slices.get("lang", "und")
    lang = "en" if lang in ("und", "") else lang
    groups = mentioned_groups(example.text, lang)
    if len(groups) != 1:
        return []
    (group,) = groups
    others = sorted({g for g, _ in lexicons()[lang].by_form} - {group})
    digest = hashlib.sha256(f"{seed}:{example.id}".encode()).digest()
    random.Random(digest).shuffle(others)
    out: list[Example] = []
    for target in others:
        swapped = swap_group(example.text, lang, target)
        if swapped is None:
            continue
        slices = {
            **example.slices,
            "counterfactual": f"{group}->{target}",
            "split_key": example.slices.get("split_key", example.id),
        }
        copy = replace(
            example, id=f"{example.id}~{target}", text=swapped, slices=slices, spans=None
        )
        out.append(copy)
        if len(out) == copies:
            break
    return out
