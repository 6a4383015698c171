package dev.integrations.openai.realtime;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.responses.McpTool;
import dev.integrations.openai.responses.ToolChoice;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed payloads of Realtime events on a local WebSocket server: the exact JSON of a typed
 * {@code session.update}, {@code conversation.item.create} and {@code response.create}; the typed session of
 * {@code session.created} and the output items and usage of {@code response.done}; nested types added after the
 * spec read as {@code Unknown} and written back unchanged.
 */
class RealtimeTypedPayloadsTest extends RealtimeSessionTestSupport {

	private static final Duration AWAIT = Duration.ofSeconds(10);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String SESSION_CREATED = """
			{"type":"session.created","event_id":"event_C9G5RJeJ2gF77mV7f2B1j","session":{"type":"realtime",\
			"object":"realtime.session","id":"sess_C9G5QPteg4UIbotdKLoYQ","model":"gpt-realtime-2025-08-28",\
			"expires_at":1756324625,"output_modalities":["audio"],"instructions":"Your knowledge cutoff is 2023-10.",\
			"audio":{"input":{"format":{"type":"audio/pcm","rate":24000},"transcription":null,\
			"noise_reduction":null,"turn_detection":{"type":"server_vad","threshold":0.5,\
			"prefix_padding_ms":300,"silence_duration_ms":200,"idle_timeout_ms":null,"create_response":true,\
			"interrupt_response":true}},"output":{"format":{"type":"audio/opus","bitrate":32000},"voice":"marin",\
			"speed":1.0}},"tools":[{"type":"function","name":"get_weather","description":"Weather of a city",\
			"parameters":{"type":"object","properties":{"location":{"type":"string"}}}},\
			{"type":"web_search","search_context_size":"low"}],"tool_choice":"auto","tracing":"auto",\
			"truncation":{"type":"retention_ratio","retention_ratio":0.8},"max_output_tokens":"inf",\
			"prompt":null,"include":null,"session_label":"beta-42"}}""";

	private static final String RESPONSE_DONE = """
			{"type":"response.done","event_id":"event_CCXHxcMy86rrKhBLDdqCh","response":{"object":"realtime.response",\
			"id":"resp_CCXHw0UJld10EzIUXQCNh","status":"incomplete","status_details":{"type":"incomplete",\
			"reason":"max_output_tokens"},"output":[{"id":"item_CCXHwGjjDUfOXbiySlK7i","type":"message",\
			"object":"realtime.item","status":"completed","role":"assistant","content":[{"type":"output_audio",\
			"transcript":"It is sunny."},{"type":"output_text","text":"It is sunny."}]},\
			{"id":"item_CCXHwfunc","type":"function_call","object":"realtime.item","status":"completed",\
			"call_id":"call_PG12S5ER7l7HrvZz","name":"get_weather","arguments":"{\\"location\\":\\"Paris\\"}"},\
			{"id":"item_CCXHwfuture","type":"screen_share","frames":2,"source":{"kind":"window"}}],\
			"conversation_id":"conv_CCXHsurMKcaVxIZvaCI5m","output_modalities":["audio"],"max_output_tokens":200,\
			"audio":{"output":{"format":{"type":"audio/pcmu"},"voice":"alloy"}},"usage":{"total_tokens":253,\
			"input_tokens":132,"output_tokens":121,"input_token_details":{"text_tokens":119,"audio_tokens":13,\
			"image_tokens":0,"cached_tokens":64,"cached_tokens_details":{"text_tokens":64,"image_tokens":0,\
			"audio_tokens":0}},"output_token_details":{"text_tokens":30,"audio_tokens":91}},\
			"metadata":{"topic":"weather"}}}""";

	private RealtimeSession connect() {
		return sessions(RealtimeTestServer.scripted(List.of(SESSION_CREATED),
				(text) -> text.contains("\"response.create\"") ? List.of(RESPONSE_DONE) : List.of()))
			.connect("gpt-realtime");
	}

