package io.stepwell.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Prometheus' text format 0.0.4 the way its parser does, so a test fails on a line a scraper
 * would reject: comment lines are {@code # HELP name text} or {@code # TYPE name type}; sample
 * lines are {@code name{label="value",...} value}; a family's samples follow its TYPE line.
 */
final class ExpositionFormat {
  private static final String NAME = "[a-zA-Z_:][a-zA-Z0-9_:]*";
  private static final String LABEL = "[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";
  private static final Pattern HELP = Pattern.compile("# HELP (" + NAME + ") .*");
  private static final Pattern TYPE =
      Pattern.compile("# TYPE (" + NAME + ") (counter|gauge|histogram|summary|untyped)");
  private static final Pattern SAMPLE =
      Pattern.compile(
          "("
              + NAME
              + ")(\\{(?:"
              + LABEL
              + "(?:,"
              + LABEL
              + ")*)?\\})? ([-+]?(?:[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|Inf|NaN))");

  private ExpositionFormat() {}

  /** Every sample, by its name and labels as written, e.g. {@code x_bucket{le="0.1"}}. */
  static Map<String, Double> parse(String text) {
    assertThat(text).endsWith("\n");
    Map<String, Double> samples = new LinkedHashMap<>();
    Map<String, String> types = new LinkedHashMap<>();
    String family = null;
    for (String line : text.split("\n")) {
      Matcher help = HELP.matcher(line);
      Matcher type = TYPE.matcher(line);
      Matcher sample = SAMPLE.matcher(line);
      if (help.matches()) {
        family = help.group(1);
      } else if (type.matches()) {
        assertThat(type.group(1)).as("TYPE after its HELP").isEqualTo(family);
        assertThat(types).as("one TYPE per family").doesNotContainKey(type.group(1));
        types.put(type.group(1), type.group(2));
      } else if (sample.matches()) {
        String name = sample.group(1);
        String base = name.replaceAll("_(bucket|sum|count)$", "");
        assertThat(family).as("sample %s belongs to the family above it", line).isIn(name, base);
        String key = name + (sample.group(2) == null ? "" : sample.group(2));
        assertThat(samples).as("duplicate sample " + key).doesNotContainKey(key);
        samples.put(key, Double.parseDouble(sample.group(3).replace("Inf", "Infinity")));
      } else {
        throw new AssertionError("not a line of the text format: '" + line + "'");
      }
    }
    return samples;
  }
}
