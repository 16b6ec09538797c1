"""The database schema as an ordered list of migrations.

``MIGRATIONS[i]`` takes the database from version ``i`` to ``i + 1``
(``PRAGMA user_version``). Never edit a released migration; append a new one.
Dates are ISO-8601 text (``YYYY-MM-DD``); booleans are 0/1.
"""

from __future__ import annotations

SCHEMA_V1 = """
CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    reference           TEXT NOT NULL UNIQUE,
    year                INTEGER NOT NULL,  -- year and number of the reference
    seq                 INTEGER NOT NULL,
    opened              TEXT NOT NULL,
    opened_year         INTEGER NOT NULL,  -- statistics: a case belongs to the year it was opened
    closed              TEXT,
    status              TEXT NOT NULL DEFAULT 'open',
    channel             TEXT,
    area                TEXT NOT NULL,
    track               TEXT NOT NULL DEFAULT 'unclear',
    counterpart_type    TEXT,
    counterpart_name    TEXT NOT NULL DEFAULT '',
    summary             TEXT NOT NULL DEFAULT '',
    mediation_referred  INTEGER NOT NULL DEFAULT 0,
    mediation_area      TEXT,
    mediation_outcome   TEXT,
    has_client          INTEGER NOT NULL DEFAULT 0,
    client_name         TEXT NOT NULL DEFAULT '',
    client_contact      TEXT NOT NULL DEFAULT '',
    client_language     TEXT NOT NULL DEFAULT '',
    client_interpreter  INTEGER NOT NULL DEFAULT 0,
    client_consent      INTEGER NOT NULL DEFAULT 0,
    client_notes        TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (year, seq)
);
CREATE INDEX cases_opened ON cases (opened);
CREATE INDEX cases_opened_year_area ON cases (opened_year, area);
CREATE INDEX cases_status ON cases (status);

CREATE TABLE case_grounds (
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    ground          TEXT NOT NULL,
    perceived       INTEGER NOT NULL DEFAULT 1,
    assessed        INTEGER NOT NULL DEFAULT 0,
    by_association  INTEGER NOT NULL DEFAULT 0,
    position        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, ground)
) WITHOUT ROWID;
CREATE INDEX case_grounds_ground ON case_grounds (ground);

CREATE TABLE case_incident_types (
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    incident_type   TEXT NOT NULL,
    position        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (case_id, incident_type)
) WITHOUT ROWID;

CREATE TABLE journal_entries (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    entry_date  TEXT NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX journal_entries_case ON journal_entries (case_id);

CREATE TABLE follow_ups (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    due      TEXT NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    done     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX follow_ups_case ON follow_ups (case_id);
CREATE INDEX follow_ups_due ON follow_ups (due) WHERE done = 0;

CREATE TABLE timeline_events (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    event_date   TEXT NOT NULL,
    description  TEXT NOT NULL
);
CREATE INDEX timeline_events_case ON timeline_events (case_id);

-- The guided sorting conversation (issue 4): its answers as one JSON document.
CREATE TABLE intake_sessions (
    case_id     INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    data        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Outreach log (annual report chapter 4): courses, talks, stands, media.
CREATE TABLE outreach_activities (
    id                    INTEGER PRIMARY KEY,
    activity_date         TEXT NOT NULL,
    kind                  TEXT NOT NULL,
    title                 TEXT NOT NULL,
    audience              TEXT NOT NULL DEFAULT '',
    participants          INTEGER,
    participants_approx   INTEGER NOT NULL DEFAULT 0,
    notes                 TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outreach_activities_date ON outreach_activities (activity_date);

-- Unsaved contents of open case forms, kept (encrypted) across a lock.
CREATE TABLE drafts (
    key         TEXT PRIMARY KEY,
    data        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Settings that belong to the vault (never personal data).
CREATE TABLE vault_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Full-text search over summaries, journal entries and client names. One row
-- per case (rowid = cases.id); kept up to date by CaseRepository.
CREATE VIRTUAL TABLE case_search USING fts5 (
    summary, journal, client_name,
    tokenize = "unicode61 remove_diacritics 0"
);
"""

