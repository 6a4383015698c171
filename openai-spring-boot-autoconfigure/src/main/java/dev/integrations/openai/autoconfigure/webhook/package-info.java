/**
 * Auto-configuration of the OpenAI webhook endpoint: with {@code openai.webhook.secret} set, deliveries to
 * {@code openai.webhook.path} are verified and published as application events, one typed record per event type.
 */
@NullMarked
package dev.integrations.openai.autoconfigure.webhook;

import org.jspecify.annotations.NullMarked;
