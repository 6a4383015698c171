package dev.integrations.openai.realtime;

import dev.integrations.openai.common.BlockingStream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An open Realtime session: typed {@link RealtimeClientEvent}s out, typed {@link RealtimeServerEvent}s in.
 * <p>
 * Events are read from the socket only as fast as they are requested (back-pressure reaches the TCP window). They
 * are read by one subscriber at a time, in order, and none is lost between subscribers: events that arrive while
 * nobody subscribes (such as {@code session.created} right after the upgrade) wait for the next subscriber, and a
 * subscriber that cancels leaves the rest to the next one. A second concurrent subscriber is refused with an
 * {@link IllegalStateException}. {@link #close()} closes the socket and completes every subscriber; a connection the server drops, an
 * unreadable event and a silence longer than the idle timeout end the events with an
 * {@link dev.integrations.openai.errors.OpenAIException}. Server {@code error} events are delivered as
 * {@link RealtimeErrorEvent}s (most are recoverable); {@link #awaitResponse()} turns them into exceptions.
 */
public interface RealtimeSession extends AutoCloseable {

	/**
	 * The server's events not taken yet, for one subscriber at a time.
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
	 * Reads the events (as their subscriber, so not while another one reads them) up to the next
	 * {@code response.done}; the events before it are skipped.
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
