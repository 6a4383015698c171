package dev.integrations.openai.audio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.PageParams;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VoiceConsentServiceTest extends WireMockSupport {

	private static final String CONSENT = """
			{"object": "audio.voice_consent", "id": "cons_1234", "name": "John Doe", "language": "en-US",
			 "created_at": 1734220800}
			""";

	private static final byte[] WAV = "RIFF\u0024\u0000\u0000\u0000WAVEfmt consent".getBytes(StandardCharsets.ISO_8859_1);

	@TempDir
	Path temp;

	/** A generous timeout, so a slow first request on a busy machine is not retried. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createSendsNameRecordingAndLanguageAsMultipartAndParsesTheConsent() {
		this.server.stubFor(post("/v1/audio/voice_consents").willReturn(okJson(CONSENT)));

		VoiceConsent consent = this.client.audio()
			.voiceConsents()
			.create(VoiceConsentRequest.of("John Doe", "en-US",
					FileContent.of(WAV, "consent_recording.wav").withContentType("audio/x-wav")));

		assertThat(consent).isEqualTo(new VoiceConsent("audio.voice_consent", "cons_1234", "John Doe", "en-US",
				1734220800L, java.util.Map.of()));
		assertThat(consent.createdAtInstant()).isEqualTo(Instant.parse("2024-12-15T00:00:00Z"));
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("name", "recording", "language");
		assertThat(form.text("name")).isEqualTo("John Doe");
		assertThat(form.text("language")).isEqualTo("en-US");
		form.assertFile("recording", "consent_recording.wav", "audio/x-wav", WAV);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/audio/voice_consents"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY)));
	}

	@Test
	void createAsyncStreamsTheRecordingFromAPathAndKeepsUnknownFields() throws Exception {
		Path recording = Files.write(this.temp.resolve("consent.wav"), WAV);
		this.server.stubFor(post("/v1/audio/voice_consents")
			.willReturn(okJson(CONSENT.replace("\"created_at\"", "\"status\": \"verified\", \"created_at\""))));

		StepVerifier.create(this.client.audio()
			.voiceConsents()
			.createAsync(VoiceConsentRequest.of("John Doe", "en-US", recording)))
			.assertNext((consent) -> {
				assertThat(consent.id()).isEqualTo("cons_1234");
				assertThat(consent.extra()).containsEntry("status", "verified");
			})
			.verifyComplete();
		MultipartRequests.onlyRequest(this.server).assertFile("recording", "consent.wav", "audio/x-wav", WAV);
	}

	@Test
	void listSendsCursorAndLimitAndThePagerWalksTwoPages() {
		this.server.stubFor(get(urlPathEqualTo("/v1/audio/voice_consents")).withQueryParam("after", absent())
			.willReturn(okJson("""
					{"object": "list", "data": [%s], "first_id": "cons_1234", "last_id": "cons_1234",
					 "has_more": true}
					""".formatted(CONSENT))));
		this.server.stubFor(get(urlPathEqualTo("/v1/audio/voice_consents"))
			.withQueryParam("after", equalTo("cons_1234"))
			.willReturn(okJson("""
					{"object": "list", "data": [%s], "first_id": "cons_5678", "last_id": "cons_5678",
					 "has_more": false}
					""".formatted(CONSENT.replace("cons_1234", "cons_5678").replace("John Doe", "Jane Roe")))));

		ListResponse<VoiceConsent> page = this.client.audio().voiceConsents().list(PageParams.limit(1));
		List<String> names = this.client.audio()
			.voiceConsents()
			.listAutoPaging(PageParams.limit(1))
			.stream()
			.map(VoiceConsent::name)
			.toList();

		assertThat(page.hasMore()).isTrue();
		assertThat(page.lastId()).isEqualTo("cons_1234");
		assertThat(page.data()).extracting(VoiceConsent::language).containsExactly("en-US");
		assertThat(names).containsExactly("John Doe", "Jane Roe");
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/audio/voice_consents?limit=1")));
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/audio/voice_consents?after=cons_1234&limit=1")));
	}

	@Test
	void retrieveUpdateAndDeleteUseTheConsentRoute() {
		String path = "/v1/audio/voice_consents/cons_1234";
		this.server.stubFor(get(path).willReturn(okJson(CONSENT)));
		this.server.stubFor(post(path).willReturn(okJson(CONSENT.replace("John Doe", "John Q. Doe"))));
		this.server.stubFor(delete(path).willReturn(okJson("""
				{"object": "audio.voice_consent", "id": "cons_1234", "deleted": true}
				""")));

		VoiceConsent retrieved = this.client.audio().voiceConsents().retrieve("cons_1234");
		VoiceConsent renamed = this.client.audio().voiceConsents().updateAsync("cons_1234", "John Q. Doe").block();
		DeletionStatus deleted = this.client.audio().voiceConsents().delete("cons_1234");

		assertThat(retrieved.name()).isEqualTo("John Doe");
		assertThat(renamed.name()).isEqualTo("John Q. Doe");
		assertThat(deleted).isEqualTo(new DeletionStatus("cons_1234", "audio.voice_consent", true, java.util.Map.of()));
		this.server.verify(getRequestedFor(urlEqualTo(path)));
		this.server.verify(postRequestedFor(urlEqualTo(path)).withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"name\": \"John Q. Doe\"}", false, false)));
		this.server.verify(deleteRequestedFor(urlEqualTo(path)));
	}

	@Test
	void retrieveOfAnUnknownConsentRaisesNotFoundWithTypeCodeAndRequestId() {
		this.server.stubFor(get("/v1/audio/voice_consents/cons_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_cons404")
			.withBody("""
					{"error": {"message": "No voice consent found with id 'cons_missing'.",
					 "type": "invalid_request_error", "param": "consent_id", "code": "voice_consent_not_found"}}
					""")));

		assertThatThrownBy(() -> this.client.audio().voiceConsents().retrieve("cons_missing"))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("voice_consent_not_found");
				assertThat(ex.param()).isEqualTo("consent_id");
				assertThat(ex.requestId()).isEqualTo("req_cons404");
			});
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/audio/voice_consents/cons_missing")));
	}

	@Test
	void invalidArgumentsFailBeforeAnyRequestNamingTheWireField() {
		assertThatThrownBy(() -> VoiceConsentRequest.of(" ", "en-US", FileContent.of(WAV, "c.wav")))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> VoiceConsentRequest.of("John Doe", "", FileContent.of(WAV, "c.wav")))
			.hasMessage("language must not be blank");
		assertThatThrownBy(() -> VoiceConsentRequest.of("John Doe", "en-US", (FileContent) null))
			.hasMessage("recording is required");
		assertThatThrownBy(() -> VoiceConsentRequest.of("John Doe", "en-US", this.temp.resolve("missing.wav")))
			.isInstanceOf(OpenAIValidationException.class);
		assertThatThrownBy(() -> this.client.audio().voiceConsents().list(PageParams.limit(101)))
			.hasMessage("limit must be between 1 and 100, was 101");
		assertThatThrownBy(() -> this.client.audio().voiceConsents().update("cons_1234", " "))
			.hasMessage("name must not be blank");
		StepVerifier.create(this.client.audio().voiceConsents().deleteAsync(""))
			.expectErrorMessage("consent_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
