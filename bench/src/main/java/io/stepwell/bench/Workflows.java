package io.stepwell.bench;

import java.util.StringJoiner;

/** The definitions the benchmarks run, generated so that their sizes are easy to change. */
final class Workflows {
  private Workflows() {}

  /**
   * A chain of {@code n} states named {@code prefix0..}: each state's fields from {@code fields}
   * (up to and including a trailing comma), then its Next or End.
   */
  private static String chain(
      int n, String prefix, String header, java.util.function.IntFunction<String> fields) {
    StringJoiner states = new StringJoiner(",");
    for (int i = 0; i < n; i++) {
      String next = i + 1 < n ? "\"Next\":\"" + prefix + (i + 1) + "\"" : "\"End\":true";
      states.add("\"" + prefix + i + "\":{" + fields.apply(i) + next + "}");
    }
    return "{" + header + "\"StartAt\":\"" + prefix + "0\",\"States\":{" + states + "}}";
  }

  /** {@code n} Pass states in a chain, each with Parameters and a ResultPath. */
  static String passChain(int n) {
    return chain(
        n,
        "S",
        "",
        i ->
            "\"Type\":\"Pass\",\"Parameters\":{\"step\":"
                + i
                + ",\"value.$\":\"$.value\",\"order.$\":\"$.order.id\"},\"ResultPath\":\"$.last\",");
  }

  /**
   * The same chain in JSONata mode: each state's {@code Output} builds the same object from {@code
   * $states.input} and its {@code Assign} stores the step in a variable.
   */
  static String jsonataChain(int n) {
    return chain(
        n,
        "S",
        "\"QueryLanguage\":\"JSONata\",",
        i ->
            "\"Type\":\"Pass\",\"Output\":{\"value\":\"{% $states.input.value %}\","
                + "\"order\":\"{% $states.input.order %}\",\"last\":{\"step\":"
                + i
                + ",\"orderId\":\"{% $states.input.order.id %}\"}},"
                + "\"Assign\":{\"step\":"
                + i
                + "},");
  }

  /**
   * A JSONata chain whose expressions compute (arithmetic, a string function, a conditional), so
   * that every state runs the JSONata evaluator itself.
   */
  static String jsonataComputedChain(int n) {
    return chain(
        n,
        "S",
        "\"QueryLanguage\":\"JSONata\",",
        i ->
            "\"Type\":\"Pass\",\"Output\":{\"value\":\"{% $states.input.value %}\","
                + "\"order\":\"{% $states.input.order %}\",\"last\":{\"step\":"
                + i
                + ",\"double\":\"{% $states.input.order.id * 2 %}\","
                + "\"label\":\"{% $uppercase('order-' & $string($states.input.order.id)) %}\"}},"
                + "\"Assign\":{\"big\":\"{% $states.input.order.id > 5 ? 'yes' : 'no' %}\"},");
  }

  /**
   * A loop of {@code iterations} rounds: a Choice with several rules (the matching one last), then
   * a Pass that counts with States.MathAdd.
   */
  static String choiceLoop() {
    return """
    {"StartAt":"Check","States":{
      "Check":{"Type":"Choice","Choices":[
        {"Variable":"$.kind","StringEquals":"never","Next":"Done"},
        {"And":[{"Variable":"$.n","IsPresent":true},{"Variable":"$.n","NumericGreaterThanEquals":100}],"Next":"Done"},
        {"Not":{"Variable":"$.kind","StringMatches":"ord*"},"Next":"Done"},
        {"Variable":"$.n","NumericLessThan":100,"Next":"Count"}],
        "Default":"Done"},
      "Count":{"Type":"Pass","Parameters":{"kind.$":"$.kind","n.$":"States.MathAdd($.n, 1)"},"Next":"Check"},
      "Done":{"Type":"Succeed"}}}
    """;
  }

  /** A Map over its input's {@code items}, each item through two Pass states. */
  static String mapOverItems() {
    return """
    {"StartAt":"Each","States":{
      "Each":{"Type":"Map","ItemsPath":"$.items","MaxConcurrency":0,
        "ItemSelector":{"item.$":"$$.Map.Item.Value","index.$":"$$.Map.Item.Index"},
        "ItemProcessor":{"StartAt":"Price","States":{
          "Price":{"Type":"Pass","Parameters":{"sku.$":"$.item.sku","qty.$":"$.item.qty"},"Next":"Tag"},
          "Tag":{"Type":"Pass","Result":"ok","ResultPath":"$.tag","End":true}}},
        "End":true}}}
    """;
  }

  /** The input of {@link #mapOverItems()}: {@code n} items. */
  static String mapInput(int n) {
    StringJoiner items = new StringJoiner(",");
    for (int i = 0; i < n; i++) {
      items.add("{\"sku\":\"SKU-" + i + "\",\"qty\":" + (i % 7 + 1) + "}");
    }
    return "{\"items\":[" + items + "]}";
  }

  /**
   * {@code n} Task states in a chain on a Lambda ARN, each with Parameters and a ResultPath; the
   * load driver answers them in process.
   */
  static String taskChain(int n) {
    return chain(
        n,
        "T",
        "",
        i ->
            "\"Type\":\"Task\",\"Resource\":\""
                + LAMBDA
                + "\",\"Parameters\":{\"step\":"
                + i
                + ",\"order.$\":\"$.order.id\"},\"ResultPath\":\"$.last\",");
  }

  /** The resource of {@link #taskChain}'s states. */
  static final String LAMBDA = "arn:aws:lambda:us-east-1:111111111111:function:echo";

  /** A Wait of {@code seconds}, then Succeed: an execution that parks. */
  static String waitThenSucceed(long seconds) {
    return "{\"StartAt\":\"Park\",\"States\":{\"Park\":{\"Type\":\"Wait\",\"Seconds\":"
        + seconds
        + ",\"Next\":\"Done\"},\"Done\":{\"Type\":\"Succeed\"}}}";
  }
}
