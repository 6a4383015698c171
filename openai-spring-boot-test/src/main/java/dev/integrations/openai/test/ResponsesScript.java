package dev.integrations.openai.test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.internal.UserJson;
import dev.integrations.openai.responses.ContentPart;
import dev.integrations.openai.responses.Response;
import dev.integrations.openai.responses.ResponseItem;
import dev.integrations.openai.responses.ResponseRequest;
import dev.integrations.openai.responses.ResponseStatus;
import dev.integrations.openai.responses.ResponseUsage;
import tools.jackson.databind.JsonNode;

/**
 * The script of {@code POST /v1/responses}: a {@code completed} {@code response} with one assistant
 * {@code message} of {@code output_text}, for the requested model. Streaming ({@code "stream": true}) is not scripted
 * yet: such a request gets a {@code 400} that says so. Replies queue in order and the last one repeats (see
 * {@link EndpointScript}).
 */
public final class ResponsesScript extends EndpointScript<ResponsesScript, ResponseRequest> {

	ResponsesScript() {
		super("POST", "/v1/responses", ResponseRequest.class);
	}

	/**
	 * Answers the next request with an assistant message.
	 * @param text the output text
	 * @return this script
	 */
	public ResponsesScript replyWith(String text) {
		return then((request) -> reply(request, text));
	}

	/**
	 * Answers the next request with a structured output: the object written as JSON with the mapper the client reads
	 * structured outputs with, so {@code create(request, Person.class)} reads it back equal.
	 * @param value the object the model "returns", such as a record
	 * @return this script
	 */
	public ResponsesScript replyWith(Object value) {
		Objects.requireNonNull(value, "value");
		return replyWith(UserJson.mapper().writeValueAsString(value));
	}

	private static MockReply reply(JsonNode request, String text) {
		if (request.path("stream").asBoolean(false)) {
			ApiError error = new ApiError("MockOpenAI does not stream the Responses API yet; call create, not stream.",
					"invalid_request_error", "unscripted_request", "stream");
			return MockReply.error(400, error, null, Map.of("x-should-retry", "false"));
		}
		long now = Instant.now().getEpochSecond();
		ResponseItem.Message message = new ResponseItem.Message(ChatReplies.nextId("msg_"), "assistant",
				List.of(new ContentPart.OutputText(text, List.of(), null)), "completed", null);
		long input = Math.max(1, (request.path("input").toString().length() + 3) / 4);
		long output = Math.max(1, (text.length() + 3) / 4);
		ResponseUsage usage = new ResponseUsage(input, new ResponseUsage.InputTokensDetails(0, 0), output,
				new ResponseUsage.OutputTokensDetails(0), input + output);
		Response response = new Response(ChatReplies.nextId("resp_"), "response", now, now, ResponseStatus.COMPLETED,
				null, null, request.path("model").asString("gpt-4o-mini"), List.of(message), null, usage, Map.of(), null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, Map.of());
		return MockReply.json(response);
	}

}
