package dev.integrations.openai.audio;

/**
 * Speech-to-text model names, for transcriptions and translations; any other name the API accepts works too.
 */
public final class TranscriptionModels {

	/** {@code whisper-1}: Whisper V2; the only model for translations and {@code verbose_json}. */
	public static final String WHISPER_1 = "whisper-1";

	/** {@code gpt-transcribe}. */
	public static final String GPT_TRANSCRIBE = "gpt-transcribe";

	/** {@code gpt-4o-transcribe}. */
	public static final String GPT_4O_TRANSCRIBE = "gpt-4o-transcribe";

	/** {@code gpt-4o-mini-transcribe}. */
	public static final String GPT_4O_MINI_TRANSCRIBE = "gpt-4o-mini-transcribe";

	/** {@code gpt-4o-mini-transcribe-2025-12-15}: a snapshot of {@code gpt-4o-mini-transcribe}. */
	public static final String GPT_4O_MINI_TRANSCRIBE_2025_12_15 = "gpt-4o-mini-transcribe-2025-12-15";

	/** {@code gpt-4o-transcribe-diarize}: speaker annotations with {@code diarized_json}. */
	public static final String GPT_4O_TRANSCRIBE_DIARIZE = "gpt-4o-transcribe-diarize";

	private TranscriptionModels() {
	}

}
