"""Decoding one image safely: sniffed format, size checked before pixels are decoded."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bastion.intake import file_problem
from bastion.media.errors import MediaError
from bastion.media.limits import MediaLimits, inside

if TYPE_CHECKING:
    from PIL.Image import Image

__all__ = ["IMAGE_FORMATS", "check_file", "load_image", "to_rgb"]

IMAGE_FORMATS = frozenset({"JPEG", "PNG", "WEBP", "GIF"})


def check_file(
    path: str | Path, max_bytes: int, roots: Sequence[Path] = (), *, any_path: bool = True
) -> Path:
    """The path, if it names a readable, non-empty file no larger than ``max_bytes``.

    With ``roots`` (the ``media_roots`` setting), or without ``any_path`` (items that came
    through the service), the file must resolve inside one of ``roots``: callers of the
    service cannot make it read (or probe) other files of the server. That is checked
    before the file is looked at, so the refusal is the same whether a file is there or not.
    """
    file = Path(path)
    if (roots or not any_path) and not inside(file, tuple(roots)):
        raise MediaError(
            f"{file}: media paths are read only inside the configured media folders "
            "(media_roots); send the media as bytes instead"
        )
    problem = file_problem(file)
    if problem is not None:
        raise MediaError(problem)
    size = file.stat().st_size
    if size == 0:
        raise MediaError(f"{file}: file is empty (0 bytes)")
    if size > max_bytes:
        raise MediaError(f"{file}: file is {size} bytes; the limit is {max_bytes} bytes")
    return file


def load_image(path: str | Path, limits: MediaLimits | None = None) -> Image:
    """The image at ``path`` as RGB (first frame of an animated GIF).

    The format is read from the bytes, not the extension. Dimensions are
    checked from the header before any pixel is decoded, so a decompression
    bomb is refused in microseconds.
    """
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    limits = limits or MediaLimits()
    file = check_file(path, limits.max_image_bytes, limits.roots, any_path=limits.any_path)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            image = PILImage.open(file)
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning) as exc:
        raise MediaError(f"{file}: {exc} (decompression bomb guard)") from None
    except UnidentifiedImageError:
        raise MediaError(
            f"{file}: not a readable image (supported: JPEG, PNG, WebP, GIF)"
        ) from None
    except (OSError, ValueError) as exc:
        raise MediaError(f"{file}: cannot open image: {exc}") from None
    with image:
        if image.format not in IMAGE_FORMATS:
            raise MediaError(
                f"{file}: image format {image.format} is not supported "
                "(supported: JPEG, PNG, WebP, GIF)"
            )
        width, height = image.size
        if width * height > limits.max_image_pixels:
            raise MediaError(
                f"{file}: image is {width}x{height} = {width * height} pixels; the limit is "
                f"{limits.max_image_pixels} (decompression bomb guard)"
            )
        try:
            image.seek(0)
            image.load()
            return to_rgb(image)
        except (OSError, ValueError, SyntaxError) as exc:
            raise MediaError(f"{file}: image data is truncated or corrupt ({exc})") from None


def to_rgb(image: Image) -> Image:
    """RGB, with any transparency composited onto white (so dark text stays legible)."""
    from PIL import Image as PILImage

    if image.mode == "RGB":
        return image.copy()
    if image.mode in ("RGBA", "LA", "P", "PA") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = PILImage.new("RGBA", rgba.size, (255, 255, 255, 255))
        return PILImage.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB")
