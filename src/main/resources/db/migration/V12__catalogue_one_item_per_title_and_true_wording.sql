-- The catalogue keeps one item of each title from each provider (the column collation makes the
-- key ignore capitals). Runs unchanged on MySQL 8.4 and MariaDB 10.6+.
-- Duplicates saved before the key existed keep their data: each later copy gets its id in its
-- title, so an admin can find it (Manage the catalogue) and retire it.
UPDATE catalogue_item c
  JOIN (SELECT later.id
          FROM catalogue_item later
          JOIN catalogue_item earlier
            ON earlier.title = later.title AND earlier.provider = later.provider
           AND earlier.id < later.id
         GROUP BY later.id) copies ON copies.id = c.id
   SET c.title = CONCAT(LEFT(c.title, 170), ' (duplicate ', c.id, ')');

ALTER TABLE catalogue_item
  ADD CONSTRAINT uk_catalogue_item_title_provider UNIQUE (title, provider);

-- The reference items' summaries promised what the portal does not do (training records, events
-- with dates). Each is corrected only while it still has the words of V3, so an admin's edit stays.
UPDATE catalogue_item
   SET summary = REPLACE(summary,
         'Coaches take it on the e-LfH platform and upload their certificate to their training record.',
         'Coaches take it on the e-LfH platform, which gives a certificate on completion.')
 WHERE slug IN ('e-lfh-person-centred-approaches', 'e-lfh-social-prescribing');
UPDATE catalogue_item
   SET summary = REPLACE(summary, '; dates are listed as events.', '; the hub announces the dates.')
 WHERE slug = 'new-to-primary-care-induction';
