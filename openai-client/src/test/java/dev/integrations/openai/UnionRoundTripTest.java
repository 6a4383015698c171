package dev.integrations.openai;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.stream.Stream;

import dev.integrations.openai.audio.SpeechStreamEvent;
import dev.integrations.openai.audio.TranscriptionStreamEvent;
import dev.integrations.openai.finetuning.Grader;
import dev.integrations.openai.finetuning.MultiGrader;
import dev.integrations.openai.finetuning.StringCheckGrader;
import dev.integrations.openai.images.ImageCompletedEvent;
import dev.integrations.openai.images.ImagePartialImageEvent;
import dev.integrations.openai.images.ImageStreamEvent;
import dev.integrations.openai.transport.OpenAIJson;
import dev.integrations.openai.vectorstores.ChunkingStrategy;
import dev.integrations.openai.webhooks.BatchCompletedEvent;
import dev.integrations.openai.webhooks.RealtimeCallIncomingEvent;
import dev.integrations.openai.webhooks.WebhookEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unions of the webhooks, audio, images, fine-tuning and vector store packages follow the one union pattern: a
 * known member reads as its record and writes back the same JSON, type included; a type added after the spec reads
 * as the union's {@code Unknown}, keeps its type and every field, and writes back unchanged.
 */
class UnionRoundTripTest {

