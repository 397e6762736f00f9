"""Media parts (image, audio, video): decoding, derived artifacts, hash banks' inputs.

Everything heavy (Pillow, PyAV, onnxruntime, faster-whisper, tesseract) is
imported inside functions, so ``import bastion.media`` costs nothing and a
text-only install (without the ``media`` extra) keeps working: media
detectors then report themselves unavailable and the surface's fail mode
applies to items that have media parts.
"""

from __future__ import annotations

from bastion.media.errors import MediaError, MediaUnavailableError

__all__ = ["MediaError", "MediaUnavailableError"]
