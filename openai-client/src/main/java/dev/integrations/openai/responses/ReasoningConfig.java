package dev.integrations.openai.responses;

import org.jspecify.annotations.Nullable;

/**
 * Configuration of reasoning models ({@code reasoning}). The effort values grow with new models, so they are
 * strings; {@link Effort} lists the known ones.
 *
 * @param effort how hard the model reasons: {@code none}, {@code minimal}, {@code low}, {@code medium},
 * {@code high}, {@code xhigh} or {@code max}; not every model supports every value
 * @param summary the reasoning summary: {@code auto}, {@code concise} or {@code detailed}
 * @param mode the reasoning mode, such as {@code standard} or {@code pro}
 * @param context which reasoning the model keeps in context: {@code auto}, {@code current_turn} or
 * {@code all_turns}
 * @param generateSummary deprecated predecessor of {@code summary}
 */
public record ReasoningConfig(@Nullable String effort, @Nullable String summary, @Nullable String mode,
		@Nullable String context, @Deprecated @Nullable String generateSummary) {

	/**
	 * Reasoning with an effort.
	 * @param effort the effort, such as {@link Effort#LOW}
	 * @return the configuration
	 */
	public static ReasoningConfig effort(String effort) {
		return new ReasoningConfig(effort, null, null, null, null);
	}

	/**
	 * Reasoning with an effort and a summary.
	 * @param effort the effort, such as {@link Effort#LOW}
	 * @param summary {@code auto}, {@code concise} or {@code detailed}
	 * @return the configuration
	 */
	public static ReasoningConfig of(String effort, String summary) {
		return new ReasoningConfig(effort, summary, null, null, null);
	}

	/**
	 * The known reasoning efforts.
	 */
	public static final class Effort {

		/** No reasoning. */
		public static final String NONE = "none";

		/** Minimal reasoning. */
		public static final String MINIMAL = "minimal";

		/** Low effort. */
		public static final String LOW = "low";

		/** Medium effort, the usual default. */
		public static final String MEDIUM = "medium";

		/** High effort. */
		public static final String HIGH = "high";

		/** Extra-high effort. */
		public static final String XHIGH = "xhigh";

		/** Maximum effort. */
		public static final String MAX = "max";

		private Effort() {
		}

	}

}
