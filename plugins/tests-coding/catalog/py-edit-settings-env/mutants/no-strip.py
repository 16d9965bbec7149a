"""Application settings with defaults."""

DEFAULTS = {
    "host": "127.0.0.1",
    "port": 8000,
    "debug": False,
    "workers": 2,
    "timeout": 30.0,
}

ENV_PREFIX = "APP_"
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


class SettingsError(ValueError):
    """A setting that cannot be used."""


def _coerce(key, raw):
    default = DEFAULTS[key]
    text = raw
    try:
        if isinstance(default, bool):
            lowered = text.lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
            raise ValueError(text)
        if isinstance(default, int):
            return int(text)
        if isinstance(default, float):
            return float(text)
    except ValueError:
        raise SettingsError(f"{ENV_PREFIX}{key.upper()}={raw!r} is not a valid {type(default).__name__}") from None
    return raw


def load_settings(overrides=None, env=None):
    """Returns the defaults updated with `env` (APP_* variables), then `overrides`."""
    settings = dict(DEFAULTS)
    for name, raw in (env or {}).items():
        if name.startswith(ENV_PREFIX):
            key = name[len(ENV_PREFIX):].lower()
            if key in DEFAULTS:
                settings[key] = _coerce(key, raw)
    for key, value in (overrides or {}).items():
        if key not in DEFAULTS:
            raise SettingsError(f"unknown setting {key!r}")
        settings[key] = value
    return settings
