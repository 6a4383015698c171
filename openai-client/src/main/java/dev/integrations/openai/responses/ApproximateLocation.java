package dev.integrations.openai.responses;

import org.jspecify.annotations.Nullable;

/**
 * The approximate location of the user ({@code user_location} of {@link WebSearchTool} and
 * {@link WebSearchPreviewTool}), to localize search results.
 *
 * @param type always {@code approximate}
 * @param country the two-letter ISO country code, such as {@code US}
 * @param region the region, such as {@code California}
 * @param city the city, such as {@code San Francisco}
 * @param timezone the IANA time zone, such as {@code America/Los_Angeles}
 */
public record ApproximateLocation(String type, @Nullable String country, @Nullable String region,
		@Nullable String city, @Nullable String timezone) {

	/**
	 * An approximate location.
	 * @param country the two-letter ISO country code, or {@code null}
	 * @param region the region, or {@code null}
	 * @param city the city, or {@code null}
	 * @param timezone the IANA time zone, or {@code null}
	 * @return the location
	 */
	public static ApproximateLocation of(@Nullable String country, @Nullable String region, @Nullable String city,
			@Nullable String timezone) {
		return new ApproximateLocation("approximate", country, region, city, timezone);
	}

}
