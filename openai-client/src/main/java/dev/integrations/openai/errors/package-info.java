/**
 * Typed errors raised by the OpenAI client: one unchecked root, {@link dev.integrations.openai.errors.OpenAIException},
 * an API exception per HTTP status class, and separate types for network failures, timeouts, client-side validation
 * and an open circuit. Every error carries an {@link dev.integrations.openai.errors.ErrorCategory} and says whether a
 * retry may succeed.
 */
@NullMarked
package dev.integrations.openai.errors;

import org.jspecify.annotations.NullMarked;
