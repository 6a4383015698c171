/**
 * Proactive rate limiting: before a call is sent, a {@link dev.integrations.openai.ratelimit.RateLimitStore} decides
 * whether its cost (one request and its estimated tokens) fits the budget OpenAI last reported for the
 * {@link dev.integrations.openai.ratelimit.RateLimitKey key} (client, account, model), or how long it must wait;
 * the {@code x-ratelimit-*} headers and the actual token usage of each response correct the budget. The
 * {@link dev.integrations.openai.ratelimit.LocalRateLimitStore} keeps it in memory for one instance; a store shared
 * by a fleet implements the same SPI.
 */
@NullMarked
package dev.integrations.openai.ratelimit;

import org.jspecify.annotations.NullMarked;
