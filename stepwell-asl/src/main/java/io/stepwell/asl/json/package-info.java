/**
 * JSON values as plain Java objects ({@code Map}, {@code List}, {@code String}, {@code Number},
 * {@code Boolean}, {@code null}): parsing, writing, copying and comparing them.
 */
package io.stepwell.asl.json;
