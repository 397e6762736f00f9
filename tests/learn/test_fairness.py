"""Counterfactual copies: the group is swapped, the labels and the split stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.datasets.format import Example
from bastion.learn.corpus import split_of
from bastion.learn.fairness import counterfactual_copies, lexicons, mentioned_groups


def example(text: str, lang: str = "en", **labels: int) -> Example:
    return Example(
        id=f"t/{text}",
        text=text,
        labels=dict(labels) or {"hate": 0},
        slices={"lang": lang, "source": "test", "split": "train"},
    )


@pytest.fixture(autouse=True)
def _terms() -> None:
    if "en" not in lexicons():
        pytest.skip("identity_terms.yaml is not in this checkout")


def test_one_group_is_swapped_and_labels_kept() -> None:
    original = example("Muslims are a disease on this country", hate=1)
    copies = counterfactual_copies(original)
    assert len(copies) == 2
    for copy in copies:
        assert "Muslims" not in copy.text
        assert copy.text.endswith(" are a disease on this country")
        assert copy.labels == original.labels
        (group,) = mentioned_groups(copy.text, "en")
        assert group != "muslims"
        assert split_of(copy) == split_of(original)


def test_texts_naming_no_group_or_several_are_left_alone() -> None:
    assert counterfactual_copies(example("this track is a masterpiece")) == []
    assert counterfactual_copies(example("Muslims and Jews marched together")) == []


def test_words_inside_other_words_are_not_groups() -> None:
    assert mentioned_groups("the womenswear line and the menu", "en") == set()


def test_copies_are_deterministic() -> None:
    original = example("I am a trans woman and proud")
    assert counterfactual_copies(original, seed=1) == counterfactual_copies(original, seed=1)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["en", "de", "es", "fr"]), st.data())
def test_a_swap_names_exactly_one_other_group(lang: str, data: st.DataObject) -> None:
    lexicon = lexicons()[lang]
    (group, form) = data.draw(st.sampled_from(sorted(lexicon.by_form)))
    term = lexicon.by_form[(group, form)][0]
    text = f"{term} : ok"
    if mentioned_groups(text, lang) != {group}:
        return  # a term that is also another group's (e.g. shared adjectives)
    for copy in counterfactual_copies(example(text, lang)):
        assert mentioned_groups(copy.text, lang) - {group}


def test_terms_with_sharp_s_are_found_as_written() -> None:
    # "ß" casefolds to "ss", which case-insensitive matching does not equate with it: a
    # lexicon built from casefolded terms alone missed "Weißer Mensch" (found by the
    # property test above), so German copies swapped to it were never recognised.
    assert mentioned_groups("Weißer Mensch : ok", "de") == {"white_people"}
    assert mentioned_groups("weisser mensch : ok", "de") == {"white_people"}
