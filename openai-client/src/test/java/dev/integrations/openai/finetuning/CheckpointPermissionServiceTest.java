package dev.integrations.openai.finetuning;

import java.time.Instant;
import java.util.List;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.errors.PermissionDeniedException;
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

class CheckpointPermissionServiceTest extends WireMockSupport {

	private static final String CHECKPOINT = "ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd";

	private static final String PATH = "/v1/fine_tuning/checkpoints/" + CHECKPOINT + "/permissions";

	@Test
	void createPostsTheProjectIdsAndParsesTheCreatedPermissions() {
		this.server.stubFor(post(PATH).willReturn(okJson("""
				{"object": "list", "data": [{"object": "checkpoint.permission", "id": "cp_zc4Q7MP6XxulcVzj4MZdwsAB",
				  "created_at": 1721764867, "project_id": "proj_abGMw1llN8IrBb6SvvY5A1iH"}],
				 "first_id": "cp_zc4Q7MP6XxulcVzj4MZdwsAB", "last_id": "cp_zc4Q7MP6XxulcVzj4MZdwsAB", "has_more": false}
				""")));

		ListResponse<CheckpointPermission> created = this.client.fineTuning()
			.checkpointPermissions()
			.create(CHECKPOINT, List.of("proj_abGMw1llN8IrBb6SvvY5A1iH"));

		assertThat(created.data()).singleElement().satisfies((permission) -> {
			assertThat(permission.id()).isEqualTo("cp_zc4Q7MP6XxulcVzj4MZdwsAB");
			assertThat(permission.projectId()).isEqualTo("proj_abGMw1llN8IrBb6SvvY5A1iH");
			assertThat(permission.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1721764867));
		});
		this.server.verify(postRequestedFor(urlEqualTo(PATH))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(equalToJson("{\"project_ids\": [\"proj_abGMw1llN8IrBb6SvvY5A1iH\"]}", false, false)));
	}

	@Test
	void listSendsProjectCursorLimitAndOrder() {
		this.server.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("""
				{"object": "list", "data": [
				  {"object": "checkpoint.permission", "id": "cp_zc4Q7MP6XxulcVzj4MZdwsAB", "created_at": 1721764867,
				   "project_id": "proj_abGMw1llN8IrBb6SvvY5A1iH"},
				  {"object": "checkpoint.permission", "id": "cp_enQCFmOTGj3syEpYVhBRLTSy", "created_at": 1721764800,
				   "project_id": "proj_iqGMw1llN8IrBb6SvvY5A1oF"}],
				 "first_id": "cp_zc4Q7MP6XxulcVzj4MZdwsAB", "last_id": "cp_enQCFmOTGj3syEpYVhBRLTSy", "has_more": false}
				""")));

		StepVerifier.create(this.client.fineTuning()
			.checkpointPermissions()
			.listAsync(CHECKPOINT, new CheckpointPermissionListParams("proj_abGMw1llN8IrBb6SvvY5A1iH", "cp_0", 2,
					CheckpointPermissionOrder.ASCENDING)))
			.assertNext((page) -> {
				assertThat(page.data()).extracting(CheckpointPermission::id)
					.containsExactly("cp_zc4Q7MP6XxulcVzj4MZdwsAB", "cp_enQCFmOTGj3syEpYVhBRLTSy");
				assertThat(page.lastId()).isEqualTo("cp_enQCFmOTGj3syEpYVhBRLTSy");
			})
			.verifyComplete();
		this.server.verify(getRequestedFor(urlEqualTo(
				PATH + "?project_id=proj_abGMw1llN8IrBb6SvvY5A1iH&after=cp_0&limit=2&order=ascending")));
	}

	@Test
	void deleteSendsDeleteAndParsesTheStatus() {
		this.server.stubFor(delete(PATH + "/cp_zc4Q7MP6XxulcVzj4MZdwsAB").willReturn(okJson("""
				{"object": "checkpoint.permission", "id": "cp_zc4Q7MP6XxulcVzj4MZdwsAB", "deleted": true}
				""")));

		DeletionStatus status = this.client.fineTuning()
			.checkpointPermissions()
			.delete(CHECKPOINT, "cp_zc4Q7MP6XxulcVzj4MZdwsAB");

		assertThat(status.deleted()).isTrue();
		assertThat(status.object()).isEqualTo("checkpoint.permission");
		this.server.verify(deleteRequestedFor(urlEqualTo(PATH + "/cp_zc4Q7MP6XxulcVzj4MZdwsAB")));
	}

	@Test
	void aKeyWithoutAdminRightsGetsPermissionDenied() {
		this.server.stubFor(post(PATH).willReturn(aResponse().withStatus(403)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "This endpoint requires an admin API key.", "type": "invalid_request_error",
					 "param": null, "code": "insufficient_permissions"}}
					""")));

		assertThatThrownBy(() -> this.client.fineTuning().checkpointPermissions().create(CHECKPOINT, List.of("proj_1")))
			.isInstanceOf(PermissionDeniedException.class)
			.hasMessageContaining("admin API key");
	}

	@Test
	void invalidArgumentsAreRejectedBeforeAnyCall() {
		CheckpointPermissionService permissions = this.client.fineTuning().checkpointPermissions();

		assertThatThrownBy(() -> permissions.create(CHECKPOINT, List.of())).hasMessage("project_ids must not be empty");
		assertThatThrownBy(() -> permissions.delete(" ", "cp_1"))
			.hasMessage("fine_tuned_model_checkpoint must not be blank");
		StepVerifier.create(permissions.deleteAsync(CHECKPOINT, ""))
			.expectErrorMessage("permission_id must not be blank")
			.verify();
		assertThatThrownBy(() -> new CheckpointPermissionListParams(null, null, 0, null))
			.hasMessage("limit must be between 1 and 2147483647, was 0");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
