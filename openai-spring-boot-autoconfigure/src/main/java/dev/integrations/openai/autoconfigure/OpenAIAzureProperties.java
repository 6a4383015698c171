package dev.integrations.openai.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Azure OpenAI settings. A base URL ending in /openai/v1 is Azure's v1 URL form; any other (such as
 * https://{resource}.openai.azure.com/openai) is the deployment form, which needs api-version.
 * Bound to {@code openai.azure.*} and {@code openai.clients.<name>.azure.*} (see {@link OpenAIProperties}).
 */
public class OpenAIAzureProperties {

	/** The api-version query parameter: required by the deployment URL form, optional with v1 (preview). */
	private @Nullable String apiVersion;

	/** Deployment name per model, for the deployment URL form; a model without an entry is its own deployment. */
	private Map<String, String> deployments = new LinkedHashMap<>();

	/** Microsoft Entra ID scope of the tokens used when no api-key is set. */
	private String tokenScope = "https://cognitiveservices.azure.com/.default";

	public @Nullable String getApiVersion() {
		return this.apiVersion;
	}

	public void setApiVersion(@Nullable String apiVersion) {
		this.apiVersion = apiVersion;
	}

	public Map<String, String> getDeployments() {
		return this.deployments;
	}

	public void setDeployments(Map<String, String> deployments) {
		this.deployments = deployments;
	}

	public String getTokenScope() {
		return this.tokenScope;
	}

	public void setTokenScope(String tokenScope) {
		this.tokenScope = tokenScope;
	}

}
