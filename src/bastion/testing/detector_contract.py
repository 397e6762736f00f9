"""The detector contract: what every detector, built-in or plugin, must do.

Subclass :class:`DetectorContract` in a test module (its name starting with
``Test``), say how to build the detector and give examples::

    class TestMyDetector(DetectorContract):
        examples = (
            ContractExample("you absolute idiot", "harassment", violating=True),
            ContractExample("what a lovely song", "harassment", violating=False),
        )

        def make_detector(self) -> Detector:
            return MyDetector(threshold=0.7)

The checks, and why each matters:

* **identity** - a lower_snake ``name``, a ``version``, only taxonomy categories:
  both are recorded in every decision (replay, audit);
* **one signal per category**, scores in [0, 1], on odd input too (empty text,
  emoji, invisible characters): fusion reads every category;
* **examples** - in each category, every violating example outscores every benign
  one, and reaches ``floor`` when one is set: the detector separates what it claims to;
* **missing, not zero** - a detector that fails or cannot run yields *missing*
  signals (``score=None``), never a silent 0: the policy's fail mode decides;
* **evidence inside the text** - every evidence span lies inside the original text
  (and its excerpt is that text, unless ``masks_excerpts``): reviewers are shown it;
* **timing** - ``timing_text`` (about 100 KB) is scanned within ``max_seconds``:
  a surface's deadline holds.
"""

from __future__ import annotations

import abc
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar, cast

from bastion import taxonomy
from bastion.artifacts import Artifacts, MediaViews, build_artifacts
from bastion.detectors.base import Detector
from bastion.types import Context, Item, Signal

__all__ = ["ContractExample", "DetectorContract"]

ODD_TEXTS = ("", "   ", "😭😭😭", "e\u0301\u200b\u202e", "ＦＵＬＬ　ｗｉｄｔｈ", "a" * 5000)
_NAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_")


@dataclass(frozen=True)
class ContractExample:
    """One item and what the detector should say about one category."""

    text: str | None
    category: str
    violating: bool
    image: str | None = None
    audio: str | None = None
    video: str | None = None
    thread: tuple[str, ...] = field(default=())

    def item(self, index: int) -> Item:
        return Item(
            id=f"contract-{index}",
            surface="comment",
            text=self.text,
            image=self.image,
            audio=self.audio,
            video=self.video,
            context=Context(thread=self.thread),
        )


