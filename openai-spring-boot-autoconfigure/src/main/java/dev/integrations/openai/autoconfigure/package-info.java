/**
 * Spring Boot auto-configuration of the OpenAI client: {@link dev.integrations.openai.autoconfigure.OpenAIProperties}
 * ({@code openai.*}) become an {@link dev.integrations.openai.client.OpenAIConfig}, an auth provider, a resilience
 * orchestrator, the {@link dev.integrations.openai.client.OpenAIClient} and one bean per API service.
 */
@NullMarked
package dev.integrations.openai.autoconfigure;

import org.jspecify.annotations.NullMarked;
