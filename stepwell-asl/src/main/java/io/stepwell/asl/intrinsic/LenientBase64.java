package io.stepwell.asl.intrinsic;

import java.util.Arrays;

/**
 * A Base64 decoder as forgiving as AWS's: characters outside the alphabet (spaces, line breaks,
 * {@code !}) are skipped, the URL-safe {@code -} and {@code _} count as {@code +} and {@code /},
 * decoding stops at the first {@code =}, and a short final group still yields the whole bytes it
 * holds. AWS decodes {@code '!!!invalid!!!'}, {@code 'abc'} and {@code ' YWJjZA== '} without error.
 */
final class LenientBase64 {
  private static final int[] SEXTETS = new int[128];

  static {
    Arrays.fill(SEXTETS, -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (int i = 0; i < alphabet.length(); i++) {
      SEXTETS[alphabet.charAt(i)] = i;
    }
    SEXTETS['-'] = 62;
    SEXTETS['_'] = 63;
  }

  private LenientBase64() {}

  static byte[] decode(String text) {
    byte[] out = new byte[text.length() * 3 / 4 + 1];
    int length = 0;
    int bits = 0;
    int bitCount = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=') {
        break;
      }
      int sextet = c < 128 ? SEXTETS[c] : -1;
      if (sextet < 0) {
        continue;
      }
      bits = (bits << 6) | sextet;
      bitCount += 6;
      if (bitCount >= 8) {
        bitCount -= 8;
        out[length++] = (byte) (bits >> bitCount);
      }
    }
    return Arrays.copyOf(out, length);
  }
}
