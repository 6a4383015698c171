package dev.integrations.openai.autoconfigure;

import java.util.List;
import java.util.function.Function;

import dev.integrations.openai.assistants.AssistantService;
import dev.integrations.openai.assistants.ThreadService;
import dev.integrations.openai.audio.AudioService;
import dev.integrations.openai.batches.BatchService;
import dev.integrations.openai.chat.ChatCompletionService;
import dev.integrations.openai.chatkit.ChatKitService;
import dev.integrations.openai.client.OpenAIClient;
import dev.integrations.openai.completions.CompletionService;
import dev.integrations.openai.conversations.ConversationService;
import dev.integrations.openai.realtime.RealtimeService;
import dev.integrations.openai.containers.ContainerService;
import dev.integrations.openai.embeddings.EmbeddingService;
import dev.integrations.openai.evals.EvalService;
import dev.integrations.openai.files.FileService;
import dev.integrations.openai.finetuning.FineTuningService;
import dev.integrations.openai.images.ImageService;
import dev.integrations.openai.models.ModelService;
import dev.integrations.openai.moderations.ModerationService;
import dev.integrations.openai.responses.ResponseService;
import dev.integrations.openai.skills.SkillService;
import dev.integrations.openai.uploads.UploadService;
import dev.integrations.openai.vectorstores.VectorStoreService;
import dev.integrations.openai.videos.VideoService;

/**
 * The service beans of a named client: type, accessor on the client, and the switch in {@link OpenAIProperties}.
 *
 * @param type the service type
 * @param accessor the client's accessor
 * @param enabled reads the service's switch
 */
record OpenAIServiceBeans(Class<?> type, Function<OpenAIClient, Object> accessor,
		Function<OpenAIProperties, OpenAIServiceProperties> enabled) {

	@SuppressWarnings("deprecation")
	static final List<OpenAIServiceBeans> ALL = List.of(
			new OpenAIServiceBeans(ModelService.class, OpenAIClient::models, OpenAIProperties::getModels),
			new OpenAIServiceBeans(ChatCompletionService.class, OpenAIClient::chatCompletions, OpenAIProperties::getChat),
			new OpenAIServiceBeans(CompletionService.class, OpenAIClient::completions,
					OpenAIProperties::getCompletions),
			new OpenAIServiceBeans(ResponseService.class, OpenAIClient::responses, OpenAIProperties::getResponses),
			new OpenAIServiceBeans(ConversationService.class, OpenAIClient::conversations,
					OpenAIProperties::getConversations),
			new OpenAIServiceBeans(RealtimeService.class, OpenAIClient::realtime, OpenAIProperties::getRealtime),
			new OpenAIServiceBeans(ChatKitService.class, OpenAIClient::chatKit, OpenAIProperties::getChatKit),
			new OpenAIServiceBeans(EmbeddingService.class, OpenAIClient::embeddings, OpenAIProperties::getEmbeddings),
			new OpenAIServiceBeans(ModerationService.class, OpenAIClient::moderations,
					OpenAIProperties::getModerations),
			new OpenAIServiceBeans(ImageService.class, OpenAIClient::images, OpenAIProperties::getImages),
			new OpenAIServiceBeans(AudioService.class, OpenAIClient::audio, OpenAIProperties::getAudio),
			new OpenAIServiceBeans(FileService.class, OpenAIClient::files, OpenAIProperties::getFiles),
			new OpenAIServiceBeans(UploadService.class, OpenAIClient::uploads, OpenAIProperties::getUploads),
			new OpenAIServiceBeans(BatchService.class, OpenAIClient::batches, OpenAIProperties::getBatches),
			new OpenAIServiceBeans(FineTuningService.class, OpenAIClient::fineTuning, OpenAIProperties::getFineTuning),
			new OpenAIServiceBeans(EvalService.class, OpenAIClient::evals, OpenAIProperties::getEvals),
			new OpenAIServiceBeans(VectorStoreService.class, OpenAIClient::vectorStores,
					OpenAIProperties::getVectorStores),
			new OpenAIServiceBeans(SkillService.class, OpenAIClient::skills, OpenAIProperties::getSkills),
			new OpenAIServiceBeans(VideoService.class, OpenAIClient::videos, OpenAIProperties::getVideos),
			new OpenAIServiceBeans(ContainerService.class, OpenAIClient::containers, OpenAIProperties::getContainers),
			new OpenAIServiceBeans(AssistantService.class, OpenAIClient::assistants, OpenAIProperties::getAssistants),
			new OpenAIServiceBeans(ThreadService.class, OpenAIClient::threads, OpenAIProperties::getAssistants));

	/** @return the bean name of this service for a client name, such as {@code azureChatCompletionService} */
	String beanName(String clientName) {
		return clientName + this.type.getSimpleName();
	}

}