# Issue 8: the counterpart's name is searchable. FTS5 tables cannot gain a
# column, so case_search is made again and filled from the cases in SQL.
SCHEMA_CASE_SEARCH_COUNTERPART = """
DROP TABLE case_search;
CREATE VIRTUAL TABLE case_search USING fts5 (
    summary, journal, client_name, counterpart_name,
    tokenize = "unicode61 remove_diacritics 0"
);
INSERT INTO case_search (rowid, summary, journal, client_name, counterpart_name)
SELECT c.id, c.summary,
       COALESCE((SELECT group_concat(j.text, char(10)) FROM
                 (SELECT text FROM journal_entries WHERE case_id = c.id ORDER BY id) AS j), ''),
       c.client_name, c.counterpart_name
FROM cases c;
"""

# Issue 8: agreed next steps of the intake become follow-ups; ``source`` says
# which step ("intake:<rule id>"; "" for a follow-up the adviser typed).
SCHEMA_FOLLOW_UP_SOURCE = """
ALTER TABLE follow_ups ADD COLUMN source TEXT NOT NULL DEFAULT '';
"""

# Issue 9: a row version on cases. Every save adds one; a save that was
# started from an older version is refused (CaseChangedElsewhere), never
# written over the newer one.
SCHEMA_CASE_VERSION = """
ALTER TABLE cases ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
"""

# The mediation desk (issue 11): one record per referred advice case and its parts.
# The advice case's three mediation columns stay: a referral with no record
# (an older vault, an imported register) is counted from them (storage/statistics.py).
SCHEMA_MEDIATION = """
CREATE TABLE mediation_cases (
    id                        INTEGER PRIMARY KEY,
    case_id                   INTEGER NOT NULL UNIQUE REFERENCES cases (id) ON DELETE CASCADE,
    area                      TEXT NOT NULL,             -- mediation_areas
    stage                     TEXT NOT NULL,             -- mediation_stages
    mediator                  TEXT NOT NULL DEFAULT '',
    referred_on               TEXT NOT NULL,
    referral_consent_on       TEXT,
    referral_consent_method   TEXT,
    referral_consent_note     TEXT NOT NULL DEFAULT '',
    referral_note             TEXT NOT NULL DEFAULT '',
    criminal                  INTEGER NOT NULL DEFAULT 0,
    outcome                   TEXT,                      -- mediation_outcomes
    outcome_on                TEXT,
    agreement_on              TEXT,
    closed_on                 TEXT,
    closing_reason            TEXT,                      -- closing_reasons
    closing_note              TEXT NOT NULL DEFAULT '',
    created_at                TEXT NOT NULL,
    updated_at                TEXT NOT NULL
);
CREATE INDEX mediation_cases_stage ON mediation_cases (stage);

CREATE TABLE mediation_parties (
    mediation_id     INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
    key              TEXT NOT NULL,
    position         INTEGER NOT NULL,
    role             TEXT NOT NULL,                      -- party_roles
    name             TEXT NOT NULL DEFAULT '',
    organisation     INTEGER NOT NULL DEFAULT 0,
    contact_person   TEXT NOT NULL DEFAULT '',
    contact          TEXT NOT NULL DEFAULT '',
    under_18         INTEGER NOT NULL DEFAULT 0,
    accompanies      TEXT,                               -- key of a party
    consent_on       TEXT,
    consent_method   TEXT,
    consent_note     TEXT NOT NULL DEFAULT '',
    withdrawn_on     TEXT,
    withdrawal_note  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (mediation_id, key)
) WITHOUT ROWID;

CREATE TABLE mediation_suitability (
    mediation_id   INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
    item           TEXT NOT NULL,
    answer         TEXT,
    reason         TEXT NOT NULL DEFAULT '',
    answered_on    TEXT,
    circumstances  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (mediation_id, item)
) WITHOUT ROWID;

CREATE TABLE mediation_talks (
    mediation_id  INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    talk_date     TEXT NOT NULL,
    party         TEXT,
    participants  TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (mediation_id, key)
) WITHOUT ROWID;

CREATE TABLE mediation_meetings (
    mediation_id  INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    meeting_date  TEXT NOT NULL,
    start_time    TEXT,
    place         TEXT,                                  -- meeting_places
    place_text    TEXT NOT NULL DEFAULT '',
    participants  TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    held          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (mediation_id, key)
) WITHOUT ROWID;
CREATE INDEX mediation_meetings_date ON mediation_meetings (meeting_date) WHERE held = 0;

CREATE TABLE mediation_terms (
    mediation_id  INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
    key           TEXT NOT NULL,
    position      INTEGER NOT NULL,
    kind          TEXT NOT NULL,                         -- term_kinds
    party         TEXT,                                  -- who does it (key of a party)
    what          TEXT NOT NULL DEFAULT '',
    due           TEXT NOT NULL,
    follow_up_on  TEXT,                                  -- NULL: on the due date
    status        TEXT NOT NULL DEFAULT 'open',          -- open, fulfilled, broken
    status_on     TEXT,
    note          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (mediation_id, key)
) WITHOUT ROWID;

CREATE TABLE mediation_history (
    id            INTEGER PRIMARY KEY,
    mediation_id  INTEGER NOT NULL REFERENCES mediation_cases (id) ON DELETE CASCADE,
    changed_on    TEXT NOT NULL,
    from_stage    TEXT,
    to_stage      TEXT NOT NULL,
    changed_by    TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mediation_history_case ON mediation_history (mediation_id);

-- Unsaved mediation screens, kept (encrypted) across a lock.
CREATE TABLE mediation_unsaved_forms (
    key         TEXT PRIMARY KEY,
    data        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
"""

