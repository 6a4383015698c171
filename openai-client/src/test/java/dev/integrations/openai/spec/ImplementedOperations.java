package dev.integrations.openai.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import dev.integrations.openai.assistants.Assistant;
import dev.integrations.openai.assistants.AssistantRequest;
import dev.integrations.openai.assistants.AssistantStreamEvent;
import dev.integrations.openai.assistants.AssistantThread;
import dev.integrations.openai.assistants.Message;
import dev.integrations.openai.assistants.MessageRequest;
import dev.integrations.openai.assistants.Run;
import dev.integrations.openai.assistants.RunRequest;
import dev.integrations.openai.assistants.RunStep;
import dev.integrations.openai.assistants.ThreadRequest;
import dev.integrations.openai.assistants.ThreadRunRequest;
import dev.integrations.openai.audio.CustomVoice;
import dev.integrations.openai.audio.SpeechRequest;
import dev.integrations.openai.audio.SpeechStreamEvent;
import dev.integrations.openai.audio.Transcription;
import dev.integrations.openai.audio.TranscriptionRequest;
import dev.integrations.openai.audio.TranscriptionStreamEvent;
import dev.integrations.openai.audio.Translation;
import dev.integrations.openai.audio.TranslationRequest;
import dev.integrations.openai.audio.VoiceConsent;
import dev.integrations.openai.audio.VoiceConsentRequest;
import dev.integrations.openai.audio.VoiceRequest;
import dev.integrations.openai.batches.Batch;
import dev.integrations.openai.batches.CreateBatchRequest;
import dev.integrations.openai.chat.ChatCompletion;
import dev.integrations.openai.chat.ChatCompletionChunk;
import dev.integrations.openai.chat.ChatCompletionRequest;
import dev.integrations.openai.chat.StoredChatMessage;
import dev.integrations.openai.chatkit.ChatKitThread;
import dev.integrations.openai.chatkit.ChatKitThreadItem;
import dev.integrations.openai.chatkit.ChatSession;
import dev.integrations.openai.chatkit.ChatSessionRequest;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.completions.Completion;
import dev.integrations.openai.completions.CompletionRequest;
import dev.integrations.openai.containers.Container;
import dev.integrations.openai.containers.ContainerFile;
import dev.integrations.openai.containers.CreateContainerRequest;
import dev.integrations.openai.conversations.Conversation;
import dev.integrations.openai.conversations.ConversationCreateRequest;
import dev.integrations.openai.conversations.ConversationItemsRequest;
import dev.integrations.openai.conversations.ConversationUpdateRequest;
import dev.integrations.openai.embeddings.EmbeddingRequest;
import dev.integrations.openai.embeddings.EmbeddingResponse;
import dev.integrations.openai.evals.Eval;
import dev.integrations.openai.evals.EvalDeletion;
import dev.integrations.openai.evals.EvalOutputItem;
import dev.integrations.openai.evals.EvalRequest;
import dev.integrations.openai.evals.EvalRun;
import dev.integrations.openai.evals.EvalRunDeletion;
import dev.integrations.openai.evals.EvalRunRequest;
import dev.integrations.openai.evals.EvalUpdateRequest;
import dev.integrations.openai.files.FileUploadRequest;
import dev.integrations.openai.files.OpenAIFile;
import dev.integrations.openai.finetuning.CheckpointPermission;
import dev.integrations.openai.finetuning.CreateFineTuningJobRequest;
import dev.integrations.openai.finetuning.FineTuningJob;
import dev.integrations.openai.finetuning.FineTuningJobCheckpoint;
import dev.integrations.openai.finetuning.FineTuningJobEvent;
import dev.integrations.openai.finetuning.RunGraderRequest;
import dev.integrations.openai.finetuning.RunGraderResponse;
import dev.integrations.openai.finetuning.ValidateGraderResponse;
import dev.integrations.openai.images.ImageEditRequest;
import dev.integrations.openai.images.ImageGenerationRequest;
import dev.integrations.openai.images.ImageStreamEvent;
import dev.integrations.openai.images.ImageVariationRequest;
import dev.integrations.openai.images.ImagesResponse;
import dev.integrations.openai.models.Model;
import dev.integrations.openai.moderations.ModerationRequest;
import dev.integrations.openai.moderations.ModerationResponse;
import dev.integrations.openai.realtime.RealtimeCallReferRequest;
import dev.integrations.openai.realtime.RealtimeCallRejectRequest;
import dev.integrations.openai.realtime.RealtimeCallRequest;
import dev.integrations.openai.realtime.RealtimeClientEvent;
import dev.integrations.openai.realtime.RealtimeClientSecret;
import dev.integrations.openai.realtime.RealtimeClientSecretRequest;
import dev.integrations.openai.realtime.RealtimeEphemeralSession;
import dev.integrations.openai.realtime.RealtimeServerEvent;
import dev.integrations.openai.realtime.RealtimeSessionConfig;
import dev.integrations.openai.realtime.RealtimeTranslationClientSecret;
import dev.integrations.openai.realtime.RealtimeTranslationClientSecretRequest;
import dev.integrations.openai.responses.CompactRequest;
import dev.integrations.openai.responses.CompactedResponse;
import dev.integrations.openai.responses.InputTokenCount;
import dev.integrations.openai.responses.InputTokensRequest;
import dev.integrations.openai.responses.Response;
import dev.integrations.openai.responses.ResponseItem;
import dev.integrations.openai.responses.ResponseRequest;
import dev.integrations.openai.responses.ResponseStreamEvent;
import dev.integrations.openai.skills.CreateSkillRequest;
import dev.integrations.openai.skills.CreateSkillVersionRequest;
import dev.integrations.openai.skills.DeletedSkillVersion;
import dev.integrations.openai.skills.Skill;
import dev.integrations.openai.skills.SkillVersion;
import dev.integrations.openai.uploads.CompleteUploadRequest;
import dev.integrations.openai.uploads.CreateUploadRequest;
import dev.integrations.openai.uploads.Upload;
import dev.integrations.openai.uploads.UploadPart;
import dev.integrations.openai.vectorstores.FileBatchRequest;
import dev.integrations.openai.vectorstores.SearchRequest;
import dev.integrations.openai.vectorstores.SearchResults;
import dev.integrations.openai.vectorstores.VectorStore;
import dev.integrations.openai.vectorstores.VectorStoreFile;
import dev.integrations.openai.vectorstores.VectorStoreFileBatch;
import dev.integrations.openai.vectorstores.VectorStoreFileContent;
import dev.integrations.openai.vectorstores.VectorStoreFileRequest;
import dev.integrations.openai.vectorstores.VectorStoreRequest;
import dev.integrations.openai.vectorstores.VectorStoreUpdate;
import dev.integrations.openai.videos.Video;
import dev.integrations.openai.videos.VideoCharacter;
import dev.integrations.openai.videos.VideoCharacterRequest;
import dev.integrations.openai.videos.VideoCreateRequest;
import dev.integrations.openai.videos.VideoEditRequest;
import dev.integrations.openai.videos.VideoExtendRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

