-- Data version 1: the store's settings, its members and its products.
-- Money columns hold whole fen; timestamps are UTC ISO 8601 text ("2026-11-22T01:30:00.000Z").

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE members (
  id         INTEGER PRIMARY KEY,
  phone      TEXT NOT NULL UNIQUE CHECK (length(phone) = 11),
  name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
  gender     TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'f', 'm')),
  birthday   TEXT CHECK (birthday IS NULL OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  card_no    TEXT UNIQUE,
  note       TEXT NOT NULL DEFAULT '',
  status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'frozen')),
  joined_at  TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- 尾号 lookup: the last four of the (always 11-digit) phone.
CREATE INDEX members_phone_tail ON members (substr(phone, 8, 4));
CREATE INDEX members_name ON members (name);
CREATE INDEX members_joined ON members (joined_at);

CREATE TABLE member_tags (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  tag       TEXT NOT NULL CHECK (length(trim(tag)) > 0),
  PRIMARY KEY (member_id, tag)
) WITHOUT ROWID;
CREATE INDEX member_tags_tag ON member_tags (tag, member_id);

CREATE TABLE categories (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0)
);

CREATE TABLE products (
  id               INTEGER PRIMARY KEY,
  barcode          TEXT NOT NULL UNIQUE,
  name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
  price_fen        INTEGER NOT NULL CHECK (price_fen >= 0),
  member_price_fen INTEGER CHECK (member_price_fen IS NULL OR member_price_fen >= 0),
  category_id      INTEGER REFERENCES categories (id),
  stock            INTEGER NOT NULL DEFAULT 0,
  points_eligible  INTEGER NOT NULL DEFAULT 1 CHECK (points_eligible IN (0, 1)),
  active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX products_name ON products (name);
CREATE INDEX products_category ON products (category_id);
