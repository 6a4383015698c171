package dev.integrations.openai.ratelimit;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Estimates the tokens of a request before it is sent: the text it carries (chat {@code messages}, responses
 * {@code input} and {@code instructions}, embeddings {@code input}, tool-call arguments and outputs) counted with
 * jtokkit's {@code o200k_base} encoding when jtokkit is on the class path, else as one token per 4 characters
 * (OpenAI's rule of thumb for English); jtokkit's vocabulary takes seconds to read, so it is read on a thread of its
 * own after the first estimate asks for it, and the length rule counts until it is ready (no call ever waits for
 * it, nor blocks the thread it runs on); plus the output the request allows ({@code max_output_tokens},
 * {@code max_completion_tokens}, {@code max_tokens}) or, for an operation that generates text, a configured default,
 * once for each output asked for ({@code n}, {@code best_of}, each prompt of a legacy completion).
 * Images, audio and files are not counted.
 */
final class TokenEstimator {

	/** Fields whose string values (or arrays of strings) are text the model reads. */
	private static final Set<String> TEXT_FIELDS = Set.of("content", "text", "input", "instructions", "prompt",
			"arguments", "output", "refusal");

	/** Fields that set the output budget, in the order they win. */
	private static final String[] OUTPUT_LIMITS = { "max_output_tokens", "max_completion_tokens", "max_tokens" };

	/** Operations that generate text, and so use the default output estimate when they set no maximum. */
	private static final Set<String> GENERATING = Set.of("chat.completions.create", "responses.create",
			"completions.create");

	private static final String JTOKKIT = "com.knuddels.jtokkit.Encodings";

	/** The length rule, or jtokkit's count once loaded. */
	private final Supplier<ToIntFunction<String>> counter;

	private final int defaultOutputTokens;

	private final JsonMapper mapper = OpenAIJson.mapper();

	private TokenEstimator(Supplier<ToIntFunction<String>> counter, int defaultOutputTokens) {
		this.counter = counter;
		this.defaultOutputTokens = defaultOutputTokens;
	}

	/**
	 * The estimator of this class path: jtokkit's counts when present, else the length rule.
	 * @param defaultOutputTokens the output counted for a generating call that sets no maximum
	 */
	static TokenEstimator of(int defaultOutputTokens) {
		return new TokenEstimator(jtokkitPresent() ? Jtokkit::counter : () -> LENGTH_RULE, defaultOutputTokens);
	}

	/**
	 * Estimates one request.
	 * @param operation the operation name
	 * @param body the request body, or {@code null}
	 * @return input plus output tokens, at least 0
	 */
	long estimate(String operation, @Nullable Object body) {
		if (!(body instanceof Record) && !(body instanceof Map<?, ?>)) {
			return GENERATING.contains(operation) ? this.defaultOutputTokens : 0;
		}
		JsonNode tree = this.mapper.valueToTree(body);
		long input = text(tree, false, this.counter.get());
		for (String limit : OUTPUT_LIMITS) {
			JsonNode value = tree.get(limit);
			if (value != null && value.isIntegralNumber()) {
				return input + Math.max(0, value.asLong()) * outputs(tree);
			}
		}
		return input + (GENERATING.contains(operation) ? this.defaultOutputTokens * outputs(tree) : 0);
	}

	/**
	 * How many outputs the request asks for, each up to the output limit: {@code n} choices (or {@code best_of}
	 * candidates the server generates for a legacy completion, the larger of the two) for each prompt of a legacy
	 * completion given several.
	 */
	private static long outputs(JsonNode tree) {
		long choices = Math.max(1, Math.max(positive(tree.get("n")), positive(tree.get("best_of"))));
		JsonNode prompt = tree.get("prompt");
		boolean severalPrompts = prompt != null && prompt.isArray() && !prompt.isEmpty()
				&& (prompt.get(0).isString() || prompt.get(0).isArray());
		return choices * (severalPrompts ? prompt.size() : 1);
	}

	private static long positive(@Nullable JsonNode value) {
		return (value != null && value.isIntegralNumber()) ? Math.max(0, value.asLong()) : 0;
	}

	/** Counts the text under a node; {@code isText} when the node is the value of a text field. */
	private static long text(JsonNode node, boolean isText, ToIntFunction<String> counter) {
		if (node.isString()) {
			return isText ? counter.applyAsInt(node.asString()) : 0;
		}
		long total = 0;
		if (node.isArray()) {
			for (JsonNode element : node) {
				// an embeddings input given as token IDs counts one token per number
				total += (isText && element.isIntegralNumber()) ? 1 : text(element, isText, counter);
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				total += text(field.getValue(), TEXT_FIELDS.contains(field.getKey()), counter);
			}
		}
		return total;
	}

	/** One token per 4 characters, rounded up. */
	private static final ToIntFunction<String> LENGTH_RULE = (text) -> (text.length() + 3) / 4;

	private static boolean jtokkitPresent() {
		try {
			Class.forName(JTOKKIT, false, TokenEstimator.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * Whether jtokkit's encoding is ready (for tests that assert exact counts); starts reading it if nothing did.
	 * @return {@code true} once loaded; {@code false} while loading or when jtokkit is absent
	 */
	static boolean encodingLoaded() {
		return jtokkitPresent() && Jtokkit.LOADED.isDone() && !Jtokkit.LOADED.isCompletedExceptionally();
	}

	/** jtokkit's {@code o200k_base}, read once per class loader on a daemon thread when first asked for. */
	private static final class Jtokkit {

		static final CompletableFuture<ToIntFunction<String>> LOADED = CompletableFuture.supplyAsync(
				() -> com.knuddels.jtokkit.Encodings.newLazyEncodingRegistry()
					.getEncoding(com.knuddels.jtokkit.api.EncodingType.O200K_BASE)::countTokensOrdinary,
				(task) -> {
					Thread loader = new Thread(task, "openai-tokenizer-loader");
					loader.setDaemon(true);
					loader.start();
				});

		static ToIntFunction<String> counter() {
			return (LOADED.isDone() && !LOADED.isCompletedExceptionally()) ? LOADED.join() : LENGTH_RULE;
		}

	}

}
