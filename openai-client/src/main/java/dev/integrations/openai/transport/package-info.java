/**
 * The HTTP layer shared by every service: one {@link dev.integrations.openai.transport.HttpTransport} on Spring's
 * {@code WebClient} (JSON, server-sent events, multipart and binary bodies), its request and response types, the
 * JSON conventions of the wire format, and the mapping of every failure to a typed
 * {@link dev.integrations.openai.errors.OpenAIException}.
 */
@NullMarked
package dev.integrations.openai.transport;

import org.jspecify.annotations.NullMarked;
