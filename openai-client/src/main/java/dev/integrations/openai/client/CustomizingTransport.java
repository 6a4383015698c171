package dev.integrations.openai.client;

import java.util.function.UnaryOperator;

import dev.integrations.openai.transport.ApiRequest;
import dev.integrations.openai.transport.ApiResponse;
import dev.integrations.openai.transport.HttpTransport;
import dev.integrations.openai.transport.SseEvent;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies the builder's request customizers to every attempt before the delegate sends it.
 */
final class CustomizingTransport implements HttpTransport {

	private final HttpTransport delegate;

	private final UnaryOperator<ApiRequest> customizer;

	CustomizingTransport(HttpTransport delegate, UnaryOperator<ApiRequest> customizer) {
		this.delegate = delegate;
		this.customizer = customizer;
	}

	@Override
	public <T> Mono<ApiResponse<T>> exchange(ApiRequest request, JavaType type) {
		return Mono.defer(() -> this.delegate.exchange(customized(request), type));
	}

	@Override
	public Mono<ApiResponse<Flux<SseEvent>>> stream(ApiRequest request) {
		return Mono.defer(() -> this.delegate.stream(customized(request)));
	}

	@Override
	public Mono<ApiResponse<Flux<DataBuffer>>> download(ApiRequest request) {
		return Mono.defer(() -> this.delegate.download(customized(request)));
	}

	@Override
	public JsonMapper jsonMapper() {
		return this.delegate.jsonMapper();
	}

	/** The customized request, still numbered as the attempt it is (customizers rebuild it from scratch). */
	private ApiRequest customized(ApiRequest request) {
		return this.customizer.apply(request).withRetryCount(request.retryCount());
	}

}
