package io.stepwell.store.jdbc;

import static io.stepwell.store.jdbc.Statements.first;
import static io.stepwell.store.jdbc.Statements.list;
import static io.stepwell.store.jdbc.Statements.update;

import io.stepwell.engine.store.KeyValueEntry;
import io.stepwell.engine.store.KeyValueStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link KeyValueStore} in the store's database (table {@code key_values}). */
final class JdbcKeyValueStore implements KeyValueStore {
  private final Database db;

  JdbcKeyValueStore(Database db) {
    this.db = db;
  }

  private static KeyValueEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new KeyValueEntry(rs.getString(1), rs.getString(2), rs.getLong(3));
  }

  @Override
  public Optional<KeyValueEntry> get(String space, String key) {
    return db.read(
        "read " + space + "/" + key,
        c ->
            first(
                c,
                "SELECT k, v, version FROM key_values WHERE space = ? AND k = ?",
                JdbcKeyValueStore::entry,
                space,
                key));
  }

  @Override
  public long put(String space, String key, String value, long expectedVersion) {
    return db.write(
        "write " + space + "/" + key,
        c -> {
          if (expectedVersion == ANY) {
            return first(
                    c,
                    "INSERT INTO key_values (space, k, v, version) VALUES (?,?,?,1)"
                        + " ON CONFLICT (space, k) DO UPDATE SET v = excluded.v,"
                        + " version = key_values.version + 1 RETURNING version",
                    rs -> rs.getLong(1),
                    space,
                    key,
                    value)
                .orElseThrow();
          }
          if (expectedVersion == ABSENT) {
            int n =
                update(
                    c,
                    "INSERT INTO key_values (space, k, v, version) VALUES (?,?,?,1)"
                        + " ON CONFLICT (space, k) DO NOTHING",
                    space,
                    key,
                    value);
            return n == 1 ? 1L : -1L;
          }
          int n =
              update(
                  c,
                  "UPDATE key_values SET v = ?, version = version + 1"
                      + " WHERE space = ? AND k = ? AND version = ?",
                  value,
                  space,
                  key,
                  expectedVersion);
          return n == 1 ? expectedVersion + 1 : -1L;
        });
  }

  @Override
  public boolean delete(String space, String key, long expectedVersion) {
    return db.write(
        "delete " + space + "/" + key,
        c ->
            expectedVersion == ANY
                ? update(c, "DELETE FROM key_values WHERE space = ? AND k = ?", space, key) == 1
                : update(
                        c,
                        "DELETE FROM key_values WHERE space = ? AND k = ? AND version = ?",
                        space,
                        key,
                        expectedVersion)
                    == 1);
  }

  @Override
  public List<KeyValueEntry> scan(String space, String prefix, String afterKey, int max) {
    // Keys with the prefix are contiguous in key order from the prefix on: read from there and stop
    // at the first that does not match (no LIKE, so '%' and '_' in keys need no escaping).
    boolean after = afterKey != null && afterKey.compareTo(prefix) >= 0;
    List<KeyValueEntry> rows =
        db.read(
            "scan " + space,
            c ->
                list(
                    c,
                    "SELECT k, v, version FROM key_values WHERE space = ? AND k "
                        + (after ? ">" : ">=")
                        + " ? ORDER BY k LIMIT ?",
                    JdbcKeyValueStore::entry,
                    space,
                    after ? afterKey : prefix,
                    max));
    List<KeyValueEntry> out = new ArrayList<>(rows.size());
    for (KeyValueEntry e : rows) {
      if (!e.key().startsWith(prefix)) {
        break;
      }
      out.add(e);
    }
    return out;
  }

  @Override
  public int deleteSpace(String space) {
    return db.write(
        "delete space " + space, c -> update(c, "DELETE FROM key_values WHERE space = ?", space));
  }
}
