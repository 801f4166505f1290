-- The admins' catalogue table (/admin/catalogue/) opens sorted by title then id, over every item,
-- retired ones too. No index held that order (the unique key is title then provider, the listing
-- keys start with retired_at), so each page sorted every item's title first; this one lets the page's
-- ids be the first entries of the index, read in order (docs/performance.md, "Where a page's CPU
-- goes"). Runs on MySQL 8.4 and MariaDB.
CREATE INDEX ix_catalogue_item_admin_title ON catalogue_item (title, id);
