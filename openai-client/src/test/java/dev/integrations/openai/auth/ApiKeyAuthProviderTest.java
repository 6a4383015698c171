package dev.integrations.openai.auth;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.integrations.openai.WireMockSupport;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.errors.OpenAIValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiKeyAuthProviderTest extends WireMockSupport {

	@Test
	void sendsBearerOrganizationAndProjectHeaders() {
		HttpHeaders headers = new HttpHeaders();
		ApiKeyAuthProvider.of(API_KEY).withOrganization("org-abc").withProject("proj_def").authenticate(headers);

		assertThat(headers.getFirst("Authorization")).isEqualTo("Bearer " + API_KEY);
		assertThat(headers.getFirst("OpenAI-Organization")).isEqualTo("org-abc");
		assertThat(headers.getFirst("OpenAI-Project")).isEqualTo("proj_def");
	}

	@Test
	void rejectsBlankKeysAndKeysWithWhitespaceWithoutEchoingThem() {
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeyAuthProvider.of("  "))
			.withMessage("apiKey must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeyAuthProvider.of("sk-secret\r\nX-Injected: 1"))
			.withMessage("apiKey contains whitespace or control characters (value not shown); check for a stray newline")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("sk-secret"));
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeyAuthProvider.of("sk-abc def"))
			.withMessageNotContaining("sk-abc");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sk-caf\u00e9-0123456789", "sk-abc\u00a0def0123456789", "sk-abc\u200bdef0123456789",
			"\ufeffsk-abcdef0123456789", "sk-abc\u0000def0123456789", "sk-abc\u007fdef0123456789",
			"sk-abc\u2028def0123456789", "sk-\uff41bcdef0123456789" })
	void rejectsKeysWithCharactersOutsideVisibleAsciiWithoutEchoingThem(String key) {
		assertThatIllegalArgumentException().isThrownBy(() -> ApiKeyAuthProvider.of(key))
			.withMessageStartingWith("apiKey contains ")
			.withMessageContaining("(value not shown)")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("sk-").doesNotContain("0123456789"));
	}

	@Test
	void aSuppliedKeyWithAZeroWidthSpaceFailsTheCallBeforeSendingIt() {
		try (OpenAIClient client = OpenAIClient.builder()
			.config(configBuilder().build())
			.authProvider(ApiKeyAuthProvider.of(() -> "sk-rotated\u200b0123456789"))
			.build()) {
			assertThatThrownBy(() -> client.models().list()).isInstanceOf(OpenAIValidationException.class)
				.hasMessageContaining("outside visible ASCII")
				.hasMessageNotContaining("sk-rotated");
		}
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void rejectsOrganizationAndProjectOutsideVisibleAscii() {
		ApiKeyAuthProvider provider = ApiKeyAuthProvider.of(API_KEY);
		assertThatIllegalArgumentException().isThrownBy(() -> provider.withOrganization("org-\u00e9t\u00e9"))
			.withMessage("organization must contain only visible ASCII characters");
		assertThatIllegalArgumentException().isThrownBy(() -> provider.withProject("\ufeffproj_1"))
			.withMessage("project must contain only visible ASCII characters");
	}

	@Test
	void rejectsOrganizationAndProjectWithControlCharacters() {
		ApiKeyAuthProvider provider = ApiKeyAuthProvider.of(API_KEY);
		assertThatIllegalArgumentException().isThrownBy(() -> provider.withOrganization("org-1\nX: y"))
			.withMessage("organization must not contain whitespace or control characters");
		assertThatIllegalArgumentException().isThrownBy(() -> provider.withProject("proj 1"))
			.withMessage("project must not contain whitespace or control characters");
	}

	@Test
	void toStringMasksTheKey() {
		assertThat(ApiKeyAuthProvider.of(API_KEY).withOrganization("org-abc"))
			.hasToString("ApiKeyAuthProvider[apiKey=******, organization=org-abc, project=null]");
	}

	@Test
	void rotatingKeySupplierIsAskedOnEveryCall() {
		this.server.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
		AtomicInteger calls = new AtomicInteger();
		List<String> keys = List.of("sk-first-key-111", "sk-second-key-222");
		try (OpenAIClient client = OpenAIClient.builder()
			.config(configBuilder().build())
			.authProvider(ApiKeyAuthProvider.of(() -> keys.get(calls.getAndIncrement() % 2)))
			.build()) {
			client.models().list();
			client.models().list();
		}
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization",
				equalTo("Bearer sk-first-key-111")));
		this.server.verify(1, getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization",
				equalTo("Bearer sk-second-key-222")));
		this.server.verify(2, getRequestedFor(urlEqualTo("/v1/models")).withoutHeader("OpenAI-Organization"));
	}

	@Test
	void aSuppliedKeyWithANewlineFailsTheCallBeforeSendingIt() {
		try (OpenAIClient client = OpenAIClient.builder()
			.config(configBuilder().build())
			.authProvider(ApiKeyAuthProvider.of(() -> "sk-rotated\n"))
			.build()) {
			assertThatThrownBy(() -> client.models().list()).isInstanceOf(OpenAIValidationException.class)
				.hasMessageNotContaining("sk-rotated");
		}
		assertThat(this.server.getAllServeEvents()).isEmpty();
	}

	@Test
	void noAuthProviderSendsNoAuthorization() {
		this.server.stubFor(get("/v1/models").willReturn(okJson("{\"object\":\"list\",\"data\":[]}")));
		try (OpenAIClient client = OpenAIClient.builder()
			.config(configBuilder().apiKey(null).build())
			.build()) {
			client.models().list();
		}
		this.server.verify(getRequestedFor(urlEqualTo("/v1/models")).withHeader("Authorization", absent()));
	}

}
