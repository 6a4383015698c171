package dev.integrations.openai.realtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.integrations.openai.common.TokenUsage;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Realtime sessions against a local WebSocket server that speaks the protocol: the upgrade request, the JSON events
 * on the wire both ways, typed errors and the hooks.
 */
class RealtimeSessionTest extends RealtimeSessionTestSupport {

	private static final Duration AWAIT = Duration.ofSeconds(10);

	private static final String SESSION_CREATED = """
			{"type":"session.created","event_id":"event_C9G5RJeJ2gF77mV7f2B1j","session":{"type":"realtime",\
			"object":"realtime.session","id":"sess_C9G5QPteg4UIbotdKLoYQ","model":"gpt-realtime-2025-08-28",\
			"output_modalities":["audio"],"instructions":"Your knowledge cutoff is 2023-10."}}""";

	private static final String RESPONSE_DONE = """
			{"type":"response.done","event_id":"event_CCXHxcMy86rrKhBLDdqCh","response":{"object":"realtime.response",\
			"id":"resp_CCXHw0UJld10EzIUXQCNh","status":"completed","status_details":null,"output":[{"id":\
			"item_CCXHwGjjDUfOXbiySlK7i","type":"message","status":"completed","role":"assistant","content":[{"type":\
			"output_audio","transcript":"Hello there."}]}],"conversation_id":"conv_CCXHsurMKcaVxIZvaCI5m",\
			"output_modalities":["audio"],"max_output_tokens":"inf","audio":{"output":{"format":{"type":"audio/pcm",\
			"rate":24000},"voice":"alloy"}},"usage":{"total_tokens":253,"input_tokens":132,"output_tokens":121,\
			"input_token_details":{"text_tokens":119,"audio_tokens":13,"image_tokens":0,"cached_tokens":64},\
			"output_token_details":{"text_tokens":30,"audio_tokens":91}},"metadata":null}}""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void scriptedConversationStreamsAudioDeltasAndReportsUsageAndEventsToTheHooks() throws Exception {
		byte[] spokenPcm = "pcm16 from the microphone".getBytes(StandardCharsets.UTF_8);
		byte[] answerPcm = { 0, 1, 2, 3, -1, -2, 127, -128 };
		String answerBase64 = Base64.getEncoder().encodeToString(answerPcm);
		RealtimeSessions sessions = sessions(RealtimeTestServer.scripted(List.of(SESSION_CREATED), (text) -> {
			if (text.contains("\"session.update\"")) {
				return List.of("""
						{"type":"session.updated","event_id":"event_C9G8mqI3IucaojlVKE8Cs","session":{"type":\
						"realtime","object":"realtime.session","id":"sess_C9G8l3zp50uFv4qgxfJ8o","model":"gpt-realtime",\
						"instructions":"Speak briefly."}}""");
			}
			if (text.contains("\"response.create\"")) {
				return List.of("""
						{"type":"response.output_audio.delta","event_id":"event_CCXHxcMy86rrKhBLDdqCh1",\
						"response_id":"resp_CCXHw0UJld10EzIUXQCNh","item_id":"item_CCXHwGjjDUfOXbiySlK7i",\
						"output_index":0,"content_index":0,"delta":"%s"}""".formatted(answerBase64), """
						{"type":"response.output_audio_transcript.delta","event_id":"event_CCXHxcMy86rrKhBLDdqCh2",\
						"response_id":"resp_CCXHw0UJld10EzIUXQCNh","item_id":"item_CCXHwGjjDUfOXbiySlK7i",\
						"output_index":0,"content_index":0,"delta":"Hello there."}""", """
						{"type":"conversation.item.tokenized","event_id":"event_future_1","item_id":"item_x"}""",
						RESPONSE_DONE);
			}
			return List.of();
		}));

		RealtimeSession session = sessions.connectAsync(RealtimeSessionOptions.of("gpt-realtime")).block(AWAIT);
		assertThat(session).isNotNull();
		List<RealtimeServerEvent> events = new ArrayList<>();
		Mono<List<RealtimeServerEvent>> untilDone = session.events()
			.doOnNext(events::add)
			.takeUntil((event) -> event instanceof RealtimeResponseDoneEvent)
			.collectList();
		Mono<Void> conversation = session.sendAsync(SessionUpdate.of(RealtimeSessionConfig.builder()
				.instructions("Speak briefly.")
				.build()))
			.then(session.sendAsync(InputAudioBufferAppend.of(spokenPcm)))
			.then(session.sendAsync(InputAudioBufferCommit.of()))
			.then(session.sendAsync(ResponseCreate.of()));
		StepVerifier.create(conversation.then(untilDone))
			.assertNext((list) -> assertThat(list).extracting(RealtimeServerEvent::type)
				.containsExactly("session.created", "session.updated", "response.output_audio.delta",
						"response.output_audio_transcript.delta", "conversation.item.tokenized", "response.done"))
			.expectComplete()
			.verify(AWAIT);

		assertThat(this.server.upgrades).hasSize(1);
		assertThat(this.server.upgrades.get(0).uri()).isEqualTo("/v1/realtime?model=gpt-realtime");
		assertThat(this.server.upgrades.get(0).requestHeaders().get("Authorization"))
			.isEqualTo("Bearer " + RealtimeTestServer.API_KEY);
		assertWire(this.server.nextReceived(),
				"{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"instructions\":\"Speak briefly.\"}}");
		assertWire(this.server.nextReceived(), "{\"type\":\"input_audio_buffer.append\",\"audio\":\""
				+ Base64.getEncoder().encodeToString(spokenPcm) + "\"}");
		assertWire(this.server.nextReceived(), "{\"type\":\"input_audio_buffer.commit\"}");
		assertWire(this.server.nextReceived(), "{\"type\":\"response.create\"}");

		RealtimeResponseAudioDeltaEvent audio = (RealtimeResponseAudioDeltaEvent) events.get(2);
		assertThat(audio.audioBytes()).isEqualTo(answerPcm);
		assertThat(audio.responseId()).isEqualTo("resp_CCXHw0UJld10EzIUXQCNh");
		assertThat(((RealtimeResponseAudioTranscriptDeltaEvent) events.get(3)).delta()).isEqualTo("Hello there.");
		UnknownRealtimeServerEvent future = (UnknownRealtimeServerEvent) events.get(4);
		assertThat(future.fields()).containsEntry("item_id", "item_x").containsEntry("event_id", "event_future_1");
		RealtimeResponse response = ((RealtimeResponseDoneEvent) events.get(5)).response();
		assertThat(response.status()).isEqualTo("completed");
		assertThat(response.usage().tokenUsage()).isEqualTo(new TokenUsage(132, 121));
		assertThat(response.maxOutputTokens()).isEqualTo("inf");
		assertThat(((RealtimeSessionCreatedEvent) events.get(0)).session()).isInstanceOfSatisfying(
				RealtimeSessionConfig.class, (created) -> assertThat(created.model()).isEqualTo("gpt-realtime-2025-08-28"));

		session.close();
		assertThat(this.hook.ended.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(this.hook.started).containsExactly("realtime.session gpt-realtime");
		assertThat(this.hook.sent).containsExactly("session.update", "input_audio_buffer.append",
				"input_audio_buffer.commit", "response.create");
		assertThat(this.hook.received).containsExactly("session.created", "session.updated",
				"response.output_audio.delta", "response.output_audio_transcript.delta", "unknown", "response.done");
		assertThat(this.hook.failures).isEmpty();
		assertThat(this.hook.successes).singleElement().satisfies((result) -> {
			assertThat(result.statusCode()).isEqualTo(101);
			assertThat(result.usage()).isEqualTo(new TokenUsage(132, 121));
			assertThat(result.responseModel()).isEqualTo("gpt-realtime");
		});
	}

	private static void assertWire(String actual, String expected) {
		assertThat(JSON.readTree(actual)).isEqualTo(JSON.readTree(expected));
	}

}
