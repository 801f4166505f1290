-- Search that scales (issue 15): full-text indexes for the catalogue's and the people lists' search
-- words, read with MATCH ... AGAINST in boolean mode. Runs unchanged on MySQL 8.4 and MariaDB 10.6+
-- (InnoDB FULLTEXT, built-in parser; words of fewer than innodb_ft_min_token_size = 3 characters
-- and InnoDB's stopwords are not indexed: the application searches those with LIKE instead).
ALTER TABLE catalogue_item ADD FULLTEXT INDEX ft_catalogue_item_text (title, summary, provider);

ALTER TABLE account ADD FULLTEXT INDEX ft_account_name_email (display_name, email);
