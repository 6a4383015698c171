package dev.integrations.openai.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.resilience.CircuitBreakerSettings;
import dev.integrations.openai.resilience.RetrySettings;
import dev.integrations.openai.uploads.LargeFileUpload;
import dev.integrations.openai.uploads.Upload;
import io.netty.buffer.ByteBuf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that uploads and downloads stream: a 256 MiB file goes up (as one multipart request and as 64 MiB parts)
 * and comes down in a JVM whose heap is limited to 128 MiB. Runs only in the {@code memory-tests} Surefire
 * execution, which sets {@code -Xmx128m}. The server is a bare Reactor Netty server that counts and discards what it
 * receives and sends the file from disk, so that nothing in this JVM holds the file but the code under test.
 */
@EnabledIfSystemProperty(named = "openai.memoryTest", matches = "true")
class StreamingMemoryTest {

	private static final long SIZE = 256L * 1024 * 1024;

	private static final long MAX_HEAP = 128L * 1024 * 1024;

	private static final Path DIR = Path.of("target", "memory-test");

	private static final Path SOURCE = DIR.resolve("large-input.jsonl");

	private static long sourceCrc;

	private static DisposableServer server;

	private static final AtomicLong received = new AtomicLong();

	private static final AtomicInteger parts = new AtomicInteger();

	private OpenAIClient client;

	@BeforeAll
	static void createFileAndServer() throws IOException {
		assertThat(Runtime.getRuntime().maxMemory()).as("heap limit of this JVM").isLessThanOrEqualTo(MAX_HEAP);
		Files.createDirectories(DIR);
		byte[] block = new byte[1024 * 1024];
		CRC32 crc = new CRC32();
		try (OutputStream out = Files.newOutputStream(SOURCE)) {
			for (int i = 0; i < SIZE / block.length; i++) {
				for (int j = 0; j < block.length; j += 64) {
					block[j] = (byte) (i + j);
				}
				out.write(block);
				crc.update(block);
			}
		}
		sourceCrc = crc.getValue();
		server = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/v1/files", (request, response) -> count(request, response, """
					{"id": "file-big", "object": "file", "bytes": %d, "created_at": 1719186911,
					 "filename": "large-input.jsonl", "purpose": "batch", "status": "uploaded"}"""))
				.get("/v1/files/file-big/content",
						(request, response) -> response.header("Content-Type", "application/octet-stream")
							.sendFile(SOURCE))
				.post("/v1/uploads", (request, response) -> count(request, response, upload("pending", "null")))
				.post("/v1/uploads/upload_big/parts", (request, response) -> count(request, response,
						"{\"id\": \"part_" + parts.incrementAndGet() + "\", \"object\": \"upload.part\", "
								+ "\"created_at\": 1719186911, \"upload_id\": \"upload_big\", \"received\": %d}"))
				.post("/v1/uploads/upload_big/complete", (request, response) -> count(request, response,
						upload("completed", "{\"id\": \"file-big\", \"object\": \"file\", \"bytes\": " + SIZE
								+ ", \"created_at\": 1719186911, \"filename\": \"large-input.jsonl\", "
								+ "\"purpose\": \"batch\", \"status\": \"uploaded\"}"))))
			.bindNow();
	}

	@AfterAll
	static void stopServerAndDeleteFiles() throws IOException {
		if (server != null) {
			server.disposeNow();
		}
		Files.deleteIfExists(SOURCE);
		Files.deleteIfExists(DIR.resolve("downloaded.jsonl"));
	}

	@BeforeEach
	void createClientAndResetPeaks() {
		received.set(0);
		parts.set(0);
		this.client = OpenAIClient.builder()
			.config(OpenAIConfig.builder()
				.baseUrl("http://127.0.0.1:" + server.port() + "/v1")
				.apiKey("sk-test-memory")
				.responseTimeout(Duration.ofSeconds(60))
				.streamIdleTimeout(Duration.ofSeconds(30))
				.retry(new RetrySettings(0, Duration.ofMillis(1), Duration.ofMillis(1), 1.0, 0.0))
				.circuitBreaker(CircuitBreakerSettings.DISABLED)
				.build())
			.build();
		System.gc();
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	@Test
	void uploadOf256MiBFileStreamsFromDisk() {
		long start = System.nanoTime();

		OpenAIFile file = this.client.files().upload(FileContent.of(SOURCE), FilePurpose.BATCH);

		report("upload (POST /files, multipart)", start);
		assertThat(received.get()).isBetween(SIZE, SIZE + 1024);
		assertThat(file.bytes()).isEqualTo(received.get());
	}

	@Test
	void uploadOf256MiBFileInPartsReadsBoundedSlices() {
		long start = System.nanoTime();

		Upload upload = this.client.uploads()
			.uploadFile(LargeFileUpload.of(SOURCE, FilePurpose.BATCH, "application/jsonl"));

		report("upload in 64 MiB parts (POST /uploads/.../parts x4)", start);
		assertThat(parts.get()).isEqualTo(4);
		assertThat(upload.file()).isNotNull();
		assertThat(received.get()).isBetween(SIZE, SIZE + 8 * 1024);
	}

	@Test
	void downloadOf256MiBFileStreamsToDisk() throws IOException {
		Path target = DIR.resolve("downloaded.jsonl");
		long start = System.nanoTime();

		long written = this.client.files().downloadContent("file-big", target);

		report("download (GET /files/{id}/content to a Path)", start);
		assertThat(written).isEqualTo(SIZE);
		assertThat(Files.size(target)).isEqualTo(SIZE);
		assertThat(crc(target)).isEqualTo(sourceCrc);
	}

	private static Mono<Void> count(HttpServerRequest request, HttpServerResponse response, String json) {
		return request.receive()
			.map(ByteBuf::readableBytes)
			.reduce(0L, (total, bytes) -> total + bytes)
			.flatMap((bytes) -> {
				received.addAndGet(bytes);
				return response.header("Content-Type", "application/json")
					.sendString(Mono.just(json.replace("%d", Long.toString(bytes))))
					.then();
			});
	}

	private static String upload(String status, String file) {
		return "{\"id\": \"upload_big\", \"object\": \"upload\", \"bytes\": " + SIZE + ", \"created_at\": 1719184911, "
				+ "\"filename\": \"large-input.jsonl\", \"purpose\": \"batch\", \"status\": \"" + status + "\", "
				+ "\"expires_at\": 1719188511, \"file\": " + file + "}";
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
	}

	private static void report(String what, long start) {
		long peak = heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("[memory] %s of %d MiB: %d ms, peak heap used %d MiB (sum of pool peaks), max heap %d MiB%n",
				what, SIZE >> 20, millis, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
	}

	private static long crc(Path file) throws IOException {
		CRC32 crc = new CRC32();
		byte[] buffer = new byte[1024 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				crc.update(buffer, 0, read);
			}
		}
		return crc.getValue();
	}

}
