package dev.integrations.openai;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.integrations.openai.vectorstores.VectorStoreFileListParams;
import dev.integrations.openai.assistants.MessageListParams;
import dev.integrations.openai.assistants.Assistant;
import dev.integrations.openai.assistants.AssistantTool;
import dev.integrations.openai.assistants.Message;
import dev.integrations.openai.assistants.ResponseFormat;
import dev.integrations.openai.assistants.Run;
import dev.integrations.openai.assistants.ToolChoice;
import dev.integrations.openai.assistants.ToolResources;
import dev.integrations.openai.assistants.TruncationStrategy;
import dev.integrations.openai.chat.ContentPart;
import dev.integrations.openai.chat.StoredChatMessage;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.finetuning.FineTuningJob;
import dev.integrations.openai.finetuning.FineTuningJobListParams;
import dev.integrations.openai.finetuning.ScoreModelGrader;
import dev.integrations.openai.responses.Response;
import dev.integrations.openai.responses.TextFormat;
import dev.integrations.openai.vectorstores.ChunkingStrategy;
import dev.integrations.openai.vectorstores.VectorStore;
import dev.integrations.openai.vectorstores.VectorStoreFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatObject;

/**
 * Reading is lenient, writing is strict: a response that the spec allows but that breaks a request rule (a name
 * pattern, a range, a required field of a request) parses, and a list with such an item parses whole. The send path
 * still refuses the same values before the network; see {@link StrictWritingTest}.
 */
class LenientReadingTest extends WireMockSupport {

	private static final String ASSISTANTS = """
			{"object": "list", "first_id": "asst_1", "last_id": "asst_2", "has_more": false, "data": [
			  {"id": "asst_1", "object": "assistant", "created_at": 1698984975, "name": "Weather bot",
			   "model": "gpt-4o", "instructions": "Answer with the weather.",
			   "tools": [
			     {"type": "function", "function": {"name": "get weather", "description": "Weather of a city",
			      "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}},
			     {"type": "file_search", "file_search": {"max_num_results": 80,
			      "ranking_options": {"ranker": "auto", "score_threshold": 1.5}}}],
			   "tool_resources": {"code_interpreter": {"file_ids": [%s]}},
			   "metadata": {}, "temperature": 1.0, "top_p": 1.0,
			   "response_format": {"type": "json_schema", "json_schema": {"name": "", "schema": {"type": "object"}}}},
			  {"id": "asst_2", "object": "assistant", "created_at": 1698984976, "name": "Math tutor",
			   "model": "gpt-4o", "tools": [{"type": "code_interpreter"}], "metadata": {}}]}
			""".formatted(String.join(", ", java.util.Collections.nCopies(25, "\"file-abc123\"")));

	private static final String RUN = """
			{"id": "run_abc123", "object": "thread.run", "created_at": 1699063290, "thread_id": "thread_abc123",
			 "assistant_id": "asst_abc123", "status": "queued", "model": "gpt-4o", "tools": [], "metadata": {},
			 "truncation_strategy": {"type": "last_messages", "last_messages": 0},
			 "tool_choice": {"type": "function", "function": {"name": ""}},
			 "response_format": "auto"}
			""";

	private static final String MESSAGES = """
			{"object": "list", "first_id": "msg_1", "last_id": "msg_2", "has_more": false, "data": [
			  {"id": "msg_1", "object": "thread.message", "created_at": 1699017614, "thread_id": "thread_abc123",
			   "role": "user", "content": [{"type": "text", "text": {"value": "Plot this file", "annotations": []}}],
			   "attachments": [{"file_id": "", "tools": [{"type": "function",
			     "function": {"name": "plot data"}}]}], "metadata": {}},
			  {"id": "msg_2", "object": "thread.message", "created_at": 1699017615, "thread_id": "thread_abc123",
			   "role": "assistant", "content": [], "attachments": [], "metadata": {}}]}
			""";

	private static final String VECTOR_STORE_FILES = """
			{"object": "list", "first_id": "file-1", "last_id": "file-2", "has_more": false, "data": [
			  {"id": "file-1", "object": "vector_store.file", "usage_bytes": 1234, "created_at": 1698107661,
			   "vector_store_id": "vs_abc123", "status": "completed", "last_error": null,
			   "chunking_strategy": {"type": "static",
			     "static": {"max_chunk_size_tokens": 8192, "chunk_overlap_tokens": 6000}}},
			  {"id": "file-2", "object": "vector_store.file", "usage_bytes": 99, "created_at": 1698107662,
			   "vector_store_id": "vs_abc123", "status": "completed", "last_error": null,
			   "chunking_strategy": {"type": "auto"}}]}
			""";

