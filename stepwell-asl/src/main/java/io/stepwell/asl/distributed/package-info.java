/**
 * The data pieces of a Distributed Map state, as pure functions of their inputs: the {@code
 * ItemReader} (its definition and the parsing of object content into items, as AWS reads JSON, JSON
 * Lines, CSV, S3 listings and S3 inventory manifests), the {@code ItemBatcher} (grouping items into
 * child inputs) and the {@code ResultWriter} (the result files and the manifest that a Map Run
 * exports, and the state result that points at them).
 *
 * <p>Nothing here reads or writes a bucket: object content comes in as text or bytes, and the
 * objects to write go out as values. Paths ({@code .$} fields, {@code MaxItemsPath}...) and JSONata
 * expressions are exposed raw; the interpreter resolves them and hands the values back to {@link
 * io.stepwell.asl.distributed.MaxItems} and {@link io.stepwell.asl.distributed.ItemBatcher}, which
 * check them as AWS does.
 */
package io.stepwell.asl.distributed;
