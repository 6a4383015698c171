package dev.integrations.openai.audio;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The log probability of a transcribed token ({@code include[]=logprobs}).
 *
 * @param token the token
 * @param logprob its log probability
 * @param bytes the token's UTF-8 bytes
 */
public record TokenLogprob(String token, double logprob, @Nullable List<Integer> bytes) {

}
