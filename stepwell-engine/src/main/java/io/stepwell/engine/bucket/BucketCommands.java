package io.stepwell.engine.bucket;

import io.stepwell.asl.distributed.ListedObject;
import io.stepwell.asl.distributed.ResultObject;
import io.stepwell.asl.eval.Command;
import io.stepwell.asl.eval.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out the interpreter's bucket store commands (a Distributed Map's ItemReader and
 * ResultWriter) and answers with the event the interpreter waits for; a failure is that event too.
 */
public final class BucketCommands {
  private BucketCommands() {}

  /** Whether a command is one of these. */
  public static boolean isStorage(Command command) {
    return command instanceof Command.ReadObject
        || command instanceof Command.ListObjects
        || command instanceof Command.WriteObjects;
  }

  /** Carries out a storage command on {@code buckets}. */
  public static Event serve(BucketStore buckets, Command command, Instant now) {
    try {
      return switch (command) {
        case Command.ReadObject r ->
            new Event.ObjectRead(now, r.requestId(), buckets.get(r.bucket(), r.key()));
        case Command.ListObjects l -> {
          List<ListedObject> listed = new ArrayList<>();
          for (ObjectInfo object : buckets.list(l.bucket(), l.prefix() == null ? "" : l.prefix())) {
            listed.add(object.listed());
          }
          yield new Event.ObjectsListed(now, l.requestId(), listed);
        }
        case Command.WriteObjects w -> {
          for (ResultObject object : w.objects()) {
            buckets.put(object.bucket(), object.key(), object.bytes());
          }
          yield new Event.ObjectsWritten(now, w.requestId());
        }
        default -> throw new IllegalArgumentException("not a storage command: " + command);
      };
    } catch (BucketStoreException e) {
      return new Event.StorageFailed(
          now, requestId(command), "S3." + e.errorCode() + "Exception", e.getMessage());
    }
  }

  private static long requestId(Command command) {
    return switch (command) {
      case Command.ReadObject r -> r.requestId();
      case Command.ListObjects l -> l.requestId();
      case Command.WriteObjects w -> w.requestId();
      default -> 0;
    };
  }
}
