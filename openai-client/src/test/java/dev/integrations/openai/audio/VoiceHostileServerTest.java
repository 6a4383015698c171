package dev.integrations.openai.audio;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Custom voices and consents against servers that misbehave: a connection reset after the upload was read (the
 * upload is sent again whole, or not at all), an error body echoing the API key, and recordings over the API's
 * 10 MiB limit, which must fail before a byte is uploaded.
 */
class VoiceHostileServerTest extends WireMockSupport {

	private static final String VOICE = """
			{"object": "audio.voice", "id": "voice_123abc", "name": "Narrator", "created_at": 1734220800}
			""";

	private static final byte[] SAMPLE = sample();

	@TempDir
	Path temp;

	private static byte[] sample() {
		byte[] bytes = new byte[256 * 1024];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) (i * 13 + (i >>> 9));
		}
		return bytes;
	}

	/** A generous response timeout: a slow first response must not become a retry. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void aResetAfterTheSampleWasReadResendsTheWholeSampleFromAPath() throws Exception {
		Path sample = Files.write(this.temp.resolve("narrator.wav"), SAMPLE);
		this.server.stubFor(post("/v1/audio/voices").inScenario("reset once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
			.willSetStateTo("answered"));
		this.server.stubFor(post("/v1/audio/voices").inScenario("reset once")
			.whenScenarioStateIs("answered")
			.willReturn(okJson(VOICE)));

		CustomVoice voice = this.client.audio().voices().create(VoiceRequest.of("Narrator", "cons_1234", sample));

		assertThat(voice.id()).isEqualTo("voice_123abc");
		assertThat(this.server.findAll(anyRequestedFor(anyUrl()))).hasSize(2).allSatisfy((request) -> {
			MultipartRequests form = MultipartRequests.of(request);
			assertThat(form.names()).containsExactly("name", "audio_sample", "consent");
			form.assertFile("audio_sample", "narrator.wav", "audio/x-wav", SAMPLE);
		});
		awaitPoolDrained();
	}

	@Test
	void aResetAfterAStreamedRecordingWasReadFailsTypedAndNeverResendsItTruncated() {
		this.server.stubFor(post("/v1/audio/voice_consents").willReturn(aResponse()
			.withFault(Fault.CONNECTION_RESET_BY_PEER)));
		VoiceConsentRequest request = VoiceConsentRequest.of("Narrator consent", "en-US",
				FileContent.of(new ByteArrayInputStream(SAMPLE), "consent.wav"));

		assertThatThrownBy(() -> this.client.audio().voiceConsents().create(request))
			.isInstanceOfSatisfying(OpenAIConnectionException.class, (ex) -> {
				assertThat(ex.mayHaveBeenProcessed()).as("the server read the whole upload").isTrue();
				assertThat(ex.attempts()).isEqualTo(1);
			});
		assertThat(this.server.findAll(anyRequestedFor(anyUrl()))).singleElement()
			.satisfies((logged) -> MultipartRequests.of(logged)
				.assertFile("recording", "consent.wav", "audio/x-wav", SAMPLE));
		awaitPoolDrained();
	}

	@Test
	void anErrorBodyEchoingTheKeyNeverPutsItIntoTheException() {
		this.server.stubFor(get(urlPathEqualTo("/v1/audio/voice_consents")).willReturn(aResponse().withStatus(401)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": {\"message\": \"Incorrect API key provided: " + API_KEY + ".\", \"type\": "
					+ "\"invalid_request_error\", \"param\": null, \"code\": \"invalid_api_key\"}}")));

		assertThatThrownBy(() -> this.client.audio().voiceConsents().list(PageParams.DEFAULTS))
			.isInstanceOfSatisfying(AuthenticationException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("invalid_api_key");
				assertThat(ex.getMessage()).doesNotContain("SECRET0123");
			});
	}

	@Test
	void recordingsOverTenMebibytesFailBeforeAnyUploadNamingThePart() throws Exception {
		byte[] tooLarge = new byte[(int) VoiceRequest.MAX_RECORDING_BYTES + 1];
		Path largeFile = Files.write(this.temp.resolve("long.wav"), tooLarge);

		assertThatThrownBy(() -> VoiceRequest.of("Narrator", "cons_1234", largeFile))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("audio_sample"))
			.hasMessage("audio_sample must be at most 10 MiB (10485760 bytes), was 10485761 bytes");
		assertThatThrownBy(() -> VoiceConsentRequest.of("Consent", "en-US", FileContent.of(tooLarge, "consent.wav")))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("recording"));
		assertThat(VoiceRequest.of("Narrator", "cons_1234",
				FileContent.of(new byte[(int) VoiceRequest.MAX_RECORDING_BYTES], "exact.wav")).name())
			.isEqualTo("Narrator");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private void awaitPoolDrained() {
		await("connections released").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.client.connectionPoolStats()).get().satisfies((stats) -> {
				assertThat(stats.active()).as("active connections").isZero();
				assertThat(stats.pending()).as("pending acquisitions").isZero();
			}));
	}

}
