package dev.integrations.openai.audio;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * How the audio of a transcription is cut into chunks ({@code chunking_strategy}): {@link #auto()}, or voice
 * activity detection tuned by {@link #serverVad(Integer, Integer, Double)}. Unset, the audio is one block.
 */
public sealed interface ChunkingStrategy {

	/**
	 * Loudness normalization then voice activity detection chosen by the server ({@code "auto"}).
	 * @return the strategy
	 */
	static ChunkingStrategy auto() {
		return Auto.INSTANCE;
	}

	/**
	 * Server-side voice activity detection with explicit parameters; {@code null} keeps the API's default.
	 * @param prefixPaddingMs audio kept before detected speech, in milliseconds (default 300)
	 * @param silenceDurationMs silence that ends speech, in milliseconds (default 200)
	 * @param threshold sensitivity from 0.0 to 1.0 (default 0.5)
	 * @return the strategy
	 */
	static ChunkingStrategy serverVad(@Nullable Integer prefixPaddingMs, @Nullable Integer silenceDurationMs,
			@Nullable Double threshold) {
		return new ServerVad(prefixPaddingMs, silenceDurationMs, threshold);
	}

	/**
	 * The {@code "auto"} strategy.
	 */
	final class Auto implements ChunkingStrategy {

		static final Auto INSTANCE = new Auto();

		private Auto() {
		}

		@Override
		public String toString() {
			return "auto";
		}

	}

	/**
	 * The {@code server_vad} strategy.
	 *
	 * @param prefixPaddingMs audio kept before detected speech, in milliseconds
	 * @param silenceDurationMs silence that ends speech, in milliseconds
	 * @param threshold sensitivity from 0.0 to 1.0
	 */
	record ServerVad(@Nullable Integer prefixPaddingMs, @Nullable Integer silenceDurationMs,
			@Nullable Double threshold) implements ChunkingStrategy {

		/**
		 * Validates the parameters.
		 */
		public ServerVad {
			Validation.range("chunking_strategy.prefix_padding_ms", prefixPaddingMs, 0, Integer.MAX_VALUE);
			Validation.range("chunking_strategy.silence_duration_ms", silenceDurationMs, 0, Integer.MAX_VALUE);
			Validation.range("chunking_strategy.threshold", threshold, 0, 1);
		}

	}

}
