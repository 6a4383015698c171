package dev.integrations.openai.realtime;

import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.responses.ToolChoice;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RealtimeServiceTest extends WireMockSupport {

	private static final String OFFER = "v=0\r\no=- 4611731400430051336 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
			+ "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n";

	private static final String ANSWER = "v=0\r\no=- 1 2 IN IP4 10.0.0.1\r\ns=-\r\nt=0 0\r\n"
			+ "m=audio 3478 UDP/TLS/RTP/SAVPF 111\r\n";

	private static final String CALL_ID = "rtc_u1_9c6574da8b8a41a18da9308f4ad974ce";

	@Test
	void createClientSecretSendsTheSessionAndHidesTheKey() {
		this.server.stubFor(post("/v1/realtime/client_secrets").willReturn(okJson("""
				{"value": "ek_68af296e8e408191a1120ab6383263c2", "expires_at": 1756310470,
				 "session": {"type": "realtime", "object": "realtime.session",
				  "id": "sess_C9CiUVUzUzYIssh3ELY1d", "model": "gpt-realtime", "output_modalities": ["audio"],
				  "instructions": "Be brief.", "tools": [], "tool_choice": "auto", "max_output_tokens": "inf"}}
				""")));

		RealtimeClientSecret secret = this.client.realtime()
			.createClientSecret(RealtimeClientSecretRequest.of(RealtimeSessionConfig.builder().model("gpt-realtime")
				.instructions("Be brief.")
				.audio(RealtimeAudioConfig.of(RealtimeAudioConfig.Output.voice("marin")))
				.build()).expiringAfter(600));

		assertThat(secret.value()).isEqualTo("ek_68af296e8e408191a1120ab6383263c2");
		assertThat(secret.expiresAtInstant().getEpochSecond()).isEqualTo(1756310470L);
		assertThat(secret.sessionType()).isEqualTo("realtime");
		assertThat(secret.session()).isInstanceOfSatisfying(RealtimeSessionConfig.class, (session) -> {
			assertThat(session.id()).isEqualTo("sess_C9CiUVUzUzYIssh3ELY1d");
			assertThat(session.toolChoice()).isEqualTo(ToolChoice.AUTO);
			assertThat(session.maxOutputTokens()).isEqualTo("inf");
			assertThat(session.tools()).isEmpty();
		});
		assertThat(secret.toString()).doesNotContain("ek_68af").contains("hidden");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/realtime/client_secrets"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(equalToJson("""
					{"expires_after": {"anchor": "created_at", "seconds": 600},
					 "session": {"type": "realtime", "model": "gpt-realtime", "instructions": "Be brief.",
					             "audio": {"output": {"voice": "marin"}}}}
					""", false, false)));
	}

	@Test
	void createClientSecretForATranscriptionSessionSendsAndReadsTheTypedSession() {
		this.server.stubFor(post("/v1/realtime/client_secrets").willReturn(okJson("""
				{"value": "ek_68af2a1b2c3d", "expires_at": 1756310470,
				 "session": {"type": "transcription", "object": "realtime.transcription_session",
				  "id": "sess_C9CiUVUzUzYIssh3ELY1e", "expires_at": 1756310470, "include": [],
				  "audio": {"input": {"format": {"type": "audio/pcmu"},
				   "transcription": {"model": "gpt-4o-transcribe", "language": "en", "prompt": ""},
				   "noise_reduction": {"type": "far_field"},
				   "turn_detection": {"type": "server_vad", "threshold": 0.5, "prefix_padding_ms": 300,
				    "silence_duration_ms": 500}}}}}
				""")));

		RealtimeClientSecret secret = this.client.realtime()
			.createClientSecret(RealtimeClientSecretRequest.of(RealtimeTranscriptionSessionConfig.of(
					RealtimeAudioConfig.Input.builder()
						.format(RealtimeAudioFormat.PCMU)
						.transcription(RealtimeAudioConfig.Transcription.model("gpt-4o-transcribe"))
						.noiseReduction("far_field")
						.turnDetection(RealtimeTurnDetection.serverVad().withSilenceDurationMs(500))
						.build())));

		assertThat(secret.sessionType()).isEqualTo("transcription");
		RealtimeTranscriptionSessionConfig session = (RealtimeTranscriptionSessionConfig) secret.session();
		assertThat(session.id()).isEqualTo("sess_C9CiUVUzUzYIssh3ELY1e");
		assertThat(session.expiresAtInstant().getEpochSecond()).isEqualTo(1756310470L);
		assertThat(session.audio().input().transcription().language()).isEqualTo("en");
		assertThat(session.audio().input().turnDetection())
			.isEqualTo(new RealtimeTurnDetection.ServerVad(0.5, 300, 500, null, null, null));
		assertThat(session.extra()).isEmpty();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/realtime/client_secrets"))
			.withRequestBody(equalToJson("""
					{"session": {"type": "transcription", "audio": {"input": {"format": {"type": "audio/pcmu"},
					 "transcription": {"model": "gpt-4o-transcribe"}, "noise_reduction": {"type": "far_field"},
					 "turn_detection": {"type": "server_vad", "silence_duration_ms": 500}}}}}
					""")));
	}

	@Test
	void createTranslationClientSecretSendsTheSessionAndReadsTheEffectiveOne() {
		this.server.stubFor(post("/v1/realtime/translations/client_secrets").willReturn(okJson("""
				{"value": "ek_translate_5f1c", "expires_at": 1756310470,
				 "session": {"id": "sess_tr_123", "type": "translation", "expires_at": 1756310470,
				  "model": "gpt-realtime-translate", "audio": {"input": {"transcription": null,
				  "noise_reduction": {"type": "near_field"}}, "output": {"language": "es"}}}}
				""")));

		RealtimeTranslationClientSecret secret = this.client.realtime()
			.createTranslationClientSecret(RealtimeTranslationClientSecretRequest.of("gpt-realtime-translate",
					RealtimeTranslationAudio.into("es")));

		assertThat(secret.value()).isEqualTo("ek_translate_5f1c");
		assertThat(secret.session().audio().output().language()).isEqualTo("es");
		assertThat(secret.session().audio().input().noiseReduction().type()).isEqualTo("near_field");
		assertThat(secret.toString()).doesNotContain("ek_translate");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/realtime/translations/client_secrets"))
			.withRequestBody(equalToJson("""
					{"session": {"model": "gpt-realtime-translate", "audio": {"output": {"language": "es"}}}}
					""")));
	}

	@Test
	void betaSessionsAndTranscriptionSessionsReturnTheSessionAndItsKey() {
		this.server.stubFor(post("/v1/realtime/sessions").willReturn(okJson("""
				{"id": "sess_001", "object": "realtime.session", "model": "gpt-realtime-2025-08-25",
				 "modalities": ["audio", "text"], "voice": "alloy", "input_audio_format": "pcm16",
				 "tool_choice": "none", "max_response_output_tokens": 200, "tracing": "auto",
				 "client_secret": {"value": "ek_abc123", "expires_at": 1234567890}}
				""")));
		this.server.stubFor(post("/v1/realtime/transcription_sessions").willReturn(okJson("""
				{"id": "sess_BBwZc7cFV3XizEyKGDCGL", "object": "realtime.transcription_session",
				 "input_audio_format": "pcm16", "input_audio_transcription": {"model": "gpt-4o-transcribe"},
				 "client_secret": null}
				""")));

		RealtimeEphemeralSession session = this.client.realtime()
			.createSession(Map.of("model", "gpt-realtime-2025-08-25", "voice", "alloy"));
		RealtimeEphemeralSession transcription = this.client.realtime()
			.createTranscriptionSessionAsync(Map.of("input_audio_transcription", Map.of("model", "gpt-4o-transcribe")))
			.block();

		assertThat(session.id()).isEqualTo("sess_001");
		assertThat(session.clientSecret().value()).isEqualTo("ek_abc123");
		assertThat(session.clientSecret().expiresAtInstant().getEpochSecond()).isEqualTo(1234567890L);
		assertThat(session.json().path("max_response_output_tokens").asInt()).isEqualTo(200);
		assertThat(session + " " + session.clientSecret()).doesNotContain("ek_abc123");
		assertThat(transcription.object()).isEqualTo("realtime.transcription_session");
		assertThat(transcription.clientSecret()).isNull();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/realtime/sessions")).withRequestBody(
				equalToJson("{\"model\": \"gpt-realtime-2025-08-25\", \"voice\": \"alloy\"}")));
		this.server.verify(postRequestedFor(urlEqualTo("/v1/realtime/transcription_sessions")).withRequestBody(
				equalToJson("{\"input_audio_transcription\": {\"model\": \"gpt-4o-transcribe\"}}")));
	}

	@Test
	void createCallWithAnOfferAloneSendsSdpAndReadsTheAnswerAndCallId() {
		this.server.stubFor(post("/v1/realtime/calls").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/sdp")
			.withHeader("Location", "/v1/realtime/calls/" + CALL_ID)
			.withBody(ANSWER)));

		RealtimeCallAnswer answer = this.client.realtime().createCall(RealtimeCallRequest.of(OFFER));

		assertThat(answer.sdp()).isEqualTo(ANSWER);
		assertThat(answer.callId()).isEqualTo(CALL_ID);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/realtime/calls"))
			.withHeader("Content-Type", equalTo("application/sdp"))
			.withHeader("Accept", equalTo("application/sdp"))
			.withRequestBody(equalTo(OFFER)));
	}

	@Test
	void createCallWithASessionSendsMultipartSdpAndJsonParts() {
		this.server.stubFor(post("/v1/realtime/calls").willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/sdp")
			.withBody(ANSWER)));

		StepVerifier.create(this.client.realtime()
			.createCallAsync(new RealtimeCallRequest(OFFER,
					RealtimeSessionConfig.builder().model("gpt-realtime").outputModalities("audio").build())))
			.assertNext((answer) -> {
				assertThat(answer.sdp()).isEqualTo(ANSWER);
				assertThat(answer.callId()).isNull();
			})
			.verifyComplete();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/realtime/calls"))
			.withHeader("Content-Type", containing("multipart/form-data"))
			.withRequestBodyPart(aMultipart("sdp").withHeader("Content-Type", containing("application/sdp"))
				.withBody(equalTo(OFFER))
				.build())
			.withRequestBodyPart(aMultipart("session").withHeader("Content-Type", containing("application/json"))
				.withBody(equalToJson("""
						{"type": "realtime", "model": "gpt-realtime", "output_modalities": ["audio"]}
						"""))
				.build()));
	}

	@Test
	void acceptReferRejectAndHangupPostToTheCallPaths() {
		String call = "/v1/realtime/calls/" + CALL_ID;
		for (String action : new String[] { "accept", "refer", "reject", "hangup" }) {
			this.server.stubFor(post(call + "/" + action).willReturn(aResponse().withStatus(200)));
		}
		RealtimeService realtime = this.client.realtime();

		realtime.acceptCall(CALL_ID, RealtimeSessionConfig.builder().model("gpt-realtime").instructions("Greet the caller.")
			.build());
		realtime.referCall(CALL_ID, new RealtimeCallReferRequest("tel:+14155550123"));
		StepVerifier.create(realtime.rejectCallAsync(CALL_ID, new RealtimeCallRejectRequest(486))).verifyComplete();
		StepVerifier.create(realtime.hangupCallAsync(CALL_ID)).verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo(call + "/accept")).withRequestBody(equalToJson("""
				{"type": "realtime", "model": "gpt-realtime", "instructions": "Greet the caller."}
				""")));
		this.server.verify(postRequestedFor(urlEqualTo(call + "/refer"))
			.withRequestBody(equalToJson("{\"target_uri\": \"tel:+14155550123\"}")));
		this.server.verify(postRequestedFor(urlEqualTo(call + "/reject"))
			.withRequestBody(equalToJson("{\"status_code\": 486}")));
		this.server.verify(postRequestedFor(urlEqualTo(call + "/hangup")).withHeader("Content-Type", absent()));
	}

	@Test
	void errorsAreTypedAndLimitsAreCheckedBeforeAnyRequest() {
		this.server.stubFor(post("/v1/realtime/calls/rtc_gone/hangup").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Call not found", "type": "invalid_request_error", "param": null,
					 "code": "call_not_found"}}
					""")));
		this.server.stubFor(post("/v1/realtime/calls").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Invalid SDP offer", "type": "invalid_request_error", "param": "sdp",
					 "code": null}}
					""")));

		assertThatThrownBy(() -> this.client.realtime().hangupCall("rtc_gone"))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> assertThat(ex.code()).isEqualTo("call_not_found"));
		assertThatThrownBy(() -> this.client.realtime().createCall(RealtimeCallRequest.of("v=0")))
			.isInstanceOfSatisfying(BadRequestException.class, (ex) -> assertThat(ex.param()).isEqualTo("sdp"));
		assertThatThrownBy(() -> new RealtimeCallRejectRequest(200)).isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("status_code");
		assertThatThrownBy(() -> RealtimeClientSecretRequest.of(RealtimeSessionConfig.builder().model("gpt-realtime").build())
			.expiringAfter(5)).hasMessageContaining("expires_after.seconds");
		assertThatThrownBy(() -> RealtimeCallRequest.of(" ")).hasMessage("sdp must not be blank");
		StepVerifier.create(this.client.realtime().acceptCallAsync("", RealtimeSessionConfig.builder().model("m").build()))
			.expectErrorMessage("call_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).hasSize(2);
	}

}
