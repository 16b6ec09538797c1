"""Where things live on disk.

Resources (reference data, fonts, texts, translations) are found through
:func:`resource_path`, which also works inside a PyInstaller bundle.  The
default vault location comes from platformdirs; it is resolved by the entry
points (``main()``) and passed down, so tests can inject their own paths.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from dime_desktop import APP_NAME, APP_ORG

VAULT_ENV = "DIME_VAULT"


def resources_root() -> Path:
    """The ``resources/`` folder, in a source checkout or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A file or folder inside ``resources/``."""
    return resources_root().joinpath(*parts)


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are (``i18n/`` beside ``resources/``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "i18n"
    return Path(__file__).resolve().parent.parent / "i18n"


def default_vault_path() -> Path:
    """The vault folder: ``$DIME_VAULT`` or the platform's user data folder."""
    override = os.environ.get(VAULT_ENV)
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, APP_ORG, roaming=False) / "vault"
