package io.stepwell.services.dynamodb;

import static io.stepwell.services.dynamodb.Av.invalid;
import static io.stepwell.services.dynamodb.Av.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.stepwell.asl.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Update expressions, with the examples of DynamoDB's developer guide ("Update expressions"). */
class UpdateExpressionTest {
  private static final Map<String, Object> KEY = json("{\"Id\":{\"N\":\"789\"}}");
  // The guide's item 789 as its PutItem example creates it.
  private static final Map<String, Object> ITEM =
      json(
          """
          {"Id":{"N":"789"},"ProductCategory":{"S":"Home Improvement"},"Price":{"N":"52"},
           "InStock":{"BOOL":true},"Brand":{"S":"Acme"},"QuantityOnHand":{"N":"10"},
           "Color":{"SS":["Red","Green","Blue","Orange","Yellow"]},
           "RelatedItems":{"L":[{"S":"Hammer"},{"S":"Nails"},{"S":"Screwdriver"}]},
           "ProductReviews":{"M":{"FiveStar":{"L":[{"S":"Best product ever!"}]}}}}
          """);

  private static Map<String, Object> update(String expression, String names, String values) {
    return update(ITEM, expression, names, values);
  }

  private static Map<String, Object> update(
      Map<String, Object> item, String expression, String names, String values) {
    Map<String, Object> request = new HashMap<>();
    request.put("UpdateExpression", expression);
    if (names != null) {
      request.put("ExpressionAttributeNames", json(names));
    }
    if (values != null) {
      request.put("ExpressionAttributeValues", json(values));
    }
    ExpressionContext context =
        ExpressionContext.of(request, List.of("UpdateExpression", "ConditionExpression"));
    List<UpdateAction> actions = UpdateParser.parse(expression, context);
    context.requireAllUsed();
    return UpdateApplier.apply(actions, item, KEY);
  }

  private static Object at(Map<String, Object> item, String attribute) {
    return item.get(attribute);
  }

  @Test
  void setComputesFromTheItemBeforeTheUpdate() {
    Map<String, Object> out =
        update("SET Price = Price - :p, Previous = Price", null, "{\":p\":{\"N\":\"15\"}}");
    assertThat(at(out, "Price")).isEqualTo(Map.of("N", "37"));
    assertThat(at(out, "Previous")).isEqualTo(Map.of("N", "52"));
  }

  @Test
  void listAppendAndIfNotExists() {
    Map<String, Object> out =
        update(
            "SET #pr.FiveStar = list_append(#pr.FiveStar, :r), Price = if_not_exists(Price, :p),"
                + " Stock = if_not_exists(Stock, :p)",
            "{\"#pr\":\"ProductReviews\"}",
            "{\":r\":{\"L\":[{\"S\":\"Very happy with my purchase\"}]},\":p\":{\"N\":\"100\"}}");
    assertThat(Json.write(out.get("ProductReviews")))
        .isEqualTo(
            "{\"M\":{\"FiveStar\":{\"L\":[{\"S\":\"Best product ever!\"},"
                + "{\"S\":\"Very happy with my purchase\"}]}}}");
    assertThat(at(out, "Price")).isEqualTo(Map.of("N", "52"));
    assertThat(at(out, "Stock")).isEqualTo(Map.of("N", "100"));
  }

  @Test
  void removeTakesAttributesAndListElementsOfTheOriginalList() {
    Map<String, Object> out =
        update("REMOVE Brand, InStock, RelatedItems[1], RelatedItems[2]", null, null);
    assertThat(out).doesNotContainKeys("Brand", "InStock");
    assertThat(Json.write(out.get("RelatedItems"))).isEqualTo("{\"L\":[{\"S\":\"Hammer\"}]}");
  }

  @Test
  void addAndDeleteOnNumbersAndSets() {
    Map<String, Object> added =
        update(
            "ADD QuantityOnHand :q, Color :c, NewCount :q",
            null,
            "{\":q\":{\"N\":\"5\"},\":c\":{\"SS\":[\"Purple\",\"Red\"]}}");
    Map<String, Object> out =
        update(added, "DELETE Color :gone", null, "{\":gone\":{\"SS\":[\"Yellow\",\"Green\"]}}");
    assertThat(at(out, "QuantityOnHand")).isEqualTo(Map.of("N", "15"));
    assertThat(at(out, "NewCount")).isEqualTo(Map.of("N", "5"));
    assertThat(Json.write(out.get("Color")))
        .isEqualTo("{\"SS\":[\"Red\",\"Blue\",\"Orange\",\"Purple\"]}");
  }

  @Test
  void updateOfAMissingItemStartsFromItsKey() {
    Map<String, Object> out = update(null, "SET Price = :p", null, "{\":p\":{\"N\":\"1.50\"}}");
    assertThat(out).isEqualTo(json("{\"Id\":{\"N\":\"789\"},\"Price\":{\"N\":\"1.5\"}}"));
  }

  @Test
  void refusals() {
    invalid(
        () -> update("SET Id = :p", null, "{\":p\":{\"N\":\"1\"}}"),
        "One or more parameter values were invalid: Cannot update attribute Id. This attribute is"
            + " part of the key");
    invalid(
        () -> update("SET Price = Nope + :p", null, "{\":p\":{\"N\":\"1\"}}"),
        "The provided expression refers to an attribute that does not exist in the item");
    invalid(
        () -> update("SET Price = Brand + :p", null, "{\":p\":{\"N\":\"1\"}}"),
        "An operand in the update expression has an incorrect data type");
    invalid(
        () -> update("SET a.b = :p", null, "{\":p\":{\"N\":\"1\"}}"),
        "The document path provided in the update expression is invalid for update");
    invalid(
        () -> update("ADD Brand :s", null, "{\":s\":{\"S\":\"x\"}}"),
        "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD,"
            + " operand type: STRING");
    invalid(
        () -> update("SET Price = :p, Price = :p", null, "{\":p\":{\"N\":\"1\"}}"),
        "Invalid UpdateExpression: Two document paths overlap with each other; must remove or"
            + " rewrite one of these paths; path one: [Price], path two: [Price]");
    invalid(
        () -> update("SET _123 = :p", null, "{\":p\":{\"N\":\"1\"}}"),
        "Invalid UpdateExpression: Syntax error; token: \"_\", near: \"SET _123\"");
    invalid(
        () -> update("SET name = :p", null, "{\":p\":{\"N\":\"1\"}}"),
        "Invalid UpdateExpression: Attribute name is a reserved keyword; reserved keyword: name");
    invalid(
        () -> update("SET a = :p REMOVE b SET c = :p", null, "{\":p\":{\"N\":\"1\"}}"),
        "Invalid UpdateExpression: The \"SET\" section can only be used once in an update"
            + " expression;");
  }

  @Test
  void projectionKeepsTheNamedParts() {
    Map<String, Object> request =
        Map.of(
            "ProjectionExpression",
            "Price, RelatedItems[2], RelatedItems[0], ProductReviews.FiveStar");
    ExpressionContext context = ExpressionContext.of(request, List.of("ProjectionExpression"));
    List<DocPath> paths = Projection.parse((String) request.get("ProjectionExpression"), context);
    assertThat(Projection.apply(ITEM, paths))
        .isEqualTo(
            json(
                """
                {"Price":{"N":"52"},"RelatedItems":{"L":[{"S":"Hammer"},{"S":"Screwdriver"}]},
                 "ProductReviews":{"M":{"FiveStar":{"L":[{"S":"Best product ever!"}]}}}}
                """));
  }
}
