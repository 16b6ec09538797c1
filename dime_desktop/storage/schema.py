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
"""
)

MIGRATIONS: list[str] = [
    SCHEMA_V1,
    SCHEMA_CASE_SEARCH_COUNTERPART,
    SCHEMA_FOLLOW_UP_SOURCE,
    SCHEMA_SPEED,
]

SCHEMA_VERSION = len(MIGRATIONS)
