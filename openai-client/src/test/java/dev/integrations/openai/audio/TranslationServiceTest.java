package dev.integrations.openai.audio;

import java.time.Duration;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.FileContent;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranslationServiceTest extends WireMockSupport {

	private static final byte[] M4A = { 0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'M', '4', 'A', ' ' };

	private static final FileContent GERMAN = FileContent.of(M4A, "german.m4a");


	/**
	 * A generous timeout: the first request of a test JVM loads many classes and, on a busy machine, can outlast
	 * the base class's 5 seconds, which would turn into a retry and a second request on the wire.
	 */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createSendsEveryFieldAndParsesVerboseJson() {
		this.server.stubFor(post("/v1/audio/translations").willReturn(okJson("""
				{"task": "translate", "language": "english", "duration": 4.2,
				 "text": "Hello, my name is Wolfgang and I come from Germany. Where are you heading today?",
				 "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": 4.2,
				   "text": " Hello, my name is Wolfgang and I come from Germany. Where are you heading today?",
				   "tokens": [50364, 2425, 11], "temperature": 0.0, "avg_logprob": -0.21,
				   "compression_ratio": 1.1, "no_speech_prob": 0.01}]}
				""")));

		Translation translation = this.client.audio()
			.translations()
			.create(TranslationRequest.of(GERMAN, TranscriptionModels.WHISPER_1)
				.withPrompt("A traveller introduces himself.")
				.withResponseFormat(AudioResponseFormat.VERBOSE_JSON)
				.withTemperature(0.0));

		assertThat(translation.text()).startsWith("Hello, my name is Wolfgang");
		assertThat(translation.language()).isEqualTo("english");
		assertThat(translation.segments()).singleElement().satisfies((segment) -> assertThat(segment.end()).isEqualTo(4.2));
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "model", "prompt", "response_format", "temperature");
		form.assertFile("file", "german.m4a", "audio/mp4", M4A);
		assertThat(form.text("prompt")).isEqualTo("A traveller introduces himself.");
		assertThat(form.text("response_format")).isEqualTo("verbose_json");
		assertThat(form.text("temperature")).isEqualTo("0");
	}

	@Test
	void createTextAsyncReturnsVttVerbatim() {
		String vtt = "WEBVTT\n\n00:00:00.000 --> 00:00:04.200\nHello, my name is Wolfgang and I come from Germany.\n\n";
		this.server.stubFor(post("/v1/audio/translations")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/vtt").withBody(vtt)));

		StepVerifier.create(this.client.audio()
			.translations()
			.createTextAsync(TranslationRequest.of(GERMAN, "whisper-1").withResponseFormat(AudioResponseFormat.VTT)))
			.expectNext(vtt)
			.verifyComplete();
		assertThat(MultipartRequests.onlyRequest(this.server).text("response_format")).isEqualTo("vtt");
	}

	@Test
	void diarizedJsonAndMismatchedFormatsAreRejected() {
		assertThatThrownBy(() -> TranslationRequest.of(GERMAN, "whisper-1")
			.withResponseFormat(AudioResponseFormat.DIARIZED_JSON))
			.hasMessage("response_format diarized_json is not supported by translations");
		assertThatThrownBy(() -> this.client.audio()
			.translations()
			.create(TranslationRequest.of(GERMAN, "whisper-1").withResponseFormat(AudioResponseFormat.TEXT)))
			.hasMessage("response_format text cannot be read by create; use createText for text, srt and vtt");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
