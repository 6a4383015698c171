package dev.integrations.openai.chat;

import org.jspecify.annotations.Nullable;

/**
 * Options of the web search tool ({@code web_search_options}); sending the object, even empty, enables search on
 * models that support it.
 *
 * @param userLocation the approximate location of the user
 * @param searchContextSize how much context window space the search results may use
 */
public record WebSearchOptions(@Nullable UserLocation userLocation, @Nullable ContextSize searchContextSize) {

	/**
	 * An approximate user location: {@code {"type": "approximate", "approximate": {...}}}.
	 *
	 * @param type always {@code approximate}
	 * @param approximate the location
	 */
	public record UserLocation(String type, Approximate approximate) {

		/**
		 * Creates an approximate location.
		 * @param approximate the location
		 */
		public UserLocation(Approximate approximate) {
			this("approximate", approximate);
		}

	}

	/**
	 * Approximate location fields, each optional.
	 *
	 * @param country the two-letter ISO country code, such as {@code US}
	 * @param region free text region, such as {@code California}
	 * @param city free text city, such as {@code San Francisco}
	 * @param timezone the IANA time zone, such as {@code America/Los_Angeles}
	 */
	public record Approximate(@Nullable String country, @Nullable String region, @Nullable String city,
			@Nullable String timezone) {

	}

	/**
	 * How much context window space the search may use.
	 */
	public enum ContextSize {

		/** Least context. */
		LOW,

		/** The default. */
		MEDIUM,

		/** Most context. */
		HIGH

	}

}
