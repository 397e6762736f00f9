"""The numpy port of alt-profanity-check (bastion.models.lexical) against scikit-learn.

Always: a tiny model of the package's kind (TfidfVectorizer -> sigmoid
CalibratedClassifierCV of LinearSVC) is fitted here, laid out as a fake
``profanity_check`` package, exported through the real worker and compared with
scikit-learn's own ``predict_proba``. With ``.venv-teachers``: the real package,
on 2,000+ varied texts.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bastion.learn.teachers import (
    WORKER_ENV,
    TeacherError,
    export_profanity_check,
    teachers_available,
    worker_command,
)
from bastion.models.lexical import _FASTER_PATTERNS, FORMAT, LinearTextModel

FAKE_PACKAGE = """
import joblib, numpy as np
from importlib import resources
vectorizer = joblib.load(resources.files("profanity_check") / "data" / "vectorizer.joblib")
model = joblib.load(resources.files("profanity_check") / "data" / "model.joblib")

def predict_prob(texts):
    return model.predict_proba(vectorizer.transform(texts))[:, 1]
"""
LICENCE = "MIT License\n\nCopyright (c) 2026 Test Fixture\n"


def varied_texts(vocabulary: list[str], n: int, seed: int = 0) -> list[str]:
    """Texts built to hit the tokenizer's corners: case, Unicode, digits, punctuation, length."""
    rng = random.Random(seed)
    extras = [
        "the",
        "and",
        "you",
        "İstanbul",
        "STRASSE",
        "straße",
        "ǅemal",
        "Ελληνικά",
        "русский",
        "中文字符",
        "العربية",
        "🤬",
        "🔥🔥",
        "x",
        "a1",
        "1234",
        "3.14",
        "snake_case",
        "__init__",
        "e\u0301te",
        "zero\u200bwidth",
        "\u202eevil",
        "don't",
        "can’t",
        "http://example.com/a?b=c",
        "@user",
        "#tag",
        "…",
        "—",
        "\t",
        "\n",
        "\r\n",
        "\x00",
        "\ud800",
        "!!!",
        "?!",
        "(x)",
        "[[User:X|",
        "ÅNGSTRÖM",
        "Ⅻ",
        "²³",
        "１２３",
        "ｆｕｌｌｗｉｄｔｈ",
    ]
    texts = ["", " ", "\n\n", "a", "!!", "123 456", "I", "ab"]
    while len(texts) < n:
        kind = rng.random()
        count = rng.choice([1, 2, 3, 5, 8, 13, 30, 80]) if kind < 0.97 else rng.randint(500, 4000)
        words = []
        for _ in range(count):
            word = rng.choice(vocabulary) if rng.random() < 0.6 else rng.choice(extras)
            style = rng.random()
            if style < 0.15:
                word = word.upper()
            elif style < 0.25:
                word = word.capitalize()
            elif style < 0.3:
                word = word + rng.choice(["!", "?", ".", ",", "...", "'s", "123", "_"])
            words.append(word)
        separator = rng.choice([" ", " ", " ", "  ", "\n", ", ", "-", "/", "", "\t"])
        texts.append(separator.join(words))
    return texts


def fit_fixture(tmp_path: Path) -> tuple[Path, object, object]:
    """A fitted vectorizer and model, saved as a fake installed ``alt-profanity-check``."""
    import joblib
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    rng = random.Random(3)
    bad = ["idiot", "stupid", "moron", "trash", "loser", "ugly", "dumb"]
    good = ["lovely", "concert", "music", "friend", "great", "thanks", "ünïcödé", "straße"]
    filler = ["the", "you", "are", "a", "song", "day", "x1", "42", "is", "really"]
    texts, labels = [], []
    for i in range(300):
        label = i % 2
        pool = bad if label else good
        words = rng.choices(pool, k=rng.randint(1, 4)) + rng.choices(filler, k=rng.randint(0, 6))
        rng.shuffle(words)
        texts.append(" ".join(words))
        labels.append(label)
    vectorizer = TfidfVectorizer(stop_words="english", min_df=2)
    x = vectorizer.fit_transform(texts)
    model = CalibratedClassifierCV(
        LinearSVC(class_weight="balanced", C=0.5), method="sigmoid", cv=3
    )
    model.fit(x, labels)

    site = tmp_path / "site"
    package = site / "profanity_check"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text("from .profanity_check import predict_prob\n")
    (package / "profanity_check.py").write_text(FAKE_PACKAGE)
    joblib.dump(vectorizer, package / "data" / "vectorizer.joblib")
    joblib.dump(model, package / "data" / "model.joblib")
    info = site / "alt_profanity_check-0.0.7.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: alt-profanity-check\nVersion: 0.0.7\n"
        "Classifier: License :: OSI Approved :: MIT License\n"
        "Home-page: https://example.invalid/fixture\n"
    )
    (info / "LICENSE").write_text(LICENCE)
    (info / "RECORD").write_text(
        "profanity_check/__init__.py,,\nalt_profanity_check-0.0.7.dist-info/LICENSE,,\n"
    )
    return site, vectorizer, model


