package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeId;
import org.jspecify.annotations.Nullable;

/**
 * Search on the internet ({@code type: web_search} or the dated {@code web_search_2025_08_26}).
 *
 * @param type {@code web_search} or {@code web_search_2025_08_26}
 * @param filters which domains to search
 * @param userLocation the approximate location of the user, to localize results
 * @param searchContextSize how much context to retrieve: {@code low}, {@code medium} (default) or {@code high}
 * @param externalWebAccess whether to fetch live content ({@code true}, the default) or cached content only
 */
public record WebSearchTool(@JsonTypeId String type, @Nullable Filters filters,
		@Nullable ApproximateLocation userLocation, @Nullable String searchContextSize,
		@Nullable Boolean externalWebAccess) implements ResponseTool {

	/**
	 * Defaults the type to {@code web_search}.
	 */
	public WebSearchTool {
		type = (type != null) ? type : "web_search";
	}

	/**
	 * Returns a copy limited to domains.
	 * @param allowedDomains the domains, such as {@code pubmed.ncbi.nlm.nih.gov}
	 * @return the tool
	 */
	public WebSearchTool withAllowedDomains(String... allowedDomains) {
		return new WebSearchTool(this.type, new Filters(List.of(allowedDomains)), this.userLocation,
				this.searchContextSize, this.externalWebAccess);
	}

	/**
	 * Returns a copy with the user's location.
	 * @param userLocation the approximate location of the user
	 * @return the tool
	 */
	public WebSearchTool withUserLocation(ApproximateLocation userLocation) {
		return new WebSearchTool(this.type, this.filters, userLocation, this.searchContextSize,
				this.externalWebAccess);
	}

	/**
	 * Returns a copy with a search context size.
	 * @param searchContextSize {@code low}, {@code medium} or {@code high}
	 * @return the tool
	 */
	public WebSearchTool withSearchContextSize(String searchContextSize) {
		return new WebSearchTool(this.type, this.filters, this.userLocation, searchContextSize,
				this.externalWebAccess);
	}

	/**
	 * Domains web search is limited to.
	 *
	 * @param allowedDomains the domains, such as {@code pubmed.ncbi.nlm.nih.gov}
	 */
	public record Filters(@Nullable List<String> allowedDomains) {

	}

}

