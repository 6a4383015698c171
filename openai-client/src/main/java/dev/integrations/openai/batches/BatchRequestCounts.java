package dev.integrations.openai.batches;

/**
 * How many requests of a batch are done.
 *
 * @param total the number of requests in the batch
 * @param completed the number of requests that completed successfully
 * @param failed the number of requests that failed
 */
public record BatchRequestCounts(int total, int completed, int failed) {

}
