package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeId;
import org.jspecify.annotations.Nullable;

/**
 * The preview web search ({@code type: web_search_preview} or the dated {@code web_search_preview_2025_03_11}).
 *
 * @param type {@code web_search_preview} or {@code web_search_preview_2025_03_11}
 * @param userLocation the approximate location of the user
 * @param searchContextSize how much context to retrieve: {@code low}, {@code medium} or {@code high}
 * @param searchContentTypes the content to search: {@code text}, {@code image}
 */
public record WebSearchPreviewTool(@JsonTypeId String type, @Nullable ApproximateLocation userLocation,
		@Nullable String searchContextSize, @Nullable List<String> searchContentTypes) implements ResponseTool {

	/**
	 * Defaults the type to {@code web_search_preview}.
	 */
	public WebSearchPreviewTool {
		type = (type != null) ? type : "web_search_preview";
	}

}

