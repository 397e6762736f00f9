"""Media in ``POST /v1/items``: default deny for paths, bytes as base64 with a size limit."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5c7a0a60000000049454e44ae426082"
)


def _error(response) -> dict:
    return response.json()["error"]


def test_media_paths_are_refused_without_media_roots_and_never_reveal_files(
    sqlite_url, live_factory, tmp_path: Path
) -> None:
    (tmp_path / "link.png").symlink_to("/etc/passwd")
    with (
        live_factory(sqlite_url, media_upload_dir=tmp_path / "uploads") as live,
        live.client("scan") as client,
    ):
        answers = [
            client.post("/v1/items", json={"id": f"p{i}", part: path})
            for i, (part, path) in enumerate(
                [
                    ("image", "/etc/passwd"),
                    ("image", "/etc/no-such-file"),
                    ("image", str(tmp_path / "link.png")),
                    ("audio", "/etc/passwd"),
                ]
            )
        ]
    assert [a.status_code for a in answers] == [422] * 4
    assert {_error(a)["code"] for a in answers} == {"media_path_refused"}
    image_messages = {_error(a)["message"] for a in answers[:3]}
    assert len(image_messages) == 1  # the same for a file that exists and one that does not
    assert "image_base64" in image_messages.pop()


def test_paths_inside_media_roots_are_accepted(sqlite_url, live_factory, tmp_path: Path) -> None:
    media = tmp_path / "media"
    media.mkdir()
    (media / "cover.png").write_bytes(PNG)
    (media / "escape.png").symlink_to("/etc/passwd")
    with live_factory(sqlite_url, media_roots=str(media)) as live, live.client("scan") as client:
        inside = client.post("/v1/items", json={"id": "in", "image": str(media / "cover.png")})
        dotdot = client.post("/v1/items", json={"id": "up", "image": str(media / ".." / "x.png")})
        link = client.post("/v1/items", json={"id": "ln", "image": str(media / "escape.png")})
    assert inside.status_code == 202, inside.text
    assert dotdot.status_code == 422 and link.status_code == 422


def test_media_bytes_are_kept_for_the_worker_with_a_size_limit(
    sqlite_url, live_factory, tmp_path: Path
) -> None:
    uploads = tmp_path / "uploads"
    encoded = base64.b64encode(PNG).decode()
    with live_factory(sqlite_url, media_upload_dir=uploads, media_max_upload_bytes=100) as live:
        with live.client("scan") as client:
            first = client.post("/v1/items", json={"id": "b1", "image_base64": encoded})
            again = client.post("/v1/items", json={"id": "b1", "image_base64": encoded})
            large = client.post(
                "/v1/items",
                json={"id": "b2", "image_base64": base64.b64encode(b"x" * 101).decode()},
            )
            broken = client.post("/v1/items", json={"id": "b3", "image_base64": "not base64!"})
            both = client.post(
                "/v1/items", json={"id": "b4", "image": "/x.png", "image_base64": encoded}
            )
            batch = client.post(
                "/v1/items/batch",
                json={"items": [{"id": "b5", "text": "hi"}, {"id": "b6", "image": "/etc/hosts"}]},
            )
        claimed = live.app.state.bastion.queue.claim("test", 60)
    assert claimed is not None and claimed.id == first.json()["job_id"]
    payload = claimed.payload
    assert first.status_code == 202, first.text
    assert again.status_code == 200 and again.json()["job_id"] == first.json()["job_id"]
    kept = Path(payload["image"])
    assert kept.parent == uploads.resolve() and kept.read_bytes() == PNG
    assert "image_base64" not in payload
    assert large.status_code == 413 and _error(large)["code"] == "media_too_large"
    assert broken.status_code == 422 and _error(broken)["code"] == "invalid_base64"
    assert both.status_code == 422 and "not both" in _error(both)["message"]
    assert batch.status_code == 422 and _error(batch)["param"] == "items.1.image"


@pytest.mark.parametrize("part", ["image", "audio", "video"])
def test_every_media_part_takes_bytes(sqlite_url, live_factory, tmp_path: Path, part) -> None:
    with (
        live_factory(sqlite_url, media_upload_dir=tmp_path / "up") as live,
        live.client("scan") as client,
    ):
        sent = client.post(
            "/v1/items", json={"id": part, f"{part}_base64": base64.b64encode(PNG).decode()}
        )
    assert sent.status_code == 202, sent.text
