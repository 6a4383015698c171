package dev.integrations.openai.azure;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.integrations.openai.transport.ApiRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriUtils;

import static java.nio.charset.StandardCharsets.UTF_8;

/**
 * Routes requests to Azure OpenAI, as a request customizer of the client builder. Two URL forms:
 * <ul>
 * <li>{@link #v1(String)}: base URL {@code https://{resource}.openai.azure.com/openai/v1}, OpenAI's paths unchanged,
 * {@code api-version} only when one is given (such as {@code preview});</li>
 * <li>{@link #deployments(String, Map)}: base URL {@code https://{resource}.openai.azure.com/openai}; the operations
 * Azure serves per deployment ({@code /chat/completions}, {@code /completions}, {@code /embeddings},
 * {@code /audio/*}, {@code /images/*}) move under {@code /deployments/{deployment}}, the deployment looked up by the
 * request's model (a model without an entry is its own deployment name); every request carries
 * {@code api-version}.</li>
 * </ul>
 */
public final class AzureOpenAIRouting implements UnaryOperator<ApiRequest> {

	private static final Set<String> DEPLOYMENT_PATHS = Set.of("/chat/completions", "/completions", "/embeddings",
			"/audio/speech", "/audio/transcriptions", "/audio/translations", "/images/generations", "/images/edits",
			"/images/variations");

	private final @Nullable String apiVersion;

	private final @Nullable Map<String, String> deployments;

	private AzureOpenAIRouting(@Nullable String apiVersion, @Nullable Map<String, String> deployments) {
		this.apiVersion = apiVersion;
		this.deployments = deployments;
	}

	/**
	 * The v1 URL form: paths as OpenAI's.
	 * @param apiVersion the {@code api-version} query parameter, or {@code null} (or blank) for none
	 * @return the routing
	 */
	public static AzureOpenAIRouting v1(@Nullable String apiVersion) {
		return new AzureOpenAIRouting(StringUtils.hasText(apiVersion) ? apiVersion.trim() : null, null);
	}

	/**
	 * The deployment URL form.
	 * @param apiVersion the {@code api-version} query parameter, such as {@code 2024-10-21} (required)
	 * @param deployments deployment name per model; a model without an entry is its own deployment name
	 * @return the routing
	 * @throws IllegalArgumentException if the API version is blank
	 */
	public static AzureOpenAIRouting deployments(String apiVersion, Map<String, String> deployments) {
		if (!StringUtils.hasText(apiVersion)) {
			throw new IllegalArgumentException("azure.apiVersion is required by Azure's deployment URL form");
		}
		return new AzureOpenAIRouting(apiVersion.trim(), Map.copyOf(deployments));
	}

	/** @return whether this routing uses the deployment URL form */
	public boolean deploymentForm() {
		return this.deployments != null;
	}

	@Override
	public ApiRequest apply(ApiRequest request) {
		if (this.apiVersion == null && this.deployments == null) {
			return request;
		}
		ApiRequest.Builder builder = request.toBuilder();
		String model = request.model();
		if (this.deployments != null && model != null && DEPLOYMENT_PATHS.contains(request.path())) {
			String deployment = this.deployments.getOrDefault(model, model);
			builder.path("/deployments/" + UriUtils.encodePathSegment(deployment, UTF_8) + request.path());
		}
		if (this.apiVersion != null && !request.query().containsKey("api-version")) {
			builder.query("api-version", this.apiVersion);
		}
		return builder.build();
	}

	@Override
	public String toString() {
		return "AzureOpenAIRouting[apiVersion=" + this.apiVersion + ", deployments=" + this.deployments + "]";
	}

}
