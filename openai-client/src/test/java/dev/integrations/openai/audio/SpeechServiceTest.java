package dev.integrations.openai.audio;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.errors.RateLimitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpeechServiceTest extends WireMockSupport {

	private static final byte[] MP3 = mp3();

	@TempDir
	Path temp;

	private static byte[] mp3() {
		byte[] bytes = new byte[200_000];
		bytes[0] = 'I';
		bytes[1] = 'D';
		bytes[2] = '3';
		for (int i = 3; i < bytes.length; i++) {
			bytes[i] = (byte) (i ^ (i >>> 7));
		}
		return bytes;
	}

	private void stubAudio() {
		this.server.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "audio/mpeg")
			.withHeader("Transfer-Encoding", "chunked")
			.withBody(MP3)));
	}


	/**
	 * A generous timeout: the first request of a test JVM loads many classes and, on a busy machine, can outlast
	 * the base class's 5 seconds, which would turn into a retry and a second request on the wire.
	 */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createSendsEveryFieldAndWritesTheAudioByteForByteToAFile() throws Exception {
		stubAudio();
		SpeechRequest request = SpeechRequest.builder()
			.model(SpeechModels.GPT_4O_MINI_TTS)
			.input("The quick brown fox jumped over the lazy dog.")
			.voice(Voice.CORAL)
			.instructions("Speak in a cheerful and positive tone.")
			.responseFormat(SpeechFormat.MP3)
			.speed(1.25)
			.streamFormat(SpeechStreamFormat.AUDIO)
			.build();
		Path target = this.temp.resolve("speech.mp3");

		long written = this.client.audio().speech().create(request, target);

		assertThat(written).isEqualTo(MP3.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(MP3);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/audio/speech"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("Accept", equalTo("*/*"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-4o-mini-tts", "input": "The quick brown fox jumped over the lazy dog.",
					 "voice": "coral", "instructions": "Speak in a cheerful and positive tone.",
					 "response_format": "mp3", "speed": 1.25, "stream_format": "audio"}
					""")));
	}

	@Test
	void createWritesToAnOutputStreamAndSendsACustomVoiceAsAnObject() {
		stubAudio();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long written = this.client.audio()
			.speech()
			.create(SpeechRequest.builder()
				.model(SpeechModels.TTS_1)
				.input("Today is a wonderful day to build something people love!")
				.voice(Voice.custom("voice_1234"))
				.responseFormat(SpeechFormat.WAV)
				.build(), out);

		assertThat(written).isEqualTo(MP3.length);
		assertThat(out.toByteArray()).isEqualTo(MP3);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/audio/speech")).withRequestBody(equalToJson("""
				{"model": "tts-1", "input": "Today is a wonderful day to build something people love!",
				 "voice": {"id": "voice_1234"}, "response_format": "wav"}
				""")));
	}

	@Test
	void createAsyncEmitsTheAudioBuffersOrWritesThemToAFile() throws Exception {
		stubAudio();
		SpeechRequest request = SpeechRequest.builder().model("tts-1-hd").input("Hello.").voice("nova").build();
		Path target = this.temp.resolve("hello.mp3");

		StepVerifier.create(this.client.audio().speech().createAsync(request, target))
			.expectNext((long) MP3.length)
			.verifyComplete();
		assertThat(Files.readAllBytes(target)).isEqualTo(MP3);

		assertThat(join(this.client.audio().speech().createAsync(request))).isEqualTo(MP3);
	}

	@Test
	void streamSendsSseFormatAndDecodesDeltaAndDoneEvents() {
		byte[] first = { 0x49, 0x44, 0x33, 0x04 };
		byte[] second = { 0x00, 0x00, 0x7f, (byte) 0xff };
		this.server.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody("data: {\"type\":\"speech.audio.delta\",\"audio\":\"" + Base64.getEncoder().encodeToString(first)
					+ "\"}\n\n" + "data: {\"type\":\"speech.audio.delta\",\"audio\":\""
					+ Base64.getEncoder().encodeToString(second) + "\"}\n\n"
					+ "data: {\"type\":\"speech.audio.future_event\",\"seconds\":2.5}\n\n"
					+ "data: {\"type\":\"speech.audio.done\",\"usage\":{\"input_tokens\":14,\"output_tokens\":101,\"total_tokens\":115}}\n\n")));
		SpeechRequest request = SpeechRequest.builder()
			.model(SpeechModels.GPT_4O_MINI_TTS)
			.input("The quick brown fox jumped over the lazy dog.")
			.voice(Voice.ALLOY)
			.build();

		List<SpeechStreamEvent> events;
		try (BlockingStream<SpeechStreamEvent> stream = this.client.audio().speech().stream(request)) {
			events = stream.stream().toList();
		}

		assertThat(events).hasSize(4);
		assertThat(((SpeechStreamEvent.AudioDelta) events.get(0)).audioBytes()).isEqualTo(first);
		assertThat(((SpeechStreamEvent.AudioDelta) events.get(1)).audioBytes()).isEqualTo(second);
		assertThat(events.get(2))
			.isEqualTo(new SpeechStreamEvent.Unknown("speech.audio.future_event", Map.of("seconds", 2.5)));
		assertThat(events).extracting(SpeechStreamEvent::type)
			.containsExactly("speech.audio.delta", "speech.audio.delta", "speech.audio.future_event", "speech.audio.done");
		SpeechStreamEvent.AudioDone done = (SpeechStreamEvent.AudioDone) events.get(3);
		assertThat(done.usage()).isEqualTo(new SpeechUsage(14, 101, 115));
		assertThat(done.tokenUsage().outputTokens()).isEqualTo(101);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/audio/speech"))
			.withHeader("Accept", equalTo("text/event-stream"))
			.withRequestBody(equalToJson("""
					{"model": "gpt-4o-mini-tts", "input": "The quick brown fox jumped over the lazy dog.",
					 "voice": "alloy", "stream_format": "sse"}
					""")));
	}

	@Test
	void rateLimitedSpeechRaisesTheTypedErrorAfterRetriesWithoutCreatingTheFile() {
		this.server.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withHeader("retry-after-ms", "1")
			.withBody("""
					{"error": {"message": "Rate limit reached for tts-1 in organization org-test123 on requests per min (RPM).",
					 "type": "requests", "param": null, "code": "rate_limit_exceeded"}}
					""")));
		SpeechRequest request = SpeechRequest.builder().model("tts-1").input("Hello.").voice("echo").build();
		Path target = this.temp.resolve("never.mp3");

		assertThatThrownBy(() -> this.client.audio().speech().create(request, target))
			.isInstanceOfSatisfying(RateLimitException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("rate_limit_exceeded"));
		StepVerifier.create(this.client.audio().speech().createAsync(request, target))
			.expectError(RateLimitException.class)
			.verify();
		assertThat(target).doesNotExist();
		this.server.verify(6, postRequestedFor(urlEqualTo("/v1/audio/speech")));
	}

	@Test
	void invalidRequestsAreRejectedWithTheWireFieldNamed() {
		SpeechRequest.Builder valid = SpeechRequest.builder().model("tts-1").input("Hello.").voice("alloy");
		assertThatThrownBy(() -> valid.speed(4.5).build()).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("speed"))
			.hasMessage("speed must be between 0.25 and 4, was 4.5");
		assertThatThrownBy(() -> valid.speed(0.1).build()).hasMessage("speed must be between 0.25 and 4, was 0.1");
		assertThatThrownBy(() -> valid.speed(null).input("  ").build()).hasMessage("input must not be blank");
		assertThatThrownBy(() -> valid.input("a".repeat(4097)).build())
			.hasMessage("input must be at most 4096 characters, had 4097");
		assertThatThrownBy(() -> valid.input("Hello.").voice((Voice) null).build()).hasMessage("voice is required");
		assertThatThrownBy(() -> SpeechRequest.builder().input("Hello.").voice("alloy").build())
			.hasMessage("model must not be blank");
		SpeechRequest sse = SpeechRequest.builder()
			.model("gpt-4o-mini-tts")
			.input("Hello.")
			.voice("alloy")
			.streamFormat(SpeechStreamFormat.SSE)
			.build();
		StepVerifier.create(this.client.audio().speech().createAsync(sse))
			.expectErrorMessage("stream_format sse answers with events; use stream(request) for it")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
