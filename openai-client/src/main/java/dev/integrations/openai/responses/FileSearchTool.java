package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * Search in the caller's vector stores ({@code type: file_search}).
 *
 * @param vectorStoreIds the vector stores to search
 * @param maxNumResults the maximum number of results, 1 to 50
 * @param rankingOptions how results are ranked
 * @param filters a filter on file attributes
 */
@JsonTypeName("file_search")
public record FileSearchTool(List<String> vectorStoreIds, @Nullable Integer maxNumResults,
		@Nullable FileSearchRanking rankingOptions, @Nullable FileSearchFilter filters) implements ResponseTool {

	/**
	 * Copies the vector store IDs.
	 */
	public FileSearchTool {
		vectorStoreIds = WireLists.copyOf(vectorStoreIds);
	}

	@Override
	public String type() {
		return "file_search";
	}

	@Override
	public void validate() {
		Validation.notEmpty("tools.file_search.vector_store_ids", this.vectorStoreIds);
		Validation.range("tools.file_search.max_num_results", this.maxNumResults, 1, 50);
	}

	/**
	 * Returns a copy with a filter.
	 * @param filter the filter on file attributes
	 * @return the tool
	 */
	public FileSearchTool withFilters(FileSearchFilter filter) {
		return new FileSearchTool(this.vectorStoreIds, this.maxNumResults, this.rankingOptions, filter);
	}

	/**
	 * Returns a copy with a result limit.
	 * @param maxNumResults the maximum number of results, 1 to 50
	 * @return the tool
	 */
	public FileSearchTool withMaxNumResults(int maxNumResults) {
		return new FileSearchTool(this.vectorStoreIds, maxNumResults, this.rankingOptions, this.filters);
	}

	/**
	 * Returns a copy with ranking options.
	 * @param rankingOptions how results are ranked
	 * @return the tool
	 */
	public FileSearchTool withRankingOptions(FileSearchRanking rankingOptions) {
		return new FileSearchTool(this.vectorStoreIds, this.maxNumResults, rankingOptions, this.filters);
	}

}

