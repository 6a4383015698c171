package dev.integrations.openai.responses;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.integrations.openai.responses.ResponseStreamEvent.ContentPartAdded;
import dev.integrations.openai.responses.ResponseStreamEvent.ContentPartDone;
import dev.integrations.openai.responses.ResponseStreamEvent.FunctionCallArgumentsDelta;
import dev.integrations.openai.responses.ResponseStreamEvent.FunctionCallArgumentsDone;
import dev.integrations.openai.responses.ResponseStreamEvent.OutputItemAdded;
import dev.integrations.openai.responses.ResponseStreamEvent.OutputItemDone;
import dev.integrations.openai.responses.ResponseStreamEvent.OutputTextAnnotationAdded;
import dev.integrations.openai.responses.ResponseStreamEvent.OutputTextDelta;
import dev.integrations.openai.responses.ResponseStreamEvent.OutputTextDone;
import dev.integrations.openai.responses.ResponseReasoningEvent.ReasoningSummaryTextDelta;
import dev.integrations.openai.responses.ResponseReasoningEvent.ReasoningSummaryTextDone;
import dev.integrations.openai.responses.ResponseReasoningEvent.ReasoningTextDelta;
import dev.integrations.openai.responses.ResponseReasoningEvent.ReasoningTextDone;
import dev.integrations.openai.responses.ResponseStreamEvent.RefusalDelta;
import dev.integrations.openai.responses.ResponseStreamEvent.RefusalDone;
import dev.integrations.openai.responses.ResponseToolCallEvent.CodeInterpreterCallCodeDelta;
import dev.integrations.openai.responses.ResponseToolCallEvent.CodeInterpreterCallCodeDone;
import dev.integrations.openai.responses.ResponseToolCallEvent.CustomToolCallInputDelta;
import dev.integrations.openai.responses.ResponseToolCallEvent.CustomToolCallInputDone;
import dev.integrations.openai.responses.ResponseToolCallEvent.McpCallArgumentsDelta;
import dev.integrations.openai.responses.ResponseToolCallEvent.McpCallArgumentsDone;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Merges the events of a response stream into the {@link Response} a non-streamed call would have returned. The
 * output items are built from the events: an item as added, its text, refusal and reasoning deltas concatenated
 * per content part, annotations appended, function call arguments, custom tool input, MCP arguments and code
 * interpreter code accumulated, and replaced by the complete item of {@code response.output_item.done} when it
 * comes. Everything else (status, usage, error, incomplete details) comes from the last lifecycle event, so a
 * stream that ends with {@code response.failed} or {@code response.incomplete}, or is cut short, still gives the
 * output produced so far. Event types it has no use for, and types added after this client, are ignored.
 * <p>
 * Feed it event by event with {@link #accept} (for instance while printing the text), or use
 * {@link #accumulate(Flux)} and {@link #accumulate(Iterable)}. An instance is not thread-safe; use one per stream.
 */
public final class ResponseAccumulator {

	private final Map<Integer, ItemState> items = new TreeMap<>();

	private @Nullable Response response;

	/**
	 * Merges a whole reactive stream.
	 * @param events the events
	 * @return the response, emitted when the stream completes; an error if it had no lifecycle event
	 */
	public static Mono<Response> accumulate(Flux<ResponseStreamEvent> events) {
		return Mono.defer(() -> events.reduce(new ResponseAccumulator(), ResponseAccumulator::accept)
			.map(ResponseAccumulator::toResponse));
	}

	/**
	 * Merges events read on the caller's thread, such as a {@link dev.integrations.openai.common.BlockingStream}.
	 * @param events the events
	 * @return the response
	 * @throws IllegalStateException if there was no lifecycle event
	 */
	public static Response accumulate(Iterable<ResponseStreamEvent> events) {
		ResponseAccumulator accumulator = new ResponseAccumulator();
		events.forEach(accumulator::accept);
		return accumulator.toResponse();
	}

	/**
	 * Merges one event.
	 * @param event the next event of the stream
	 * @return this accumulator
	 */
	public ResponseAccumulator accept(ResponseStreamEvent event) {
		if (event instanceof ResponseLifecycleEvent lifecycle) {
			this.response = lifecycle.response();
		}
		else if (event instanceof OutputItemAdded added) {
			this.items.put(added.outputIndex(), new ItemState(added.item()));
		}
		else if (event instanceof OutputItemDone done) {
			item(done.outputIndex()).done = done.item();
		}
		else {
			acceptDelta(event);
		}
		return this;
	}

	private void acceptDelta(ResponseStreamEvent event) {
		if (event instanceof ContentPartAdded added) {
			item(added.outputIndex()).part(added.contentIndex()).start(added.part());
		}
		else if (event instanceof ContentPartDone done) {
			item(done.outputIndex()).part(done.contentIndex()).done = done.part();
		}
		else if (event instanceof OutputTextDelta delta) {
			item(delta.outputIndex()).part(delta.contentIndex()).text(delta);
		}
		else if (event instanceof OutputTextDone done) {
			item(done.outputIndex()).part(done.contentIndex()).replace(done.fullText());
		}
		else if (event instanceof OutputTextAnnotationAdded added && added.annotation() != null) {
			item(added.outputIndex()).part(added.contentIndex()).annotations.add(added.annotation());
		}
		else if (event instanceof RefusalDelta delta) {
			item(delta.outputIndex()).part(delta.contentIndex()).refusal(delta.delta());
		}
		else if (event instanceof RefusalDone done) {
			item(done.outputIndex()).part(done.contentIndex()).replace(done.refusal());
		}
		else {
			acceptText(event);
		}
	}

	private void acceptText(ResponseStreamEvent event) {
		if (event instanceof ReasoningSummaryTextDelta delta) {
			item(delta.outputIndex()).summary(delta.summaryIndex()).append(delta.delta());
		}
		else if (event instanceof ReasoningSummaryTextDone done) {
			replace(item(done.outputIndex()).summary(done.summaryIndex()), done.fullText());
		}
		else if (event instanceof ReasoningTextDelta delta) {
			item(delta.outputIndex()).reasoning(delta.contentIndex()).append(delta.delta());
		}
		else if (event instanceof ReasoningTextDone done) {
			replace(item(done.outputIndex()).reasoning(done.contentIndex()), done.fullText());
		}
		else if (event instanceof FunctionCallArgumentsDelta delta) {
			item(delta.outputIndex()).input.append(delta.delta());
		}
		else if (event instanceof FunctionCallArgumentsDone done) {
			replace(item(done.outputIndex()).input, done.arguments());
		}
		else if (event instanceof CustomToolCallInputDelta delta) {
			item(delta.outputIndex()).input.append(delta.delta());
		}
		else if (event instanceof CustomToolCallInputDone done) {
			replace(item(done.outputIndex()).input, done.input());
		}
		else if (event instanceof McpCallArgumentsDelta delta) {
			item(delta.outputIndex()).input.append(delta.delta());
		}
		else if (event instanceof McpCallArgumentsDone done) {
			replace(item(done.outputIndex()).input, done.arguments());
		}
		else if (event instanceof CodeInterpreterCallCodeDelta delta) {
			item(delta.outputIndex()).input.append(delta.delta());
		}
		else if (event instanceof CodeInterpreterCallCodeDone done) {
			replace(item(done.outputIndex()).input, done.code());
		}
	}

	private static void replace(StringBuilder text, String whole) {
		text.setLength(0);
		text.append(whole);
	}

	/**
	 * The response as of the events so far: the last lifecycle event's response with the output built from the
	 * item events (the lifecycle event's own output when no item event came).
	 * @return the response
	 * @throws IllegalStateException if there was no lifecycle event
	 */
	public Response toResponse() {
		Response last = this.response;
		if (last == null) {
			throw new IllegalStateException("No response.created or other lifecycle event in the stream");
		}
		if (this.items.isEmpty()) {
			return last;
		}
		List<ResponseItem> output = new ArrayList<>(this.items.size());
		for (ItemState state : this.items.values()) {
			ResponseItem item = state.toItem();
			if (item != null) {
				output.add(item);
			}
		}
		return last.withOutput(output);
	}

	private ItemState item(int outputIndex) {
		return this.items.computeIfAbsent(outputIndex, (index) -> new ItemState(null));
	}

	/** One output item: as added, the pieces that followed, and as done. */
	private static final class ItemState {

		private final @Nullable ResponseItem added;

		private @Nullable ResponseItem done;

		private final Map<Integer, PartState> parts = new TreeMap<>();

		private final Map<Integer, StringBuilder> summary = new TreeMap<>();

		private final Map<Integer, StringBuilder> reasoning = new TreeMap<>();

		private final StringBuilder input = new StringBuilder();

		ItemState(@Nullable ResponseItem added) {
			this.added = added;
		}

		PartState part(int index) {
			return this.parts.computeIfAbsent(index, (key) -> new PartState());
		}

		StringBuilder summary(int index) {
			return this.summary.computeIfAbsent(index, (key) -> new StringBuilder());
		}

		StringBuilder reasoning(int index) {
			return this.reasoning.computeIfAbsent(index, (key) -> new StringBuilder());
		}

		@Nullable ResponseItem toItem() {
			if (this.done != null) {
				return this.done;
			}
			String pieces = this.input.toString();
			ResponseItem item = this.added;
			if (item instanceof ResponseItem.Message message) {
				List<ContentPart> content = this.parts.isEmpty() ? message.content()
						: this.parts.values().stream().map(PartState::toPart).toList();
				return new ResponseItem.Message(message.id(), message.role(), content, message.status(),
						message.phase());
			}
			if (item instanceof ResponseItem.FunctionCall call) {
				return new ResponseItem.FunctionCall(call.id(), call.callId(), call.name(), pieces, call.namespace(),
						call.status(), call.caller(), call.createdBy());
			}
			if (item instanceof ResponseItem.CustomToolCall call) {
				return new ResponseItem.CustomToolCall(call.id(), call.callId(), call.name(), pieces,
						call.namespace(), call.status(), call.caller(), call.createdBy());
			}
			if (item instanceof McpItem.Call call) {
				return new McpItem.Call(call.id(), call.serverLabel(), call.name(), pieces, call.output(),
						call.error(), call.status(), call.approvalRequestId());
			}
			if (item instanceof ToolCallItem.CodeInterpreterCall call) {
				return new ToolCallItem.CodeInterpreterCall(call.id(), call.status(), call.containerId(), pieces,
						call.outputs());
			}
			if (item instanceof ResponseItem.Reasoning reasoning) {
				List<ContentPart.SummaryText> summary = this.summary.isEmpty() ? reasoning.summary()
						: this.summary.values().stream().map((text) -> new ContentPart.SummaryText(text.toString())).toList();
				List<ContentPart.ReasoningText> content = this.reasoning.isEmpty() ? reasoning.content()
						: this.reasoning.values().stream().map((text) -> new ContentPart.ReasoningText(text.toString())).toList();
				return new ResponseItem.Reasoning(reasoning.id(), summary, content, reasoning.encryptedContent(),
						reasoning.status());
			}
			return item;
		}

	}

	/** One content part of a message: text or refusal pieces, annotations and log probabilities. */
	private static final class PartState {

		private @Nullable ContentPart done;

		private boolean refusal;

		private final StringBuilder text = new StringBuilder();

		private final List<TextAnnotation> annotations = new ArrayList<>();

		private final List<OutputTextLogprob> logprobs = new ArrayList<>();

		void start(ContentPart part) {
			this.refusal = part instanceof ContentPart.Refusal;
		}

		void text(OutputTextDelta delta) {
			this.text.append(delta.delta());
			delta.logprobs().forEach((logprob) -> this.logprobs.add(new OutputTextLogprob(logprob.token(),
					logprob.logprob(), List.of(), logprob.topLogprobs().stream()
						.map((top) -> new TopLogProb(top.token(), top.logprob(), List.of()))
						.toList())));
		}

		void refusal(String delta) {
			this.refusal = true;
			this.text.append(delta);
		}

		void replace(String whole) {
			ResponseAccumulator.replace(this.text, whole);
		}

		ContentPart toPart() {
			if (this.done != null) {
				return this.done;
			}
			return this.refusal ? new ContentPart.Refusal(this.text.toString())
					: new ContentPart.OutputText(this.text.toString(), this.annotations, this.logprobs);
		}

	}

}
