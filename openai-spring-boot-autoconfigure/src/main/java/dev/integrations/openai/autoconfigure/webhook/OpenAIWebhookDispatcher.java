package dev.integrations.openai.autoconfigure.webhook;

import java.util.Objects;

import dev.integrations.openai.webhooks.WebhookEvent;
import dev.integrations.openai.webhooks.WebhookVerificationException;
import dev.integrations.openai.webhooks.WebhookVerifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Handles one webhook delivery for the endpoints of both web stacks: verifies it, skips a webhook ID already
 * delivered within the window, and publishes the typed {@link WebhookEvent} record to the application's listeners
 * ({@code @EventListener void on(ResponseCompletedEvent event)}), synchronously, so that the answer tells OpenAI
 * whether they ran. Blocks while the listeners run: call it off any event loop.
 */
public final class OpenAIWebhookDispatcher {

	private static final Log logger = LogFactory.getLog(OpenAIWebhookDispatcher.class);

	private final WebhookVerifier verifier;

	private final ApplicationEventPublisher publisher;

	private final RecentDeliveries recentDeliveries;

	OpenAIWebhookDispatcher(WebhookVerifier verifier, ApplicationEventPublisher publisher,
			RecentDeliveries recentDeliveries) {
		this.verifier = verifier;
		this.publisher = publisher;
		this.recentDeliveries = recentDeliveries;
	}

	/**
	 * Handles a delivery.
	 * @param body the raw body bytes
	 * @param headers the request headers
	 * @return what happened, which names the HTTP status to answer
	 */
	public Outcome dispatch(byte[] body, HttpHeaders headers) {
		WebhookEvent event;
		try {
			event = this.verifier.unwrap(body, headers);
		}
		catch (WebhookVerificationException ex) {
			logger.warn("Refused an OpenAI webhook delivery (" + ex.reason() + "): " + ex.getMessage());
			return Outcome.REJECTED;
		}
		String id = Objects.requireNonNull(headers.getFirst(WebhookVerifier.ID_HEADER), "verified above");
		RecentDeliveries.Claim claim = this.recentDeliveries.claim(id);
		if (claim != RecentDeliveries.Claim.NEW) {
			logger.debug("Skipped a redelivered OpenAI webhook of type " + event.type() + " (" + claim + ")");
			return (claim == RecentDeliveries.Claim.DELIVERED) ? Outcome.DUPLICATE : Outcome.IN_FLIGHT;
		}
		boolean delivered = false;
		try {
			this.publisher.publishEvent(event);
			delivered = true;
			return Outcome.DELIVERED;
		}
		catch (RuntimeException ex) {
			logger.error("A listener failed on OpenAI webhook event " + event.id() + " of type " + event.type()
					+ "; answering 500 so that OpenAI redelivers it", ex);
			return Outcome.FAILED;
		}
		finally {
			if (delivered) {
				this.recentDeliveries.delivered(id);
			}
			else {
				this.recentDeliveries.failed(id);
			}
		}
	}

	/**
	 * The outcome of a delivery and the HTTP status it is answered with.
	 */
	public enum Outcome {

		/** Verified and handled by the listeners: 200. */
		DELIVERED(HttpStatus.OK),

		/** Verified, but its webhook ID was already delivered within the window; not published again: 200. */
		DUPLICATE(HttpStatus.OK),

		/** Verified, but another attempt of the same webhook ID is being delivered right now: 409, to be retried. */
		IN_FLIGHT(HttpStatus.CONFLICT),

		/** Not verified (signature, timestamp, headers or body): 400, no listener ran. */
		REJECTED(HttpStatus.BAD_REQUEST),

		/** A listener threw: 500, so that OpenAI redelivers it. */
		FAILED(HttpStatus.INTERNAL_SERVER_ERROR);

		private final HttpStatus status;

		Outcome(HttpStatus status) {
			this.status = status;
		}

		/** @return the HTTP status answered to OpenAI */
		public HttpStatus status() {
			return this.status;
		}

	}

}
