/**
 * The Assistants API (beta, {@code OpenAI-Beta: assistants=v2}): assistants, threads, messages, runs and run
 * steps, streamed runs with typed events, and a create-and-poll helper.
 * <p>
 * OpenAI has deprecated the Assistants API in favor of the Responses API; every type here is
 * {@link Deprecated @Deprecated} accordingly and stays available until OpenAI shuts the API down.
 */
@NullMarked
package dev.integrations.openai.assistants;

import org.jspecify.annotations.NullMarked;
