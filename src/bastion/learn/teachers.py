"""Packaged models as training-time teachers: scores to distil from, cached on disk.

The teachers (``tox-block`` and ``alt-profanity-check``, both MIT, weights inside
the packages) need TensorFlow and exact scikit-learn pins, so they live in their
own environment, ``.venv-teachers/`` (``scripts/setup-teachers.sh``), and run in
a subprocess: :mod:`bastion.learn.teacher_worker`, a file that imports nothing
from bastion, spoken to in ASCII JSON lines (one batch per line). Nothing here is
on the scanning path.

    from bastion.learn.teachers import teacher_scores
    scores = teacher_scores(texts, cache=Path("/work/cache/teachers.npz"))
    scores["tox_block.threat"]            # float32 array aligned with texts, in [0, 1]

Teachers score the raw text cut to ``MAX_CHARS`` characters. Scores are cached by
the SHA-1 of the whole text: the ``.npz`` holds the compacted cache, and each
scored batch is also appended to ``<cache>.journal.jsonl`` at once, so an
interrupted run loses at most one batch; the journal is folded into the
``.npz`` every ``save_every`` new texts and at the end. A call whose texts are
all cached starts no worker (and needs no teacher environment).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import numpy as np

from bastion.models.lexical import write_linear_text_model

Progress = Callable[[str], None]

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_VENV = ROOT / ".venv-teachers"
WORKER = Path(__file__).resolve().with_name("teacher_worker.py")
SETUP = "scripts/setup-teachers.sh"
MAX_CHARS = 1000
"""Characters of each text a teacher sees (tox-block reads 100 tokens of them)."""
OUTPUTS: tuple[str, ...] = (
    "tox_block.toxic",
    "tox_block.severe_toxic",
    "tox_block.obscene",
    "tox_block.threat",
    "tox_block.insult",
    "tox_block.identity_hate",
    "profanity_check.offensive",
)
TEACHER_PACKAGES = ("tox_block", "profanity_check")
"""Keys of the worker's ``versions`` whose change makes cached scores stale."""
WORKER_ENV = {
    "TF_USE_LEGACY_KERAS": "1",  # tox-block's .h5 model loads only through Keras 2
    "TF_CPP_MIN_LOG_LEVEL": "2",
    "CUDA_VISIBLE_DEVICES": "",
    "LANG": "C.UTF-8",  # TensorFlow / onnxruntime fail without a UTF-8 locale
    "PYTHONIOENCODING": "utf-8",
}


class TeacherError(RuntimeError):
    """The teacher environment is missing or the worker failed."""


def text_key(text: str) -> bytes:
    """SHA-1 of the text (lone surrogates kept as they are)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).digest()


def worker_command(venv: Path | None = None) -> list[str]:
    """The default worker: ``teacher_worker.py`` run by the teacher environment's Python."""
    venv = venv if venv is not None else DEFAULT_VENV
    python = venv / "bin" / "python"
    if not python.exists():
        raise TeacherError(
            f"no teacher environment at {venv}: run {SETUP} (creates .venv-teachers/ with "
            "tox-block and alt-profanity-check, about 2.5 GB)"
        )
    return [str(python), str(WORKER)]


def teachers_available(venv: Path | None = None) -> bool:
    return ((venv if venv is not None else DEFAULT_VENV) / "bin" / "python").exists()


