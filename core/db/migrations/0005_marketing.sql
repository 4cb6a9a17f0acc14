-- Data version 5: what turns members into returning customers — coupons (templates and the
-- coupons issued from them), referrals and their rewards, and products given for points.

-- A coupon template is a small JSON document (kind, amount or percent, minimum spend,
-- categories, validity …) checked by the core; the columns beside it are what queries need.
CREATE TABLE coupon_templates (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  document   TEXT NOT NULL,
  auto_issue TEXT NOT NULL DEFAULT '' CHECK (auto_issue IN ('', 'welcome', 'birthday', 'referral')),
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX coupon_templates_auto ON coupon_templates (auto_issue, active);

-- One coupon, with the code printed or sent to the member. Validity is a range of the store's
-- days, both ends included.
CREATE TABLE coupons (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  template_id INTEGER NOT NULL REFERENCES coupon_templates (id),
  member_id   INTEGER REFERENCES members (id),  -- NULL: anyone may use it (a print-out)
  source      TEXT NOT NULL CHECK (source IN ('manual', 'welcome', 'birthday', 'referral')),
  issued_at   TEXT NOT NULL,
  valid_from  TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  status      TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'used', 'void')),
  sale_id     INTEGER REFERENCES sales (id),    -- the sale that used it
  used_at     TEXT
);
CREATE INDEX coupons_member ON coupons (member_id, status);
CREATE INDEX coupons_template ON coupons (template_id, status);
CREATE INDEX coupons_sale ON coupons (sale_id);

-- A coupon discount names its coupon.
ALTER TABLE sale_discounts ADD COLUMN code TEXT;

-- Who brought a member in; the reward goes to them once, on the new member's first sale.
ALTER TABLE members ADD COLUMN referred_by INTEGER REFERENCES members (id);
CREATE INDEX members_referred_by ON members (referred_by);
CREATE TABLE referral_rewards (
  id          INTEGER PRIMARY KEY,
  referrer_id INTEGER NOT NULL REFERENCES members (id),
  referred_id INTEGER NOT NULL UNIQUE REFERENCES members (id),
  sale_id     INTEGER NOT NULL REFERENCES sales (id),
  at          TEXT NOT NULL,
  points      INTEGER NOT NULL DEFAULT 0,
  points_entry_id INTEGER REFERENCES points_ledger (id),
  coupon_id   INTEGER REFERENCES coupons (id)
);
CREATE INDEX referral_rewards_referrer ON referral_rewards (referrer_id);

-- Products a member may take for points (积分兑换), and for how many.
ALTER TABLE products ADD COLUMN gift_points INTEGER CHECK (gift_points IS NULL OR gift_points > 0);
