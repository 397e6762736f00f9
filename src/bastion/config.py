"""Typed, layered configuration, read once.

Precedence, lowest first: built-in defaults, a TOML config file
(``$BASTION_CONFIG``, else ``config.toml`` in the user config directory), then
``BASTION_*`` environment variables, then command-line flags. Secrets (database
passwords, API tokens, the session key) belong in the environment, never in the
config file.

This module is the only reader of ``BASTION_*`` variables, and a
:class:`Settings` is built once per process - by the command line, the service's
process entry, or :func:`bastion.scan` - and passed down: detectors, extractors,
review routing and media limits take their parameters from it (a meta-test keeps
it so).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir, user_data_dir
from pydantic import Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from bastion.intake import DEFAULT_MAX_TEXT_BYTES

__all__ = ["Settings", "command_settings", "config_file", "default_database_url"]


def data_dir() -> Path:
    return Path(os.environ.get("BASTION_DATA_DIR") or user_data_dir("bastion"))


def default_database_url() -> str:
    return f"sqlite:///{data_dir() / 'bastion.db'}"


def config_file() -> Path:
    return Path(
        os.environ.get("BASTION_CONFIG") or Path(user_config_dir("bastion")) / "config.toml"
    )


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="BASTION_", extra="forbid")

    database_url: str = Field(default_factory=default_database_url)
    """SQLAlchemy URL; ``postgresql://user@host/db`` for PostgreSQL."""
    policy: Path | None = None
    """Policy file or folder; the shipped default policy when unset."""
    detectors: list[str] | None = None
    """Detector (and extractor) names to load; every installed one when unset."""
    detector_params: dict[str, dict[str, Any]] = {}
    """Constructor parameters per detector or extractor name (per-deployment tuning), e.g.
    ``[detector_params.image_nsfw] threads = 4`` in the config file."""
    max_text_bytes: int = Field(default=DEFAULT_MAX_TEXT_BYTES, gt=0)
    enforce_deadlines: bool = True
    """Apply each surface's deadline (publish path). Batch back-fills turn this off."""
    log_level: str = "WARNING"
    # The service (``bastion serve`` / ``bastion worker``); see docs/service.md.
    max_request_bytes: int = Field(default=4 * 1_048_576, gt=0)
    """Largest HTTP request body the service reads; larger ones get 413."""
    rate_limit_per_minute: int = Field(default=600, gt=0)
    """Requests per minute per API key, unless the key sets its own limit."""
    engine_processes: int | None = Field(default=None, ge=0)
    """Engine processes per server process that decide scans; unset: one per core, at most
    4 (each holds its own models); 0: threads of the server process."""
    engine_hang_seconds: float = Field(default=10.0, gt=0)
    """Base of the hang timer of one work unit: an engine process that has not answered a unit
    in this time plus its share for size (``engine_hang_chars_per_second``) is stopped and
    replaced, and that unit's items get their surface's fail-mode decision (a backstop for
    hung detectors; the surface deadline, checked as detectors finish, is the normal bound)."""
    engine_hang_chars_per_second: float = Field(default=20_000.0, gt=0)
    """The slowest pace a working engine keeps: a unit of N characters gets N / this seconds on
    top of ``engine_hang_seconds`` (slow but progressing work is never stopped)."""
    work_unit_chars: int = Field(default=32_768, gt=0)
    """Requests are split into work units of at most this many characters (an item larger than
    this is a unit of its own) and ``work_unit_items`` items, scheduled fairly."""
    work_unit_items: int = Field(default=32, gt=0)
    """Most items in one work unit (and in one batch of small requests decided together)."""
    engine_bulk_nice: int = Field(default=10, ge=0, le=19)
    """How many steps lower the CPU priority of the engine processes that decide larger
    requests' units (all but the first; ``nice``), so small requests are served first where
    cores are short; 0: the same priority."""
    small_request_chars: int = Field(default=16_384, gt=0)
    """Requests up to this many characters are *small*: with two or more engine processes, one
    is always kept free of larger requests' units, so a small request never waits behind one."""
    admission_key_chars: int = Field(default=4_194_304, gt=0)
    """Characters (text and thread context, plus 64 per item) one API key may have being
    decided at once; a request that would exceed it gets 429 with ``Retry-After`` (a request
    arriving while the key has nothing in flight is always admitted)."""
    admission_total_chars: int = Field(default=16_777_216, gt=0)
    """The same budget for the whole server process, across keys."""
    redis_url: str | None = None
    """Redis shared by the server replicas for rate limits and sign-in throttles (the ``redis``
    extra); unset: each server process keeps its own (one replica). See docs/scale.md."""
    redis_prefix: str = "bastion:"
    """Prefix of every Redis key Bastion writes (several deployments may share one Redis)."""
    model_watch_s: float = Field(default=10.0, ge=0)
    """How often each engine process checks the model registry and, when a model was promoted
    or rolled back, loads it without a restart (0: never; engine processes only)."""
    api_key_cache_seconds: float = Field(default=5.0, ge=0)
    """How long a verified key is trusted without a database look-up (revocation delay)."""
    webhook_secret: str | None = None
    """HMAC secret that signs job callbacks (environment only, like every secret)."""
    webhook_allow_private: bool = False
    """Let callbacks go to loopback, private and link-local addresses (receivers on a private
    network); off by default, so a scan key cannot aim the worker inside the network."""
    access_log: bool = True
    """The service's access log (``bastion serve --no-access-log`` turns it off)."""
    # Human review (see docs/review.md).
    review_uncertainty_band: float = Field(default=0.05, ge=0.0, lt=1.0)
    """A decision is an ``uncertain`` review task when moving one probability this far would
    change its action."""
    review_sample_rate: float = Field(default=0.0, ge=0.0, le=1.0)
    """Share of other decisions sampled for quality review."""
    review_reviews_required: int = Field(default=1, ge=1)
    """Verdicts each routed task needs (2+ for agreement statistics)."""
    review_session_hours: float = Field(default=12.0, gt=0)
    """A reviewer UI session ends this long after sign-in, however active (absolute lifetime)."""
    review_session_idle_minutes: float = Field(default=30.0, gt=0)
    """A reviewer UI session ends after this long without a request (idle lifetime)."""
    review_media_root: Path | None = None
    """Folder the reviewer UI may serve media files from."""
    # Compliance (see docs/compliance.md).
    appeal_url: str | None = None
    """Where the platform's users appeal; every user notice links to it (no default)."""
    sor_api_url: str | None = None
    """The DSA Transparency Database API base URL for ``bastion sor submit``."""
    sor_api_token: SecretStr | None = None
    """Its bearer token (environment only)."""
    # Media (see docs/media.md): bounds on what the scanner accepts, and its tools.
    media_roots: str | None = None
    """Folders that media paths in service requests may name, separated by ``:``; unset: the
    service refuses media paths (media come as bytes). The command line reads any file."""
    media_upload_dir: Path = Field(default_factory=lambda: data_dir() / "uploads")
    """Where the service keeps media sent as bytes (``image_base64`` ...) for the workers."""
    media_max_upload_bytes: int = Field(default=3 * 1024**2, gt=0)
    """Largest media part sent as bytes, decoded (the request limit bounds it too)."""
    media_max_file_bytes: int = Field(default=4 * 1024**3, gt=0)
    media_max_image_bytes: int = Field(default=50 * 1024**2, gt=0)
    media_max_image_pixels: int = Field(default=40_000_000, gt=0)
    media_max_audio_seconds: float = Field(default=4 * 3600.0, gt=0)
    media_chunk_seconds: float = Field(default=60.0, gt=0)
    media_max_video_frames: int = Field(default=240, gt=0)
    media_min_frame_gap_seconds: float = Field(default=1.0, ge=0)
    whisper_model: str | None = None
    """A faster-whisper model name or folder for speech-to-text (default: the packaged one)."""
    whisper_threads: int | None = Field(default=None, gt=0)
    onnx_threads: int = Field(default=2, gt=0)
    """Threads of the ONNX image models."""
    embedding_threads: int = Field(default=1, gt=0)
    """Threads of the sentence encoder."""
    banks_refresh_s: float = Field(default=10.0, ge=0)
    """How often the bank detectors apply the hash banks' changes (PDQ incrementally)."""
    shared_data: Path | None = None
    """The shared source sets for ``bastion datasets import`` and ``bastion train``."""

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=config_file())
        return (init_settings, env_settings, toml)


def command_settings(root: object, **overrides: Any) -> Settings:
    """The settings a command runs with: the ones the command line built once (``root``, the
    ``bastion`` group's object), with this command's own flags (those given) on top. A
    command group run on its own (embedded elsewhere) is its own root: read them here."""
    settings = root if isinstance(root, Settings) else Settings()
    given = {k: v for k, v in overrides.items() if v is not None}
    return settings.model_copy(update=given) if given else settings
