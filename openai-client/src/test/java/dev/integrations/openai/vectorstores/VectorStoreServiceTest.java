package dev.integrations.openai.vectorstores;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.SortOrder;
import dev.integrations.openai.errors.NotFoundException;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VectorStoreServiceTest extends WireMockSupport {

	static final String STORE = """
			{
			  "id": "vs_abc123",
			  "object": "vector_store",
			  "created_at": 1699061776,
			  "name": "Support FAQ",
			  "usage_bytes": 139920,
			  "last_active_at": 1699061776,
			  "status": "completed",
			  "expires_after": {"anchor": "last_active_at", "days": 7},
			  "expires_at": 1699666576,
			  "file_counts": {"in_progress": 0, "completed": 3, "failed": 0, "cancelled": 0, "total": 3},
			  "metadata": {"team": "support"}
			}
			""";

	private static final String SEARCH_RESULTS = """
			{
			  "object": "vector_store.search_results.page",
			  "search_query": ["What is the return policy?"],
			  "data": [
			    {"file_id": "file_123", "filename": "document.pdf", "score": 0.95,
			     "attributes": {"author": "John Doe", "date": "2023-01-01", "year": 2023, "public": true},
			     "content": [{"type": "text", "text": "Relevant chunk"}]},
			    {"file_id": "file_456", "filename": "notes.txt", "score": 0.89,
			     "attributes": {"author": "Jane Smith", "date": "2023-01-02"},
			     "content": [{"type": "text", "text": "Sample text content from the vector store."}]}
			  ],
			  "has_more": false,
			  "next_page": null
			}
			""";

	@Test
	void createSendsEveryFieldWithoutBetaHeaderAndParsesTheStore() {
		this.server.stubFor(post("/v1/vector_stores").willReturn(okJson(STORE)));

		VectorStore store = this.client.vectorStores()
			.create(VectorStoreRequest.builder()
				.name("Support FAQ")
				.description("Answers to customer questions")
				.fileIds(List.of("file-abc123", "file-def456"))
				.expiresAfter(ExpiresAfter.daysAfterLastActive(7))
				.chunkingStrategy(ChunkingStrategy.auto())
				.metadata(Map.of("team", "support"))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/vector_stores")).withHeader("OpenAI-Beta", absent())
			.withHeader("Authorization", equalTo("Bearer " + API_KEY))
			.withRequestBody(equalToJson("""
					{"name": "Support FAQ", "description": "Answers to customer questions",
					 "file_ids": ["file-abc123", "file-def456"],
					 "expires_after": {"anchor": "last_active_at", "days": 7},
					 "chunking_strategy": {"type": "auto"}, "metadata": {"team": "support"}}
					""")));
		assertThat(store.id()).isEqualTo("vs_abc123");
		assertThat(store.status()).isEqualTo(VectorStore.Status.COMPLETED);
		assertThat(store.fileCounts()).isEqualTo(new FileCounts(0, 3, 0, 0, 3));
		assertThat(store.expiresAfter()).isEqualTo(ExpiresAfter.daysAfterLastActive(7));
		assertThat(store.expiresAt()).isEqualTo(1699666576L);
		assertThat(store.createdAtInstant().getEpochSecond()).isEqualTo(1699061776L);
		assertThat(store.expiresAtInstant()).isEqualTo(Instant.ofEpochSecond(1699666576L));
		assertThat(store.lastActiveAtInstant()).isEqualTo(Instant.ofEpochSecond(1699061776L));
	}

	@Test
	void retrieveModifyDeleteAndList() {
		this.server.stubFor(get("/v1/vector_stores/vs_abc123").willReturn(okJson(STORE)));
		this.server.stubFor(post("/v1/vector_stores/vs_abc123").willReturn(okJson(STORE)));
		this.server.stubFor(delete("/v1/vector_stores/vs_abc123").willReturn(okJson("""
				{"id": "vs_abc123", "object": "vector_store.deleted", "deleted": true}
				""")));
		this.server.stubFor(get(urlPathEqualTo("/v1/vector_stores")).willReturn(okJson("""
				{"object": "list", "data": [%s], "first_id": "vs_abc123", "last_id": "vs_abc123", "has_more": false}
				""".formatted(STORE))));
		VectorStoreService stores = this.client.vectorStores();

		assertThat(stores.retrieve("vs_abc123").name()).isEqualTo("Support FAQ");
		StepVerifier.create(stores.modifyAsync("vs_abc123",
				new VectorStoreUpdate("Support FAQ v2", ExpiresAfter.daysAfterLastActive(30), Map.of("v", "2"))))
			.expectNextCount(1)
			.verifyComplete();
		assertThat(stores.delete("vs_abc123").object()).isEqualTo("vector_store.deleted");
		ListResponse<VectorStore> page = stores.list(new ListParams(2, SortOrder.ASC, "vs_000", null));
		assertThat(stores.listAutoPaging(ListParams.DEFAULTS).all().collectList().block()).hasSize(1);

		assertThat(page.data()).extracting(VectorStore::id).containsExactly("vs_abc123");
		this.server.verify(postRequestedFor(urlEqualTo("/v1/vector_stores/vs_abc123")).withRequestBody(equalToJson("""
				{"name": "Support FAQ v2", "expires_after": {"anchor": "last_active_at", "days": 30}, "metadata": {"v": "2"}}
				""")));
		this.server.verify(deleteRequestedFor(urlEqualTo("/v1/vector_stores/vs_abc123")));
		this.server.verify(getRequestedFor(urlEqualTo("/v1/vector_stores?limit=2&order=asc&after=vs_000")));
	}

	@Test
	void searchWithOneQueryCompoundFiltersAndRanking() {
		this.server.stubFor(post("/v1/vector_stores/vs_abc123/search").willReturn(okJson(SEARCH_RESULTS)));

		SearchResults results = this.client.vectorStores()
			.search("vs_abc123", SearchRequest.builder().query("What is the return policy?")
				.rewriteQuery(true)
				.maxNumResults(5)
				.filters(AttributeFilter.and(AttributeFilter.eq("author", "John Doe"),
						AttributeFilter.or(
								AttributeFilter.compare(AttributeFilter.Comparison.Operator.GTE, "year", 2023),
								AttributeFilter.compare(AttributeFilter.Comparison.Operator.IN, "region",
										List.of("us", "eu")))))
				.rankingOptions(new SearchRequest.RankingOptions("default-2024-11-15", 0.5))
				.build());

		this.server.verify(postRequestedFor(urlEqualTo("/v1/vector_stores/vs_abc123/search"))
			.withRequestBody(equalToJson("""
					{
					  "query": "What is the return policy?",
					  "rewrite_query": true,
					  "max_num_results": 5,
					  "filters": {"type": "and", "filters": [
					    {"type": "eq", "key": "author", "value": "John Doe"},
					    {"type": "or", "filters": [
					      {"type": "gte", "key": "year", "value": 2023},
					      {"type": "in", "key": "region", "value": ["us", "eu"]}
					    ]}
					  ]},
					  "ranking_options": {"ranker": "default-2024-11-15", "score_threshold": 0.5}
					}
					""")));
		assertThat(results.searchQuery()).containsExactly("What is the return policy?");
		assertThat(results.data()).hasSize(2);
		assertThat(results.data().get(0).score()).isEqualTo(0.95);
		assertThat(results.data().get(0).attributes()).containsEntry("year", 2023).containsEntry("public", true);
		assertThat(results.data().get(1).content()).containsExactly(
				new TextChunk("text", "Sample text content from the vector store."));
		assertThat(results.hasMore()).isFalse();
	}

	@Test
	void searchWithSeveralQueriesSendsAnArray() {
		this.server.stubFor(post("/v1/vector_stores/vs_abc123/search").willReturn(okJson(SEARCH_RESULTS)));

		StepVerifier.create(this.client.vectorStores()
			.searchAsync("vs_abc123", SearchRequest.builder().queries(List.of("return policy", "refund window")).build()))
			.expectNextCount(1)
			.verifyComplete();

		this.server.verify(postRequestedFor(urlEqualTo("/v1/vector_stores/vs_abc123/search"))
			.withRequestBody(equalToJson("{\"query\": [\"return policy\", \"refund window\"]}")));
	}

	@Test
	void unknownStoreRaisesNotFound() {
		this.server.stubFor(get("/v1/vector_stores/vs_missing").willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("""
					{"error": {"message": "No vector store found with id 'vs_missing'.", "type": "invalid_request_error",
					 "param": null, "code": null}}
					""")));

		assertThatThrownBy(() -> this.client.vectorStores().retrieve("vs_missing"))
			.isInstanceOf(NotFoundException.class)
			.hasMessageContaining("No vector store found");
	}

	@Test
	void invalidRequestsAreRejectedWithTheWireFieldName() {
		assertThatThrownBy(() -> SearchRequest.builder().query(" ").build()).isInstanceOf(OpenAIValidationException.class)
			.hasMessage("query must not be blank");
		assertThatThrownBy(() -> SearchRequest.builder().query("refunds").maxNumResults(51).build())
			.hasMessage("max_num_results must be between 1 and 50, was 51");
		assertThatThrownBy(() -> ExpiresAfter.daysAfterLastActive(366))
			.hasMessage("expires_after.days must be between 1 and 365, was 366");
		assertThatThrownBy(() -> ChunkingStrategy.fixed(50, 10))
			.hasMessage("chunking_strategy.static.max_chunk_size_tokens must be between 100 and 4096, was 50");
		assertThatThrownBy(() -> ChunkingStrategy.fixed(800, 401)).hasMessage(
				"chunking_strategy.static.chunk_overlap_tokens must be between 0 and half of max_chunk_size_tokens (400), was 401");
		assertThatThrownBy(() -> VectorStoreRequest.builder().chunkingStrategy(new ChunkingStrategy.Other()).build())
			.hasMessage("chunking_strategy must be auto or static");
		assertThatThrownBy(() -> new VectorStoreFileRequest("file-abc123", new ChunkingStrategy.Other(), null))
			.hasMessage("chunking_strategy must be auto or static");
		assertThatThrownBy(() -> AttributeFilter.and()).hasMessage("filters.filters must not be empty");
		assertThatThrownBy(() -> this.client.vectorStores().delete("")).hasMessage("vector_store_id must not be blank");
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

}
