package dev.integrations.openai.assistants;

import java.util.Set;
import java.util.function.Function;

import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.transport.SseEvent;
import tools.jackson.databind.JavaType;

/**
 * Turns a server-sent event of a streamed run into an {@link AssistantStreamEvent}, by event name.
 */
@Deprecated
final class AssistantStreamDecoder implements Function<SseEvent, AssistantStreamEvent> {

	private static final Set<String> RUN_EVENTS = Set.of("thread.run.created", "thread.run.queued",
			"thread.run.in_progress", "thread.run.requires_action", "thread.run.completed", "thread.run.incomplete",
			"thread.run.failed", "thread.run.cancelling", "thread.run.cancelled", "thread.run.expired");

	private static final Set<String> STEP_EVENTS = Set.of("thread.run.step.created", "thread.run.step.in_progress",
			"thread.run.step.completed", "thread.run.step.failed", "thread.run.step.cancelled",
			"thread.run.step.expired");

	private static final Set<String> MESSAGE_EVENTS = Set.of("thread.message.created",
			"thread.message.in_progress", "thread.message.completed", "thread.message.incomplete");

	private final ApiExecutor executor;

	private final JavaType threadType;

	private final JavaType runType;

	private final JavaType stepType;

	private final JavaType stepDeltaType;

	private final JavaType messageType;

	private final JavaType messageDeltaType;

	AssistantStreamDecoder(ApiExecutor executor) {
		this.executor = executor;
		this.threadType = executor.javaType(AssistantThread.class);
		this.runType = executor.javaType(Run.class);
		this.stepType = executor.javaType(RunStep.class);
		this.stepDeltaType = executor.javaType(RunStepDelta.class);
		this.messageType = executor.javaType(Message.class);
		this.messageDeltaType = executor.javaType(MessageDelta.class);
	}

	@Override
	public AssistantStreamEvent apply(SseEvent sse) {
		String name = (sse.event() != null) ? sse.event() : "";
		byte[] data = sse.data();
		if ("thread.created".equals(name)) {
			return new AssistantStreamEvent.ThreadEvent(name, decode(data, this.threadType));
		}
		if (RUN_EVENTS.contains(name)) {
			return new AssistantStreamEvent.RunEvent(name, decode(data, this.runType));
		}
		if (STEP_EVENTS.contains(name)) {
			return new AssistantStreamEvent.RunStepEvent(name, decode(data, this.stepType));
		}
		if ("thread.run.step.delta".equals(name)) {
			return new AssistantStreamEvent.RunStepDeltaEvent(name, decode(data, this.stepDeltaType));
		}
		if (MESSAGE_EVENTS.contains(name)) {
			return new AssistantStreamEvent.MessageEvent(name, decode(data, this.messageType));
		}
		if ("thread.message.delta".equals(name)) {
			return new AssistantStreamEvent.MessageDeltaEvent(name, decode(data, this.messageDeltaType));
		}
		return new AssistantStreamEvent.Unknown(name, sse.dataAsString());
	}

	private <T> T decode(byte[] data, JavaType type) {
		return this.executor.decodeEvent(data, type);
	}

}
