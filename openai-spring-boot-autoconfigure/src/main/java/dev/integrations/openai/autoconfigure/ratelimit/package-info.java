/**
 * The rate-limit budget shared by a fleet: {@link dev.integrations.openai.autoconfigure.ratelimit.RedisRateLimitStore}
 * keeps it in Redis through Bucket4j over the Lettuce connection of Spring Boot's Redis auto-configuration
 * ({@code openai.rate-limit.store=redis}), and falls back to the instance's local budget while Redis is unreachable.
 */
@NullMarked
package dev.integrations.openai.autoconfigure.ratelimit;

import org.jspecify.annotations.NullMarked;