	static Stream<Arguments> knownMembers() {
		return Stream.of(Arguments.of(WebhookEvent.class, BatchCompletedEvent.class, """
				{"id": "evt_abc123", "type": "batch.completed", "created_at": 1719168000,
				 "data": {"id": "batch_abc123"}, "object": "event"}"""),
				Arguments.of(WebhookEvent.class, RealtimeCallIncomingEvent.class, """
						{"id": "evt_abc123", "type": "realtime.call.incoming", "created_at": 1719168000,
						 "data": {"call_id": "rtc_479a275623b54bdb9b6fbae2f7cbd408",
						  "sip_headers": [{"name": "Max-Forwards", "value": "63"}]}, "object": "event"}"""),
				Arguments.of(SpeechStreamEvent.class, SpeechStreamEvent.AudioDelta.class, """
						{"type": "speech.audio.delta", "audio": "SUQzBA=="}"""),
				Arguments.of(SpeechStreamEvent.class, SpeechStreamEvent.AudioDone.class, """
						{"type": "speech.audio.done", "usage": {"input_tokens": 14, "output_tokens": 101,
						 "total_tokens": 115}}"""),
				Arguments.of(TranscriptionStreamEvent.class, TranscriptionStreamEvent.TextDelta.class, """
						{"type": "transcript.text.delta", "delta": " of blue", "segment_id": "seg_001"}"""),
				Arguments.of(TranscriptionStreamEvent.class, TranscriptionStreamEvent.TextDone.class, """
						{"type": "transcript.text.done", "text": "I see skies of blue",
						 "usage": {"type": "tokens", "input_tokens": 14, "output_tokens": 45, "total_tokens": 59}}"""),
				Arguments.of(TranscriptionStreamEvent.class, TranscriptionStreamEvent.TextSegment.class, """
						{"type": "transcript.text.segment", "id": "seg_001", "start": 0.0, "end": 1.25,
						 "text": "I see skies", "speaker": "A"}"""),
				Arguments.of(ImageStreamEvent.class, ImagePartialImageEvent.class, """
						{"type": "image_edit.partial_image", "b64_json": "iVBORw0KGgo=", "created_at": 1620000000,
						 "size": "1024x1024", "quality": "high", "background": "transparent", "output_format": "png",
						 "partial_image_index": 1}"""),
				Arguments.of(ImageStreamEvent.class, ImageCompletedEvent.class, """
						{"type": "image_generation.completed", "b64_json": "iVBORw0KGgo=", "created_at": 1620000005,
						 "size": "1024x1024", "quality": "high", "background": "transparent", "output_format": "png"}"""),
				Arguments.of(Grader.class, StringCheckGrader.class, """
						{"type": "string_check", "name": "Example string check grader",
						 "input": "{{sample.output_text}}", "reference": "{{item.label}}", "operation": "eq"}"""),
				Arguments.of(Grader.class, MultiGrader.class, """
						{"type": "multi", "name": "example multi grader", "calculate_output": "0.5 * accuracy",
						 "graders": {"type": "score_model", "name": "accuracy", "model": "o4-mini-2025-04-16",
						  "input": [{"role": "user", "content": "Score {{sample.output_text}}"}], "range": [0.0, 1.0]}}"""),
				Arguments.of(ChunkingStrategy.class, ChunkingStrategy.Auto.class, """
						{"type": "auto"}"""),
				Arguments.of(ChunkingStrategy.class, ChunkingStrategy.Static.class, """
						{"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}"""),
				Arguments.of(ChunkingStrategy.class, ChunkingStrategy.Other.class, """
						{"type": "other"}"""));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("knownMembers")
	void aKnownMemberReadsAsItsRecordAndWritesBackTheSameJson(Class<?> union, Class<?> member, String json) {
		Object read = OpenAIJson.mapper().readValue(json, union);

		assertThat(read).isInstanceOf(member);
		assertThat(tree(OpenAIJson.mapper().writeValueAsString(read))).isEqualTo(tree(json));
	}

	static Stream<Arguments> typesAddedLater() {
		return Stream.of(Arguments.of(WebhookEvent.class, """
				{"id": "evt_def456", "type": "video.completed", "created_at": 1760000000, "object": "event",
				 "data": {"id": "video_123", "seconds": 8}}"""),
				Arguments.of(SpeechStreamEvent.class, """
						{"type": "speech.audio.marker", "name": "chapter-2", "offset_ms": 1200}"""),
				Arguments.of(TranscriptionStreamEvent.class, """
						{"type": "transcript.text.speaker", "speaker": "A", "confidence": 0.5,
						 "segment": {"id": "seg_002", "words": ["skies", "blue"]}}"""),
				Arguments.of(ImageStreamEvent.class, """
						{"type": "image_generation.progress", "percent": 40, "stage": {"name": "render"}}"""),
				Arguments.of(Grader.class, """
						{"type": "endpoint", "name": "remote grader", "url": "https://grader.example.com/score",
						 "headers": {"x-team": "ml"}, "rate_limit": 50}"""),
				Arguments.of(ChunkingStrategy.class, """
						{"type": "semantic", "semantic": {"max_chunk_size_tokens": 800, "breakpoint": "paragraph"}}"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("typesAddedLater")
	void aTypeAddedLaterKeepsItsTypeAndEveryFieldAndWritesBackUnchanged(Class<?> union, String json)
			throws ReflectiveOperationException {
		Object read = OpenAIJson.mapper().readValue(json, union);

		assertThat(read.getClass().getName()).isEqualTo(union.getName() + "$Unknown");
		JsonNode expected = tree(json);
		assertThat(component(read, "type")).isEqualTo(expected.get("type").asString());
		Map<?, ?> fields = (Map<?, ?>) component(read, "fields");
		assertThat(fields).isNotEmpty();
		fields.forEach((name, value) -> assertThat((JsonNode) OpenAIJson.mapper().valueToTree(value))
			.as("field %s", name)
			.isEqualTo(expected.get((String) name)));
		assertThat(tree(OpenAIJson.mapper().writeValueAsString(read))).isEqualTo(expected);
	}

	private static Object component(Object record, String name) throws ReflectiveOperationException {
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			if (component.getName().equals(name)) {
				return component.getAccessor().invoke(record);
			}
		}
		throw new AssertionError(record.getClass() + " has no component " + name);
	}

	private static JsonNode tree(String json) {
		return OpenAIJson.mapper().readTree(json);
	}

}
