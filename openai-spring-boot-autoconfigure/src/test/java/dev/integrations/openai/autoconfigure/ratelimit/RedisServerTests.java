package dev.integrations.openai.autoconfigure.ratelimit;

import java.time.Duration;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The test fixture itself: a real Redis that answers, goes away and comes back on the same port. */
@Tag("redis")
class RedisServerTests {

	@RegisterExtension
	static final RedisServer redis = new RedisServer();

	@Test
	void serverAnswersOnLoopbackThenRefusesWhenStoppedAndAnswersAgainOnTheSamePortWithNoData() throws Exception {
		RedisURI uri = RedisURI.create(redis.uri());
		uri.setTimeout(Duration.ofSeconds(10));
		RedisClient client = RedisClient.create(uri);
		try {
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				assertThat(connection.sync().ping()).isEqualTo("PONG");
				connection.sync().set("budget", "42");
				assertThat(connection.sync().get("budget")).isEqualTo("42");
			}
			redis.stop();
			assertThatExceptionOfType(RedisConnectionException.class).isThrownBy(client::connect);
			redis.start();
			try (StatefulRedisConnection<String, String> connection = client.connect()) {
				assertThat(connection.sync().get("budget")).isNull();
			}
		}
		finally {
			client.shutdown();
		}
	}

}
