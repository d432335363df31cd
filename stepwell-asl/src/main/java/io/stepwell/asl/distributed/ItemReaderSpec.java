package io.stepwell.asl.distributed;

import java.util.Map;
import java.util.Set;

/**
 * A Map state's {@code ItemReader}: where the items come from and how they are read.
 *
 * @param resource the S3 action of {@code Resource}
 * @param resourceArn {@code Resource} as written
 * @param parameters {@code Parameters} (JSONPath) as written, {@code .$} fields unresolved; {@code
 *     null} when absent
 * @param arguments {@code Arguments} (JSONata) as written: an object or a JSONata string; {@code
 *     null} when absent
 * @param readerConfig {@code ReaderConfig}, {@link ReaderConfig#none()} when absent
 */
public record ItemReaderSpec(
    ReaderResource resource,
    String resourceArn,
    Map<String, Object> parameters,
    Object arguments,
    ReaderConfig readerConfig) {
  private static final String WHAT = "ItemReader";
  private static final Set<String> FIELDS =
      Set.of("Resource", "Parameters", "Arguments", "ReaderConfig");

  /**
   * Parses the {@code ItemReader} object of a Map state.
   *
   * @throws IllegalArgumentException when it is not of the shape AWS accepts
   */
  public static ItemReaderSpec parse(Map<String, Object> itemReader) {
    Map<String, Object> reader = Fields.object(itemReader, WHAT);
    Fields.onlyKnown(reader, WHAT, FIELDS);
    String arn = Fields.string(reader, "Resource", WHAT);
    if (arn == null) {
      throw new IllegalArgumentException(WHAT + ".Resource is required");
    }
    ReaderResource resource = ReaderResource.of(arn);
    if (resource == null) {
      throw new IllegalArgumentException(
          WHAT
              + ".Resource must be arn:aws:states:::s3:getObject or"
              + " arn:aws:states:::s3:listObjectsV2: "
              + arn);
    }
    Fields.notBoth(reader, "Parameters", "Arguments", WHAT);
    Map<String, Object> parameters =
        reader.containsKey("Parameters")
            ? Fields.object(reader.get("Parameters"), WHAT + ".Parameters")
            : null;
    Object arguments = reader.get("Arguments");
    if (arguments != null && !Fields.isJsonata(arguments)) {
      Fields.object(arguments, WHAT + ".Arguments");
    }
    ReaderConfig config =
        reader.containsKey("ReaderConfig")
            ? ReaderConfig.parse(reader.get("ReaderConfig"))
            : ReaderConfig.none();
    if (resource == ReaderResource.GET_OBJECT && config.inputType() == null) {
      throw new IllegalArgumentException(
          WHAT + ".ReaderConfig.InputType is required with s3:getObject");
    }
    if (resource == ReaderResource.LIST_OBJECTS_V2 && config.inputType() != null) {
      throw new IllegalArgumentException(
          WHAT + ".ReaderConfig.InputType is not allowed with s3:listObjectsV2");
    }
    return new ItemReaderSpec(resource, arn, parameters, arguments, config);
  }
}
