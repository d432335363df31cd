package io.stepwell.serverless.variables;

import java.util.List;

/**
 * One {@code ${source, fallback, ...}}: the sources are tried in order until one has a value.
 *
 * @param sources the sources in order
 * @param text the variable as written, e.g. {@code ${env:NAME, 'x'}}
 * @param start where the variable starts in the string value
 */
record Variable(List<Source> sources, String text, int start) implements Source {
  Variable {
    sources = List.copyOf(sources);
  }
}