/**
 * The one table of what the client implements: each spec operation (by {@code operationId}) with the Java type sent
 * as its body, the Java type its JSON response is read as, and the type of its server-sent events. A new operation
 * adds one line here; {@link SpecConformanceTest} then holds its types against the spec and fails on an operation of
 * the client (a path built with {@code ApiRequest}) that is missing from this table.
 */
final class ImplementedOperations {

	/** The spec's content type of a JSON body. */
	static final String JSON = "application/json";

	/** The spec's content type of a multipart body. */
	static final String MULTIPART = "multipart/form-data";

	private static final String ASSISTANTS = "dev.integrations.openai.assistants.";

	private static final String CONTAINERS = "dev.integrations.openai.containers.";

	/**
	 * One implemented operation.
	 * @param operationId the spec's {@code operationId}
	 * @param requestContentType the content type of the request body the client sends
	 * @param request the Java type of the body (a package-private record where the method takes the body's fields
	 * as arguments, such as {@code {"metadata": ...}}), null when the operation has none
	 * @param response the Java type the JSON response is read as, null for binary downloads
	 * @param event the Java type of a streamed event, null when the operation does not stream
	 */
	record Entry(String operationId, String requestContentType, @Nullable JavaType request,
			@Nullable JavaType response, @Nullable JavaType event) {
	}

