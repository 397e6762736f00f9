"""OCR with tesseract: words with pixel boxes, grouped into lines.

Tesseract runs in process through ``tesserocr`` (one loaded engine per
thread: ~55 ms for a cover image instead of ~500 ms for a ``tesseract``
process that reloads its model every call), with the English LSTM model from
Debian's ``tesseract-ocr-eng``. Without ``tesserocr`` it falls back to the
``tesseract`` binary through ``pytesseract``, one thread per call
(``OMP_THREAD_LIMIT=1``). Small images are upscaled (tesseract reads text
about 20-40 px high best) and large ones downscaled; light text on a dark
background is inverted to dark on light, contrast is stretched, and tilted text is
straightened; boxes are reported in the coordinates of the original image.
Words are read as a person sees them: the sans-serif ``I`` that tesseract takes for
``|``, ``1`` or ``l`` is corrected (:mod:`bastion.media.glyphs`).
"""

from __future__ import annotations

import os
import shutil
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bastion.artifacts.derived import DerivedText, join_tokens
from bastion.media.errors import MediaUnavailableError, missing_dependency
from bastion.media.glyphs import correct_words

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["MIN_CONFIDENCE", "ocr_image", "tesseract_unavailable", "tesseract_version"]

MIN_CONFIDENCE = 40.0
"""Words tesseract is less sure of (0-100) are dropped: on photos they are mostly noise."""
_MAX_SIDE = 1600
_MIN_SIDE = 500
_CONFIG = "--oem 1 --psm 3"


_TESSDATA = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
_local = threading.local()
_Word = tuple[str, tuple[int, int, int, int] | None, tuple[float, float] | None]


def tessdata_dir(lang: str = "eng") -> Path | None:
    """The folder holding ``{lang}.traineddata`` (``TESSDATA_PREFIX`` first)."""
    candidates = [os.environ.get("TESSDATA_PREFIX", ""), *_TESSDATA]
    for folder in candidates:
        if folder and (Path(folder) / f"{lang}.traineddata").is_file():
            return Path(folder)
    return None


def _in_process() -> bool:
    return missing_dependency("tesserocr") is None


def tesseract_unavailable() -> str | None:
    """Why OCR cannot run here, or None."""
    if tessdata_dir() is None:
        return (
            "tesseract's English model is not installed: apt-get install tesseract-ocr "
            "tesseract-ocr-eng (scripts/setup.sh does this)"
        )
    if _in_process():
        return None
    reason = missing_dependency("pytesseract")
    if reason:
        return reason
    if shutil.which("tesseract") is None:
        return "the tesseract binary is not installed: apt-get install tesseract-ocr"
    return None


@lru_cache(maxsize=1)
def tesseract_version() -> str:
    if _in_process():
        import tesserocr

        return str(tesserocr.tesseract_version()).split()[1]
    import pytesseract

    try:
        return str(pytesseract.get_tesseract_version()).split()[0]
    except Exception:
        return "unknown"


def _api(lang: str) -> Any:
    apis: dict[str, Any] = _local.__dict__.setdefault("apis", {})
    if lang not in apis:
        import tesserocr

        apis[lang] = tesserocr.PyTessBaseAPI(
            path=f"{tessdata_dir(lang)}/",
            lang=lang,
            psm=tesserocr.PSM.AUTO,
            oem=tesserocr.OEM.LSTM_ONLY,
        )
    return apis[lang]


_Read = tuple[list[_Word], list[int], set[int]]
"""Words, the indexes that begin a line, and the indexes of doubtful lone glyphs."""


def _words_in_process(gray: Image, lang: str) -> _Read:
    import tesserocr

    api = _api(lang)
    api.SetImage(gray)
    api.Recognize()
    words: list[_Word] = []
    breaks: list[int] = []
    doubtful: set[int] = set()
    iterator = api.GetIterator()
    level = tesserocr.RIL.WORD
    if iterator is None:  # nothing recognised at all
        api.Clear()
        return words, breaks, doubtful
    for word in tesserocr.iterate_level(iterator, level):
        try:
            text = (word.GetUTF8Text(level) or "").strip()
        except RuntimeError:  # "No text returned": an empty word box
            continue
        confidence = word.Confidence(level)
        if not text or not _kept(text, confidence):
            continue
        if words and word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE):
            breaks.append(len(words))
        if confidence < MIN_CONFIDENCE:
            doubtful.add(len(words))
        left, top, right, bottom = word.BoundingBox(level)
        words.append((text, (left, top, right, bottom), None))
    api.Clear()
    return words, breaks, doubtful


