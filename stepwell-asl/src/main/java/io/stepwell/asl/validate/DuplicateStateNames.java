package io.stepwell.asl.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.stepwell.asl.json.Json;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * A state name written twice in the same {@code States} object. Parsing keeps only the last one, so
 * this reads the text itself; names repeated across nested state machines are found while the tree
 * is walked.
 */
final class DuplicateStateNames {
  /** One object or array being read: where it is, the field it is under, the keys seen. */
  private static final class Frame {
    final boolean object;
    final String at;
    final String parentKey;
    final Set<String> keys = new HashSet<>();
    String field;
    int index;

    Frame(boolean object, String at, String parentKey) {
      this.object = object;
      this.at = at;
      this.parentKey = parentKey;
    }
  }

  private DuplicateStateNames() {}

  /** Reports each repeated key of an object held by a {@code States} field. */
  static void scan(String text, Findings findings) {
    Deque<Frame> stack = new ArrayDeque<>();
    try (JsonParser parser = Json.mapper().getFactory().createParser(text)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        Frame top = stack.peek();
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            String at =
                top == null
                    ? ""
                    : top.object ? top.at + "/" + top.field : top.at + "[" + top.index++ + "]";
            stack.push(
                new Frame(
                    t == JsonToken.START_OBJECT, at, top != null && top.object ? top.field : null));
          }
          case END_OBJECT, END_ARRAY -> stack.pop();
          case FIELD_NAME -> {
            top.field = parser.currentName();
            if (!top.keys.add(top.field) && "States".equals(top.parentKey)) {
              findings.error(
                  Messages.DUPLICATE_STATE_NAME,
                  Messages.duplicateStateName(top.field),
                  new Location(top.at + "/" + top.field));
            }
          }
          default -> {
            if (top != null && !top.object) {
              top.index++;
            }
          }
        }
      }
    } catch (IOException e) {
      // Text that is not JSON is reported by DefinitionText.
    }
  }
}
