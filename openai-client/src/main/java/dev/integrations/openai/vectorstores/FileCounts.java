package dev.integrations.openai.vectorstores;

/**
 * How many files of a vector store or file batch are in each processing status.
 *
 * @param inProgress files being processed
 * @param completed files ready for search
 * @param failed files that failed
 * @param cancelled files whose processing was cancelled
 * @param total all files
 */
public record FileCounts(long inProgress, long completed, long failed, long cancelled, long total) {

}
