package dev.integrations.openai.responses;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ResponseStreamEvent} that carries the whole response: created, queued, in progress, completed, failed
 * or incomplete. It reports the response's model and usage to the client's hooks, so a streamed call is measured
 * like a blocking one; {@link Completed} is the last event of a successful stream.
 */
public sealed interface ResponseLifecycleEvent extends ResponseStreamEvent, ModelResponse {

	/** @return the response as of this event */
	Response response();

	@Override
	default @Nullable String model() {
		return response().model();
	}

	@Override
	default @Nullable TokenUsage tokenUsage() {
		return response().tokenUsage();
	}

	@Override
	default String responseId() {
		return response().responseId();
	}

	/**
	 * The response was created.
	 *
	 * @param response the response
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.created")
	record Created(Response response, long sequenceNumber) implements ResponseLifecycleEvent {

	}

	/**
	 * The response is queued (background mode).
	 *
	 * @param response the response
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.queued")
	record Queued(Response response, long sequenceNumber) implements ResponseLifecycleEvent {

	}

	/**
	 * The response is being generated.
	 *
	 * @param response the response
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.in_progress")
	record InProgress(Response response, long sequenceNumber) implements ResponseLifecycleEvent {

	}

	/**
	 * The response is complete; it carries the whole response with its usage.
	 *
	 * @param response the response
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.completed")
	record Completed(Response response, long sequenceNumber) implements ResponseLifecycleEvent {

	}

	/**
	 * The response failed; see {@code response().error()}.
	 *
	 * @param response the response
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.failed")
	record Failed(Response response, long sequenceNumber) implements ResponseLifecycleEvent {

	}

	/**
	 * The response stopped early; see {@code response().incompleteDetails()}.
	 *
	 * @param response the response
	 * @param sequenceNumber the position of the event in the stream
	 */
	@JsonTypeName("response.incomplete")
	record Incomplete(Response response, long sequenceNumber) implements ResponseLifecycleEvent {

	}

}
