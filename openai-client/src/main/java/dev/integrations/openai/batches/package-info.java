/**
 * The Batch API: create, retrieve, list and cancel batches, write a JSONL input file from typed requests, read the
 * output and error files back by {@code custom_id}, and wait for a batch to finish.
 */
@NullMarked
package dev.integrations.openai.batches;

import org.jspecify.annotations.NullMarked;
