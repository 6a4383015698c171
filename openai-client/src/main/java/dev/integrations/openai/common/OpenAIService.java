package dev.integrations.openai.common;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * What every service of the client offers besides its operations: a view with {@link RequestOptions}, and the raw
 * response of any of its calls. Views are cheap, immutable and thread-safe; the service itself is unchanged.
 *
 * <pre>{@code
 * RawResponse<ChatCompletion> raw = client.chatCompletions().withRawResponse((chat) -> chat.create(request));
 * raw.requestId();  raw.rateLimit().remainingTokens();  raw.body().content();
 * }</pre>
 *
 * @param <S> the service type
 */
public interface OpenAIService<S extends OpenAIService<S>> {

	/**
	 * A view of this service whose calls use the options; options set on this view before are kept unless the new
	 * ones replace them (see {@link RequestOptions#merge}).
	 * @param options the options
	 * @return the view
	 */
	S withOptions(RequestOptions options);

	/**
	 * Makes a blocking call and returns its body with the status and headers of its response. A
	 * {@link BlockingStream} result is started, so that its headers are known: the call returns once the first event
	 * (or the end of the stream) arrived, and throws if the stream failed before that.
	 * @param <T> the body type
	 * @param call one blocking call on this service, such as {@code (chat) -> chat.create(request)}
	 * @return the body, with the status and headers of the response that carried it
	 * @throws IllegalArgumentException if the call returned a {@link Mono} or {@link Flux} (use
	 * {@link #withRawResponseAsync} or {@link #withRawStreamAsync})
	 */
	default <T> RawResponse<T> withRawResponse(Function<? super S, T> call) {
		AtomicReference<RawResponse<?>> response = new AtomicReference<>();
		T body = call.apply(withOptions(RequestOptions.builder().onResponse(response::set).build()));
		if (body instanceof Publisher<?>) {
			throw new IllegalArgumentException("withRawResponse takes a blocking call: use withRawResponseAsync for a"
					+ " Mono and withRawStreamAsync for a Flux");
		}
		if (body instanceof BlockingStream<?> stream) {
			stream.start();
		}
		return raw(response.get(), body);
	}

	/**
	 * Makes a reactive call and emits its body with the status and headers of its response.
	 * @param <T> the body type
	 * @param call one reactive call on this service, such as {@code (chat) -> chat.createAsync(request)}
	 * @return the body, with the status and headers of the response that carried it; empty if the call is
	 */
	default <T> Mono<RawResponse<T>> withRawResponseAsync(Function<? super S, Mono<T>> call) {
		return Mono.defer(() -> {
			AtomicReference<RawResponse<?>> response = new AtomicReference<>();
			return call.apply(withOptions(RequestOptions.builder().onResponse(response::set).build()))
				.map((body) -> raw(response.get(), body));
		});
	}

	/**
	 * Starts a streaming call and emits, once the response arrived and its first event (or its end) was read, the
	 * status and headers with the events. The events are the live stream, read as they arrive and buffered until
	 * consumed: subscribe to them once; cancelling them cancels the call. An error before the first event is emitted
	 * instead of the response.
	 * @param <T> the event type
	 * @param call one streaming call on this service, such as {@code (chat) -> chat.streamAsync(request)}
	 * @return the status and headers, with the events
	 */
	default <T> Mono<RawResponse<Flux<T>>> withRawStreamAsync(Function<? super S, Flux<T>> call) {
		return Mono.defer(() -> {
			AtomicReference<RawResponse<?>> response = new AtomicReference<>();
			Flux<T> events = call.apply(withOptions(RequestOptions.builder().onResponse(response::set).build()));
			return Mono.create((sink) -> {
				Sinks.Many<T> body = Sinks.many().unicast().onBackpressureBuffer();
				Disposable.Swap upstream = Disposables.swap();
				AtomicBoolean started = new AtomicBoolean();
				Runnable start = () -> {
					if (started.compareAndSet(false, true)) {
						sink.success(raw(response.get(), body.asFlux().doOnCancel(upstream::dispose)));
					}
				};
				sink.onCancel(() -> {
					if (!started.get()) {
						upstream.dispose();
					}
				});
				upstream.update(events.subscribe((event) -> {
					body.tryEmitNext(event);
					start.run();
				}, (error) -> {
					if (started.compareAndSet(false, true)) {
						sink.error(error);
					}
					else {
						body.tryEmitError(error);
					}
				}, () -> {
					body.tryEmitComplete();
					start.run();
				}));
			});
		});
	}

	private static <T> RawResponse<T> raw(@Nullable RawResponse<?> response, T body) {
		if (response == null) {
			throw new IllegalStateException("The call made no request, so it has no raw response (a lazy result such"
					+ " as a pager is read later: make the raw call on each page instead)");
		}
		return response.withBody(body);
	}

}
