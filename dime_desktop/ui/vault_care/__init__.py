"""Vault care in the app (Tools menu): change passphrase, new recovery key,
verify the vault, import an earlier register."""
