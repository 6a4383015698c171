/**
 * Azure OpenAI: {@link dev.integrations.openai.azure.AzureOpenAIRouting} turns OpenAI paths into Azure's v1 or
 * deployment URL forms. Azure's authentication lives in {@code auth}
 * ({@link dev.integrations.openai.auth.AzureApiKeyAuthProvider}, {@link dev.integrations.openai.auth.TokenAuthProvider}).
 */
@NullMarked
package dev.integrations.openai.azure;

import org.jspecify.annotations.NullMarked;
