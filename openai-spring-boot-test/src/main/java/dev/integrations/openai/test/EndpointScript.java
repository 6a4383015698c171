package dev.integrations.openai.test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The script of one endpoint of the {@link MockOpenAI}, and what it received. Replies are given in the order they
 * were scripted, one per request; <strong>the last one repeats</strong> for every later request, so a test that
 * scripts one reply may call as often as it likes. An endpoint with no reply scripted answers {@code 501} with an
 * OpenAI error naming the request (and {@link MockOpenAI#verify()} reports it).
 *
 * @param <S> the script's own type, for chaining
 * @param <R> the client's request type of the endpoint, which {@link #requests()} parses bodies into
 */
public abstract class EndpointScript<S extends EndpointScript<S, R>, R> {

	/** Renders a scripted answer for one request body. */
	@FunctionalInterface
	interface Answer {

		MockReply render(JsonNode request);

	}

	private final String method;

	private final String path;

	private final Class<R> requestType;

	private final Deque<Answer> answers = new ArrayDeque<>();

	private final List<RecordedRequest> recorded = new ArrayList<>();

	EndpointScript(String method, String path, Class<R> requestType) {
		this.method = method;
		this.path = path;
		this.requestType = requestType;
	}

	/**
	 * Answers the next request with an OpenAI error of a status ({@code 400}, {@code 401}, {@code 403},
	 * {@code 404}, {@code 429}, {@code 5xx}), worded like OpenAI's.
	 * @param status the HTTP status
	 * @return this script
	 */
	public S failWith(int status) {
		return then((request) -> MockReply.error(status, null));
	}

	/**
	 * Answers the next request with an OpenAI error that asks the client to wait: headers {@code retry-after-ms}
	 * and {@code retry-after} (whole seconds, rounded up). With {@code 429}, the client's retry waits that long
	 * (or fails at once when it is longer than its maximum back-off).
	 * @param status the HTTP status, usually {@code 429} or {@code 503}
	 * @param retryAfter the delay the server asks for
	 * @return this script
	 */
	public S failWith(int status, Duration retryAfter) {
		Objects.requireNonNull(retryAfter, "retryAfter");
		return then((request) -> MockReply.error(status, retryAfter));
	}

	/** @return the parsed bodies of every request this endpoint received, oldest first */
	public synchronized List<R> requests() {
		return this.recorded.stream().map((request) -> request.bodyAs(this.requestType)).toList();
	}

	/**
	 * The parsed body of the latest request, in the client's own request type.
	 * @return the request
	 * @throws AssertionError when the endpoint received none
	 */
	public R lastRequest() {
		return lastRecordedRequest().bodyAs(this.requestType);
	}

	/**
	 * The latest request as it came over the wire (headers, raw body).
	 * @return the request
	 * @throws AssertionError when the endpoint received none
	 */
	public synchronized RecordedRequest lastRecordedRequest() {
		if (this.recorded.isEmpty()) {
			throw new AssertionError("MockOpenAI received no request on " + this.method + " " + this.path);
		}
		return this.recorded.get(this.recorded.size() - 1);
	}

	/** @return every request this endpoint received as it came over the wire, oldest first */
	public synchronized List<RecordedRequest> recordedRequests() {
		return List.copyOf(this.recorded);
	}

	/** @return how many requests this endpoint received */
	public synchronized int requestCount() {
		return this.recorded.size();
	}

	/** Forgets the script and the received requests. */
	public synchronized void reset() {
		this.answers.clear();
		this.recorded.clear();
	}

	/** Queues an answer. */
	@SuppressWarnings("unchecked")
	final synchronized S then(Answer answer) {
		this.answers.add(answer);
		return (S) this;
	}

	final String method() {
		return this.method;
	}

	final String path() {
		return this.path;
	}

	/**
	 * Records a request and renders its answer: the oldest queued answer, or the last one again.
	 * @return the reply, or {@code null} when nothing is scripted
	 */
	final synchronized @Nullable MockReply answer(RecordedRequest request) {
		this.recorded.add(request);
		Answer answer = (this.answers.size() > 1) ? this.answers.poll() : this.answers.peek();
		return (answer != null) ? answer.render(request.json()) : null;
	}

}