def _words_by_process(gray: Image, lang: str) -> _Read:
    import pytesseract

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    data = pytesseract.image_to_data(
        gray, lang=lang, config=_CONFIG, output_type=pytesseract.Output.DICT
    )
    words: list[_Word] = []
    breaks: list[int] = []
    doubtful: set[int] = set()
    last_line: tuple[int, int, int] | None = None
    for i, raw in enumerate(data["text"]):
        word = str(raw).strip()
        confidence = float(data["conf"][i])
        if not word or not _kept(word, confidence):
            continue
        if confidence < MIN_CONFIDENCE:
            doubtful.add(len(words))
        line = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        if last_line is not None and line != last_line:
            breaks.append(len(words))
        last_line = line
        left, top = int(data["left"][i]), int(data["top"][i])
        box = (left, top, left + int(data["width"][i]), top + int(data["height"][i]))
        words.append((word, box, None))
    return words, breaks, doubtful


# A lone glyph of these shapes may be the sans-serif (or slanted) capital I that tesseract
# reads with little confidence: kept for the glyph correction, dropped after it unless read I.
_I_SHAPES = frozenset({"|", "1", "l", "!", "/", "I"})
_MIN_I_CONFIDENCE = 10.0


def _kept(text: str, confidence: float) -> bool:
    return confidence >= MIN_CONFIDENCE or (text in _I_SHAPES and confidence >= _MIN_I_CONFIDENCE)


def _read_as_seen(
    found: list[_Word], breaks: list[int], doubtful: set[int]
) -> tuple[list[_Word], list[int]]:
    """The glyph correction (:func:`correct_words`) applied; a doubtful lone glyph that it does
    not read as ``I`` is dropped, as any word under :data:`MIN_CONFIDENCE` is."""
    corrected = correct_words([word for word, _, _ in found], breaks)
    words: list[_Word] = []
    kept_breaks: list[int] = []
    line_starts = set(breaks)
    for n, ((_, box, span), word) in enumerate(zip(found, corrected, strict=True)):
        if n in doubtful and word != "I":
            continue  # a doubtful glyph that is not the pronoun: noise, as before
        if n in line_starts and words:
            kept_breaks.append(len(words))
        words.append((word, box, span))
    return words, kept_breaks


MAX_SKEW = 12
"""Text tilted up to this many degrees is straightened before OCR (tesseract fails beyond ~5)."""


def _skew(gray: Image) -> float:
    """The rotation (degrees) that makes text lines horizontal: maximal row-profile contrast."""
    import numpy as np
    from PIL import Image as PILImage

    small = gray.copy()
    small.thumbnail((240, 240))
    pixels = np.asarray(small, dtype=np.float32)
    ink = (np.abs(pixels - np.median(pixels)) > 80).astype(np.uint8) * 255
    mask = PILImage.fromarray(ink)
    scores: dict[float, float] = {}

    def contrast(angle: float) -> float:
        if angle not in scores:
            rotated = mask.rotate(angle, resample=PILImage.Resampling.NEAREST)
            profile = np.asarray(rotated, dtype=np.float32).sum(axis=1)
            scores[angle] = float(np.square(np.diff(profile)).sum())
        return scores[angle]

    flat = contrast(0.0)
    coarse = max(range(-MAX_SKEW, MAX_SKEW + 1, 3), key=lambda a: contrast(float(a)))
    fine = range(max(coarse - 2, -MAX_SKEW), min(coarse + 2, MAX_SKEW) + 1)
    best = float(max(fine, key=lambda a: contrast(float(a))))
    best_score = scores[best]
    return best if best_score > 1.15 * flat else 0.0


