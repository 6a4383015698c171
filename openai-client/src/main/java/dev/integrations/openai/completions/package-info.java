/**
 * The legacy Completions API ({@code /completions}): text completion of a prompt, whole or streamed, for models
 * such as {@code gpt-3.5-turbo-instruct}. Start from {@link dev.integrations.openai.completions.CompletionService}
 * and {@link dev.integrations.openai.completions.CompletionRequest#builder()}.
 */
@NullMarked
package dev.integrations.openai.completions;

import org.jspecify.annotations.NullMarked;
