package dev.integrations.openai.responses;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The log probability of one output token, sent when {@code include} has {@code message.output_text.logprobs}.
 *
 * @param token the token
 * @param logprob its log probability
 * @param bytes its UTF-8 bytes
 * @param topLogprobs the most likely alternatives at this position (absent inside an alternative)
 */
public record OutputTextLogprob(String token, double logprob, @Nullable List<Integer> bytes,
		@Nullable List<OutputTextLogprob> topLogprobs) {

}
