package io.stepwell.asl.intrinsic;

import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

/**
 * {@code States.StringSplit(string, delimiters)}: the pieces between any of the delimiter
 * characters. As on AWS, every character of the second argument is a delimiter on its own and empty
 * pieces are dropped ({@code ",,a,"} gives {@code ["a"]}) — {@link StringTokenizer}'s rules.
 */
record StatesStringSplit() implements IntrinsicFunction {
  @Override
  public String name() {
    return "States.StringSplit";
  }

  @Override
  public Object apply(Invocation call) {
    Args.requireCount(call, this, 2);
    String text = Args.string(call.value(0), this);
    String delimiters = Args.string(call.value(1), this);
    List<Object> pieces = new ArrayList<>();
    StringTokenizer tokens = new StringTokenizer(text, delimiters);
    while (tokens.hasMoreTokens()) {
      pieces.add(tokens.nextToken());
    }
    return pieces;
  }
}
