/**
 * The Responses API ({@code /responses}), OpenAI's primary interface for generating model output: create (blocking,
 * reactive, streamed with typed events, or in the background with polling), retrieve, delete, cancel, list input
 * items and count input tokens. Start from {@link dev.integrations.openai.responses.ResponseService} and
 * {@link dev.integrations.openai.responses.ResponseRequest#builder()}.
 */
@NullMarked
package dev.integrations.openai.responses;

import org.jspecify.annotations.NullMarked;