	private static final String VECTOR_STORE = """
			{"id": "vs_abc123", "object": "vector_store", "created_at": 1699061776, "name": "Support FAQ",
			 "usage_bytes": 139920, "status": "completed",
			 "file_counts": {"in_progress": 0, "completed": 3, "failed": 0, "cancelled": 0, "total": 3},
			 "expires_after": {"anchor": "last_active_at", "days": 400}, "metadata": {}}
			""";

	private static final String RESPONSE = """
			{"id": "resp_abc123", "object": "response", "created_at": 1741476542, "status": "completed",
			 "model": "gpt-4.1-2025-04-14", "output": [
			   {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant",
			    "content": [{"type": "output_text", "text": "{\\"title\\": \\"Standup\\"}", "annotations": []}]}],
			 "text": {"format": {"type": "json_schema", "name": "calendar event",
			   "schema": {"type": "object"}, "strict": true}},
			 "usage": {"input_tokens": 36, "output_tokens": 87, "total_tokens": 123}}
			""";

	private static final String FINE_TUNING_JOBS = """
			{"object": "list", "has_more": false, "data": [
			  {"id": "ftjob-1", "object": "fine_tuning.job", "created_at": 1721764800, "model": "o4-mini-2025-04-16",
			   "organization_id": "org-123", "status": "running", "training_file": "file-abc123",
			   "result_files": [], "seed": 42,
			   "integrations": [{"type": "wandb", "wandb": {"name": "nightly"}}],
			   "method": {"type": "reinforcement", "reinforcement": {
			     "grader": {"type": "score_model", "name": "", "model": "gpt-4o-2024-08-06",
			       "input": [{"role": "user", "content": "Score the answer"}], "range": [0, 1, 2],
			       "sampling_params": {"max_completions_tokens": 0}},
			     "hyperparameters": {"n_epochs": 100, "batch_size": 0, "eval_interval": 0}}}},
			  {"id": "ftjob-2", "object": "fine_tuning.job", "created_at": 1721764801, "model": "gpt-4o-mini",
			   "organization_id": "org-123", "status": "succeeded", "training_file": "file-def456",
			   "result_files": [], "seed": 7,
			   "method": {"type": "supervised", "supervised": {"hyperparameters": {"n_epochs": 3}}}}]}
			""";

	private static final String STORED_MESSAGES = """
			{"object": "list", "first_id": "msg_1", "last_id": "msg_2", "has_more": false, "data": [
			  {"id": "msg_1", "role": "user", "content": "Describe this",
			   "content_parts": [{"type": "text", "text": "Describe this"},
			     {"type": "image_url", "image_url": {"url": ""}},
			     {"type": "input_video", "input_video": {"url": "https://example.com/clip.mp4"}}]},
			  {"id": "msg_2", "role": "user", "content": "Thanks"}]}
			""";

