package dev.integrations.openai.realtime;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.AuthenticationException;
import dev.integrations.openai.errors.OpenAIConnectionException;
import dev.integrations.openai.errors.OpenAIStreamException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Realtime sessions that go wrong, and the blocking API: function call round trip, server error events, a dropped
 * connection, a refused upgrade, an idle server, and closing.
 */
class RealtimeSessionFailureTest extends RealtimeSessionTestSupport {

	private static final Duration AWAIT = Duration.ofSeconds(10);

	private static final String SESSION_CREATED = """
			{"type":"session.created","event_id":"event_C9G5RJeJ2gF77mV7f2B1j","session":{"type":"realtime",\
			"object":"realtime.session","id":"sess_C9G5QPteg4UIbotdKLoYQ","model":"gpt-realtime-2025-08-28"}}""";

	@Test
	void functionCallRoundTripWithTheBlockingApi() throws Exception {
		RealtimeSessions sessions = sessions(RealtimeTestServer.scripted(List.of(SESSION_CREATED), (text) -> {
			if (text.contains("\"response.create\"") && !text.contains("function_call_output")
					&& this.server.received.size() <= 1) {
				return List.of("""
						{"type":"response.function_call_arguments.done","event_id":"event_Ad2gt864G595umbCs2aF9",\
						"response_id":"resp_Ad2griUWUjsyeLyAVtTtt","item_id":"item_Ad2gsxA84w9GgEvFwW1Ex",\
						"output_index":1,"call_id":"call_PG12S5ER7l7HrvZz","name":"get_weather",\
						"arguments":"{\\"location\\":\\"Paris\\"}"}""", """
						{"type":"response.done","event_id":"event_Ad2gt864G595umbCs2aF0","response":{"object":\
						"realtime.response","id":"resp_Ad2griUWUjsyeLyAVtTtt","status":"completed","output":[{"id":\
						"item_Ad2gsxA84w9GgEvFwW1Ex","type":"function_call","status":"completed","name":"get_weather",\
						"call_id":"call_PG12S5ER7l7HrvZz","arguments":"{\\"location\\":\\"Paris\\"}"}]}}""");
			}
			if (text.contains("\"response.create\"")) {
				return List.of("""
						{"type":"response.output_text.delta","event_id":"event_4","response_id":"resp_002",\
						"item_id":"msg_007","output_index":0,"content_index":0,"delta":"Sunny, 22 °C."}""", """
						{"type":"response.done","event_id":"event_5","response":{"object":"realtime.response",\
						"id":"resp_002","status":"completed","output":[{"id":"msg_007","type":"message","role":\
						"assistant","content":[{"type":"output_text","text":"Sunny, 22 °C."}]}]}}""");
			}
			return List.of();
		}), RealtimeTestServer.API_KEY);

		try (RealtimeSession session = sessions.connect("gpt-realtime")) {
			session.send(ResponseCreate.of());
			RealtimeResponse first = session.awaitResponse();
			assertThat(first.output()).singleElement()
				.isInstanceOfSatisfying(RealtimeItem.FunctionCall.class, (call) -> {
					assertThat(call.name()).isEqualTo("get_weather");
					assertThat(call.callId()).isEqualTo("call_PG12S5ER7l7HrvZz");
					assertThat(call.arguments()).isEqualTo("{\"location\":\"Paris\"}");
				});
			session.send(ConversationItemCreate.functionCallOutput("call_PG12S5ER7l7HrvZz",
					"{\"temperature_c\":22,\"sky\":\"sunny\"}"));
			session.send(ResponseCreate.of());
			RealtimeResponse second = session.awaitResponse();
			assertThat(second.id()).isEqualTo("resp_002");
			assertThat(second.output()).singleElement()
				.isInstanceOfSatisfying(RealtimeItem.Message.class, (message) -> {
					assertThat(message.role()).isEqualTo("assistant");
					assertThat(message.content()).containsExactly(new RealtimeContentPart.OutputText("Sunny, 22 °C."));
				});
		}
		assertThat(this.server.nextReceived()).isEqualTo("{\"type\":\"response.create\"}");
		String output = this.server.nextReceived();
		assertThat(output).startsWith("{\"type\":\"conversation.item.create\",\"item\":{")
			.contains("\"type\":\"function_call_output\"")
			.contains("\"call_id\":\"call_PG12S5ER7l7HrvZz\"")
			.contains("\"output\":\"{\\\"temperature_c\\\":22,\\\"sky\\\":\\\"sunny\\\"}\"");
		assertThat(this.server.nextReceived()).isEqualTo("{\"type\":\"response.create\"}");
	}

