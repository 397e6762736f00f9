"""Teacher scores: the worker protocol and the on-disk cache, driven by a fake worker.

The real teachers (tox-block, alt-profanity-check) run only where
``.venv-teachers`` exists (``scripts/setup-teachers.sh``).
"""

from __future__ import annotations

import ast
import fcntl
import hashlib
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from bastion.learn import teachers
from bastion.learn.teachers import (
    MAX_CHARS,
    OUTPUTS,
    WORKER,
    TeacherCache,
    TeacherError,
    teacher_scores,
    teachers_available,
    text_key,
    worker_command,
)

FAKE_WORKER = """
import hashlib, json, sys
args = sys.argv[1:]
log = open(args[0], "a", encoding="ascii")
mode = args[1] if len(args) > 1 else ""
outputs = json.loads(args[2]) if len(args) > 2 else None
if mode == "crash-at-start":
    print("fake worker: cannot load the model", file=sys.stderr)
    sys.exit(3)
if mode == "garbage":
    print("Loading model... done")
    sys.stdout.flush()
out = sys.stdout
versions = {"tox_block": mode.split("-", 1)[1]} if mode.startswith("version-") else {}
out.write(json.dumps({"ready": True, "outputs": outputs, "versions": versions}) + "\\n")
out.flush()
batches = 0
for line in sys.stdin.buffer:
    texts = json.loads(line)["texts"]
    batches += 1
    if mode.startswith("die-after-") and batches > int(mode.rsplit("-", 1)[1]):
        sys.exit(9)
    for text in texts:
        log.write(json.dumps(text) + "\\n")
    log.flush()
    scores = {}
    for o in outputs:
        scores[o] = [
            hashlib.sha1((o + text).encode("utf-8", "surrogatepass")).digest()[0] / 255
            for text in texts
        ]
    if mode == "out-of-range":
        scores[outputs[0]][0] = 1.5
    out.write(json.dumps({"scores": scores}) + "\\n")
    out.flush()
"""


def expected(text: str, output: str) -> float:
    seen = text[:MAX_CHARS]
    return hashlib.sha1((output + seen).encode("utf-8", "surrogatepass")).digest()[0] / 255


@pytest.fixture
def fake(tmp_path: Path) -> tuple[Path, Path]:
    script = tmp_path / "fake_worker.py"
    script.write_text(FAKE_WORKER)
    return script, tmp_path / "received.jsonl"


def command(
    fake: tuple[Path, Path], mode: str = "", outputs: tuple[str, ...] = OUTPUTS
) -> list[str]:
    script, log = fake
    return [sys.executable, str(script), str(log), mode, json.dumps(list(outputs))]


def received(fake: tuple[Path, Path]) -> list[str]:
    log = fake[1]
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="ascii").splitlines()]


def quiet(_: str) -> None:
    pass


ODD = [
    "plain text",
    "line one\nline two\r\nline three\ttab",
    'quotes " and \\ backslash and {"json": 1}',
    "ünïcödé — ÆØÅ, İstanbul, straße, Ελληνικά, русский, 中文, العربية",
    "emoji 🤬🔥 and zero\u200bwidth and rtl \u202e mark",
    "lone surrogate \ud800 here",
    "",
    "   ",
    "x" * (MAX_CHARS - 1) + "é" + "TAIL NEVER SEEN" * 500,
]


def test_scores_align_with_texts_and_a_second_call_computes_only_new_texts(
    tmp_path: Path, fake: tuple[Path, Path]
) -> None:
    cache = tmp_path / "cache" / "teachers.npz"
    texts = [*ODD, "plain text", ODD[3]]  # duplicates are scored once
    scores = teacher_scores(texts, cache=cache, progress=quiet, worker=command(fake), batch_size=4)

    assert set(scores) == set(OUTPUTS)
    for output in OUTPUTS:
        assert scores[output].shape == (len(texts),)
        assert scores[output].dtype == np.float32
        want = np.array([expected(t, output) for t in texts], dtype=np.float32)
        np.testing.assert_array_equal(scores[output], want)
    sent = received(fake)
    assert sorted(sent) == sorted({t[:MAX_CHARS] for t in ODD})  # each distinct text once, cut
    assert max(len(t) for t in sent) == MAX_CHARS
    assert cache.exists() and not cache.with_name("teachers.npz.journal.jsonl").exists()

    more = [*texts, "a new text", "another new one"]
    again = teacher_scores(more, cache=cache, progress=quiet, worker=command(fake))
    assert received(fake)[len(sent) :] == ["a new text", "another new one"]
    for output in OUTPUTS:
        np.testing.assert_array_equal(again[output][: len(texts)], scores[output])


