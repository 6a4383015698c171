package dev.integrations.openai.audio;


/**
 * How speech is streamed ({@code stream_format}): raw audio bytes, or server-sent events carrying base64 audio.
 * {@link SpeechService} sets it from the method called.
 */
public enum SpeechStreamFormat {

	/** Server-sent events ({@code speech.audio.delta}, {@code speech.audio.done}); not for {@code tts-1}. */
	SSE,

	/** The audio bytes themselves (the API's default). */
	AUDIO

}