	/**
	 * A schema that no operation reaches but the client reads or writes, such as the events of a Realtime WebSocket
	 * session.
	 * @param schema the name of the spec's component schema
	 * @param direction whether the client writes ({@code REQUEST}) or reads ({@code RESPONSE}) it
	 * @param type the Java type
	 */
	record SchemaEntry(String schema, SchemaWalker.Direction direction, JavaType type) {
	}

	private final JavaWireModel java;

	private final List<Entry> entries = new ArrayList<>();

	private final List<SchemaEntry> schemas = new ArrayList<>();

	ImplementedOperations(JavaWireModel java) {
		this.java = java;
		// Assistants (beta)
		json("createAssistant", AssistantRequest.class, Assistant.class);
		get("getAssistant", Assistant.class);
		json("modifyAssistant", AssistantRequest.class, Assistant.class);
		get("deleteAssistant", DeletionStatus.class);
		list("listAssistants", Assistant.class);
		json("createThread", ThreadRequest.class, AssistantThread.class);
		get("getThread", AssistantThread.class);
		json("modifyThread", ThreadRequest.class, AssistantThread.class);
		get("deleteThread", DeletionStatus.class);
		stream("createThreadAndRun", ThreadRunRequest.class, Run.class, AssistantStreamEvent.class);
		json("createMessage", MessageRequest.class, Message.class);
		list("listMessages", Message.class);
		get("getMessage", Message.class);
		json("modifyMessage", packagePrivate(ASSISTANTS + "MetadataBody"), Message.class);
		get("deleteMessage", DeletionStatus.class);
		stream("createRun", RunRequest.class, Run.class, AssistantStreamEvent.class);
		list("listRuns", Run.class);
		get("getRun", Run.class);
		json("modifyRun", packagePrivate(ASSISTANTS + "MetadataBody"), Run.class);
		get("cancelRun", Run.class);
		stream("submitToolOuputsToRun", packagePrivate(ASSISTANTS + "SubmitToolOutputsBody"), Run.class,
				AssistantStreamEvent.class);
		list("listRunSteps", RunStep.class);
		get("getRunStep", RunStep.class);
		// Audio
		add("createSpeech", JSON, SpeechRequest.class, null, SpeechStreamEvent.class);
		add("createTranscription", MULTIPART, TranscriptionRequest.class, Transcription.class,
				TranscriptionStreamEvent.class);
		add("createTranslation", MULTIPART, TranslationRequest.class, Translation.class, null);
		// Audio voices and voice consents
		add("createVoiceConsent", MULTIPART, VoiceConsentRequest.class, VoiceConsent.class, null);
		list("listVoiceConsents", VoiceConsent.class);
		get("getVoiceConsent", VoiceConsent.class);
		json("updateVoiceConsent", packagePrivate("dev.integrations.openai.audio.VoiceConsentUpdate"),
				VoiceConsent.class);
		get("deleteVoiceConsent", DeletionStatus.class);
		add("createVoice", MULTIPART, VoiceRequest.class, CustomVoice.class, null);
		// Batch
		json("createBatch", CreateBatchRequest.class, Batch.class);
		get("retrieveBatch", Batch.class);
		list("listBatches", Batch.class);
		get("cancelBatch", Batch.class);
		// Chat
		stream("createChatCompletion", ChatCompletionRequest.class, ChatCompletion.class, ChatCompletionChunk.class);
		list("listChatCompletions", ChatCompletion.class);
		get("getChatCompletion", ChatCompletion.class);
		json("updateChatCompletion", packagePrivate("dev.integrations.openai.chat.ChatCompletionUpdate"),
				ChatCompletion.class);
		get("deleteChatCompletion", DeletionStatus.class);
		list("getChatCompletionMessages", StoredChatMessage.class);
		// Completions (legacy)
		stream("createCompletion", CompletionRequest.class, Completion.class, Completion.class);
		// ChatKit (beta)
		json("CreateChatSessionMethod", ChatSessionRequest.class, ChatSession.class);
		get("CancelChatSessionMethod", ChatSession.class);
		list("ListThreadsMethod", ChatKitThread.class);
		get("GetThreadMethod", ChatKitThread.class);
		get("DeleteThreadMethod", DeletionStatus.class);
		list("ListThreadItemsMethod", ChatKitThreadItem.class);
		// Containers
		json("CreateContainer", CreateContainerRequest.class, Container.class);
		list("ListContainers", Container.class);
		get("RetrieveContainer", Container.class);
		add("DeleteContainer", JSON, null, null, null);
		// one schema for both of its bodies: JSON {file_id} and the multipart form {file}
		add("CreateContainerFile", MULTIPART, packagePrivate(CONTAINERS + "ContainerFileBody"), ContainerFile.class,
				null);
		list("ListContainerFiles", ContainerFile.class);
		get("RetrieveContainerFile", ContainerFile.class);
		add("DeleteContainerFile", JSON, null, null, null);
		add("RetrieveContainerFileContent", JSON, null, null, null);
		// Conversations
		json("createConversation", ConversationCreateRequest.class, Conversation.class);
		get("getConversation", Conversation.class);
		json("updateConversation", ConversationUpdateRequest.class, Conversation.class);
		get("deleteConversation", DeletionStatus.class);
		list("listConversationItems", ResponseItem.class);
		this.entries.add(new Entry("createConversationItems", JSON, type(ConversationItemsRequest.class),
				this.java.parameterized(ListResponse.class, ResponseItem.class), null));
		get("getConversationItem", ResponseItem.class);
		get("deleteConversationItem", Conversation.class);
		// Embeddings, Moderations, Models
		json("createEmbedding", EmbeddingRequest.class, EmbeddingResponse.class);
		json("createModeration", ModerationRequest.class, ModerationResponse.class);
		list("listModels", Model.class);
		get("retrieveModel", Model.class);
		get("deleteModel", DeletionStatus.class);
		// Files and uploads
		add("createFile", MULTIPART, FileUploadRequest.class, OpenAIFile.class, null);
		list("listFiles", OpenAIFile.class);
		get("retrieveFile", OpenAIFile.class);
		get("deleteFile", DeletionStatus.class);
		add("downloadFile", JSON, null, null, null);
		json("createUpload", CreateUploadRequest.class, Upload.class);
		add("addUploadPart", MULTIPART, null, UploadPart.class, null);
		json("completeUpload", CompleteUploadRequest.class, Upload.class);
		get("cancelUpload", Upload.class);
		// Evals
		list("listEvals", Eval.class);
		json("createEval", EvalRequest.class, Eval.class);
		get("getEval", Eval.class);
		json("updateEval", EvalUpdateRequest.class, Eval.class);
		get("deleteEval", EvalDeletion.class);
		list("getEvalRuns", EvalRun.class);
		json("createEvalRun", EvalRunRequest.class, EvalRun.class);
		get("getEvalRun", EvalRun.class);
		get("cancelEvalRun", EvalRun.class);
		get("deleteEvalRun", EvalRunDeletion.class);
		list("getEvalRunOutputItems", EvalOutputItem.class);
		get("getEvalRunOutputItem", EvalOutputItem.class);
		// Fine-tuning
		json("createFineTuningJob", CreateFineTuningJobRequest.class, FineTuningJob.class);
		list("listPaginatedFineTuningJobs", FineTuningJob.class);
		get("retrieveFineTuningJob", FineTuningJob.class);
		get("cancelFineTuningJob", FineTuningJob.class);
		get("pauseFineTuningJob", FineTuningJob.class);
		get("resumeFineTuningJob", FineTuningJob.class);
		list("listFineTuningEvents", FineTuningJobEvent.class);
		list("listFineTuningJobCheckpoints", FineTuningJobCheckpoint.class);
		add("createFineTuningCheckpointPermission", JSON,
				packagePrivate("dev.integrations.openai.finetuning.CreatePermissionBody"),
				this.java.parameterized(ListResponse.class, CheckpointPermission.class), null);
		list("listFineTuningCheckpointPermissions", CheckpointPermission.class);
		get("deleteFineTuningCheckpointPermission", DeletionStatus.class);
		json("runGrader", RunGraderRequest.class, RunGraderResponse.class);
		json("validateGrader", packagePrivate("dev.integrations.openai.finetuning.ValidateGraderBody"),
				ValidateGraderResponse.class);
		// Images
		stream("createImage", ImageGenerationRequest.class, ImagesResponse.class, ImageStreamEvent.class);
		add("createImageEdit", MULTIPART, ImageEditRequest.class, ImagesResponse.class, ImageStreamEvent.class);
		add("createImageVariation", MULTIPART, ImageVariationRequest.class, ImagesResponse.class, null);
		// Realtime (REST)
		json("create-realtime-client-secret", RealtimeClientSecretRequest.class, RealtimeClientSecret.class);
		json("create-realtime-translation-client-secret", RealtimeTranslationClientSecretRequest.class,
				RealtimeTranslationClientSecret.class);
		json("create-realtime-session", Map.class, RealtimeEphemeralSession.class);
		json("create-realtime-transcription-session", Map.class, RealtimeEphemeralSession.class);
		add("create-realtime-call", MULTIPART, RealtimeCallRequest.class, null, null);
		add("accept-realtime-call", JSON, RealtimeSessionConfig.class, null, null);
		add("hangup-realtime-call", JSON, null, null, null);
		add("refer-realtime-call", JSON, RealtimeCallReferRequest.class, null, null);
		add("reject-realtime-call", JSON, RealtimeCallRejectRequest.class, null, null);
		// Responses
		stream("createResponse", ResponseRequest.class, Response.class, ResponseStreamEvent.class);
		add("getResponse", JSON, null, Response.class, ResponseStreamEvent.class);
		get("deleteResponse", DeletionStatus.class);
		get("cancelResponse", Response.class);
		list("listInputItems", ResponseItem.class);
		json("Getinputtokencounts", InputTokensRequest.class, InputTokenCount.class);
		json("Compactconversation", CompactRequest.class, CompactedResponse.class);
		// Responses, beta routes (?beta=true): the same records, ResponseRequest with its beta field multi_agent
		stream("beta_createResponse", ResponseRequest.class, Response.class, ResponseStreamEvent.class);
		add("beta_getResponse", JSON, null, Response.class, ResponseStreamEvent.class);
		get("beta_deleteResponse", DeletionStatus.class);
		get("beta_cancelResponse", Response.class);
		list("beta_listInputItems", ResponseItem.class);
		json("beta_Getinputtokencounts", InputTokensRequest.class, InputTokenCount.class);
		json("beta_Compactconversation", CompactRequest.class, CompactedResponse.class);
		// Skills
		add("CreateSkill", MULTIPART, CreateSkillRequest.class, Skill.class, null);
		list("ListSkills", Skill.class);
		get("GetSkill", Skill.class);
		json("UpdateSkillDefaultVersion", packagePrivate("dev.integrations.openai.skills.DefaultVersionUpdate"),
				Skill.class);
		get("DeleteSkill", DeletionStatus.class);
		add("GetSkillContent", JSON, null, null, null);
		add("CreateSkillVersion", MULTIPART, CreateSkillVersionRequest.class, SkillVersion.class, null);
		list("ListSkillVersions", SkillVersion.class);
		get("GetSkillVersion", SkillVersion.class);
		get("DeleteSkillVersion", DeletedSkillVersion.class);
		add("GetSkillVersionContent", JSON, null, null, null);
		// Vector stores
		json("createVectorStore", VectorStoreRequest.class, VectorStore.class);
		get("getVectorStore", VectorStore.class);
		json("modifyVectorStore", VectorStoreUpdate.class, VectorStore.class);
		get("deleteVectorStore", DeletionStatus.class);
		list("listVectorStores", VectorStore.class);
		json("searchVectorStore", SearchRequest.class, SearchResults.class);
		json("createVectorStoreFile", VectorStoreFileRequest.class, VectorStoreFile.class);
		list("listVectorStoreFiles", VectorStoreFile.class);
		get("getVectorStoreFile", VectorStoreFile.class);
		json("updateVectorStoreFileAttributes",
				packagePrivate("dev.integrations.openai.vectorstores.FileAttributesUpdate"), VectorStoreFile.class);
		get("deleteVectorStoreFile", DeletionStatus.class);
		get("retrieveVectorStoreFileContent", VectorStoreFileContent.class);
		json("createVectorStoreFileBatch", FileBatchRequest.class, VectorStoreFileBatch.class);
		get("getVectorStoreFileBatch", VectorStoreFileBatch.class);
		get("cancelVectorStoreFileBatch", VectorStoreFileBatch.class);
		list("listFilesInVectorStoreBatch", VectorStoreFile.class);
		// Videos (a request holding a file goes as multipart, whose schema also allows the JSON body's references)
		add("createVideo", MULTIPART, VideoCreateRequest.class, Video.class, null);
		list("ListVideos", Video.class);
		get("GetVideo", Video.class);
		get("DeleteVideo", DeletionStatus.class);
		json("CreateVideoRemix", packagePrivate("dev.integrations.openai.videos.VideoRemixBody"), Video.class);
		add("CreateVideoEdit", MULTIPART, VideoEditRequest.class, Video.class, null);
		add("CreateVideoExtend", MULTIPART, VideoExtendRequest.class, Video.class, null);
		add("CreateVideoCharacter", MULTIPART, VideoCharacterRequest.class, VideoCharacter.class, null);
		get("GetVideoCharacter", VideoCharacter.class);
		add("RetrieveVideoContent", JSON, null, null, null);
		// Schemas outside operations: the events of a Realtime session (WebSocket)
		schema("RealtimeClientEvent", SchemaWalker.Direction.REQUEST, RealtimeClientEvent.class);
		schema("RealtimeServerEvent", SchemaWalker.Direction.RESPONSE, RealtimeServerEvent.class);
	}

