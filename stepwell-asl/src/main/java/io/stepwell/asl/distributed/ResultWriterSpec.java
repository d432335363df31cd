package io.stepwell.asl.distributed;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Map state's {@code ResultWriter}: where and how the results of the child executions are
 * written. With a {@code Resource} the results are exported to S3 and the state's result points at
 * them; with only a {@code WriterConfig} they are shaped and become the state's result.
 *
 * @param resourceArn {@code Resource} as written ({@code arn:aws:states:::s3:putObject}), or {@code
 *     null} when absent
 * @param parameters {@code Parameters} (JSONPath) as written, {@code .$} fields unresolved; {@code
 *     Bucket} and {@code Prefix}; or {@code null}
 * @param arguments {@code Arguments} (JSONata) as written: an object or a JSONata string; or {@code
 *     null}
 * @param transformation {@code WriterConfig.Transformation}; when absent {@link
 *     Transformation#NONE} with a {@code Resource}, else {@link Transformation#COMPACT}, as AWS
 *     documents
 * @param outputType {@code WriterConfig.OutputType}, {@link OutputType#JSON} when absent
 */
public record ResultWriterSpec(
    String resourceArn,
    Map<String, Object> parameters,
    Object arguments,
    Transformation transformation,
    OutputType outputType) {
  private static final String WHAT = "ResultWriter";
  private static final Set<String> FIELDS =
      Set.of("Resource", "Parameters", "Arguments", "WriterConfig");
  private static final Set<String> CONFIG_FIELDS = Set.of("Transformation", "OutputType");
  private static final Pattern PUT_OBJECT = Pattern.compile("arn:[a-z0-9-]+:states:::s3:putObject");

  /** True when the results are exported to S3. */
  public boolean exportsToS3() {
    return resourceArn != null;
  }

  /**
   * Parses the {@code ResultWriter} object of a Map state.
   *
   * @throws IllegalArgumentException when it is not of the shape AWS accepts
   */
  public static ResultWriterSpec parse(Map<String, Object> resultWriter) {
    Map<String, Object> writer = Fields.object(resultWriter, WHAT);
    Fields.onlyKnown(writer, WHAT, FIELDS);
    Fields.notBoth(writer, "Parameters", "Arguments", WHAT);
    String resource = Fields.string(writer, "Resource", WHAT);
    if (resource != null && !PUT_OBJECT.matcher(resource).matches()) {
      throw new IllegalArgumentException(
          WHAT + ".Resource must be arn:aws:states:::s3:putObject: " + resource);
    }
    Map<String, Object> parameters =
        writer.containsKey("Parameters")
            ? Fields.object(writer.get("Parameters"), WHAT + ".Parameters")
            : null;
    Object arguments = writer.get("Arguments");
    if (arguments != null && !Fields.isJsonata(arguments)) {
      Fields.object(arguments, WHAT + ".Arguments");
    }
    boolean destination = parameters != null || arguments != null;
    if (resource != null && !destination) {
      throw new IllegalArgumentException(WHAT + " with a Resource needs Parameters or Arguments");
    }
    if (resource == null && destination) {
      throw new IllegalArgumentException(WHAT + " has Parameters or Arguments but no Resource");
    }
    if (resource == null && !writer.containsKey("WriterConfig")) {
      throw new IllegalArgumentException(WHAT + " needs a Resource or a WriterConfig");
    }
    Transformation transformation = resource != null ? Transformation.NONE : Transformation.COMPACT;
    OutputType outputType = OutputType.JSON;
    if (writer.containsKey("WriterConfig")) {
      String what = WHAT + ".WriterConfig";
      Map<String, Object> config = Fields.object(writer.get("WriterConfig"), what);
      Fields.onlyKnown(config, what, CONFIG_FIELDS);
      transformation =
          Fields.choice(config, "Transformation", what, Transformation.class, transformation);
      outputType = Fields.choice(config, "OutputType", what, OutputType.class, outputType);
    }
    return new ResultWriterSpec(resource, parameters, arguments, transformation, outputType);
  }
}
