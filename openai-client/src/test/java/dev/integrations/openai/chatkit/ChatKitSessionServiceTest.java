package dev.integrations.openai.chatkit;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code client.chatKit().sessions()} against WireMock: the exact request with its beta header, the parsed session,
 * the secret kept out of {@code toString()}, validation before the network and typed errors.
 */
class ChatKitSessionServiceTest extends WireMockSupport {

	static final String SECRET = "ek_68df4b2c5f9c8190b2a9c1e5d2f0c7e1_chatkit";

	static String session(String status) {
		return """
				{
				  "id": "cksess_68df4b2c", "object": "chatkit.session", "expires_at": 1759530600,
				  "client_secret": "%s",
				  "workflow": {"id": "wf_68df4b13b3588190", "version": "3",
				               "state_variables": {"plan": "enterprise", "seats": 25, "beta": true, "score": 0.75},
				               "tracing": {"enabled": true}},
				  "user": "user_789", "rate_limits": {"max_requests_per_1_minute": 60},
				  "max_requests_per_1_minute": 60, "status": "%s",
				  "chatkit_configuration": {
				    "automatic_thread_titling": {"enabled": true},
				    "file_upload": {"enabled": true, "max_file_size": 16, "max_files": 20},
				    "history": {"enabled": true, "recent_threads": null}
				  },
				  "region": "us"
				}
				""".formatted(SECRET, status);
	}

