package dev.integrations.openai.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Starts a {@link MockOpenAI} for a {@code @SpringBootTest} and points the auto-configured OpenAI clients at it:
 * the top-level client through an {@code OpenAIConnectionDetails} bean (so {@code openai.base-url} and
 * {@code openai.api-key} are not needed), the named clients ({@code openai.clients.<name>}) through their
 * {@code base-url} and {@code api-key} properties. Inject the server with {@code @Autowired MockOpenAI mock}. One
 * server lives as long as the application context (cached contexts share it); after each test method it is
 * verified ({@link MockOpenAI#verify()}: no unscripted request) and reset.
 *
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureMockOpenAI
 * class GreeterTests {
 *     &#64;Autowired MockOpenAI mock;
 *     &#64;Autowired Greeter greeter;
 *
 *     &#64;Test
 *     void greets() {
 *         mock.chat().replyWith("Hello");
 *         assertThat(greeter.greet("Ada")).isEqualTo("Hello");
 *     }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(MockOpenAIContextCustomizerFactory.class)
public @interface AutoConfigureMockOpenAI {

	/** The name of the top-level client ({@code openai.*}) in {@link #clients()}. */
	String DEFAULT_CLIENT = "default";

	/**
	 * The clients to point at the mock: {@value #DEFAULT_CLIENT} for the top-level client ({@code openai.*}) and the
	 * names of named clients ({@code openai.clients.<name>}). Empty (the default) points every one of them.
	 * @return the client names
	 */
	String[] clients() default {};

}
