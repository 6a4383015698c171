package dev.integrations.openai.containers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import dev.integrations.openai.EchoingServer;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.errors.UnexpectedStatusException;
import dev.integrations.openai.responses.ContainerNetworkPolicy;
import dev.integrations.openai.responses.ShellSkill;
import io.netty.channel.ChannelOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.tcp.TcpServer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/**
 * The containers API against hostile input and hostile servers: requests the API would refuse are rejected before
 * the network naming the wire field, whatever a server sends within reason is read, and a download that is cut,
 * reset, stalled, redirected or answered with the key echoed ends in a typed error, leaks no key and frees its
 * connection.
 */
class ContainerHostileTest extends WireMockSupport {

	private static final String CONTAINER_ID = "cntr_682e30645a488191b6363a0cbefc0f0a025ec61b66250591";

	private static final String FILE_ID = "cfile_682e0e8a43c88191a7978f477a09bdf5";

	private static final String CONTENT = "/containers/" + CONTAINER_ID + "/files/" + FILE_ID + "/content";

	@TempDir
	Path temp;

	/** Generous timeouts; the stall test sets its own idle timeout, which a stalled server never beats. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createRejectsWhatTheApiRefusesBeforeSendingNamingTheWireField() {
		assertRejected(CreateContainerRequest.builder().memoryLimit(ContainerMemoryLimit.UNKNOWN), "memory_limit");
		assertRejected(CreateContainerRequest.builder().addSkill(ShellSkill.reference(" ")), "skills.skill_id");
		assertRejected(CreateContainerRequest.builder().addSkill(ShellSkill.reference("s".repeat(65))),
				"skills.skill_id");
		assertRejected(CreateContainerRequest.builder().addSkill(new ShellSkill.Inline("csv", "Reads CSV", null)),
				"skills.source");
		assertRejected(CreateContainerRequest.builder()
			.addSkill(new ShellSkill.Inline("csv", "Reads CSV", ShellSkill.Inline.Source.zip(""))), "skills.source.data");
		assertRejected(CreateContainerRequest.builder().addSkill(new ShellSkill.Inline(" ", "Reads CSV",
				ShellSkill.Inline.Source.zip("UEsDBAo="))), "skills.name");
		assertRejected(CreateContainerRequest.builder().networkPolicy(ContainerNetworkPolicy.allowlist()),
				"network_policy.allowed_domains");
		assertRejected(CreateContainerRequest.builder()
			.networkPolicy(new ContainerNetworkPolicy.Allowlist(null, null)), "network_policy.allowed_domains");
		assertRejected(CreateContainerRequest.builder()
			.networkPolicy(new ContainerNetworkPolicy.Allowlist(List.of("pypi.org"), List.of())),
				"network_policy.domain_secrets");
		assertRejected(CreateContainerRequest.builder()
			.networkPolicy(new ContainerNetworkPolicy.Allowlist(List.of("pypi.org"),
					List.of(new ContainerNetworkPolicy.DomainSecret("pypi.org", "PYPI_TOKEN", "")))),
				"network_policy.domain_secrets.value");
		assertThatThrownBy(() -> CreateContainerRequest.builder().name("My Container").addSkill(null).build())
			.hasMessage("skills must not contain null");
		assertRejected(CreateContainerRequest.builder().addFileId(" "), "file_ids");
		assertThat(CreateContainerRequest.builder()
			.name("ok")
			.networkPolicy(ContainerNetworkPolicy.disabled())
			.addSkill(ShellSkill.reference("skill_4db6f1a2c9e73508b41f9da06e2c7b5f"))
			.build()
			.skills()).hasSize(1);
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private static void assertRejected(CreateContainerRequest.Builder builder, String field) {
		assertThatThrownBy(() -> builder.name("My Container").build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo(field))
			.hasMessageStartingWith(field + " ");
	}

	@Test
	void containersAndFilesAreReadWhateverOptionalFieldsTheServerLeavesOutOrWidens() {
		this.server.stubFor(get(urlPathEqualTo("/v1/containers")).willReturn(okJson("""
				{"object": "list", "data": [
				  {"id": "cntr_1", "object": "container", "name": "A", "created_at": 1747857508.0, "status": "running",
				   "last_active_at": null, "expires_after": {"anchor": "created_at", "minutes": 20.0},
				   "memory_limit": null, "network_policy": {"type": "allowlist", "allowed_domains": null}}],
				 "first_id": null, "last_id": null, "has_more": false}
				""")));
		this.server.stubFor(get(urlPathEqualTo("/v1/containers/" + CONTAINER_ID + "/files"))
			.willReturn(okJson("{\"object\": \"list\", \"data\": null, \"has_more\": false}")));

		Container container = this.client.containers().list(ContainerListParams.DEFAULTS).data().get(0);
		ListResponse<ContainerFile> files = this.client.containers().files().list(CONTAINER_ID, ListParams.DEFAULTS);

		assertThat(container.createdAt()).isEqualTo(1747857508L);
		assertThat(container.lastActiveAtInstant()).isNull();
		assertThat(container.expiresAfter()).isEqualTo(new ContainerExpiration("created_at", 20));
		assertThat(container.memoryLimit()).isNull();
		assertThat(container.networkPolicy()).isEqualTo(new Container.NetworkPolicy("allowlist", List.of()));
		assertThat(files.data()).isEmpty();
	}

	@Test
	void aDownloadShorterThanItsContentLengthFailsTypedKeepsNoLieAndFreesItsConnection() throws Exception {
		try (EchoingServer liar = new EchoingServer((authorization) -> "HTTP/1.1 200 OK\r\n"
				+ "Content-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(1000))) {
			useClient(configBuilder().baseUrl(liar.baseUrl()).build());
			Path target = this.temp.resolve("cut.bin");

			assertThatThrownBy(() -> this.client.containers().files().downloadContent(CONTAINER_ID, FILE_ID, target))
				.isInstanceOf(OpenAIException.class);
			assertThatThrownBy(() -> join(this.client.containers().files().contentAsync(CONTAINER_ID, FILE_ID)))
				.isInstanceOf(OpenAIException.class);
			// a download is written whole or not at all: no file claims what never arrived
			assertThat(target).doesNotExist();
			assertPoolDrained();
		}
	}

	@Test
	void aDownloadResetMidwayFailsTypedAndFreesItsConnection() {
		String head = "HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: 1000000\r\n\r\n";
		DisposableServer resetting = TcpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((inbound, outbound) -> inbound.receive()
				.asString()
				.takeUntil((text) -> text.contains("\r\n\r\n"))
				.then(outbound.sendString(Mono.just(head + "x".repeat(65_536))).then())
				.then(Mono.fromRunnable(() -> outbound.withConnection((connection) -> {
					connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
					connection.channel().close();
				}))))
			.bindNow();
		try {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + resetting.port() + "/v1").build());

			assertThatThrownBy(() -> this.client.containers()
				.files()
				.downloadContentAsync(CONTAINER_ID, FILE_ID, this.temp.resolve("reset.bin"))
				.block(Duration.ofSeconds(60))).isInstanceOf(OpenAIException.class);
			assertPoolDrained();
		}
		finally {
			resetting.disposeNow();
		}
	}

	@Test
	void aConnectionResetRightAfterACompleteAnswerStillGivesTheContainerAndFreesTheConnection() {
		String body = ContainerServiceTest.CONTAINER;
		String answer = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
				+ body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
		DisposableServer resetting = TcpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((inbound, outbound) -> inbound.receive()
				.asString()
				.takeUntil((text) -> text.contains("\r\n\r\n"))
				.then(outbound.sendString(Mono.just(answer)).then())
				.then(Mono.fromRunnable(() -> outbound.withConnection((connection) -> {
					connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
					connection.channel().close();
				}))))
			.bindNow();
		try {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + resetting.port() + "/v1").build());

			assertThat(this.client.containers().retrieve(CONTAINER_ID).name()).isEqualTo("My Container");
			assertThat(this.client.containers().retrieveAsync(CONTAINER_ID).block(Duration.ofSeconds(60)))
				.extracting(Container::id)
				.isEqualTo(CONTAINER_ID);
			assertPoolDrained();
		}
		finally {
			resetting.disposeNow();
		}
	}

	@Test
	void bytesADownloadSendsBeyondItsContentLengthAreNeverTakenForTheNextAnswer() throws Exception {
		String evil = ContainerServiceTest.CONTAINER.replace("My Container", "Smuggled");
		String smuggled = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
				+ evil.length() + "\r\n\r\n" + evil;
		String honest = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
				+ ContainerServiceTest.CONTAINER.length() + "\r\n\r\n" + ContainerServiceTest.CONTAINER;
		try (ServerSocket socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			Thread server = new Thread(() -> serveKeepAlive(socket, List.of(
					"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: 4\r\n\r\nPK\u0003\u0004"
							+ smuggled,
					honest)), "keep-alive-liar");
			server.setDaemon(true);
			server.start();
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + socket.getLocalPort() + "/v1").build());

			byte[] content = join(this.client.containers().files().contentAsync(CONTAINER_ID, FILE_ID));
			Container next = this.client.containers().retrieve(CONTAINER_ID);

			assertThat(content).containsExactly('P', 'K', 3, 4);
			assertThat(next.name()).isEqualTo("My Container");
			assertPoolDrained();
		}
	}

	/** Answers the requests of every connection in turn with the scripted responses, keeping connections open. */
	private static void serveKeepAlive(ServerSocket socket, List<String> responses) {
		AtomicInteger next = new AtomicInteger();
		while (!socket.isClosed()) {
			try {
				Socket connection = socket.accept();
				Thread worker = new Thread(() -> {
					try (connection) {
						BufferedReader in = new BufferedReader(new InputStreamReader(
								connection.getInputStream(), StandardCharsets.ISO_8859_1));
						while (true) {
							String line = in.readLine();
							if (line == null) {
								return;
							}
							while (!line.isEmpty()) {
								line = in.readLine();
							}
							int index = Math.min(next.getAndIncrement(), responses.size() - 1);
							connection.getOutputStream()
								.write(responses.get(index).getBytes(StandardCharsets.ISO_8859_1));
							connection.getOutputStream().flush();
						}
					}
					catch (IOException ex) {
						// the client went away
					}
				});
				worker.setDaemon(true);
				worker.start();
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	@Test
	void aDownloadThatStallsEndsWithATimeoutAndClosesItsConnection() throws InterruptedException {
		CountDownLatch closed = new CountDownLatch(1);
		DisposableServer stalling = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.handle((request, response) -> response.header("Content-Type", "application/octet-stream")
				.withConnection((connection) -> connection.onDispose(closed::countDown))
				.sendByteArray(Flux.just(new byte[1024]).concatWith(Flux.never())))
			.bindNow();
		try {
			useClient(configBuilder().baseUrl("http://127.0.0.1:" + stalling.port() + "/v1")
				.streamIdleTimeout(Duration.ofSeconds(1))
				.build());

			assertThatThrownBy(() -> this.client.containers()
				.files()
				.downloadContent(CONTAINER_ID, FILE_ID, this.temp.resolve("stalled.bin")))
				.isInstanceOf(OpenAITimeoutException.class);
			assertThat(closed.await(30, TimeUnit.SECONDS)).as("server saw the connection closed").isTrue();
			assertPoolDrained();
		}
		finally {
			stalling.disposeNow();
		}
	}

	@Test
	void aDownloadRedirectedToAnotherHostIsNotFollowedAndTheKeyNeverLeaves() throws Exception {
		try (EchoingServer elsewhere = new EchoingServer((authorization) -> EchoingServer.response("200 OK", "",
				"application/octet-stream", "stolen:" + authorization));
				EchoingServer redirecting = new EchoingServer((authorization) -> EchoingServer.response(
						"302 Found", "Location: " + elsewhere.baseUrl() + CONTENT + "\r\n", "text/plain", ""))) {
			useClient(configBuilder().baseUrl(redirecting.baseUrl()).build());
			Path target = this.temp.resolve("redirected.bin");

			UnexpectedStatusException failure = catchThrowableOfType(UnexpectedStatusException.class,
					() -> this.client.containers().files().downloadContent(CONTAINER_ID, FILE_ID, target));

			assertThat(failure.statusCode()).isEqualTo(302);
			assertThat(elsewhere.requests()).isZero();
			assertThat(target).doesNotExist();
			assertPoolDrained();
		}
	}

	@Test
	void aServerEchoingTheKeyInADownloadErrorNeverGetsItIntoTheException() throws Exception {
		try (EchoingServer echoing = new EchoingServer((authorization) -> EchoingServer.response("401 Unauthorized",
				"", "application/json", "{\"error\": {\"message\": \"Incorrect API key provided: " + authorization
						+ "\", \"type\": \"invalid_request_error\", \"code\": \"invalid_api_key\"}}"))) {
			useClient(configBuilder().baseUrl(echoing.baseUrl()).build());

			AuthenticationException download = catchThrowableOfType(AuthenticationException.class,
					() -> join(this.client.containers().files().contentAsync(CONTAINER_ID, FILE_ID)));
			AuthenticationException create = catchThrowableOfType(AuthenticationException.class,
					() -> this.client.containers().create(CreateContainerRequest.builder().name("My Container").build()));

			assertThat(echoing.requests()).isEqualTo(2);
			for (AuthenticationException ex : List.of(download, create)) {
				assertThat(ex.code()).isEqualTo("invalid_api_key");
				assertThat(ex.getMessage()).doesNotContain(API_KEY).doesNotContain(API_KEY.substring(3, 20));
				assertThat(ex.toString()).doesNotContain(API_KEY);
			}
		}
	}

	@Test
	void manyConcurrentPagersEachWalkEveryFileOnce() {
		String files = "/v1/containers/" + CONTAINER_ID + "/files";
		this.server.stubFor(get(urlEqualTo(files + "?limit=2")).willReturn(okJson(page(1, 2, true))));
		this.server.stubFor(get(urlEqualTo(files + "?limit=2&after=cfile_2")).willReturn(okJson(page(3, 4, true))));
		this.server.stubFor(get(urlEqualTo(files + "?limit=2&after=cfile_4")).willReturn(okJson(page(5, 5, false))));

		List<List<String>> walks = Flux.range(0, 16)
			.flatMap((i) -> this.client.containers()
				.files()
				.listAutoPaging(CONTAINER_ID, ListParams.limit(2))
				.all()
				.map(ContainerFile::id)
				.collectList()
				.subscribeOn(Schedulers.parallel()), 16)
			.collectList()
			.block(Duration.ofSeconds(60));

		assertThat(walks).hasSize(16)
			.allSatisfy((walk) -> assertThat(walk).containsExactly("cfile_1", "cfile_2", "cfile_3", "cfile_4", "cfile_5"));
		assertThat(this.server.getAllServeEvents()).hasSize(48);
	}

	@Test
	@Timeout(value = 120, unit = TimeUnit.SECONDS)
	void aServerHandingOutTheSameCursorAgainEndsThePagerTypedInsteadOfLoopingForever() {
		String files = "/v1/containers/" + CONTAINER_ID + "/files";
		this.server.stubFor(get(urlEqualTo(files + "?limit=2")).willReturn(okJson(page(1, 2, true))));
		this.server.stubFor(get(urlEqualTo(files + "?limit=2&after=cfile_2")).willReturn(okJson(page(3, 4, true))));
		this.server.stubFor(get(urlEqualTo(files + "?limit=2&after=cfile_4")).willReturn(okJson(page(1, 2, true))));

		List<String> seen = new ArrayList<>();
		assertThatThrownBy(() -> this.client.containers()
			.files()
			.listAutoPaging(CONTAINER_ID, ListParams.limit(2))
			.forEach((file) -> seen.add(file.id())))
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessageContaining("cursor cfile_2 it had already given");
		assertThatThrownBy(() -> this.client.containers()
			.files()
			.listAutoPaging(CONTAINER_ID, ListParams.limit(2))
			.all()
			.collectList()
			.block(Duration.ofSeconds(60))).isInstanceOf(OpenAIResponseException.class);

		assertThat(seen).containsExactly("cfile_1", "cfile_2", "cfile_3", "cfile_4", "cfile_1", "cfile_2");
		assertThat(this.server.getAllServeEvents()).hasSize(6);
	}

	private static String page(int first, int last, boolean hasMore) {
		String data = String.join(",", IntStream.rangeClosed(first, last)
			.mapToObj((i) -> "{\"id\": \"cfile_" + i + "\", \"object\": \"container.file\", \"container_id\": \""
					+ CONTAINER_ID + "\", \"created_at\": 1747848842, \"bytes\": 880, \"path\": \"/mnt/data/" + i
					+ ".csv\", \"source\": \"user\"}")
			.toList());
		return "{\"object\": \"list\", \"data\": [" + data + "], \"first_id\": \"cfile_" + first
				+ "\", \"last_id\": \"cfile_" + last + "\", \"has_more\": " + hasMore + "}";
	}

	private void assertPoolDrained() {
		await("connections released").atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.client.connectionPoolStats()).get().satisfies((stats) -> {
				assertThat(stats.active()).as("active connections").isZero();
				assertThat(stats.pending()).as("pending acquisitions").isZero();
			}));
	}

}
