package dev.integrations.openai.audio;

/**
 * Text-to-speech model names, for {@link SpeechRequest#model()}; any other name the API accepts works too.
 */
public final class SpeechModels {

	/** {@code tts-1}: low latency. */
	public static final String TTS_1 = "tts-1";

	/** {@code tts-1-hd}: higher quality. */
	public static final String TTS_1_HD = "tts-1-hd";

	/** {@code gpt-4o-mini-tts}: follows {@code instructions}, streams events. */
	public static final String GPT_4O_MINI_TTS = "gpt-4o-mini-tts";

	/** {@code gpt-4o-mini-tts-2025-12-15}: a snapshot of {@code gpt-4o-mini-tts}. */
	public static final String GPT_4O_MINI_TTS_2025_12_15 = "gpt-4o-mini-tts-2025-12-15";

	private SpeechModels() {
	}

}
