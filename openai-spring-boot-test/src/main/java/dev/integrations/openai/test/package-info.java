/**
 * Test support for applications that call OpenAI: {@link dev.integrations.openai.test.MockOpenAI}, a scripted fake
 * OpenAI server on a random loopback port (a JUnit 5 extension for plain tests), and
 * {@link dev.integrations.openai.test.AutoConfigureMockOpenAI}, which starts one for a {@code @SpringBootTest} and
 * points the auto-configured clients at it.
 */
@NullMarked
package dev.integrations.openai.test;

import org.jspecify.annotations.NullMarked;
