package dev.integrations.openai.resilience;

import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The retry state of one call: the {@link OpenAIRetryPolicy} decisions plus this call's back-off execution, last
 * failure and last delay. Used once, by one call, on either path.
 */
public final class CallRetryPolicy implements RetryPolicy {

	private final OpenAIRetryPolicy policy;

	private final BackOffExecution backOff;

	private BooleanSupplier mayRetry = () -> true;

	private volatile @Nullable Throwable lastFailure;

	private volatile long lastDelayMillis;

	private volatile int retries;

	CallRetryPolicy(OpenAIRetryPolicy policy, BackOff backOff) {
		this.policy = policy;
		this.backOff = backOff.start();
	}

	/**
	 * Adds a condition checked before every retry, such as "no stream event reached the caller yet".
	 * @param condition the condition
	 * @return this policy
	 */
	CallRetryPolicy onlyWhile(BooleanSupplier condition) {
		this.mayRetry = condition;
		return this;
	}

	@Override
	public boolean shouldRetry(Throwable failure) {
		this.lastFailure = failure;
		return this.mayRetry.getAsBoolean() && this.policy.shouldRetry(failure);
	}

	/**
	 * The back-off for {@code RetryTemplate}: each step asks the shared back-off, then lets a server hint replace
	 * its delay.
	 */
	@Override
	public BackOff getBackOff() {
		return () -> this::nextDelayMillis;
	}

	/**
	 * Computes the delay before the next retry, or {@link BackOffExecution#STOP} when retries are exhausted.
	 * @return the delay in milliseconds
	 */
	long nextDelayMillis() {
		long next = this.backOff.nextBackOff();
		if (next == BackOffExecution.STOP) {
			return BackOffExecution.STOP;
		}
		Throwable failure = this.lastFailure;
		long delay = (failure != null) ? this.policy.delayMillis(failure, next) : next;
		this.lastDelayMillis = delay;
		this.retries++;
		return delay;
	}

	/** @return the delay chosen for the latest retry */
	long lastDelayMillis() {
		return this.lastDelayMillis;
	}

	/** @return retries decided so far */
	int retries() {
		return this.retries;
	}

}