	static Stream<Arguments> requestInvalidResponses() {
		return Stream.of(
				read("assistant function name with a space, file search over 50, threshold over 1, 25 files, blank "
						+ "schema name", "/v1/assistants", ASSISTANTS,
						(client) -> client.assistants().list(ListParams.DEFAULTS),
						(ListResponse<Assistant> list) -> {
							assertThat(list.data()).extracting(Assistant::id).containsExactly("asst_1", "asst_2");
							Assistant assistant = list.data().get(0);
							assertThat(assistant.tools().get(0)).isInstanceOfSatisfying(AssistantTool.Function.class,
									(tool) -> assertThat(tool.function().name()).isEqualTo("get weather"));
							assertThat(assistant.tools().get(1)).isInstanceOfSatisfying(AssistantTool.FileSearch.class,
									(tool) -> assertThat(tool.fileSearch().rankingOptions().scoreThreshold())
										.isEqualTo(1.5));
							assertThat(assistant.toolResources().codeInterpreter().fileIds()).hasSize(25);
							assertThat(assistant.responseFormat()).isInstanceOfSatisfying(
									ResponseFormat.JsonSchema.class,
									(format) -> assertThat(format.jsonSchema().name()).isEmpty());
						}),
				read("run with last_messages 0 and a nameless tool choice", "/v1/threads/thread_abc123/runs/run_abc123",
						RUN, (client) -> client.threads().runs().retrieve("thread_abc123", "run_abc123"),
						(Run run) -> {
							assertThat(run.truncationStrategy())
								.isEqualTo(new TruncationStrategy(TruncationStrategy.Type.LAST_MESSAGES, 0));
							assertThat(run.toolChoice()).isEqualTo(
									new ToolChoice.Named("function", new ToolChoice.Named.FunctionName("")));
						}),
				read("message attachment with a blank file id and a function tool",
						"/v1/threads/thread_abc123/messages", MESSAGES,
						(client) -> client.threads().messages().list("thread_abc123", MessageListParams.DEFAULTS),
						(ListResponse<Message> list) -> {
							assertThat(list.data()).hasSize(2);
							assertThat(list.data().get(0).attachments()).singleElement()
								.satisfies((attachment) -> assertThat(attachment.tools()).singleElement()
									.isInstanceOf(AssistantTool.Function.class));
						}),
				read("vector store file chunked with 8192 tokens overlapping by 6000",
						"/v1/vector_stores/vs_abc123/files", VECTOR_STORE_FILES,
						(client) -> client.vectorStores().files().list("vs_abc123", VectorStoreFileListParams.DEFAULTS),
						(ListResponse<VectorStoreFile> list) -> {
							assertThat(list.data()).hasSize(2);
							assertThat(list.data().get(0).chunkingStrategy()).isEqualTo(
									new ChunkingStrategy.Static(new ChunkingStrategy.StaticSettings(8192, 6000)));
						}),
				read("vector store expiring 400 days after last activity", "/v1/vector_stores/vs_abc123",
						VECTOR_STORE, (client) -> client.vectorStores().retrieve("vs_abc123"),
						(VectorStore store) -> assertThat(store.expiresAfter().days()).isEqualTo(400)),
				read("response whose text format name has a space", "/v1/responses/resp_abc123", RESPONSE,
						(client) -> client.responses().retrieve("resp_abc123"), (Response response) -> {
							assertThat(response.outputText()).isEqualTo("{\"title\": \"Standup\"}");
							assertThat(response.text().format()).isInstanceOfSatisfying(TextFormat.JsonSchema.class,
									(format) -> assertThat(format.name()).isEqualTo("calendar event"));
						}),
				read("fine-tuning job with a nameless grader, out-of-range hyperparameters and a projectless W&B",
						"/v1/fine_tuning/jobs", FINE_TUNING_JOBS,
						(client) -> client.fineTuning().jobs().list(FineTuningJobListParams.DEFAULTS),
						(ListResponse<FineTuningJob> list) -> {
							assertThat(list.data()).extracting(FineTuningJob::id).containsExactly("ftjob-1", "ftjob-2");
							FineTuningJob job = list.data().get(0);
							assertThat(job.method().reinforcement().grader())
								.isInstanceOfSatisfying(ScoreModelGrader.class, (grader) -> {
									assertThat(grader.name()).isEmpty();
									assertThat(grader.range()).containsExactly(0.0, 1.0, 2.0);
								});
							assertThat(job.method().reinforcement().hyperparameters().nEpochs().number())
								.isEqualTo(100L);
							assertThat(job.integrations()).singleElement()
								.satisfies((integration) -> assertThat(integration.wandb().project()).isNull());
						}),
				read("stored chat message with a blank image URL and a part type from the future",
						"/v1/chat/completions/chatcmpl-abc123/messages", STORED_MESSAGES,
						(client) -> client.chatCompletions()
							.listMessages("chatcmpl-abc123", dev.integrations.openai.chat.ChatMessageListParams.DEFAULTS),
						(ListResponse<StoredChatMessage> list) -> {
							assertThat(list.data()).hasSize(2);
							List<ContentPart> parts = list.data().get(0).contentParts();
							assertThat(parts.get(1)).isInstanceOfSatisfying(ContentPart.Image.class,
									(image) -> assertThat(image.imageUrl().url()).isEmpty());
							assertThat(parts.get(2)).isInstanceOfSatisfying(ContentPart.Unknown.class, (part) -> {
								assertThat(part.type()).isEqualTo("input_video");
								assertThat(part.fields().get("input_video"))
									.isEqualTo(Map.of("url", "https://example.com/clip.mp4"));
							});
							assertThat(list.data().get(1).contentParts()).isEmpty();
						}));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requestInvalidResponses")
	void specValidButRequestInvalidResponsesParse(String description, String path, String body,
			Function<OpenAIClient, Object> call, Consumer<Object> assertions) {
		this.server.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(body)));

		Object result = call.apply(this.client);

		assertThatObject(result).satisfies(assertions::accept);
	}

	@SuppressWarnings("unchecked")
	private static <T> Arguments read(String description, String path, String body, Function<OpenAIClient, T> call,
			Consumer<T> assertions) {
		return Arguments.of(description, path, body, call, (Consumer<Object>) (result) -> assertions.accept((T) result));
	}

}