	@Test
	void createPostsEveryFieldWithTheBetaHeaderAndParsesTheSession() {
		this.server.stubFor(post("/v1/chatkit/sessions").willReturn(okJson(session("active"))));

		ChatSession session = this.client.chatKit()
			.sessions()
			.create(ChatSessionRequest.builder()
				.workflow(ChatKitWorkflow.of("wf_68df4b13b3588190")
					.withVersion("3")
					.withStateVariable("plan", "enterprise")
					.withStateVariable("seats", 25)
					.withTracing(false))
				.user("user_789")
				.expiresAfter(ChatSessionRequest.ExpiresAfter.creation(Duration.ofMinutes(5)))
				.maxRequestsPer1Minute(60)
				.chatkitConfiguration(ChatKitConfiguration.DEFAULTS.withAutomaticThreadTitling(false)
					.withFileUpload(ChatKitConfiguration.FileUpload.enabled(16, 20))
					.withHistory(new ChatKitConfiguration.History(true, 10)))
				.putExtra("scope", Map.of("customer_id", "cust_456"))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/chatkit/sessions"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("""
					{
					  "workflow": {"id": "wf_68df4b13b3588190", "version": "3",
					               "state_variables": {"plan": "enterprise", "seats": 25}, "tracing": {"enabled": false}},
					  "user": "user_789",
					  "expires_after": {"anchor": "created_at", "seconds": 300},
					  "rate_limits": {"max_requests_per_1_minute": 60},
					  "chatkit_configuration": {
					    "automatic_thread_titling": {"enabled": false},
					    "file_upload": {"enabled": true, "max_file_size": 16, "max_files": 20},
					    "history": {"enabled": true, "recent_threads": 10}
					  },
					  "scope": {"customer_id": "cust_456"}
					}
					""", false, false)));
		assertThat(session.id()).isEqualTo("cksess_68df4b2c");
		assertThat(session.object()).isEqualTo("chatkit.session");
		assertThat(session.clientSecret()).isEqualTo(SECRET);
		assertThat(session.expiresAtInstant()).isEqualTo(Instant.ofEpochSecond(1759530600));
		assertThat(session.status()).isEqualTo(ChatSessionStatus.ACTIVE);
		assertThat(session.user()).isEqualTo("user_789");
		assertThat(session.workflow()).isEqualTo(new ChatKitWorkflow("wf_68df4b13b3588190", "3",
				Map.of("plan", "enterprise", "seats", 25, "beta", true, "score", 0.75),
				new ChatKitWorkflow.Tracing(true)));
		assertThat(session.rateLimits()).isEqualTo(ChatSession.RateLimits.perMinute(60));
		assertThat(session.maxRequestsPer1Minute()).isEqualTo(60);
		assertThat(session.chatkitConfiguration()).isEqualTo(new ChatKitConfiguration(
				new ChatKitConfiguration.AutomaticThreadTitling(true), ChatKitConfiguration.FileUpload.enabled(16, 20),
				new ChatKitConfiguration.History(true, null)));
		assertThat(session.extra()).containsExactly(Map.entry("region", "us"));
	}

	@Test
	void theClientSecretNeverAppearsInToString() {
		this.server.stubFor(post("/v1/chatkit/sessions").willReturn(okJson(session("active"))));

		ChatSession session = this.client.chatKit()
			.sessions()
			.create(ChatSessionRequest.builder().workflow("wf_68df4b13b3588190").user("user_789").build());

		assertThat(session.toString()).doesNotContain(SECRET)
			.doesNotContain("ek_")
			.contains("clientSecret=(hidden)", "cksess_68df4b2c", "user_789", "ACTIVE");
		assertThat(OpenAIJson.mapper().writeValueAsString(session)).contains("\"client_secret\":\"" + SECRET + "\"");
	}

	@Test
	void createAsyncSendsOnlyTheRequiredFields() {
		this.server.stubFor(post("/v1/chatkit/sessions").willReturn(okJson(session("active"))));

		StepVerifier.create(this.client.chatKit()
			.sessions()
			.createAsync(ChatSessionRequest.builder().workflow("wf_68df4b13b3588190").user("user_789").build()))
			.assertNext((session) -> assertThat(session.clientSecret()).isEqualTo(SECRET))
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/chatkit/sessions"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1"))
			.withRequestBody(equalToJson("""
					{"workflow": {"id": "wf_68df4b13b3588190"}, "user": "user_789"}
					""", false, false)));
	}

	@Test
	void cancelPostsWithoutBodyAndReadsTheCancelledSession() {
		this.server.stubFor(post("/v1/chatkit/sessions/cksess_68df4b2c/cancel")
			.willReturn(okJson(session("cancelled"))));

		ChatSession blocking = this.client.chatKit().sessions().cancel("cksess_68df4b2c");

		assertThat(blocking.status()).isEqualTo(ChatSessionStatus.CANCELLED);
		StepVerifier.create(this.client.chatKit().sessions().cancelAsync("cksess_68df4b2c"))
			.assertNext((session) -> assertThat(session.status()).isEqualTo(ChatSessionStatus.CANCELLED))
			.verifyComplete();
		this.server.verify(2, postRequestedFor(urlEqualTo("/v1/chatkit/sessions/cksess_68df4b2c/cancel"))
			.withHeader("OpenAI-Beta", equalTo("chatkit_beta=v1"))
			.withHeader("Content-Type", absent()));
	}

	@Test
	void aStatusAddedLaterReadsAsUnknown() {
		this.server.stubFor(post("/v1/chatkit/sessions/cksess_68df4b2c/cancel").willReturn(okJson(session("paused"))));

		assertThat(this.client.chatKit().sessions().cancel("cksess_68df4b2c").status())
			.isEqualTo(ChatSessionStatus.UNKNOWN);
	}

	@Test
	void invalidRequestsFailBeforeTheNetworkNamingTheWireField() {
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatSessionRequest.builder().workflow("wf_1").build())
			.withMessage("user must not be blank");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatSessionRequest.builder().user("user_789").build())
			.withMessage("workflow is required");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatSessionRequest.ExpiresAfter.creation(Duration.ofHours(1)))
			.withMessage("expires_after.seconds must be between 1 and 600, was 3600");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatSessionRequest.builder().workflow("wf_1").user("u").maxRequestsPer1Minute(0).build())
			.withMessage("rate_limits.max_requests_per_1_minute must be between 1 and 2147483647, was 0");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatSessionRequest.builder()
				.workflow("wf_1")
				.user("u")
				.chatkitConfiguration(ChatKitConfiguration.DEFAULTS.withFileUpload(ChatKitConfiguration.FileUpload.enabled(1024, 5)))
				.build())
			.withMessage("chatkit_configuration.file_upload.max_file_size must be between 1 and 512, was 1024");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatSessionRequest.builder()
				.workflow(ChatKitWorkflow.of("wf_1").withStateVariable("customer", Map.of("id", 1)))
				.user("u")
				.build())
			.withMessageStartingWith("workflow.state_variables.customer: ");
		StepVerifier.create(this.client.chatKit().sessions().cancelAsync(" "))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAIValidationException.class)
				.hasMessage("session_id must not be blank"))
			.verify();
		this.server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void anAnchorOtherThanCreatedAtAndANullStateVariableKeyFailTypedNamingTheWireField() {
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> new ChatSessionRequest.ExpiresAfter("last_active_at", 60))
			.withMessage("expires_after.anchor must be created_at, was last_active_at");
		Map<String, Object> variables = new HashMap<>();
		variables.put(null, "enterprise");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> ChatSessionRequest.builder()
				.workflow(new ChatKitWorkflow("wf_1", null, variables, null))
				.user("u")
				.build())
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("workflow.state_variables"));
	}

	@Test
	void cancelOfAnUnknownSessionRaisesNotFoundWithTypeCodeAndRequestId() {
		this.server.stubFor(post("/v1/chatkit/sessions/cksess_missing/cancel").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_chatkit404")
			.withBody("""
					{"error": {"message": "Session cksess_missing not found.", "type": "invalid_request_error",
					 "param": "session_id", "code": "session_not_found"}}
					""")));

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.client.chatKit().sessions().cancel("cksess_missing"))
			.satisfies((ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("session_not_found");
				assertThat(ex.param()).isEqualTo("session_id");
				assertThat(ex.requestId()).isEqualTo("req_chatkit404");
				assertThat(ex.getMessage()).contains("Session cksess_missing not found.");
			});
	}

	@Test
	void aSuccessAnsweredWithAnHtmlPageFailsTypedInsteadOfReturningAnEmptySession() {
		this.server.stubFor(post("/v1/chatkit/sessions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><body><h1>Captive portal</h1><p>Sign in to continue</p></body></html>")));

		assertThatExceptionOfType(OpenAIResponseException.class)
			.isThrownBy(() -> this.client.chatKit()
				.sessions()
				.create(ChatSessionRequest.builder().workflow("wf_1").user("user_789").build()))
			.withMessage("Expected application/json from 127.0.0.1 but got HTTP 200 OK with Content-Type text/html;charset=utf-8: Captive portal Sign in to continue")
			.withMessageNotContaining(API_KEY);
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chatkit/sessions")));
	}

}
