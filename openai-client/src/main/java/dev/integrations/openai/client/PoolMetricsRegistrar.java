package dev.integrations.openai.client;

import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.netty.resources.ConnectionPoolMetrics;
import reactor.netty.resources.ConnectionProvider;

/**
 * Receives the metrics of each per-address pool Reactor Netty creates inside the client's
 * {@link ConnectionProvider}, and sums them into a {@link ConnectionPoolStats}. No Micrometer needed. The pools'
 * gauges are read one after the other, not atomically: a snapshot taken while calls start and end is approximate.
 */
final class PoolMetricsRegistrar implements ConnectionProvider.MeterRegistrar {

	private final Map<String, ConnectionPoolMetrics> pools = new ConcurrentHashMap<>();

	@Override
	public void registerMetrics(String poolName, String id, SocketAddress remoteAddress,
			ConnectionPoolMetrics metrics) {
		this.pools.put(key(id, remoteAddress), metrics);
	}

	@Override
	public void deRegisterMetrics(String poolName, String id, SocketAddress remoteAddress) {
		this.pools.remove(key(id, remoteAddress));
	}

	ConnectionPoolStats snapshot(int maxConnections) {
		int active = 0;
		int idle = 0;
		int pending = 0;
		int total = 0;
		for (ConnectionPoolMetrics pool : this.pools.values()) {
			active += pool.acquiredSize();
			idle += pool.idleSize();
			pending += pool.pendingAcquireSize();
			total += pool.allocatedSize();
		}
		return new ConnectionPoolStats(Math.max(active, 0), Math.max(idle, 0), Math.max(pending, 0),
				Math.max(total, 0), maxConnections);
	}

	private static String key(String id, SocketAddress remoteAddress) {
		return id + '@' + remoteAddress;
	}

}
