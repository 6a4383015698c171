package dev.integrations.openai.spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one list of deliberate differences between the spec and the Java wire types. A key is the nearest named
 * schema and the property chain after it, as {@link SchemaWalker.Finding#key()} prints it; a key also covers
 * everything below it ({@code CreateResponse.tools} covers {@code CreateResponse.tools[].x}). Every entry says why.
 * An entry with {@code *} matches any one schema name there ({@code Beta*.agent}). An entry that no longer matches
 * anything fails the test, so the list only shrinks. The beta routes' schemas are copies of the stable ones, so an
 * entry for {@code X} also covers {@code BetaX}.
 */
final class SpecAllowList {

	private static final String BETA = "Beta";

	private static final Map<String, String> ENTRIES = new LinkedHashMap<>();

	static {
		// one group per reason: why the difference is deliberate, or which issue closes it
		group("ToolChoiceParam declares no discriminator (ToolChoiceTypes holds eight type values), so the guard "
				+ "matches its object branches by shape; ToolChoice.Named reads type as its type id (EXISTING_PROPERTY) "
				+ "and every member writes it (ResponseToolsTest, ToolChoiceTest)",
				"ToolChoiceAllowed.type", "ToolChoiceCustom.type", "ToolChoiceFunction.type", "ToolChoiceMCP.type");
		group("beta-only multi-agent preview (responses().beta()): the agent tag of beta items and events is read "
				+ "leniently and dropped; the multi-agent items and the encrypted_content message part are read as "
				+ "ResponseItem.Unknown / ContentPart.Unknown, which keep every field and write it back unchanged",
				"Beta*.agent", "Beta*[agent_message]", "Beta*[multi_agent_call]", "Beta*[multi_agent_call_output]",
				"BetaMessage.content.[][encrypted_content]");
		group("beta field of BetaCreateResponse: one ResponseRequest serves both routes; responses() refuses it "
				+ "(OpenAIValidationException), responses().beta() sends it", "CreateResponse.multi_agent");
		group("one record per Responses item type serves the type's input, output and stored schemas, which differ "
				+ "in fields such as id, status, phase and created_by",
				"EasyInputMessage.id", "EasyInputMessage.status", "InputMessageResource.phase",
				"FunctionToolCall.created_by", "FunctionToolCallOutput.created_by", "CustomToolCall.status",
				"CustomToolCall.created_by", "CustomToolCallOutput.status", "CustomToolCallOutput.created_by",
				"LocalEnvironmentResource.skills", "InputMessage.id", "InputMessage.phase", "OutputMessage.id",
				"OutputMessage.status", "ApplyPatchToolCallItemParam.created_by",
				"ApplyPatchToolCallOutputItemParam.created_by", "CompactionSummaryItemParam.created_by",
				"ComputerCallOutputItemParam.created_by", "FunctionCallOutputItemParam.created_by",
				"FunctionShellCallItemParam.created_by", "FunctionShellCallOutputItemParam.created_by",
				"FunctionShellCallOutputContentParam.created_by", "ToolSearchCallItemParam.created_by",
				"ToolSearchOutputItemParam.created_by");
		group("SDK-only convenience property (x-oaiSupportedSDKs: python, javascript): Response.outputText() "
				+ "computes it from the output", "Response.output_text");
		group("required but nullable in the spec: the client omits a null, as the API's own default",
				"FunctionTool.parameters", "FunctionTool.strict", "CodeInterpreterToolCall.code",
				"CodeInterpreterToolCall.outputs", "ImageGenToolCall.result", "DoubleClickAction.keys",
				"ToolSearchCallItemParam.arguments");
		group("an assistant message replayed from text (ResponseItem.assistant) is sent without log probabilities, "
				+ "as before the spec made them required", "OutputTextContent.logprobs");
		group("Assistants content and step records are shared with their stream deltas (MessageDelta, "
				+ "RunStepDelta), which carry index",
				"MessageContentImageFileObject.index", "MessageContentImageUrlObject.index",
				"MessageContentRefusalObject.index", "MessageContentTextAnnotationsFileCitationObject.index",
				"MessageContentTextAnnotationsFilePathObject.index", "MessageContentTextObject.index",
				"RunStepDetailsToolCallsCodeObject.index", "RunStepDetailsToolCallsCodeOutputImageObject.index",
				"RunStepDetailsToolCallsCodeOutputLogsObject.index",
				"RunStepDetailsToolCallsFileSearchObject.index", "RunStepDetailsToolCallsFunctionObject.index");
		group("one ListResponse<T> record serves every list; cursor fields a list does not send are read as null",
				"ListFineTuningJobEventsResponse", "ListModelsResponse", "ListPaginatedFineTuningJobsResponse");
		group("deprecated Assistants API: one record serves create, modify and read (AssistantRequest, "
				+ "ThreadRequest, ThreadRunRequest, ToolResources, FileSearch, FileReference, ImageFile), so each "
				+ "shape shows the others' fields; model and tool_outputs are checked by the services "
				+ "(Validation.notBlank/notEmpty)",
				"AssistantObject.reasoning_effort", "AssistantObject.tool_resources.file_search.vector_stores",
				"AssistantToolsFileSearchTypeOnly.file_search", "CreateAssistantRequest.model",
				"CreateThreadAndRunRequest.additional_instructions",
				"CreateThreadAndRunRequest.additional_messages", "CreateThreadAndRunRequest.reasoning_effort",
				"CreateThreadAndRunRequest.tool_resources.file_search.vector_stores",
				"MessageContentTextAnnotationsFileCitationObject.file_citation.quote",
				"MessageContentTextAnnotationsFilePathObject.file_path.quote",
				"ModifyAssistantRequest.tool_resources.file_search.vector_stores", "ModifyThreadRequest.messages",
				"ModifyThreadRequest.tool_resources.file_search.vector_stores",
				"RunStepDetailsToolCallsCodeOutputImageObject.image.detail",
				"ThreadObject.tool_resources.file_search.vector_stores", "createAssistant.required",
				"submitToolOuputsToRun.required");
		group("transcriptions: diarized_json is read as DiarizedTranscription (createDiarized), one "
				+ "TranscriptionUsage reads token and duration usage, stream is set by stream(), \"auto\" chunking "
				+ "is ChunkingStrategy.auto(), logprob bytes are integers",
				"CreateTranscriptionRequest.chunking_strategy[string]", "CreateTranscriptionRequest.stream",
				"TranscriptTextUsageTokens.seconds", "TranscriptionDiarizedSegment",
				"createTranscription.logprobs.[].bytes.[]");
		group("fields written by the service, not the request record: image[] parts from images, stream when "
				+ "streaming; FileUploadRequest.timeout is a client-side setting",
				"CreateFileRequest.timeout", "CreateImageEditRequest.image", "CreateImageEditRequest.images",
				"CreateImageEditRequest.stream", "CreateImageRequest.stream");
		group("chat: FunctionDefinition serves tools (with strict) and the deprecated functions; the "
				+ "deprecated function message may carry null content",
				"ChatCompletionFunctions.strict", "ChatCompletionRequestFunctionMessage.content");
		group("in the spec's own examples though not in its schemas: a stored user message's name "
				+ "(getChatCompletionMessages), a fine-tuning job's wandb.run_id (retrieveFineTuningJob; one "
				+ "WandbIntegration serves request and response)",
				"ChatCompletionMessageList.data.[].name",
				"CreateFineTuningJobRequest.integrations.[].wandb.run_id", "FineTuningIntegration.wandb.run_id");
		group("Realtime: one record per item type (RealtimeItem) serves conversation.item.create and the server "
				+ "events, so it reads leniently (every field nullable); its factories (userText, userAudio, "
				+ "functionCallOutput, mcpApproval) set the fields a client sends",
				"RealtimeConversationItemMessageSystem.role", "RealtimeConversationItemMessageUser.role",
				"RealtimeConversationItemMessageAssistant.role", "RealtimeConversationItemFunctionCall.name",
				"RealtimeConversationItemFunctionCall.arguments", "RealtimeConversationItemFunctionCallOutput.call_id",
				"RealtimeConversationItemFunctionCallOutput.output", "RealtimeMCPApprovalResponse.id",
				"RealtimeMCPApprovalResponse.approval_request_id", "RealtimeMCPApprovalResponse.approve",
				"RealtimeMCPListTools.server_label", "MCPListToolsTool.name", "MCPListToolsTool.input_schema",
				"RealtimeMCPToolCall.id", "RealtimeMCPToolCall.server_label", "RealtimeMCPToolCall.name",
				"RealtimeMCPToolCall.arguments", "RealtimeMCPToolCall.error", "RealtimeMCPApprovalRequest.id",
				"RealtimeMCPApprovalRequest.server_label", "RealtimeMCPApprovalRequest.name",
				"RealtimeMCPApprovalRequest.arguments");
		group("Realtime: the spec declares a message's content part as one flat object with a type enum; the "
				+ "client reads and writes it as a union by type (RealtimeContentPart), each member with its own fields",
				"RealtimeConversationItemMessageUser.content", "RealtimeConversationItemMessageAssistant.content");
		group("Realtime: one record per session type serves the request and the response schema "
				+ "(session.created/updated, client secrets); the builder never sets the read-only id, object and "
				+ "expires_at, and a response echoes no parallel_tool_calls, keywords or delay; type is the type id "
				+ "of RealtimeSessionSettings, written for every member",
				"RealtimeSessionCreateRequestGA.id", "RealtimeSessionCreateRequestGA.object",
				"RealtimeSessionCreateRequestGA.expires_at", "RealtimeTranscriptionSessionCreateRequestGA.id",
				"RealtimeTranscriptionSessionCreateRequestGA.object",
				"RealtimeTranscriptionSessionCreateRequestGA.expires_at", "RealtimeCallCreateRequest.session.id",
				"RealtimeCallCreateRequest.session.object", "RealtimeCallCreateRequest.session.expires_at",
				"RealtimeSessionCreateResponseGA.parallel_tool_calls", "AudioTranscriptionResponse.keywords",
				"AudioTranscriptionResponse.delay", "accept-realtime-call.required",
				"RealtimeTranscriptionSessionCreateResponseGA.audio.input.turn_detection");
		group("Realtime: one RealtimeAudioConfig serves the audio of sessions, transcription sessions and "
				+ "responses; RealtimeResponseParams.Builder sets only audio.output (format, voice), "
				+ "RealtimeTranscriptionSessionConfig.of only audio.input",
				"RealtimeTranscriptionSessionCreateRequestGA.audio.output",
				"RealtimeTranscriptionSessionCreateResponseGA.audio.output",
				"RealtimeResponseCreateParams.audio.output.speed", "RealtimeResponseCreateParams.audio.input",
				"RealtimeResponse.audio.output.speed", "RealtimeResponse.audio.input");
		group("Realtime: one RealtimeError serves the error event (which echoes the client's event_id) and "
				+ "failed transcriptions",
				"RealtimeServerEventConversationItemInputAudioTranscriptionFailed.error.event_id");
		group("Evals: one record per data source config type (DataSourceConfig) serves create (item_schema, "
				+ "include_sample_schema) and read (schema); EvalRequest checks a custom config's item_schema",
				"CreateEvalCustomDataSourceConfig.item_schema", "CreateEvalCustomDataSourceConfig.schema",
				"CreateEvalLogsDataSourceConfig.schema", "CreateEvalStoredCompletionsDataSourceConfig.schema",
				"EvalCustomDataSourceConfig.item_schema", "EvalCustomDataSourceConfig.include_sample_schema");
		group("one record per grader type serves fine-tuning (Grader*) and evals testing criteria (EvalGrader*, the "
				+ "spec's allOf of Grader* and pass_threshold); pass_threshold is null for fine-tuning, and EvalRequest "
				+ "requires it for a text_similarity criterion",
				"GraderTextSimilarity.pass_threshold", "GraderPython.pass_threshold", "GraderScoreModel.pass_threshold",
				"EvalGraderTextSimilarity.pass_threshold");
		group("Evals: one GraderMessage serves the template messages of graders (EvalItem) and of runs (EvalItem or "
				+ "EasyInputMessage); phase, which labels replayed Responses assistant messages, is not sent",
				"CreateEvalCompletionsRunDataSource.input_messages[template].template.[].phase");
		group("KNOWN GAP: gpt-image usage field neither in this spec's schemas nor its examples; confirm against "
				+ "the live API, then remove (the nested usage record has no extra map that would keep it)",
				"ImagesUsage.output_tokens_details");
	}

	private static void group(String reason, String... keys) {
		for (String key : keys) {
			ENTRIES.put(key, reason);
		}
	}

	private final Set<String> used = new TreeSet<>();

	/**
	 * Whether a finding is allow-listed; remembers the entry as used.
	 * @param finding the finding
	 * @return whether an entry covers it
	 */
	boolean covers(SchemaWalker.Finding finding) {
		String key = finding.key();
		// the beta routes' schemas are copies of the stable ones (BetaX for X): an entry covers its Beta copy too
		return coversKey(key) || (key.startsWith(BETA) && coversKey(key.substring(BETA.length())));
	}

	private boolean coversKey(String key) {
		for (String entry : ENTRIES.keySet()) {
			if (matches(key, entry)) {
				this.used.add(entry);
				return true;
			}
		}
		return false;
	}

	private static boolean matches(String key, String entry) {
		return key.equals(entry) || key.startsWith(entry + ".") || key.startsWith(entry + "[")
				|| entry.contains("*") && key.matches(Pattern.quote(entry).replace("*", "\\E[^.\\[]*\\Q"));
	}

	/** @return the entries that covered nothing */
	Set<String> unused() {
		Set<String> unused = new TreeSet<>(ENTRIES.keySet());
		unused.removeAll(this.used);
		return unused;
	}

}
