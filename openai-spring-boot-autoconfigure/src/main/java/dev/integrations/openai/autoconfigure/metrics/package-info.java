/**
 * Micrometer metrics and observations of OpenAI calls, following the OpenTelemetry GenAI semantic conventions
 * ({@code gen_ai.client.operation.duration}, {@code gen_ai.client.token.usage}) plus resilience meters (retries,
 * outcomes, circuit breaker state, rate-limit headroom, stream time to first chunk).
 */
@NullMarked
package dev.integrations.openai.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
