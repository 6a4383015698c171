package dev.integrations.openai.skills;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.integrations.openai.EchoingServer;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIValidationException;
import io.netty.channel.ChannelOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.integrations.openai.skills.SkillFixtures.MANIFEST;
import static dev.integrations.openai.skills.SkillFixtures.SKILL_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The skills API against hostile input and hostile servers: version numbers sent as JSON numbers are read, uploads
 * the API would refuse fail before the network naming the wire field, and an upload or download that a server
 * resets, cuts short or answers with the key echoed ends in a typed error, is not sent twice, leaks no key and
 * frees its connection.
 */
class SkillHostileTest extends WireMockSupport {

	@TempDir
	Path temp;

	/** Generous timeouts: nothing here is about timing. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void versionNumbersSentAsJsonNumbersAndMissingFieldsAreRead() {
		this.server.stubFor(get(urlPathEqualTo("/v1/skills")).willReturn(okJson("""
				{"object": "list", "data": [{"id": "skill_1", "object": "skill", "name": "basic-math",
				  "created_at": 1765432100.0, "default_version": 1, "latest_version": 2}],
				 "first_id": null, "last_id": null, "has_more": false}
				""")));
		this.server.stubFor(get(urlPathEqualTo("/v1/skills/" + SKILL_ID + "/versions")).willReturn(okJson("""
				{"object": "list", "data": [{"object": "skill.version", "id": "skillver_1", "skill_id": "skill_1",
				  "version": 2, "created_at": 1765435700}], "has_more": false}
				""")));
		this.server.stubFor(delete("/v1/skills/" + SKILL_ID + "/versions/2")
			.willReturn(okJson("{\"object\": \"skill.version.deleted\", \"deleted\": true, \"id\": \"skillver_1\", "
					+ "\"version\": 2}")));

		Skill skill = this.client.skills().list(SkillListParams.DEFAULTS).data().get(0);
		ListResponse<SkillVersion> versions = this.client.skills().versions().list(SKILL_ID, SkillListParams.DEFAULTS);
		DeletedSkillVersion deleted = this.client.skills().versions().delete(SKILL_ID, "2");

		assertThat(skill.defaultVersion()).isEqualTo("1");
		assertThat(skill.latestVersion()).isEqualTo("2");
		assertThat(skill.description()).isNull();
		assertThat(skill.createdAt()).isEqualTo(1765432100L);
		assertThat(versions.data()).singleElement().satisfies((version) -> {
			assertThat(version.version()).isEqualTo("2");
			assertThat(version.name()).isNull();
		});
		assertThat(deleted.version()).isEqualTo("2");
		assertThat(deleted.deleted()).isTrue();
	}

	@Test
	void uploadsTheApiRefusesFailBeforeTheNetworkNamingTheWireField() throws IOException {
		List<FileContent> withNull = new ArrayList<>();
		withNull.add(FileContent.of(MANIFEST, "basic_math/SKILL.md"));
		withNull.add(null);
		Path manifest = Files.write(this.temp.resolve("SKILL.md"), MANIFEST);

		assertThatThrownBy(() -> CreateSkillRequest.builder().files(withNull).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("files"))
			.hasMessage("files must not contain null");
		assertThatThrownBy(() -> CreateSkillVersionRequest.builder().files(withNull).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("files"));
		assertThatThrownBy(() -> this.client.skills().create(manifest))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("files"))
			.hasMessageContaining("neither a folder nor a zip");
		assertThatThrownBy(() -> this.client.skills().versions().create(SKILL_ID, manifest))
			.isInstanceOf(OpenAIValidationException.class);
		assertThatThrownBy(() -> FileContent.of(MANIFEST, "basic_math/a.md\r\nContent-Type: text/html"))
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("filename"));
		Path folder = SkillFixtures.folder(this.temp);
		Files.write(folder.resolve("notes.md\r\nX-Injected: 1"), MANIFEST);
		assertThatThrownBy(() -> this.client.skills().create(folder))
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("filename"))
			.hasMessage("filename must not contain control characters such as line breaks");
		assertThat(new CreateSkillRequest(List.of(FileContent.of(MANIFEST, "basic_math/SKILL.md")), Map.of()).files())
			.hasSize(1);
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void anUploadWhoseConnectionIsResetAfterTheFilesWereReadFailsTypedOnceAndFreesItsConnection() throws IOException {
		AtomicLong received = new AtomicLong();
		DisposableServer resetting = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive()
				.doOnNext((chunk) -> received.addAndGet(chunk.readableBytes()))
				.then(Mono.fromRunnable(() -> response.withConnection((connection) -> {
					connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
					connection.channel().close();
				}))))
			.bindNow();
		try {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + resetting.port() + "/v1").build());
			Path folder = SkillFixtures.folder(this.temp);

			assertThatThrownBy(() -> this.client.skills().create(folder)).isInstanceOf(OpenAIConnectionException.class);

			assertThat(received.get()).as("bytes of the one upload").isGreaterThan(MANIFEST.length)
				.isLessThan(2L * (MANIFEST.length + SkillFixtures.SCRIPT.length + 1000));
			assertPoolDrained();
		}
		finally {
			resetting.disposeNow();
		}
	}

	@Test
	void aServerEchoingTheKeyWhenRefusingAnUploadNeverGetsItIntoTheException() throws IOException {
		AtomicInteger requests = new AtomicInteger();
		DisposableServer echoing = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> request.receive().then().then(Mono.defer(() -> {
				requests.incrementAndGet();
				String key = request.requestHeaders().get("Authorization");
				return response.status(401)
					.header("Content-Type", "application/json")
					.sendString(Mono.just("{\"error\": {\"message\": \"Incorrect API key provided: " + key
							+ "\", \"type\": \"invalid_request_error\", \"param\": \"" + key
							+ "\", \"code\": \"invalid_api_key\"}}"))
					.then();
			})))
			.bindNow();
		try {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + echoing.port() + "/v1").build());
			Path folder = SkillFixtures.folder(this.temp);

			AuthenticationException ex = catchThrowableOfType(AuthenticationException.class,
					() -> this.client.skills().versions().create(SKILL_ID, folder));

			assertThat(requests.get()).isEqualTo(1);
			assertThat(ex.code()).isEqualTo("invalid_api_key");
			assertThat(ex.getMessage()).doesNotContain(API_KEY).doesNotContain(API_KEY.substring(3, 20));
			assertThat(ex.toString()).doesNotContain(API_KEY);
			assertThat(String.valueOf(ex.param())).doesNotContain(API_KEY);
			assertPoolDrained();
		}
		finally {
			echoing.disposeNow();
		}
	}

	@Test
	void aVersionDownloadShorterThanItsContentLengthFailsTypedAndFreesItsConnection() throws IOException {
		try (EchoingServer liar = new EchoingServer((authorization) -> "HTTP/1.1 200 OK\r\n"
				+ "Content-Type: application/zip\r\nContent-Length: 50000\r\n\r\n"
				+ new String(MANIFEST, StandardCharsets.UTF_8))) {
			useClient(configBuilder().baseUrl(liar.baseUrl()).build());
			Path target = this.temp.resolve("cut.zip");

			assertThatThrownBy(() -> this.client.skills().versions().downloadContent(SKILL_ID, "2", target))
				.isInstanceOf(OpenAIException.class);
			assertThatThrownBy(() -> this.client.skills().downloadContentAsync(SKILL_ID, target).block())
				.isInstanceOf(OpenAIException.class);
			assertThat(liar.requests()).isEqualTo(2);
			assertPoolDrained();
		}
	}

	@Test
	void aTargetStreamThatFailsMidwayCancelsTheDownloadAndFreesItsConnection() throws InterruptedException {
		CountDownLatch closed = new CountDownLatch(1);
		DisposableServer endless = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> response.header("Content-Type", "application/zip")
				.withConnection((connection) -> connection.onDispose(closed::countDown))
				.sendByteArray(Flux.just(new byte[65_536]).concatWith(Flux.never())))
			.bindNow();
		try {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + endless.port() + "/v1").build());
			OutputStream full = new OutputStream() {
				@Override
				public void write(int b) throws IOException {
					throw new IOException("No space left on device");
				}
			};

			assertThatThrownBy(() -> this.client.skills().downloadContent(SKILL_ID, full))
				.isInstanceOf(UncheckedIOException.class)
				.hasMessageContaining("No space left on device");
			assertThat(closed.await(30, TimeUnit.SECONDS)).as("server saw the connection closed").isTrue();
			assertPoolDrained();
		}
		finally {
			endless.disposeNow();
		}
	}

	private void assertPoolDrained() {
		await("connections released").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.client.connectionPoolStats()).get().satisfies((stats) -> {
				assertThat(stats.active()).as("active connections").isZero();
				assertThat(stats.pending()).as("pending acquisitions").isZero();
			}));
	}

}
