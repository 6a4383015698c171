package dev.integrations.openai.vectorstores;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.integrations.openai.common.RecordBuilder;
import dev.integrations.openai.common.RequestBuilder;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of vector store search ({@code POST /vector_stores/{vector_store_id}/search}). Build with
 * {@link #builder(String)} or {@link #builder(List)}.
 *
 * @param queries the query, or several queries; written as a string when there is one
 * @param rewriteQuery whether to rewrite the query for vector search
 * @param maxNumResults the maximum number of results, 1 to 50 (default 10)
 * @param filters a filter on file attributes
 * @param rankingOptions the ranking options
 * @param extra body properties this client has no field for ({@link RequestBuilder#putExtra}), written beside the others
 */
public record SearchRequest(@JsonIgnore List<String> queries, @Nullable Boolean rewriteQuery,
		@Nullable Integer maxNumResults, @Nullable AttributeFilter filters, @Nullable RankingOptions rankingOptions,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Validates the request.
	 */
	public SearchRequest {
		extra = Extras.copy(extra);
		queries = List.copyOf(Validation.notEmpty("query", queries));
		for (String query : queries) {
			Validation.notBlank("query", query);
		}
		Validation.range("max_num_results", maxNumResults, 1, 50);
	}

	/** @return the query as written on the wire: a string, or an array of strings */
	@JsonProperty("query")
	public Object query() {
		return (this.queries.size() == 1) ? this.queries.get(0) : this.queries;
	}

	/**
	 * Starts a search; {@link Builder#query} or {@link Builder#queries} is required.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder(null);
	}

	/**
	 * The ranking options of a search.
	 *
	 * @param ranker {@code none}, {@code auto} or {@code default-2024-11-15}
	 * @param scoreThreshold the minimum score, 0 to 1
	 */
	public record RankingOptions(@Nullable String ranker, @Nullable Double scoreThreshold) {

		/**
		 * Validates the threshold.
		 */
		public RankingOptions {
			Validation.range("ranking_options.score_threshold", scoreThreshold, 0, 1);
		}

	}

	/**
	 * Builds a {@link SearchRequest}.
	 */
	public static final class Builder extends RecordBuilder<SearchRequest, Builder> {

		private Builder(@Nullable SearchRequest from) {
			super(SearchRequest.class, from);
		}

		/** Sets one query (required, or {@link #queries}). */
		public Builder query(String query) {
			return queries(List.of(query));
		}

		/** Sets several queries (required, or {@link #query}). */
		public Builder queries(List<String> queries) {
			return set("queries", queries);
		}

		/** Whether to rewrite the query for vector search. */
		public Builder rewriteQuery(boolean rewriteQuery) {
			return set("rewriteQuery", rewriteQuery);
		}

		/** The maximum number of results, 1 to 50. */
		public Builder maxNumResults(int maxNumResults) {
			return set("maxNumResults", maxNumResults);
		}

		/** A filter on file attributes. */
		public Builder filters(AttributeFilter filters) {
			return set("filters", filters);
		}

		/** The ranking options. */
		public Builder rankingOptions(RankingOptions rankingOptions) {
			return set("rankingOptions", rankingOptions);
		}

	}

}
