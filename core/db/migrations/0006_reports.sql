-- Data version 6: what the manager's reports need — the cashiers' shifts (交班) with their
-- opening float and counted cash, and the sales summed per store day, so that a year's report
-- reads a few thousand rows instead of millions.

-- A shift covers what its cashier rang up while it was open. Which sales those are is decided
-- by the order in which they were committed, not by the clock: the shift keeps the last sale
-- (and the last stored-value entry) committed before it opened and before it closed, and holds
-- the sales of its cashier between the two. Two events can share a timestamp; they never share
-- a place in that order, so no sale falls into two shifts or between them.
CREATE TABLE shifts (
  id                INTEGER PRIMARY KEY,
  cashier           TEXT NOT NULL CHECK (length(trim(cashier)) > 0),
  business_day      TEXT NOT NULL,              -- the store's local day it opened
  opened_at         TEXT NOT NULL,
  opening_float_fen INTEGER NOT NULL CHECK (opening_float_fen >= 0),
  after_sale_id     INTEGER NOT NULL,           -- the last sale committed before it opened
  after_entry_id    INTEGER NOT NULL,           -- the last stored-value entry before it opened
  closed_at         TEXT,
  through_sale_id   INTEGER,                    -- the last sale committed before it closed
  through_entry_id  INTEGER,
  counted_cash_fen  INTEGER CHECK (counted_cash_fen IS NULL OR counted_cash_fen >= 0),
  note              TEXT NOT NULL DEFAULT '',
  CHECK ((closed_at IS NULL) = (counted_cash_fen IS NULL)),
  CHECK ((closed_at IS NULL) = (through_sale_id IS NULL)),
  CHECK ((closed_at IS NULL) = (through_entry_id IS NULL))
);
-- A cashier has one open shift at a time.
CREATE UNIQUE INDEX shifts_open ON shifts (cashier) WHERE closed_at IS NULL;
CREATE INDEX shifts_day ON shifts (business_day);

-- Daily summaries of the sales tables. Sales, refunds and their lines, payments and discounts
-- are never changed once committed, so the summaries are folded forward from the last sale
-- they hold (report_state) before a report reads them. Only the fold writes them — and the demo
-- generator, which sums the history it makes as it makes it. Refunds are
-- rows of their own (kind 'refund') with their negative money, as in sales.
CREATE TABLE report_state (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  folded_sale_id INTEGER NOT NULL               -- every sale up to this id is in the summaries
);
INSERT INTO report_state (id, folded_sale_id) VALUES (1, 0);

CREATE TABLE report_sales (
  business_day     TEXT NOT NULL,
  hour             INTEGER NOT NULL,            -- the store's local hour, 0 to 23
  cashier          TEXT NOT NULL,
  tier             INTEGER NOT NULL,            -- the tier that priced it; -1 for walk-ins
  kind             TEXT NOT NULL,
  receipts         INTEGER NOT NULL,
  gross_fen        INTEGER NOT NULL,
  discount_fen     INTEGER NOT NULL,
  points_value_fen INTEGER NOT NULL,
  total_fen        INTEGER NOT NULL,
  points_earned    INTEGER NOT NULL,
  points_redeemed  INTEGER NOT NULL,
  PRIMARY KEY (business_day, hour, cashier, tier, kind)
) WITHOUT ROWID;

CREATE TABLE report_payments (
  business_day TEXT NOT NULL,
  cashier      TEXT NOT NULL,
  kind         TEXT NOT NULL,
  method       TEXT NOT NULL,
  payments     INTEGER NOT NULL,
  amount_fen   INTEGER NOT NULL,
  PRIMARY KEY (business_day, cashier, kind, method)
) WITHOUT ROWID;

CREATE TABLE report_products (
  business_day TEXT NOT NULL,
  product_id   INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  lines        INTEGER NOT NULL,
  qty          INTEGER NOT NULL,
  gross_fen    INTEGER NOT NULL,
  discount_fen INTEGER NOT NULL,
  amount_fen   INTEGER NOT NULL,
  PRIMARY KEY (business_day, product_id, kind)
) WITHOUT ROWID;

-- Discounts by kind and name (a promotion, a tier, a coupon template): how often they were
-- given, what they took off, and the receipts that carried them with what those came to.
CREATE TABLE report_discounts (
  business_day TEXT NOT NULL,
  kind         TEXT NOT NULL,
  name         TEXT NOT NULL,
  uses         INTEGER NOT NULL,
  amount_fen   INTEGER NOT NULL,
  receipts     INTEGER NOT NULL,
  total_fen    INTEGER NOT NULL,
  PRIMARY KEY (business_day, kind, name)
) WITHOUT ROWID;

-- Refunds are few, and their links to what they refund are the only ones ever looked up: the
-- indexes on those links need no entry for every sale and every line.
DROP INDEX sales_original;
CREATE INDEX sales_original ON sales (original_sale_id) WHERE original_sale_id IS NOT NULL;
DROP INDEX sale_lines_original;
CREATE INDEX sale_lines_original ON sale_lines (original_line_id)
  WHERE original_line_id IS NOT NULL;

-- Campaign reports count coupons issued and used in a period, and members' tier movements.
CREATE INDEX coupons_issued ON coupons (issued_at);
CREATE INDEX coupons_used ON coupons (used_at) WHERE used_at IS NOT NULL;
CREATE INDEX tier_changes_at ON tier_changes (at);
