package dev.integrations.openai.transport;

import java.net.URISyntaxException;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An {@link IllegalArgumentException} raised inside the client (here by a caller's WebClient filter, below the
 * services' own validation) is a failure of the call that keeps its cause: it is not relabelled as a validation
 * error of a field named {@code request}, which no caller sent.
 */
class ClientSideFailureTest extends WireMockSupport {

	private void useFailingFilter(IllegalArgumentException failure) {
		this.client.close();
		this.client = OpenAIClient.builder()
			.config(configBuilder().build())
			.webClientBuilder(WebClient.builder()
				.filter(ExchangeFilterFunction.ofRequestProcessor((request) -> Mono.error(failure))))
			.build();
	}

	@Test
	void anIllegalArgumentExceptionFromInsideTheClientKeepsItsCauseAndType() {
		IllegalArgumentException failure = new IllegalArgumentException("Cannot route the request");
		useFailingFilter(failure);

		assertThatThrownBy(() -> this.client.models().list()).isInstanceOfSatisfying(OpenAIResponseException.class,
				(error) -> {
					assertThat(error).isNotInstanceOf(OpenAIValidationException.class);
					assertThat(error.getCause()).isSameAs(failure);
					assertThat(error).hasMessage("Request to 127.0.0.1 failed: "
							+ "java.lang.IllegalArgumentException: Cannot route the request");
				});
		StepVerifier.create(this.client.models().listAsync())
			.expectErrorSatisfies((error) -> assertThat(error).isExactlyInstanceOf(OpenAIResponseException.class)
				.hasCause(failure))
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void anIllegalArgumentExceptionQuotingTheKeyKeepsARedactedCauseChain() {
		URISyntaxException root = new URISyntaxException("Bearer " + API_KEY, "Illegal character");
		useFailingFilter(new IllegalArgumentException("Bad header value Bearer " + API_KEY, root));

		assertThatThrownBy(() -> this.client.models().list()).isInstanceOfSatisfying(OpenAIResponseException.class,
				(error) -> {
					assertThat(error).isNotInstanceOf(OpenAIValidationException.class);
					assertThat(error).hasMessage(
							"Request to 127.0.0.1 failed: java.net.URISyntaxException: Illegal character: Bearer ***");
					assertThat(error.getCause()).isNotNull();
					assertThat(error.getCause().toString())
						.contains("java.lang.IllegalArgumentException: Bad header value Bearer ***")
						.doesNotContain(API_KEY);
					assertThat(error.getCause().getCause()).isNotNull();
					assertThat(error.getCause().getCause().toString()).contains("java.net.URISyntaxException")
						.doesNotContain(API_KEY);
				});
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
