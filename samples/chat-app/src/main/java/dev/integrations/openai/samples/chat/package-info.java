/**
 * The chat sample application: the SSE chat endpoint, the metrics snapshot behind the page's dashboard, and the
 * page itself (under {@code static/}).
 */
@NullMarked
package dev.integrations.openai.samples.chat;

import org.jspecify.annotations.NullMarked;
