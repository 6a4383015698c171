package dev.integrations.openai.autoconfigure.ratelimit;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Bucket4j proxy managers over Lettuce, for {@link RedisRateLimitStore}: over a connection of one's own, or over the
 * native connection of Spring Boot's {@link LettuceConnectionFactory} (standalone, Sentinel or cluster). A bucket's
 * Redis key expires once the bucket would have refilled, plus a minute.
 */
public final class BucketProxyManagers {

	private static final ExpirationAfterWriteStrategy EXPIRATION = ExpirationAfterWriteStrategy
		.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1));

	private BucketProxyManagers() {
	}

	/**
	 * A proxy manager over a connection the caller owns (and closes).
	 * @param connection a Lettuce connection with byte-array keys and values
	 * @return the proxy manager
	 */
	public static AsyncProxyManager<byte[]> over(StatefulRedisConnection<byte[], byte[]> connection) {
		return build(Bucket4jLettuce.casBasedBuilder(connection));
	}

	/**
	 * Connects on first use through Boot's connection factory and uses its native Lettuce connection (shared with
	 * the application's other Redis users when the factory shares its native connection, as it does by default).
	 * Connecting blocks; {@link RedisRateLimitStore} calls it on a thread that may block.
	 * @param factory the connection factory of Spring Boot's Redis auto-configuration
	 * @return the connector
	 */
	@SuppressWarnings("unchecked")
	public static Supplier<AsyncProxyManager<byte[]>> over(LettuceConnectionFactory factory) {
		return () -> {
			Object commands = factory.getConnection().getNativeConnection();
			if (commands instanceof RedisAdvancedClusterAsyncCommands<?, ?> cluster) {
				return build(Bucket4jLettuce.casBasedBuilder((RedisAdvancedClusterAsyncCommands<byte[], byte[]>) cluster));
			}
			return build(Bucket4jLettuce.casBasedBuilder((RedisAsyncCommands<byte[], byte[]>) commands));
		};
	}

	private static AsyncProxyManager<byte[]> build(Bucket4jLettuce.LettuceBasedProxyManagerBuilder<byte[]> builder) {
		return builder.expirationAfterWrite(EXPIRATION).build().asAsync();
	}

}
