package dev.integrations.openai.containers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
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
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The container file operations on the wire: a file added by ID (JSON) and by upload (multipart), lists, deletion,
 * content streamed to a path, a stream and a {@code Flux}, and a download cancelled midway.
 */
class ContainerFileServiceTest extends WireMockSupport {

	private static final String CONTAINER_ID = "cntr_682e0e7318108198aa783fd921ff305e08e78805b9fdbb04";

	private static final String FILES = "/v1/containers/" + CONTAINER_ID + "/files";

	private static final String FILE_ID = "cfile_682e0e8a43c88191a7978f477a09bdf5";

	private static final String FILE = """
			{
			  "id": "cfile_682e0e8a43c88191a7978f477a09bdf5",
			  "object": "container.file",
			  "created_at": 1747848842,
			  "bytes": 880,
			  "container_id": "cntr_682e0e7318108198aa783fd921ff305e08e78805b9fdbb04",
			  "path": "/mnt/data/88e12fa445d32636f190a0b33daed6cb-tsconfig.json",
			  "source": "user"
			}
			""";

	private static final byte[] TSCONFIG = """
			{"compilerOptions": {"target": "ES2022", "module": "NodeNext", "strict": true}}
			""".getBytes(StandardCharsets.UTF_8);

	@TempDir
	Path temp;

