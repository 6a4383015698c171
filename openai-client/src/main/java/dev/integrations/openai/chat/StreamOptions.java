package dev.integrations.openai.chat;

import org.jspecify.annotations.Nullable;

/**
 * Options of a streamed completion ({@code stream_options}); only valid with
 * {@link ChatCompletionService#stream(ChatCompletionRequest)}.
 *
 * @param includeUsage whether a last chunk with empty {@code choices} carries the usage of the whole request
 * @param includeObfuscation whether chunks carry an {@code obfuscation} padding field (the API's default is
 * {@code true})
 */
public record StreamOptions(@Nullable Boolean includeUsage, @Nullable Boolean includeObfuscation) {

	/**
	 * Asks for the usage chunk at the end of the stream.
	 * @return the options
	 */
	public static StreamOptions withUsage() {
		return new StreamOptions(true, null);
	}

}
