package dev.integrations.openai.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every event of the spec's {@code webhooks} section, shaped like the spec's examples, and one of a type added
 * later.
 */
class WebhookEventTest {

	static List<Object[]> resourceEvents() {
		return List.of(new Object[] { "batch.cancelled", BatchCancelledEvent.class, "batch_abc123" },
				new Object[] { "batch.completed", BatchCompletedEvent.class, "batch_abc123" },
				new Object[] { "batch.expired", BatchExpiredEvent.class, "batch_abc123" },
				new Object[] { "batch.failed", BatchFailedEvent.class, "batch_abc123" },
				new Object[] { "eval.run.canceled", EvalRunCanceledEvent.class, "evalrun_abc123" },
				new Object[] { "eval.run.failed", EvalRunFailedEvent.class, "evalrun_abc123" },
				new Object[] { "eval.run.succeeded", EvalRunSucceededEvent.class, "evalrun_abc123" },
				new Object[] { "fine_tuning.job.cancelled", FineTuningJobCancelledEvent.class, "ftjob_abc123" },
				new Object[] { "fine_tuning.job.failed", FineTuningJobFailedEvent.class, "ftjob_abc123" },
				new Object[] { "fine_tuning.job.succeeded", FineTuningJobSucceededEvent.class, "ftjob_abc123" },
				new Object[] { "response.cancelled", ResponseCancelledEvent.class, "resp_abc123" },
				new Object[] { "response.completed", ResponseCompletedEvent.class, "resp_abc123" },
				new Object[] { "response.failed", ResponseFailedEvent.class, "resp_abc123" },
				new Object[] { "response.incomplete", ResponseIncompleteEvent.class, "resp_abc123" });
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("resourceEvents")
	void everyResourceEventIsReadAsItsRecord(String type, Class<?> recordType, String resourceId) {
		WebhookEvent event = read("""
				{"id": "evt_abc123", "type": "%s", "created_at": 1719168000, "data": {"id": "%s"}, "object": "event"}
				""".formatted(type, resourceId));
		assertThat(event).isInstanceOf(recordType);
		assertThat(event.type()).isEqualTo(type);
		assertThat(event.id()).isEqualTo("evt_abc123");
		assertThat(event.createdAt()).isEqualTo(1719168000L);
		assertThat(event.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1719168000L));
		assertThat(event.object()).isEqualTo("event");
		assertThat(event).hasFieldOrPropertyWithValue("data", new WebhookEventData(resourceId));
	}

	@Test
	void everyTypeOfTheSpecIsPermittedAndNamedByItsConstant() {
		assertThat(WebhookEvent.class.getPermittedSubclasses()).hasSize(resourceEvents().size() + 3);
	}

	@Test
	void realtimeCallIncomingCarriesTheCallIdAndSipHeaders() {
		WebhookEvent event = read("""
				{"id": "evt_abc123", "type": "realtime.call.incoming", "created_at": 1719168000,
				 "data": {"call_id": "rtc_479a275623b54bdb9b6fbae2f7cbd408",
				          "sip_headers": [{"name": "Max-Forwards", "value": "63"},
				                          {"name": "CSeq", "value": "851287 INVITE"}]}}
				""");
		assertThat(event).isEqualTo(new RealtimeCallIncomingEvent("evt_abc123", 1719168000L,
				new RealtimeCallIncomingEvent.Data("rtc_479a275623b54bdb9b6fbae2f7cbd408",
						List.of(new SipHeader("Max-Forwards", "63"), new SipHeader("CSeq", "851287 INVITE"))),
				null));
	}

	@Test
	void liveCallIncomingCarriesTheSessionIdAndSipHeaders() {
		WebhookEvent event = read("""
				{"id": "evt_abc123", "type": "live.call.incoming", "created_at": 1719168000, "object": "event",
				 "data": {"session_id": "rtc_479a275623b54bdb9b6fbae2f7cbd408",
				          "sip_headers": [{"name": "Content-Type", "value": "application/sdp"}]}}
				""");
		assertThat(event).isEqualTo(new LiveCallIncomingEvent("evt_abc123", 1719168000L,
				new LiveCallIncomingEvent.Data("rtc_479a275623b54bdb9b6fbae2f7cbd408",
						List.of(new SipHeader("Content-Type", "application/sdp"))),
				"event"));
	}

	@Test
	void aTypeAddedLaterKeepsEveryFieldAndIsWrittenBackUnchanged() {
		String json = """
				{"id":"evt_def456","type":"video.generation.completed","created_at":1760000000,"object":"event",\
				"data":{"id":"video_123","seconds":8}}""";
		WebhookEvent event = read(json);
		assertThat(event).isInstanceOfSatisfying(WebhookEvent.Unknown.class, (unknown) -> {
			assertThat(unknown.type()).isEqualTo("video.generation.completed");
			assertThat(unknown.id()).isEqualTo("evt_def456");
			assertThat(unknown.createdAt()).isEqualTo(1760000000L);
			assertThat(unknown.object()).isEqualTo("event");
			assertThat(unknown.fields()).containsOnlyKeys("data")
				.containsEntry("data", Map.of("id", "video_123", "seconds", 8));
		});
		assertThat(OpenAIJson.mapper().readTree(OpenAIJson.mapper().writeValueAsString(event)))
			.isEqualTo(OpenAIJson.mapper().readTree(json));
	}

	@Test
	void anEventWithoutTypeIsReadAsUnknown() {
		WebhookEvent event = read("{\"id\":\"evt_1\",\"created_at\":1}");
		assertThat(event).isInstanceOf(WebhookEvent.Unknown.class);
		assertThat(event.id()).isEqualTo("evt_1");
		assertThat(event.type()).isEmpty();
		assertThat(event.object()).isNull();
	}

	@Test
	void aKnownEventIsWrittenBackWithItsType() {
		String json = OpenAIJson.mapper()
			.writeValueAsString(new BatchCompletedEvent("evt_1", 1719168000L, new WebhookEventData("batch_1"), "event"));
		assertThat(OpenAIJson.mapper().readValue(json, Map.class)).containsEntry("type", "batch.completed")
			.containsEntry("created_at", 1719168000)
			.containsEntry("data", Map.of("id", "batch_1"));
	}

	private static WebhookEvent read(String json) {
		return OpenAIJson.mapper().readValue(json, WebhookEvent.class);
	}

}