class _Worker:
    """One teacher worker process, spoken to a batch at a time."""

    def __init__(self, command: Sequence[str]) -> None:
        # Closed by __exit__, or by _fail when starting fails.
        self._stderr = tempfile.TemporaryFile(mode="w+b")  # noqa: SIM115
        try:
            self._process = subprocess.Popen(
                list(command),
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=self._stderr,
                env={**os.environ, **WORKER_ENV},
            )
        except OSError as error:
            self._stderr.close()
            raise TeacherError(f"cannot start the teacher worker {command[0]}: {error}") from error
        ready = self._receive()
        if ready.get("ready") is not True or not isinstance(ready.get("outputs"), list):
            raise self._fail(f"teacher worker did not start properly: {str(ready)[:200]}")
        self.outputs: list[str] = [str(o) for o in ready["outputs"]]
        self.versions: dict[str, str] = dict(ready.get("versions", {}))

    def _stderr_tail(self, chars: int = 2000) -> str:
        self._stderr.flush()
        self._stderr.seek(0)
        return self._stderr.read().decode("utf-8", "replace")[-chars:]

    def _fail(self, message: str) -> TeacherError:
        self.close()
        tail = self._stderr_tail()
        self._stderr.close()
        return TeacherError(f"{message}\n--- teacher worker stderr (tail) ---\n{tail}")

    def _receive(self) -> dict[str, Any]:
        assert self._process.stdout is not None
        line = self._process.stdout.readline()
        if not line:
            self._process.wait(timeout=30)
            raise self._fail(f"teacher worker exited (status {self._process.returncode})")
        try:
            message = json.loads(line)
        except ValueError:
            raise self._fail(f"teacher worker wrote a non-protocol line: {line[:200]!r}") from None
        if not isinstance(message, dict):
            raise self._fail(f"teacher worker wrote a non-protocol line: {line[:200]!r}")
        if "error" in message:
            raise self._fail(f"teacher worker failed: {message['error']}")
        return message

    def score(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), len(self.outputs)) scores, checked to lie in [0, 1]."""
        assert self._process.stdin is not None
        request = json.dumps({"texts": list(texts)}, ensure_ascii=True) + "\n"
        try:
            self._process.stdin.write(request.encode("ascii"))
            self._process.stdin.flush()
        except BrokenPipeError:
            self._process.wait(timeout=30)
            raise self._fail(f"teacher worker exited (status {self._process.returncode})") from None
        scores = self._receive().get("scores")
        if not isinstance(scores, dict):
            raise self._fail("teacher worker answered without scores")
        try:
            matrix = np.array([scores[o] for o in self.outputs], dtype=np.float64).T
        except (KeyError, ValueError, TypeError) as error:
            raise self._fail(f"teacher worker answered malformed scores: {error}") from None
        if matrix.shape != (len(texts), len(self.outputs)):
            raise self._fail(
                f"teacher worker answered {matrix.shape} scores for {len(texts)} texts"
            )
        if not np.all(np.isfinite(matrix)) or matrix.min() < 0.0 or matrix.max() > 1.0:
            raise self._fail("teacher worker answered scores outside [0, 1]")
        return matrix

    def close(self) -> None:
        process = self._process
        if process.poll() is None:
            with contextlib.suppress(OSError):
                assert process.stdin is not None
                process.stdin.close()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def __enter__(self) -> _Worker:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
        self._stderr.close()


class TeacherCache:
    """Teacher scores by text SHA-1: a compacted ``.npz`` plus an append-only journal.

    ``.npz`` arrays: ``keys`` (n, 20) uint8 digests, ``outputs`` (m,) names,
    ``scores`` (n, m) float32 with NaN where an output was never computed, ``info``
    UTF-8 JSON (``max_chars``, teacher ``versions``). The journal holds one
    ``{"k": hex, "s": {output: score}}`` line per text scored since the last
    compaction; a torn last line (a killed run) is skipped.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.outputs: list[str] = []
        self._index: dict[bytes, int] = {}
        self._scores = np.zeros((0, 0), dtype=np.float32)
        self._journal: IO[str] | None = None
        self._unsaved = 0
        self.info: dict[str, Any] = {"max_chars": MAX_CHARS}
        if path is not None and path.exists():
            with np.load(path, allow_pickle=False) as data:
                raw = np.ascontiguousarray(data["keys"], dtype=np.uint8).tobytes()
                self.outputs = [str(o) for o in data["outputs"]]
                self._scores = np.array(data["scores"], dtype=np.float32)
                if "info" in data.files:
                    self.info = json.loads(bytes(data["info"]).decode("utf-8"))
            self._index = {raw[i : i + 20]: i // 20 for i in range(0, len(raw), 20)}
        if path is not None:
            self._replay(self.journal_path)

    @property
    def journal_path(self) -> Path:
        assert self.path is not None
        return self.path.with_name(self.path.name + ".journal.jsonl")

    def __len__(self) -> int:
        return len(self._index)

    def _column(self, output: str) -> int:
        if output not in self.outputs:
            self.outputs.append(output)
            extra = np.full((self._scores.shape[0], 1), np.nan, dtype=np.float32)
            self._scores = np.hstack([self._scores, extra])
        return self.outputs.index(output)

    def _row(self, key: bytes) -> int:
        row = self._index.get(key)
        if row is None:
            row = len(self._index)
            if row >= self._scores.shape[0]:
                grown = np.full(
                    (max(1024, 2 * self._scores.shape[0]), len(self.outputs)),
                    np.nan,
                    dtype=np.float32,
                )
                grown[: self._scores.shape[0]] = self._scores
                self._scores = grown
            self._index[key] = row
        return row

    def _replay(self, journal: Path) -> None:
        if not journal.exists():
            return
        with journal.open(encoding="ascii", errors="replace") as lines:
            for line in lines:
                try:
                    entry = json.loads(line)
                    key = bytes.fromhex(entry["k"])
                    values = {str(o): float(v) for o, v in entry["s"].items()}
                except (ValueError, KeyError, TypeError, AttributeError):
                    continue  # a torn line from an interrupted run
                self._put(key, values)

    def _put(self, key: bytes, values: dict[str, float]) -> None:
        columns = [(self._column(o), v) for o, v in values.items()]
        row = self._row(key)
        for column, value in columns:
            self._scores[row, column] = value

    def missing(self, keys: Sequence[bytes], outputs: Sequence[str]) -> list[int]:
        """Positions in ``keys`` whose scores lack one of ``outputs``."""
        if any(o not in self.outputs for o in outputs):
            return list(range(len(keys)))
        columns = [self.outputs.index(o) for o in outputs]
        rows = np.fromiter((self._index.get(k, -1) for k in keys), dtype=np.intp, count=len(keys))
        complete = rows >= 0
        complete[complete] = ~np.isnan(self._scores[rows[complete]][:, columns]).any(axis=1)
        return np.flatnonzero(~complete).tolist()

    def add(self, keys: Sequence[bytes], outputs: Sequence[str], scores: np.ndarray) -> None:
        lines = []
        for key, row in zip(keys, scores, strict=True):
            values = {o: float(v) for o, v in zip(outputs, row, strict=True)}
            self._put(key, values)
            lines.append(json.dumps({"k": key.hex(), "s": values}) + "\n")
        if self.path is not None:
            if self._journal is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._journal = self.journal_path.open("a", encoding="ascii")
            self._journal.write("".join(lines))
            self._journal.flush()
        self._unsaved += len(keys)

    def get(self, keys: Sequence[bytes], output: str) -> np.ndarray:
        if not keys:
            return np.zeros(0, dtype=np.float32)
        column = self.outputs.index(output)
        rows = np.fromiter((self._index[k] for k in keys), dtype=np.intp, count=len(keys))
        return np.asarray(self._scores[rows, column], dtype=np.float32)

    @property
    def unsaved(self) -> int:
        return self._unsaved

    def save(self) -> None:
        """Compact: write the ``.npz`` atomically, then empty the journal."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        n = len(self._index)
        keys = np.frombuffer(b"".join(self._index), dtype=np.uint8).reshape(n, 20)
        tmp = self.path.with_name(self.path.name + ".tmp.npz")
        info = np.frombuffer(json.dumps(self.info, sort_keys=True).encode("utf-8"), dtype=np.uint8)
        np.savez(
            tmp,
            keys=keys,
            outputs=np.array(self.outputs, dtype=str),
            scores=self._scores[:n],
            info=info,
        )
        os.replace(tmp, self.path)
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        self.journal_path.unlink(missing_ok=True)
        self._unsaved = 0

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None


@contextlib.contextmanager
def _locked(cache: Path | None) -> Iterator[None]:
    """One writer per cache file at a time; a second one fails at once instead of waiting."""
    if cache is None:
        yield
        return
    cache.parent.mkdir(parents=True, exist_ok=True)
    with cache.with_name(cache.name + ".lock").open("a") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise TeacherError(f"{cache} is in use by another teacher run") from None
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def teacher_scores(
    texts: Sequence[str],
    *,
    cache: Path | None,
    progress: Progress = _stderr_progress,
    worker: Sequence[str] | None = None,
    outputs: Sequence[str] = OUTPUTS,
    batch_size: int = 256,
    save_every: int = 20_000,
) -> dict[str, np.ndarray]:
    """Per teacher output, a float32 array of scores in [0, 1] aligned with ``texts``.

    ``worker`` is the command that serves the worker protocol (default:
    :func:`worker_command`, the teacher environment's Python running
    ``teacher_worker.py``); it is started only when some text is not cached.
    """
    keys = [text_key(t) for t in texts]
    with _locked(cache):
        store = TeacherCache(cache)
        try:
            if store.info.get("max_chars", MAX_CHARS) != MAX_CHARS:
                raise TeacherError(
                    f"{cache} holds scores of texts cut at {store.info['max_chars']} characters,"
                    f" not {MAX_CHARS}: use another cache file"
                )
            todo_positions = store.missing(keys, outputs)
            todo: dict[bytes, str] = {}
            for i in todo_positions:
                todo.setdefault(keys[i], texts[i])
            if todo:
                _compute(store, todo, outputs, worker, progress, batch_size, save_every)
            elif cache is not None and store.unsaved == 0 and store.journal_path.exists():
                store.save()  # fold a journal left by an interrupted run
            return {o: store.get(keys, o) for o in outputs}
        finally:
            store.close()


def _compute(
    store: TeacherCache,
    todo: dict[bytes, str],
    outputs: Sequence[str],
    worker: Sequence[str] | None,
    progress: Progress,
    batch_size: int,
    save_every: int,
) -> None:
    command = list(worker) if worker is not None else worker_command()
    items = list(todo.items())
    progress(f"teachers: scoring {len(items)} new texts ({len(store)} cached)")
    done = 0
    with _Worker(command) as teacher:
        absent = [o for o in outputs if o not in teacher.outputs]
        if absent:
            raise TeacherError(f"the teacher worker does not produce {', '.join(absent)}")
        cached = store.info.get("versions", {})
        changed = [
            f"{name} {cached[name]} -> {version}"
            for name, version in teacher.versions.items()
            if name in TEACHER_PACKAGES and name in cached and cached[name] != version
        ]
        if changed:
            raise TeacherError(
                f"the cache holds scores of other teacher versions ({', '.join(changed)}):"
                " use another cache file"
            )
        store.info["versions"] = {**cached, **teacher.versions}
        start = time.perf_counter()
        last_report = start
        try:
            for offset in range(0, len(items), batch_size):
                chunk = items[offset : offset + batch_size]
                scores = teacher.score([text[:MAX_CHARS] for _, text in chunk])
                store.add([k for k, _ in chunk], teacher.outputs, scores)
                done += len(chunk)
                if store.unsaved >= save_every:
                    store.save()
                now = time.perf_counter()
                if now - last_report >= 30 or done == len(items):
                    last_report = now
                    rate = done / max(now - start, 1e-9)
                    progress(f"teachers: {done}/{len(items)} scored, {rate:.0f} texts/s")
        finally:
            if store.unsaved:
                store.save()


def export_profanity_check(
    venv: Path | None = None,
    out: Path | None = None,
    *,
    python: Sequence[str] | None = None,
) -> Path:
    """Write ``alt-profanity-check``'s model as a :mod:`bastion.models.lexical` ``.npz``.

    Runs ``teacher_worker.py --export-profanity`` with ``venv``'s Python (or the
    ``python`` command given), where the package and its pinned scikit-learn live,
    and converts the dump (arrays and JSON, no pickle) into the runtime format.
    ``out`` defaults to ``<venv>/exports/profanity_check-<version>.npz``.
    """
    venv = venv if venv is not None else DEFAULT_VENV
    command = list(python) if python is not None else worker_command(venv)[:1]
    with tempfile.TemporaryDirectory() as tmp:
        dump = Path(tmp) / "dump.npz"
        result = subprocess.run(
            [*command, str(WORKER), "--export-profanity", str(dump)],
            env={**os.environ, **WORKER_ENV},
            capture_output=True,
            text=True,
            errors="replace",
            check=False,
        )
        if result.returncode != 0 or not dump.exists():
            raise TeacherError(
                f"exporting alt-profanity-check failed (status {result.returncode}):\n"
                f"{result.stderr[-2000:]}"
            )
        with np.load(dump, allow_pickle=False) as data:
            arrays = {name: np.array(data[name]) for name in data.files}
    meta = json.loads(bytes(arrays["meta"]).decode("utf-8"))
    terms = bytes(arrays["terms"]).decode("utf-8").split("\n") if arrays["terms"].size else []
    version = meta["source"]["version"]
    target = out if out is not None else venv / "exports" / f"profanity_check-{version}.npz"
    return write_linear_text_model(
        target,
        terms=terms,
        idf=arrays["idf"],
        coef=arrays["coef"],
        intercept=arrays["intercept"],
        calibration_a=arrays["calibration_a"],
        calibration_b=arrays["calibration_b"],
        meta=meta,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Warm a cache: ``python -m bastion.learn.teachers --cache C (--data D | --texts F)``."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m bastion.learn.teachers", description=main.__doc__
    )
    parser.add_argument("--cache", type=Path, required=True)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--data", type=Path, help="every text of the train-licensed sets here")
    source.add_argument("--texts", type=Path, help='a JSON-lines file of {"text": ...}')
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args(argv)
    if args.data is not None:
        from bastion.learn.corpus import build_corpus

        texts = [e.text for e in build_corpus(args.data, cap=10**7).examples]
    else:
        with args.texts.open(encoding="utf-8") as lines:
            texts = [json.loads(line)["text"] for line in lines if line.strip()]
    _stderr_progress(f"teachers: {len(texts)} texts, {len(set(texts))} distinct")
    teacher_scores(texts, cache=args.cache, batch_size=args.batch_size)
    _stderr_progress(f"teachers: {args.cache} holds {len(TeacherCache(args.cache))} texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
