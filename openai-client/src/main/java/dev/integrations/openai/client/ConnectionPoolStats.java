package dev.integrations.openai.client;

/**
 * A snapshot of the connection pool a client created for itself, summed over every remote address it talks to
 * (the API host, or the proxy). Read it for metrics and health checks, or to check that no connection stays
 * checked out once calls have ended.
 *
 * @param active connections checked out by a call in flight or an open stream
 * @param idle connections open and waiting in the pool for the next call
 * @param pending calls waiting for a connection because the pool is at {@code maxConnections}
 * @param total connections open, active or idle
 * @param maxConnections the most connections the pool opens per remote address
 */
public record ConnectionPoolStats(int active, int idle, int pending, int total, int maxConnections) {

	/**
	 * Validates the figures.
	 */
	public ConnectionPoolStats {
		if (active < 0 || idle < 0 || pending < 0 || total < 0 || maxConnections < 0) {
			throw new IllegalArgumentException("Connection pool figures must not be negative");
		}
	}

}
