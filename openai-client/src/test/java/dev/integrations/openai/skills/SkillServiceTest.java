package dev.integrations.openai.skills;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
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
import static dev.integrations.openai.skills.SkillFixtures.MANIFEST;
import static dev.integrations.openai.skills.SkillFixtures.SCRIPT;
import static dev.integrations.openai.skills.SkillFixtures.SKILL_ID;
import static dev.integrations.openai.skills.SkillFixtures.SKILL_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * {@link SkillService} against WireMock: the multipart folder and zip uploads, the list, retrieve, update, delete and
 * download requests exactly as sent, the answers as parsed, validation before the network, typed errors.
 */
class SkillServiceTest extends WireMockSupport {

	private static final String SKILL_PATH = "/v1/skills/" + SKILL_ID;

	@TempDir
	Path temp;

	/** A generous timeout: a busy machine must not turn the first call into a retry. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createFromAFolderSendsOneFilesArrayPartPerFileNamedByItsPathInTheFolder() throws IOException {
		this.server.stubFor(post("/v1/skills").willReturn(okJson(SKILL_JSON)));

		Skill skill = this.client.skills().create(SkillFixtures.folder(this.temp));

		assertThat(skill.id()).isEqualTo(SKILL_ID);
		assertThat(skill.object()).isEqualTo("skill");
		assertThat(skill.name()).isEqualTo("basic-math");
		assertThat(skill.description()).isEqualTo("Add or multiply numbers.");
		assertThat(skill.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1765432100L));
		assertThat(skill.defaultVersion()).isEqualTo("1");
		assertThat(skill.latestVersion()).isEqualTo("2");
		assertThat(skill.extra()).isEmpty();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/skills"))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("OpenAI-Beta", absent()));
		assertThat(MultipartRequests.onlyRequest(this.server).names()).containsExactly("files[]", "files[]");
		assertThat(SkillFixtures.fileParts(this.server)).containsExactly(
				"files[]; \"basic_math/SKILL.md\"; text/markdown; " + new String(MANIFEST, StandardCharsets.UTF_8),
				"files[]; \"basic_math/scripts/calculate.py\"; application/octet-stream; "
						+ new String(SCRIPT, StandardCharsets.UTF_8));
	}

	@Test
	void hiddenFilesAndFoldersOfASkillFolderAreNeverUploaded() throws IOException {
		this.server.stubFor(post("/v1/skills").willReturn(okJson(SKILL_JSON)));
		Path folder = SkillFixtures.folder(this.temp);
		Files.writeString(folder.resolve(".env"), "OPENAI_API_KEY=sk-live-do-not-upload");
		Files.writeString(Files.createDirectories(folder.resolve(".git")).resolve("config"), "[core]");
		Files.writeString(Files.createDirectories(folder.resolve("scripts/.cache")).resolve("x.pyc"), "cache");

		this.client.skills().create(folder);

		assertThat(SkillFixtures.fileParts(this.server)).containsExactly(
				"files[]; \"basic_math/SKILL.md\"; text/markdown; " + new String(MANIFEST, StandardCharsets.UTF_8),
				"files[]; \"basic_math/scripts/calculate.py\"; application/octet-stream; "
						+ new String(SCRIPT, StandardCharsets.UTF_8));
		assertThat(this.server.getAllServeEvents().get(0).getRequest().getBodyAsString())
			.doesNotContain("sk-live-do-not-upload");
	}

	@Test
	void createFromAZipSendsItAsTheOneFilesPart() throws IOException {
		byte[] zip = SkillFixtures.zipBytes();
		Path file = Files.write(this.temp.resolve("basic_math.zip"), zip);
		this.server.stubFor(post("/v1/skills").willReturn(okJson(SKILL_JSON)));

		this.client.skills().create(file);

		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("files");
		form.assertFile("files", "basic_math.zip", "application/zip", zip);
	}

	@Test
	void createAsyncSendsTheGivenFilesAndExtraFieldsAfterThem() {
		this.server.stubFor(post("/v1/skills").willReturn(okJson(SKILL_JSON)));
		CreateSkillRequest request = CreateSkillRequest.builder()
			.file(FileContent.of(MANIFEST, "basic_math/SKILL.md").withContentType("text/markdown"))
			.file(FileContent.of(SCRIPT, "basic_math/scripts/calculate.py"))
			.putExtra("description_override", "Sums and products")
			.build();

		StepVerifier.create(this.client.skills().createAsync(request))
			.assertNext((skill) -> assertThat(skill.latestVersion()).isEqualTo("2"))
			.verifyComplete();

		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("files[]", "files[]", "description_override");
		assertThat(form.texts("files[]")).containsExactly(new String(MANIFEST, StandardCharsets.UTF_8),
				new String(SCRIPT, StandardCharsets.UTF_8));
		assertThat(form.text("description_override")).isEqualTo("Sums and products");
	}

	@Test
	void invalidRequestsAreRejectedBeforeAnyRequest() throws IOException {
		Path empty = Files.createDirectories(this.temp.resolve("empty_skill"));
		List<FileContent> tooMany = new ArrayList<>();
		for (int i = 0; i <= 500; i++) {
			tooMany.add(FileContent.of(SCRIPT, "big/file" + i + ".py"));
		}

		assertThatThrownBy(() -> this.client.skills().create(empty))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("files"))
			.hasMessage("files must not be empty");
		assertThatThrownBy(() -> CreateSkillRequest.builder().files(tooMany).build())
			.hasMessage("files must have at most 500 entries, had 501");
		assertThatThrownBy(() -> this.client.skills().create(this.temp.resolve("missing.zip")))
			.isInstanceOf(OpenAIValidationException.class)
			.hasMessageContaining("is not a readable regular file");
		assertThatThrownBy(() -> new SkillListParams(0, null, null)).hasMessage("limit must be between 1 and 100, was 0");
		assertThatThrownBy(() -> this.client.skills().updateDefaultVersion(SKILL_ID, " "))
			.hasMessage("default_version must not be blank");
		assertThatThrownBy(() -> this.client.skills().retrieve("skill/../files"))
			.hasMessageContaining("skill_id must be a single path segment");
		StepVerifier.create(this.client.skills().deleteAsync("")).expectErrorMessage("skill_id must not be blank").verify();
		StepVerifier.create(this.client.skills().contentAsync(" ")).expectError(OpenAIValidationException.class).verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void listSendsLimitOrderAndAfterAndParsesThePage() {
		this.server.stubFor(get(urlPathEqualTo("/v1/skills")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": false}
				""".formatted(SKILL_JSON, SKILL_ID, SKILL_ID))));

		ListResponse<Skill> page = this.client.skills()
			.list(new SkillListParams(20, SortOrder.DESC, "skill_68f0a1b2c3d48190e5f6a7b8c9d0e1f2"));
		ListResponse<Skill> asyncPage = this.client.skills().listAsync(SkillListParams.DEFAULTS).block();

		assertThat(page.data()).extracting(Skill::name).containsExactly("basic-math");
		assertThat(page.hasMore()).isFalse();
		assertThat(asyncPage.data()).hasSize(1);
		this.server.verify(getRequestedFor(
				urlEqualTo("/v1/skills?limit=20&order=desc&after=skill_68f0a1b2c3d48190e5f6a7b8c9d0e1f2")));
		this.server.verify(getRequestedFor(urlEqualTo("/v1/skills")));
	}

	@Test
	void listAutoPagingFollowsTheCursorOverTwoPages() {
		this.server.stubFor(get(urlEqualTo("/v1/skills?limit=1")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": true}
				""".formatted(SKILL_JSON, SKILL_ID, SKILL_ID))));
		this.server.stubFor(get(urlEqualTo("/v1/skills?limit=1&after=" + SKILL_ID)).willReturn(okJson("""
				{"object": "list", "data": [{"id": "skill_2", "object": "skill", "name": "csv-insights",
				 "description": "Summarize a CSV file.", "created_at": 1765439300, "default_version": "3",
				 "latest_version": "3", "source": {"type": "upload"}}],
				 "first_id": "skill_2", "last_id": "skill_2", "has_more": false}
				""")));

		List<Skill> skills = this.client.skills().listAutoPaging(new SkillListParams(1, null, null)).stream().toList();

		assertThat(skills).extracting(Skill::id).containsExactly(SKILL_ID, "skill_2");
		assertThat(skills.get(1).extra()).containsKey("source");
		assertThat(this.server.getAllServeEvents()).hasSize(2);
	}

	@Test
	void retrieveUpdateDefaultVersionAndDeleteUseTheSkillPath() {
		this.server.stubFor(get(SKILL_PATH).willReturn(okJson(SKILL_JSON)));
		this.server.stubFor(post(SKILL_PATH).willReturn(okJson(SKILL_JSON.replace("\"default_version\": \"1\"",
				"\"default_version\": \"2\""))));
		this.server.stubFor(delete(SKILL_PATH).willReturn(okJson("""
				{"object": "skill.deleted", "deleted": true, "id": "%s"}
				""".formatted(SKILL_ID))));
		SkillService skills = this.client.skills();

		assertThat(skills.retrieve(SKILL_ID).name()).isEqualTo("basic-math");
		assertThat(skills.retrieveAsync(SKILL_ID).block().latestVersion()).isEqualTo("2");
		assertThat(skills.updateDefaultVersion(SKILL_ID, "2").defaultVersion()).isEqualTo("2");
		assertThat(skills.updateDefaultVersionAsync(SKILL_ID, "2").block().defaultVersion()).isEqualTo("2");
		DeletionStatus deleted = skills.delete(SKILL_ID);
		DeletionStatus deletedAsync = skills.deleteAsync(SKILL_ID).block();

		assertThat(deleted.object()).isEqualTo("skill.deleted");
		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.id()).isEqualTo(SKILL_ID);
		assertThat(deletedAsync).isEqualTo(deleted);
		this.server.verify(2, getRequestedFor(urlEqualTo(SKILL_PATH)));
		this.server.verify(2, postRequestedFor(urlEqualTo(SKILL_PATH))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"default_version\": \"2\"}", false, false)));
		this.server.verify(2, deleteRequestedFor(urlEqualTo(SKILL_PATH)));
	}

	@Test
	void retrieveOfAnUnknownSkillRaisesNotFoundWithTypeCodeAndRequestId() {
		this.server.stubFor(get("/v1/skills/skill_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_skill404")
			.withBody("""
					{"error": {"message": "No skill found with id 'skill_missing'.", "type": "invalid_request_error",
					 "param": "skill_id", "code": "skill_not_found"}}
					""")));

		assertThatThrownBy(() -> this.client.skills().retrieve("skill_missing"))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("skill_not_found");
				assertThat(ex.param()).isEqualTo("skill_id");
				assertThat(ex.requestId()).isEqualTo("req_skill404");
			});
	}

	@Test
	void aSuccessAnsweredWithAnHtmlPageFailsWithAClearResponseException() {
		this.server.stubFor(get(SKILL_PATH).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><body><h1>Captive portal</h1><p>Sign in to continue</p></body></html>")));

		assertThatThrownBy(() -> this.client.skills().retrieve(SKILL_ID)).isInstanceOf(OpenAIResponseException.class)
			.hasMessage("Expected application/json from 127.0.0.1 but got HTTP 200 OK with Content-Type text/html;charset=utf-8: Captive portal Sign in to continue");
		assertThat(this.server.getAllServeEvents()).as("a malformed success is not retried").hasSize(1);
	}

	@Test
	void downloadContentStreamsTheZipToAPathAStreamAFluxAndAnAsyncPath() throws IOException {
		byte[] zip = SkillFixtures.zipBytes();
		this.server.stubFor(get(SKILL_PATH + "/content").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/zip")
			.withBody(zip)));
		Path target = Files.write(this.temp.resolve("skill.zip"), new byte[100_000]);
		Path asyncTarget = this.temp.resolve("async.zip");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		long written = this.client.skills().downloadContent(SKILL_ID, target);
		long streamed = this.client.skills().downloadContent(SKILL_ID, out);
		byte[] fluxBytes = join(this.client.skills().contentAsync(SKILL_ID));
		Long asyncWritten = this.client.skills().downloadContentAsync(SKILL_ID, asyncTarget).block();

		assertThat(written).isEqualTo(zip.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(zip);
		assertThat(streamed).isEqualTo(zip.length);
		assertThat(out.toByteArray()).isEqualTo(zip);
		assertThat(fluxBytes).isEqualTo(zip);
		assertThat(asyncWritten).isEqualTo(zip.length);
		assertThat(Files.readAllBytes(asyncTarget)).isEqualTo(zip);
		this.server.verify(4, getRequestedFor(urlEqualTo(SKILL_PATH + "/content")).withHeader("Accept", equalTo("*/*")));
	}

	@Test
	void aDownloadCancelledAfterItsFirstChunkFreesItsConnection() {
		byte[] large = new byte[8 * 1024 * 1024];
		for (int i = 0; i < large.length; i++) {
			large[i] = (byte) (i * 31 + 7);
		}
		this.server.stubFor(get(SKILL_PATH + "/content").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/zip")
			.withBody(large)));

		List<ByteBuffer> first = this.client.skills().contentAsync(SKILL_ID).take(1).collectList()
			.block(Duration.ofSeconds(60));

		assertThat(first).hasSize(1);
		await("connection released").atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
				this.client.connectionPoolStats()).get().satisfies((stats) -> {
					assertThat(stats.active()).as("active connections").isZero();
					assertThat(stats.pending()).as("pending acquisitions").isZero();
				}));
		assertThat(join(this.client.skills().contentAsync(SKILL_ID))).isEqualTo(large);
	}

}
