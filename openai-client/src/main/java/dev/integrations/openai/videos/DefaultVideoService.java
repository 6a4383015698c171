package dev.integrations.openai.videos;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

import dev.integrations.openai.common.ContentWriter;
import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.Poller;
import dev.integrations.openai.common.RequestOptions;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.ApiExecutor;
import dev.integrations.openai.internal.MultipartForm;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.transport.ApiRequest;
import org.springframework.core.ParameterizedTypeReference;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link VideoService} over the shared executor. A request holding a {@link VideoUpload} goes as multipart, any
 * other as JSON.
 */
@Deprecated
final class DefaultVideoService implements VideoService {

	private static final ParameterizedTypeReference<ListResponse<Video>> VIDEO_LIST = new ParameterizedTypeReference<>() {
	};

	private final ApiExecutor executor;

	DefaultVideoService(ApiExecutor executor) {
		this.executor = executor;
	}

	@Override
	public VideoService withOptions(RequestOptions options) {
		return new DefaultVideoService(this.executor.withOptions(options));
	}

	@Override
	public Video create(VideoCreateRequest request) {
		return this.executor.blocking(createRequest(request), Video.class);
	}

	@Override
	public Mono<Video> createAsync(VideoCreateRequest request) {
		return this.executor.mono(() -> createRequest(request), Video.class);
	}

	@Override
	public ListResponse<Video> list(ListParams params) {
		return this.executor.blocking(listRequest(params), VIDEO_LIST);
	}

	@Override
	public Mono<ListResponse<Video>> listAsync(ListParams params) {
		return this.executor.mono(() -> listRequest(params), VIDEO_LIST);
	}

	@Override
	public CursorPager<Video> listAutoPaging(ListParams params) {
		return CursorPager.of(params, this::listAsync, Video::id);
	}

	@Override
	public Video retrieve(String videoId) {
		return this.executor.blocking(retrieveRequest(videoId), Video.class);
	}

	@Override
	public Mono<Video> retrieveAsync(String videoId) {
		return this.executor.mono(() -> retrieveRequest(videoId), Video.class);
	}

	@Override
	public DeletionStatus delete(String videoId) {
		return this.executor.blocking(deleteRequest(videoId), DeletionStatus.class);
	}

	@Override
	public Mono<DeletionStatus> deleteAsync(String videoId) {
		return this.executor.mono(() -> deleteRequest(videoId), DeletionStatus.class);
	}

	@Override
	public Video remix(String videoId, String prompt) {
		return this.executor.blocking(remixRequest(videoId, prompt), Video.class);
	}

	@Override
	public Mono<Video> remixAsync(String videoId, String prompt) {
		return this.executor.mono(() -> remixRequest(videoId, prompt), Video.class);
	}

	@Override
	public Video edit(VideoEditRequest request) {
		return this.executor.blocking(editRequest(request), Video.class);
	}

	@Override
	public Mono<Video> editAsync(VideoEditRequest request) {
		return this.executor.mono(() -> editRequest(request), Video.class);
	}

	@Override
	public Video extend(VideoExtendRequest request) {
		return this.executor.blocking(extendRequest(request), Video.class);
	}

	@Override
	public Mono<Video> extendAsync(VideoExtendRequest request) {
		return this.executor.mono(() -> extendRequest(request), Video.class);
	}

	@Override
	public VideoCharacter createCharacter(VideoCharacterRequest request) {
		return this.executor.blocking(createCharacterRequest(request), VideoCharacter.class);
	}

	@Override
	public Mono<VideoCharacter> createCharacterAsync(VideoCharacterRequest request) {
		return this.executor.mono(() -> createCharacterRequest(request), VideoCharacter.class);
	}

	@Override
	public VideoCharacter retrieveCharacter(String characterId) {
		return this.executor.blocking(retrieveCharacterRequest(characterId), VideoCharacter.class);
	}

	@Override
	public Mono<VideoCharacter> retrieveCharacterAsync(String characterId) {
		return this.executor.mono(() -> retrieveCharacterRequest(characterId), VideoCharacter.class);
	}

