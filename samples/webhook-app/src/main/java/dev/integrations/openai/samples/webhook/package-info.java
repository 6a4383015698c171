/**
 * A sample application that receives OpenAI webhooks as typed Spring events.
 */
@NullMarked
package dev.integrations.openai.samples.webhook;

import org.jspecify.annotations.NullMarked;
