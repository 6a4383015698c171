/**
 * Webhooks OpenAI sends to an application (the spec's {@code webhooks} section): {@link
 * dev.integrations.openai.webhooks.WebhookVerifier} checks a delivery's Standard Webhooks signature and
 * {@link dev.integrations.openai.webhooks.WebhookVerifier#unwrap(String, java.util.Map) unwraps} it into a typed
 * {@link dev.integrations.openai.webhooks.WebhookEvent}. Nothing is parsed before the signature is verified.
 */
@NullMarked
package dev.integrations.openai.webhooks;

import org.jspecify.annotations.NullMarked;
