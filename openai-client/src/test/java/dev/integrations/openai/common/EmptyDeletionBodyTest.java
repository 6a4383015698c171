package dev.integrations.openai.common;

import java.util.function.Function;
import java.util.stream.Stream;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.NotFoundException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every DELETE operation takes a 200 with an empty body (as {@code DELETE /responses/{id}} is specified to answer)
 * for a confirmed deletion of the ID it named, and still fails typed on an error status.
 */
class EmptyDeletionBodyTest extends WireMockSupport {

	static Stream<Arguments> deletions() {
		return Stream.of(
				deletion("/v1/responses/resp_6786a1bec27481909a17d673315b29f6", "resp_6786a1bec27481909a17d673315b29f6",
						(client) -> client.responses().delete("resp_6786a1bec27481909a17d673315b29f6")),
				deletion("/v1/chat/completions/chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2", "chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2",
						(client) -> client.chatCompletions().delete("chatcmpl-AyPNinnUqUDYo9SAdA52NobMflmj2")),
				deletion("/v1/files/file-abc123", "file-abc123", (client) -> client.files().delete("file-abc123")),
				deletion("/v1/models/ft:gpt-4o-mini:acemeco:suffix:abc123", "ft:gpt-4o-mini:acemeco:suffix:abc123",
						(client) -> client.models().delete("ft:gpt-4o-mini:acemeco:suffix:abc123")),
				deletion("/v1/assistants/asst_abc123", "asst_abc123", (client) -> client.assistants().delete("asst_abc123")),
				deletion("/v1/threads/thread_abc123", "thread_abc123", (client) -> client.threads().delete("thread_abc123")),
				deletion("/v1/threads/thread_abc123/messages/msg_abc123", "msg_abc123",
						(client) -> client.threads().messages().delete("thread_abc123", "msg_abc123")),
				deletion("/v1/vector_stores/vs_abc123", "vs_abc123", (client) -> client.vectorStores().delete("vs_abc123")),
				deletion("/v1/vector_stores/vs_abc123/files/file-abc123", "file-abc123",
						(client) -> client.vectorStores().files().delete("vs_abc123", "file-abc123")),
				deletion("/v1/fine_tuning/checkpoints/ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd/permissions/cp_zc4Q7MP6XxulcVzj4MZdwsAB",
						"cp_zc4Q7MP6XxulcVzj4MZdwsAB", (client) -> client.fineTuning()
							.checkpointPermissions()
							.delete("ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", "cp_zc4Q7MP6XxulcVzj4MZdwsAB")));
	}

	private static Arguments deletion(String path, String id, Function<OpenAIClient, DeletionStatus> call) {
		return Arguments.of(path, id, call);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deletions")
	void emptyOkBodyConfirmsTheDeletionOfTheNamedId(String path, String id, Function<OpenAIClient, DeletionStatus> call) {
		this.server.stubFor(delete(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));

		DeletionStatus status = call.apply(this.client);

		assertThat(status).isEqualTo(DeletionStatus.withoutBody(id));
		this.server.verify(deleteRequestedFor(urlEqualTo(path)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("deletions")
	void emptyNotFoundBodyStillFailsTyped(String path, String id, Function<OpenAIClient, DeletionStatus> call) {
		this.server.stubFor(delete(urlEqualTo(path)).willReturn(aResponse().withStatus(404)));

		assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> call.apply(this.client));
	}

}
