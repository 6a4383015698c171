package dev.integrations.openai.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoiceServiceTest extends WireMockSupport {

	private static final String VOICE = """
			{"object": "audio.voice", "id": "voice_123abc", "name": "My new voice", "created_at": 1734220800}
			""";

	private static final byte[] SAMPLE = sample();

	@TempDir
	Path temp;

	private static byte[] sample() {
		byte[] bytes = new byte[64 * 1024];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 31 + (i >>> 8));
		}
		return bytes;
	}

	/** A generous timeout, so a slow first request on a busy machine is not retried. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createSendsNameSampleAndConsentAsMultipartAndParsesTheVoice() throws Exception {
		Path sample = Files.write(this.temp.resolve("audio_sample.wav"), SAMPLE);
		this.server.stubFor(post("/v1/audio/voices").willReturn(okJson(VOICE)));

		CustomVoice voice = this.client.audio().voices().create(VoiceRequest.of("My new voice", "cons_1234", sample));

		assertThat(voice.object()).isEqualTo("audio.voice");
		assertThat(voice.id()).isEqualTo("voice_123abc");
		assertThat(voice.name()).isEqualTo("My new voice");
		assertThat(voice.createdAtInstant()).isEqualTo(Instant.parse("2024-12-15T00:00:00Z"));
		assertThat(voice.voice()).isEqualTo(Voice.custom("voice_123abc"));
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("name", "audio_sample", "consent");
		assertThat(form.text("name")).isEqualTo("My new voice");
		assertThat(form.text("consent")).isEqualTo("cons_1234");
		form.assertFile("audio_sample", "audio_sample.wav", "audio/x-wav", SAMPLE);
	}

	@Test
	void aCreatedVoiceSpeaksThroughTheSpeechServiceToAFileAndAsBuffers() throws Exception {
		this.server.stubFor(post("/v1/audio/voices").willReturn(okJson(VOICE)));
		this.server.stubFor(post("/v1/audio/speech").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "audio/mpeg")
			.withHeader("Transfer-Encoding", "chunked")
			.withBody(SAMPLE)));

		CustomVoice voice = this.client.audio()
			.voices()
			.createAsync(VoiceRequest.of("My new voice", "cons_1234",
					FileContent.of(SAMPLE, "sample.mp3").withContentType("audio/mpeg")))
			.block(Duration.ofSeconds(60));
		SpeechRequest speech = SpeechRequest.builder()
			.model(SpeechModels.GPT_4O_MINI_TTS)
			.input("Hello in my own voice.")
			.voice(voice.voice())
			.build();
		Path target = this.temp.resolve("hello.mp3");
		long written = this.client.audio().speech().create(speech, target);
		byte[] streamed = join(this.client.audio().speech().createAsync(speech));

		assertThat(written).isEqualTo(SAMPLE.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(SAMPLE);
		assertThat(streamed).isEqualTo(SAMPLE);
		this.server.verify(2, postRequestedFor(urlEqualTo("/v1/audio/speech")).withRequestBody(equalToJson("""
				{"model": "gpt-4o-mini-tts", "input": "Hello in my own voice.", "voice": {"id": "voice_123abc"}}
				""", false, false)));
	}

	@Test
	void aConsentThatDoesNotMatchIsABadRequestWithItsCode() {
		this.server.stubFor(post("/v1/audio/voices").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_voice400")
			.withBody("""
					{"error": {"message": "The consent recording does not match the audio sample.",
					 "type": "invalid_request_error", "param": "consent", "code": "consent_mismatch"}}
					""")));

		StepVerifier.create(this.client.audio()
			.voices()
			.createAsync(VoiceRequest.of("My new voice", "cons_1234", FileContent.of(SAMPLE, "sample.wav"))))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(BadRequestException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(400);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("consent_mismatch");
				assertThat(ex.requestId()).isEqualTo("req_voice400");
			}))
			.verify(Duration.ofSeconds(60));
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/audio/voices")));
	}

	@Test
	void aSuccessAnsweredWithAnHtmlPageFailsTyped() {
		this.server.stubFor(post("/v1/audio/voices").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><body><h1>Captive portal</h1></body></html>")));

		assertThatThrownBy(() -> this.client.audio()
			.voices()
			.create(VoiceRequest.of("My new voice", "cons_1234", FileContent.of(SAMPLE, "sample.wav"))))
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessage("Expected application/json from 127.0.0.1 but got HTTP 200 OK with Content-Type text/html;charset=utf-8: Captive portal");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/audio/voices")));
	}

	@Test
	void invalidRequestsFailBeforeAnyRequestNamingTheWireField() {
		assertThatThrownBy(() -> VoiceRequest.of("My new voice", " ", FileContent.of(SAMPLE, "sample.wav")))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("consent"));
		assertThatThrownBy(() -> VoiceRequest.of("My new voice", "cons_1234", (FileContent) null))
			.hasMessage("audio_sample is required");
		assertThatThrownBy(() -> VoiceRequest.of("", "cons_1234", FileContent.of(SAMPLE, "sample.wav")))
			.hasMessage("name must not be blank");
		StepVerifier.create(this.client.audio().voices().createAsync(null)).expectErrorMessage("request is required")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
