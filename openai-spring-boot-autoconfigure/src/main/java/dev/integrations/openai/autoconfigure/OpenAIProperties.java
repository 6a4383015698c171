package dev.integrations.openai.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.integrations.openai.client.OpenAIConfig;
import dev.integrations.openai.client.ProxySettings;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties of the OpenAI client ({@code openai.*}). The defaults are those of
 * {@link OpenAIConfig}; the API key also binds from the {@code OPENAI_API_KEY} environment variable.
 */
@ConfigurationProperties("openai")
public class OpenAIProperties {

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

	/** Time to wait for a TCP (and TLS) connection. */
	private Duration connectTimeout = Duration.ofSeconds(10);

	/** Time a non-streaming call may take, per attempt, until its whole body arrived. */
	private Duration responseTimeout = Duration.ofMinutes(10);

	/** Time a stream may stay silent: before the response, then between two reads of its data. */
	private Duration streamIdleTimeout = Duration.ofMinutes(2);

	/** User-Agent header; when not set, names this client and the Java version. */
	private @Nullable String userAgent;

	/** Headers sent with every request (Authorization excepted). */
	private Map<String, String> defaultHeaders = new LinkedHashMap<>();

	/** Largest response body buffered in memory; larger bodies fail with a typed error. */
	private DataSize maxInMemorySize = DataSize.ofMegabytes(16);

	/** Largest response head (status line and headers) accepted; larger heads fail with a typed error. */
	private DataSize maxResponseHeaderSize = DataSize.ofKilobytes(64);

	/** Size of the connection pool: one connection per call in flight or open stream. */
	private int maxConnections = 1000;

	/** Calls that may wait for a pooled connection while all are in use; when not set, twice max-connections. */
	private @Nullable Integer maxPendingAcquires;

	/** Time a call may wait for a pooled connection before it fails with a retryable timeout. */
	private Duration pendingAcquireTimeout = Duration.ofSeconds(10);

	/** Fields merged into every JSON request body; each value is JSON (text that is not JSON is a string). */
	private Map<String, String> extraBody = new LinkedHashMap<>();

	/** Query parameters added to every request. */
	private Map<String, String> extraQuery = new LinkedHashMap<>();

	/** Headers added to every request, after the default headers. */
	private Map<String, String> extraHeaders = new LinkedHashMap<>();

	/** Azure OpenAI settings, used when provider is azure. */
	private final Azure azure = new Azure();

	/**
	 * Named clients: each accepts every openai.* setting and inherits what it does not set from openai.*, except the
	 * api-key, organization and project when its provider differs.
	 */
	private Map<String, OpenAIProperties> clients = new LinkedHashMap<>();

	/** Outbound proxy. */
	private final Proxy proxy = new Proxy();

	/** TLS of the connection to the API. */
	private final Ssl ssl = new Ssl();

	/** Retry of failed calls. */
	private final Retry retry = new Retry();

	/** Circuit breaker guarding every call. */
	private final CircuitBreaker circuitBreaker = new CircuitBreaker();

	/** Health indicator. */
	private final Health health = new Health();

	/** Models API (/models). */
	private final Service models = new Service();

	/** Chat Completions API (/chat/completions). */
	private final Service chat = new Service();

	/** Responses API (/responses). */
	private final Service responses = new Service();

	/** Conversations API (/conversations). */
	private final Service conversations = new Service();

	/** Realtime API's REST operations (/realtime: client secrets and calls). */
	private final Service realtime = new Service();

	/** Embeddings API (/embeddings). */
	private final Service embeddings = new Service();

	/** Moderations API (/moderations). */
	private final Service moderations = new Service();

	/** Images API (/images). */
	private final Service images = new Service();

	/** Audio API (/audio): speech, transcriptions, translations. */
	private final Service audio = new Service();

	/** Files API (/files). */
	private final Service files = new Service();

	/** Uploads API (/uploads), for large files in parts. */
	private final Service uploads = new Service();

	/** Batch API (/batches). */
	private final Service batches = new Service();

	/** Fine-tuning API (/fine_tuning). */
	private final Service fineTuning = new Service();

	/** Vector stores API (/vector_stores). */
	private final Service vectorStores = new Service();

	/** Assistants API (/assistants, /threads), deprecated by OpenAI in favor of the Responses API. */
	private final Service assistants = new Service();

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

