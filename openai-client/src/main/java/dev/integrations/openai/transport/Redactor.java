package dev.integrations.openai.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.errors.ApiError;
import dev.integrations.openai.internal.FailureChains;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Removes the credentials this client sent from text the server sent back, before that text reaches an exception
 * message, {@code toString()}, a log line, a metric tag or a health detail: a server or proxy that echoes the
 * {@code Authorization} header (in an error message, {@code param}, {@code code}, the {@code x-request-id} header,
 * an HTML page or a stream error event) must not put the key into the application's logs.
 * <p>
 * The secrets are learnt where the credentials are added ({@link AuthenticatingConnector}), so every key an
 * {@code AuthProvider} returns counts, including rotating ones: the most recent {@value #MAX_SECRETS} distinct
 * values are kept, plus the configured proxy password. Each occurrence, in any letter case, becomes {@value #MASK}
 * (so {@code Bearer <key>} reads {@code Bearer ***}). Thread-safe; learning a key already known costs a few
 * reference comparisons and allocates nothing.
 */
final class Redactor {

	/** What each secret is replaced with. */
	static final String MASK = "***";

	/** How many distinct credentials are remembered, for providers that rotate keys. */
	static final int MAX_SECRETS = 64;

	/** Headers besides {@code Authorization} that carry a key with some OpenAI-compatible servers. */
	private static final List<String> KEY_HEADERS = List.of("api-key", "x-api-key");

	private volatile List<String> secrets = List.of();

	/**
	 * Remembers a secret.
	 * @param secret the secret, ignored when {@code null} or blank
	 */
	void remember(@Nullable String secret) {
		if (secret == null || secret.isBlank() || contains(this.secrets, secret)) {
			return;
		}
		synchronized (this) {
			if (contains(this.secrets, secret)) {
				return;
			}
			List<String> next = new ArrayList<>(this.secrets.size() + 1);
			next.add(secret);
			next.addAll(this.secrets.subList(0, Math.min(this.secrets.size(), MAX_SECRETS - 1)));
			this.secrets = List.copyOf(next);
		}
	}

	/**
	 * Remembers the credentials an auth provider wrote: the {@code Authorization} credential (after its scheme, as
	 * in {@code Bearer <key>}) and the {@code api-key} and {@code x-api-key} headers some compatible servers use.
	 * @param headers the request headers after the auth provider wrote them
	 */
	void rememberCredentials(HttpHeaders headers) {
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		if (authorization != null) {
			int space = authorization.indexOf(' ');
			remember((space > 0) ? authorization.substring(space + 1).trim() : authorization);
		}
		for (String header : KEY_HEADERS) {
			remember(headers.getFirst(header));
		}
	}

	/**
	 * Replaces every known secret in a text.
	 * @param text the text from the server
	 * @return the text without secrets ({@code null} stays {@code null})
	 */
	@Nullable String redact(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String redacted = text;
		for (String secret : this.secrets) {
			redacted = replaceIgnoringCase(redacted, secret);
		}
		return redacted;
	}

	/**
	 * Redacts every text field of an error object.
	 * @param error the error as the server sent it
	 * @return the error without secrets
	 */
	ApiError redact(ApiError error) {
		String message = redact(error.message());
		return new ApiError((message != null) ? message : "", redact(error.type()), redact(error.code()),
				redact(error.param()));
	}

	/**
	 * Redacts the values of response headers (such as an {@code x-request-id} that echoes the key).
	 * @param headers the headers as the server sent them
	 * @return the same headers when they hold no secret, otherwise a redacted copy
	 */
	HttpHeaders redact(HttpHeaders headers) {
		if (!containsSecret(headers)) {
			return headers;
		}
		HttpHeaders copy = new HttpHeaders();
		for (Map.Entry<String, List<String>> header : headers.headerSet()) {
			for (String value : header.getValue()) {
				copy.add(header.getKey(), redact(value));
			}
		}
		return copy;
	}

	/**
	 * Returns a failure whose messages, down its cause chain, hold no secret: the failure itself when none does,
	 * otherwise a copy of the chain ({@link FailureChains#rewrite}) with the same types (by name), redacted messages
	 * and the same stack traces.
	 * @param failure the failure, often from a parser that quotes what it read
	 * @return a failure safe to log
	 */
	Throwable scrub(Throwable failure) {
		return FailureChains.rewrite(failure, this::redact);
	}

	private boolean containsSecret(HttpHeaders headers) {
		for (Map.Entry<String, List<String>> header : headers.headerSet()) {
			for (String value : header.getValue()) {
				if (containsSecret(value)) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean containsSecret(@Nullable String text) {
		if (text == null) {
			return false;
		}
		for (String secret : this.secrets) {
			if (indexOfIgnoringCase(text, secret, 0) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static boolean contains(List<String> secrets, String secret) {
		for (String known : secrets) {
			if (known == secret || known.equals(secret)) {
				return true;
			}
		}
		return false;
	}

	private static String replaceIgnoringCase(String text, String secret) {
		int found = indexOfIgnoringCase(text, secret, 0);
		if (found < 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		int from = 0;
		while (found >= 0) {
			result.append(text, from, found).append(MASK);
			from = found + secret.length();
			found = indexOfIgnoringCase(text, secret, from);
		}
		return result.append(text, from, text.length()).toString();
	}

	private static int indexOfIgnoringCase(String text, String secret, int from) {
		for (int i = from; i <= text.length() - secret.length(); i++) {
			if (text.regionMatches(true, i, secret, 0, secret.length())) {
				return i;
			}
		}
		return -1;
	}

}
