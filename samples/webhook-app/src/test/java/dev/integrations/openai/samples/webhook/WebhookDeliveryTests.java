package dev.integrations.openai.samples.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.integrations.openai.webhooks.BatchCompletedEvent;
import dev.integrations.openai.webhooks.ResponseCompletedEvent;
import dev.integrations.openai.webhooks.ResponseFailedEvent;
import dev.integrations.openai.webhooks.WebhookEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivers signed webhooks over HTTP to the running application, as OpenAI does; run on both web stacks by the
 * subclasses.
 */
abstract class WebhookDeliveryTests {

	/** {@code whsec_} and the base64 of "a 32-byte key for webhook tests!". */
	static final String SECRET = "whsec_YSAzMi1ieXRlIGtleSBmb3Igd2ViaG9vayB0ZXN0cyE=";

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	@LocalServerPort
	int port;

	@Autowired
	BackgroundResponses backgroundResponses;

	@Autowired
	RecordingListener recordingListener;

	@Test
	void aSignedDeliveryReachesTheTypedListenerBeforeTheAnswer() throws Exception {
		String responseId = "resp_" + UUID.randomUUID();
		HttpResponse<String> answer = deliver(webhookId(), event("response.completed", responseId), true);
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(this.backgroundResponses.completed()).containsOnlyOnce(responseId);
	}

	@Test
	void aBadSignatureIsAnswered400AndNoListenerRuns() throws Exception {
		String responseId = "resp_" + UUID.randomUUID();
		HttpResponse<String> answer = deliver(webhookId(), event("response.completed", responseId), false);
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(this.backgroundResponses.completed()).doesNotContain(responseId);
		assertThat(this.recordingListener.dataIds()).doesNotContain(responseId);
	}

	@Test
	void aListenerExceptionIsAnswered500AndTheRedeliveryRunsTheListenerAgain() throws Exception {
		String webhookId = webhookId();
		String responseId = "resp_" + UUID.randomUUID();
		String body = event("response.failed", responseId);
		assertThat(deliver(webhookId, body, true).statusCode()).isEqualTo(500);
		assertThat(deliver(webhookId, body, true).statusCode()).isEqualTo(500);
		assertThat(this.recordingListener.dataIds()).filteredOn(responseId::equals).hasSize(2);
	}

	@Test
	void aRedeliveredWebhookIdIsAcknowledgedButDeliveredOnce() throws Exception {
		String webhookId = webhookId();
		String responseId = "resp_" + UUID.randomUUID();
		String body = event("response.completed", responseId);
		assertThat(deliver(webhookId, body, true).statusCode()).isEqualTo(200);
		assertThat(deliver(webhookId, body, true).statusCode()).isEqualTo(200);
		assertThat(this.backgroundResponses.completed()).containsOnlyOnce(responseId);
		assertThat(this.recordingListener.dataIds()).containsOnlyOnce(responseId);
	}

	@Test
	void aRedeliveryWhileTheFirstAttemptRunsIsAnswered409AndDeliveredOnlyByTheFirst() throws Exception {
		String webhookId = webhookId();
		String batchId = "batch_slow_" + UUID.randomUUID();
		String body = event("batch.completed", batchId);
		CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
			try {
				return deliver(webhookId, body, true);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(this.recordingListener.slowEntered.await(60, TimeUnit.SECONDS)).isTrue();
		assertThat(deliver(webhookId, body, true).statusCode()).isEqualTo(409);
		this.recordingListener.slowRelease.countDown();
		assertThat(first.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
		assertThat(deliver(webhookId, body, true).statusCode()).isEqualTo(200);
		assertThat(this.recordingListener.dataIds()).containsOnlyOnce(batchId);
	}

	@Test
	void anEventTypeAddedLaterReachesListenersOfTheUnion() throws Exception {
		String videoId = "video_" + UUID.randomUUID();
		assertThat(deliver(webhookId(), event("video.completed", videoId), true).statusCode()).isEqualTo(200);
		assertThat(this.recordingListener.unknownTypes()).contains("video.completed");
		assertThat(this.recordingListener.dataIds()).contains(videoId);
	}

	HttpResponse<String> deliver(String webhookId, String body, boolean validSignature) throws Exception {
		String timestamp = String.valueOf(Instant.now().getEpochSecond());
		String signed = validSignature ? body : body.replace("resp_", "resp_forged_");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/openai/webhook"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("webhook-id", webhookId)
			.header("webhook-timestamp", timestamp)
			.header("webhook-signature", "v1," + sign(webhookId + "." + timestamp + "." + signed))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String sign(String content) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
	}

	static String event(String type, String dataId) {
		return """
				{"id":"evt_%s","type":"%s","created_at":%d,"data":{"id":"%s"},"object":"event"}"""
			.formatted(UUID.randomUUID().toString().replace("-", ""), type, Instant.now().getEpochSecond(), dataId);
	}

	static String webhookId() {
		return "wh_" + UUID.randomUUID().toString().replace("-", "");
	}

	/**
	 * Records every event through the union type, and refuses failed responses to show a listener failure.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class RecordingListener {

		private final List<String> dataIds = new CopyOnWriteArrayList<>();

		private final List<String> unknownTypes = new CopyOnWriteArrayList<>();

		private final List<String> threads = new CopyOnWriteArrayList<>();

		final CountDownLatch slowEntered = new CountDownLatch(1);

		final CountDownLatch slowRelease = new CountDownLatch(1);

		@EventListener
		void on(WebhookEvent event) {
			this.threads.add(Thread.currentThread().getName());
			if (event instanceof WebhookEvent.Unknown unknown) {
				this.unknownTypes.add(unknown.type());
				if (unknown.fields().get("data") instanceof Map<?, ?> data) {
					this.dataIds.add((String) data.get("id"));
				}
			}
			else if (event instanceof ResponseFailedEvent failed) {
				this.dataIds.add(failed.data().id());
				throw new IllegalStateException("Cannot handle failed responses yet");
			}
			else if (event instanceof ResponseCompletedEvent completed) {
				this.dataIds.add(completed.data().id());
			}
			else if (event instanceof BatchCompletedEvent batch) {
				this.dataIds.add(batch.data().id());
				if (batch.data().id().startsWith("batch_slow_")) {
					this.slowEntered.countDown();
					await(this.slowRelease);
				}
			}
		}

		private static void await(CountDownLatch latch) {
			try {
				if (!latch.await(60, TimeUnit.SECONDS)) {
					throw new IllegalStateException("The test never released the slow listener");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		List<String> dataIds() {
			return List.copyOf(this.dataIds);
		}

		List<String> unknownTypes() {
			return List.copyOf(this.unknownTypes);
		}

		List<String> threads() {
			return List.copyOf(this.threads);
		}

	}

}
