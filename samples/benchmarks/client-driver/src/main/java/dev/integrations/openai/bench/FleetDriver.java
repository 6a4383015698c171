package dev.integrations.openai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import dev.integrations.openai.autoconfigure.ratelimit.BucketProxyManagers;
import dev.integrations.openai.autoconfigure.ratelimit.RedisRateLimitOptions;
import dev.integrations.openai.autoconfigure.ratelimit.RedisRateLimitStore;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.client.OpenAIClientBuilder;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.errors.OpenAIException;
import dev.integrations.openai.ratelimit.RateLimitSettings;
import io.lettuce.core.RedisClient;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * One application instance of the fleet benchmark: from an agreed start time it offers chat completions at a fixed
 * rate (open loop: a call starts every {@code 1/rate} seconds whatever the earlier ones do) for a warm-up and a
 * measured window, with one of three setups: {@code none} (no limiter: the client's retries of 429s only),
 * {@code local} (this client's {@code LocalRateLimitStore}) or {@code redis} (the starter's
 * {@link RedisRateLimitStore}, one budget for the fleet). It then writes the latency in ms of every call started in
 * the measured window that succeeded, one per line, and a summary line
 * {@code summary started=.. succeeded=.. failed=.. failedAttempts=.. failures=<type>:<count>,.. finished=..}.
 * <p>
 * Arguments: {@code --stub URL --key API_KEY --mode none|local|redis [--redis URI] --rate CALLS_PER_S --start EPOCH_MS
 * --warmup S --duration S --out FILE}.
 */
public final class FleetDriver {

	private FleetDriver() {
	}

	/**
	 * Runs one instance.
	 * @param args see the class description
	 * @throws Exception when the run cannot be made
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].substring(2), args[i + 1]);
		}
		String mode = options.get("mode");
		double rate = Double.parseDouble(options.get("rate"));
		long start = Long.parseLong(options.get("start"));
		long measureFrom = start + 1000 * Long.parseLong(options.get("warmup"));
		long measureTo = measureFrom + 1000 * Long.parseLong(options.get("duration"));
		RedisClient redis = "redis".equals(mode) ? RedisClient.create(options.get("redis")) : null;
		OpenAIClientBuilder builder = OpenAIClient.builder()
			.config(OpenAIConfig.builder()
				.baseUrl(options.get("stub") + "/v1")
				.apiKey(options.get("key"))
				.rateLimit("none".equals(mode) ? RateLimitSettings.OFF : RateLimitSettings.DEFAULTS)
				.build());
		if (redis != null) {
			builder.rateLimitStore(new RedisRateLimitStore(
					() -> BucketProxyManagers.over(redis.connect(ByteArrayCodec.INSTANCE)), RedisRateLimitOptions.DEFAULTS));
		}
		OpenAIClient client = builder.build();

		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
		AtomicLong started = new AtomicLong();
		AtomicLong attempts = new AtomicLong();
		long total = (long) Math.ceil((measureTo - start) / 1000.0 * rate);
		CountDownLatch done = new CountDownLatch((int) total);
		long periodNanos = (long) (1e9 / rate);
		Thread.sleep(Math.max(0, start - System.currentTimeMillis()));
		long t0 = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long due = t0 + i * periodNanos;
			long sleep = due - System.nanoTime();
			if (sleep > 0) {
				TimeUnit.NANOSECONDS.sleep(sleep);
			}
			long issuedAt = System.currentTimeMillis();
			boolean measured = issuedAt >= measureFrom && issuedAt < measureTo;
			long begin = System.nanoTime();
			if (measured) {
				started.incrementAndGet();
			}
			client.chatCompletions().createAsync(ThisClientTarget.REQUEST).subscribe((completion) -> {
				if (measured) {
					latencies.add((System.nanoTime() - begin) / 1_000_000);
				}
			}, (error) -> {
				if (measured) {
					String type = error.getClass().getSimpleName();
					failures.computeIfAbsent(type, (ignored) -> new AtomicLong()).incrementAndGet();
					if (error instanceof OpenAIException openai) {
						attempts.addAndGet(openai.attempts());
					}
				}
				done.countDown();
			}, done::countDown);
		}
		boolean finished = done.await(2, TimeUnit.MINUTES);
		String failed = failures.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ":" + entry.getValue())
			.collect(Collectors.joining(","));
		StringBuilder out = new StringBuilder();
		latencies.forEach((latency) -> out.append(latency).append('\n'));
		out.append("summary started=")
			.append(started.get())
			.append(" succeeded=")
			.append(latencies.size())
			.append(" failed=")
			.append(failures.values().stream().mapToLong(AtomicLong::get).sum())
			.append(" failedAttempts=")
			.append(attempts.get())
			.append(" failures=")
			.append(failed.isEmpty() ? "-" : failed)
			.append(" finished=")
			.append(finished)
			.append('\n');
		Files.writeString(Path.of(options.get("out")), out);
		client.close();
		if (redis != null) {
			redis.shutdown(Duration.ZERO, Duration.ofSeconds(2));
		}
		System.exit(0);
	}

}
