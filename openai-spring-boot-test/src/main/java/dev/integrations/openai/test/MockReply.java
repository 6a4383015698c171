package dev.integrations.openai.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.node.ObjectNode;

/**
 * One HTTP answer of the {@link MockOpenAI}: a JSON body, or a {@code text/event-stream} of {@code data:} events
 * that ends with {@code data: [DONE]}. Bodies are the client's own wire records, written by its own mapper, so their
 * shape is the one the client reads.
 *
 * @param status the HTTP status
 * @param headers extra response headers
 * @param body the JSON body, or {@code null} for a stream
 * @param events the stream's events (each a whole {@code data: ...\n\n} block), or {@code null} for a JSON body
 */
record MockReply(int status, Map<String, String> headers, byte @Nullable [] body, @Nullable List<String> events) {

	static MockReply json(Object body) {
		return new MockReply(200, Map.of(), OpenAIJson.mapper().writeValueAsBytes(body), null);
	}

	static MockReply stream(List<?> chunks) {
		List<String> events = new ArrayList<>();
		for (Object chunk : chunks) {
			events.add("data: " + OpenAIJson.mapper().writeValueAsString(chunk) + "\n\n");
		}
		events.add("data: [DONE]\n\n");
		return new MockReply(200, Map.of(), null, List.copyOf(events));
	}

	/**
	 * An OpenAI error body ({@code {"error": {"message", "type", "param", "code"}}}).
	 * @param status the HTTP status
	 * @param error the error object
	 * @param retryAfter the {@code retry-after-ms} and {@code retry-after} hint, if any
	 * @param headers more headers
	 */
	static MockReply error(int status, ApiError error, @Nullable Duration retryAfter, Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		if (retryAfter != null) {
			all.put("retry-after-ms", Long.toString(retryAfter.toMillis()));
			all.put("retry-after", Long.toString((retryAfter.toMillis() + 999) / 1000));
		}
		ObjectNode body = OpenAIJson.mapper().createObjectNode();
		body.putObject("error")
			.put("message", error.message())
			.put("type", error.type())
			.put("param", error.param())
			.put("code", error.code());
		byte[] bytes = OpenAIJson.mapper().writeValueAsBytes(body);
		return new MockReply(status, Map.copyOf(all), bytes, null);
	}

	/** The standard error of a status, worded like OpenAI's. */
	static MockReply error(int status, @Nullable Duration retryAfter) {
		ApiError error = switch (status) {
			case 400 -> new ApiError("Invalid request (scripted by MockOpenAI).", "invalid_request_error", null, null);
			case 401 -> new ApiError("Incorrect API key provided.", "invalid_request_error", "invalid_api_key", null);
			case 403 -> new ApiError("You are not allowed to sample from this model.", "invalid_request_error",
					null, null);
			case 404 -> new ApiError("The model does not exist or you do not have access to it.",
					"invalid_request_error", "model_not_found", null);
			case 429 -> new ApiError("Rate limit reached for requests (scripted by MockOpenAI).", "requests",
					"rate_limit_exceeded", null);
			default -> new ApiError("The server had an error while processing your request. Sorry about that!",
					"server_error", null, null);
		};
		return error(status, error, retryAfter, Map.of());
	}

	Mono<Void> send(HttpServerResponse response) {
		response.status(this.status);
		this.headers.forEach(response::header);
		if (this.events != null) {
			response.header("content-type", "text/event-stream; charset=utf-8");
			return response.sendString(Flux.fromIterable(this.events), StandardCharsets.UTF_8).then();
		}
		response.header("content-type", "application/json");
		return response.sendByteArray(Mono.justOrEmpty(this.body)).then();
	}

}
