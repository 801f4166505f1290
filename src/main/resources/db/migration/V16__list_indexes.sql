-- Lists that page in the database (issue 15): each list reads the ids of one page from an index that
-- holds its order and its filters (a covering index), then loads those rows by id (a deferred
-- join), so a deep page skips index entries, not whole rows. Runs on MySQL 8.4 and MariaDB 10.6+.

-- /admin/people/: everyone by name then id (the id named, so that the index holds the whole order),
-- filtered by role and status.
CREATE INDEX ix_account_listing ON account (display_name, id, role, status, pcn_id);

-- /pcn/: one PCN's active coaches by name (InnoDB adds the id to each entry of an index).
CREATE INDEX ix_account_pcn_listing ON account (pcn_id, role, status, display_name);

-- The public catalogue's default order among listed items (the title/provider key orders every
-- item, retired ones too).
CREATE INDEX ix_catalogue_item_title ON catalogue_item (retired_at, title);
