-- Data version 7: the people who use StoreDesk, what they did, and members who leave.
--
-- A user signs in with a PIN or password, kept only as an Argon2id hash (libsodium's encoded
-- string, which carries its own salt and cost). Their name is also the cashier's name on sales,
-- shifts and reports, so it is unique. Five wrong tries lock a user for a while.
CREATE TABLE users (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  role            TEXT NOT NULL CHECK (role IN ('cashier', 'manager', 'owner')),
  secret_hash     TEXT NOT NULL,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until    TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
);

-- Who rang a sale up, when someone was signed in (the cashier column keeps their name).
ALTER TABLE sales ADD COLUMN user_id INTEGER REFERENCES users (id);

-- The audit trail: every sensitive action, who did it (and who approved it), when, and what it
-- changed. Append-only: the triggers refuse changes through SQL, and each entry's hash covers
-- the previous entry's hash, so `storedeskctl audit verify` finds a row edited or removed behind
-- the triggers' back. settings 'audit.head' holds the last entry's id and hash, so a removed
-- tail shows too.
CREATE TABLE audit_log (
  id            INTEGER PRIMARY KEY,
  at            TEXT NOT NULL,
  user_id       INTEGER REFERENCES users (id),
  user_name     TEXT NOT NULL,                -- as it was then ('' when no one was signed in)
  approver_id   INTEGER REFERENCES users (id),
  approver_name TEXT NOT NULL DEFAULT '',
  program       TEXT NOT NULL,                -- storedesk or storedeskctl
  action        TEXT NOT NULL,
  subject       TEXT NOT NULL DEFAULT '',
  detail        TEXT NOT NULL DEFAULT '{}',   -- JSON: before and after, reasons, amounts
  prev_hash     TEXT NOT NULL,
  hash          TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_id, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- A member who asked to be forgotten keeps their sales for the books but loses everything that
-- says who they were; deleted_at marks the row, which lists and look-ups leave out.
ALTER TABLE members ADD COLUMN deleted_at TEXT;
-- Counting the members still here stays an index walk at a million members.
CREATE INDEX members_live ON members (id) WHERE deleted_at IS NULL;
