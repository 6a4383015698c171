package dev.integrations.openai.vectorstores;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.internal.WireMaps;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a vector store search.
 *
 * @param object always {@code vector_store.search_results.page}
 * @param searchQuery the queries that were searched (rewritten when {@code rewrite_query} was set)
 * @param data the results, best first
 * @param hasMore whether more results follow
 * @param nextPage the token of the next page, if any
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record SearchResults(String object, List<String> searchQuery, List<Result> data, boolean hasMore,
		@Nullable String nextPage, @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Normalizes missing lists to empty ones.
	 */
	public SearchResults {
		extra = Extras.copy(extra);
		searchQuery = WireLists.copyOf(searchQuery);
		data = WireLists.copyOf(data);
	}

	/**
	 * One matching file.
	 *
	 * @param fileId the file ID
	 * @param filename the file name
	 * @param score the similarity, 0 to 1
	 * @param attributes the file's attributes
	 * @param content the matching chunks
	 */
	public record Result(String fileId, String filename, double score,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attributes,
			List<TextChunk> content) {

		/**
		 * Normalizes missing content and attributes to empty ones.
		 */
		public Result {
			content = WireLists.copyOf(content);
			attributes = WireMaps.copyOf(attributes);
		}

	}

}