	/** @return the schemas checked outside operations, in declaration order */
	List<SchemaEntry> schemas() {
		return Collections.unmodifiableList(this.schemas);
	}

	private void schema(String name, SchemaWalker.Direction direction, Class<?> type) {
		this.schemas.add(new SchemaEntry(name, direction, this.java.type(type)));
	}

	/** @return the entries, in declaration order */
	List<Entry> entries() {
		return Collections.unmodifiableList(this.entries);
	}

	private void json(String id, java.lang.reflect.Type request, Class<?> response) {
		add(id, JSON, request, response, null);
	}

	private void stream(String id, java.lang.reflect.Type request, Class<?> response, Class<?> event) {
		add(id, JSON, request, response, event);
	}

	private void get(String id, Class<?> response) {
		add(id, JSON, null, response, null);
	}

	private void list(String id, Class<?> element) {
		this.entries.add(new Entry(id, JSON, null, this.java.parameterized(ListResponse.class, element), null));
	}

	private void add(String id, String contentType, java.lang.reflect.@Nullable Type request,
			java.lang.reflect.@Nullable Type response, java.lang.reflect.@Nullable Type event) {
		this.entries.add(new Entry(id, contentType, type(request), type(response), type(event)));
	}

	private @Nullable JavaType type(java.lang.reflect.@Nullable Type type) {
		return (type != null) ? this.java.type(type) : null;
	}

	private static Class<?> packagePrivate(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(name + " moved: update the operations table", ex);
		}
	}

}
