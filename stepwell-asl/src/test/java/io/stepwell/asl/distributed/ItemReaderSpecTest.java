package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemReaderSpecTest {
  @Test
  void parsesAJsonPathCsvReaderWithRawPaths() {
    // given the ItemReader of the recorded case map_item_reader_base_csv_headers_decl
    Map<String, Object> json =
        Defs.object(
            """
            {"ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "GIVEN",
                              "CSVHeaders": ["H1", "H2", "H3"]},
             "Resource": "arn:aws:states:::s3:getObject",
             "Parameters": {"Bucket.$": "$.Bucket", "Key.$": "$.Key"}}
            """);

    // when
    ItemReaderSpec spec = ItemReaderSpec.parse(json);

    // then
    assertThat(spec.resource()).isEqualTo(ReaderResource.GET_OBJECT);
    assertThat(spec.resourceArn()).isEqualTo("arn:aws:states:::s3:getObject");
    assertThat(spec.parameters())
        .containsEntry("Bucket.$", "$.Bucket")
        .containsEntry("Key.$", "$.Key");
    assertThat(spec.arguments()).isNull();
    ReaderConfig config = spec.readerConfig();
    assertThat(config.inputType()).isEqualTo(InputType.CSV);
    assertThat(config.csvHeaderLocation()).isEqualTo(CsvHeaderLocation.GIVEN);
    assertThat(config.csvHeaders()).containsExactly("H1", "H2", "H3");
    assertThat(config.csvDelimiter()).isEqualTo(CsvDelimiter.COMMA);
    assertThat(config.unlimited()).isTrue();
  }

  @Test
  void parsesAJsonataReaderWithAnExpressionForMaxItems() {
    // given the ItemReader of the recorded case map_item_reader_base_json_max_items_jsonata
    Map<String, Object> json =
        Defs.object(
            """
            {"ReaderConfig": {"InputType": "JSON", "MaxItems": "{% $maxItems := 2 %}"},
             "Resource": "arn:aws:states:::s3:getObject",
             "Arguments": {"Bucket": "{% $states.input.Bucket %}", "Key": "{% $states.input.Key %}"}}
            """);

    // when
    ItemReaderSpec spec = ItemReaderSpec.parse(json);

    // then
    assertThat(spec.parameters()).isNull();
    assertThat(spec.arguments())
        .isEqualTo(
            Map.of("Bucket", "{% $states.input.Bucket %}", "Key", "{% $states.input.Key %}"));
    assertThat(spec.readerConfig().maxItems()).isEqualTo("{% $maxItems := 2 %}");
    assertThat(spec.readerConfig().unlimited()).isFalse();
  }

  @Test
  void keepsMaxItemsPathRawAndMaxItemsAsWritten() {
    ItemReaderSpec withPath =
        ItemReaderSpec.parse(
            Defs.object(
                """
                {"Resource": "arn:aws:states:::s3:getObject",
                 "ReaderConfig": {"InputType": "JSON", "MaxItemsPath": "$maxItems"}}
                """));
    ItemReaderSpec withLiteral =
        ItemReaderSpec.parse(
            Defs.object(
                """
                {"Resource": "arn:aws:states:::s3:getObject",
                 "ReaderConfig": {"InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW", "MaxItems": 0}}
                """));

    assertThat(withPath.readerConfig().maxItemsPath()).isEqualTo("$maxItems");
    assertThat(withPath.readerConfig().maxItems()).isNull();
    assertThat(withLiteral.readerConfig().maxItems()).isEqualTo(0);
  }

  @Test
  void parsesAListingReaderWithoutReaderConfig() {
    ItemReaderSpec spec =
        ItemReaderSpec.parse(
            Defs.object(
                """
                {"Resource": "arn:aws:states:::s3:listObjectsV2",
                 "Parameters": {"Bucket.$": "$.Bucket", "Prefix": "data/"}}
                """));

    assertThat(spec.resource()).isEqualTo(ReaderResource.LIST_OBJECTS_V2);
    assertThat(spec.readerConfig()).isEqualTo(ReaderConfig.none());
  }

  @Test
  void acceptsTheStatesArnOfAnotherPartition() {
    ItemReaderSpec spec =
        ItemReaderSpec.parse(
            Defs.object(
                """
                {"Resource": "arn:aws-cn:states:::s3:getObject",
                 "ReaderConfig": {"InputType": "JSONL"},
                 "Parameters": {"Bucket": "b", "Key": "k"}}
                """));

    assertThat(spec.resource()).isEqualTo(ReaderResource.GET_OBJECT);
    assertThat(spec.readerConfig().inputType()).isEqualTo(InputType.JSONL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMMA", "PIPE", "SEMICOLON", "SPACE", "TAB"})
  void parsesEveryDelimiter(String name) {
    ReaderConfig config =
        ReaderConfig.parse(
            Defs.object(
                "{\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\", \"CSVDelimiter\": \""
                    + name
                    + "\"}"));

    assertThat(config.csvDelimiter().name()).isEqualTo(name);
  }

  @Test
  void delimitersAreTheirCharacters() {
    assertThat(List.of(CsvDelimiter.values()).stream().map(CsvDelimiter::character))
        .containsExactly(',', '|', ';', ' ', '\t');
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"Resource\": 3}",
        "{\"Resource\": \"arn:aws:states:::s3:putObject\", \"ReaderConfig\": {\"InputType\": \"JSON\"}}",
        "{\"Resource\": \"arn:aws:lambda:us-east-1:1:function:f\"}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\"}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {}}",
        "{\"Resource\": \"arn:aws:states:::s3:listObjectsV2\", \"ReaderConfig\": {\"InputType\": \"JSON\"}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"XML\"}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": \"JSON\"}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\"}, \"Parameters\": []}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\"}, \"Arguments\": 7}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\"}, \"Parameters\": {}, \"Arguments\": {}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\"}, \"ItemsPath\": \"$\"}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\", \"Extra\": 1}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\", \"MaxItems\": -1}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\", \"MaxItems\": 1.5}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\", \"MaxItems\": \"2\"}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\", \"MaxItems\": 2, \"MaxItemsPath\": \"$.n\"}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\", \"MaxItemsPath\": 3}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\"}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\", \"CSVHeaders\": []}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"GIVEN\", \"CSVHeaders\": [\"a\", 1]}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"FIRST_ROW\", \"CSVHeaders\": [\"a\"]}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVHeaderLocation\": \"LAST_ROW\"}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"CSV\", \"CSVDelimiter\": \"COLON\"}}",
        "{\"Resource\": \"arn:aws:states:::s3:getObject\", \"ReaderConfig\": {\"InputType\": \"JSON\", \"CSVDelimiter\": \"PIPE\"}}"
      })
  void rejectsShapesAwsDoesNotAccept(String json) {
    assertThatThrownBy(() -> ItemReaderSpec.parse(Defs.object(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ItemReader");
  }

  @Test
  void rejectsAReaderThatIsNotAnObject() {
    assertThatThrownBy(() -> ItemReaderSpec.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ItemReader must be a JSON object");
  }
}
