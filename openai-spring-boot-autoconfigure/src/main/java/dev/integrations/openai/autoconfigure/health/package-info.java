/**
 * The {@code openai} health indicator: a cached, time-bounded list-models call and the circuit breaker state.
 */
@NullMarked
package dev.integrations.openai.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
