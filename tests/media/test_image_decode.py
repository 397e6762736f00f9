"""Image decoding: formats by content, precise errors for broken input, bombs refused early."""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from bastion.config import Settings
from bastion.media.errors import MediaError
from bastion.media.image import load_image
from bastion.media.limits import MediaLimits
from bastion.media.testset import render_text_image


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_formats_decode(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"x.{fmt.lower()}"
    render_text_image("hello", size=(120, 80)).save(path, format=fmt)
    image = load_image(path)
    assert image.mode == "RGB" and image.size == (120, 80)


def test_gif_first_frame(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (40, 30), c) for c in ((255, 0, 0), (0, 0, 255))]
    path = tmp_path / "anim.gif"
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=100, loop=0)
    image = load_image(path)
    red, _, blue = image.getpixel((5, 5))  # type: ignore[misc]
    assert red > 200 and blue < 50


def test_wrong_extension_is_read_by_content(tmp_path: Path) -> None:
    path = tmp_path / "really-a-png.jpg"
    render_text_image("hello", size=(60, 40)).save(path, format="PNG")
    assert load_image(path).size == (60, 40)


def test_transparent_png_composited_on_white(tmp_path: Path) -> None:
    path = tmp_path / "alpha.png"
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(path)
    assert load_image(path).getpixel((1, 1)) == (255, 255, 255)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "file is empty"),
        (b"just some text, not an image", "not a readable image"),
    ],
)
def test_not_images(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "x.jpg"
    path.write_bytes(content)
    with pytest.raises(MediaError, match=message):
        load_image(path)


def test_truncated_jpeg(tmp_path: Path) -> None:
    path = tmp_path / "t.jpg"
    render_text_image("hello there", size=(300, 200), noise=0.1).save(path, quality=90)
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(MediaError, match="truncated or corrupt"):
        load_image(path)


def test_unsupported_format(tmp_path: Path) -> None:
    path = tmp_path / "x.bmp"
    Image.new("RGB", (10, 10)).save(path, format="BMP")
    with pytest.raises(MediaError, match="format BMP is not supported"):
        load_image(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MediaError, match="no such file"):
        load_image(tmp_path / "nope.png")
    with pytest.raises(MediaError, match="is a folder, not a file"):
        load_image(tmp_path)


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims huge dimensions (a decompression bomb's shape)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def test_decompression_bomb_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_claiming(100_000, 100_000))
    started = time.perf_counter()
    with pytest.raises(MediaError, match="decompression bomb guard"):
        load_image(path)
    assert time.perf_counter() - started < 0.5


def test_media_roots_confine_reads(tmp_path: Path) -> None:
    allowed = tmp_path / "uploads"
    allowed.mkdir()
    inside = allowed / "ok.png"
    render_text_image("hi", size=(40, 30)).save(inside)
    settings = Settings(database_url="sqlite://", media_roots=str(allowed))
    limits = MediaLimits.from_settings(settings)
    assert load_image(inside, limits).size == (40, 30)
    for outside in (tmp_path / "secret.png", allowed / ".." / "secret.png", Path("/etc/passwd")):
        with pytest.raises(MediaError, match="only inside the configured media folders"):
            load_image(outside, limits)


def test_served_items_read_no_path_outside_the_media_folders(tmp_path: Path) -> None:
    """The worker's second check: with media_roots unset, an item that came through the service
    reads only the upload folder, and the refusal is the same whether a file exists or not."""
    uploads = tmp_path / "uploads"
    uploads.mkdir()
    kept = uploads / "abc.image"
    render_text_image("hi", size=(40, 30)).save(kept, format="PNG")
    (tmp_path / "link.png").symlink_to(Path("/etc/passwd"))
    settings = Settings(database_url="sqlite://", media_upload_dir=uploads)
    served = MediaLimits.from_settings(settings, served=True)
    assert load_image(kept, served).size == (40, 30)
    reasons = []
    for outside in (Path("/etc/passwd"), Path("/etc/no-such-file"), tmp_path / "link.png"):
        with pytest.raises(MediaError) as refused:
            load_image(outside, served)
        reasons.append(str(refused.value).removeprefix(str(outside)))
    assert len(set(reasons)) == 1 and "only inside the configured media folders" in reasons[0]
    # The operator's own command line still reads any file.
    assert load_image(kept, MediaLimits.from_settings(settings)).size == (40, 30)
