"""Teacher worker: runs *inside the teacher environment*, never imports bastion.

    .venv-teachers/bin/python src/bastion/learn/teacher_worker.py [--teachers tox_block,...]
    .venv-teachers/bin/python src/bastion/learn/teacher_worker.py --self-test
    .venv-teachers/bin/python src/bastion/learn/teacher_worker.py --export-profanity OUT.npz

Serving protocol (what :mod:`bastion.learn.teachers` speaks), one ASCII JSON
object per line, so any text survives (newlines, odd Unicode, lone surrogates):

    worker -> {"ready": true, "outputs": [...], "versions": {...}, "max_chars": 1000}
    parent -> {"texts": ["...", ...]}
    worker -> {"scores": {"tox_block.toxic": [...], ...}}      (one list per output)
    worker -> {"error": "..."}                                   (then exits)

The worker ends at end of input. Only protocol lines reach the real stdout: file
descriptor 1 is pointed at stderr before TensorFlow is imported, so library
chatter cannot corrupt the stream.

Teachers (both MIT, weights inside the package):

``tox_block`` 0.1.2: a Keras LSTM on the Jigsaw six labels. Its Keras tokenizer is
applied, then sequences are padded to 100 tokens *before* the text as the model
was trained, but over-long texts keep their *first* 100 tokens (the package keeps
the last): the score describes the start of the text, as the student sees it.
Scores are the model's sigmoid outputs, not the package's min-max "rescaled"
values (those exceed 1 above the calibration maximum).

``profanity_check`` (alt-profanity-check 1.9.1): ``predict_prob`` as is.

Texts longer than ``MAX_CHARS`` are cut here too (the parent already cuts them).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from importlib import metadata
from typing import IO, Any, Protocol

MAX_CHARS = 1000
TOX_BLOCK_MAX_TOKENS = 100


class Teacher(Protocol):
    outputs: list[str]

    def score(self, texts: list[str]) -> dict[str, list[float]]: ...


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


class ToxBlock:
    def __init__(self) -> None:
        os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
        from tensorflow.keras.preprocessing.sequence import pad_sequences
        from tox_block import prediction
        from tox_block.config import config

        self._pad = pad_sequences
        self._tokenizer = prediction._encoder.tokenizer
        self._model = prediction._model
        self._maxlen = int(config.MAX_SEQUENCE_LENGTH)
        self.labels = [str(label) for label in config.LIST_CLASSES]
        self.outputs = [f"tox_block.{label}" for label in self.labels]

    def score(self, texts: list[str]) -> dict[str, list[float]]:
        sequences = self._tokenizer.texts_to_sequences(texts)
        x = self._pad(sequences, maxlen=self._maxlen, padding="pre", truncating="post")
        y = self._model.predict_on_batch(x)
        y = y.numpy() if hasattr(y, "numpy") else y
        return {name: [float(v) for v in y[:, j]] for j, name in enumerate(self.outputs)}


class ProfanityCheck:
    def __init__(self) -> None:
        from profanity_check import predict_prob

        self.outputs = ["profanity_check.offensive"]
        self._predict_prob = predict_prob

    def score(self, texts: list[str]) -> dict[str, list[float]]:
        return {self.outputs[0]: [float(v) for v in self._predict_prob(texts)]}


TEACHERS: dict[str, type[ToxBlock] | type[ProfanityCheck]] = {
    "tox_block": ToxBlock,
    "profanity_check": ProfanityCheck,
}
DISTRIBUTIONS = {"tox_block": "tox-block", "profanity_check": "alt-profanity-check"}


def _load(names: Sequence[str]) -> list[Teacher]:
    return [TEACHERS[name]() for name in names]


def _score(teachers: Sequence[Teacher], texts: list[str]) -> dict[str, list[float]]:
    texts = [text[:MAX_CHARS] for text in texts]
    scores: dict[str, list[float]] = {}
    if texts:
        for teacher in teachers:
            scores.update(teacher.score(texts))
    else:
        scores = {name: [] for teacher in teachers for name in teacher.outputs}
    return scores


def _protocol_stream() -> IO[str]:
    """The real stdout for protocol lines; fd 1 (print, C libraries) then goes to stderr."""
    sys.stdout.flush()
    fd = os.dup(1)
    os.dup2(2, 1)
    return os.fdopen(fd, "w", encoding="ascii", newline="\n")


def _send(stream: IO[str], message: dict[str, Any]) -> None:
    stream.write(json.dumps(message, ensure_ascii=True, allow_nan=False) + "\n")
    stream.flush()


def serve(names: Sequence[str]) -> int:
    out = _protocol_stream()
    try:
        teachers = _load(names)
    except Exception as error:
        _send(out, {"error": f"loading {', '.join(names)}: {type(error).__name__}: {error}"})
        return 1
    versions = {name: _version(DISTRIBUTIONS[name]) for name in names}
    versions["tensorflow"] = _version("tensorflow")
    versions["scikit-learn"] = _version("scikit-learn")
    outputs = [name for teacher in teachers for name in teacher.outputs]
    _send(out, {"ready": True, "outputs": outputs, "versions": versions, "max_chars": MAX_CHARS})
    for line in sys.stdin.buffer:
        if not line.strip():
            continue
        try:
            texts = json.loads(line)["texts"]
            if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
                raise TypeError("'texts' must be a list of strings")
            _send(out, {"scores": _score(teachers, texts)})
        except Exception as error:
            _send(out, {"error": f"{type(error).__name__}: {error}"})
            return 1
    return 0


def self_test() -> int:
    teachers = _load(list(TEACHERS))
    texts = [
        "have a lovely day, see you at the concert",
        "you are a stupid fucking idiot",
        "I will kill you and your family",
        "",
        "x" * 5000 + "\nüñíçødé \ud800 🤬",
    ]
    scores = _score(teachers, texts)
    for name, values in scores.items():
        print(f"{name:28s} " + " ".join(f"{v:.3f}" for v in values), file=sys.stderr)
        if not all(0.0 <= v <= 1.0 for v in values):
            print(f"self-test: {name} gave a score outside [0, 1]", file=sys.stderr)
            return 1
    checks = [
        scores["tox_block.toxic"][1] > 0.5 > scores["tox_block.toxic"][0],
        scores["tox_block.threat"][2] > scores["tox_block.threat"][0],
        scores["profanity_check.offensive"][1] > 0.5 > scores["profanity_check.offensive"][0],
    ]
    if not all(checks):
        print("self-test: scores are not sensible", file=sys.stderr)
        return 1
    print("self-test: ok", file=sys.stderr)
    return 0


def _licence(distribution: str) -> tuple[str, str]:
    """(SPDX-ish name, full licence text) from the installed distribution's metadata."""
    dist = metadata.distribution(distribution)

    def field(key: str) -> str:
        return str((dist.metadata.get_all(key) or [""])[0])

    name = field("License-Expression")
    if not name:
        for classifier in dist.metadata.get_all("Classifier") or []:
            if classifier.startswith("License :: OSI Approved :: "):
                name = classifier.rsplit(" :: ", 1)[1].removesuffix(" License")
        name = name or field("License") or "unknown"
    text = ""
    for file in dist.files or []:
        if file.name.upper().startswith(("LICENSE", "LICENCE", "COPYING")):
            text = file.read_text(encoding="utf-8")
            break
    return name, text