def test_fully_cached_texts_start_no_worker(tmp_path: Path, fake: tuple[Path, Path]) -> None:
    cache = tmp_path / "teachers.npz"
    first = teacher_scores(ODD, cache=cache, progress=quiet, worker=command(fake))
    nowhere = [str(tmp_path / "no-such-python"), str(WORKER)]
    second = teacher_scores(list(reversed(ODD)), cache=cache, progress=quiet, worker=nowhere)
    for output in OUTPUTS:
        np.testing.assert_array_equal(second[output], first[output][::-1])


def test_no_texts(tmp_path: Path) -> None:
    nowhere = [str(tmp_path / "no-such-python")]
    scores = teacher_scores([], cache=None, progress=quiet, worker=nowhere)
    assert all(scores[o].shape == (0,) for o in OUTPUTS)


def test_without_a_cache_file_nothing_is_written(tmp_path: Path, fake: tuple[Path, Path]) -> None:
    scores = teacher_scores(["a", "b", "a"], cache=None, progress=quiet, worker=command(fake))
    assert scores[OUTPUTS[0]][0] == scores[OUTPUTS[0]][2]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fake_worker.py", "received.jsonl"]


def test_an_interrupted_run_keeps_the_batches_it_finished(
    tmp_path: Path, fake: tuple[Path, Path]
) -> None:
    cache = tmp_path / "teachers.npz"
    texts = [f"text number {i}" for i in range(10)]
    with pytest.raises(TeacherError, match="exited"):
        teacher_scores(
            texts, cache=cache, progress=quiet, worker=command(fake, "die-after-2"), batch_size=2
        )
    assert len(TeacherCache(cache)) == 4  # two batches of two made it to disk
    before = len(received(fake))

    scores = teacher_scores(texts, cache=cache, progress=quiet, worker=command(fake), batch_size=2)
    assert received(fake)[before:] == texts[4:]
    for output in OUTPUTS:
        np.testing.assert_array_equal(
            scores[output], np.array([expected(t, output) for t in texts], dtype=np.float32)
        )
    assert len(TeacherCache(cache)) == 10


def test_a_torn_journal_line_is_skipped_and_the_journal_folded(tmp_path: Path) -> None:
    cache = tmp_path / "teachers.npz"
    journal = tmp_path / "teachers.npz.journal.jsonl"
    good = {"k": text_key("kept").hex(), "s": dict.fromkeys(OUTPUTS, 0.25)}
    journal.write_text(json.dumps(good) + "\n" + '{"k": "ab12', encoding="ascii")
    nowhere = [str(tmp_path / "no-such-python")]
    scores = teacher_scores(["kept"], cache=cache, progress=quiet, worker=nowhere)
    assert all(scores[o][0] == 0.25 for o in OUTPUTS)
    assert cache.exists() and not journal.exists()
    assert len(TeacherCache(cache)) == 1


def test_a_new_output_is_computed_for_cached_texts(tmp_path: Path, fake: tuple[Path, Path]) -> None:
    cache = tmp_path / "teachers.npz"
    teacher_scores(
        ["one", "two"],
        cache=cache,
        progress=quiet,
        worker=command(fake, "", ("a",)),
        outputs=("a",),
    )
    scores = teacher_scores(
        ["one", "two"],
        cache=cache,
        progress=quiet,
        worker=command(fake, "", ("a", "b")),
        outputs=("a", "b"),
    )
    assert scores["b"][1] == np.float32(expected("two", "b"))
    assert TeacherCache(cache).outputs == ["a", "b"]


