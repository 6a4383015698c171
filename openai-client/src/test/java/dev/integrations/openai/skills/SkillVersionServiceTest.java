package dev.integrations.openai.skills;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.integrations.openai.skills.SkillFixtures.MANIFEST;
import static dev.integrations.openai.skills.SkillFixtures.SCRIPT;
import static dev.integrations.openai.skills.SkillFixtures.SKILL_ID;
import static dev.integrations.openai.skills.SkillFixtures.VERSION_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link SkillVersionService} against WireMock: versions uploaded from a folder or a zip with the {@code default}
 * field, listed, retrieved, deleted and downloaded by version number, exactly as sent and parsed.
 */
class SkillVersionServiceTest extends WireMockSupport {

	private static final String VERSIONS_PATH = "/v1/skills/" + SKILL_ID + "/versions";

	private static final String VERSION_ID = "skillver_69a1c3b7e2d88190b4f1a2c3d4e5f607";

	@TempDir
	Path temp;

	/** A generous timeout: a busy machine must not turn the first call into a retry. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createFromAFolderAsTheNewDefaultSendsTheFilesThenDefault() throws IOException {
		this.server.stubFor(post(VERSIONS_PATH).willReturn(okJson(VERSION_JSON)));
		CreateSkillVersionRequest request = CreateSkillVersionRequest.builder()
			.files(SkillFixtures.folder(this.temp))
			.makeDefault(true)
			.build();

		SkillVersion version = this.client.skills().versions().create(SKILL_ID, request);

		assertThat(version.object()).isEqualTo("skill.version");
		assertThat(version.id()).isEqualTo(VERSION_ID);
		assertThat(version.skillId()).isEqualTo(SKILL_ID);
		assertThat(version.version()).isEqualTo("2");
		assertThat(version.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1765435700L));
		assertThat(version.name()).isEqualTo("basic-math");
		assertThat(version.description()).isEqualTo("Add, subtract or multiply numbers.");
		this.server.verify(postRequestedFor(urlEqualTo(VERSIONS_PATH))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY)));
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("files[]", "files[]", "default");
		assertThat(form.text("default")).isEqualTo("true");
		assertThat(SkillFixtures.fileParts(this.server)).containsExactly(
				"files[]; \"basic_math/SKILL.md\"; text/markdown; " + new String(MANIFEST, StandardCharsets.UTF_8),
				"files[]; \"basic_math/scripts/calculate.py\"; application/octet-stream; "
						+ new String(SCRIPT, StandardCharsets.UTF_8));
	}

	@Test
	void createFromAZipLeavesTheDefaultUnsentAndAsyncSendsTheSame() throws IOException {
		byte[] zip = SkillFixtures.zipBytes();
		Path file = Files.write(this.temp.resolve("basic_math.zip"), zip);
		this.server.stubFor(post(VERSIONS_PATH).willReturn(okJson(VERSION_JSON)));

		this.client.skills().versions().create(SKILL_ID, file);

		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("files");
		form.assertFile("files", "basic_math.zip", "application/zip", zip);
		this.server.resetRequests();
		StepVerifier.create(this.client.skills()
			.versions()
			.createAsync(SKILL_ID, CreateSkillVersionRequest.builder().files(file).makeDefault(false).build()))
			.assertNext((version) -> assertThat(version.version()).isEqualTo("2"))
			.verifyComplete();
		MultipartRequests asyncForm = MultipartRequests.onlyRequest(this.server);
		assertThat(asyncForm.names()).containsExactly("files", "default");
		asyncForm.assertFile("files", "basic_math.zip", "application/zip", zip);
		assertThat(asyncForm.text("default")).isEqualTo("false");
	}

	@Test
	void listSendsTheParametersAndAutoPagingFollowsTheCursorOverTwoPages() {
		this.server.stubFor(get(urlEqualTo(VERSIONS_PATH + "?limit=1&order=asc")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": true}
				""".formatted(VERSION_JSON, VERSION_ID, VERSION_ID))));
		this.server.stubFor(get(urlEqualTo(VERSIONS_PATH + "?limit=1&order=asc&after=" + VERSION_ID)).willReturn(okJson("""
				{"object": "list", "data": [{"object": "skill.version", "id": "skillver_3", "skill_id": "%s",
				 "version": "3", "created_at": 1765439300, "name": "basic-math",
				 "description": "Add, subtract, multiply or divide numbers."}],
				 "first_id": "skillver_3", "last_id": "skillver_3", "has_more": false}
				""".formatted(SKILL_ID))));
		SkillListParams params = new SkillListParams(1, SortOrder.ASC, null);

		ListResponse<SkillVersion> page = this.client.skills().versions().list(SKILL_ID, params);
		List<SkillVersion> all = this.client.skills().versions().listAutoPaging(SKILL_ID, params).stream().toList();

		assertThat(page.data()).extracting(SkillVersion::version).containsExactly("2");
		assertThat(page.hasMore()).isTrue();
		assertThat(all).extracting(SkillVersion::version).containsExactly("2", "3");
		assertThat(this.server.getAllServeEvents()).hasSize(3);
	}

	@Test
	void retrieveAndDeleteAddressTheVersionByItsNumber() {
		String path = VERSIONS_PATH + "/2";
		this.server.stubFor(get(path).willReturn(okJson(VERSION_JSON)));
		this.server.stubFor(delete(path).willReturn(okJson("""
				{"object": "skill.version.deleted", "deleted": true, "id": "%s", "version": "2"}
				""".formatted(VERSION_ID))));
		SkillVersionService versions = this.client.skills().versions();

		assertThat(versions.retrieve(SKILL_ID, "2").id()).isEqualTo(VERSION_ID);
		assertThat(versions.retrieveAsync(SKILL_ID, "2").block().skillId()).isEqualTo(SKILL_ID);
		DeletedSkillVersion deleted = versions.delete(SKILL_ID, "2");
		DeletedSkillVersion deletedAsync = versions.deleteAsync(SKILL_ID, "2").block();

		assertThat(deleted.object()).isEqualTo("skill.version.deleted");
		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.id()).isEqualTo(VERSION_ID);
		assertThat(deleted.version()).isEqualTo("2");
		assertThat(deletedAsync).isEqualTo(deleted);
		this.server.verify(2, getRequestedFor(urlEqualTo(path)));
		this.server.verify(2, deleteRequestedFor(urlEqualTo(path)));
	}

	@Test
	void retrieveOfAMissingVersionRaisesNotFoundWithTheRequestId() {
		this.server.stubFor(get(VERSIONS_PATH + "/9").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_skillver404")
			.withBody("""
					{"error": {"message": "Skill version '9' not found.", "type": "invalid_request_error",
					 "param": "version", "code": "not_found"}}
					""")));

		StepVerifier.create(this.client.skills().versions().retrieveAsync(SKILL_ID, "9"))
			.expectErrorSatisfies((error) -> assertThat(error).isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("not_found");
				assertThat(ex.requestId()).isEqualTo("req_skillver404");
			}))
			.verify(Duration.ofSeconds(60));
	}

	@Test
	void invalidPathsAndRequestsAreRejectedBeforeAnyRequest() {
		SkillVersionService versions = this.client.skills().versions();

		assertThatThrownBy(() -> versions.retrieve(SKILL_ID, " ")).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> assertThat(ex.field()).isEqualTo("version"))
			.hasMessage("version must not be blank");
		assertThatThrownBy(() -> versions.delete(SKILL_ID, "2/content"))
			.hasMessageContaining("version must be a single path segment");
		assertThatThrownBy(() -> versions.create("", CreateSkillVersionRequest.builder()
			.file(FileContent.of(MANIFEST, "basic_math/SKILL.md"))
			.build())).hasMessage("skill_id must not be blank");
		assertThatThrownBy(() -> CreateSkillVersionRequest.builder().makeDefault(true).build())
			.hasMessage("files must not be empty");
		StepVerifier.create(versions.contentAsync(SKILL_ID, "..")).expectErrorMessage("version must not be '.' or '..'")
			.verify();
		StepVerifier.create(versions.listAsync(" ", SkillListParams.DEFAULTS))
			.expectErrorMessage("skill_id must not be blank")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void downloadContentStreamsTheVersionZipToAPathAStreamAFluxAndAnAsyncPath() throws IOException {
		byte[] zip = SkillFixtures.zipBytes();
		String path = VERSIONS_PATH + "/2/content";
		this.server.stubFor(get(path).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/zip")
			.withBody(zip)));
		Path target = this.temp.resolve("v2.zip");
		Path asyncTarget = this.temp.resolve("v2-async.zip");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SkillVersionService versions = this.client.skills().versions();

		assertThat(versions.downloadContent(SKILL_ID, "2", target)).isEqualTo(zip.length);
		assertThat(versions.downloadContent(SKILL_ID, "2", out)).isEqualTo(zip.length);
		byte[] fluxBytes = join(versions.contentAsync(SKILL_ID, "2"));
		assertThat(versions.downloadContentAsync(SKILL_ID, "2", asyncTarget).block()).isEqualTo(zip.length);

		assertThat(Files.readAllBytes(target)).isEqualTo(zip);
		assertThat(out.toByteArray()).isEqualTo(zip);
		assertThat(fluxBytes).isEqualTo(zip);
		assertThat(Files.readAllBytes(asyncTarget)).isEqualTo(zip);
		this.server.verify(4, getRequestedFor(urlEqualTo(path)).withHeader("Accept", equalTo("*/*")));
	}

}