	@Test
	void errorEventFailsTheAwaitedResponseWithItsTypeCodeAndMessage() {
		RealtimeSessions sessions = sessions(RealtimeTestServer.scripted(List.of(SESSION_CREATED), (text) -> List.of("""
				{"type":"error","event_id":"event_890","error":{"type":"invalid_request_error",\
				"code":"invalid_value","message":"Invalid value: 'loud'. Supported values are: 'alloy', 'ash'.",\
				"param":"response.audio.output.voice","event_id":"evt_client_7"}}""")), RealtimeTestServer.API_KEY);

		try (RealtimeSession session = sessions.connect("gpt-realtime")) {
			session.send(new ResponseCreate("evt_client_7",
					RealtimeResponseParams.builder().audioOutput(RealtimeAudioConfig.Output.voice("loud")).build()));
			assertThatThrownBy(session::awaitResponse).isInstanceOfSatisfying(OpenAIStreamException.class, (ex) -> {
				assertThat(ex.error().type()).isEqualTo("invalid_request_error");
				assertThat(ex.error().code()).isEqualTo("invalid_value");
				assertThat(ex.error().param()).isEqualTo("response.audio.output.voice");
				assertThat(ex.error().message()).startsWith("Invalid value: 'loud'.");
			});
		}
	}

	@Test
	void droppedConnectionEndsTheEventsWithAConnectionErrorInsteadOfHanging() throws Exception {
		RealtimeSessions sessions = sessions(RealtimeTestServer.handling((in, out) -> out
			.sendString(Mono.just(SESSION_CREATED))
			.then()
			.then(Mono.fromRunnable(() -> in.withConnection((connection) -> connection.channel().close())))
			.then(Mono.never())), RealtimeTestServer.API_KEY);

		RealtimeSession session = sessions.connect("gpt-realtime");
		try (BlockingStream<RealtimeServerEvent> events = session.eventStream()) {
			var iterator = events.iterator();
			assertThat(iterator.next()).isInstanceOf(RealtimeSessionCreatedEvent.class);
			assertThatThrownBy(iterator::hasNext).isInstanceOf(OpenAIConnectionException.class)
				.hasMessageContaining("closed by the server");
		}
		assertThat(this.hook.ended.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.hook.failures).singleElement().isInstanceOf(OpenAIConnectionException.class);
		StepVerifier.create(session.awaitResponseAsync()).expectError(OpenAIConnectionException.class).verify(AWAIT);
		StepVerifier.create(session.sendAsync(InputAudioBufferClear.of()))
			.expectError(OpenAIConnectionException.class)
			.verify(AWAIT);
	}

	@Test
	void upgradeWithAWrongKeyIsRefusedWithAnAuthenticationException() {
		RealtimeSessions sessions = sessions(RealtimeTestServer.scripted(List.of(SESSION_CREATED), (text) -> List.of()),
				"sk-wrong-key-0123456789");

		assertThatThrownBy(() -> sessions.connect("gpt-realtime")).isInstanceOfSatisfying(AuthenticationException.class,
				(ex) -> assertThat(ex.statusCode()).isEqualTo(401));
		assertThat(this.server.upgrades).singleElement()
			.satisfies((request) -> assertThat(request.requestHeaders().get("Authorization"))
				.isEqualTo("Bearer sk-wrong-key-0123456789"));
		assertThat(this.hook.failures).singleElement().isInstanceOf(AuthenticationException.class);
	}

