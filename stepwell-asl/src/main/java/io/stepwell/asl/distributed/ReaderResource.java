package io.stepwell.asl.distributed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The S3 action an {@code ItemReader} names in its {@code Resource}. */
public enum ReaderResource {
  /** {@code arn:aws:states:::s3:getObject}: the items are in the content of one object. */
  GET_OBJECT("getObject"),
  /** {@code arn:aws:states:::s3:listObjectsV2}: the items are the objects of a bucket listing. */
  LIST_OBJECTS_V2("listObjectsV2");

  private static final Pattern ARN = Pattern.compile("arn:[a-z0-9-]+:states:::s3:([A-Za-z0-9]+)");

  private final String action;

  ReaderResource(String action) {
    this.action = action;
  }

  /** The S3 action name, e.g. {@code getObject}. */
  public String action() {
    return action;
  }

  /** The resource of an ARN in any partition; {@code null} when it names no supported action. */
  public static ReaderResource of(String arn) {
    Matcher m = ARN.matcher(arn);
    if (!m.matches()) {
      return null;
    }
    for (ReaderResource r : values()) {
      if (r.action.equals(m.group(1))) {
        return r;
      }
    }
    return null;
  }
}
