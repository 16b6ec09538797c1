"""The vault's identity for handover and the colleagues it trusts
(tables ``vault_identity`` and ``contacts``).

The identity is made on first use (:meth:`IdentityStore.ensure`); reading it
(:meth:`IdentityStore.get`) never makes one, so looking at a bundle from a
vault that has no identity yet changes nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlcipher3

from dime_desktop.errors import ContactExists, ContactNotFound
from dime_desktop.handover.identity import (
    Contact,
    PublicIdentity,
    VaultIdentity,
    normalise_fingerprint,
)
from dime_desktop.storage.json_columns import DatabaseLike, utc_now


def _contact(row: Any) -> Contact:
    cid, name, office, _fp, recipient, key, verified = row
    return Contact(
        name=str(name),
        office=str(office),
        identity=PublicIdentity(str(recipient), bytes(key), str(office)),
        verified_on=date.fromisoformat(str(verified)),
        id=int(cid),
    )


_CONTACT_COLUMNS = "id, name, office, fingerprint, age_recipient, signing_key, verified_on"


class IdentityStore:
    """``get()``, ``ensure()``, ``set_office()``, contacts: ``add_contact``,
    ``contacts``, ``find_contact``, ``contact_by_fingerprint``, ``remove_contact``."""

    def __init__(self, db: DatabaseLike) -> None:
        self._db = db

    # --- the vault's own identity -------------------------------------------------
    def get(self) -> VaultIdentity | None:
        """The vault's identity, or None when none was made yet (never makes one)."""
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT age_secret, signing_secret, created_at FROM vault_identity WHERE id = 1"
            ).fetchone()
        if row is None:
            return None
        return VaultIdentity(str(row[0]), bytes(row[1]), str(row[2]))

    def ensure(self) -> VaultIdentity:
        """The vault's identity, made now if it has none."""
        found = self.get()
        if found is not None:
            return found
        made = VaultIdentity.generate(utc_now())
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO vault_identity (id, age_secret, signing_secret, created_at)"
                " VALUES (1, ?, ?, ?)",
                (made.age_secret, made.signing_secret, made.created_at),
            )
        again = self.get()
        assert again is not None
        return again

    def office(self) -> str:
        with self._db.read() as conn:
            row = conn.execute("SELECT office FROM vault_identity WHERE id = 1").fetchone()
        return "" if row is None else str(row[0])

    def set_office(self, office: str) -> None:
        """The office named in this vault's public key file (and count files)."""
        self.ensure()
        with self._db.transaction() as conn:
            conn.execute("UPDATE vault_identity SET office = ? WHERE id = 1", (office.strip(),))

    def public(self) -> PublicIdentity:
        """This vault's public identity (made on first use), with its office."""
        return self.ensure().public(self.office())

    # --- colleagues -------------------------------------------------------------
    def add_contact(
        self, name: str, identity: PublicIdentity, *, office: str = "", verified_on: date
    ) -> Contact:
        """Trust ``identity`` as ``name`` (ContactExists if its key or name is
        trusted already)."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a contact needs a name")
        office = " ".join((office or identity.office).split())
        fp = identity.fingerprint
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT name, fingerprint FROM contacts WHERE fingerprint = ? OR name = ?",
                (fp, name),
            ).fetchone()
            if row is not None:
                raise ContactExists(str(row[0]), str(row[1]))
            try:
                conn.execute(
                    "INSERT INTO contacts (name, office, fingerprint, age_recipient, "
                    "signing_key, verified_on, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        name,
                        office,
                        fp,
                        identity.age_recipient,
                        identity.signing_key,
                        verified_on.isoformat(),
                        utc_now(),
                    ),
                )
            except sqlcipher3.IntegrityError:  # pragma: no cover - checked above
                raise ContactExists(name, fp) from None
        found = self.contact_by_fingerprint(fp)
        assert found is not None
        return found

    def contacts(self) -> list[Contact]:
        with self._db.read() as conn:
            rows = conn.execute(
                f"SELECT {_CONTACT_COLUMNS} FROM contacts ORDER BY name COLLATE NOCASE"
            ).fetchall()
        return [_contact(tuple(r)) for r in rows]

    def contact_by_fingerprint(self, fingerprint: str) -> Contact | None:
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT {_CONTACT_COLUMNS} FROM contacts WHERE fingerprint = ?", (fingerprint,)
            ).fetchone()
        return None if row is None else _contact(tuple(row))

    def find_contact(self, text: str) -> Contact:
        """A trusted colleague by name (case-insensitive) or fingerprint."""
        wanted = " ".join(text.split()).casefold()
        by_fp = normalise_fingerprint(text)
        contacts = self.contacts()
        for c in contacts:
            if c.name.casefold() == wanted or c.fingerprint == by_fp:
                return c
        raise ContactNotFound(text.strip(), [c.name for c in contacts])

    def remove_contact(self, contact_id: int) -> None:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
