"""What the vault tells a person after it did something on its own.

A :class:`Notice` is an English sentence (a ``str``: the CLI prints it, and
``Vault.notices`` stays a ``list[str]``) that also carries a ``code`` and the
values in it, so the GUI can say it in the person's language
(``ui/common/error_text.notice_text``). Codes:

* ``stale_lock`` (owner): the vault was not closed properly; its lock was taken over
* ``stray_key_copy`` (name): a temporary copy of the key file was removed
* ``replacement_finished`` / ``replacement_undone``: an interrupted rotation or restore
* ``access_log_failed`` (error: the DimeError): the access log could not be written
* ``backups_unreachable`` (folder), ``backup_earlier_key`` (path),
  ``backup_not_rekeyed`` (path, error): backups a key rotation could not bring along
"""

from __future__ import annotations

from typing import Any


class Notice(str):
    """An English sentence with a code and its values (see the module's notes)."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, text: str, **params: Any) -> Notice:
        notice = super().__new__(cls, text)
        notice.code = code
        notice.params = dict(params)
        return notice

    def __reduce__(self) -> Any:  # copies and pickles keep the code
        return (_rebuild, (self.code, str(self), self.params))


def _rebuild(code: str, text: str, params: dict[str, Any]) -> Notice:
    return Notice(code, text, **params)
