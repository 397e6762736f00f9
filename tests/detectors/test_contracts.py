"""Every built-in detector passes the contract-test kit a plugin runs (bastion.testing).

Examples are few and plain on purpose: they check that each detector separates
what it claims to, not how well (that is the evaluation's job, docs/evaluation.md).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from functools import partial
from typing import ClassVar

import pytest

from bastion.artifacts import MediaViews
from bastion.detectors.base import Detector
from bastion.detectors.registry import load_detectors
from bastion.media.artifacts import MediaArtifacts
from bastion.media.limits import MediaLimits
from bastion.testing import ContractExample, DetectorContract

E = ContractExample


def _builtin(name: str, **params: object) -> Detector:
    (detector,) = load_detectors([name], {name: params})
    return detector


class TestSlurs(DetectorContract):
    examples = (
        E("those dirty kikes should leave", "hate", violating=True),
        E("the kite flew high over the festival", "hate", violating=False),
    )

    def make_detector(self) -> Detector:
        return _builtin("slurs")


class TestThreats(DetectorContract):
    examples = (
        E("I'm going to kill you", "harassment/threatening", violating=True),
        E("I'd kill for a coffee right now", "harassment/threatening", violating=False),
        E("I'm going to kill you", "violence", violating=True),
        E("this track kills, turn it up", "violence", violating=False),
    )

    def make_detector(self) -> Detector:
        return _builtin("threats")


class TestDerogation(DetectorContract):
    examples = (
        E("immigrants are parasites", "hate", violating=True),
        E("immigrants are not parasites", "hate", violating=False),
        E("I despise gay people", "hate", violating=True),
        E("I don't hate gay people", "hate", violating=False),
    )

    def make_detector(self) -> Detector:
        return _builtin("derogation")


class TestProfanity(DetectorContract):
    examples = (
        E("this is fucking shit", "profanity", violating=True),
        E("this is great", "profanity", violating=False),
        E("you are an idiot", "harassment", violating=True),
        E("the idiot in the film is charming", "harassment", violating=False),
    )

    def make_detector(self) -> Detector:
        return _builtin("profanity")


class TestSelfHarm(DetectorContract):
    examples = (
        E("I want to die", "self-harm/intent", violating=True),
        E("this song is to die for", "self-harm/intent", violating=False),
    )

    def make_detector(self) -> Detector:
        return _builtin("self_harm")


class TestScam(DetectorContract):
    examples = (
        E("Congratulations, you won a prize! send your bank details to claim it", "scam", True),
        E("we won the match yesterday", "scam", violating=False),
    )

    def make_detector(self) -> Detector:
        return _builtin("scam")


class TestSuspiciousUrls(DetectorContract):
    examples = (
        E("verify your account at paypa1.com/login", "scam", violating=True),
        E("see https://www.wikipedia.org/wiki/Music", "scam", violating=False),
    )

    def make_detector(self) -> Detector:
        return _builtin("suspicious_url")


class TestPii(DetectorContract):
    masks_excerpts = True
    examples = (
        E("mail me: j.doe@example.com, card 4111 1111 1111 1111", "privacy", violating=True),
        E("the card game was fun", "privacy", violating=False),
    )

    def make_detector(self) -> Detector:
        return _builtin("pii")


class TestThreadContext(DetectorContract):
    examples = (
        E("do it", "violence", True, thread=("I'm going to kill him tomorrow",)),
        E("do it", "violence", False, thread=("let's go to the concert",)),
    )

    def make_detector(self) -> Detector:
        return _builtin("thread_context")


class _TrainedText(DetectorContract):
    floor = None  # trained heads: examples must rank, the evaluation measures how well
    max_seconds = 30.0
    examples = (
        E("you are a worthless pathetic idiot and everyone hates you", "harassment", True),
        E("thanks for the lovely playlist, see you at the show", "harassment", False),
    )


class TestCharNgrams(_TrainedText):
    def make_detector(self) -> Detector:
        return _builtin("char_ngrams")


class TestTextEmbedding(_TrainedText):
    def make_detector(self) -> Detector:
        return _builtin("text_embedding")


# -- media detectors: generated media, banks in a fresh database ---------------------------


@pytest.fixture(scope="module")
def media(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    from PIL import Image

    from bastion.banks import BankStore
    from bastion.media.fingerprint import encode_fingerprint, fingerprint_file
    from bastion.media.pdq import entry_hashes
    from bastion.media.testset import music, render_text_image, write_audio

    folder = tmp_path_factory.mktemp("contract-media")
    database = f"sqlite:///{folder / 'banks.db'}"
    banked = render_text_image("", noise=0.08, seed=21, size=(640, 480))
    other = render_text_image("", noise=0.08, seed=22, size=(640, 480))
    buffer = io.BytesIO()
    banked.save(buffer, format="JPEG", quality=60)
    Image.open(io.BytesIO(buffer.getvalue())).save(folder / "copy.jpg")
    other.save(folder / "other.png")
    write_audio(folder / "known.ogg", music(12.0, seed=3))
    write_audio(folder / "fresh.ogg", music(12.0, seed=4))
    store = BankStore.open(database)
    store.add_entry(store.create_bank("known-images", "pdq", "extremism"), *entry_hashes(banked))
    known = encode_fingerprint(fingerprint_file(folder / "known.ogg", 600))
    store.add_entry(store.create_bank("known-audio", "chromaprint", "extremism"), known)
    store.close()
    yield {"database": database, **{p.stem: str(p) for p in folder.iterdir()}}


class _Media(DetectorContract):
    timing_text = None
    max_seconds = 20.0
    files: ClassVar[dict[str, str]] = {}

    @pytest.fixture(autouse=True)
    def _files(self, media: dict[str, str]) -> None:
        type(self).files = media

    def media_views(self) -> MediaViews | None:
        return partial(MediaArtifacts, limits=MediaLimits())


class TestImageHash(_Media):
    @property
    def examples(self) -> tuple[ContractExample, ...]:  # type: ignore[override]
        return (
            E(None, "known-match", True, image=self.files["copy"]),
            E(None, "known-match", False, image=self.files["other"]),
        )

    def make_detector(self) -> Detector:
        return _builtin("image_hash", database_url=self.files["database"], refresh_seconds=0)


class TestAudioFingerprint(_Media):
    @property
    def examples(self) -> tuple[ContractExample, ...]:  # type: ignore[override]
        return (
            E(None, "known-match", True, audio=self.files["known"]),
            E(None, "known-match", False, audio=self.files["fresh"]),
        )

    def make_detector(self) -> Detector:
        database = self.files["database"]
        return _builtin("audio_fingerprint", database_url=database, refresh_seconds=0)


class TestImageNsfw(_Media):
    """No test suite ships nudity: only benign examples here, which must stay low."""

    floor = None

    @property
    def examples(self) -> tuple[ContractExample, ...]:  # type: ignore[override]
        return (E(None, "nudity", False, image=self.files["other"]),)

    def make_detector(self) -> Detector:
        return _builtin("image_nsfw")

    def test_benign_images_stay_below_the_policys_first_rung(self) -> None:
        (signal,) = self._run(self.examples[0].item(0))
        assert signal.score is not None and signal.score < 0.4


def test_every_builtin_detector_runs_the_contract() -> None:
    covered = {cls.make_detector(object.__new__(cls)).name for cls in _contracts()}
    assert covered == {d.name for d in load_detectors()}


def _contracts() -> list[type[DetectorContract]]:
    found = [v for k, v in globals().items() if k.startswith("Test") and isinstance(v, type)]
    return [c for c in found if issubclass(c, DetectorContract) and not c.__name__.startswith("_")]


def test_a_lexicons_version_follows_its_data() -> None:
    """Editing a lexicon changes the version every decision records (no manual bump)."""
    from bastion.detectors.lexicon import PhraseLexicon, load_data
    from bastion.detectors.slurs import SlurLexicon

    data = load_data("slurs.yaml")
    shipped = SlurLexicon()
    same = SlurLexicon(PhraseLexicon(data))
    edited = SlurLexicon(PhraseLexicon({**data, "entries": list(data["entries"])[:-1]}))
    assert shipped.version == same.version and shipped.version.startswith(SlurLexicon.version)
    assert edited.version != shipped.version
