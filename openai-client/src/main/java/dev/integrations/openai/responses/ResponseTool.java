package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.WireLists;
import dev.integrations.openai.transport.OpenAIJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A tool the model may call: one of the caller's functions, file search over vector stores, or web search. Any
 * other tool the API offers (code interpreter, MCP servers, image generation, computer use, ...) is sent as raw JSON
 * with {@link #raw(Map)} and read back as {@link Unknown}.
 */
@JsonDeserialize(using = WireUnions.Tools.class)
public sealed interface ResponseTool {

	/** @return the tool type, such as {@code function} */
	String type();

	/**
	 * A strict function: the model's arguments always match the schema (which then needs
	 * {@code "additionalProperties": false} and every property in {@code required}).
	 * @param name the function name
	 * @param description what the function does, for the model
	 * @param parameters the JSON schema of the arguments
	 * @return the tool
	 */
	static Function function(String name, String description, Map<String, ?> parameters) {
		return new Function(name, description, parameters, true, null, null, null);
	}

	/**
	 * A strict function whose arguments are a Java type: the schema is the one
	 * {@link dev.integrations.openai.schema.JsonSchemas#of(Class)} generates; read the calls' arguments back with
	 * {@link FunctionCalls#arguments(ResponseItem.FunctionCall, Class)}.
	 * @param name the function name
	 * @param description what the function does, for the model
	 * @param parameters the type of the arguments, such as a record
	 * @return the tool
	 */
	static Function function(String name, String description, Class<?> parameters) {
		return function(name, description, dev.integrations.openai.schema.JsonSchemas.of(parameters));
	}

	/**
	 * File search over vector stores.
	 * @param vectorStoreIds the vector stores to search
	 * @return the tool
	 */
	static FileSearch fileSearch(String... vectorStoreIds) {
		return new FileSearch(List.of(vectorStoreIds), null, null, null);
	}

	/**
	 * Web search with the default settings.
	 * @return the tool
	 */
	static WebSearch webSearch() {
		return new WebSearch(null, null, null, null);
	}

	/**
	 * Any tool as raw JSON.
	 * @param tool the tool, including its {@code type}
	 * @return the tool
	 */
	static Unknown raw(Map<String, ?> tool) {
		JsonNode node = OpenAIJson.mapper().valueToTree(tool);
		return new Unknown(node.path("type").asString(""), node);
	}

	/**
	 * A function defined by the caller.
	 *
	 * @param name the function name
	 * @param description what the function does, for the model
	 * @param parameters the JSON schema of the arguments
	 * @param strict whether to enforce the schema strictly
	 * @param outputSchema the JSON schema of the JSON value encoded in the function's string outputs
	 * @param deferLoading whether the function is deferred and loaded through tool search
	 * @param allowedCallers the contexts that may call it: {@code direct}, {@code programmatic}
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Function(String name, @Nullable String description, @Nullable Map<String, ?> parameters,
			@Nullable Boolean strict, @Nullable Map<String, ?> outputSchema, @Nullable Boolean deferLoading,
			@Nullable List<String> allowedCallers) implements ResponseTool {

		@Override
		@JsonProperty("type")
		public String type() {
			return "function";
		}

	}

	/**
	 * Search in the caller's vector stores.
	 *
	 * @param vectorStoreIds the vector stores to search
	 * @param maxNumResults the maximum number of results, 1 to 50
	 * @param rankingOptions how results are ranked
	 * @param filters a filter on file attributes
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record FileSearch(List<String> vectorStoreIds, @Nullable Integer maxNumResults,
			@Nullable RankingOptions rankingOptions, @Nullable FileSearchFilter filters) implements ResponseTool {

		/**
		 * Copies the vector store IDs.
		 */
		public FileSearch {
			vectorStoreIds = WireLists.copyOf(vectorStoreIds);
		}

		@Override
		@JsonProperty("type")
		public String type() {
			return "file_search";
		}

		/**
		 * Returns a copy with a filter.
		 * @param filter the filter on file attributes
		 * @return the tool
		 */
		public FileSearch withFilters(FileSearchFilter filter) {
			return new FileSearch(this.vectorStoreIds, this.maxNumResults, this.rankingOptions, filter);
		}

		/**
		 * Returns a copy with a result limit.
		 * @param maxNumResults the maximum number of results, 1 to 50
		 * @return the tool
		 */
		public FileSearch withMaxNumResults(int maxNumResults) {
			return new FileSearch(this.vectorStoreIds, maxNumResults, this.rankingOptions, this.filters);
		}

		/**
		 * Ranking of file search results.
		 *
		 * @param ranker {@code auto} or {@code default-2024-11-15}
		 * @param scoreThreshold the minimum score, 0 to 1
		 * @param hybridSearch weights of embedding and text matches, when hybrid search is used
		 */
		public record RankingOptions(@Nullable String ranker, @Nullable Double scoreThreshold,
				@Nullable HybridSearch hybridSearch) {

		}

		/**
		 * Weights of hybrid search.
		 *
		 * @param embeddingWeight the weight of embedding similarity
		 * @param textWeight the weight of text similarity
		 */
		public record HybridSearch(double embeddingWeight, double textWeight) {

		}

	}

	/**
	 * Search on the internet.
	 *
	 * @param filters which domains to search
	 * @param userLocation the approximate location of the user, to localize results
	 * @param searchContextSize how much context to retrieve: {@code low}, {@code medium} (default) or {@code high}
	 * @param externalWebAccess whether to fetch live content ({@code true}, the default) or cached content only
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record WebSearch(@Nullable Filters filters, @Nullable UserLocation userLocation,
			@Nullable String searchContextSize, @Nullable Boolean externalWebAccess) implements ResponseTool {

		@Override
		@JsonProperty("type")
		public String type() {
			return "web_search";
		}

		/**
		 * Domains web search is limited to.
		 *
		 * @param allowedDomains the domains, such as {@code pubmed.ncbi.nlm.nih.gov}
		 */
		public record Filters(List<String> allowedDomains) {

		}

		/**
		 * The approximate location of the user.
		 *
		 * @param type always {@code approximate}
		 * @param country the two-letter ISO country code, such as {@code US}
		 * @param region the region, such as {@code California}
		 * @param city the city, such as {@code San Francisco}
		 * @param timezone the IANA time zone, such as {@code America/Los_Angeles}
		 */
		public record UserLocation(String type, @Nullable String country, @Nullable String region,
				@Nullable String city, @Nullable String timezone) {

			/**
			 * An approximate location.
			 * @param country the two-letter ISO country code
			 * @param region the region, or {@code null}
			 * @param city the city, or {@code null}
			 * @param timezone the IANA time zone, or {@code null}
			 * @return the location
			 */
			public static UserLocation approximate(String country, @Nullable String region, @Nullable String city,
					@Nullable String timezone) {
				return new UserLocation("approximate", country, region, city, timezone);
			}

		}

	}

	/**
	 * A tool of a type this client does not model, kept (and sent) as raw JSON.
	 *
	 * @param type the tool type
	 * @param raw the whole tool object
	 */
	@JsonDeserialize(using = ValueDeserializer.None.class)
	record Unknown(String type, @JsonValue JsonNode raw) implements ResponseTool {

	}

}
