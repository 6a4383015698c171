package dev.integrations.openai.audio;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import dev.integrations.openai.MultipartRequests;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.BlockingStream;
import dev.integrations.openai.errors.BadRequestException;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.common.FileContent;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TranscriptionServiceTest extends WireMockSupport {

	private static final byte[] MP3 = { 'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0x23, (byte) 0xff, (byte) 0xfb, (byte) 0x90 };

	private static final FileContent AUDIO = FileContent.of(MP3, "audio.mp3");

	private static final String VERBOSE = """
			{"task": "transcribe", "language": "english", "duration": 8.470000267028809,
			 "text": "The beach was a popular spot on a hot summer day.",
			 "words": [{"word": "The", "start": 0.0, "end": 0.23999999463558197},
			           {"word": "beach", "start": 0.23999999463558197, "end": 0.6200000047683716}],
			 "segments": [{"id": 0, "seek": 0, "start": 0.0, "end": 3.319999933242798,
			   "text": " The beach was a popular spot on a hot summer day.",
			   "tokens": [50364, 440, 7534, 390, 257, 3743, 4008, 322, 257, 2368, 4266, 786, 13, 50530],
			   "temperature": 0.0, "avg_logprob": -0.2860786020755768, "compression_ratio": 1.2363636493682861,
			   "no_speech_prob": 0.00985979475080967}],
			 "usage": {"type": "duration", "seconds": 9}}
			""";


	/**
	 * A generous timeout: the first request of a test JVM loads many classes and, on a busy machine, can outlast
	 * the base class's 5 seconds, which would turn into a retry and a second request on the wire.
	 */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void createSendsEveryFormFieldAndParsesJsonWithTokenUsage() {
		this.server.stubFor(post("/v1/audio/transcriptions").willReturn(okJson("""
				{"text": "Imagine the wildest idea that you've ever had.",
				 "logprobs": [{"token": "Imagine", "logprob": -0.00012, "bytes": [73, 109, 97, 103, 105, 110, 101]}],
				 "usage": {"type": "tokens", "input_tokens": 14, "input_token_details": {"text_tokens": 10, "audio_tokens": 4},
				           "output_tokens": 101, "total_tokens": 115}}
				""")));
		TranscriptionRequest request = TranscriptionRequest.builder().file(AUDIO).model(TranscriptionModels.GPT_4O_TRANSCRIBE)
			.language("en")
			.languages(List.of("en", "fr"))
			.keywords(List.of("OpenAI", "Spring Boot"))
			.prompt("A talk about ideas at scale.")
			.responseFormat(AudioResponseFormat.JSON)
			.temperature(0.2)
			.include(TranscriptionInclude.LOGPROBS)
			.chunkingStrategy(ChunkingStrategy.serverVad(300, 500, 0.00005))
			.build();

		Transcription transcription = this.client.audio().transcriptions().create(request);

		assertThat(transcription.text()).isEqualTo("Imagine the wildest idea that you've ever had.");
		assertThat(transcription.logprobs()).singleElement()
			.satisfies((logprob) -> assertThat(logprob.token()).isEqualTo("Imagine"));
		assertThat(transcription.usage().inputTokenDetails().audioTokens()).isEqualTo(4L);
		assertThat(transcription.tokenUsage().inputTokens()).isEqualTo(14);
		assertThat(transcription.tokenUsage().outputTokens()).isEqualTo(101);
		assertThat(transcription.segments()).isEmpty();
		this.server.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
			.withHeader("Accept", equalTo("application/json")));
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "model", "language", "languages[]", "languages[]",
				"keywords[]", "keywords[]", "prompt", "response_format", "temperature", "include[]",
				"chunking_strategy[type]", "chunking_strategy[prefix_padding_ms]",
				"chunking_strategy[silence_duration_ms]", "chunking_strategy[threshold]");
		form.assertFile("file", "audio.mp3", "audio/mpeg", MP3);
		assertThat(form.text("model")).isEqualTo("gpt-4o-transcribe");
		assertThat(form.texts("languages[]")).containsExactly("en", "fr");
		assertThat(form.texts("keywords[]")).containsExactly("OpenAI", "Spring Boot");
		assertThat(form.text("response_format")).isEqualTo("json");
		assertThat(form.text("temperature")).isEqualTo("0.2");
		assertThat(form.text("include[]")).isEqualTo("logprobs");
		assertThat(form.text("chunking_strategy[type]")).isEqualTo("server_vad");
		assertThat(form.text("chunking_strategy[silence_duration_ms]")).isEqualTo("500");
		assertThat(form.text("chunking_strategy[threshold]")).isEqualTo("0.00005");
	}

	@Test
	void createParsesVerboseJsonWithWordsSegmentsAndDurationUsage() {
		this.server.stubFor(post("/v1/audio/transcriptions").willReturn(okJson(VERBOSE)));
		TranscriptionRequest request = TranscriptionRequest.builder().file(AUDIO).model(TranscriptionModels.WHISPER_1)
			.responseFormat(AudioResponseFormat.VERBOSE_JSON)
			.timestampGranularities(TimestampGranularity.WORD, TimestampGranularity.SEGMENT)
			.build();

		StepVerifier.create(this.client.audio().transcriptions().createAsync(request))
			.assertNext((transcription) -> {
				assertThat(transcription.language()).isEqualTo("english");
				assertThat(transcription.duration()).isEqualTo(8.470000267028809);
				assertThat(transcription.words()).extracting(TranscriptionWord::word).containsExactly("The", "beach");
				TranscriptionSegment segment = transcription.segments().get(0);
				assertThat(segment.tokens()).startsWith(50364, 440).hasSize(14);
				assertThat(segment.avgLogprob()).isEqualTo(-0.2860786020755768);
				assertThat(segment.noSpeechProb()).isEqualTo(0.00985979475080967);
				assertThat(transcription.usage().seconds()).isEqualTo(9.0);
				assertThat(transcription.tokenUsage()).isNull();
			})
			.verifyComplete();
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "model", "response_format", "timestamp_granularities[]",
				"timestamp_granularities[]");
		assertThat(form.texts("timestamp_granularities[]")).containsExactly("word", "segment");
		assertThat(form.text("response_format")).isEqualTo("verbose_json");
	}

	@Test
	void createTextReturnsSubtitlesVerbatimAndDefaultsToText() {
		String srt = "1\n00:00:00,000 --> 00:00:03,320\nThe beach was a popular spot on a hot summer day.\n\n";
		this.server.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/plain; charset=utf-8")
			.withBody(srt)));

		String subtitles = this.client.audio()
			.transcriptions()
			.createText(TranscriptionRequest.builder().file(AUDIO).model("whisper-1").responseFormat(AudioResponseFormat.SRT).build());
		String text = this.client.audio().transcriptions().createText(TranscriptionRequest.builder().file(AUDIO).model("whisper-1").build());

		assertThat(subtitles).isEqualTo(srt);
		assertThat(text).isEqualTo(srt);
		assertThat(this.server.findAll(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))))
			.extracting((request) -> MultipartRequests.of(request).text("response_format"))
			.containsExactly("srt", "text");
	}

	@Test
	void createDiarizedSendsKnownSpeakersAndAutoChunkingAndParsesSpeakerSegments() {
		this.server.stubFor(post("/v1/audio/transcriptions").willReturn(okJson("""
				{"task": "transcribe", "duration": 42.7,
				 "text": "Agent: Thanks for calling OpenAI support.\\nCustomer: Hi, I need help with diarization.",
				 "segments": [
				   {"type": "transcript.text.segment", "id": "seg_001", "start": 0.0, "end": 5.2,
				    "text": "Thanks for calling OpenAI support.", "speaker": "agent"},
				   {"type": "transcript.text.segment", "id": "seg_002", "start": 5.2, "end": 12.8,
				    "text": "Hi, I need help with diarization.", "speaker": "A"}],
				 "usage": {"type": "duration", "seconds": 43}}
				""")));
		TranscriptionRequest request = TranscriptionRequest
			.builder()
			.file(FileContent.of(MP3, "meeting.wav"))
			.model(TranscriptionModels.GPT_4O_TRANSCRIBE_DIARIZE)
			.chunkingStrategy(ChunkingStrategy.auto())
			.knownSpeaker("agent", "data:audio/wav;base64,UklGRiQAAABXQVZF")
			.build();

		DiarizedTranscription transcription = this.client.audio().transcriptions().createDiarized(request);

		assertThat(transcription.segments()).extracting(DiarizedSegment::speaker).containsExactly("agent", "A");
		assertThat(transcription.duration()).isEqualTo(42.7);
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "model", "response_format", "chunking_strategy",
				"known_speaker_names[]", "known_speaker_references[]");
		form.assertFile("file", "meeting.wav", "audio/x-wav", MP3);
		assertThat(form.text("response_format")).isEqualTo("diarized_json");
		assertThat(form.text("chunking_strategy")).isEqualTo("auto");
		assertThat(form.text("known_speaker_names[]")).isEqualTo("agent");
		assertThat(form.text("known_speaker_references[]")).isEqualTo("data:audio/wav;base64,UklGRiQAAABXQVZF");
	}

	@Test
	void streamSendsStreamTrueAndDecodesDeltaSegmentAndDoneEvents() {
		this.server.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/event-stream")
			.withBody("""
					data: {"type":"transcript.text.delta","delta":"I see skies","segment_id":"seg_001"}

					data: {"type":"transcript.text.delta","delta":" of blue"}

					data: {"type":"transcript.text.segment","id":"seg_001","start":0.0,"end":2.1,"text":"I see skies of blue","speaker":"A"}

					data: {"type":"transcript.text.done","text":"I see skies of blue","usage":{"type":"tokens","input_tokens":14,"input_token_details":{"text_tokens":10,"audio_tokens":4},"output_tokens":31,"total_tokens":45}}

					""")));
		TranscriptionRequest request = TranscriptionRequest.builder().file(AUDIO).model(TranscriptionModels.GPT_4O_MINI_TRANSCRIBE)
			.build();

		List<TranscriptionStreamEvent> events;
		try (BlockingStream<TranscriptionStreamEvent> stream = this.client.audio().transcriptions().stream(request)) {
			events = stream.stream().toList();
		}

		assertThat(events).hasSize(4);
		assertThat(events.get(0)).isEqualTo(new TranscriptionStreamEvent.TextDelta("I see skies", null, "seg_001"));
		assertThat(events).extracting(TranscriptionStreamEvent::type)
			.containsExactly("transcript.text.delta", "transcript.text.delta", "transcript.text.segment",
					"transcript.text.done");
		assertThat(((TranscriptionStreamEvent.TextDelta) events.get(1)).delta()).isEqualTo(" of blue");
		assertThat(((TranscriptionStreamEvent.TextSegment) events.get(2)).speaker()).isEqualTo("A");
		TranscriptionStreamEvent.TextDone done = (TranscriptionStreamEvent.TextDone) events.get(3);
		assertThat(done.text()).isEqualTo("I see skies of blue");
		assertThat(done.tokenUsage().outputTokens()).isEqualTo(31);
		this.server.verify(postRequestedFor(urlEqualTo("/v1/audio/transcriptions"))
			.withHeader("Accept", equalTo("text/event-stream")));
		MultipartRequests form = MultipartRequests.onlyRequest(this.server);
		assertThat(form.names()).containsExactly("file", "model", "stream");
		assertThat(form.text("stream")).isEqualTo("true");
	}

	@Test
	void unsupportedFileFormatRaisesBadRequest() {
		this.server.stubFor(post("/v1/audio/transcriptions").willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "Invalid file format. Supported formats: ['flac', 'm4a', 'mp3', 'mp4', 'mpeg', 'mpga', 'oga', 'ogg', 'wav', 'webm']",
					 "type": "invalid_request_error", "param": null, "code": null}}
					""")));
		TranscriptionRequest request = TranscriptionRequest
			.builder()
			.file(FileContent.of("not audio".getBytes(StandardCharsets.UTF_8), "notes.txt"))
			.model("whisper-1")
			.build();

		assertThatThrownBy(() -> this.client.audio().transcriptions().create(request))
			.isInstanceOf(BadRequestException.class)
			.hasMessageContaining("Invalid file format");
		assertThat(this.server.getAllServeEvents()).hasSize(1);
	}

	@Test
	void theBuilderStartsEmptyAndBuildRequiresTheFileAndTheModel() {
		assertThatThrownBy(() -> TranscriptionRequest.builder().model("whisper-1").build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("file"));
		assertThatThrownBy(() -> TranscriptionRequest.builder().file(AUDIO).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class, (ex) -> assertThat(ex.field()).isEqualTo("model"));
		assertThat(TranscriptionRequest.builder().file(AUDIO).model("whisper-1").build().model()).isEqualTo("whisper-1");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void invalidRequestsAreRejectedBeforeAnyRequest() {
		assertThatThrownBy(() -> TranscriptionRequest.builder().file(AUDIO).model("whisper-1").temperature(1.5).build())
			.isInstanceOfSatisfying(OpenAIValidationException.class,
					(ex) -> assertThat(ex.field()).isEqualTo("temperature"))
			.hasMessage("temperature must be between 0 and 1, was 1.5");
		assertThatThrownBy(() -> TranscriptionRequest.builder().file(AUDIO).model(" ").build()).hasMessage("model must not be blank");
		assertThatThrownBy(() -> TranscriptionRequest.builder().file(AUDIO).model("whisper-1")
			.timestampGranularities(TimestampGranularity.WORD)
			.build()).hasMessage("timestamp_granularities requires response_format verbose_json");
		TranscriptionRequest.Builder speakers = TranscriptionRequest.builder().file(AUDIO).model("gpt-4o-transcribe-diarize");
		for (int i = 0; i < 5; i++) {
			speakers.knownSpeaker("speaker" + i, "data:audio/wav;base64,UklGRiQAAABXQVZF");
		}
		assertThatThrownBy(speakers::build).hasMessage("known_speaker_names must have at most 4 entries, had 5");
		TranscriptionRequest srt = TranscriptionRequest.builder().file(AUDIO).model("whisper-1")
			.responseFormat(AudioResponseFormat.SRT)
			.build();
		assertThatThrownBy(() -> this.client.audio().transcriptions().create(srt))
			.hasMessage("response_format srt cannot be read by create; use createText for text, srt and vtt");
		StepVerifier.create(this.client.audio()
			.transcriptions()
			.createTextAsync(srt.withResponseFormat(AudioResponseFormat.VERBOSE_JSON)))
			.expectErrorMessage(
					"response_format verbose_json cannot be read by createText; use create for json and verbose_json")
			.verify();
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
