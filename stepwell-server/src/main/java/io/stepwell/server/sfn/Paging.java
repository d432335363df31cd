package io.stepwell.server.sfn;

import io.stepwell.server.AwsException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * AWS's paging: {@code maxResults} 0 to 1000 (0 or none means 100), and an opaque {@code nextToken}
 * that names where the next page starts. A token says which listing it belongs to, so one from
 * another listing is {@code InvalidToken} like a made-up one.
 */
final class Paging {
  static final int DEFAULT_PAGE = 100;
  private static final String PREFIX = "sw1:";

  private Paging() {}

  /** The page size a request asks for, checked as AWS checks {@code PageSize}. */
  static int pageSize(Req req) {
    Integer max = req.integer("maxResults");
    if (max == null || max == 0) {
      return DEFAULT_PAGE;
    }
    if (max < 0 || max > 1000) {
      throw new AwsException(
          "ValidationException",
          "1 validation error detected: Value '"
              + max
              + "' at 'maxResults' failed to satisfy constraint: Member must have value "
              + (max < 0 ? "greater than or equal to 0" : "less than or equal to 1000"));
    }
    return max;
  }

  /**
   * The cursor inside a request's {@code nextToken}, or {@code null} on a first page.
   *
   * @param listing which listing the token must belong to (the action and what it lists)
   * @param maxLength AWS's length limit of this action's token (1024, or 3096 for ListExecutions)
   */
  static String cursor(Req req, String listing, int maxLength) {
    String token = req.string("nextToken", maxLength, false);
    if (token == null) {
      return null;
    }
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalidToken();
    }
    String head = PREFIX + listing + "\n";
    if (!text.startsWith(head)) {
      throw invalidToken();
    }
    return text.substring(head.length());
  }

  /** The token for a page that ends at {@code cursor}. */
  static String token(String listing, String cursor) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + listing + "\n" + cursor).getBytes(StandardCharsets.UTF_8));
  }

  static AwsException invalidToken() {
    return new AwsException("InvalidToken", "Invalid Token: 'Invalid token'");
  }

  /** One page of a listing held whole in memory. */
  record Page<T>(List<T> items, String nextToken) {}

  /**
   * The page of {@code all} after the item whose key is the cursor; the cursor must name an item (a
   * token for a deleted one is refused, as a stale token is).
   */
  static <T> Page<T> page(
      List<T> all, Function<T, String> key, Req req, String listing, int maxLength) {
    int size = pageSize(req);
    String cursor = cursor(req, listing, maxLength);
    int from = 0;
    if (cursor != null) {
      from = -1;
      for (int i = 0; i < all.size(); i++) {
        if (key.apply(all.get(i)).equals(cursor)) {
          from = i + 1;
          break;
        }
      }
      if (from < 0) {
        throw invalidToken();
      }
    }
    int to = Math.min(all.size(), from + size);
    List<T> items = new ArrayList<>(all.subList(from, to));
    String next = to < all.size() ? token(listing, key.apply(all.get(to - 1))) : null;
    return new Page<>(items, next);
  }
}
