package io.stepwell.engine.store;

/**
 * One stored document.
 *
 * @param key its key within its space
 * @param value its text (JSON, usually)
 * @param version 1 when first written, one more at each write
 */
public record KeyValueEntry(String key, String value, long version) {}
