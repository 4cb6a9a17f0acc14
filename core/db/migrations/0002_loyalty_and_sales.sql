-- Data version 2: the loyalty rules, the points and stored-value ledgers, tiers, sales with
-- their lines, discounts and payments, refunds, stock moves, print jobs and held orders.
-- Ledgers are append-only; the balance columns on members are caches kept in the same
-- transaction as the ledger rows and checked by `storedeskctl check`.

CREATE TABLE rules (
  version    INTEGER PRIMARY KEY,
  document   TEXT NOT NULL,
  created_at TEXT NOT NULL
);

ALTER TABLE members ADD COLUMN tier INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN tier_since TEXT;
ALTER TABLE members ADD COLUMN points_balance INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN stored_paid_fen INTEGER NOT NULL DEFAULT 0 CHECK (stored_paid_fen >= 0);
ALTER TABLE members ADD COLUMN stored_bonus_fen INTEGER NOT NULL DEFAULT 0 CHECK (stored_bonus_fen >= 0);

CREATE TABLE tier_changes (
  id        INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id),
  at        TEXT NOT NULL,
  from_tier INTEGER NOT NULL,
  to_tier   INTEGER NOT NULL,
  reason    TEXT NOT NULL,
  sale_id   INTEGER REFERENCES sales (id)
);
CREATE INDEX tier_changes_member ON tier_changes (member_id, at);

CREATE TABLE sales (
  id               INTEGER PRIMARY KEY,
  kind             TEXT NOT NULL CHECK (kind IN ('sale', 'refund')),
  receipt_no       TEXT NOT NULL UNIQUE,
  business_day     TEXT NOT NULL,           -- the store's local day, YYYY-MM-DD
  day_seq          INTEGER NOT NULL,
  request_id       TEXT UNIQUE,
  request_hash     TEXT,
  original_sale_id INTEGER REFERENCES sales (id),
  member_id        INTEGER REFERENCES members (id),
  tier             INTEGER,                 -- the member's tier that priced it
  rules_version    INTEGER NOT NULL REFERENCES rules (version),
  created_at       TEXT NOT NULL,
  cashier          TEXT NOT NULL DEFAULT '',
  subtotal_fen     INTEGER NOT NULL,
  discount_fen     INTEGER NOT NULL,
  points_redeemed  INTEGER NOT NULL DEFAULT 0,
  points_value_fen INTEGER NOT NULL DEFAULT 0,
  total_fen        INTEGER NOT NULL,        -- what was due (negative for a refund)
  change_fen       INTEGER NOT NULL DEFAULT 0,
  points_earned    INTEGER NOT NULL DEFAULT 0,
  qualifying_fen   INTEGER NOT NULL DEFAULT 0, -- counts towards tiers (negative for a refund)
  UNIQUE (business_day, day_seq)
);
CREATE INDEX sales_member ON sales (member_id, created_at);
CREATE INDEX sales_created ON sales (created_at);
CREATE INDEX sales_original ON sales (original_sale_id);

CREATE TABLE sale_lines (
  id               INTEGER PRIMARY KEY,
  sale_id          INTEGER NOT NULL REFERENCES sales (id),
  line_no          INTEGER NOT NULL,
  product_id       INTEGER NOT NULL REFERENCES products (id),
  barcode          TEXT NOT NULL,
  name             TEXT NOT NULL,
  qty              INTEGER NOT NULL,        -- negative on a refund
  list_price_fen   INTEGER NOT NULL,
  unit_price_fen   INTEGER NOT NULL,
  discount_fen     INTEGER NOT NULL,
  amount_fen       INTEGER NOT NULL,
  points_eligible  INTEGER NOT NULL,
  original_line_id INTEGER REFERENCES sale_lines (id),
  UNIQUE (sale_id, line_no)
);
CREATE INDEX sale_lines_product ON sale_lines (product_id);
CREATE INDEX sale_lines_original ON sale_lines (original_line_id);

CREATE TABLE sale_discounts (
  id         INTEGER PRIMARY KEY,
  sale_id    INTEGER NOT NULL REFERENCES sales (id),
  kind       TEXT NOT NULL,
  name       TEXT NOT NULL,
  amount_fen INTEGER NOT NULL
);
CREATE INDEX sale_discounts_sale ON sale_discounts (sale_id);

CREATE TABLE sale_payments (
  id           INTEGER PRIMARY KEY,
  sale_id      INTEGER NOT NULL REFERENCES sales (id),
  method       TEXT NOT NULL CHECK (method IN ('cash', 'card', 'wechat', 'alipay', 'stored_value')),
  amount_fen   INTEGER NOT NULL,
  tendered_fen INTEGER NOT NULL
);
CREATE INDEX sale_payments_sale ON sale_payments (sale_id);

-- Points: every entry is a signed amount. Positive entries are lots that can expire; negative
-- entries are paid from lots, oldest first, through points_allocations. A negative entry that
-- found no lot (a clawback larger than the balance) is debt, paid by the next lots.
CREATE TABLE points_ledger (
  id         INTEGER PRIMARY KEY,
  member_id  INTEGER NOT NULL REFERENCES members (id),
  at         TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('earn', 'redeem', 'expire', 'adjust', 'clawback', 'restore', 'opening')),
  points     INTEGER NOT NULL CHECK (points <> 0),
  expires_at TEXT,                           -- on positive entries
  sale_id    INTEGER REFERENCES sales (id),
  reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX points_ledger_member ON points_ledger (member_id, id);
CREATE INDEX points_ledger_expiry ON points_ledger (expires_at) WHERE points > 0;

CREATE TABLE points_allocations (
  debit_id  INTEGER NOT NULL REFERENCES points_ledger (id),
  credit_id INTEGER NOT NULL REFERENCES points_ledger (id),
  points    INTEGER NOT NULL CHECK (points > 0),
  PRIMARY KEY (debit_id, credit_id)
) WITHOUT ROWID;
CREATE INDEX points_allocations_credit ON points_allocations (credit_id);

-- Stored value: paid-in money and bonus money kept apart in every entry.
CREATE TABLE stored_value_ledger (
  id        INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id),
  at        TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('topup', 'pay', 'refund', 'adjust', 'withdraw', 'opening')),
  paid_fen  INTEGER NOT NULL,
  bonus_fen INTEGER NOT NULL,
  method    TEXT,                            -- how a top-up was paid
  sale_id   INTEGER REFERENCES sales (id),
  reason    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX stored_value_ledger_member ON stored_value_ledger (member_id, id);
CREATE INDEX stored_value_ledger_at ON stored_value_ledger (at);

CREATE TABLE stock_moves (
  id         INTEGER PRIMARY KEY,
  product_id INTEGER NOT NULL REFERENCES products (id),
  at         TEXT NOT NULL,
  qty        INTEGER NOT NULL,
  reason     TEXT NOT NULL CHECK (reason IN ('sale', 'refund', 'adjust', 'opening')),
  sale_id    INTEGER REFERENCES sales (id)
);
CREATE INDEX stock_moves_product ON stock_moves (product_id, at);

CREATE TABLE print_jobs (
  id         INTEGER PRIMARY KEY,
  sale_id    INTEGER REFERENCES sales (id),
  kind       TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
  attempts   INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  done_at    TEXT,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX print_jobs_pending ON print_jobs (status, id);

CREATE TABLE held_orders (
  id         INTEGER PRIMARY KEY,
  label      TEXT NOT NULL DEFAULT '',
  member_id  INTEGER REFERENCES members (id),
  request    TEXT NOT NULL,                  -- the sale request as JSON
  created_at TEXT NOT NULL
);
