package dev.integrations.openai;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.integrations.openai.assistants.AssistantRequest;
import dev.integrations.openai.assistants.AssistantTool;
import dev.integrations.openai.assistants.Attachment;
import dev.integrations.openai.assistants.FileSearchRankingOptions;
import dev.integrations.openai.assistants.FunctionDefinition;
import dev.integrations.openai.assistants.MessageRequest;
import dev.integrations.openai.assistants.ResponseFormat;
import dev.integrations.openai.assistants.RunRequest;
import dev.integrations.openai.assistants.ToolChoice;
import dev.integrations.openai.assistants.ToolResources;
import dev.integrations.openai.assistants.TruncationStrategy;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ContentPart;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.finetuning.CreateFineTuningJobRequest;
import dev.integrations.openai.finetuning.FineTuneMethod;
import dev.integrations.openai.finetuning.FineTuneMethodType;
import dev.integrations.openai.finetuning.FineTuningIntegration;
import dev.integrations.openai.finetuning.ReinforcementMethod;
import dev.integrations.openai.finetuning.ScoreModelGrader;
import dev.integrations.openai.finetuning.WandbIntegration;
import dev.integrations.openai.responses.ResponseRequest;
import dev.integrations.openai.responses.TextFormat;
import dev.integrations.openai.transport.OpenAIJson;
import dev.integrations.openai.vectorstores.ChunkingStrategy;
import dev.integrations.openai.vectorstores.ExpiresAfter;
import dev.integrations.openai.vectorstores.VectorStoreFileRequest;
import dev.integrations.openai.vectorstores.VectorStoreRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writing is strict: the values {@link LenientReadingTest} reads without complaint (built here with the same
 * constructors Jackson uses) are refused on the send path, before any request reaches the server, by an
 * {@link OpenAIValidationException} naming the wire field.
 */
@SuppressWarnings("deprecation")
class StrictWritingTest extends WireMockSupport {

	private static final FunctionDefinition GET_WEATHER = new FunctionDefinition("get weather", "Weather of a city",
			null, null);

	static Stream<Arguments> requestInvalidValues() {
		return Stream.of(
				send("function.name", (client) -> client.assistants()
					.create(AssistantRequest.builder().model("gpt-4o").tool(new AssistantTool.Function(GET_WEATHER)).build())),
				send("file_search.max_num_results", (client) -> client.assistants()
					.create(AssistantRequest.builder()
						.model("gpt-4o")
						.tool(new AssistantTool.FileSearch(new AssistantTool.FileSearchSettings(80, null)))
						.build())),
				send("ranking_options.score_threshold", (client) -> client.assistants()
					.create(AssistantRequest.builder()
						.model("gpt-4o")
						.tool(new AssistantTool.FileSearch(new AssistantTool.FileSearchSettings(5,
								new FileSearchRankingOptions("auto", 1.5))))
						.build())),
				send("response_format.json_schema.name", (client) -> client.assistants()
					.create(AssistantRequest.builder()
						.model("gpt-4o")
						.responseFormat(new ResponseFormat.JsonSchema(
								new ResponseFormat.JsonSchema.Definition("", null, Map.of("type", "object"), true)))
						.build())),
				send("tool_resources.code_interpreter.file_ids", (client) -> client.assistants()
					.create(AssistantRequest.builder()
						.model("gpt-4o")
						.toolResources(new ToolResources(
								new ToolResources.CodeInterpreter(Collections.nCopies(25, "file-abc123")), null))
						.build())),
				send("truncation_strategy.last_messages", (client) -> client.threads()
					.runs()
					.create("thread_abc123", RunRequest.builder().assistantId("asst_abc123")
						.truncationStrategy(new TruncationStrategy(TruncationStrategy.Type.LAST_MESSAGES, 0))
						.build())),
				send("tool_choice.function.name", (client) -> client.threads()
					.runs()
					.create("thread_abc123", RunRequest.builder().assistantId("asst_abc123")
						.toolChoice(new ToolChoice.Named("function", new ToolChoice.Named.FunctionName("")))
						.build())),
				send("attachments.tools", (client) -> client.threads()
					.messages()
					.create("thread_abc123", MessageRequest.user("Plot this file")
						.withAttachments(List.of(new Attachment("file-abc123",
								List.of(new AssistantTool.Function(new FunctionDefinition("plot", null, null, null)))))))),
				send("chunking_strategy.static.chunk_overlap_tokens", (client) -> client.vectorStores()
					.files()
					.create("vs_abc123", new VectorStoreFileRequest("file-abc123",
							new ChunkingStrategy.Static(new ChunkingStrategy.StaticSettings(800, 600)), null))),
				send("expires_after.days", (client) -> client.vectorStores()
					.create(VectorStoreRequest.builder()
						.name("Support FAQ")
						.expiresAfter(new ExpiresAfter("last_active_at", 400))
						.build())),
				send("text.format.name", (client) -> client.responses()
					.create(ResponseRequest.builder()
						.model("gpt-5")
						.input("Plan a standup")
						.textFormat(new TextFormat.JsonSchema("calendar event", Map.of("type", "object"), null, true))
						.build())),
				send("method.reinforcement.grader.name", (client) -> client.fineTuning()
					.jobs()
					.create(CreateFineTuningJobRequest.builder()
						.model("o4-mini-2025-04-16")
						.trainingFile("file-abc123")
						.method(new FineTuneMethod(FineTuneMethodType.REINFORCEMENT, null, null,
								new ReinforcementMethod(new ScoreModelGrader("", "gpt-4o-2024-08-06", List.of(), null,
										null), null)))
						.build())),
				send("integrations.wandb.project", (client) -> client.fineTuning()
					.jobs()
					.create(CreateFineTuningJobRequest.builder()
						.model("gpt-4o-mini")
						.trainingFile("file-abc123")
						.integration(new FineTuningIntegration("wandb", new WandbIntegration(null, "nightly", null,
								null, null)))
						.build())),
				send("image_url.url", (client) -> client.chatCompletions()
					.create(ChatCompletionRequest.builder()
						.model("gpt-4o")
						.addUserMessage(ContentPart.text("Describe this"),
								new ContentPart.Image(new ContentPart.ImageUrl("", null), null))
						.build())),
				send("content", (client) -> client.chatCompletions()
					.create(ChatCompletionRequest.builder()
						.model("gpt-4o")
						.addUserMessage(OpenAIJson.mapper()
							.readValue("{\"type\": \"input_video\", \"input_video\": {\"url\": \"https://example.com/a.mp4\"}}",
									ContentPart.class))
						.build())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("requestInvalidValues")
	void requestInvalidValuesAreRefusedBeforeTheNetworkNamingTheWireField(String field, Send send) {
		assertThatThrownBy(() -> send.to(this.client)).isInstanceOfSatisfying(OpenAIValidationException.class,
				(ex) -> {
					assertThat(ex.field()).isEqualTo(field);
					assertThat(ex.getMessage()).startsWith(field.equals("content") ? "content of a user message" : field);
				});
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	private static Arguments send(String field, Send send) {
		return Arguments.of(field, send);
	}

	/** One call on the send path. */
	@FunctionalInterface
	interface Send {

		void to(OpenAIClient client);

	}

}
