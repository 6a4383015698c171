/**
 * Types shared by every API group: the list envelope, its parameters and its cursor pager, deletion status,
 * the blocking view of a stream, the poller that waits for long-running resources, the files sent in multipart
 * requests ({@link dev.integrations.openai.common.FileContent}) and the writer of downloaded content.
 */
@NullMarked
package dev.integrations.openai.common;

import org.jspecify.annotations.NullMarked;
