package dev.integrations.openai.autoconfigure.metrics;

import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.RequestContext;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Observation.Context} of one OpenAI call: the request as the resilience layer describes it, then its
 * result, final error or cancellation. Holds no prompt text and no credentials.
 */
public class OpenAIObservationContext extends Observation.Context {

	private final RequestContext request;

	private final String clientName;

	private volatile @Nullable CallResult result;

	private volatile @Nullable OpenAIException failure;

	private volatile boolean cancelled;

	/**
	 * Creates the context of a call.
	 * @param request the call
	 * @param clientName the name of the client making it ({@code default} for the top-level client)
	 */
	public OpenAIObservationContext(RequestContext request, String clientName) {
		this.request = request;
		this.clientName = clientName;
	}

	/** @return the name of the client making the call, bounded by configuration */
	public String getClientName() {
		return this.clientName;
	}

	/** @return the call: operation, request model, server */
	public RequestContext getRequest() {
		return this.request;
	}

	/** @return the result of a successful call, once it ended */
	public @Nullable CallResult getResult() {
		return this.result;
	}

	/**
	 * Records the result of a successful call.
	 * @param result the result
	 */
	public void setResult(CallResult result) {
		this.result = result;
	}

	/** @return the final error of a failed call, once it ended */
	public @Nullable OpenAIException getFailure() {
		return this.failure;
	}

	/**
	 * Records the final error of a failed call.
	 * @param failure the error
	 */
	public void setFailure(OpenAIException failure) {
		this.failure = failure;
	}

	/** @return whether the caller cancelled the call */
	public boolean isCancelled() {
		return this.cancelled;
	}

	/**
	 * Records that the caller cancelled the call.
	 */
	public void markCancelled() {
		this.cancelled = true;
	}

}
