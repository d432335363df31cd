package io.stepwell.asl.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stepwell.asl.error.StatesError;
import io.stepwell.asl.error.StatesFailure;
import io.stepwell.asl.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CSV items. The contents are those the recorded cases put in S3 (LocalStack's test_base_scenarios)
 * and the outputs are AWS's recorded outputs; the other rules are the ones AWS documents in "How
 * Step Functions parses input CSV files".
 */
class CsvItemsTest {
  private static final String RECORDED_ROWS =
      "Value1,Value2,Value3\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n";

  private static List<Object> firstRow(String content) {
    return ItemParser.csv(content, CsvHeaderLocation.FIRST_ROW, List.of(), CsvDelimiter.COMMA, 0);
  }

  private static List<Object> given(String content, String... headers) {
    return ItemParser.csv(
        content, CsvHeaderLocation.GIVEN, List.of(headers), CsvDelimiter.COMMA, 0);
  }

  private static void assertItems(List<Object> actual, String expectedJson) {
    assertThat(Json.valueEquals(actual, Json.parse(expectedJson)))
        .as("items %s", Json.write(actual))
        .isTrue();
  }

  @Test
  void firstRowNamesTheColumnsAndValuesStayStrings() {
    // when (recorded: map_item_reader_base_csv_headers_first_line)
    List<Object> items = firstRow("Col1,Col2,Col3\n" + RECORDED_ROWS);

    // then
    assertItems(
        items,
        """
        [{"Col1": "Value1", "Col2": "Value2", "Col3": "Value3"},
         {"Col1": "Value4", "Col2": "Value5", "Col3": "Value6"},
         {"Col1": "", "Col2": "", "Col3": ""},
         {"Col1": "true", "Col2": "1", "Col3": "'HelloWorld'"},
         {"Col1": "Null", "Col2": "None", "Col3": ""},
         {"Col1": "   ", "Col2": "", "Col3": ""}]
        """);
  }

  @Test
  void givenHeadersNameTheColumnsOfEveryRow() {
    // recorded: map_item_reader_base_csv_headers_decl
    assertItems(
        given(RECORDED_ROWS, "H1", "H2", "H3"),
        """
        [{"H1": "Value1", "H2": "Value2", "H3": "Value3"},
         {"H1": "Value4", "H2": "Value5", "H3": "Value6"},
         {"H1": "", "H2": "", "H3": ""},
         {"H1": "true", "H2": "1", "H3": "'HelloWorld'"},
         {"H1": "Null", "H2": "None", "H3": ""},
         {"H1": "   ", "H2": "", "H3": ""}]
        """);
  }

  @Test
  void extraFieldsAreSkipped() {
    // recorded: map_item_reader_csv_headers_decl_extra_fields
    assertItems(
        given(RECORDED_ROWS, "H1"),
        """
        [{"H1": "Value1"}, {"H1": "Value4"}, {"H1": ""}, {"H1": "true"}, {"H1": "Null"},
         {"H1": "   "}]
        """);
  }

  @Test
  void anEmptyHeaderIsAColumnNameAndShortRowsGetEmptyStrings() {
    // recorded: map_item_reader_csv_first_row_extra_fields
    assertItems(
        firstRow("H1,\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n"),
        """
        [{"": "Value5", "H1": "Value4"}, {"": "", "H1": ""}, {"": "1", "H1": "true"},
         {"": "None", "H1": "Null"}, {"": "", "H1": "   "}]
        """);
  }

  @Test
  void headersOfTheFirstRowAreTakenAsText() {
    // recorded: map_item_reader_csv_headers_first_row_typed_headers
    assertItems(
        firstRow("0,True,{}\nValue4,Value5,Value6\n,,,\ntrue,1,'HelloWorld'\nNull,None,\n   \n"),
        """
        [{"0": "Value4", "{}": "Value6", "True": "Value5"},
         {"0": "", "{}": "", "True": ""},
         {"0": "true", "{}": "'HelloWorld'", "True": "1"},
         {"0": "Null", "{}": "", "True": "None"},
         {"0": "   ", "{}": "", "True": ""}]
        """);
  }

  @Test
  void duplicateHeadersFailTheReader() {
    // recorded: map_item_reader_csv_headers_decl_duplicate_headers
    assertThatThrownBy(() -> given(RECORDED_ROWS, "H1", "H1", "H3"))
        .isInstanceOfSatisfying(
            StatesFailure.class,
            f -> {
              assertThat(f.error()).isEqualTo(StatesError.ITEM_READER_FAILED);
              assertThat(f.cause()).isEqualTo("CSV headers cannot contain duplicates.");
            });
  }

  @Test
  void duplicateHeadersInTheFirstRowFailTheReaderToo() {
    assertThatThrownBy(() -> firstRow("a,b,a\n1,2,3\n"))
        .isInstanceOfSatisfying(
            StatesFailure.class,
            f -> assertThat(f.cause()).isEqualTo(ItemParser.DUPLICATE_HEADERS));
  }

  @Test
  void maxItemsCountsRowsAfterTheHeader() {
    // recorded: map_item_reader_csv_max_items[2]
    List<Object> items =
        ItemParser.csv(
            "Col1,Col2\nValue1,Value2\nValue3,Value4\nValue5,Value6\nValue7,Value8\n",
            CsvHeaderLocation.FIRST_ROW,
            List.of(),
            CsvDelimiter.COMMA,
            2);

    assertItems(
        items,
        "[{\"Col1\": \"Value1\", \"Col2\": \"Value2\"}, {\"Col1\": \"Value3\", \"Col2\": \"Value4\"}]");
  }

  @Test
  void quotedFieldsHoldDelimitersNewlinesAndRepeatedQuotes() {
    // given AWS's documented example of myCSVInput.csv
    String content =
        """
        abc,123,"This string contains commas, a double quotation marks (""), and a newline (
        )",{""MyKey"":""MyValue""},"[1,2,3]"
        """;

    // when
    List<Object> items =
        given(content, "MyLetters", "MyNumbers", "MyString", "MyObject", "MyArray");

    // then the fields that the documented ItemSelector converts with States.StringToJson are JSON
    assertThat(items).hasSize(1);
    Map<String, Object> item = Json.asObject(items.getFirst());
    assertThat(item)
        .containsEntry("MyLetters", "abc")
        .containsEntry("MyNumbers", "123")
        .containsEntry(
            "MyString",
            "This string contains commas, a double quotation marks (\"), and a newline (\n)")
        .containsEntry("MyObject", "{\"MyKey\":\"MyValue\"}")
        .containsEntry("MyArray", "[1,2,3]");
  }

  @Test
  void repeatedBackslashesKeepOne() {
    // AWS's documented example: path,size / C:\\Program Files\\MyApp.exe,6534512
    assertItems(
        firstRow("path,size\nC:\\\\Program Files\\\\MyApp.exe,6534512\n"),
        "[{\"path\": \"C:\\\\Program Files\\\\MyApp.exe\", \"size\": \"6534512\"}]");
  }

  @Test
  void aBackslashEscapesQuotesAndDelimitersAndIsDroppedBeforeOtherCharacters() {
    assertItems(
        firstRow("a,b,c\nx\\,y,say \\\"hi\\\",\\q\n"),
        "[{\"a\": \"x,y\", \"b\": \"say \\\"hi\\\"\", \"c\": \"q\"}]");
  }

  @Test
  void anEmptyQuotedFieldIsAnEmptyString() {
    assertItems(firstRow("a,b,c\n\"\",\"x\",\n"), "[{\"a\": \"\", \"b\": \"x\", \"c\": \"\"}]");
  }

  @Test
  void eachDelimiterSplitsFields() {
    for (CsvDelimiter delimiter : CsvDelimiter.values()) {
      char d = delimiter.character();
      String content = "a" + d + "b\n1" + d + "\"2" + d + "3\"\n";

      List<Object> items =
          ItemParser.csv(content, CsvHeaderLocation.FIRST_ROW, List.of(), delimiter, 0);

      assertThat(items).as(delimiter.name()).containsExactly(Map.of("a", "1", "b", "2" + d + "3"));
    }
  }

  @Test
  void crlfEndsRowsAndCharacterlessLinesAreSkipped() {
    assertItems(
        firstRow("a,b\r\n1,2\r\n\r\n3,4\r\n"),
        "[{\"a\": \"1\", \"b\": \"2\"}, {\"a\": \"3\", \"b\": \"4\"}]");
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstHeader() {
    assertItems(firstRow("\uFEFFa,b\n1,2\n"), "[{\"a\": \"1\", \"b\": \"2\"}]");
  }

  @Test
  void anEmptyObjectHasNoItems() {
    assertThat(firstRow("")).isEmpty();
    assertThat(given("", "a")).isEmpty();
  }

  @Test
  void anUnclosedQuoteRunsToTheEnd() {
    assertItems(firstRow("a,b\n1,\"2\n3"), "[{\"a\": \"1\", \"b\": \"2\\n3\"}]");
  }

  @Test
  void itemsReadsCsvByTheConfig() {
    ReaderConfig config =
        ReaderConfig.parse(
            Defs.object(
                """
                {"InputType": "CSV", "CSVHeaderLocation": "GIVEN", "CSVHeaders": ["x", "y"],
                 "CSVDelimiter": "SEMICOLON"}
                """));

    assertThat(
            ItemParser.items(
                config, "1;2\n3;4\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1))
        .containsExactly(Map.of("x", "1", "y", "2"));
  }
}