def test_the_port_matches_scikit_learn_on_an_exported_fixture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site, vectorizer, model = fit_fixture(tmp_path)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]))
    path = export_profanity_check(tmp_path, tmp_path / "out" / "p.npz", python=[sys.executable])
    port = LinearTextModel.load(path)

    source = port.meta["source"]
    assert port.meta["format"] == FORMAT
    assert (source["package"], source["version"], source["licence"]) == (
        "alt-profanity-check",
        "0.0.7",
        "MIT",
    )
    assert source["licence_text"] == LICENCE
    assert len(port.vocabulary) == len(vectorizer.vocabulary_)  # type: ignore[attr-defined]

    texts = varied_texts(sorted(port.vocabulary), 600, seed=1)
    want = model.predict_proba(vectorizer.transform(texts))[:, 1]  # type: ignore[attr-defined]
    got = port.score_many(texts)
    assert np.abs(got - want).max() < 1e-9
    assert np.abs(np.array([port.score(t) for t in texts[:50]]) - want[:50]).max() < 1e-9
    assert want.min() < 0.2 and want.max() > 0.8  # the fixture separates its classes

    np.testing.assert_allclose(
        port.decision("you stupid idiot"),
        np.array(
            [
                c.estimator.decision_function(vectorizer.transform(["you stupid idiot"]))[0]  # type: ignore[attr-defined]
                for c in model.calibrated_classifiers_  # type: ignore[attr-defined]
            ]
        ),
        atol=1e-12,
    )


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.characters(codec=None), max_size=60)
    | st.sampled_from(varied_texts(["ab"], 200))
)
def test_the_faster_token_pattern_finds_the_same_tokens(text: str) -> None:
    for original, faster in _FASTER_PATTERNS.items():
        assert re.findall(faster, text) == re.findall(original, text)
        assert re.findall(faster, text.lower()) == re.findall(original, text.lower())


def test_a_failed_export_is_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "empty"))
    with pytest.raises(TeacherError, match="exporting alt-profanity-check failed"):
        export_profanity_check(tmp_path, tmp_path / "p.npz", python=[sys.executable])


def test_the_runtime_scorer_imports_no_scikit_learn() -> None:
    code = (
        "import sys; import bastion; before = set(sys.modules); import bastion.models.lexical; "
        "heavy = {'sklearn', 'scipy', 'joblib'}; "
        "print(sorted({m.split('.')[0] for m in set(sys.modules) - before} & heavy), "
        "'sklearn' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "[] False"


def test_a_file_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.npz"
    np.savez(path, meta=np.frombuffer(json.dumps({"format": "other"}).encode(), dtype=np.uint8))
    with pytest.raises(ValueError, match=r"not a bastion\.lexical"):
        LinearTextModel.load(path)


PREDICT = """
import json, sys
from profanity_check import predict_prob
texts = json.loads(sys.stdin.buffer.read())
print(json.dumps([float(p) for p in predict_prob(texts)]))
"""


@pytest.mark.skipif(
    not teachers_available(), reason="no .venv-teachers (scripts/setup-teachers.sh)"
)
def test_the_port_matches_the_real_package_within_1e_6(tmp_path: Path) -> None:
    port = LinearTextModel.load(export_profanity_check(out=tmp_path / "p.npz"))
    assert port.meta["source"]["version"] == "1.9.1"
    assert port.meta["source"]["licence"] == "MIT"
    assert "Victor Zhou" in port.meta["source"]["licence_text"]

    texts = varied_texts(sorted(port.vocabulary), 2500, seed=7)
    result = subprocess.run(
        [worker_command()[0], "-c", PREDICT],
        input=json.dumps(texts, ensure_ascii=True).encode("ascii"),
        capture_output=True,
        check=True,
        env={**os.environ, **WORKER_ENV},
    )
    want = np.array(json.loads(result.stdout))
    got = port.score_many(texts)
    assert want.shape == (len(texts),)
    assert np.abs(got - want).max() < 1e-6
    assert want.min() < 0.1 and want.max() > 0.9  # the texts span the package's range
