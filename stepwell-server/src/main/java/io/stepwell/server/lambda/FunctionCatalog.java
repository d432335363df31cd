package io.stepwell.server.lambda;

import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import io.stepwell.functions.InvalidFunctionException;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The functions the Lambda API shows: the host's functions, each with the {@link FunctionRecord}
 * this API keeps for it. Functions registered on the host directly (by the CLI, by tests) appear
 * too, with what can be derived from their configuration.
 */
final class FunctionCatalog {
  /** A function as the API reports it. */
  record Entry(FunctionConfig config, FunctionRecord record) {}

  private final FunctionHost host;
  private final CodeStore codes;
  private final InstantSource clock;
  private final ConcurrentMap<String, FunctionRecord> records = new ConcurrentHashMap<>();

  /** Changes are rare; one lock keeps create, update and delete of a name from interleaving. */
  private final ReentrantLock writes = new ReentrantLock();

  /** Where the API's functions are kept across restarts, or {@code null} to keep them in memory. */
  private final DurableFunctions durable;

  FunctionCatalog(FunctionHost host, CodeStore codes, InstantSource clock) {
    this(host, codes, clock, null);
  }

  FunctionCatalog(
      FunctionHost host, CodeStore codes, InstantSource clock, DurableFunctions durable) {
    this.host = host;
    this.codes = codes;
    this.clock = clock;
    this.durable = durable;
  }

  /**
   * Registers again the functions kept from before (a restart), whose code is still there.
   *
   * @return one line per function that could not be registered
   */
  List<String> restore() {
    List<String> problems = new ArrayList<>();
    if (durable == null) {
      return problems;
    }
    for (DurableFunctions.Saved saved : durable.all()) {
      String name = saved.config().name();
      if (host.config(name).isPresent()) {
        continue;
      }
      try {
        host.register(saved.config());
        records.put(name, saved.record());
      } catch (RuntimeException e) {
        problems.add(name + ": " + e.getMessage());
      }
    }
    return problems;
  }

  private void keep(Entry entry) {
    if (durable != null) {
      durable.save(entry.config(), entry.record());
    }
  }

  Optional<Entry> find(String name) {
    return host.config(name).map(config -> new Entry(config, recordOf(config)));
  }

  /** Every function, by name. */
  List<Entry> all() {
    List<Entry> all = new ArrayList<>();
    for (FunctionConfig config : host.configs()) {
      all.add(new Entry(config, recordOf(config)));
    }
    return all;
  }

  /**
   * Registers a new function; on failure the unpacked code is deleted.
   *
   * @throws LambdaException {@code ResourceConflictException} when the name is taken, {@code
   *     InvalidParameterValueException} when the runtime cannot load it
   */
  Entry create(FunctionConfig config, String role, String description, FunctionCode code) {
    writes.lock();
    try {
      if (host.config(config.name()).isPresent()) {
        codes.discard(code);
        throw LambdaException.conflict("Function already exist: " + config.name());
      }
      try {
        host.register(config);
      } catch (InvalidFunctionException e) {
        codes.discard(code);
        throw LambdaException.invalidParameter(e.getMessage());
      } catch (IllegalStateException e) {
        codes.discard(code);
        throw LambdaException.conflict("Function already exist: " + config.name());
      }
      FunctionRecord record = new FunctionRecord(role, description, clock.instant(), code, rev());
      records.put(config.name(), record);
      Entry entry = new Entry(config, record);
      keep(entry);
      return entry;
    } finally {
      writes.unlock();
    }
  }

  /**
   * Replaces a function's configuration (and code, when {@code code} is not {@code null}); a
   * configuration the runtime cannot load leaves the function as it was.
   */
  Entry update(
      Entry current, FunctionConfig config, String role, String description, FunctionCode code) {
    writes.lock();
    try {
      try {
        host.replace(config);
      } catch (InvalidFunctionException e) {
        if (code != null) {
          codes.discard(code);
        }
        throw LambdaException.invalidParameter(e.getMessage());
      } catch (IllegalStateException e) {
        throw LambdaException.notFound(arnOf(config.name()));
      }
      FunctionCode newCode = code != null ? code : current.record().code();
      FunctionRecord record =
          new FunctionRecord(role, description, clock.instant(), newCode, rev());
      records.put(config.name(), record);
      if (code != null && !code.path().equals(current.record().code().path())) {
        codes.discard(current.record().code());
      }
      Entry entry = new Entry(config, record);
      keep(entry);
      return entry;
    } finally {
      writes.unlock();
    }
  }

  /** Deploys a hot-reload function's code again; the caller saw it change. */
  void reload(String name) {
    writes.lock();
    try {
      Optional<Entry> entry = find(name);
      if (entry.isEmpty() || !entry.get().record().code().hotReload()) {
        return;
      }
      FunctionRecord old = entry.get().record();
      host.replace(entry.get().config());
      FunctionCode code = CodeDigest.describe(old.code().path(), FunctionCode.Kind.HOT_RELOAD);
      records.put(
          name, new FunctionRecord(old.role(), old.description(), clock.instant(), code, rev()));
    } finally {
      writes.unlock();
    }
  }

  /** Removes a function; running invocations finish. */
  boolean delete(String name) {
    writes.lock();
    try {
      Optional<Entry> entry = find(name);
      if (entry.isEmpty() || !host.unregister(name)) {
        return false;
      }
      records.remove(name);
      if (durable != null) {
        durable.forget(name);
      }
      codes.discard(entry.get().record().code());
      return true;
    } finally {
      writes.unlock();
    }
  }

  /** The functions whose code is a hot-reload path, with it. */
  List<Entry> hotReloaded() {
    return all().stream().filter(e -> e.record().code().hotReload()).toList();
  }

  String arnOf(String name) {
    return host.functionArn(name);
  }

  private FunctionRecord recordOf(FunctionConfig config) {
    FunctionRecord known = records.get(config.name());
    if (known != null && known.code().path().equals(config.code())) {
      return known;
    }
    // Registered on the host directly (or replaced there): describe its code once, remember it.
    FunctionRecord described =
        new FunctionRecord(
            null,
            "",
            clock.instant(),
            CodeDigest.describe(config.code(), FunctionCode.Kind.REGISTERED),
            rev());
    records.put(config.name(), described);
    return described;
  }

  private static String rev() {
    return UUID.randomUUID().toString();
  }
}
