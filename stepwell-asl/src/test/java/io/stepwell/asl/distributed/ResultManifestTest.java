package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names, keys and shapes of AWS's "ResultWriter (Map)" page and its examples. */
class ResultManifestTest {
  private static final String MAP_RUN_ARN =
      "arn:aws:states:us-east-2:123456789012:mapRun:csvProcess/Map:ad9b5f27-090b-3ac6-9beb-243cd77144a7";
  private static final String CHILD_SM =
      "arn:aws:states:us-east-2:123456789012:stateMachine:csvProcess/Map";
  private static final ResultDestination DESTINATION =
      new ResultDestination("amzn-s3-demo-destination-bucket", "csvProcessJobs");

  private static ChildExecution succeeded(String name, Object input, Object output) {
    return new ChildExecution(
        ChildExecution.Status.SUCCEEDED,
        "arn:aws:states:us-east-2:123456789012:execution:csvProcess/Map:" + name,
        name,
        CHILD_SM,
        input,
        output,
        null,
        null,
        Instant.parse("2025-02-04T01:49:50.099Z"),
        Instant.parse("2025-02-04T01:49:50.163Z"));
  }

  private static ChildExecution failed(String name, Object input) {
    return new ChildExecution(
        ChildExecution.Status.FAILED,
        "arn:aws:states:us-east-2:123456789012:execution:csvProcess/Map:" + name,
        name,
        CHILD_SM,
        input,
        null,
        "States.TaskFailed",
        "boom",
        Instant.parse("2025-02-04T01:49:50Z"),
        Instant.parse("2025-02-04T01:49:51.5Z"));
  }

  private static ResultWriterSpec export(String writerConfig) {
    return ResultWriterSpec.parse(
        Defs.object(
            "{\"Resource\": \"arn:aws:states:::s3:putObject\","
                + " \"Parameters\": {\"Bucket\": \"b\", \"Prefix\": \"p\"}"
                + (writerConfig.isEmpty() ? "" : ", \"WriterConfig\": " + writerConfig)
                + "}"));
  }

  @Test
  void theStateResultPointsAtTheManifest() {
    // when
    ResultExport result =
        ResultManifest.export(
            export(""), DESTINATION, MAP_RUN_ARN, List.of(succeeded("e1", Map.of("a", 1), 2)));

    // then (the documented example)
    assertThat(
            Json.valueEquals(
                result.stateResult(),
                Json.parse(
                    """
                    {"MapRunArn": "arn:aws:states:us-east-2:123456789012:mapRun:csvProcess/Map:ad9b5f27-090b-3ac6-9beb-243cd77144a7",
                     "ResultWriterDetails": {
                       "Bucket": "amzn-s3-demo-destination-bucket",
                       "Key": "csvProcessJobs/ad9b5f27-090b-3ac6-9beb-243cd77144a7/manifest.json"}}
                    """)))
        .isTrue();
  }

  @Test
  void theManifestListsTheResultFilesWithTheirSizes() {
    // when
    ResultExport result =
        ResultManifest.export(
            export(""),
            DESTINATION,
            MAP_RUN_ARN,
            List.of(succeeded("e1", Map.of("a", 1), 2), failed("e2", Map.of("a", 2))));

    // then
    assertThat(result.objects())
        .extracting(ResultObject::key)
        .containsExactly(
            "csvProcessJobs/ad9b5f27-090b-3ac6-9beb-243cd77144a7/FAILED_0.json",
            "csvProcessJobs/ad9b5f27-090b-3ac6-9beb-243cd77144a7/SUCCEEDED_0.json",
            "csvProcessJobs/ad9b5f27-090b-3ac6-9beb-243cd77144a7/manifest.json");
    assertThat(result.objects())
        .allMatch(o -> o.bucket().equals("amzn-s3-demo-destination-bucket"));
    ResultObject failedFile = result.objects().get(0);
    ResultObject succeededFile = result.objects().get(1);
    Map<String, Object> manifest = Json.asObject(Json.parse(result.manifest().content()));
    assertThat(manifest.keySet()).containsExactly("DestinationBucket", "MapRunArn", "ResultFiles");
    assertThat(
            Json.valueEquals(
                manifest,
                Map.of(
                    "DestinationBucket",
                    "amzn-s3-demo-destination-bucket",
                    "MapRunArn",
                    MAP_RUN_ARN,
                    "ResultFiles",
                    Map.of(
                        "FAILED",
                            List.of(
                                Map.of(
                                    "Key",
                                    failedFile.key(),
                                    "Size",
                                    failedFile.content().getBytes(StandardCharsets.UTF_8).length)),
                        "PENDING", List.of(),
                        "SUCCEEDED",
                            List.of(
                                Map.of(
                                    "Key",
                                    succeededFile.key(),
                                    "Size",
                                    succeededFile.bytes().length))))))
        .isTrue();
  }

