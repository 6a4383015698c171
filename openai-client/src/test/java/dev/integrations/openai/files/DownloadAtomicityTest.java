package dev.integrations.openai.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import dev.integrations.openai.EchoingServer;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.errors.OpenAIException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A download to a file is written whole or not at all: a body cut short, blocking or reactive, leaves the file that
 * was there before untouched and no temporary file behind; a complete body replaces it.
 */
class DownloadAtomicityTest extends WireMockSupport {

	private static final String GOOD = "the report downloaded yesterday\n";

	@TempDir
	Path folder;

	@Test
	void aBodyCutShortLeavesTheExistingFileUntouchedAndNoPartialFile() throws Exception {
		Path target = Files.writeString(this.folder.resolve("report.jsonl"), GOOD);
		try (EchoingServer liar = new EchoingServer((authorization) -> "HTTP/1.1 200 OK\r\n"
				+ "Content-Type: application/octet-stream\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(5000))) {
			useClient(configBuilder().baseUrl(liar.baseUrl()).build());

			assertThatThrownBy(() -> this.client.files().downloadContent("file-abc123", target))
				.isInstanceOf(OpenAIException.class);
			assertThatThrownBy(() -> this.client.files()
				.downloadContentAsync("file-abc123", target)
				.block(Duration.ofSeconds(30))).isInstanceOf(OpenAIException.class);
		}

		assertThat(Files.readString(target)).isEqualTo(GOOD);
		assertThat(filesIn(this.folder)).containsExactly("report.jsonl");
	}

	@Test
	void aCompleteBodyReplacesTheFileAndLeavesNothingElse() throws Exception {
		Path target = Files.writeString(this.folder.resolve("report.jsonl"), GOOD);
		byte[] fresh = "{\"a\":1}\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
		this.server.stubFor(get("/v1/files/file-abc123/content").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/octet-stream")
			.withBody(fresh)));

		assertThat(this.client.files().downloadContent("file-abc123", target)).isEqualTo(fresh.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(fresh);
		Files.writeString(target, GOOD);
		assertThat(this.client.files().downloadContentAsync("file-abc123", target).block(Duration.ofSeconds(30)))
			.isEqualTo(fresh.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(fresh);
		assertThat(filesIn(this.folder)).containsExactly("report.jsonl");
	}

	private static List<String> filesIn(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

}
