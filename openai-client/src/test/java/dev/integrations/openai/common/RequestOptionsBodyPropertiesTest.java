package dev.integrations.openai.common;

import java.util.List;
import java.util.Map;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.files.FilePurpose;
import dev.integrations.openai.models.Model;
import dev.integrations.openai.moderations.ModerationRequest;
import dev.integrations.openai.moderations.ModerationService;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Body properties of per-request options ({@link RequestOptions.Builder#bodyProperty}): the extra fields of any
 * operation, also of requests without a builder, on the wire.
 */
class RequestOptionsBodyPropertiesTest extends WireMockSupport {

	private static final String MODERATION = """
			{"id":"modr-0d9740456c391e43c445bf0f010940c7","model":"omni-moderation-latest",
			 "results":[{"flagged":false,"categories":{"violence":false},"category_scores":{"violence":0.0001}}]}
			""";

	@Test
	void aRequestWithoutBuilderGetsItsPropertiesMergedAndAPropertyReplacesAFieldOfTheSameName() {
		this.server.stubFor(post("/v1/moderations").willReturn(okJson(MODERATION)));

		this.client.moderations()
			.withOptions(RequestOptions.builder()
				.bodyProperty("safety_identifier", "user-4711")
				.bodyProperty("model", "omni-moderation-2024-09-26")
				.bodyProperty("thresholds", Map.of("violence", 0.8))
				.build())
			.create(ModerationRequest.of("...text to classify goes here..."));

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/moderations")).withRequestBody(equalToJson("""
				{"input":"...text to classify goes here...","model":"omni-moderation-2024-09-26",
				 "safety_identifier":"user-4711","thresholds":{"violence":0.8}}
				""")));
	}

	@Test
	void viewsMergeTheirPropertiesTheNewerWinsAndNullRemovesOneSetBefore() {
		this.server.stubFor(post("/v1/moderations").willReturn(okJson(MODERATION)));
		ModerationService first = this.client.moderations()
			.withOptions(RequestOptions.builder().bodyProperty("a", 1).bodyProperty("b", 2).build());

		first.withOptions(RequestOptions.builder().bodyProperty("b", "two").bodyProperty("c", true)
			.bodyProperty("c", null)
			.build()).createAsync(ModerationRequest.of("hello")).block();

		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/moderations")).withRequestBody(equalToJson("""
				{"input":"hello","a":1,"b":"two"}
				""")));
	}

	@Test
	void everyAttemptOfARetriedCallCarriesTheProperties() {
		this.server.stubFor(post("/v1/moderations").inScenario("retry").whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500).withBody("{\"error\":{\"message\":\"boom\",\"type\":\"server_error\"}}"))
			.willSetStateTo("second"));
		this.server.stubFor(post("/v1/moderations").inScenario("retry").whenScenarioStateIs("second")
			.willReturn(okJson(MODERATION)));

		this.client.moderations()
			.withOptions(RequestOptions.builder().bodyProperty("safety_identifier", "user-4711").build())
			.create(ModerationRequest.of("hello"));

		this.server.verify(2, postRequestedFor(urlEqualTo("/v1/moderations")).withRequestBody(equalToJson("""
				{"input":"hello","safety_identifier":"user-4711"}
				""")));
	}

	@Test
	void aStreamedRequestCarriesThemBesideStreamTrue() {
		this.server.stubFor(post("/v1/chat/completions").willReturn(aResponse().withHeader("Content-Type",
				"text/event-stream")
			.withBody("data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1741569952,"
					+ "\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"
					+ "data: [DONE]\n\n")));

		List<String> text = this.client.chatCompletions()
			.withOptions(RequestOptions.builder().bodyProperty("prompt_cache_retention", "24h").build())
			.streamTextAsync(ChatCompletionRequest.builder().model("gpt-4o-mini").addUserMessage("Hello").build())
			.collectList()
			.block();

		assertThat(text).containsExactly("Hi");
		this.server.verify(1, postRequestedFor(urlEqualTo("/v1/chat/completions")).withRequestBody(equalToJson("""
				{"model":"gpt-4o-mini","stream":true,"prompt_cache_retention":"24h",
				 "messages":[{"role":"user","content":"Hello"}]}
				""", false, true)));
	}

	@Test
	void aMultipartFormGetsThemAsTextFieldsAfterItsOwnParts() {
		this.server.stubFor(post("/v1/files").willReturn(okJson("""
				{"id":"file-abc123","object":"file","bytes":120000,"created_at":1677610602,
				 "filename":"mydata.jsonl","purpose":"fine-tune","status":"uploaded"}
				""")));

		this.client.files()
			.withOptions(RequestOptions.builder()
				.bodyProperty("expires_after[anchor]", "created_at")
				.bodyProperty("expires_after[seconds]", 3600)
				.bodyProperty("tags", List.of("eval", "2026"))
				.build())
			.upload(FileContent.of("{\"prompt\":\"a\"}\n".getBytes(), "mydata.jsonl"), FilePurpose.FINE_TUNE);

		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "purpose", "expires_after[anchor]", "expires_after[seconds]",
				"tags");
		assertThat(form.text("expires_after[seconds]")).isEqualTo("3600");
		assertThat(form.text("tags")).isEqualTo("[\"eval\",\"2026\"]");
	}

	@Test
	void aCallWithoutBodySendsNone() {
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(okJson("""
				{"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"}
				""")));

		Model model = this.client.models()
			.withOptions(RequestOptions.builder().bodyProperty("unused", 1).build())
			.retrieve("gpt-4o");

		assertThat(model.id()).isEqualTo("gpt-4o");
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-4o")).withHeader("Content-Type", absent()));
		assertThat(this.server.getAllServeEvents().get(0).getRequest().getBodyAsString()).isEmpty();
	}

	@Test
	void aBlankNameIsRejectedAndToStringNamesNoValue() {
		assertThatThrownBy(() -> RequestOptions.builder().bodyProperty(" ", 1))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("body property name");
		RequestOptions options = RequestOptions.builder().bodyProperty("user_token", "secret-value-123").build();
		assertThat(options.toString()).contains("bodyProperties=[user_token]").doesNotContain("secret-value-123");
		assertThat(options.bodyProperties()).containsExactly(Map.entry("user_token", "secret-value-123"));
	}

}
