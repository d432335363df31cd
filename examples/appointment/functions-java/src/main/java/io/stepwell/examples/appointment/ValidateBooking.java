package io.stepwell.examples.appointment;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a booking request and writes the SMS the recipient will get (as validate.js does). */
public final class ValidateBooking
    implements RequestHandler<Map<String, Object>, Map<String, Object>> {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");

  @Override
  public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
    Object bookingId = event.get("bookingId");
    Object name = event.get("name");
    Object phone = event.get("phone");
    Object slot = event.get("slot");
    context.getLogger().log("validating booking " + bookingId + " for " + phone);
    if (bookingId == null || name == null || slot == null) {
      throw new InvalidBooking("a booking needs bookingId, name and slot");
    }
    if (!(phone instanceof String p) || !E164.matcher(p).matches()) {
      throw new InvalidBooking("phone must be in E.164 form (+15551234567), not '" + phone + "'");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("bookingId", bookingId);
    out.put("name", name);
    out.put("phone", phone);
    out.put("slot", slot);
    out.put(
        "message",
        "Hi "
            + name
            + ", your appointment is on "
            + slot
            + ". Reply YES to confirm or NO to cancel.");
    return out;
  }
}
