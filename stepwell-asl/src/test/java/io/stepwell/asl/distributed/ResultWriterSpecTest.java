package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shapes and defaults from AWS's "ResultWriter (Map)" page. */
class ResultWriterSpecTest {
  @Test
  void anS3ExportDefaultsToNoTransformationAndJson() {
    ResultWriterSpec spec =
        ResultWriterSpec.parse(
            Defs.object(
                """
                {"Resource": "arn:aws:states:::s3:putObject",
                 "Parameters": {"Bucket": "amzn-s3-demo-destination-bucket",
                                "Prefix": "csvProcessJobs"}}
                """));

    assertThat(spec.exportsToS3()).isTrue();
    assertThat(spec.parameters())
        .isEqualTo(Map.of("Bucket", "amzn-s3-demo-destination-bucket", "Prefix", "csvProcessJobs"));
    assertThat(spec.transformation()).isEqualTo(Transformation.NONE);
    assertThat(spec.outputType()).isEqualTo(OutputType.JSON);
  }

  @Test
  void aWriterConfigAloneDefaultsToCompact() {
    ResultWriterSpec spec =
        ResultWriterSpec.parse(Defs.object("{\"WriterConfig\": {\"OutputType\": \"JSON\"}}"));

    assertThat(spec.exportsToS3()).isFalse();
    assertThat(spec.transformation()).isEqualTo(Transformation.COMPACT);
  }

  @Test
  void parsesAJsonataExportWithWriterConfig() {
    ResultWriterSpec spec =
        ResultWriterSpec.parse(
            Defs.object(
                """
                {"Resource": "arn:aws:states:::s3:putObject",
                 "Arguments": {"Bucket": "{% $bucket %}", "Prefix": "out"},
                 "WriterConfig": {"Transformation": "FLATTEN", "OutputType": "JSONL"}}
                """));

    assertThat(spec.arguments()).isEqualTo(Map.of("Bucket", "{% $bucket %}", "Prefix", "out"));
    assertThat(spec.parameters()).isNull();
    assertThat(spec.transformation()).isEqualTo(Transformation.FLATTEN);
    assertThat(spec.outputType()).isEqualTo(OutputType.JSONL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"Resource\": \"arn:aws:states:::s3:putObject\"}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"Parameters\": {\"Bucket\": \"b\"}}",
        "{\"Resource\": 1, \"Parameters\": {\"Bucket\": \"b\"}}",
        "{\"Parameters\": {\"Bucket\": \"b\"}, \"WriterConfig\": {}}",
        "{\"Resource\": \"arn:aws:states:::s3:putObject\", \"Parameters\": {\"Bucket\": \"b\"}, \"Arguments\": {}}",
        "{\"Resource\": \"arn:aws:states:::s3:putObject\", \"Parameters\": \"b\"}",
        "{\"Resource\": \"arn:aws:states:::s3:putObject\", \"Arguments\": 3}",
        "{\"WriterConfig\": {\"Transformation\": \"SQUASH\"}}",
        "{\"WriterConfig\": {\"OutputType\": \"CSV\"}}",
        "{\"WriterConfig\": {\"Extra\": 1}}",
        "{\"WriterConfig\": []}",
        "{\"WriterConfig\": {}, \"Bucket\": \"b\"}"
      })
  void rejectsShapesAwsDoesNotAccept(String json) {
    assertThatThrownBy(() -> ResultWriterSpec.parse(Defs.object(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ResultWriter");
  }
}