# Evidence of a case (issue 10). The files' bytes are kept in the encrypted
# database itself, in chunks of 1 MiB (evidence_chunks), so they share the
# vault's key, its page authentication and its transactions: an item and its
# bytes are added or removed together, never half.
SCHEMA_EVIDENCE = """
CREATE TABLE evidence_items (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,          -- order in the list = attachment number
    kind              TEXT NOT NULL,
    description       TEXT NOT NULL,
    received          TEXT,
    given_by          TEXT NOT NULL DEFAULT '',
    note              TEXT NOT NULL DEFAULT '',
    online_platform   TEXT NOT NULL DEFAULT '',
    online_url        TEXT NOT NULL DEFAULT '',
    online_user_name  TEXT NOT NULL DEFAULT '',
    online_posted_at  TEXT NOT NULL DEFAULT '',
    online_context    TEXT NOT NULL DEFAULT '',
    file_name         TEXT NOT NULL DEFAULT '',
    media_type        TEXT NOT NULL DEFAULT '',
    size              INTEGER NOT NULL DEFAULT 0,
    sha256            TEXT NOT NULL DEFAULT '',
    added_at          TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX evidence_items_case ON evidence_items (case_id, position);

CREATE TABLE evidence_witnesses (
    id        INTEGER PRIMARY KEY,
    item_id   INTEGER NOT NULL REFERENCES evidence_items (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    name      TEXT NOT NULL,
    contact   TEXT NOT NULL DEFAULT '',      -- only with the client's consent
    consent   INTEGER NOT NULL DEFAULT 0,
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_witnesses_item ON evidence_witnesses (item_id);

CREATE TABLE evidence_chunks (
    id       INTEGER PRIMARY KEY,
    item_id  INTEGER NOT NULL REFERENCES evidence_items (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    data     BLOB NOT NULL,
    UNIQUE (item_id, seq)
);
"""

# Issue 10: "draft" now means a document draft; the table of unsaved form
# contents kept across a lock gets the name of what it holds.
SCHEMA_UNSAVED_FORMS = """
ALTER TABLE drafts RENAME TO unsaved_forms;
"""

