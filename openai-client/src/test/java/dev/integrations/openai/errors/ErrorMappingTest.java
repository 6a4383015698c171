package dev.integrations.openai.errors;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.resilience.RetrySettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE;
import static com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK;
import static com.github.tomakehurst.wiremock.http.Fault.RANDOM_DATA_THEN_CLOSE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ErrorMappingTest extends WireMockSupport {

	@ParameterizedTest(name = "HTTP {0} -> {1}")
	@CsvSource({ "400, BadRequestException, VALIDATION, false", "401, AuthenticationException, AUTHENTICATION, false",
			"403, PermissionDeniedException, AUTHENTICATION, false", "404, NotFoundException, VALIDATION, false",
			"409, ConflictException, VALIDATION, true", "422, UnprocessableEntityException, VALIDATION, false",
			"429, RateLimitException, RATE_LIMIT, true", "500, InternalServerException, SERVER, true",
			"503, InternalServerException, SERVER, true", "408, UnexpectedStatusException, VALIDATION, true",
			"413, UnexpectedStatusException, VALIDATION, false" })
	void eachStatusMapsToItsTypedException(int status, String type, ErrorCategory category, boolean retryable) {
		useClient(configBuilder().retry(RetrySettings.NONE).build());
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_" + status)
			.withBody("""
					{"error": {"message": "Something about your request", "type": "invalid_request_error",
					 "param": "model", "code": "code_%d"}}
					""".formatted(status))));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o"))
			.isInstanceOfSatisfying(OpenAIApiException.class, (ex) -> {
				assertThat(ex.getClass().getSimpleName()).isEqualTo(type);
				assertThat(ex.statusCode()).isEqualTo(status);
				assertThat(ex.category()).isEqualTo(category);
				assertThat(ex.isRetryable()).isEqualTo(retryable);
				assertThat(ex.type()).isEqualTo("invalid_request_error");
				assertThat(ex.code()).isEqualTo("code_" + status);
				assertThat(ex.param()).isEqualTo("model");
				assertThat(ex.requestId()).isEqualTo("req_" + status);
				assertThat(ex.headers().first("x-request-id")).isEqualTo("req_" + status);
				assertThat(ex.getMessage()).isEqualTo("OpenAI API returned HTTP " + status
						+ " (invalid_request_error/code_" + status
						+ "): Something about your request [param: model] [request id: req_" + status + "]");
			});
	}

	@Test
	void htmlBodyFromAProxyStillGivesATypedErrorWithTheStatus() {
		useClient(configBuilder().retry(RetrySettings.NONE).build());
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(502)
			.withHeader("Content-Type", "text/html")
			.withBody("<html>\n<head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1>"
					+ "</center><hr><center>nginx</center></body></html>")));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o"))
			.isInstanceOfSatisfying(InternalServerException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(502);
				assertThat(ex.category()).isEqualTo(ErrorCategory.SERVER);
				assertThat(ex.error().message())
					.isEqualTo("HTTP 502 Bad Gateway: 502 Bad Gateway 502 Bad Gateway nginx");
				assertThat(ex.requestId()).isNull();
			});
	}

	@Test
	void emptyErrorBodyIsDescribed() {
		useClient(configBuilder().retry(RetrySettings.NONE).build());
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(401)));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o"))
			.isInstanceOf(AuthenticationException.class)
			.hasMessageContaining("HTTP 401 Unauthorized (empty body)");
	}

	@Test
	void errorGivenAsAStringIsRead() {
		useClient(configBuilder().retry(RetrySettings.NONE).build());
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(400)
			.withBody("{\"error\": \"model is not loaded\"}")));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o")).isInstanceOf(BadRequestException.class)
			.hasMessageContaining(": model is not loaded");
	}

	@Test
	void malformedChunkEmptyReplyAndGarbageAreConnectionErrors() {
		useClient(configBuilder().retry(RetrySettings.NONE).build());
		for (var fault : new com.github.tomakehurst.wiremock.http.Fault[] { EMPTY_RESPONSE, MALFORMED_RESPONSE_CHUNK,
				RANDOM_DATA_THEN_CLOSE }) {
			this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withFault(fault)));
			assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o")).as(fault.name())
				.isInstanceOfAny(OpenAIConnectionException.class, OpenAIResponseException.class)
				.satisfies((ex) -> assertThat(((OpenAIException) ex).category())
					.isIn(ErrorCategory.NETWORK, ErrorCategory.CLIENT));
		}
	}

	@Test
	void responseTimeoutGivesATimeoutErrorWithTheBound() {
		useClient(configBuilder().retry(RetrySettings.NONE).responseTimeout(Duration.ofMillis(200)).build());
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withFixedDelay(2_000)
			.withBody("{}")));

		long start = System.nanoTime();
		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o"))
			.isInstanceOfSatisfying(OpenAITimeoutException.class, (ex) -> {
				assertThat(ex.timeout()).isEqualTo(Duration.ofMillis(200));
				assertThat(ex.isRetryable()).isTrue();
				assertThat(ex.getMessage()).isEqualTo("No response from 127.0.0.1 within PT0.2S");
			});
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
	}

	@Test
	void refusedConnectionIsANetworkError() {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		useClient(configBuilder().baseUrl("http://127.0.0.1:" + port + "/v1").retry(RetrySettings.NONE).build());

		assertThatThrownBy(() -> this.client.models().list())
			.isInstanceOfSatisfying(OpenAIConnectionException.class, (ex) -> {
				assertThat(ex.category()).isEqualTo(ErrorCategory.NETWORK);
				assertThat(ex.getMessage()).startsWith("Cannot connect to 127.0.0.1");
			});
	}

	@Test
	void unparseableSuccessBodyIsAResponseError() {
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"gpt-4o\", \"created\": ")));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o"))
			.isInstanceOfSatisfying(OpenAIResponseException.class, (ex) -> {
				assertThat(ex.isRetryable()).isFalse();
				assertThat(ex.getMessage()).startsWith("Unreadable response from 127.0.0.1");
			});
	}

	@Test
	void aSecretTheServerIssuedInAnUnreadableBodyReachesNeitherTheMessageNorTheCauses() {
		String issued = "ek_68af296e8e408191a1120ab6383263c2";
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"gpt-4o\", \"client_secret\": " + issued + "}")));

		Throwable failure = catchThrowable(() -> this.client.models().retrieve("gpt-4o"));

		assertThat(failure).isInstanceOf(OpenAIResponseException.class)
			.hasMessage("Unreadable response from 127.0.0.1: Unrecognized token '...': was expecting (JSON String,"
					+ " Number, Array, Object or token 'null', 'true' or 'false')");
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		assertThat(trace.toString()).doesNotContain(issued).doesNotContain("ek_68af");
	}

	@Test
	void htmlSuccessBodyNamesTheStatusContentTypeAndAnExcerptWhileMislabelledJsonKeepsTheParserMessage() {
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><head><title>Proxy</title></head><body><p>Access denied by policy</p></body></html>")));
		this.server.stubFor(get("/v1/models/gpt-4o-mini").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/problem+json")
			.withBody("{\"id\": ")));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o"))
			.isInstanceOfSatisfying(OpenAIResponseException.class, (ex) -> assertThat(ex.isRetryable()).isFalse())
			.hasMessage("Expected application/json from 127.0.0.1 but got HTTP 200 OK with Content-Type text/html:"
					+ " Proxy Access denied by policy");
		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o-mini"))
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessageStartingWith("Unreadable response from 127.0.0.1");
	}

	@Test
	void bodyOverTheInMemoryLimitIsATypedError() {
		useClient(configBuilder().maxInMemorySize(4096).build());
		this.server.stubFor(get("/v1/models/gpt-4o").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"gpt-4o\", \"object\": \"model\", \"owned_by\": \"" + "x".repeat(10_000) + "\"}")));

		assertThatThrownBy(() -> this.client.models().retrieve("gpt-4o"))
			.isInstanceOfSatisfying(OpenAIResponseException.class, (ex) -> assertThat(ex.getMessage())
				.isEqualTo("Response from 127.0.0.1 exceeds the in-memory limit of 4096 bytes (maxInMemorySize)"));
	}

}