	public Map<String, String> getExtraBody() {
		return this.extraBody;
	}

	public void setExtraBody(Map<String, String> extraBody) {
		this.extraBody = extraBody;
	}

	public Map<String, String> getExtraQuery() {
		return this.extraQuery;
	}

	public void setExtraQuery(Map<String, String> extraQuery) {
		this.extraQuery = extraQuery;
	}

	public Map<String, String> getExtraHeaders() {
		return this.extraHeaders;
	}

	public void setExtraHeaders(Map<String, String> extraHeaders) {
		this.extraHeaders = extraHeaders;
	}

	public Azure getAzure() {
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

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getResponseTimeout() {
		return this.responseTimeout;
	}

	public void setResponseTimeout(Duration responseTimeout) {
		this.responseTimeout = responseTimeout;
	}

	public Duration getStreamIdleTimeout() {
		return this.streamIdleTimeout;
	}

	public void setStreamIdleTimeout(Duration streamIdleTimeout) {
		this.streamIdleTimeout = streamIdleTimeout;
	}

	public @Nullable String getUserAgent() {
		return this.userAgent;
	}

	public void setUserAgent(@Nullable String userAgent) {
		this.userAgent = userAgent;
	}

	public Map<String, String> getDefaultHeaders() {
		return this.defaultHeaders;
	}

	public void setDefaultHeaders(Map<String, String> defaultHeaders) {
		this.defaultHeaders = defaultHeaders;
	}

	public DataSize getMaxInMemorySize() {
		return this.maxInMemorySize;
	}

	public void setMaxInMemorySize(DataSize maxInMemorySize) {
		this.maxInMemorySize = maxInMemorySize;
	}

	public DataSize getMaxResponseHeaderSize() {
		return this.maxResponseHeaderSize;
	}

	public void setMaxResponseHeaderSize(DataSize maxResponseHeaderSize) {
		this.maxResponseHeaderSize = maxResponseHeaderSize;
	}

	public int getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	public @Nullable Integer getMaxPendingAcquires() {
		return this.maxPendingAcquires;
	}

	public void setMaxPendingAcquires(@Nullable Integer maxPendingAcquires) {
		this.maxPendingAcquires = maxPendingAcquires;
	}

	public Duration getPendingAcquireTimeout() {
		return this.pendingAcquireTimeout;
	}

	public void setPendingAcquireTimeout(Duration pendingAcquireTimeout) {
		this.pendingAcquireTimeout = pendingAcquireTimeout;
	}

	public Proxy getProxy() {
		return this.proxy;
	}

	public Ssl getSsl() {
		return this.ssl;
	}

	public Retry getRetry() {
		return this.retry;
	}

	public CircuitBreaker getCircuitBreaker() {
		return this.circuitBreaker;
	}

	public Health getHealth() {
		return this.health;
	}

	public Service getModels() {
		return this.models;
	}

	public Service getChat() {
		return this.chat;
	}

	public Service getResponses() {
		return this.responses;
	}

	public Service getConversations() {
		return this.conversations;
	}

	public Service getRealtime() {
		return this.realtime;
	}

	public Service getEmbeddings() {
		return this.embeddings;
	}

	public Service getModerations() {
		return this.moderations;
	}

	public Service getImages() {
		return this.images;
	}

	public Service getAudio() {
		return this.audio;
	}

	public Service getFiles() {
		return this.files;
	}

	public Service getUploads() {
		return this.uploads;
	}

	public Service getBatches() {
		return this.batches;
	}

	public Service getFineTuning() {
		return this.fineTuning;
	}

	public Service getVectorStores() {
		return this.vectorStores;
	}

	public Service getAssistants() {
		return this.assistants;
	}

	/**
	 * Outbound proxy settings; a proxy is used when {@code host} is set.
	 */
	public static class Proxy {

		/** Proxy protocol. */
		private ProxySettings.Type type = ProxySettings.Type.HTTP;

		/** Proxy host; no proxy when not set. */
		private @Nullable String host;

		/** Proxy port. */
		private @Nullable Integer port;

		/** Proxy user, when the proxy authenticates. */
		private @Nullable String username;

		/** Proxy password, when the proxy authenticates. */
		private @Nullable String password;

		/** Regular expression of hosts reached directly, bypassing the proxy. */
		private @Nullable String nonProxyHosts;

		public ProxySettings.Type getType() {
			return this.type;
		}

		public void setType(ProxySettings.Type type) {
			this.type = type;
		}

		public @Nullable String getHost() {
			return this.host;
		}

		public void setHost(@Nullable String host) {
			this.host = host;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		public @Nullable String getUsername() {
			return this.username;
		}

		public void setUsername(@Nullable String username) {
			this.username = username;
		}

		public @Nullable String getPassword() {
			return this.password;
		}

		public void setPassword(@Nullable String password) {
			this.password = password;
		}

		public @Nullable String getNonProxyHosts() {
			return this.nonProxyHosts;
		}

		public void setNonProxyHosts(@Nullable String nonProxyHosts) {
			this.nonProxyHosts = nonProxyHosts;
		}

	}

	/**
	 * TLS settings.
	 */
	public static class Ssl {

		/** Name of the SSL bundle (spring.ssl.bundle.*) securing the connection; the JDK defaults when not set. */
		private @Nullable String bundle;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

	/**
	 * Retry settings: retryable failures are 408, 409, 429, 5xx, connection errors and timeouts.
	 */
	public static class Retry {

		/** Retries after the first attempt; 0 disables retrying. */
		private int maxRetries = 2;

		/** Delay before the first retry. */
		private Duration initialBackoff = Duration.ofMillis(500);

		/** Upper bound of any retry delay; a longer retry-after from the server fails the call at once. */
		private Duration maxBackoff = Duration.ofSeconds(8);

		/** Growth factor between two retry delays. */
		private double multiplier = 2.0;

		/** Fraction (0 to 1) of each retry delay that is randomized. */
		private double jitter = 0.25;

		/** Whether a POST is sent again after a failure that came after it was written (the server may have acted). */
		private boolean retryAfterRequestSent = true;

		public int getMaxRetries() {
			return this.maxRetries;
		}

		public void setMaxRetries(int maxRetries) {
			this.maxRetries = maxRetries;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(double multiplier) {
			this.multiplier = multiplier;
		}

		public double getJitter() {
			return this.jitter;
		}

		public void setJitter(double jitter) {
			this.jitter = jitter;
		}

		public boolean isRetryAfterRequestSent() {
			return this.retryAfterRequestSent;
		}

		public void setRetryAfterRequestSent(boolean retryAfterRequestSent) {
			this.retryAfterRequestSent = retryAfterRequestSent;
		}

	}

	/**
	 * Circuit breaker settings.
	 */
	public static class CircuitBreaker {

		/** Whether calls go through a circuit breaker. */
		private boolean enabled = true;

		/** Consecutive failed calls (5xx, network errors, timeouts) that open the circuit. */
		private int failureThreshold = 10;

		/** How long an open circuit fails calls fast before letting one probe through. */
		private Duration openDuration = Duration.ofSeconds(30);

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getFailureThreshold() {
			return this.failureThreshold;
		}

		public void setFailureThreshold(int failureThreshold) {
			this.failureThreshold = failureThreshold;
		}

		public Duration getOpenDuration() {
			return this.openDuration;
		}

		public void setOpenDuration(Duration openDuration) {
			this.openDuration = openDuration;
		}

	}

	/**
	 * Health indicator settings (enable it with {@code management.health.openai.enabled}).
	 */
	public static class Health {

		/** Time the health check's list-models call may take. */
		private Duration timeout = Duration.ofSeconds(5);

		/** How long a health check result is reused before the API is asked again. */
		private Duration cacheTtl = Duration.ofSeconds(30);

		public Duration getTimeout() {
			return this.timeout;
		}

		public void setTimeout(Duration timeout) {
			this.timeout = timeout;
		}

		public Duration getCacheTtl() {
			return this.cacheTtl;
		}

		public void setCacheTtl(Duration cacheTtl) {
			this.cacheTtl = cacheTtl;
		}

	}

	/**
	 * Azure OpenAI settings. A base URL ending in /openai/v1 is Azure's v1 URL form; any other (such as
	 * https://{resource}.openai.azure.com/openai) is the deployment form, which needs api-version.
	 */
	public static class Azure {

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

	/**
	 * Switch of one API group's service bean.
	 */
	public static class Service {

		/** Whether to create this API group's service bean. */
		private boolean enabled = true;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

}
