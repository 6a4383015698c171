package dev.integrations.openai.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.InternalServerException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code retryAfterRequestSent = false}: a POST whose request was written is not sent again after a reset, a
 * premature close or a timeout (the server may have acted on it); failures before the request was written, error
 * responses, and requests that are safe to repeat (GET) are retried as always. The default re-sends, as OpenAI's
 * official SDKs do.
 */
class RetryAfterRequestSentTest extends ReliabilitySupport {

	private static final ChatCompletionRequest REQUEST = ChatCompletionRequest.builder()
		.model("gpt-4o-mini")
		.addUserMessage("Write a haiku about retries.")
		.build();

	private OpenAIClient client(String url, boolean retryAfterRequestSent) {
		return client(config(url).retry(FAST_RETRY.withRetryAfterRequestSent(retryAfterRequestSent)).build());
	}

	/** A server that reads the whole request, then resets the connection without answering. */
	private String resettingServer() {
		return stub((request, response) -> request.receive().aggregate().then(reset(response)));
	}

	@Test
	void aPostResetAfterItWasWrittenIsNotSentAgain() {
		OpenAIClient client = client(resettingServer(), false);

		Outcome outcome = run(() -> client.chatCompletions().create(REQUEST));

		assertThat(outcome.failure()).isInstanceOfSatisfying(OpenAIConnectionException.class,
				(ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
		assertThat(this.stubRequests).hasValue(1);
		assertThat(this.hook.retries).isEmpty();
		assertPoolDrained(client);
	}

	@Test
	void aReactivePostResetAfterItWasWrittenIsNotSentAgain() {
		OpenAIClient client = client(resettingServer(), false);

		Outcome outcome = run(() -> client.chatCompletions().createAsync(REQUEST).block());

		assertThat(outcome.failure()).isInstanceOf(OpenAIConnectionException.class);
		assertThat(this.stubRequests).hasValue(1);
	}

	@Test
	void aPostResetAfterItWasWrittenIsSentAgainByDefault() {
		OpenAIClient client = client(resettingServer(), true);

		Outcome outcome = run(() -> client.chatCompletions().create(REQUEST));

		assertThat(outcome.failure()).isInstanceOfSatisfying(OpenAIConnectionException.class,
				(ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
		assertThat(this.stubRequests).hasValue(3);
	}

	@Test
	void aPostTimingOutAfterItWasWrittenIsNotSentAgain() {
		String url = stub((request, response) -> request.receive().aggregate().then(Mono.never()));
		OpenAIClient client = client(config(url).responseTimeout(SHORT_TIMEOUT)
			.retry(FAST_RETRY.withRetryAfterRequestSent(false))
			.build());

		Outcome outcome = run(() -> client.chatCompletions().create(REQUEST));

		assertThat(outcome.failure()).isInstanceOfSatisfying(OpenAITimeoutException.class,
				(ex) -> assertThat(ex.mayHaveBeenProcessed()).isTrue());
		assertThat(this.stubRequests).hasValue(1);
	}

	@Test
	void aGetResetAfterItWasWrittenIsStillRetried() {
		OpenAIClient client = client(resettingServer(), false);

		Outcome outcome = run(() -> client.models().retrieve("gpt-4o-mini"));

		assertThat(outcome.failure()).isInstanceOfSatisfying(OpenAIConnectionException.class,
				(ex) -> assertThat(ex.mayHaveBeenProcessed()).isFalse());
		assertThat(this.stubRequests).hasValue(3);
	}

	@Test
	void aPostAnsweredWithA5xxIsStillRetried() {
		String url = stub((request, response) -> request.receive().aggregate().then(response.status(503)
			.header("Content-Type", "application/json")
			.sendString(Mono.just("{\"error\": {\"message\": \"The engine is currently overloaded, please try again "
					+ "later.\", \"type\": \"server_error\"}}"))
			.then()));
		OpenAIClient client = client(url, false);

		Outcome outcome = run(() -> client.chatCompletions().create(REQUEST));

		assertThat(outcome.failure()).isInstanceOf(InternalServerException.class);
		assertThat(this.stubRequests).hasValue(3);
	}

	@Test
	void aPostThatCouldNotConnectIsStillRetried() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		OpenAIClient client = client("http://127.0.0.1:" + closedPort + "/v1", false);

		Outcome outcome = run(() -> client.chatCompletions().create(REQUEST));

		assertThat(outcome.failure()).isInstanceOfSatisfying(OpenAIConnectionException.class,
				(ex) -> assertThat(ex.mayHaveBeenProcessed()).isFalse());
		assertThat(clientAttempts()).isEqualTo(3);
	}

}
