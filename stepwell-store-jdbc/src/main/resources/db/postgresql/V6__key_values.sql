-- Documents of the local services (tables, the SMS outbox...): a version per key for compare-and-set.
-- COLLATE "C": keys compare as UTF-8 bytes, i.e. by code point, whatever the database's locale.
CREATE TABLE key_values (
  space    TEXT   NOT NULL,
  k        TEXT   COLLATE "C" NOT NULL,
  v        TEXT   NOT NULL,
  version  BIGINT NOT NULL,
  PRIMARY KEY (space, k)
);
