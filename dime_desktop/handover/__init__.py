"""Working across laptops without a server (issue 13).

* ``identity``: the vault's key pair for handover (an age X25519 identity to
  receive, an Ed25519 key to sign), its fingerprint, public key files, contacts.
* ``bundle``: the file format of a handover bundle and of signed files in
  general (age-encrypted payload, Ed25519 signature over a JSON header).
* ``content``: what of a case goes into a bundle (the whole case, or a
  referral summary) and how it is read back.
* ``merge``: what an incoming case would change in this vault (new, joined,
  conflicting fields side by side, already imported, outdated).
* ``service``: export and import as the CLI and the GUI call them.

No Qt here; storage is ``storage/identity.py`` and ``storage/handover.py``.
"""