	@Test
	void typedClientEventsAreWrittenAsTheSpecsJson() throws Exception {
		byte[] pcm = "spoken pcm16".getBytes(StandardCharsets.UTF_8);
		try (RealtimeSession session = connect()) {
			Mono<RealtimeResponse> done = session.awaitResponseAsync().cache();
			done.subscribe();
			session.send(SessionUpdate.of(RealtimeSessionConfig.builder()
				.instructions("Answer briefly.")
				.outputModalities("audio")
				.audio(RealtimeAudioConfig.of(
						RealtimeAudioConfig.Input.builder()
							.format(RealtimeAudioFormat.PCM)
							.transcription(RealtimeAudioConfig.Transcription.model("gpt-4o-transcribe"))
							.noiseReduction("near_field")
							.turnDetection(RealtimeTurnDetection.semanticVad("high"))
							.build(),
						new RealtimeAudioConfig.Output(RealtimeAudioFormat.PCMU, "marin", 1.2)))
				.addTool(RealtimeTool.function("get_weather", "Weather of a city",
						Map.of("type", "object", "properties", Map.of("location", Map.of("type", "string")))))
				.addTool(RealtimeTool.mcp("docs", "https://mcp.example.com/sse").withRequireApproval(
						McpTool.Approval.NEVER))
				.toolChoice(ToolChoice.function("get_weather"))
				.tracing(RealtimeTracing.workflow("support-line"))
				.truncation(RealtimeTruncation.retentionRatio(0.5))
				.unlimitedOutputTokens()
				.reasoningEffort("low")
				.build()));
			session.send(ConversationItemCreate.of(RealtimeItem.userAudio(pcm)));
			session.send(ConversationItemCreate.functionCallOutput("call_PG12S5ER7l7HrvZz", "{\"sky\":\"sunny\"}"));
			session.send(ResponseCreate.of(RealtimeResponseParams.builder()
				.outputModalities("text")
				.instructions("Summarize.")
				.conversation("none")
				.putMetadata("topic", "weather")
				.maxOutputTokens(200)
				.toolChoice(ToolChoice.NONE)
				.addInput(RealtimeItem.systemText("Be terse."))
				.audioOutput(RealtimeAudioConfig.Output.voice("cedar"))
				.build()));
			assertThat(done.block(AWAIT)).isNotNull();
		}
		assertWire(this.server.nextReceived(), """
				{"type":"session.update","session":{"type":"realtime","instructions":"Answer briefly.",
				 "output_modalities":["audio"],
				 "audio":{"input":{"format":{"type":"audio/pcm","rate":24000},
				                   "transcription":{"model":"gpt-4o-transcribe"},
				                   "noise_reduction":{"type":"near_field"},
				                   "turn_detection":{"type":"semantic_vad","eagerness":"high"}},
				          "output":{"format":{"type":"audio/pcmu"},"voice":"marin","speed":1.2}},
				 "tools":[{"type":"function","name":"get_weather","description":"Weather of a city",
				           "parameters":{"type":"object","properties":{"location":{"type":"string"}}}},
				          {"type":"mcp","server_label":"docs","server_url":"https://mcp.example.com/sse",
				           "require_approval":"never"}],
				 "tool_choice":{"type":"function","name":"get_weather"},
				 "tracing":{"workflow_name":"support-line"},
				 "truncation":{"type":"retention_ratio","retention_ratio":0.5},
				 "max_output_tokens":"inf","reasoning":{"effort":"low"}}}""");
		assertWire(this.server.nextReceived(), """
				{"type":"conversation.item.create","item":{"type":"message","role":"user",
				 "content":[{"type":"input_audio","audio":"c3Bva2VuIHBjbTE2"}]}}""");
		assertWire(this.server.nextReceived(), """
				{"type":"conversation.item.create","item":{"type":"function_call_output",
				 "call_id":"call_PG12S5ER7l7HrvZz","output":"{\\"sky\\":\\"sunny\\"}"}}""");
		assertWire(this.server.nextReceived(), """
				{"type":"response.create","response":{"output_modalities":["text"],"instructions":"Summarize.",
				 "conversation":"none","metadata":{"topic":"weather"},"max_output_tokens":200,"tool_choice":"none",
				 "input":[{"type":"message","role":"system","content":[{"type":"input_text","text":"Be terse."}]}],
				 "audio":{"output":{"voice":"cedar"}}}}""");
	}

	@Test
	void disabledTurnDetectionIsSentAsAnExplicitNull() throws Exception {
		try (RealtimeSession session = connect()) {
			session.send(SessionUpdate.of(RealtimeSessionConfig.builder()
				.audio(RealtimeAudioConfig.of(
						RealtimeAudioConfig.Input.builder().turnDetection(RealtimeTurnDetection.DISABLED).build()))
				.build()));
		}
		assertWire(this.server.nextReceived(), """
				{"type":"session.update","session":{"type":"realtime","audio":{"input":{"turn_detection":null}}}}""");
	}

