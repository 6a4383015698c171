package dev.integrations.openai.realtime;

import dev.integrations.openai.common.BlockingStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An open Realtime session: typed {@link RealtimeClientEvent}s out, typed {@link RealtimeServerEvent}s in.
 * <p>
 * Events are read from the socket only as fast as subscribers request them (back-pressure reaches the TCP window);
 * until a first subscriber arrives a few are kept, so nothing sent right after the upgrade
 * ({@code session.created}) is lost. Several subscribers share the events, each seeing those that arrive after it
 * subscribed. {@link #close()} closes the socket and completes every subscriber; a connection the server drops, an
 * unreadable event and a silence longer than the idle timeout end the events with an
 * {@link dev.integrations.openai.errors.OpenAIException}. Server {@code error} events are delivered as
 * {@link RealtimeErrorEvent}s (most are recoverable); {@link #awaitResponse()} turns them into exceptions.
 */
public interface RealtimeSession extends AutoCloseable {

	/**
	 * The server's events, shared by all subscribers.
	 * @return the events, completing when the session is closed by {@link #close()}
	 */
	Flux<RealtimeServerEvent> events();

	/**
	 * The server's events, read on the calling thread; close the stream to stop reading (the session stays open).
	 * @return the blocking stream
	 */
	default BlockingStream<RealtimeServerEvent> eventStream() {
		return BlockingStream.of(events());
	}

	/**
	 * Sends an event.
	 * @param event the event
	 * @return completes when the event was written to the socket; fails with an
	 * {@link dev.integrations.openai.errors.OpenAIConnectionException} if the session is closed
	 */
	Mono<Void> sendAsync(RealtimeClientEvent event);

	/**
	 * Sends an event, waiting until it was written to the socket.
	 * @param event the event
	 */
	default void send(RealtimeClientEvent event) {
		sendAsync(event).block();
	}

	/**
	 * Waits for the next {@code response.done} among the events that arrive from now on (after the ones kept for a
	 * first subscriber).
	 * @return the finished response (its {@code status} says whether it completed, was cancelled or failed); an
	 * {@link dev.integrations.openai.errors.OpenAIStreamException} with the type, code and message of an
	 * {@code error} event that arrives first; an {@link dev.integrations.openai.errors.OpenAIException} if the session
	 * ends first
	 */
	Mono<RealtimeResponse> awaitResponseAsync();

	/**
	 * Waits for the next {@code response.done}, as {@link #awaitResponseAsync()}.
	 * @return the finished response
	 */
	default RealtimeResponse awaitResponse() {
		RealtimeResponse response = awaitResponseAsync().block();
		if (response == null) {
			throw new IllegalStateException("Realtime session ended without a response");
		}
		return response;
	}

	/**
	 * Closes the socket (normal closure); subscribers complete. Safe to call more than once, from any thread.
	 */
	@Override
	void close();

}
