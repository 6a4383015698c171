package dev.integrations.openai.resilience;

import java.util.function.Supplier;

import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.errors.OpenAIInterruptedException;
import dev.integrations.openai.transport.ApiResponse;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

/**
 * One blocking call of the {@link ResilienceOrchestrator}: Spring's {@link RetryTemplate} on the caller's thread,
 * driven by the call's retry policy, with interruptions made typed (and the interrupt flag set again).
 *
 * @param <T> the body type
 */
final class BlockingCall<T> {

	private final RequestContext context;

	private final CallRetryPolicy call;

	private final CallReporter reporter;

	private final Supplier<Mono<ApiResponse<T>>> guardedAttempt;

	private int attempts;

	BlockingCall(RequestContext context, CallRetryPolicy call, CallReporter reporter,
			Supplier<Mono<ApiResponse<T>>> guardedAttempt) {
		this.context = context;
		this.call = call;
		this.reporter = reporter;
		this.guardedAttempt = guardedAttempt;
	}

	/**
	 * Runs the attempts until one succeeds or the policy stops.
	 * @return the response of the first successful attempt
	 * @throws OpenAIException the final error, with the earlier attempts' errors suppressed
	 */
	ApiResponse<T> run() {
		RetryTemplate template = new RetryTemplate(this.call);
		template.setRetryListener(this.reporter.retryListener(this.context, this.call));
		try {
			ApiResponse<T> response = template.execute(new Retryable<>() {
				@Override
				public ApiResponse<T> execute() {
					return attempt();
				}

				@Override
				public String getName() {
					return BlockingCall.this.context.operation();
				}
			});
			this.reporter.succeeded(this.context, response, this.attempts, null);
			return response;
		}
		catch (RetryException ex) {
			Throwable last = (ex.getLastException() != null) ? ex.getLastException() : ex.getCause();
			if (last instanceof OpenAIException openAI && openAI.isRetryable()
					&& Thread.currentThread().isInterrupted()) {
				// RetryTemplate's back-off was interrupted (it sets the flag again): not the previous attempt's error
				last = interrupted("waiting to retry", new InterruptedException());
			}
			for (Throwable earlier : ex.getExceptions()) {
				if (earlier != last) {
					last.addSuppressed(earlier);
				}
			}
			this.reporter.failed(this.context, last, this.attempts);
			if (last instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(last);
		}
	}

	private ApiResponse<T> attempt() {
		this.attempts++;
		try {
			return this.guardedAttempt.get().block();
		}
		catch (RuntimeException ex) {
			if (Exceptions.unwrap(ex) instanceof InterruptedException interrupted) {
				throw interrupted("in flight", interrupted);
			}
			throw ex;
		}
	}

	/**
	 * The typed form of an interruption of a blocking call, with the thread's interrupt flag set again.
	 */
	private OpenAIInterruptedException interrupted(String when, InterruptedException cause) {
		Thread.currentThread().interrupt();
		return new OpenAIInterruptedException("Interrupted " + when + ": " + this.context.operation(), cause);
	}

}
