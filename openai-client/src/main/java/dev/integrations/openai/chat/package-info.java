/**
 * The Chat Completions API ({@code /chat/completions}): create a completion (whole or streamed), merge a stream
 * into a completion with {@link dev.integrations.openai.chat.ChatCompletionAccumulator}, and manage stored
 * completions. Start from {@link dev.integrations.openai.chat.ChatCompletionService} and
 * {@link dev.integrations.openai.chat.ChatCompletionRequest#builder()}.
 */
@NullMarked
package dev.integrations.openai.chat;

import org.jspecify.annotations.NullMarked;
