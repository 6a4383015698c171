package dev.integrations.openai.samples.chat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.ChatCompletionRequestBuilder;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chat.ChunkChoice;
import dev.integrations.openai.chat.StreamOptions;
import dev.integrations.openai.chat.StructuredCompletion;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.StructuredOutputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/chat}: streams the assistant's reply to a conversation as server-sent events. Each text delta
 * of {@link ChatCompletionService#streamAsync} becomes a {@code delta} event ({@code {"text": "..."}}); the stream ends
 * with a {@code done} event (finish reason, model and token counts) or an {@code error} event. The conversation
 * names the client that answers ({@link ChatClients}): the top-level one by default, or a named one.
 * {@code POST /api/suggestions} asks for follow-up questions as a typed {@link FollowUpQuestions} record.
 */
@RestController
class ChatController {

	private static final int MAX_MESSAGE_LENGTH = 8_000;

	private static final String SUGGEST = "Suggest three short follow-up questions I could ask you next about this"
			+ " conversation.";

	private final ChatClients clients;

	private final ChatAppProperties properties;

	ChatController(ChatClients clients, ChatAppProperties properties) {
		this.clients = clients;
		this.properties = properties;
	}

	@PostMapping(path = "/api/chat", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	Flux<ServerSentEvent<Object>> chat(@RequestBody Conversation conversation) {
		String client = Objects.requireNonNullElse(conversation.client(), ChatClients.DEFAULT);
		ChatCompletionService chat = this.clients.chat(client);
		ChatCompletionRequest request = toRequest(conversation, this.clients.model(client), "user").toBuilder()
			.streamOptions(StreamOptions.withUsage())
			.build();
		Progress progress = new Progress(client);
		Flux<ServerSentEvent<Object>> deltas = chat.streamAsync(request).doOnNext(progress::record).handle((chunk, sink) -> {
			String text = chunk.text();
			if (!text.isEmpty()) {
				sink.next(ServerSentEvent.builder((Object) new Delta(text)).event("delta").build());
			}
		});
		return deltas
			.concatWith(Flux.defer(() -> Flux.just(ServerSentEvent.builder((Object) progress.done()).event("done").build())))
			.onErrorResume(OpenAIException.class, (ex) -> Flux
				.just(ServerSentEvent.builder((Object) new Failure(ex.getClass().getSimpleName(), ex.getMessage()))
					.event("error")
					.build()));
	}

	/**
	 * {@code POST /api/suggestions}: three follow-up questions for a conversation that ends with the assistant's
	 * reply, as a typed record through Structured Outputs. A refusal or an unreadable answer gives no suggestions; any other failure a 502.
	 */
	@PostMapping(path = "/api/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<FollowUpQuestions> suggestions(@RequestBody Conversation conversation) {
		String client = Objects.requireNonNullElse(conversation.client(), ChatClients.DEFAULT);
		ChatCompletionRequest request = toRequest(conversation, this.clients.model(client), "assistant").toBuilder()
			.addUserMessage(SUGGEST)
			.build();
		return this.clients.chat(client)
			.createAsync(request, FollowUpQuestions.class)
			.map(StructuredCompletion::value)
			.onErrorResume(StructuredOutputException.class, (ex) -> Mono.just(new FollowUpQuestions(List.of())))
			.onErrorMap(OpenAIException.class,
					(ex) -> new ResponseStatusException(HttpStatus.BAD_GATEWAY, ex.getClass().getSimpleName(), ex));
	}

	private ChatCompletionRequest toRequest(Conversation conversation, String model, String lastRole) {
		List<Turn> turns = (conversation.messages() != null) ? conversation.messages() : List.of();
		if (turns.isEmpty() || !lastRole.equals(turns.get(turns.size() - 1).role())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "messages must end with a " + lastRole
					+ " message");
		}
		ChatCompletionRequestBuilder builder = ChatCompletionRequest.builder()
			.model(model)
			.maxCompletionTokens(this.properties.getMaxCompletionTokens())
			.addSystemMessage(this.properties.getSystemPrompt());
		int from = Math.max(0, turns.size() - this.properties.getMaxHistory());
		for (Turn turn : turns.subList(from, turns.size())) {
			String content = Objects.requireNonNullElse(turn.content(), "");
			if (content.isBlank() || content.length() > MAX_MESSAGE_LENGTH) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"each message needs 1 to " + MAX_MESSAGE_LENGTH + " characters");
			}
			switch (Objects.requireNonNullElse(turn.role(), "")) {
				case "user" -> builder.addUserMessage(content);
				case "assistant" -> builder.addAssistantMessage(content);
				default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"role must be user or assistant");
			}
		}
		return builder.build();
	}

	/**
	 * The conversation the page sends.
	 * @param messages user and assistant turns, oldest first, ending with the user's new message
	 * @param client the client that answers: {@code default} (also when not set) or a named client
	 */
	record Conversation(@Nullable List<Turn> messages, @Nullable String client) {
	}

	/**
	 * One turn of the conversation.
	 * @param role {@code user} or {@code assistant}
	 * @param content the text
	 */
	record Turn(@Nullable String role, @Nullable String content) {
	}

	/**
	 * A piece of the reply.
	 * @param text the text to append
	 */
	record Delta(String text) {
	}

	/**
	 * The end of a reply.
	 * @param client the client that answered
	 * @param finishReason why the model stopped, such as {@code stop} or {@code length}
	 * @param model the model that answered
	 * @param inputTokens prompt tokens, if reported
	 * @param outputTokens completion tokens, if reported
	 */
	record Done(String client, @Nullable String finishReason, @Nullable String model, @Nullable Long inputTokens,
			@Nullable Long outputTokens) {
	}

	/**
	 * A failed reply.
	 * @param type the client's exception type, such as {@code RateLimitException}
	 * @param message what went wrong (never the API key)
	 */
	record Failure(String type, @Nullable String message) {
	}

	/**
	 * What the chunks told so far: the model, finish reason and usage, for the {@code done} event.
	 */
	private static final class Progress {

		private final String client;

		private volatile @Nullable String model;

		private volatile @Nullable String finishReason;

		private volatile @Nullable Long inputTokens;

		private volatile @Nullable Long outputTokens;

		Progress(String client) {
			this.client = client;
		}

		void record(ChatCompletionChunk chunk) {
			if (chunk.model() != null) {
				this.model = chunk.model();
			}
			for (ChunkChoice choice : chunk.choices()) {
				if (choice.finishReason() != null) {
					this.finishReason = choice.finishReason().name().toLowerCase(Locale.ROOT);
				}
			}
			if (chunk.usage() != null) {
				this.inputTokens = chunk.usage().promptTokens();
				this.outputTokens = chunk.usage().completionTokens();
			}
		}

		Done done() {
			return new Done(this.client, this.finishReason, this.model, this.inputTokens, this.outputTokens);
		}

	}

}