	@Test
	void sessionCreatedAndResponseDoneAreReadTyped() {
		try (RealtimeSession session = connect()) {
			RealtimeSessionCreatedEvent created = (RealtimeSessionCreatedEvent) session.events().blockFirst(AWAIT);
			session.send(ResponseCreate.of());
			RealtimeResponse response = session.awaitResponse();

			RealtimeSessionConfig config = (RealtimeSessionConfig) created.session();
			assertThat(config.id()).isEqualTo("sess_C9G5QPteg4UIbotdKLoYQ");
			assertThat(config.expiresAtInstant().getEpochSecond()).isEqualTo(1756324625L);
			assertThat(config.audio().input().format()).isEqualTo(RealtimeAudioFormat.PCM);
			assertThat(config.audio().input().turnDetection())
				.isEqualTo(new RealtimeTurnDetection.ServerVad(0.5, 300, 200, true, true, null));
			assertThat(config.audio().output().voice()).isEqualTo("marin");
			assertThat(config.tools().get(0)).isEqualTo(RealtimeTool.function("get_weather", "Weather of a city",
					Map.of("type", "object", "properties", Map.of("location", Map.of("type", "string")))));
			assertThat(config.toolChoice()).isEqualTo(ToolChoice.AUTO);
			assertThat(config.tracing()).isEqualTo(RealtimeTracing.AUTO);
			assertThat(config.truncation()).isEqualTo(new RealtimeTruncation.RetentionRatio("retention_ratio", 0.8,
					null));
			assertThat(config.maxOutputTokens()).isEqualTo("inf");
			assertThat(config.extra()).containsExactly(Map.entry("session_label", "beta-42"));

			assertThat(response.status()).isEqualTo("incomplete");
			assertThat(response.statusDetails().reason()).isEqualTo("max_output_tokens");
			assertThat(response.output()).hasSize(3);
			RealtimeItem.Message message = (RealtimeItem.Message) response.output().get(0);
			assertThat(message.role()).isEqualTo("assistant");
			assertThat(message.content()).containsExactly(new RealtimeContentPart.OutputAudio(null, "It is sunny."),
					new RealtimeContentPart.OutputText("It is sunny."));
			RealtimeItem.FunctionCall call = (RealtimeItem.FunctionCall) response.output().get(1);
			assertThat(call.callId()).isEqualTo("call_PG12S5ER7l7HrvZz");
			assertThat(call.arguments()).isEqualTo("{\"location\":\"Paris\"}");
			assertThat(response.audio().output().format()).isEqualTo(RealtimeAudioFormat.PCMU);
			assertThat(response.maxOutputTokens()).isEqualTo(200);
			assertThat(response.metadata()).containsExactly(Map.entry("topic", "weather"));
			RealtimeUsage usage = response.usage();
			assertThat(usage.totalTokens()).isEqualTo(253);
			assertThat(usage.inputTokenDetails())
				.isEqualTo(new RealtimeUsage.InputTokenDetails(64L, 119L, 0L, 13L,
						new RealtimeUsage.CachedTokenDetails(64L, 0L, 0L)));
			assertThat(usage.outputTokenDetails()).isEqualTo(new RealtimeUsage.OutputTokenDetails(30L, 91L));
		}
	}

	@Test
	void nestedTypesAddedAfterTheSpecAreKeptAndWrittenBackUnchanged() throws Exception {
		try (RealtimeSession session = connect()) {
			RealtimeSessionConfig config = (RealtimeSessionConfig) ((RealtimeSessionCreatedEvent) session.events()
				.blockFirst(AWAIT)).session();
			session.send(ResponseCreate.of());
			RealtimeItem future = session.awaitResponse().output().get(2);

			assertThat(config.audio().output().format()).isInstanceOfSatisfying(RealtimeAudioFormat.Unknown.class,
					(format) -> assertThat(format.type()).isEqualTo("audio/opus"));
			assertThat(config.tools().get(1)).isInstanceOfSatisfying(RealtimeTool.Unknown.class,
					(tool) -> assertThat(tool.fields()).containsEntry("search_context_size", "low"));
			assertThat(future).isInstanceOfSatisfying(RealtimeItem.Unknown.class, (item) -> {
				assertThat(item.id()).isEqualTo("item_CCXHwfuture");
				assertThat(item.type()).isEqualTo("screen_share");
			});
			assertThat(JSON.readTree(OpenAIJson.mapper().writeValueAsString(future))).isEqualTo(JSON.readTree("""
					{"id":"item_CCXHwfuture","type":"screen_share","frames":2,"source":{"kind":"window"}}"""));
			assertThat(JSON.readTree(OpenAIJson.mapper().writeValueAsString(config.audio().output()))).isEqualTo(
					JSON.readTree("""
							{"format":{"type":"audio/opus","bitrate":32000},"voice":"marin","speed":1.0}"""));
			session.send(SessionUpdate.of(config.toBuilder().instructions("Be brief.").build()));
		}
		this.server.nextReceived();
		String update = this.server.nextReceived();
		assertThat(update.split("\"type\":\"realtime\"", -1)).as("the session's type written once").hasSize(2);
		assertThat(JSON.readTree(update).path("session").path("tools").get(1))
			.isEqualTo(JSON.readTree("{\"type\":\"web_search\",\"search_context_size\":\"low\"}"));
		assertThat(JSON.readTree(update).path("session").path("session_label").asString()).isEqualTo("beta-42");
	}

	private static void assertWire(String actual, String expected) {
		assertThat(JSON.readTree(actual)).isEqualTo(JSON.readTree(expected));
	}

}
