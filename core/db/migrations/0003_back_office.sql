-- Data version 3: what the back office needs to list and filter a big store quickly.
-- Each member's last purchase is kept with every sale (in the sale's transaction), so
-- "sleeping for 60 days" is one index range instead of a look into a million members' sales;
-- the list's other filters get indexes of their own. Products get a reorder level for the
-- low-stock view (NULL: the store's default level), and a stock correction keeps its note.

ALTER TABLE members ADD COLUMN last_sale_at TEXT; -- UTC; the last sale, refunds aside
UPDATE members SET last_sale_at =
  (SELECT max(s.created_at) FROM sales s WHERE s.member_id = members.id AND s.kind = 'sale');

-- A member who never bought counts as last seen when they joined.
CREATE INDEX members_last_seen ON members (coalesce(last_sale_at, joined_at));
CREATE INDEX members_tier ON members (tier);
CREATE INDEX members_birth_month ON members (substr(birthday, 6, 2));

ALTER TABLE products ADD COLUMN reorder_level INTEGER
  CHECK (reorder_level IS NULL OR reorder_level >= 0);

ALTER TABLE stock_moves ADD COLUMN note TEXT NOT NULL DEFAULT '';