  @Test
  void aSucceededEntryIsTheExecutionDescription() {
    ResultExport result =
        ResultManifest.export(
            export(""),
            DESTINATION,
            MAP_RUN_ARN,
            List.of(succeeded("e5cabae6", Map.of("Items", List.of(1)), Map.of("ok", true))));

    List<Object> entries = Json.asArray(Json.parse(result.objects().getFirst().content()));
    Map<String, Object> entry = Json.asObject(entries.getFirst());
    assertThat(entry.keySet())
        .containsExactly(
            "ExecutionArn",
            "Input",
            "InputDetails",
            "Name",
            "Output",
            "OutputDetails",
            "RedriveCount",
            "RedriveStatus",
            "RedriveStatusReason",
            "StartDate",
            "StateMachineArn",
            "Status",
            "StopDate");
    assertThat(entry)
        .containsEntry(
            "ExecutionArn",
            "arn:aws:states:us-east-2:123456789012:execution:csvProcess/Map:e5cabae6")
        .containsEntry("Input", "{\"Items\":[1]}")
        .containsEntry("InputDetails", Map.of("Included", true))
        .containsEntry("Name", "e5cabae6")
        .containsEntry("Output", "{\"ok\":true}")
        .containsEntry("OutputDetails", Map.of("Included", true))
        .containsEntry("RedriveCount", 0)
        .containsEntry("RedriveStatus", "NOT_REDRIVABLE")
        .containsEntry("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven")
        .containsEntry("StartDate", "2025-02-04T01:49:50.099Z")
        .containsEntry("StateMachineArn", CHILD_SM)
        .containsEntry("Status", "SUCCEEDED")
        .containsEntry("StopDate", "2025-02-04T01:49:50.163Z");
  }

  @Test
  void aFailedEntryHasTheErrorAndNoOutput() {
    Map<String, Object> entry = ResultManifest.describe(failed("e2", Map.of("a", 2)));

    assertThat(entry.keySet())
        .containsExactly(
            "Cause",
            "Error",
            "ExecutionArn",
            "Input",
            "InputDetails",
            "Name",
            "RedriveCount",
            "RedriveStatus",
            "StartDate",
            "StateMachineArn",
            "Status",
            "StopDate");
    assertThat(entry)
        .containsEntry("Cause", "boom")
        .containsEntry("Error", "States.TaskFailed")
        .containsEntry("RedriveStatus", "REDRIVABLE")
        .containsEntry("Status", "FAILED")
        .containsEntry("StartDate", "2025-02-04T01:49:50.000Z")
        .containsEntry("StopDate", "2025-02-04T01:49:51.500Z");
  }

  @Test
  void timedOutAndAbortedChildrenGoToTheFailedFileAndUnfinishedOnesToPending() {
    ChildExecution timedOut =
        new ChildExecution(
            ChildExecution.Status.TIMED_OUT,
            "arn:x:1",
            "1",
            CHILD_SM,
            1,
            null,
            null,
            null,
            null,
            null);
    ChildExecution aborted =
        new ChildExecution(
            ChildExecution.Status.ABORTED,
            "arn:x:2",
            "2",
            CHILD_SM,
            2,
            null,
            null,
            null,
            null,
            null);
    ChildExecution pending =
        new ChildExecution(
            ChildExecution.Status.PENDING, null, null, null, 3, null, null, null, null, null);

    ResultExport result =
        ResultManifest.export(
            export(""), DESTINATION, MAP_RUN_ARN, List.of(timedOut, aborted, pending));

    assertThat(result.objects())
        .extracting(o -> o.key().substring(o.key().lastIndexOf('/') + 1))
        .containsExactly("FAILED_0.json", "PENDING_0.json", "manifest.json");
    List<Object> failedEntries = Json.asArray(Json.parse(result.objects().getFirst().content()));
    assertThat(failedEntries)
        .extracting(e -> Json.asObject(e).get("Status"))
        .containsExactly("TIMED_OUT", "ABORTED");
    Map<String, Object> pendingEntry =
        Json.asObject(Json.asArray(Json.parse(result.objects().get(1).content())).getFirst());
    assertThat(pendingEntry)
        .containsEntry("Status", "PENDING")
        .containsEntry("Input", "3")
        .doesNotContainKeys("ExecutionArn", "RedriveStatus", "Output");
  }

