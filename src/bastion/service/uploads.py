"""Media parts of ``POST /v1/items``: bytes the service keeps for the workers, or paths it checks.

Default deny: a media *path* in a request is accepted only inside the folders of
the ``media_roots`` setting (unset: none), judged from the path alone (links
resolved), so the answer never tells whether some other file of the server
exists. Media *bytes* (``image_base64`` ...) are decoded, bounded by
``media_max_upload_bytes`` and written once, named by their SHA-256, into
``media_upload_dir``; the job names that file, and the worker reads paths only
inside ``media_roots`` and that folder (checked again there).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import tempfile
from pathlib import Path

from bastion.config import Settings
from bastion.media.limits import inside, media_roots, upload_dir
from bastion.service.errors import ApiError

__all__ = ["media_part"]


def media_part(settings: Settings, part: str, path: str | None, data: str | None) -> str | None:
    """The path the worker will read for ``part``, or None; ApiError (422/413) when refused."""
    if path is not None and data is not None:
        raise ApiError(
            422, "invalid_item", f"give {part} or {part}_base64, not both", param=f"{part}_base64"
        )
    if path is not None:
        if not inside(path, media_roots(settings)):
            raise ApiError(
                422,
                "media_path_refused",
                f"{part}: this server reads media paths only inside its media folders "
                f"(media_roots); send the file's bytes as {part}_base64 instead",
                param=part,
            )
        return path
    if data is None:
        return None
    return str(_keep(settings, part, _decode(settings, part, data)))


def _decode(settings: Settings, part: str, data: str) -> bytes:
    limit = settings.media_max_upload_bytes
    if len(data) > (limit + 2) // 3 * 4 + 4:  # longer than any encoding of `limit` bytes
        raise _too_large(part, limit)
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(
            422,
            "invalid_base64",
            f"{part}_base64 is not valid base64 (standard alphabet, with padding)",
            param=f"{part}_base64",
        ) from None
    if not raw:
        raise ApiError(422, "invalid_item", f"{part}_base64 is empty", param=f"{part}_base64")
    if len(raw) > limit:
        raise _too_large(part, limit)
    return raw


def _too_large(part: str, limit: int) -> ApiError:
    return ApiError(
        413,
        "media_too_large",
        f"{part}_base64 holds more than {limit} bytes (media_max_upload_bytes); "
        "send larger media as a path inside the server's media folders",
        param=f"{part}_base64",
    )


def _keep(settings: Settings, part: str, raw: bytes) -> Path:
    """Write ``raw`` once, named by its hash (the same bytes again: the same file and job)."""
    folder = upload_dir(settings)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{hashlib.sha256(raw).hexdigest()}.{part}"
    if target.exists():
        return target
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target