# Document drafts of a case (issue 10): complaint, police report, letters.
# Every save is a new version; a version's text never changes, and a version
# marked as sent (sealed) never changes at all (the triggers enforce both).
SCHEMA_DOCUMENT_DRAFTS = """
CREATE TABLE document_drafts (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX document_drafts_case ON document_drafts (case_id);

CREATE TABLE document_draft_versions (
    id           INTEGER PRIMARY KEY,
    draft_id     INTEGER NOT NULL REFERENCES document_drafts (id) ON DELETE CASCADE,
    number       INTEGER NOT NULL,
    lang         TEXT NOT NULL,
    content      TEXT NOT NULL,              -- DocumentText.to_dict() as JSON
    saved_at     TEXT NOT NULL,
    sealed_at    TEXT,                       -- set once, by "Mark as sent"
    sent_on      TEXT,
    sent_to      TEXT,
    sent_sha256  TEXT,
    sent_format  TEXT,
    UNIQUE (draft_id, number)
);

CREATE TABLE document_exports (
    id           INTEGER PRIMARY KEY,
    version_id   INTEGER NOT NULL REFERENCES document_draft_versions (id) ON DELETE CASCADE,
    exported_at  TEXT NOT NULL,
    format       TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    size         INTEGER NOT NULL,
    redacted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX document_exports_version ON document_exports (version_id);

CREATE TRIGGER document_draft_versions_text_fixed
BEFORE UPDATE OF draft_id, number, lang, content, saved_at ON document_draft_versions
BEGIN
    SELECT RAISE(ABORT, 'a version of a document draft never changes');
END;

CREATE TRIGGER document_draft_versions_sealed_fixed
BEFORE UPDATE ON document_draft_versions
WHEN OLD.sealed_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a version marked as sent never changes');
END;
"""
# Issue 14: grounds_key of every case from ground_order (the law's order of the
# grounds). Also run by CaseRepository when this program's order differs from
# the stored one.
GROUNDS_KEY_SQL = """
UPDATE cases SET grounds_key = (
    SELECT group_concat(r, ',') FROM (
        SELECT printf('%02d', COALESCE(o.rank, 99)) AS r
        FROM case_grounds g LEFT JOIN ground_order o ON o.code = g.ground
        WHERE g.case_id = cases.id ORDER BY g.position
    )
)
"""

# Issue 14: speed at 100,000-300,000 cases.
# * Sort keys the list reads from the row, kept by CaseRepository: next_due
#   (the earliest follow-up not done) and grounds_key (ranks in the law's order).
# * Every sort of the list has an index that ends in ``opened`` (and the rowid),
#   so a keyset page reads one page of index entries: closed, area, status (it
#   replaces cases_status, which it covers), client name, next follow-up,
#   grounds, and the desk (mediation_referred), which the desk filter uses too.
# * case_search again, contentless (``content=''``: the index only; the text is
#   in cases and journal_entries), without positions (``detail=none``: every
#   search word is one prefix term, never a phrase) and with prefix indexes for
#   1-3 letters (what search-as-you-type sends). Together it is a fifth of the
#   old table; ``optimize`` leaves one segment.
SCHEMA_SPEED = (
    """
ALTER TABLE cases ADD COLUMN next_due TEXT;
ALTER TABLE cases ADD COLUMN grounds_key TEXT;
CREATE TABLE ground_order (
    code  TEXT PRIMARY KEY,
    rank  INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO ground_order (code, rank) VALUES
    ('gender', 0), ('pregnancy', 1), ('parental_leave', 2), ('care_responsibilities', 3),
    ('ethnicity', 4), ('religion', 5), ('belief', 6), ('disability', 7),
    ('sexual_orientation', 8), ('gender_identity', 9), ('gender_expression', 10),
    ('age', 11), ('political_opinion', 12), ('union_membership', 13), ('other', 14);
UPDATE cases SET next_due = (
    SELECT MIN(f.due) FROM follow_ups f WHERE f.case_id = cases.id AND f.done = 0
);
"""
    + GROUNDS_KEY_SQL
    + """;
DROP INDEX cases_status;
CREATE INDEX cases_status ON cases (status, opened);
CREATE INDEX cases_closed ON cases (closed, opened);
CREATE INDEX cases_area ON cases (area, opened);
CREATE INDEX cases_client_name ON cases (client_name COLLATE NOCASE, opened);
CREATE INDEX cases_next_due ON cases (next_due, opened);
CREATE INDEX cases_grounds_key ON cases (grounds_key, opened);
CREATE INDEX cases_desk ON cases (mediation_referred, opened);

DROP TABLE case_search;
CREATE VIRTUAL TABLE case_search USING fts5 (
    summary, journal, client_name, counterpart_name,
    content = '', contentless_delete = 1, detail = none, prefix = '1 2 3',
    tokenize = "unicode61 remove_diacritics 0"
);
INSERT INTO case_search (rowid, summary, journal, client_name, counterpart_name)
SELECT c.id, c.summary,
       COALESCE((SELECT group_concat(j.text, char(10)) FROM
                 (SELECT text FROM journal_entries WHERE case_id = c.id ORDER BY id) AS j), ''),
       c.client_name, c.counterpart_name
FROM cases c;
INSERT INTO case_search (case_search) VALUES ('optimize');
-- merge work after each save (CaseRepository) starts at two segments of a level
INSERT INTO case_search (case_search, rank) VALUES ('usermerge', 2);
"""
)

