"""Key management and the Vault facade (see ARCHITECTURE.md)."""

from __future__ import annotations

from dime_desktop.vault.kdf import KdfParams
from dime_desktop.vault.vault import CreatedVault, Vault

__all__ = ["CreatedVault", "KdfParams", "Vault"]