	@Test
	void upgradeWithoutAnAnswerFailsWithATimeoutInsteadOfHanging() throws Exception {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread acceptor = new Thread(() -> {
				try (Socket socket = silent.accept()) {
					socket.getInputStream().transferTo(OutputStream.nullOutputStream());
				}
				catch (IOException ex) {
					// the client gave up: expected
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			this.client = OpenAIClient.builder()
				.config(OpenAIConfig.builder()
					.baseUrl("http://127.0.0.1:" + silent.getLocalPort() + "/v1")
					.apiKey(RealtimeTestServer.API_KEY)
					.responseTimeout(Duration.ofMillis(500))
					.build())
				.hook(this.hook)
				.build();

			assertThatThrownBy(() -> this.client.realtimeSessions().connect("gpt-realtime"))
				.isInstanceOfSatisfying(OpenAITimeoutException.class,
						(ex) -> assertThat(ex.timeout()).isEqualTo(Duration.ofMillis(500)));
			assertThat(this.hook.failures).singleElement().isInstanceOf(OpenAITimeoutException.class);
		}
	}

	@Test
	void silentServerFailsTheSessionWithAnIdleTimeout() {
		RealtimeSessions sessions = sessions(RealtimeTestServer.handling((in, out) -> out
			.sendString(Mono.just(SESSION_CREATED))
			.then()
			.then(Mono.never())), RealtimeTestServer.API_KEY);

		RealtimeSession session = sessions
			.connectAsync(RealtimeSessionOptions.of("gpt-realtime").withIdleTimeout(Duration.ofMillis(300)))
			.block(AWAIT);
		// on a busy machine the idle timer may fire before session.created reaches the subscriber: either order holds
		StepVerifier.create(session.events())
			.thenConsumeWhile((event) -> event instanceof RealtimeSessionCreatedEvent)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOfSatisfying(OpenAITimeoutException.class,
					(timeout) -> assertThat(timeout.timeout()).isEqualTo(Duration.ofMillis(300))))
			.verify(AWAIT);
	}

	@Test
	void closeCompletesTheEventsAndSendsANormalClosure() {
		CompletableFuture<WebSocketCloseStatus> closeStatus = new CompletableFuture<>();
		RealtimeSessions sessions = sessions(RealtimeTestServer.handling((in, out) -> {
			in.receiveCloseStatus().subscribe(closeStatus::complete);
			return out.sendString(Flux.just(SESSION_CREATED)).then(Mono.never());
		}), RealtimeTestServer.API_KEY);

		RealtimeSession session = sessions.connect("gpt-realtime");
		StepVerifier.create(session.events())
			.expectNextMatches((event) -> event instanceof RealtimeSessionCreatedEvent)
			.then(session::close)
			.expectComplete()
			.verify(AWAIT);
		assertThat(closeStatus).succeedsWithin(AWAIT).satisfies((status) -> assertThat(status.code()).isEqualTo(1000));
		StepVerifier.create(session.sendAsync(InputAudioBufferCommit.of()))
			.expectError(OpenAIConnectionException.class)
			.verify(AWAIT);
	}

	@Test
	void aSecondConcurrentSubscriberIsRefusedAndEventsWaitForTheNextSubscriber() {
		RealtimeSessions sessions = sessions(RealtimeTestServer.handling((in, out) -> out
			.sendString(Flux.just(SESSION_CREATED, SESSION_CREATED.replace("event_C9G5RJeJ2gF77mV7f2B1j", "event_2")))
			.then(Mono.never())), RealtimeTestServer.API_KEY);

		try (RealtimeSession session = sessions.connect("gpt-realtime")) {
			StepVerifier.create(session.events().take(1))
				.expectNextMatches((event) -> ((RealtimeSessionCreatedEvent) event).eventId()
					.equals("event_C9G5RJeJ2gF77mV7f2B1j"))
				.expectComplete()
				.verify(AWAIT);
			StepVerifier.create(session.events(), 0)
				.then(() -> StepVerifier.create(session.events()).expectError(IllegalStateException.class).verify(AWAIT))
				.thenRequest(1)
				.expectNextMatches((event) -> ((RealtimeSessionCreatedEvent) event).eventId().equals("event_2"))
				.thenCancel()
				.verify(AWAIT);
		}
	}

}