# Issue 12: the access log, inside the vault, append-only and hash-chained
# (storage/access_log.py). No foreign key to cases: the log outlives a deleted
# case. An entry never changes; one is removed only when it is older than the
# log's retention cutoff, which the retention writes first.
SCHEMA_ACCESS_LOG = """
CREATE TABLE access_log (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,                 -- UTC, 2025-05-01T10:11:12.123456Z
    actor      TEXT NOT NULL DEFAULT '',      -- the adviser's name
    event      TEXT NOT NULL,                 -- opened, changed, printed, unlock ...
    case_id    INTEGER,
    case_ref   TEXT NOT NULL DEFAULT '',
    fields     TEXT NOT NULL DEFAULT '',      -- names of changed fields, never values
    detail     TEXT NOT NULL DEFAULT '',      -- a short code (pdf, checklist, added:12)
    hash       BLOB NOT NULL                  -- SHA-256 of the entry and the hash before it
);
CREATE INDEX access_log_case ON access_log (case_id, id);
CREATE INDEX access_log_at ON access_log (at);
CREATE INDEX access_log_event ON access_log (event, id);

CREATE TRIGGER access_log_no_update
BEFORE UPDATE ON access_log
BEGIN
    SELECT RAISE(ABORT, 'the access log is append-only');
END;

CREATE TRIGGER access_log_no_delete
BEFORE DELETE ON access_log
WHEN OLD.at >= COALESCE(
    (SELECT value FROM vault_settings WHERE key = 'access_log.pruned_before'), '')
BEGIN
    SELECT RAISE(ABORT, 'an access log entry is removed only by the log''s retention');
END;
"""

# Issue 12: consent per purpose, the deletion log (replayed on restore, so a
# restored backup never brings back a deleted or anonymised case), and
# postponed reviews of the retention.
SCHEMA_CONSENTS_AND_ERASURES = """
CREATE TABLE case_consents (
    case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    purpose          TEXT NOT NULL,      -- store_identity, contact_client, ...
    status           TEXT NOT NULL,      -- given, withdrawn, not_recorded
    given_on         TEXT,               -- NULL: not recorded
    method           TEXT,               -- consent_methods; NULL: not recorded
    note             TEXT NOT NULL DEFAULT '',
    withdrawn_on     TEXT,
    withdrawal_note  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, purpose)
) WITHOUT ROWID;

CREATE TABLE case_erasures (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL,        -- no foreign key: the case may be gone
    reference   TEXT NOT NULL,
    mode        TEXT NOT NULL,           -- keep_statistics (anonymised) | all
    reason      TEXT NOT NULL,           -- retention | request (GDPR art. 17)
    erased_at   TEXT NOT NULL
);
CREATE INDEX case_erasures_case ON case_erasures (case_id);

CREATE TABLE retention_holds (
    case_id  INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    until    TEXT NOT NULL               -- not due for review before this date
);
"""