def test_scores_of_another_teacher_version_or_cut_are_not_mixed(
    tmp_path: Path, fake: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "teachers.npz"
    teacher_scores(["one"], cache=cache, progress=quiet, worker=command(fake, "version-0.1.2"))
    assert TeacherCache(cache).info == {"max_chars": MAX_CHARS, "versions": {"tox_block": "0.1.2"}}
    teacher_scores(["two"], cache=cache, progress=quiet, worker=command(fake, "version-0.1.2"))
    with pytest.raises(TeacherError, match=r"other teacher versions \(tox_block 0\.1\.2 -> 0\.2"):
        teacher_scores(["three"], cache=cache, progress=quiet, worker=command(fake, "version-0.2"))
    monkeypatch.setattr(teachers, "MAX_CHARS", 500)
    with pytest.raises(TeacherError, match="cut at 1000 characters, not 500"):
        teacher_scores(["one"], cache=cache, progress=quiet, worker=command(fake))


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("crash-at-start", "cannot load the model"),  # the worker's stderr is in the error
        ("garbage", "non-protocol line"),
        ("out-of-range", r"outside \[0, 1\]"),
    ],
)
def test_worker_failures_are_clear(
    tmp_path: Path, fake: tuple[Path, Path], mode: str, message: str
) -> None:
    with pytest.raises(TeacherError, match=message):
        teacher_scores(["some text"], cache=None, progress=quiet, worker=command(fake, mode))


def test_a_worker_without_a_wanted_output_is_refused(fake: tuple[Path, Path]) -> None:
    with pytest.raises(TeacherError, match=r"does not produce .*tox_block\.threat"):
        teacher_scores(
            ["x"], cache=None, progress=quiet, worker=command(fake, "", ("tox_block.toxic",))
        )


def test_a_cache_in_use_is_refused(tmp_path: Path, fake: tuple[Path, Path]) -> None:
    cache = tmp_path / "teachers.npz"
    with (tmp_path / "teachers.npz.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        with pytest.raises(TeacherError, match="in use"):
            teacher_scores(["x"], cache=cache, progress=quiet, worker=command(fake))


def test_a_missing_environment_names_the_setup_script(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(TeacherError, match=r"scripts/setup-teachers\.sh"):
        worker_command(tmp_path / ".venv-teachers")
    monkeypatch.setattr(teachers, "DEFAULT_VENV", tmp_path / ".venv-teachers")
    with pytest.raises(TeacherError, match=r"scripts/setup-teachers\.sh"):
        teacher_scores(["needs a teacher"], cache=None, progress=quiet)


def test_the_worker_imports_nothing_from_bastion() -> None:
    tree = ast.parse(WORKER.read_text())
    modules = [
        name
        for node in ast.walk(tree)
        for name in (
            [a.name for a in node.names]
            if isinstance(node, ast.Import)
            else [node.module or ""]
            if isinstance(node, ast.ImportFrom)
            else []
        )
    ]
    assert modules and not [m for m in modules if m.split(".")[0] == "bastion"]


@pytest.mark.skipif(
    not teachers_available(), reason="no .venv-teachers (scripts/setup-teachers.sh)"
)
def test_the_real_teachers_give_sensible_scores(tmp_path: Path) -> None:
    texts = [
        "have a lovely day, see you at the concert",
        "you are a stupid fucking idiot",
        "I am going to kill you and your whole family",
        "",
        "odd\ncharacters 🤬 \ud800 " + "long " * 2000,
    ]
    scores = teacher_scores(texts, cache=tmp_path / "t.npz", progress=quiet)
    for output in OUTPUTS:
        assert np.all((scores[output] >= 0) & (scores[output] <= 1))
    assert scores["tox_block.toxic"][1] > 0.5 > scores["tox_block.toxic"][0]
    assert scores["tox_block.insult"][1] > 0.5
    assert scores["tox_block.threat"][2] > 0.5 > scores["tox_block.threat"][0]
    assert scores["profanity_check.offensive"][1] > 0.5 > scores["profanity_check.offensive"][0]
