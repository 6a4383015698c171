package dev.integrations.openai.videos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.integrations.openai.VirtualTime;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIResponseException;
import dev.integrations.openai.errors.OpenAITimeoutException;
import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.integrations.openai.videos.VideoServiceTest.VIDEO_ID;
import static dev.integrations.openai.videos.VideoServiceTest.video;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A video job after it was started: retrieve (leniently), list with auto-paging, delete, wait for completion on a
 * virtual clock, and download its assets to a file, a stream or as buffers, including the failures on the way.
 */
class VideoLifecycleTest extends WireMockSupport {

	private static final String COMPLETED = video(VIDEO_ID, "completed", 100, "")
		.replace("\"completed_at\": null", "\"completed_at\": 1760077701")
		.replace("\"expires_at\": null", "\"expires_at\": 1760164101");

	private static final String FAILED = video(VIDEO_ID, "failed", 37, """
			, "quality": "standard"
			""").replace("\"error\": null", """
			"error": {"code": "moderation_blocked", "message": "The generated video did not pass moderation."}
			""");

	@TempDir
	Path temp;

	/** A generous response timeout: a slow first response must not become a retry that consumes a polled state. */
	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60)).streamIdleTimeout(Duration.ofSeconds(60));
	}

	@Test
	void retrieveParsesACompletedVideoWithItsTimestamps() {
		this.server.stubFor(get("/v1/videos/" + VIDEO_ID).willReturn(okJson(COMPLETED)));

		Video video = this.client.videos().retrieve(VIDEO_ID);

		assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
		assertThat(video.isTerminal()).isTrue();
		assertThat(video.progress()).isEqualTo(100);
		assertThat(video.model()).isEqualTo("sora-2");
		assertThat(video.object()).isEqualTo("video");
		assertThat(video.createdAtInstant()).isEqualTo(Instant.ofEpochSecond(1760077537));
		assertThat(video.completedAtInstant()).isEqualTo(Instant.ofEpochSecond(1760077701));
		assertThat(video.expiresAtInstant()).isEqualTo(Instant.ofEpochSecond(1760164101));
		assertThat(video.error()).isNull();
		assertThat(video.extra()).isEmpty();
		this.server.verify(getRequestedFor(urlEqualTo("/v1/videos/" + VIDEO_ID))
			.withHeader("Authorization", equalTo("Bearer " + API_KEY)));
	}

	@Test
	void aFailedVideoCarriesItsErrorAndUnknownValuesAndFieldsAreReadLeniently() {
		this.server.stubFor(get("/v1/videos/" + VIDEO_ID).willReturn(okJson(FAILED)));
		this.server.stubFor(get("/v1/videos/video_next").willReturn(okJson("""
				{"id": "video_next", "object": "video", "model": "sora-3", "status": "rendering", "progress": 12,
				 "created_at": 1760077537, "size": "2160x3840", "seconds": "30", "audio": {"track": "piano"}}
				""")));

		Video failed = this.client.videos().retrieve(VIDEO_ID);
		Video next = this.client.videos().retrieveAsync("video_next").block();

		assertThat(failed.status()).isEqualTo(VideoStatus.FAILED);
		assertThat(failed.isTerminal()).isTrue();
		assertThat(failed.error())
			.isEqualTo(new VideoError("moderation_blocked", "The generated video did not pass moderation."));
		assertThat(failed.extra()).containsExactly(java.util.Map.entry("quality", "standard"));
		assertThat(next.status()).isEqualTo(VideoStatus.UNKNOWN);
		assertThat(next.isTerminal()).isFalse();
		assertThat(next.size()).isEqualTo(VideoSize.UNKNOWN);
		assertThat(next.completedAt()).isNull();
		assertThat(next.prompt()).isNull();
		assertThat(OpenAIJson.mapper().writeValueAsString(next)).contains("\"audio\":{\"track\":\"piano\"}");
	}

	@Test
	void listSendsLimitOrderAndCursorAndThePagerWalksBothPages() {
		this.server.stubFor(get(urlPathEqualTo("/v1/videos")).withQueryParam("after", absent()).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "%s", "last_id": "%s", "has_more": true}
				""".formatted(COMPLETED, VIDEO_ID, VIDEO_ID))));
		this.server.stubFor(get(urlPathEqualTo("/v1/videos")).withQueryParam("after", equalTo(VIDEO_ID))
			.willReturn(okJson("""
					{"object": "list", "data": [%s], "first_id": "video_older", "last_id": "video_older",
					 "has_more": false}
					""".formatted(video("video_older", "in_progress", 64, "")))));
		ListParams params = ListParams.limit(1).withOrder(SortOrder.DESC);

		ListResponse<Video> page = this.client.videos().list(params);
		List<Video> all = this.client.videos().listAutoPaging(params).stream().toList();

		assertThat(page.hasMore()).isTrue();
		assertThat(page.lastId()).isEqualTo(VIDEO_ID);
		assertThat(all).extracting(Video::id).containsExactly(VIDEO_ID, "video_older");
		assertThat(all).extracting(Video::progress).containsExactly(100, 64);
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/videos?limit=1&order=desc")));
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/videos?limit=1&order=desc&after=" + VIDEO_ID)));
	}

	@Test
	void deleteUsesTheVideoPathAndParsesTheConfirmation() {
		this.server.stubFor(delete("/v1/videos/" + VIDEO_ID).willReturn(okJson("""
				{"object": "video.deleted", "deleted": true, "id": "%s"}
				""".formatted(VIDEO_ID))));

		DeletionStatus deleted = this.client.videos().delete(VIDEO_ID);
		DeletionStatus again = this.client.videos().deleteAsync(VIDEO_ID).block();

		assertThat(deleted.deleted()).isTrue();
		assertThat(deleted.object()).isEqualTo("video.deleted");
		assertThat(again.id()).isEqualTo(VIDEO_ID);
		this.server.verify(2, deleteRequestedFor(urlEqualTo("/v1/videos/" + VIDEO_ID)));
	}

	@Test
	void awaitCompletionPollsThroughQueuedAndInProgressWithoutWaiting() {
		stubStatuses(video(VIDEO_ID, "queued", 0, ""), video(VIDEO_ID, "in_progress", 45, ""), COMPLETED);
		VirtualTime time = new VirtualTime();

		Video video = this.client.videos().awaitCompletion(VIDEO_ID, time.poller(Duration.ofSeconds(15), Duration.ofMinutes(20)));

		assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED);
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(15), Duration.ofSeconds(15));
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/videos/" + VIDEO_ID)));
	}

	@Test
	void awaitCompletionAsyncStopsAtFailed() {
		stubStatuses(video(VIDEO_ID, "in_progress", 30, ""), FAILED);
		VirtualTime time = new VirtualTime();

		StepVerifier.create(this.client.videos()
			.awaitCompletionAsync(VIDEO_ID, time.poller(Duration.ofSeconds(10), Duration.ofMinutes(10))))
			.assertNext((video) -> assertThat(video.error().code()).isEqualTo("moderation_blocked"))
			.verifyComplete();
		assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10));
	}

	@Test
	void awaitCompletionFailsWithATimeoutNamingTheVideoItsStatusAndProgress() {
		this.server.stubFor(get("/v1/videos/" + VIDEO_ID).willReturn(okJson(video(VIDEO_ID, "in_progress", 80, ""))));
		VirtualTime time = new VirtualTime();

		assertThatThrownBy(() -> this.client.videos()
			.awaitCompletion(VIDEO_ID, time.poller(Duration.ofMinutes(1), Duration.ofMinutes(2))))
			.isInstanceOf(OpenAITimeoutException.class)
			.hasMessage("Gave up waiting after PT2M: video " + VIDEO_ID + " is still in_progress (80%)");
		this.server.verify(3, getRequestedFor(urlEqualTo("/v1/videos/" + VIDEO_ID)));
	}

	@Test
	void manyConcurrentWaitsOnTheirOwnVideosEachEndWithTheirOwnCompletedVideo() throws Exception {
		int callers = 24;
		List<String> ids = java.util.stream.IntStream.range(0, callers).mapToObj((i) -> "video_concurrent_" + i).toList();
		for (String id : ids) {
			stubStatusesOf(id, video(id, "queued", 0, ""), video(id, "in_progress", 50, ""),
					COMPLETED.replace(VIDEO_ID, id));
		}
		Poller poller = Poller.of(Duration.ofMillis(5), Duration.ofMinutes(5));
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(callers / 2);
		try {
			List<java.util.concurrent.Future<Video>> blocking = ids.subList(0, callers / 2).stream()
				.map((id) -> threads.submit(() -> this.client.videos().awaitCompletion(id, poller)))
				.toList();
			List<Video> async = reactor.core.publisher.Flux.fromIterable(ids.subList(callers / 2, callers))
				.flatMapSequential((id) -> this.client.videos().awaitCompletionAsync(id, poller))
				.collectList()
				.block(Duration.ofMinutes(2));
			List<Video> all = new java.util.ArrayList<>();
			for (java.util.concurrent.Future<Video> future : blocking) {
				all.add(future.get(2, java.util.concurrent.TimeUnit.MINUTES));
			}
			all.addAll(async);

			assertThat(all).extracting(Video::id).containsExactlyElementsOf(ids);
			assertThat(all).allSatisfy((video) -> assertThat(video.status()).isEqualTo(VideoStatus.COMPLETED));
			for (String id : ids) {
				this.server.verify(3, getRequestedFor(urlEqualTo("/v1/videos/" + id)));
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void downloadContentStreamsEachVariantToAPathAStreamBuffersAndAnAsyncPath() throws IOException {
		byte[] mp4 = bytes(400_000, 31);
		byte[] webp = bytes(20_000, 17);
		String path = "/v1/videos/" + VIDEO_ID + "/content?variant=";
		this.server.stubFor(get(urlEqualTo(path + "video")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "video/mp4")
			.withBody(mp4)));
		this.server.stubFor(get(urlEqualTo(path + "thumbnail")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "image/webp")
			.withBody(webp)));
		this.server.stubFor(get(urlEqualTo(path + "spritesheet")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "image/webp")
			.withBody(webp)));
		Path target = Files.write(this.temp.resolve("cat.mp4"), new byte[1_000_000]);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Path sprites = this.temp.resolve("sprites.webp");

		long written = this.client.videos().downloadContent(VIDEO_ID, VideoContentVariant.VIDEO, target);
		long streamed = this.client.videos().downloadContent(VIDEO_ID, VideoContentVariant.THUMBNAIL, out);
		byte[] buffers = join(this.client.videos().contentAsync(VIDEO_ID, VideoContentVariant.VIDEO));
		Long asyncWritten = this.client.videos()
			.downloadContentAsync(VIDEO_ID, VideoContentVariant.SPRITESHEET, sprites)
			.block();

		assertThat(written).isEqualTo(mp4.length);
		assertThat(Files.readAllBytes(target)).isEqualTo(mp4);
		assertThat(streamed).isEqualTo(webp.length);
		assertThat(out.toByteArray()).isEqualTo(webp);
		assertThat(buffers).isEqualTo(mp4);
		assertThat(asyncWritten).isEqualTo(webp.length);
		assertThat(Files.readAllBytes(sprites)).isEqualTo(webp);
		this.server.verify(2, getRequestedFor(urlEqualTo(path + "video")).withHeader("Accept", equalTo("*/*")));
		this.server.verify(1, getRequestedFor(urlEqualTo(path + "thumbnail")));
		this.server.verify(1, getRequestedFor(urlEqualTo(path + "spritesheet")));
	}

	@Test
	void downloadOfAVideoStillInProgressFailsTypedAndCreatesNoFile() {
		this.server.stubFor(get(urlPathEqualTo("/v1/videos/video_pending/content")).willReturn(aResponse()
			.withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withHeader("x-request-id", "req_content404")
			.withBody("""
					{"error": {"message": "Video is not ready yet, use GET /v1/videos/{video_id} to check status.",
					 "type": "invalid_request_error", "param": null, "code": "video_not_ready"}}
					""")));
		Path target = this.temp.resolve("never.mp4");

		assertThatThrownBy(() -> this.client.videos().downloadContent("video_pending", VideoContentVariant.VIDEO, target))
			.isInstanceOfSatisfying(NotFoundException.class, (ex) -> {
				assertThat(ex.statusCode()).isEqualTo(404);
				assertThat(ex.code()).isEqualTo("video_not_ready");
				assertThat(ex.requestId()).isEqualTo("req_content404");
			});
		StepVerifier.create(this.client.videos().contentAsync("video_pending", VideoContentVariant.THUMBNAIL))
			.expectError(NotFoundException.class)
			.verify();
		assertThat(target).doesNotExist();
	}

	@Test
	void aCaptivePortalPageInsteadOfTheVideoJobFailsWithAClearResponseException() {
		this.server.stubFor(get("/v1/videos/" + VIDEO_ID).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<html><body><h1>Guest Wi-Fi</h1><p>Accept the terms to continue</p></body></html>")));

		assertThatThrownBy(() -> this.client.videos().retrieve(VIDEO_ID))
			.isInstanceOf(OpenAIResponseException.class)
			.hasMessage("Expected application/json from 127.0.0.1 but got HTTP 200 OK with Content-Type"
					+ " text/html;charset=utf-8: Guest Wi-Fi Accept the terms to continue");
	}

	@Test
	void aDownloadCancelledAfterItsFirstBufferFreesItsConnection() {
		byte[] mp4 = bytes(256 * 1024, 7);
		this.server.stubFor(get(urlPathEqualTo("/v1/videos/" + VIDEO_ID + "/content")).willReturn(aResponse()
			.withStatus(200)
			.withHeader("Content-Type", "video/mp4")
			.withBody(mp4)
			.withChunkedDribbleDelay(64, 30_000)));

		List<java.nio.ByteBuffer> first = this.client.videos()
			.contentAsync(VIDEO_ID, VideoContentVariant.VIDEO)
			.take(1)
			.collectList()
			.block(Duration.ofSeconds(30));

		assertThat(first).hasSize(1);
		assertThat(first.get(0).remaining()).isPositive().isLessThan(mp4.length);
		await("the cancelled download's connection is released, long before the 30 s body would end")
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.client.connectionPoolStats()).get().satisfies((stats) -> {
				assertThat(stats.active()).as("active connections").isZero();
				assertThat(stats.pending()).as("pending acquisitions").isZero();
			}));
	}

	private void stubStatuses(String... bodies) {
		stubStatusesOf(VIDEO_ID, bodies);
	}

	private void stubStatusesOf(String videoId, String... bodies) {
		String state = Scenario.STARTED;
		for (int i = 0; i < bodies.length; i++) {
			String next = (i + 1 < bodies.length) ? "poll-" + (i + 1) : state;
			this.server.stubFor(get("/v1/videos/" + videoId).inScenario("statuses of " + videoId)
				.whenScenarioStateIs(state)
				.willReturn(okJson(bodies[i]))
				.willSetStateTo(next));
			state = next;
		}
	}

	private static byte[] bytes(int length, int seed) {
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) (i * seed + 3);
		}
		return bytes;
	}

}
