package dev.integrations.openai.transport;

import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one attempt of an {@link ApiRequest} and reads the response. Implementations fail only with typed
 * {@link dev.integrations.openai.errors.OpenAIException}s, apply the configured timeouts, and release the
 * connection when the caller cancels. Retries and the circuit breaker live above this interface, in the
 * {@link dev.integrations.openai.resilience.ResilienceOrchestrator}.
 */
public interface HttpTransport {

	/**
	 * Sends a request and decodes its JSON (or plain text, for {@code String}) body.
	 * @param <T> the body type
	 * @param request the request
	 * @param type the body type
	 * @return the response, or a typed error
	 */
	<T> Mono<ApiResponse<T>> exchange(ApiRequest request, JavaType type);

	/**
	 * Sends a request and reads its body as server-sent events, up to (not including) {@code [DONE]}: the flux
	 * completes at {@code [DONE]} and gives the connection up at once, whatever the server sends after it. An error
	 * event ends the flux with an {@link dev.integrations.openai.errors.OpenAIStreamException}; silence longer than
	 * the stream idle timeout ends it with an {@link dev.integrations.openai.errors.OpenAITimeoutException}; a
	 * response that is no {@code text/event-stream} is an {@link dev.integrations.openai.errors.OpenAIResponseException}.
	 * @param request the request
	 * @return the response, whose body is the event flux
	 */
	Mono<ApiResponse<Flux<SseEvent>>> stream(ApiRequest request);

	/**
	 * Sends a request and streams its binary body without buffering it. Release each buffer after use (or write
	 * them with {@code DataBufferUtils.write}, which does).
	 * @param request the request
	 * @return the response, whose body is the buffer flux
	 */
	Mono<ApiResponse<Flux<DataBuffer>>> download(ApiRequest request);

	/**
	 * The mapper used for request and response bodies.
	 * @return the mapper
	 */
	JsonMapper jsonMapper();

}
