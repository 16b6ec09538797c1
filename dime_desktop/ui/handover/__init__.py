"""Handover between vaults (issue 13): the vault's identity and trusted
colleagues, exporting cases as a bundle, importing one with its manifest,
per-case accept/reject and the side-by-side choices."""
