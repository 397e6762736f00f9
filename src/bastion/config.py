"""Typed, layered configuration.

Precedence, lowest first: built-in defaults, a TOML config file
(``$BASTION_CONFIG``, else ``config.toml`` in the user config directory), then
``BASTION_*`` environment variables, then command-line flags. Secrets (database
passwords) belong in the environment, never in the config file.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir
from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from bastion.intake import DEFAULT_MAX_TEXT_BYTES

__all__ = ["Settings", "config_file", "default_database_url"]


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
    """Detector names to load; every installed detector when unset."""
    max_text_bytes: int = Field(default=DEFAULT_MAX_TEXT_BYTES, gt=0)
    enforce_deadlines: bool = True
    """Apply each surface's deadline (publish path). Batch back-fills turn this off."""
    log_level: str = "WARNING"
    appeal_url: str | None = None
    """Where the platform's users appeal; every user notice links to it (no default)."""
    # The service (``bastion serve`` / ``bastion worker``); see docs/service.md.
    max_request_bytes: int = Field(default=4 * 1_048_576, gt=0)
    """Largest HTTP request body the service reads; larger ones get 413."""
    rate_limit_per_minute: int = Field(default=600, gt=0)
    """Requests per minute per API key, unless the key sets its own limit."""
    engine_processes: int | None = Field(default=None, ge=0)
    """Engine processes per server process that decide scans; unset: one per core, at most
    4 (each holds its own models); 0: threads of the server process."""
    engine_hang_seconds: float = Field(default=10.0, gt=0)
    """An engine process that has not answered a batch in this time is stopped and replaced;
    the batch's items get their surface's fail-mode decision (a backstop for hung detectors;
    the surface deadline, checked as detectors finish, is the normal bound)."""
    api_key_cache_seconds: float = Field(default=5.0, ge=0)
    """How long a verified key is trusted without a database look-up (revocation delay)."""
    webhook_secret: str | None = None
    """HMAC secret that signs job callbacks (environment only, like every secret)."""
    webhook_allow_private: bool = False
    """Let callbacks go to loopback, private and link-local addresses (receivers on a private
    network); off by default, so a scan key cannot aim the worker inside the network."""

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