	@Override
	public long downloadContent(String videoId, VideoContentVariant variant, Path target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(videoId, variant)), target);
	}

	@Override
	public long downloadContent(String videoId, VideoContentVariant variant, OutputStream target) {
		return ContentWriter.write(this.executor.download(() -> contentRequest(videoId, variant)), target);
	}

	@Override
	public Mono<Long> downloadContentAsync(String videoId, VideoContentVariant variant, Path target) {
		return ContentWriter.writeAsync(this.executor.download(() -> contentRequest(videoId, variant)), target);
	}

	@Override
	public Flux<ByteBuffer> contentAsync(String videoId, VideoContentVariant variant) {
		return this.executor.downloadBytes(() -> contentRequest(videoId, variant));
	}

	@Override
	public Video awaitCompletion(String videoId, Poller poller) {
		Validation.notBlank("video_id", videoId);
		return poller.pollBlocking(() -> retrieveAsync(videoId), Video::isTerminal, DefaultVideoService::describe);
	}

	@Override
	public Mono<Video> awaitCompletionAsync(String videoId, Poller poller) {
		return Mono.defer(() -> {
			Validation.notBlank("video_id", videoId);
			return poller.poll(() -> retrieveAsync(videoId), Video::isTerminal, DefaultVideoService::describe);
		});
	}

	private static String describe(Video video) {
		return "video " + video.id() + " is still " + wire(video.status()) + " (" + video.progress() + "%)";
	}

	private ApiRequest createRequest(VideoCreateRequest request) {
		Validation.required("request", request);
		ApiRequest.Builder builder = ApiRequest.post("/videos").operation("videos.create").model(request.model());
		if (request.inputReference() instanceof VideoUpload upload) {
			return builder.multipartBody(this.executor.form()
				.field("model", request.model())
				.field("prompt", request.prompt())
				.file("input_reference", upload.file())
				.field("seconds", request.seconds())
				.field("size", request.size())
				.fields(request.extra())
				.build()).build();
		}
		return builder.jsonBody(request).build();
	}

	private ApiRequest editRequest(VideoEditRequest request) {
		Validation.required("request", request);
		return withSource(ApiRequest.post("/videos/edits").operation("videos.edit"), request.video(), request,
				(form) -> form.field("prompt", request.prompt()));
	}

	private ApiRequest extendRequest(VideoExtendRequest request) {
		Validation.required("request", request);
		return withSource(ApiRequest.post("/videos/extensions").operation("videos.extend"), request.video(), request,
				(form) -> form.field("prompt", request.prompt()).field("seconds", request.seconds()));
	}

	/** The body of an edit or extension: multipart with the file first when the source is an upload, else JSON. */
	private ApiRequest withSource(ApiRequest.Builder builder, VideoSource video, Record request,
			UnaryOperator<MultipartForm> fields) {
		if (video instanceof VideoUpload upload) {
			return builder.multipartBody(fields.apply(this.executor.form().file("video", upload.file())).build())
				.build();
		}
		return builder.jsonBody(request).build();
	}

	private ApiRequest createCharacterRequest(VideoCharacterRequest request) {
		Validation.required("request", request);
		MultipartForm form = this.executor.form().file("video", request.video()).field("name", request.name());
		return ApiRequest.post("/videos/characters")
			.operation("videos.characters.create")
			.multipartBody(form.build())
			.build();
	}

	private static ApiRequest listRequest(ListParams params) {
		Validation.required("params", params);
		if (params.before() != null) {
			throw new OpenAIValidationException("before", "before is not supported when listing videos");
		}
		return params.applyTo(ApiRequest.get("/videos")).operation("videos.list").build();
	}

	private static ApiRequest retrieveRequest(String videoId) {
		return ApiRequest.get("/videos/{video_id}", videoId).operation("videos.retrieve").build();
	}

	private static ApiRequest deleteRequest(String videoId) {
		return ApiRequest.delete("/videos/{video_id}", videoId).operation("videos.delete").build();
	}

	private static ApiRequest remixRequest(String videoId, String prompt) {
		return ApiRequest.post("/videos/{video_id}/remix", videoId)
			.operation("videos.remix")
			.jsonBody(new VideoRemixBody(prompt))
			.build();
	}

	private static ApiRequest retrieveCharacterRequest(String characterId) {
		return ApiRequest.get("/videos/characters/{character_id}", characterId)
			.operation("videos.characters.retrieve")
			.build();
	}

	private static ApiRequest contentRequest(String videoId, VideoContentVariant variant) {
		Validation.required("variant", variant);
		return ApiRequest.get("/videos/{video_id}/content", videoId)
			.operation("videos.content")
			.query("variant", wire(variant))
			.build();
	}

	private static String wire(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