class DetectorContract(abc.ABC):
    """Checks a detector against the contract (see the module docstring)."""

    examples: ClassVar[Sequence[ContractExample]] = ()
    floor: ClassVar[float | None] = 0.5
    """Violating examples must reach this score (None: only outscore the benign ones)."""
    masks_excerpts: ClassVar[bool] = False
    """Evidence excerpts are masked (personal data), so only spans are compared."""
    max_seconds: ClassVar[float] = 2.0
    timing_text: ClassVar[str | None] = (
        "A long comment about the new album, the tour and the support act. " * 1500
    )
    """About 100 KB of ordinary text; None for a detector that reads no text."""

    @abc.abstractmethod
    def make_detector(self) -> Detector:
        """The detector under test, configured as a deployment would."""

    def media_views(self) -> MediaViews | None:
        """How media parts are viewed (media detectors: the media package's views)."""
        return None

    def _detector(self) -> Detector:
        cached = getattr(type(self), "_built", None)
        if cached is None:
            cached = self.make_detector()
            type(self)._built = cached  # type: ignore[attr-defined]
        return cached

    def _artifacts(self, item: Item) -> Artifacts:
        return build_artifacts(item, self.media_views())

    def _run(self, item: Item) -> list[Signal]:
        return self._detector().run(self._artifacts(item))

    # -- the checks ---------------------------------------------------------------------------

    def test_identity(self) -> None:
        detector = self._detector()
        assert detector.name and set(detector.name) <= _NAME_CHARS, detector.name
        assert detector.name[0].isalpha(), detector.name
        assert isinstance(detector.version, str) and detector.version, "a version is recorded"
        assert detector.categories, "a detector scores at least one category"
        unknown = [c for c in detector.categories if not taxonomy.is_category(c)]
        assert unknown == [], f"not taxonomy categories: {unknown}"
        assert detector.unavailable_reason() is None, detector.unavailable_reason()

    def test_one_signal_per_category(self) -> None:
        detector = self._detector()
        items = [e.item(i) for i, e in enumerate(self.examples)]
        if "text" in detector.parts:
            items += [Item(id=f"odd-{i}", text=t) for i, t in enumerate(ODD_TEXTS) if t]
        for item in items:
            signals = self._run(item)
            assert sorted(s.category for s in signals) == sorted(detector.categories), item.id
            for signal in signals:
                assert signal.detector == detector.name
                assert signal.version == detector.version
                assert signal.score is not None, f"{item.id}: {signal.error}"
                assert 0.0 <= signal.score <= 1.0

    def test_examples(self) -> None:
        assert self.examples, "give examples: violating and benign, per category"
        scores: dict[str, dict[bool, list[tuple[float, str]]]] = {}
        for index, example in enumerate(self.examples):
            signals = self._run(example.item(index))
            score = next(s.score for s in signals if s.category == example.category)
            assert score is not None, f"example {index}: missing"
            label = example.text or example.image or example.audio or example.video or ""
            scores.setdefault(example.category, {True: [], False: []})[example.violating].append(
                (score, label[:60])
            )
        for category, found in scores.items():
            if found[True] and found[False]:
                lowest, highest = min(found[True]), max(found[False])
                assert lowest[0] > highest[0], (
                    f"{category}: violating {lowest[1]!r} ({lowest[0]:.2f}) does not outscore "
                    f"benign {highest[1]!r} ({highest[0]:.2f})"
                )
            if self.floor is not None:
                for score, label in found[True]:
                    assert score >= self.floor, f"{category}: {label!r} scores {score:.2f}"

    def test_missing_not_zero(self) -> None:
        """A detector that fails, or cannot run, is missing - for every category it covers."""
        detector = self._detector()
        item = self.examples[0].item(0) if self.examples else Item(id="m", text="hello")
        artifacts = self._artifacts(item)

        class Failing(type(detector)):  # type: ignore[misc]
            def detect(self, artifacts: Artifacts) -> list[Signal]:
                raise RuntimeError("the model file is corrupt")

        class Unavailable(type(detector)):  # type: ignore[misc]
            def unavailable_reason(self) -> str | None:
                return "a required tool is not installed"

        for kind in (Failing, Unavailable):
            broken = cast(Detector, object.__new__(kind))
            broken.__dict__.update(detector.__dict__)
            signals = broken.run(artifacts)
            assert sorted(s.category for s in signals) == sorted(detector.categories)
            assert all(s.score is None and s.error for s in signals), (kind.__name__, signals)

    def test_evidence_inside_the_text(self) -> None:
        for index, example in enumerate(self.examples):
            if example.text is None:
                continue
            for signal in self._run(example.item(index)):
                for evidence in signal.evidence:
                    if evidence.part != "text" or evidence.span is None:
                        continue
                    start, end = evidence.span
                    assert 0 <= start < end <= len(example.text), (index, evidence)
                    if not self.masks_excerpts and evidence.excerpt is not None:
                        assert evidence.excerpt == example.text[start:end], (index, evidence)

    def test_timing(self) -> None:
        text = self.timing_text
        detector = self._detector()
        if text is None or "text" not in detector.parts:
            item = self.examples[0].item(0) if self.examples else None
            if item is None:
                return
        else:
            item = Item(id="timing", text=text)
        artifacts = self._artifacts(item)
        self._detector().run(artifacts)  # warm: lazy loads are not the scan
        started = time.perf_counter()
        self._detector().run(artifacts)
        took = time.perf_counter() - started
        assert took <= self.max_seconds, f"{took:.2f} s > {self.max_seconds} s"
