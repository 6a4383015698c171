/**
 * The entry point: {@link dev.integrations.openai.client.OpenAIClient}, its immutable
 * {@link dev.integrations.openai.client.OpenAIConfig} and the {@link dev.integrations.openai.client.OpenAIClientBuilder}
 * that wires configuration, authentication, resilience and the HTTP transport together.
 */
@NullMarked
package dev.integrations.openai.client;

import org.jspecify.annotations.NullMarked;
