package io.stepwell.services.sms;

import java.util.regex.Pattern;

/** Phone numbers in E.164 form: {@code +}, a country code, at most 15 digits in all. */
public final class PhoneNumber {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

  private PhoneNumber() {}

  /** Whether {@code number} is in E.164 form. */
  public static boolean isE164(String number) {
    return number != null && E164.matcher(number).matches();
  }
}