# Working across laptops (issue 13): the vault's own key pairs for handover
# (secret, so only ever inside the encrypted vault), the colleagues it trusts,
# the bundles it sent and received, and where an imported case came from.
SCHEMA_HANDOVER = """
CREATE TABLE vault_identity (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    age_secret      TEXT NOT NULL,               -- AGE-SECRET-KEY-1...
    signing_secret  BLOB NOT NULL,               -- Ed25519, 32 bytes
    office          TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL
);

CREATE TABLE contacts (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL UNIQUE,
    office         TEXT NOT NULL DEFAULT '',
    fingerprint    TEXT NOT NULL UNIQUE,
    age_recipient  TEXT NOT NULL,
    signing_key    BLOB NOT NULL,
    verified_on    TEXT NOT NULL,
    added_at       TEXT NOT NULL
);

-- What this vault sent: the sequence numbers its bundles and count files carry.
CREATE TABLE handover_sent (
    id               TEXT PRIMARY KEY,
    sequence         INTEGER NOT NULL UNIQUE,
    kind             TEXT NOT NULL,              -- full, summary, counts
    to_fingerprint   TEXT,
    made_at          TEXT NOT NULL,
    refs             TEXT NOT NULL DEFAULT '[]'  -- JSON list of references
);

-- Every case taken from a bundle (one row per bundle and case).
CREATE TABLE handover_received (
    bundle_id           TEXT NOT NULL,
    sender_fingerprint  TEXT NOT NULL,
    sequence            INTEGER NOT NULL,
    origin              TEXT NOT NULL,           -- "<vault fingerprint> <reference>"
    case_id             INTEGER REFERENCES cases (id) ON DELETE SET NULL,
    imported_at         TEXT NOT NULL,
    PRIMARY KEY (bundle_id, origin)
) WITHOUT ROWID;
CREATE INDEX handover_received_sender ON handover_received (sender_fingerprint, origin);

-- A case that came from another vault: where it was first registered.
CREATE TABLE case_origins (
    case_id             INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    origin_fingerprint  TEXT NOT NULL,
    origin_reference    TEXT NOT NULL,
    UNIQUE (origin_fingerprint, origin_reference)
);
"""

# Issue 14: the statistics read a year from one covering index, never from the
# wide rows or the child tables: two more keys kept in the row by
# CaseRepository, the case's grounds as a combination (codes sorted, joined by
# '+', as the statistics count them) and its incident types the same way, and
# the index holds every column of cases the statistics use (storage/
# statistics.py). It starts with (opened_year, area), so it replaces
# cases_opened_year_area.
SCHEMA_STATS_INDEX = """
ALTER TABLE cases ADD COLUMN grounds_combo TEXT;
ALTER TABLE cases ADD COLUMN incidents_key TEXT;
UPDATE cases SET
    grounds_combo = (SELECT group_concat(g.ground, '+' ORDER BY g.ground)
                     FROM case_grounds g WHERE g.case_id = cases.id),
    incidents_key = (SELECT group_concat(t.incident_type, '+' ORDER BY t.incident_type)
                     FROM case_incident_types t WHERE t.case_id = cases.id);
CREATE INDEX cases_stats ON cases (
    opened_year, area, channel, track, mediation_referred, mediation_area, mediation_outcome,
    grounds_combo, incidents_key
);
DROP INDEX cases_opened_year_area;
"""

MIGRATIONS: list[str] = [
    SCHEMA_V1,
    SCHEMA_CASE_SEARCH_COUNTERPART,
    SCHEMA_FOLLOW_UP_SOURCE,
    SCHEMA_CASE_VERSION,  # issue 9
    SCHEMA_UNSAVED_FORMS,  # issue 10
    SCHEMA_EVIDENCE,
    SCHEMA_DOCUMENT_DRAFTS,
    SCHEMA_MEDIATION,  # issue 11
    SCHEMA_ACCESS_LOG,  # issue 12
    SCHEMA_CONSENTS_AND_ERASURES,
    SCHEMA_HANDOVER,  # issue 13
    SCHEMA_SPEED,  # issue 14
    SCHEMA_STATS_INDEX,
]

SCHEMA_VERSION = len(MIGRATIONS)
