package dev.integrations.openai.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.batches.Batch;
import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.files.OpenAIFile;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The no-argument {@code listAutoPaging()} forms: the API's defaults on the first request, then the cursor, and a
 * pager that a {@code for} loop walks.
 */
class AutoPagingWithoutParamsTest extends WireMockSupport {

	private static String file(String id, String filename) {
		return "{\"id\":\"" + id + "\",\"object\":\"file\",\"bytes\":120000,\"created_at\":1677610602,"
				+ "\"filename\":\"" + filename + "\",\"purpose\":\"assistants\",\"status\":\"processed\"}";
	}

	@Override
	protected OpenAIConfig.Builder configBuilder() {
		return super.configBuilder().responseTimeout(Duration.ofSeconds(60));
	}

	@Test
	void filesListAutoPagingSendsNoParametersFirstThenFollowsTheCursor() {
		this.server.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("after", absent())
			.willReturn(okJson("{\"object\":\"list\",\"data\":[" + file("file-abc123", "salesOverview.pdf") + ","
					+ file("file-abc456", "puppy.jsonl") + "],\"first_id\":\"file-abc123\",\"last_id\":\"file-abc456\","
					+ "\"has_more\":true}")));
		this.server.stubFor(get(urlPathEqualTo("/v1/files")).withQueryParam("after", equalTo("file-abc456"))
			.willReturn(okJson("{\"object\":\"list\",\"data\":[" + file("file-abc789", "mydata.jsonl")
					+ "],\"first_id\":\"file-abc789\",\"last_id\":\"file-abc789\",\"has_more\":false}")));

		List<String> names = new ArrayList<>();
		for (OpenAIFile file : this.client.files().listAutoPaging()) {
			names.add(file.filename());
		}

		assertThat(names).containsExactly("salesOverview.pdf", "puppy.jsonl", "mydata.jsonl");
		List<LoggedRequest> requests = this.server.findAll(getRequestedFor(urlPathEqualTo("/v1/files")));
		assertThat(requests).hasSize(2);
		assertThat(requests.get(0).getUrl()).isEqualTo("/v1/files");
		assertThat(requests.get(1).getUrl()).isEqualTo("/v1/files?after=file-abc456");
	}

	@Test
	void batchesListAutoPagingStreamsEveryBatch() {
		this.server.stubFor(get(urlPathEqualTo("/v1/batches")).willReturn(okJson("""
				{"object":"list","data":[
				  {"id":"batch_abc123","object":"batch","endpoint":"/v1/chat/completions","input_file_id":"file-abc123",
				   "completion_window":"24h","status":"completed","created_at":1711471533,
				   "request_counts":{"total":100,"completed":95,"failed":5}}],
				 "first_id":"batch_abc123","last_id":"batch_abc123","has_more":false}
				""")));

		List<Batch> batches = this.client.batches().listAutoPaging().stream().toList();

		assertThat(batches).singleElement().satisfies((batch) -> {
			assertThat(batch.id()).isEqualTo("batch_abc123");
			assertThat(batch.extra()).isEmpty();
		});
		assertThat(this.server.findAll(getRequestedFor(urlPathEqualTo("/v1/batches")))).singleElement()
			.satisfies((request) -> assertThat(request.getUrl()).isEqualTo("/v1/batches"));
	}

}
