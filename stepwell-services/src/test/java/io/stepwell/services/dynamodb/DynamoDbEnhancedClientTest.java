package io.stepwell.services.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** The SDK's enhanced client (a mapped class and a table schema) against the server. */
class DynamoDbEnhancedClientTest {
  /** A customer's order, as the application maps it. */
  static final class Order {
    private String customer;
    private Integer number;
    private String status;
    private Long total;

    String getCustomer() {
      return customer;
    }

    void setCustomer(String customer) {
      this.customer = customer;
    }

    Integer getNumber() {
      return number;
    }

    void setNumber(Integer number) {
      this.number = number;
    }

    String getStatus() {
      return status;
    }

    void setStatus(String status) {
      this.status = status;
    }

    Long getTotal() {
      return total;
    }

    void setTotal(Long total) {
      this.total = total;
    }

    static Order of(String customer, int number, String status, long total) {
      Order o = new Order();
      o.customer = customer;
      o.number = number;
      o.status = status;
      o.total = total;
      return o;
    }
  }

  private static final TableSchema<Order> SCHEMA =
      StaticTableSchema.builder(Order.class)
          .newItemSupplier(Order::new)
          .addAttribute(
              String.class,
              a ->
                  a.name("customer")
                      .getter(Order::getCustomer)
                      .setter(Order::setCustomer)
                      .tags(StaticAttributeTags.primaryPartitionKey()))
          .addAttribute(
              Integer.class,
              a ->
                  a.name("number")
                      .getter(Order::getNumber)
                      .setter(Order::setNumber)
                      .tags(StaticAttributeTags.primarySortKey()))
          .addAttribute(
              String.class, a -> a.name("status").getter(Order::getStatus).setter(Order::setStatus))
          .addAttribute(
              Long.class, a -> a.name("total").getter(Order::getTotal).setter(Order::setTotal))
          .build();

  private final DynamoServer dynamo = new DynamoServer();
  private final DynamoDbTable<Order> orders =
      DynamoDbEnhancedClient.builder()
          .dynamoDbClient(dynamo.client)
          .build()
          .table("orders", SCHEMA);

  @AfterEach
  void stop() {
    dynamo.close();
  }

  @Test
  void mappedItemsGoThroughEveryOperation() {
    // given
    orders.createTable();
    orders.putItem(Order.of("ann", 1, "NEW", 30));
    orders.putItem(Order.of("ann", 2, "NEW", 45));
    orders.putItem(Order.of("bob", 1, "NEW", 5));

    // when
    Order changed = Order.of("ann", 2, "PAID", 45);
    Order updated = orders.updateItem(changed);
    List<Order> anns =
        orders.query(QueryConditional.keyEqualTo(k -> k.partitionValue("ann"))).items().stream()
            .toList();

    // then
    assertThat(updated.getStatus()).isEqualTo("PAID");
    assertThat(anns).extracting(Order::getNumber).containsExactly(1, 2);
    assertThat(orders.getItem(Key.builder().partitionValue("ann").sortValue(2).build()).getStatus())
        .isEqualTo("PAID");
    assertThat(orders.scan().items().stream().count()).isEqualTo(3);
    orders.deleteItem(Key.builder().partitionValue("bob").sortValue(1).build());
    assertThat(orders.scan().items().stream().count()).isEqualTo(2);
  }

  @Test
  void conditionalPutFailsWhenTheConditionDoesNot() {
    // given
    orders.createTable();
    orders.putItem(Order.of("ann", 1, "NEW", 30));

    // when / then
    assertThatThrownBy(() ->
            orders.putItem(r ->
                r.item(Order.of("ann", 1, "NEW", 99))
                    .conditionExpression(
                        Expression.builder().expression("attribute_not_exists(customer)").build())))
        .isInstanceOf(ConditionalCheckFailedException.class);
    assertThat(
            orders
                .updateItem(r ->
                    r.item(Order.of("ann", 1, "SHIPPED", 30))
                        .conditionExpression(
                            Expression.builder()
                                .expression("#s = :s")
                                .expressionNames(Map.of("#s", "status"))
                                .expressionValues(Map.of(":s", AttributeValue.fromS("NEW")))
                                .build()))
                .getStatus())
        .isEqualTo("SHIPPED");
  }
}
