package dev.integrations.openai.webhooks;

/**
 * The payload of a webhook event about one resource (a batch, an eval run, a fine-tuning job, a response).
 *
 * @param id the ID of the resource, such as {@code batch_abc123} or {@code resp_abc123}
 */
public record WebhookEventData(String id) {

}