  @Test
  void noChildrenWriteOnlyTheManifest() {
    ResultExport result = ResultManifest.export(export(""), DESTINATION, MAP_RUN_ARN, List.of());

    assertThat(result.objects()).hasSize(1);
    assertThat(Json.parse(result.manifest().content()))
        .isEqualTo(
            Map.of(
                "DestinationBucket",
                "amzn-s3-demo-destination-bucket",
                "MapRunArn",
                MAP_RUN_ARN,
                "ResultFiles",
                Map.of("FAILED", List.of(), "PENDING", List.of(), "SUCCEEDED", List.of())));
  }

  @Test
  void compactWritesOutputsAndFlattenSpreadsArraysButFailuresStayDescribed() {
    List<ChildExecution> children =
        List.of(
            succeeded("e1", 1, List.of(1, 2)),
            succeeded("e2", 2, Map.of("k", "v")),
            failed("e3", 3));

    ResultExport compact =
        ResultManifest.export(
            export("{\"Transformation\": \"COMPACT\"}"), DESTINATION, MAP_RUN_ARN, children);
    ResultExport flatten =
        ResultManifest.export(
            export("{\"Transformation\": \"FLATTEN\"}"), DESTINATION, MAP_RUN_ARN, children);

    assertThat(Json.parse(compact.objects().get(1).content()))
        .isEqualTo(List.of(List.of(1, 2), Map.of("k", "v")));
    assertThat(Json.parse(flatten.objects().get(1).content()))
        .isEqualTo(List.of(1, 2, Map.of("k", "v")));
    assertThat(
            Json.asObject(Json.asArray(Json.parse(compact.objects().get(0).content())).getFirst()))
        .containsEntry("Status", "FAILED")
        .containsEntry("Error", "States.TaskFailed");
  }

  @Test
  void jsonLinesWritesOneResultPerLine() {
    ResultExport result =
        ResultManifest.export(
            export("{\"Transformation\": \"COMPACT\", \"OutputType\": \"JSONL\"}"),
            DESTINATION,
            MAP_RUN_ARN,
            List.of(succeeded("e1", 1, Map.of("a", 1)), succeeded("e2", 2, "two")));

    ResultObject file = result.objects().getFirst();
    assertThat(file.key()).endsWith("/SUCCEEDED_0.jsonl");
    assertThat(file.content()).isEqualTo("{\"a\":1}\n\"two\"\n");
  }

  @Test
  void aWriterConfigAloneShapesTheStateOutput() {
    List<ChildExecution> children =
        List.of(succeeded("e1", 1, List.of("a", "b")), succeeded("e2", 2, "c"), failed("e3", 3));

    Object flatten =
        ResultManifest.stateOutput(
            ResultWriterSpec.parse(
                Defs.object("{\"WriterConfig\": {\"Transformation\": \"FLATTEN\"}}")),
            children);
    Object compactLines =
        ResultManifest.stateOutput(
            ResultWriterSpec.parse(Defs.object("{\"WriterConfig\": {\"OutputType\": \"JSONL\"}}")),
            children.subList(0, 2));

    List<Object> entries = Json.asArray(flatten);
    assertThat(entries.subList(0, 3)).containsExactly("a", "b", "c");
    assertThat(Json.asObject(entries.get(3))).containsEntry("Status", "FAILED");
    assertThat(compactLines).isEqualTo("[\"a\",\"b\"]\n\"c\"\n");
  }
}
