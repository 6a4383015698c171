package dev.integrations.openai.bench.jmh;

import dev.integrations.openai.transport.OpenAIJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs each benchmark method once, so that the build notices when a benchmark stops doing what it claims.
 */
class BenchmarkSmokeTest {

	@Test
	void jsonBenchmarksWriteTheRequestAndReadTheCompletion() {
		JsonBenchmark json = new JsonBenchmark();
		JsonMapper mapper = OpenAIJson.mapper();
		assertThat(mapper.readTree(json.serializeRequest())).isEqualTo(mapper.readTree(Payloads.FLOOR_BODY));
		assertThat(json.parseCompletion().content()).startsWith("The image shows a wooden boardwalk");
	}

	@Test
	void streamBenchmarksAccumulateTheWholeReply() {
		StreamBenchmark stream = new StreamBenchmark();
		stream.setUp();
		try {
			String expected = stream.parseAndAccumulate().content();
			assertThat(expected).startsWith(" quick answer is");
			assertThat(stream.sseReadParseAndAccumulate().content()).isEqualTo(expected);
			assertThat(stream.clientStreamAndAccumulate().content()).isEqualTo(expected);
			assertThat(stream.floorStreamCount()).isEqualTo(Payloads.CHUNKS);
		}
		finally {
			stream.tearDown();
		}
	}

	@Test
	void callBenchmarksGetTheCannedCompletion() {
		CallBenchmark call = new CallBenchmark();
		call.setUp();
		try {
			assertThat(call.thisClientBlocking().id()).isEqualTo("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
			assertThat(call.thisClientReactive().id()).isEqualTo("chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG");
			assertThat(call.floor()).isEqualTo(Payloads.COMPLETION.length);
		}
		finally {
			call.tearDown();
		}
	}

	@Test
	void rateLimiterBenchmarksAdmitEveryCallAndEstimateWithJtokkit() {
		RateLimiterBenchmark rateLimiter = new RateLimiterBenchmark();
		rateLimiter.setUp();
		assertThat(rateLimiter.off()).isEqualTo("response");
		for (int i = 0; i < 1000; i++) {
			assertThat(rateLimiter.localStore()).isEqualTo("response");
		}
		assertThat(rateLimiter.estimateChatRequest()).isPositive();
	}

}
