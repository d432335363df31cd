package io.stepwell.functions.process;

import java.util.Set;

/** The runtime families a {@link ProcessRuntime} serves, by Lambda's runtime identifiers. */
@SuppressWarnings("ImmutableEnumChecker") // the sets are Set.of, unmodifiable
enum Language {
  NODE(Set.of("nodejs18.x", "nodejs20.x", "nodejs22.x"), true),
  PYTHON(Set.of("python3.9", "python3.10", "python3.11", "python3.12", "python3.13"), true),
  PROVIDED(Set.of("provided.al2", "provided.al2023"), false),
  JAVA(Set.of("java21"), false);

  private final Set<String> runtimeNames;
  private final boolean markers;

  Language(Set<String> runtimeNames, boolean markers) {
    this.runtimeNames = runtimeNames;
    this.markers = markers;
  }

  Set<String> runtimeNames() {
    return runtimeNames;
  }

  /** Whether Stepwell's own bootstrap runs it, marking where each invocation's output is. */
  boolean markers() {
    return markers;
  }

  static Language of(String runtimeName) {
    for (Language language : values()) {
      if (language.runtimeNames.contains(runtimeName)) {
        return language;
      }
    }
    throw new IllegalArgumentException("No process runtime serves " + runtimeName);
  }
}
