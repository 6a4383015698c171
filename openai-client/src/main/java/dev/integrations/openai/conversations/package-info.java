/**
 * The Conversations API: durable conversations whose items (messages, tool calls and their outputs, reasoning) a
 * response can continue ({@code ResponseRequest.conversation}), and the items themselves.
 */
@NullMarked
package dev.integrations.openai.conversations;

import org.jspecify.annotations.NullMarked;
