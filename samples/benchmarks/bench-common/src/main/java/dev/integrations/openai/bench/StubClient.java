package dev.integrations.openai.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Reads the stub server's own CPU time, so that the report shows the stub was not the bottleneck.
 */
public final class StubClient {

	private final String baseUrl;

	/**
	 * Creates a reader of the stub at a base URL such as {@code http://127.0.0.1:8089}.
	 * @param baseUrl the stub's root URL
	 */
	public StubClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** @return the stub JVM's CPU time so far, in nanoseconds */
	public long cpuNanos() {
		try {
			HttpURLConnection connection = (HttpURLConnection) URI.create(this.baseUrl + "/stats/cpu").toURL()
				.openConnection();
			try (InputStream in = connection.getInputStream()) {
				return Long.parseLong(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the stub's CPU time at " + this.baseUrl, ex);
		}
	}

}
