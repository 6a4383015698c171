package dev.integrations.openai.chat;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Log probabilities of a choice, when {@code logprobs} was requested.
 *
 * @param content the content tokens
 * @param refusal the refusal tokens
 */
public record ChoiceLogprobs(@Nullable List<TokenLogprob> content, @Nullable List<TokenLogprob> refusal) {

}
