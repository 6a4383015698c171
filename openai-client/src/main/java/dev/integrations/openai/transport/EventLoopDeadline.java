package dev.integrations.openai.transport;

import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.springframework.http.client.reactive.ClientHttpRequest;
import reactor.netty.Connection;

/**
 * The deadline of one attempt on a Reactor Netty connection, as a timeout trigger for
 * {@code Mono.timeout(Publisher)}: when WebClient hands over the request, one task is scheduled on the connection's
 * own event loop, and it is cancelled with the attempt. The event loop is the thread that reads the response, so
 * neither step takes a lock or wakes another thread, unlike a timer on {@code Schedulers.parallel()} (two thread
 * wake-ups per call at low concurrency in the profiles of {@code samples/benchmarks}).
 * <p>
 * The deadline counts from the moment the connection was acquired and the request is about to be written; getting
 * the connection is bounded by the connect timeout and the pool's acquire timeout.
 */
final class EventLoopDeadline implements Publisher<Long>, Subscription, Consumer<ClientHttpRequest> {

	private static final Object CANCELLED = new Object();

	private final long timeoutNanos;

	private final AtomicReference<Object> timer = new AtomicReference<>();

	private volatile Subscriber<? super Long> subscriber;

	EventLoopDeadline(Duration timeout) {
		this.timeoutNanos = timeout.toNanos();
	}

	/**
	 * Called by {@code Mono.timeout} before the attempt starts.
	 */
	@Override
	public void subscribe(Subscriber<? super Long> subscriber) {
		this.subscriber = subscriber;
		subscriber.onSubscribe(this);
	}

	/**
	 * Called by WebClient with the request, on the connection's event loop: starts the clock.
	 */
	@Override
	public void accept(ClientHttpRequest request) {
		Connection connection = request.getNativeRequest();
		Future<?> task = connection.channel().eventLoop().schedule(this::expire, this.timeoutNanos, TimeUnit.NANOSECONDS);
		if (!this.timer.compareAndSet(null, task)) {
			task.cancel(false);
		}
	}

	@Override
	public void request(long n) {
	}

	/**
	 * Called by {@code Mono.timeout} when the attempt ended before the deadline.
	 */
	@Override
	public void cancel() {
		if (this.timer.getAndSet(CANCELLED) instanceof Future<?> task) {
			task.cancel(false);
		}
	}

	private void expire() {
		Subscriber<? super Long> current = this.subscriber;
		if (this.timer.get() != CANCELLED && current != null) {
			current.onNext(0L);
		}
	}

}