	/** A generous timeout: a slow first response on a loaded machine must not turn into a retry. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createByFileIdPostsJsonAndParsesTheContainerFile() {
		this.server.stubFor(post(FILES).willReturn(okJson(FILE)));

		ContainerFile file = this.client.containers().files().create(CONTAINER_ID, "file-6F2ksmvXxt4VdoqmHRw6kL");

		this.server.verify(postRequestedFor(urlEqualTo(FILES))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withHeader("Content-Type", equalTo("application/json"))
			.withRequestBody(equalToJson("{\"file_id\": \"file-6F2ksmvXxt4VdoqmHRw6kL\"}", false, false)));
		assertThat(file).isEqualTo(new ContainerFile(FILE_ID, "container.file", CONTAINER_ID, 1747848842L, 880L,
				"/mnt/data/88e12fa445d32636f190a0b33daed6cb-tsconfig.json", "user", Map.of()));
		assertThat(file.createdAtInstant().getEpochSecond()).isEqualTo(1747848842L);
	}

	@Test
	void createAsyncByFileIdSendsTheSameBody() {
		this.server.stubFor(post(FILES).willReturn(okJson(FILE)));

		StepVerifier.create(this.client.containers().files().createAsync(CONTAINER_ID, "file-6F2ksmvXxt4VdoqmHRw6kL"))
			.assertNext((file) -> assertThat(file.source()).isEqualTo("user"))
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo(FILES))
			.withRequestBody(equalToJson("{\"file_id\": \"file-6F2ksmvXxt4VdoqmHRw6kL\"}", false, false)));
	}

	@Test
	void uploadFromPathSendsOnlyTheFilePart() throws IOException {
		Path tsconfig = Files.write(this.temp.resolve("tsconfig.json"), TSCONFIG);
		this.server.stubFor(post(FILES).willReturn(okJson(FILE)));

		ContainerFile file = this.client.containers().files().upload(CONTAINER_ID, tsconfig);

		assertThat(file.path()).isEqualTo("/mnt/data/88e12fa445d32636f190a0b33daed6cb-tsconfig.json");
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file");
		form.assertFile("file", "tsconfig.json", "application/json", TSCONFIG);
		this.server.verify(postRequestedFor(urlEqualTo(FILES)).withHeader("Authorization", equalTo("Bearer " + API_KEY)));
	}

	@Test
	void uploadAsyncFromBytesSendsTheNamedFile() {
		this.server.stubFor(post(FILES).willReturn(okJson(FILE)));
		byte[] csv = "region,revenue\nemea,1200\napac,950\n".getBytes(StandardCharsets.UTF_8);

		StepVerifier.create(this.client.containers().files().uploadAsync(CONTAINER_ID, FileContent.of(csv, "sales.csv")))
			.assertNext((file) -> assertThat(file.id()).isEqualTo(FILE_ID))
			.verifyComplete();

		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file");
		form.assertFile("file", "sales.csv", "text/csv", csv);
	}

	@Test
	void listSendsThePageAndAutoPagingFollowsTheCursor() {
		this.server.stubFor(get(urlEqualTo(FILES + "?limit=1&order=asc&after=cfile_0")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": true}
				""".formatted(FILE, FILE_ID, FILE_ID))));
		this.server.stubFor(get(urlEqualTo(FILES + "?limit=1&order=asc&after=" + FILE_ID)).willReturn(okJson("""
				{"object": "list", "data": [{"id": "cfile_2", "object": "container.file", "created_at": 1747849000,
				  "bytes": 2048, "container_id": "%s", "path": "/mnt/data/chart.png", "source": "assistant"}],
				 "first_id": "cfile_2", "last_id": "cfile_2", "has_more": false}
				""".formatted(CONTAINER_ID))));
		ListParams params = ListParams.limit(1).withOrder(SortOrder.ASC).withAfter("cfile_0");

		ListResponse<ContainerFile> page = this.client.containers().files().list(CONTAINER_ID, params);
		List<ContainerFile> all = this.client.containers().files().listAutoPaging(CONTAINER_ID, params).stream().toList();

		assertThat(page.data()).extracting(ContainerFile::id).containsExactly(FILE_ID);
		assertThat(page.hasMore()).isTrue();
		assertThat(all).extracting(ContainerFile::path)
			.containsExactly("/mnt/data/88e12fa445d32636f190a0b33daed6cb-tsconfig.json", "/mnt/data/chart.png");
		assertThat(all.get(1).source()).isEqualTo("assistant");
		this.server.verify(2, getRequestedFor(urlEqualTo(FILES + "?limit=1&order=asc&after=cfile_0")));
		this.server.verify(1, getRequestedFor(urlEqualTo(FILES + "?limit=1&order=asc&after=" + FILE_ID)));
	}

	@Test
	void retrieveAndDeleteUseTheFilePath() {
		this.server.stubFor(get(FILES + "/" + FILE_ID).willReturn(okJson(FILE)));
		this.server.stubFor(delete(FILES + "/" + FILE_ID).willReturn(okJson("""
				{"id": "%s", "object": "container.file.deleted", "deleted": true}
				""".formatted(FILE_ID))));
		this.server.stubFor(delete(FILES + "/cfile_quiet").willReturn(aResponse().withStatus(200)));

		assertThat(this.client.containers().files().retrieve(CONTAINER_ID, FILE_ID).bytes()).isEqualTo(880);
		StepVerifier.create(this.client.containers().files().retrieveAsync(CONTAINER_ID, FILE_ID))
			.assertNext((file) -> assertThat(file.containerId()).isEqualTo(CONTAINER_ID))
			.verifyComplete();
		DeletionStatus deleted = this.client.containers().files().delete(CONTAINER_ID, FILE_ID);
		DeletionStatus quiet = this.client.containers().files().deleteAsync(CONTAINER_ID, "cfile_quiet").block();

		assertThat(deleted).isEqualTo(new DeletionStatus(FILE_ID, "container.file.deleted", true, Map.of()));
		assertThat(quiet).isEqualTo(DeletionStatus.withoutBody("cfile_quiet"));
		this.server.verify(2, getRequestedFor(urlEqualTo(FILES + "/" + FILE_ID)));
		this.server.verify(deleteRequestedFor(urlEqualTo(FILES + "/" + FILE_ID)));
	}

	@Test
	void contentIsWrittenByteForByteToPathOutputStreamAsyncPathAndFlux() throws IOException {
		byte[] body = new byte[300_000];
		for (int i = 0; i < body.length; i++) {
			body[i] = (byte) (i * 31 + 7);
		}
		this.server.stubFor(get(FILES + "/" + FILE_ID + "/content").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/octet-stream")
			.withBody(body)));
		Path target = Files.write(this.temp.resolve("out.bin"), new byte[1_000_000]);
		ContainerFileService files = this.client.containers().files();

		long written = files.downloadContent(CONTAINER_ID, FILE_ID, target);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		long streamed = files.downloadContent(CONTAINER_ID, FILE_ID, out);
		Path asyncTarget = this.temp.resolve("async.bin");
		Long asyncWritten = files.downloadContentAsync(CONTAINER_ID, FILE_ID, asyncTarget).block();
		byte[] fluxBytes = join(files.contentAsync(CONTAINER_ID, FILE_ID));

		assertThat(written).isEqualTo(body.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(body);
		assertThat(streamed).isEqualTo(body.length);
		assertThat(out.toByteArray()).isEqualTo(body);
		assertThat(asyncWritten).isEqualTo(body.length);
		assertThat(Files.readAllBytes(asyncTarget)).isEqualTo(body);
		assertThat(fluxBytes).isEqualTo(body);
		this.server.verify(4, getRequestedFor(urlEqualTo(FILES + "/" + FILE_ID + "/content"))
			.withHeader("Accept", equalTo("*/*")));
	}

	@Test
	void contentOfAMissingFileFailsNotFoundAndCreatesNoFile() {
		this.server.stubFor(get(FILES + "/cfile_gone/content").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_7d3e9a0c21")
			.withBody("""
					{"error": {"message": "File cfile_gone not found.", "type": "invalid_request_error",
					 "param": null, "code": "file_not_found"}}
					""")));
		Path target = this.temp.resolve("never.bin");

		assertThatThrownBy(() -> this.client.containers().files().downloadContent(CONTAINER_ID, "cfile_gone", target))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("file_not_found");
				assertThat(ex.requestId()).isEqualTo("req_7d3e9a0c21");
			});
		StepVerifier.create(this.client.containers().files().contentAsync(CONTAINER_ID, "cfile_gone"))
			.expectError(NotFoundException.class)
			.verify();
		assertThat(target).doesNotExist();
	}

	@Test
	void aDownloadCancelledMidwayClosesItsConnectionAndFreesThePool() throws InterruptedException {
		CountDownLatch closed = new CountDownLatch(1);
		DisposableServer endless = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> response.header("Content-Type", "application/octet-stream")
				.withConnection((connection) -> connection.onDispose(closed::countDown))
				.sendByteArray(Flux.just(new byte[65_536]).concatWith(Flux.never())))
			.bindNow();
		try {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + endless.port() + "/v1").build());

			List<ByteBuffer> first = this.client.containers().files().contentAsync(CONTAINER_ID, FILE_ID)
				.take(1)
				.collectList()
				.block(Duration.ofSeconds(30));

			assertThat(first).singleElement().satisfies((chunk) -> assertThat(chunk.remaining()).isPositive());
			assertThat(closed.await(30, TimeUnit.SECONDS)).as("server saw the connection closed").isTrue();
			await("connection released").atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(this.client.connectionPoolStats()).get()
					.satisfies((stats) -> assertThat(stats.active()).as("active connections").isZero()));
		}
		finally {
			endless.disposeNow();
		}
	}

	@Test
	void invalidCallsAreRejectedBeforeAnyRequest() {
		ContainerFileService files = this.client.containers().files();
		assertThatThrownBy(() -> files.create(CONTAINER_ID, " "))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("file_id"));
		assertThatThrownBy(() -> files.upload(CONTAINER_ID, (FileContent) null))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("file"));
		assertThatThrownBy(() -> files.list(CONTAINER_ID, ListParams.DEFAULTS.withBefore(FILE_ID)))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("before"));
		StepVerifier.create(files.retrieveAsync("", FILE_ID)).expectErrorMessage("container_id must not be blank").verify();
		StepVerifier.create(files.contentAsync(CONTAINER_ID, "")).expectErrorMessage("file_id must not be blank").verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