def export_profanity(out: str) -> int:
    """Dump alt-profanity-check's fitted numbers (no pickle) for bastion to convert."""
    import numpy as np
    from profanity_check import profanity_check as package

    vectorizer, model = package.vectorizer, package.model
    params = vectorizer.get_params()
    expected = {
        "analyzer": "word",
        "ngram_range": (1, 1),
        "binary": False,
        "norm": "l2",
        "use_idf": True,
        "sublinear_tf": False,
        "strip_accents": None,
        "preprocessor": None,
        "tokenizer": None,
        "input": "content",
    }
    unsupported = {k: params.get(k) for k, v in expected.items() if params.get(k) != v}
    if unsupported or type(vectorizer).__name__ != "TfidfVectorizer":
        raise SystemExit(f"export: vectorizer settings the port does not implement: {unsupported}")
    if type(model).__name__ != "CalibratedClassifierCV" or model.method != "sigmoid":
        raise SystemExit(f"export: expected a sigmoid CalibratedClassifierCV, got {model!r}")
    if len(model.classes_) != 2:
        raise SystemExit("export: expected a binary classifier")
    # Stop words are dropped before the vocabulary lookup: a stop word in the
    # vocabulary could never be counted, so it is left out of the export.
    stop = vectorizer.get_stop_words() or frozenset()
    terms = sorted((i, t) for t, i in vectorizer.vocabulary_.items() if t not in stop)
    columns = np.array([i for i, _ in terms], dtype=np.intp)
    coef, intercept, a, b = [], [], [], []
    for calibrated in model.calibrated_classifiers_:
        estimator = calibrated.estimator
        if estimator.coef_.shape[0] != 1 or len(calibrated.calibrators) != 1:
            raise SystemExit("export: expected one binary linear model per fold")
        if list(estimator.classes_) != list(model.classes_):
            raise SystemExit("export: fold classes differ from the model's")
        coef.append(np.asarray(estimator.coef_, dtype=np.float64)[0, columns])
        intercept.append(float(np.ravel(estimator.intercept_)[0]))
        a.append(float(calibrated.calibrators[0].a_))
        b.append(float(calibrated.calibrators[0].b_))
    licence, licence_text = _licence("alt-profanity-check")
    meta = {
        "outputs": ["profanity_check.offensive"],
        "positive_class": str(model.classes_[1]),
        "token_pattern": params["token_pattern"],
        "lowercase": bool(params["lowercase"]),
        "source": {
            "package": "alt-profanity-check",
            "version": _version("alt-profanity-check"),
            "licence": licence,
            "licence_text": licence_text,
            "home": str((metadata.metadata("alt-profanity-check").get_all("Home-page") or [""])[0]),
            "scikit_learn": _version("scikit-learn"),
            "model": (
                f"TfidfVectorizer(stop_words={params['stop_words']!r}, min_df={params['min_df']})"
                f" -> CalibratedClassifierCV({type(model.estimator).__name__}, sigmoid,"
                f" {len(model.calibrated_classifiers_)} folds averaged)"
            ),
            "vocabulary_size": len(vectorizer.vocabulary_),
            "stop_words_dropped": len(vectorizer.vocabulary_) - len(terms),
        },
    }
    np.savez(
        out,
        terms=np.frombuffer("\n".join(t for _, t in terms).encode("utf-8"), dtype=np.uint8),
        idf=np.asarray(vectorizer.idf_, dtype=np.float64)[columns],
        coef=np.stack(coef),
        intercept=np.array(intercept),
        calibration_a=np.array(a),
        calibration_b=np.array(b),
        meta=np.frombuffer(json.dumps(meta).encode("utf-8"), dtype=np.uint8),
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--teachers", default=",".join(TEACHERS))
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--export-profanity", metavar="OUT")
    args = parser.parse_args(argv)
    if args.self_test:
        return self_test()
    if args.export_profanity:
        return export_profanity(args.export_profanity)
    names = [n for n in args.teachers.split(",") if n]
    unknown = [n for n in names if n not in TEACHERS]
    if unknown or not names:
        parser.error(f"--teachers: choose from {', '.join(TEACHERS)}")
    return serve(names)


if __name__ == "__main__":
    sys.exit(main())
