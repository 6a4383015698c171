/**
 * The Vector stores API: vector stores, their files and file batches, semantic search over a store, and an
 * attach-and-poll helper that waits for files to be processed.
 */
@NullMarked
package dev.integrations.openai.vectorstores;

import org.jspecify.annotations.NullMarked;
