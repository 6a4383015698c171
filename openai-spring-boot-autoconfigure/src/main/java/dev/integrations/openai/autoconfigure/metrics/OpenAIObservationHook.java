package dev.integrations.openai.autoconfigure.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.integrations.openai.autoconfigure.PerClientHook;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.RequestContext;
import dev.integrations.openai.resilience.RetryEvent;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * A {@link dev.integrations.openai.resilience.ClientHook} that wraps each OpenAI call (all its attempts, the whole
 * stream) in an {@link Observation}: started when the call starts, stopped when it succeeds, fails or is cancelled.
 * With Boot's metrics it yields the {@code gen_ai.client.operation.duration} timer; with a tracer, a span per call.
 * <p>
 * Its parent is the observation in the Reactor context of the caller's subscription, else the one current on the
 * calling thread (the application's span). The observation is put into the Reactor context of the call's attempts
 * under {@code micrometer.observation}, where the client's WebClient (built with the registry) finds the parent of its
 * {@code http.client.requests} observation of each attempt, and where Reactor's automatic context propagation finds
 * it to restore on the threads that run the call. The observation context names the client
 * ({@link #forClient(String)}), which the default convention adds as the tag {@code openai.client.name}.
 */
public final class OpenAIObservationHook implements PerClientHook {

	private static final OpenAIObservationConvention DEFAULT_CONVENTION = new DefaultOpenAIObservationConvention();

	private static final Object OBSERVATION = new Object();

	/**
	 * The Reactor context key of the current observation, that of Micrometer's {@code ObservationThreadLocalAccessor}
	 * (not referenced, so that the context-propagation library stays optional).
	 */
	static final String OBSERVATION_KEY = "micrometer.observation";

	private final ObservationRegistry registry;

	private final @Nullable OpenAIObservationConvention convention;

	private final String clientName;

	/** The views of every client, shared by them all. */
	private final Map<String, OpenAIObservationHook> clients;

	/**
	 * Creates the hook of the {@value PerClientHook#DEFAULT_CLIENT} client.
	 * @param registry the observation registry
	 * @param convention a custom convention, or {@code null} for {@link DefaultOpenAIObservationConvention}
	 */
	public OpenAIObservationHook(ObservationRegistry registry, @Nullable OpenAIObservationConvention convention) {
		this(registry, convention, DEFAULT_CLIENT, new ConcurrentHashMap<>());
		this.clients.put(DEFAULT_CLIENT, this);
	}

	private OpenAIObservationHook(ObservationRegistry registry, @Nullable OpenAIObservationConvention convention,
			String clientName, Map<String, OpenAIObservationHook> clients) {
		this.registry = registry;
		this.convention = convention;
		this.clientName = clientName;
		this.clients = clients;
	}

	/**
	 * The hook whose observations name one client.
	 * @param clientName the client's name, from configuration
	 * @return the same instance for the same name
	 */
	@Override
	public OpenAIObservationHook forClient(String clientName) {
		return this.clients.computeIfAbsent(clientName,
				(name) -> new OpenAIObservationHook(this.registry, this.convention, name, this.clients));
	}

	@Override
	public void onRequestStart(RequestContext context) {
		OpenAIObservationContext observationContext = new OpenAIObservationContext(context, this.clientName);
		Observation observation = Observation.createNotStarted(this.convention, DEFAULT_CONVENTION,
				() -> observationContext, this.registry);
		Observation parent = context.callerContext().getOrDefault(OBSERVATION_KEY, null);
		if (parent != null) {
			observation.parentObservation(parent);
		}
		observation.start();
		context.attributes().put(OBSERVATION, new ObservedCall(observation, observationContext));
		context.putAttemptContext(OBSERVATION_KEY, observation);
	}

	@Override
	public void onRetry(RequestContext context, RetryEvent retry) {
		ObservedCall call = (ObservedCall) context.attributes().get(OBSERVATION);
		if (call != null) {
			call.observation().event(Observation.Event.of("gen_ai.client.retry", "retry after " + retry.reason()));
		}
	}

	@Override
	public void onSuccess(RequestContext context, CallResult result) {
		ObservedCall call = stopping(context);
		if (call != null) {
			call.context().setResult(result);
			call.observation().stop();
		}
	}

	@Override
	public void onFailure(RequestContext context, OpenAIException error, Duration duration) {
		ObservedCall call = stopping(context);
		if (call != null) {
			call.context().setFailure(error);
			call.observation().error(error);
			call.observation().stop();
		}
	}

	@Override
	public void onCancel(RequestContext context, Duration duration) {
		ObservedCall call = stopping(context);
		if (call != null) {
			call.context().markCancelled();
			call.observation().stop();
		}
	}

	/** Takes the call out of the context, so that its observation is stopped exactly once. */
	private static @Nullable ObservedCall stopping(RequestContext context) {
		return (ObservedCall) context.attributes().remove(OBSERVATION);
	}

	/**
	 * The observation of one call and its context (kept apart, since a no-op observation has its own context).
	 */
	private record ObservedCall(Observation observation, OpenAIObservationContext context) {
	}

}
