package dev.integrations.openai.models;

import java.time.LocalDate;
import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.errors.NotFoundException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelServiceTest extends WireMockSupport {

	private static final String MODEL_LIST = """
			{
			  "object": "list",
			  "data": [
			    {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"},
			    {"id": "ft:gpt-4o-mini-2024-07-18:acme::9vXyZ12a", "object": "model", "created": 1726000000,
			     "owned_by": "user-abc123", "shutdown_date": "2026-10-23", "permission": []}
			  ]
			}
			""";

	@Test
	void listSendsAuthenticatedGetAndParsesModels() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODEL_LIST).withHeader("x-request-id", "req_1")));

		List<Model> models = this.client.models().list();

		assertThat(models).extracting(Model::id)
			.containsExactly("gpt-4o-mini", "ft:gpt-4o-mini-2024-07-18:acme::9vXyZ12a");
		assertThat(models.get(0).ownedBy()).isEqualTo("system");
		assertThat(models.get(0).createdInstant().getEpochSecond()).isEqualTo(1721172741L);
		assertThat(models.get(1).shutdownDate()).isEqualTo(LocalDate.of(2026, 10, 23));
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("OpenAI-Organization", equalTo("org-test123"))
			.withHeader("OpenAI-Project", equalTo("proj_test456"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.matching("openai-spring/.+ Java/.+")));
	}

	@Test
	void listAsyncEmitsTheSameModels() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(MODEL_LIST)));

		StepVerifier.create(this.client.models().listAsync())
			.assertNext((models) -> assertThat(models).hasSize(2))
			.verifyComplete();
	}

	@Test
	void retrieveRefusesAModelIdThatIsNotOnePathSegment() {
		assertThatThrownBy(() -> this.client.models().retrieve("ft:gpt-4o-mini:acme::a/b"))
			.isInstanceOf(dev.integrations.openai.errors.OpenAIValidationException.class)
			.hasMessage("model must be a single path segment, without '/', '\\', '?', '#' or '%'");
		this.server.verify(0, com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
				com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
	}

	@Test
	void retrieveEncodesTheModelIdAsOnePathSegment() {
		this.server.stubFor(get("/v1/models/ft:gpt-4o-mini:acme::a%20b")
			.willReturn(okJson("""
					{"id": "ft:gpt-4o-mini:acme::a b", "object": "model", "created": 1726000000, "owned_by": "user-abc123"}
					""")));

		Model model = this.client.models().retrieve("ft:gpt-4o-mini:acme::a b");

		assertThat(model.id()).isEqualTo("ft:gpt-4o-mini:acme::a b");
		assertThat(model.shutdownDate()).isNull();
	}

	@Test
	void retrieveOfUnknownModelRaisesNotFoundWithRequestId() {
		this.server.stubFor(get("/v1/models/gpt-9").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_404abc")
			.withBody("""
					{"error": {"message": "The model 'gpt-9' does not exist", "type": "invalid_request_error",
					 "param": "model", "code": "model_not_found"}}
					""")));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-9")).isInstanceOfSatisfying(NotFoundException.class,
				(ex) -> {
					assertThat(ex.statusCode()).isEqualTo(404);
					assertThat(ex.code()).isEqualTo("model_not_found");
					assertThat(ex.type()).isEqualTo("invalid_request_error");
					assertThat(ex.param()).isEqualTo("model");
					assertThat(ex.requestId()).isEqualTo("req_404abc");
					assertThat(ex.getMessage()).contains("does not exist").contains("req_404abc");
				});
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/gpt-9")));
	}

	@Test
	void deleteSendsDeleteAndParsesStatus() {
		this.server.stubFor(delete("/v1/models/ft:gpt-4o-mini:acme::abc").willReturn(okJson("""
				{"id": "ft:gpt-4o-mini:acme::abc", "object": "model", "deleted": true}
				""")));

		DeletionStatus status = this.client.models().delete("ft:gpt-4o-mini:acme::abc");

		assertThat(status.deleted()).isTrue();
		assertThat(status.id()).isEqualTo("ft:gpt-4o-mini:acme::abc");
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/models/ft:gpt-4o-mini:acme::abc")));
	}

	@Test
	void blankModelIdIsRejectedBeforeAnyRequest() {
		assertThatThrownBy(() -> this.client.models().retrieve(" "))
			.isInstanceOf(dev.integrations.openai.errors.OpenAIValidationException.class)
			.hasMessage("model must not be blank");
		StepVerifier.create(this.client.models().deleteAsync(""))
			.expectErrorMessage("model must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
