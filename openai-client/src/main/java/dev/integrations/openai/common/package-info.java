/**
 * Types shared by every API group: the list envelope and its cursor pager, deletion status, token usage, and
 * the blocking view of a stream.
 */
@NullMarked
package dev.integrations.openai.common;

import org.jspecify.annotations.NullMarked;
