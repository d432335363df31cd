package io.stepwell.services.sns;

import java.util.List;

/**
 * SNS's Query protocol answers, laid out as SNS lays them out (two-space indents, a final newline).
 */
final class SnsXml {
  static final String NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";

  private SnsXml() {}

  /**
   * {@code <ActionResponse>} with a {@code <ActionResult>} holding {@code result} (may be empty).
   */
  static String response(String action, String result, String requestId) {
    StringBuilder b = new StringBuilder();
    b.append('<').append(action).append("Response xmlns=\"").append(NAMESPACE).append("\">\n");
    if (result != null) {
      b.append("  <").append(action).append("Result>\n");
      b.append(result);
      b.append("  </").append(action).append("Result>\n");
    }
    b.append("  <ResponseMetadata>\n");
    b.append("    <RequestId>").append(requestId).append("</RequestId>\n");
    b.append("  </ResponseMetadata>\n");
    b.append("</").append(action).append("Response>\n");
    return b.toString();
  }

  /** One element inside a result. */
  static String element(String name, String value) {
    return "    <" + name + ">" + escape(value) + "</" + name + ">\n";
  }

  /** {@code <Topics><member><TopicArn>...} */
  static String topics(List<String> arns) {
    StringBuilder b = new StringBuilder("    <Topics>\n");
    for (String arn : arns) {
      b.append("      <member>\n        <TopicArn>").append(escape(arn)).append("</TopicArn>\n");
      b.append("      </member>\n");
    }
    return b.append("    </Topics>\n").toString();
  }

  /** SNS's error document. */
  static String error(String type, String code, String message, String requestId) {
    return "<ErrorResponse xmlns=\""
        + NAMESPACE
        + "\">\n  <Error>\n    <Type>"
        + type
        + "</Type>\n    <Code>"
        + escape(code)
        + "</Code>\n    <Message>"
        + escape(message)
        + "</Message>\n  </Error>\n  <RequestId>"
        + requestId
        + "</RequestId>\n</ErrorResponse>\n";
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
