package dev.integrations.openai.transport;

import java.nio.file.Path;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An id is always exactly one path segment: ids that could move a request to another route are refused before any
 * request, with a validation error naming the path parameter.
 */
class PathIdTest extends WireMockSupport {

	@ParameterizedTest
	@ValueSource(strings = { "..", ".", "../batches", "file-abc/../../models", "file-abc?purpose=batch",
			"file-abc#x", "file-abc%2F..", "file\\abc", " ", "" })
	void fileIdThatIsNotOneSegmentIsRefusedBeforeAnyRequest(String fileId) {
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> this.client.files().retrieve(fileId))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("file_id"))
			.withMessageStartingWith("file_id must");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> this.client.files().delete(fileId))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("file_id"));
		this.server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void secondIdOfANestedRouteIsNamedInTheError() {
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> this.client.vectorStores().files().retrieve("vs_abc123", ".."))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("file_id"))
			.withMessage("file_id must not be '.' or '..'");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> this.client.vectorStores().files().delete("vs_abc123/../..", "file-abc123"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("vector_store_id"))
			.withMessage("vector_store_id must be a single path segment, without '/', '\\', '?', '#' or '%'");
		this.server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void reactiveCallsSignalTheRefusalAsAnError() {
		StepVerifier.create(this.client.responses().deleteAsync("resp_123?x=1"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAIValidationException.class)
				.extracting((e) -> ((OpenAIValidationException) e).field())
				.isEqualTo("response_id"))
			.verify();
		StepVerifier.create(this.client.models().retrieveAsync("%2e%2e"))
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(OpenAIValidationException.class)
				.hasMessageStartingWith("model must be a single path segment"))
			.verify();
		this.server.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void nullFileContentSourcesAreValidationErrorsNotNullPointers() {
		assertThatExceptionOfType(OpenAIValidationException.class).isThrownBy(() -> FileContent.of((Path) null))
			.withMessage("file is required");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> FileContent.ofRange(null, 0, 1, "part"))
			.withMessage("file is required");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> FileContent.of((java.io.InputStream) null, "audio.mp3"))
			.withMessage("stream is required");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> FileContent.of((byte[]) null, "data.jsonl"))
			.withMessage("bytes is required");
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> FileContent.of(new byte[] { 1 }, "data.jsonl").withContentType(null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("content_type"));
		assertThatExceptionOfType(OpenAIValidationException.class)
			.isThrownBy(() -> FileContent.of(new byte[] { 1 }, "data.jsonl").withContentType("not a type"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("content_type"));
	}

}
