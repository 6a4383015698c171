package dev.integrations.openai.containers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.responses.ContainerNetworkPolicy;
import dev.integrations.openai.responses.ShellSkill;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

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

/**
 * The container operations on the wire: the exact requests, the parsed containers, lists and deletions, the
 * validation before the network, typed errors and a body that is not JSON.
 */
class ContainerServiceTest extends WireMockSupport {

	static final String CONTAINER_ID = "cntr_682e30645a488191b6363a0cbefc0f0a025ec61b66250591";

	static final String CONTAINER = """
			{
			  "id": "cntr_682e30645a488191b6363a0cbefc0f0a025ec61b66250591",
			  "object": "container",
			  "created_at": 1747857508,
			  "status": "running",
			  "expires_after": {"anchor": "last_active_at", "minutes": 20},
			  "last_active_at": 1747857512,
			  "network_policy": {"type": "allowlist", "allowed_domains": ["api.buildkite.com"]},
			  "memory_limit": "4g",
			  "name": "My Container"
			}
			""";

	/** A generous timeout: a slow first response on a loaded machine must not turn into a retry. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createPostsEveryFieldAndParsesTheContainer() {
		this.server.stubFor(post("/v1/containers").willReturn(okJson(CONTAINER)));

		Container container = this.client.containers()
			.create(CreateContainerRequest.builder()
				.name("My Container")
				.addFileId("file-6F2ksmvXxt4VdoqmHRw6kL")
				.addFileId("file-9GrTq3YpLm2WxZbN8cVd1e")
				.expiresAfter(ContainerExpiration.minutesAfterLastActive(20))
				.addSkill(ShellSkill.reference("skill_4db6f1a2c9e73508b41f9da06e2c7b5f"))
				.addSkill(new ShellSkill.Reference("openai-spreadsheets", "latest"))
				.memoryLimit(ContainerMemoryLimit.GB_4)
				.networkPolicy(new ContainerNetworkPolicy.Allowlist(List.of("api.buildkite.com"),
						List.of(new ContainerNetworkPolicy.DomainSecret("api.buildkite.com", "BUILDKITE_TOKEN",
								"bkua_3f9c2e7d1a"))))
				.putExtra("priority", "high")
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/containers"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("OpenAI-Organization", equalTo("org-test123"))
			.withHeader("OpenAI-Project", equalTo("proj_test456"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withoutHeader("OpenAI-Beta")
			.withRequestBody(equalToJson("""
					{
					  "name": "My Container",
					  "file_ids": ["file-6F2ksmvXxt4VdoqmHRw6kL", "file-9GrTq3YpLm2WxZbN8cVd1e"],
					  "expires_after": {"anchor": "last_active_at", "minutes": 20},
					  "skills": [
					    {"type": "skill_reference", "skill_id": "skill_4db6f1a2c9e73508b41f9da06e2c7b5f"},
					    {"type": "skill_reference", "skill_id": "openai-spreadsheets", "version": "latest"}
					  ],
					  "memory_limit": "4g",
					  "network_policy": {"type": "allowlist", "allowed_domains": ["api.buildkite.com"],
					    "domain_secrets": [{"domain": "api.buildkite.com", "name": "BUILDKITE_TOKEN",
					      "value": "bkua_3f9c2e7d1a"}]},
					  "priority": "high"
					}
					""", false, false)));
		assertThat(container.id()).isEqualTo(CONTAINER_ID);
		assertThat(container.object()).isEqualTo("container");
		assertThat(container.name()).isEqualTo("My Container");
		assertThat(container.status()).isEqualTo("running");
		assertThat(container.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1747857508));
		assertThat(container.lastActiveAtInstant()).isEqualTo(Instant.ofEpochSecond(1747857512));
		assertThat(container.expiresAfter()).isEqualTo(new ContainerExpiration("last_active_at", 20));
		assertThat(container.memoryLimit()).isEqualTo(ContainerMemoryLimit.GB_4);
		assertThat(container.networkPolicy())
			.isEqualTo(new Container.NetworkPolicy("allowlist", List.of("api.buildkite.com")));
		assertThat(container.extra()).isEmpty();
	}

	@Test
	void createAsyncSendsOnlyTheName() {
		this.server.stubFor(post("/v1/containers").willReturn(okJson(CONTAINER)));

		CreateContainerRequest request = CreateContainerRequest.builder().name("My Container").build();

		StepVerifier.create(this.client.containers().createAsync(request))
			.assertNext((container) -> assertThat(container.id()).isEqualTo(CONTAINER_ID))
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/containers"))
			.withRequestBody(equalToJson("{\"name\": \"My Container\"}", false, false)));
	}

	@Test
	void listSendsThePageAndTheNameFilter() {
		this.server.stubFor(get(urlPathEqualTo("/v1/containers")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": false}
				""".formatted(CONTAINER, CONTAINER_ID, CONTAINER_ID))));

		ListResponse<Container> page = this.client.containers()
			.list(ContainerListParams.of(ListParams.limit(10).withOrder(SortOrder.ASC).withAfter("cntr_abc"))
				.withName("My Container"));

		assertThat(page.data()).extracting(Container::name).containsExactly("My Container");
		assertThat(page.lastId()).isEqualTo(CONTAINER_ID);
		assertThat(page.hasMore()).isFalse();
		this.server.verify(
				getRequestedFor(urlEqualTo("/v1/containers?limit=10&order=asc&after=cntr_abc&name=My%20Container")));
	}

	@Test
	void listAutoPagingFollowsTheCursorAndReadsUnknownValuesLeniently() {
		this.server.stubFor(get(urlEqualTo("/v1/containers?limit=1")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": true}
				""".formatted(CONTAINER, CONTAINER_ID, CONTAINER_ID))));
		this.server.stubFor(get(urlEqualTo("/v1/containers?limit=1&after=" + CONTAINER_ID)).willReturn(okJson("""
				{"object": "list", "data": [{"id": "cntr_2", "object": "container", "created_at": 1747860000,
				  "status": "hibernating", "name": "Scratch", "memory_limit": "256g",
				  "network_policy": {"type": "proxy"}, "gpu": "h100"}],
				 "first_id": "cntr_2", "last_id": "cntr_2", "has_more": false}
				""")));

		List<Container> containers = this.client.containers()
			.listAutoPaging(ContainerListParams.of(ListParams.limit(1)))
			.stream()
			.toList();

		assertThat(containers).extracting(Container::id).containsExactly(CONTAINER_ID, "cntr_2");
		Container scratch = containers.get(1);
		assertThat(scratch.status()).isEqualTo("hibernating");
		assertThat(scratch.memoryLimit()).isEqualTo(ContainerMemoryLimit.UNKNOWN);
		assertThat(scratch.networkPolicy()).isEqualTo(new Container.NetworkPolicy("proxy", List.of()));
		assertThat(scratch.expiresAfter()).isNull();
		assertThat(scratch.lastActiveAtInstant()).isNull();
		assertThat(scratch.extra()).containsExactly(java.util.Map.entry("gpu", "h100"));
		assertThat(this.server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void retrieveBlockingAndAsyncUseTheContainerPath() {
		this.server.stubFor(get("/v1/containers/" + CONTAINER_ID).willReturn(okJson(CONTAINER)));

		assertThat(this.client.containers().retrieve(CONTAINER_ID).memoryLimit()).isEqualTo(ContainerMemoryLimit.GB_4);
		StepVerifier.create(this.client.containers().retrieveAsync(CONTAINER_ID))
			.assertNext((container) -> assertThat(container.name()).isEqualTo("My Container"))
			.verifyComplete();

		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/containers/" + CONTAINER_ID)));
	}

	@Test
	void deleteReadsTheBodyTheApiSendsAndAnEmptyOne() {
		this.server.stubFor(delete("/v1/containers/" + CONTAINER_ID).willReturn(okJson("""
				{"id": "%s", "object": "container.deleted", "deleted": true}
				""".formatted(CONTAINER_ID))));
		this.server.stubFor(delete("/v1/containers/cntr_quiet").willReturn(aResponse().withStatus(200)));

		DeletionStatus deleted = this.client.containers().delete(CONTAINER_ID);
		DeletionStatus quiet = this.client.containers().deleteAsync("cntr_quiet").block();

		assertThat(deleted).isEqualTo(new DeletionStatus(CONTAINER_ID, "container.deleted", true, java.util.Map.of()));
		assertThat(quiet).isEqualTo(DeletionStatus.withoutBody("cntr_quiet"));
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/containers/" + CONTAINER_ID)));
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/containers/cntr_quiet")));
	}

	@Test
	void invalidRequestsAreRejectedBeforeAnyRequestNamingTheWireField() {
		assertThatThrownBy(() -> CreateContainerRequest.builder().memoryLimit(ContainerMemoryLimit.GB_1).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> ContainerExpiration.minutesAfterLastActive(0))
			.hasMessage("expires_after.minutes must be between 1 and 2147483647, was 0");
		assertThatThrownBy(() -> CreateContainerRequest.builder()
			.name("My Container")
			.expiresAfter(new ContainerExpiration(" ", 20))
			.build()).hasMessage("expires_after.anchor must be last_active_at, the only anchor the API supports, was ' '");
		assertThatThrownBy(() -> CreateContainerRequest.builder()
			.name("My Container")
			.expiresAfter(new ContainerExpiration("created_at", 20))
			.build()).isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("expires_after.anchor"));
		assertThatThrownBy(() -> ContainerListParams.DEFAULTS.withName(" "))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("name"));
		assertThatThrownBy(() -> ContainerListParams.of(ListParams.DEFAULTS.withBefore("cntr_abc")))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("before"));
		assertThatThrownBy(() -> this.client.containers().create(null))
			.isInstanceOf(OpenAIValidationException.class);
		StepVerifier.create(this.client.containers().retrieveAsync(""))
			.expectErrorMessage("container_id must not be blank")
			.verify();
		StepVerifier.create(this.client.containers().listAsync(null))
			.expectError(OpenAIValidationException.class)
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void anUnknownContainerRaisesNotFoundWithTypeCodeAndRequestId() {
		this.server.stubFor(get("/v1/containers/cntr_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_4f1c2a9b7e")
			.withBody("""
					{"error": {"message": "Container with id 'cntr_missing' not found.",
					 "type": "invalid_request_error", "param": "container_id", "code": "container_not_found"}}
					""")));

		assertThatThrownBy(() -> this.client.containers().retrieve("cntr_missing"))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("container_not_found");
				assertThat(ex.param()).isEqualTo("container_id");
				assertThat(ex.requestId()).isEqualTo("req_4f1c2a9b7e");
				assertThat(ex.getMessage()).contains("Container with id 'cntr_missing' not found.");
			});
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/containers/cntr_missing")));
	}

	@Test
	void aSuccessAnsweredWithAnHtmlPageFailsTypedInsteadOfParsingGarbage() {
		this.server.stubFor(get("/v1/containers/" + CONTAINER_ID).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><body><h1>Captive portal</h1><p>Sign in to continue</p></body></html>")));

		assertThatThrownBy(() -> this.client.containers().retrieve(CONTAINER_ID))
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessage("Expected application/json from 127.0.0.1 but got HTTP 200 OK with Content-Type text/html;charset=utf-8: Captive portal Sign in to continue");
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/containers/" + CONTAINER_ID)));
	}

}