def _unrotate(
    box: tuple[int, int, int, int], angle: float, rotated: tuple[int, int], size: tuple[int, int]
) -> tuple[int, int, int, int]:
    """A box found in the image rotated by ``angle`` (expanded), in the original's pixels."""
    import math

    a = math.radians(angle)
    cx, cy = size[0] / 2, size[1] / 2
    rx, ry = rotated[0] / 2, rotated[1] / 2
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        dx, dy = x - rx, y - ry
        xs.append(cx + dx * math.cos(a) - dy * math.sin(a))
        ys.append(cy + dx * math.sin(a) + dy * math.cos(a))
    return (
        max(0, round(min(xs))),
        max(0, round(min(ys))),
        min(size[0], round(max(xs))),
        min(size[1], round(max(ys))),
    )


def _scaled(box: tuple[int, int, int, int], scale: float) -> tuple[int, int, int, int]:
    left, top, right, bottom = box
    return (round(left / scale), round(top / scale), round(right / scale), round(bottom / scale))


def _prepared(image: Image) -> Image:
    """Gray, dark text on a light background, contrast stretched (what tesseract reads best).

    The background is the median gray; text is whatever stands far from it. When more of
    that is brighter than darker, the text is light (a caption on a photo, dark mode) and
    the image is inverted. Then everything as light as the background, or nearly, becomes
    white (a caption over a photo keeps only the text dark), and speckle noise is taken out
    with a 3x3 median filter when the image has much of it."""
    from PIL import ImageFilter, ImageOps

    gray = image.convert("L")
    histogram = gray.histogram()
    half = (gray.size[0] * gray.size[1]) / 2
    seen, median = 0, 0
    for level, count in enumerate(histogram):
        seen += count
        if seen >= half:
            median = level
            break
    brighter = sum(histogram[min(256, median + 60) :])
    darker = sum(histogram[: max(0, median - 60)])
    if brighter > darker:
        gray = ImageOps.invert(gray)
        median = 255 - median
    cut = max(1, median - 40)
    gray = gray.point(lambda v: 255 if v >= cut else v * 255 // cut)
    smoothed = gray.filter(ImageFilter.MedianFilter(3))
    if _speckle(gray, smoothed) > 4.0:
        gray = smoothed
    return ImageOps.autocontrast(gray, cutoff=1)


def _speckle(gray: Image, smoothed: Image) -> float:
    """Mean absolute difference between an image and its median-filtered self (noise level)."""
    from PIL import ImageChops, ImageStat

    return float(ImageStat.Stat(ImageChops.difference(gray, smoothed)).mean[0])


def ocr_image(
    image: Image,
    *,
    part: str = "image",
    frame: int | None = None,
    frame_time: float | None = None,
    lang: str = "eng",
) -> DerivedText:
    """The text tesseract reads in ``image``, one token per word with its box."""
    reason = tesseract_unavailable()
    if reason:
        raise MediaUnavailableError(reason)
    gray = _prepared(image)
    width, height = gray.size
    scale = 1.0
    longest = max(width, height)
    if longest > _MAX_SIDE:
        scale = _MAX_SIDE / longest
    elif longest < _MIN_SIDE:
        scale = 2.0
    if scale != 1.0:
        gray = gray.resize((max(1, round(width * scale)), max(1, round(height * scale))))
    read = _words_in_process if _in_process() else _words_by_process
    angle = _skew(gray)
    scaled_size = gray.size
    if angle:
        background = int(sorted(gray.resize((16, 16)).tobytes())[128])
        gray = gray.rotate(angle, expand=True, fillcolor=background)
    found, breaks, doubtful = read(gray, lang)
    seen, breaks = _read_as_seen(found, breaks, doubtful)
    words: list[_Word] = []
    for word, box, span in seen:
        if box is not None and angle:
            box = _unrotate(box, angle, gray.size, scaled_size)
        words.append((word, _scaled(box, scale) if box else None, span))
    text, tokens = join_tokens(words, breaks)
    return DerivedText(
        part=part, source="ocr", text=text, tokens=tokens, frame=frame, frame_time=frame_time
    )
