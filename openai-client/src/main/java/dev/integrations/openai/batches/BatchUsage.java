package dev.integrations.openai.batches;

/**
 * Tokens used by all the requests of a batch; only batches created after September 7, 2025 report it.
 *
 * @param inputTokens the number of input tokens
 * @param inputTokensDetails the breakdown of the input tokens
 * @param outputTokens the number of output tokens
 * @param outputTokensDetails the breakdown of the output tokens
 * @param totalTokens the total number of tokens
 */
public record BatchUsage(long inputTokens, InputTokensDetails inputTokensDetails, long outputTokens,
		OutputTokensDetails outputTokensDetails, long totalTokens) {

	/**
	 * The breakdown of the input tokens.
	 *
	 * @param cachedTokens tokens retrieved from the prompt cache
	 */
	public record InputTokensDetails(long cachedTokens) {

	}

	/**
	 * The breakdown of the output tokens.
	 *
	 * @param reasoningTokens reasoning tokens
	 */
	public record OutputTokensDetails(long reasoningTokens) {

	}

}
