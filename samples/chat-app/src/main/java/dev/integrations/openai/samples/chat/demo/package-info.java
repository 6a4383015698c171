/**
 * Demo mode: an OpenAI-compatible backend embedded in the sample, used when no API key is configured.
 */
@NullMarked
package dev.integrations.openai.samples.chat.demo;

import org.jspecify.annotations.NullMarked;
