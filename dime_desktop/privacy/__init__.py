"""The records' life under the GDPR (issue 12), no Qt: consent per purpose
(``consent``), a person's own copy (``subject_export``), retention and
deletion (``retention``), and the access log's exports (``log_export``).
The access log itself is ``storage/access_log.py`` (``vault.access_log``)."""
