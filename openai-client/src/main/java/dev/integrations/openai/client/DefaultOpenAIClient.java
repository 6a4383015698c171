package dev.integrations.openai.client;

import java.util.Optional;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.batches.BatchService;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chatkit.ChatKitService;
import dev.integrations.openai.completions.CompletionService;
import dev.integrations.openai.containers.ContainerService;
import dev.integrations.openai.conversations.ConversationService;
import dev.integrations.openai.embeddings.EmbeddingService;
import dev.integrations.openai.evals.EvalService;
import dev.integrations.openai.files.FileService;
import dev.integrations.openai.finetuning.FineTuningService;
import dev.integrations.openai.images.ImageService;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.Services;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.moderations.ModerationService;
import dev.integrations.openai.realtime.RealtimeService;
import dev.integrations.openai.realtime.RealtimeSessions;
import dev.integrations.openai.resilience.ResilienceOrchestrator;
import dev.integrations.openai.responses.ResponseService;
import dev.integrations.openai.skills.SkillService;
import dev.integrations.openai.uploads.UploadService;
import dev.integrations.openai.vectorstores.VectorStoreService;
import dev.integrations.openai.videos.VideoService;
import org.jspecify.annotations.Nullable;

/**
 * The {@link OpenAIClient}: every service shares one {@link ApiExecutor}.
 */
final class DefaultOpenAIClient implements OpenAIClient {

	private final OpenAIConfig config;

	private final ApiExecutor executor;

	private final @Nullable PoolMetricsRegistrar poolMetrics;

	private final Runnable onClose;

	private final ModelService models;

	private final ChatCompletionService chatCompletions;

	private final CompletionService completions;

	private final ResponseService responses;

	private final ConversationService conversations;

	private final ChatKitService chatKit;

	private final RealtimeService realtime;

	private final EmbeddingService embeddings;

	private final ModerationService moderations;

	private final ImageService images;

	private final AudioService audio;

	private final FileService files;

	private final UploadService uploads;

	private final BatchService batches;

	private final FineTuningService fineTuning;

	private final EvalService evals;

	private final VectorStoreService vectorStores;

	private final SkillService skills;

	private final VideoService videos;

	private final ContainerService containers;

	private final AssistantService assistants;

	private final ThreadService threads;

	private final RealtimeSessions realtimeSessions;

	@SuppressWarnings("deprecation")
	DefaultOpenAIClient(OpenAIConfig config, ApiExecutor executor, @Nullable PoolMetricsRegistrar poolMetrics,
			RealtimeSessions realtimeSessions, Runnable onClose) {
		this.config = config;
		this.executor = executor;
		this.poolMetrics = poolMetrics;
		this.onClose = onClose;
		this.realtimeSessions = realtimeSessions;
		this.models = Services.create(ModelService.class, executor);
		this.chatCompletions = Services.create(ChatCompletionService.class, executor);
		this.completions = Services.create(CompletionService.class, executor);
		this.responses = Services.create(ResponseService.class, executor);
		this.conversations = Services.create(ConversationService.class, executor);
		this.chatKit = Services.create(ChatKitService.class, executor);
		this.realtime = Services.create(RealtimeService.class, executor);
		this.embeddings = Services.create(EmbeddingService.class, executor);
		this.moderations = Services.create(ModerationService.class, executor);
		this.images = Services.create(ImageService.class, executor);
		this.audio = Services.create(AudioService.class, executor);
		this.files = Services.create(FileService.class, executor);
		this.uploads = Services.create(UploadService.class, executor);
		this.batches = Services.create(BatchService.class, executor);
		this.fineTuning = Services.create(FineTuningService.class, executor);
		this.evals = Services.create(EvalService.class, executor);
		this.vectorStores = Services.create(VectorStoreService.class, executor);
		this.skills = Services.create(SkillService.class, executor);
		this.videos = Services.create(VideoService.class, executor);
		this.containers = Services.create(ContainerService.class, executor);
		this.assistants = Services.create(AssistantService.class, executor);
		this.threads = Services.create(ThreadService.class, executor);
	}

	@Override
	public OpenAIConfig config() {
		return this.config;
	}

	@Override
	public ResilienceOrchestrator orchestrator() {
		return this.executor.orchestrator();
	}

	@Override
	public Optional<ConnectionPoolStats> connectionPoolStats() {
		PoolMetricsRegistrar metrics = this.poolMetrics;
		return (metrics != null) ? Optional.of(metrics.snapshot(this.config.maxConnections())) : Optional.empty();
	}

	/** @return the executor every service shares, for code in this package and its tests */
	ApiExecutor executor() {
		return this.executor;
	}

	@Override
	public ModelService models() {
		return this.models;
	}

	@Override
	public ChatCompletionService chatCompletions() {
		return this.chatCompletions;
	}

	@Override
	public CompletionService completions() {
		return this.completions;
	}

	@Override
	public ResponseService responses() {
		return this.responses;
	}

	@Override
	public ConversationService conversations() {
		return this.conversations;
	}

	@Override
	public ChatKitService chatKit() {
		return this.chatKit;
	}

	@Override
	public RealtimeService realtime() {
		return this.realtime;
	}

	@Override
	public EmbeddingService embeddings() {
		return this.embeddings;
	}

	@Override
	public ModerationService moderations() {
		return this.moderations;
	}

	@Override
	public ImageService images() {
		return this.images;
	}

	@Override
	public AudioService audio() {
		return this.audio;
	}

	@Override
	public FileService files() {
		return this.files;
	}

	@Override
	public UploadService uploads() {
		return this.uploads;
	}

	@Override
	public BatchService batches() {
		return this.batches;
	}

	@Override
	public FineTuningService fineTuning() {
		return this.fineTuning;
	}

	@Override
	public EvalService evals() {
		return this.evals;
	}

	@Override
	public VectorStoreService vectorStores() {
		return this.vectorStores;
	}

	@Override
	public SkillService skills() {
		return this.skills;
	}

	@Deprecated
	@Override
	public VideoService videos() {
		return this.videos;
	}

	@Override
	public ContainerService containers() {
		return this.containers;
	}

	@Override
	public RealtimeSessions realtimeSessions() {
		return this.realtimeSessions;
	}

	@Deprecated
	@Override
	public AssistantService assistants() {
		return this.assistants;
	}

	@Deprecated
	@Override
	public ThreadService threads() {
		return this.threads;
	}

	@Override
	public void close() {
		this.onClose.run();
	}

	@Override
	public String toString() {
		return "OpenAIClient[" + this.config + "]";
	}

}
