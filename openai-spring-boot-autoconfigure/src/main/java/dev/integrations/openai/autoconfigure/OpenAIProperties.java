package dev.integrations.openai.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.client.OpenAIConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * Configuration properties of the OpenAI client ({@code openai.*}): where the API is and who calls it, here, and
 * the HTTP tuning inherited from {@link OpenAIHttpProperties}. The defaults are those of {@link OpenAIConfig}; the
 * API key also binds from the {@code OPENAI_API_KEY} environment variable.
 */
@ConfigurationProperties("openai")
public class OpenAIProperties extends OpenAIHttpProperties {

	/** Whether to auto-configure the OpenAI client (for a named client: whether to create it). */
	private boolean enabled = true;

	/** Kind of server: openai, azure (Azure OpenAI) or compatible (vLLM, Ollama, llama.cpp, ...). */
	private OpenAIProvider provider = OpenAIProvider.OPENAI;

	/** API key sent as a bearer token; required while base-url is OpenAI's. */
	private @Nullable String apiKey;

	/** Base URL of the API: OpenAI's, or that of an OpenAI-compatible server. */
	private String baseUrl = "https://api.openai.com/v1";

	/** Organization ID sent as the OpenAI-Organization header. */
	private @Nullable String organization;

	/** Project ID sent as the OpenAI-Project header. */
	private @Nullable String project;

	/** Azure OpenAI settings, used when provider is azure. */
	@NestedConfigurationProperty
	private final OpenAIAzureProperties azure = new OpenAIAzureProperties();

	/**
	 * Named clients: each accepts every openai.* setting and inherits what it does not set from openai.*, except the
	 * api-key, organization and project when its provider differs.
	 */
	private Map<String, OpenAIProperties> clients = new LinkedHashMap<>();

	/** Outbound proxy. */
	@NestedConfigurationProperty
	private final OpenAIProxyProperties proxy = new OpenAIProxyProperties();

	/** TLS of the connection to the API. */
	@NestedConfigurationProperty
	private final OpenAISslProperties ssl = new OpenAISslProperties();

	/** Retry of failed calls. */
	@NestedConfigurationProperty
	private final OpenAIRetryProperties retry = new OpenAIRetryProperties();

	/** Circuit breaker guarding every call. */
	@NestedConfigurationProperty
	private final OpenAICircuitBreakerProperties circuitBreaker = new OpenAICircuitBreakerProperties();

	/** Proactive rate limiting from the server's rate-limit headers. */
	@NestedConfigurationProperty
	private final OpenAIRateLimitProperties rateLimit = new OpenAIRateLimitProperties();

	/** Health indicator. */
	@NestedConfigurationProperty
	private final OpenAIHealthProperties health = new OpenAIHealthProperties();

	/** Models API (/models). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties models = new OpenAIServiceProperties();

	/** Chat Completions API (/chat/completions). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties chat = new OpenAIServiceProperties();

	/** Responses API (/responses). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties responses = new OpenAIServiceProperties();

	/** Legacy Completions API (/completions). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties completions = new OpenAIServiceProperties();

	/** Conversations API (/conversations). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties conversations = new OpenAIServiceProperties();

	/** ChatKit API, beta (/chatkit: sessions, threads and their items). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties chatKit = new OpenAIServiceProperties();

	/** Realtime API's REST operations (/realtime: client secrets and calls). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties realtime = new OpenAIServiceProperties();

	/** Embeddings API (/embeddings). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties embeddings = new OpenAIServiceProperties();

	/** Moderations API (/moderations). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties moderations = new OpenAIServiceProperties();

	/** Images API (/images). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties images = new OpenAIServiceProperties();

	/** Audio API (/audio): speech, transcriptions, translations. */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties audio = new OpenAIServiceProperties();

	/** Files API (/files). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties files = new OpenAIServiceProperties();

	/** Uploads API (/uploads), for large files in parts. */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties uploads = new OpenAIServiceProperties();

	/** Batch API (/batches). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties batches = new OpenAIServiceProperties();

	/** Fine-tuning API (/fine_tuning). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties fineTuning = new OpenAIServiceProperties();

	/** Evals API (/evals), with runs and their output items. */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties evals = new OpenAIServiceProperties();

	/** Vector stores API (/vector_stores). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties vectorStores = new OpenAIServiceProperties();

	/** Skills API (/skills). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties skills = new OpenAIServiceProperties();

	/** Videos API (/videos). */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties videos = new OpenAIServiceProperties();

	/** Containers API (/containers), the sandboxes of the code interpreter and shell tools. */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties containers = new OpenAIServiceProperties();

	/** Assistants API (/assistants, /threads), deprecated by OpenAI in favor of the Responses API. */
	@NestedConfigurationProperty
	private final OpenAIServiceProperties assistants = new OpenAIServiceProperties();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public OpenAIProvider getProvider() {
		return this.provider;
	}

	public void setProvider(OpenAIProvider provider) {
		this.provider = provider;
	}

	public OpenAIAzureProperties getAzure() {
		return this.azure;
	}

	public Map<String, OpenAIProperties> getClients() {
		return this.clients;
	}

	public void setClients(Map<String, OpenAIProperties> clients) {
		this.clients = clients;
	}

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getOrganization() {
		return this.organization;
	}

	public void setOrganization(@Nullable String organization) {
		this.organization = organization;
	}

	public @Nullable String getProject() {
		return this.project;
	}

	public void setProject(@Nullable String project) {
		this.project = project;
	}

	public OpenAIProxyProperties getProxy() {
		return this.proxy;
	}

	public OpenAISslProperties getSsl() {
		return this.ssl;
	}

	public OpenAIRetryProperties getRetry() {
		return this.retry;
	}

	public OpenAICircuitBreakerProperties getCircuitBreaker() {
		return this.circuitBreaker;
	}

	public OpenAIRateLimitProperties getRateLimit() {
		return this.rateLimit;
	}

	public OpenAIHealthProperties getHealth() {
		return this.health;
	}

	public OpenAIServiceProperties getModels() {
		return this.models;
	}

	public OpenAIServiceProperties getChat() {
		return this.chat;
	}

	public OpenAIServiceProperties getResponses() {
		return this.responses;
	}

	public OpenAIServiceProperties getConversations() {
		return this.conversations;
	}

	public OpenAIServiceProperties getChatKit() {
		return this.chatKit;
	}

	public OpenAIServiceProperties getRealtime() {
		return this.realtime;
	}

	public OpenAIServiceProperties getEmbeddings() {
		return this.embeddings;
	}

	public OpenAIServiceProperties getModerations() {
		return this.moderations;
	}

	public OpenAIServiceProperties getImages() {
		return this.images;
	}

	public OpenAIServiceProperties getAudio() {
		return this.audio;
	}

	public OpenAIServiceProperties getFiles() {
		return this.files;
	}

	public OpenAIServiceProperties getUploads() {
		return this.uploads;
	}

	public OpenAIServiceProperties getCompletions() {
		return this.completions;
	}

	public OpenAIServiceProperties getBatches() {
		return this.batches;
	}

	public OpenAIServiceProperties getFineTuning() {
		return this.fineTuning;
	}

	public OpenAIServiceProperties getEvals() {
		return this.evals;
	}

	public OpenAIServiceProperties getVectorStores() {
		return this.vectorStores;
	}

	public OpenAIServiceProperties getSkills() {
		return this.skills;
	}

	public OpenAIServiceProperties getVideos() {
		return this.videos;
	}

	public OpenAIServiceProperties getContainers() {
		return this.containers;
	}

	public OpenAIServiceProperties getAssistants() {
		return this.assistants;
	}

}
