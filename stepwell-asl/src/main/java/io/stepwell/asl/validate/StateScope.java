package io.stepwell.asl.validate;

/** One state under check: its name, its fields, its type and the query language in force. */
record StateScope(String name, Node node, StateKind kind, Language language, Walk walk) {

  /**
   * Whether the state has the field and may use it: the type supports it and so does the language
   * in force. Fields that may not be used were reported already and are not checked further.
   */
  boolean uses(String field) {
    if (!node.has(field) || !kind.supports(field)) {
      return false;
    }
    Language only = StateKind.onlyIn(field);
    return only == null || only == language;
  }

  boolean jsonata() {
    return language == Language.JSONATA;
  }

  Findings findings() {
    return walk.findings();
  }
}
