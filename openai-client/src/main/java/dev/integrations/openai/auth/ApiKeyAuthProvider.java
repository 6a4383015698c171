package dev.integrations.openai.auth;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * The default {@link AuthProvider}: sends {@code Authorization: Bearer <key>} and, when set,
 * {@code OpenAI-Organization} and {@code OpenAI-Project}.
 * <p>
 * The key may come from a supplier (for rotating keys); each supplied key is validated before use and never
 * appears in {@link #toString()}, exception messages or logs.
 */
public final class ApiKeyAuthProvider implements AuthProvider {

	private final Supplier<String> apiKey;

	private final @Nullable String organization;

	private final @Nullable String project;

	private ApiKeyAuthProvider(Supplier<String> apiKey, @Nullable String organization, @Nullable String project) {
		this.apiKey = apiKey;
		this.organization = (organization != null) ? HeaderValues.requireValidToken("organization", organization)
				: null;
		this.project = (project != null) ? HeaderValues.requireValidToken("project", project) : null;
	}

	/**
	 * Creates a provider for a fixed key.
	 * @param apiKey the API key
	 * @return the provider
	 * @throws IllegalArgumentException if the key is blank or contains anything but visible ASCII characters
	 */
	public static ApiKeyAuthProvider of(String apiKey) {
		String key = HeaderValues.requireValidSecret("apiKey", apiKey);
		return new ApiKeyAuthProvider(() -> key, null, null);
	}

	/**
	 * Creates a provider that asks the supplier for the key on every request attempt, for rotating keys.
	 * @param apiKey the key supplier; each key it returns is validated
	 * @return the provider
	 */
	public static ApiKeyAuthProvider of(Supplier<String> apiKey) {
		if (apiKey == null) {
			throw new IllegalArgumentException("apiKey supplier must not be null");
		}
		return new ApiKeyAuthProvider(apiKey, null, null);
	}

	/**
	 * Returns a copy that also sends {@code OpenAI-Organization}.
	 * @param organization the organization ID, or {@code null} for none
	 * @return the new provider
	 */
	public ApiKeyAuthProvider withOrganization(@Nullable String organization) {
		return new ApiKeyAuthProvider(this.apiKey, organization, this.project);
	}

	/**
	 * Returns a copy that also sends {@code OpenAI-Project}.
	 * @param project the project ID, or {@code null} for none
	 * @return the new provider
	 */
	public ApiKeyAuthProvider withProject(@Nullable String project) {
		return new ApiKeyAuthProvider(this.apiKey, this.organization, project);
	}

	/** @return the organization ID sent with each request, if any */
	public @Nullable String organization() {
		return this.organization;
	}

	/** @return the project ID sent with each request, if any */
	public @Nullable String project() {
		return this.project;
	}

	@Override
	public void authenticate(HttpHeaders headers) {
		headers.setBearerAuth(HeaderValues.requireValidSecret("apiKey", this.apiKey.get()));
		if (this.organization != null) {
			headers.set("OpenAI-Organization", this.organization);
		}
		if (this.project != null) {
			headers.set("OpenAI-Project", this.project);
		}
	}

	@Override
	public String toString() {
		return "ApiKeyAuthProvider[apiKey=******, organization=" + this.organization + ", project=" + this.project
				+ "]";
	}

}
