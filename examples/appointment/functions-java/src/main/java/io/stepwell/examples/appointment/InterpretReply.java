package io.stepwell.examples.appointment;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Locale;
import java.util.Map;

/** Reads the recipient's reply: YES confirms, NO declines, anything else is unclear. */
public final class InterpretReply
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    String body = "";
    if (event.get("reply") instanceof Map<?, ?> reply && reply.get("body") instanceof String b) {
      body = b.strip().toUpperCase(Locale.ROOT);
    }
    String decision =
        body.matches("(Y|YES)\\b.*")
            ? "CONFIRMED"
            : body.matches("(N|NO)\\b.*") ? "DECLINED" : "UNCLEAR";
    context.getLogger().log("reply '" + body + "' means " + decision);
    return Map.of("decision", decision);
  }
}
