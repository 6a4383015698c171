/**
 * Resilience: the {@link dev.integrations.openai.resilience.ResilienceOrchestrator} every call goes through, its
 * retry policy (built on Spring Framework's {@code org.springframework.core.retry}), the circuit breaker and the
 * {@link dev.integrations.openai.resilience.ClientHook} SPI that monitoring (such as Micrometer) plugs into.
 */
@NullMarked
package dev.integrations.openai.resilience;

import org.jspecify.annotations.NullMarked;
