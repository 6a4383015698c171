package dev.integrations.openai.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.resilience.CallResult;
import dev.integrations.openai.resilience.RecordingHook;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OpenAIClientBuilderTest extends WireMockSupport {

	private static final String EMPTY_LIST = "{\"object\":\"list\",\"data\":[]}";

	@Test
	void customUserAgentAndDefaultHeadersAreSentWithEveryRequest() {
		useClient(configBuilder().userAgent("acme-support-bot/2.3").defaultHeader("X-Team", "search").build());
		this.server.stubFor(get("/v1/models").willReturn(okJson(EMPTY_LIST)));

		this.client.models().list();

		this.server.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("User-Agent", equalTo("acme-support-bot/2.3"))
			.withHeader("X-Team", equalTo("search")));
	}

	@Test
	void callersWebClientBuilderFiltersApplyAndTheBuilderIsNotChanged() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(EMPTY_LIST)));
		WebClient.Builder callers = WebClient.builder()
			.filter((request, next) -> next.exchange(ClientRequest.from(request).header("X-Trace", "abc123").build()));
		try (OpenAIClient client = OpenAIClient.builder().config(configBuilder().build()).webClientBuilder(callers).build()) {
			client.models().list();
		}
		this.server.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("X-Trace", equalTo("abc123")));
		this.server.resetRequests();
		this.server.stubFor(get("/v1/models/other").willReturn(okJson(EMPTY_LIST)));
		callers.build().get().uri(this.server.baseUrl() + "/v1/models").retrieve().toBodilessEntity().block();
		assertThat(this.server.findAll(getRequestedFor(urlEqualTo("/v1/models"))).get(0).containsHeader("Authorization"))
			.isFalse();
	}

	@Test
	void callersDefaultHeadersAreSentAndTheClientsOwnHeadersWin() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(EMPTY_LIST)));
		WebClient.Builder callers = WebClient.builder()
			.defaultHeader("User-Agent", "spring-default")
			.defaultHeader("Accept", "text/plain")
			.defaultHeader("X-Env", "prod");
		OpenAIConfig config = configBuilder().userAgent("acme-support-bot/2.3").build();
		try (OpenAIClient client = OpenAIClient.builder().config(config).webClientBuilder(callers).build()) {
			client.models().list();
		}
		this.server.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("User-Agent", equalTo("acme-support-bot/2.3"))
			.withHeader("Accept", equalTo("application/json"))
			.withHeader("X-Env", equalTo("prod")));
		assertThat(this.server.findAll(getRequestedFor(urlEqualTo("/v1/models"))).get(0).getHeaders()
			.getHeader("User-Agent")
			.values()).containsExactly("acme-support-bot/2.3");
	}

	@Test
	void everyPathReachesItsOwnUrlBeyondTheUriCache() {
		this.server.stubFor(get(urlPathMatching("/v1/models/.+"))
			.willReturn(okJson("{\"id\":\"ft:gpt-4o\",\"object\":\"model\",\"created\":1715367049,\"owned_by\":\"acme\"}")));
		useClient(configBuilder().build());
		for (int i = 0; i < 300; i++) {
			this.client.models().retrieve("ft:gpt-4o:acme:" + i);
		}
		this.client.models().retrieve("ft:gpt-4o:acme:0");
		this.client.models().retrieve("ft:gpt-4o:acme:299");

		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models/ft:gpt-4o:acme:0")));
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models/ft:gpt-4o:acme:150")));
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models/ft:gpt-4o:acme:299")));
		this.server.verify(302, getRequestedFor(urlPathMatching("/v1/models/.+")));
	}

	@Test
	void hooksAddedToTheBuilderSeeStatusHeadersAndAttempts() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(EMPTY_LIST).withHeader("x-ratelimit-remaining-requests", "4999")
			.withHeader("x-request-id", "req_hook")));
		RecordingHook hook = new RecordingHook();
		try (OpenAIClient client = OpenAIClient.builder().config(configBuilder().build()).hook(hook).build()) {
			client.models().list();
		}
		assertThat(hook.starts).singleElement().satisfies((context) -> {
			assertThat(context.operation()).isEqualTo("models.list");
			assertThat(context.serverAddress()).isEqualTo("127.0.0.1");
			assertThat(context.serverPort()).isEqualTo(this.server.port());
			assertThat(context.streaming()).isFalse();
		});
		CallResult result = hook.successes.get(0);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.attempts()).isEqualTo(1);
		assertThat(result.headers().getFirst("x-ratelimit-remaining-requests")).isEqualTo("4999");
		assertThat(result.duration()).isPositive();
	}

	@Test
	void aThrowingHookDoesNotBreakTheCallOrTheOtherHooks() {
		this.server.stubFor(get("/v1/models").willReturn(okJson(EMPTY_LIST)));
		RecordingHook second = new RecordingHook();
		try (OpenAIClient client = OpenAIClient.builder()
			.config(configBuilder().build())
			.hook(new dev.integrations.openai.resilience.ClientHook() {
				@Override
				public void onSuccess(dev.integrations.openai.resilience.RequestContext context, CallResult result) {
					throw new IllegalStateException("metrics backend down");
				}
			})
			.hook(second)
			.build()) {
			assertThat(client.models().list()).isEmpty();
		}
		assertThat(second.successes).hasSize(1);
	}

	@Test
	void proxySettingsRouteTrafficThroughTheProxy() {
		WireMockServer proxy = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		proxy.start();
		try {
			proxy.stubFor(get("/v1/models").withHost(equalTo("api.example.test")).willReturn(okJson(EMPTY_LIST)));
			OpenAIConfig config = configBuilder().baseUrl("http://api.example.test/v1")
				.proxy(ProxySettings.http("127.0.0.1", proxy.port()))
				.build();
			try (OpenAIClient client = OpenAIClient.builder().config(config).build()) {
				assertThat(client.models().list()).isEmpty();
			}
			proxy.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization",
					equalTo("Bearer " + API_KEY)));
		}
		finally {
			proxy.stop();
		}
	}

	@Test
	void httpClientCustomizersApplyInOrderOnTopOfTheProxyAndPool() {
		WireMockServer proxy = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
		proxy.start();
		try {
			proxy.stubFor(get("/v1/models").withHost(equalTo("api.example.test")).willReturn(okJson(EMPTY_LIST)));
			OpenAIConfig config = configBuilder().baseUrl("http://api.example.test/v1")
				.proxy(ProxySettings.http("127.0.0.1", proxy.port()))
				.build();
			try (OpenAIClient client = OpenAIClient.builder()
				.config(config)
				.httpClientCustomizer((httpClient) -> httpClient.headers((headers) -> headers.set("X-Tenant", "acme")))
				.httpClientCustomizer((httpClient) -> httpClient
					.headers((headers) -> headers.set("X-Region", headers.get("X-Tenant") + "/eu-west-1")))
				.build()) {
				assertThat(client.models().list()).isEmpty();
				assertThat(client.connectionPoolStats()).isPresent();
			}
			proxy.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("X-Tenant", equalTo("acme"))
				.withHeader("X-Region", equalTo("acme/eu-west-1"))
				.withHeader("Authorization", equalTo("Bearer " + API_KEY)));
		}
		finally {
			proxy.stop();
		}
	}

	@Test
	void httpClientCustomizerCannotApplyToACallersConnector() {
		OpenAIClientBuilder builder = OpenAIClient.builder()
			.config(configBuilder().build())
			.clientConnector(new ReactorClientHttpConnector())
			.httpClientCustomizer((httpClient) -> httpClient.wiretap(true));

		assertThatIllegalStateException().isThrownBy(builder::build)
			.withMessageContaining("httpClientCustomizer")
			.withMessageContaining("clientConnector");
	}

}
