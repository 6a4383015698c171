/**
 * The Moderations API ({@code POST /moderations}): classify text and images against OpenAI's usage categories.
 */
@NullMarked
package dev.integrations.openai.moderations;

import org.jspecify.annotations.NullMarked;
