-- Documents of the local services (tables, the SMS outbox...): a version per key for compare-and-set.
-- BINARY collation: keys compare as UTF-8 bytes, i.e. by code point.
CREATE TABLE key_values (
  space    TEXT    NOT NULL,
  k        TEXT    NOT NULL,
  v        TEXT    NOT NULL,
  version  INTEGER NOT NULL,
  PRIMARY KEY (space, k)
) STRICT;
