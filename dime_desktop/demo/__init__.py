"""Synthetic demo data: cases and an outreach log like the 2019 annual report's,
and throwaway demo vaults. Sits above the vault (it creates vaults), beside the CLI
and the GUI that use it."""
