package dev.integrations.openai.videos;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;

import dev.integrations.openai.common.CursorPager;
import dev.integrations.openai.common.DeletionStatus;
import dev.integrations.openai.common.ListParams;
import dev.integrations.openai.common.ListResponse;
import dev.integrations.openai.common.OpenAIService;
import dev.integrations.openai.common.Poller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The Videos API ({@code /videos}): a video is generated asynchronously, so {@link #create(VideoCreateRequest)
 * create} a job, {@link #awaitCompletion(String, Duration) wait} until it is {@code completed} (or
 * {@code failed}), then {@link #downloadContent(String, VideoContentVariant, Path) download} the MP4, its
 * thumbnail or its spritesheet. Requests carrying a file are sent as {@code multipart/form-data}, the others as
 * JSON; downloads stream to their target without holding the video in memory.
 * <p>
 * Blocking methods run on the caller's thread; {@code Async} methods return a lazy {@link Mono} that calls on
 * subscription. Thread-safe; get it from {@link dev.integrations.openai.client.OpenAIClient#videos()}.
 *
 * @deprecated every {@code /videos} operation is marked deprecated in OpenAI's API specification; it still works,
 * but expect it to be retired
 */
@Deprecated
public interface VideoService extends OpenAIService<VideoService> {

	/** The polling interval of {@link #awaitCompletion(String, Duration)}: ten seconds. */
	Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(10);

	/**
	 * Starts a video generation job ({@code POST /videos}).
	 * @param request the prompt, model, duration, size and optional reference image
	 * @return the job, usually {@code queued}
	 */
	Video create(VideoCreateRequest request);

	/** {@link #create(VideoCreateRequest)} as a lazy {@link Mono}. */
	Mono<Video> createAsync(VideoCreateRequest request);

	/**
	 * Lists one page of the project's videos ({@code GET /videos}).
	 * @param params the page size (1 to 100), the order by creation time and the ID of the video to list after;
	 * {@code before} is not supported
	 * @return the page
	 */
	ListResponse<Video> list(ListParams params);

	/** {@link #list(ListParams)} as a lazy {@link Mono}. */
	Mono<ListResponse<Video>> listAsync(ListParams params);

	/**
	 * Walks every video, fetching pages as they are consumed ({@code GET /videos}).
	 * @param params the first page's parameters
	 * @return the pager
	 */
	CursorPager<Video> listAutoPaging(ListParams params);

	/**
	 * Walks every video with the API's default page size and order, fetching pages lazily.
	 * @return the pager; iterate it, {@code stream()} it or subscribe to {@code all()}
	 */
	default CursorPager<Video> listAutoPaging() {
		return listAutoPaging(ListParams.DEFAULTS);
	}

	/**
	 * Retrieves a video job ({@code GET /videos/{video_id}}).
	 * @param videoId the video ID
	 * @return the job, with its status and progress
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such video
	 */
	Video retrieve(String videoId);

	/** {@link #retrieve(String)} as a lazy {@link Mono}. */
	Mono<Video> retrieveAsync(String videoId);

	/**
	 * Deletes a completed or failed video and its stored assets ({@code DELETE /videos/{video_id}}).
	 * @param videoId the video ID
	 * @return the deletion status
	 */
	DeletionStatus delete(String videoId);

	/** {@link #delete(String)} as a lazy {@link Mono}. */
	Mono<DeletionStatus> deleteAsync(String videoId);

	/**
	 * Starts a remix of a completed video with a new prompt ({@code POST /videos/{video_id}/remix}).
	 * @param videoId the ID of the completed video
	 * @param prompt the updated prompt, 1 to 32000 characters
	 * @return the new job, whose {@code remixed_from_video_id} is {@code videoId}
	 */
	Video remix(String videoId, String prompt);

	/** {@link #remix(String, String)} as a lazy {@link Mono}. */
	Mono<Video> remixAsync(String videoId, String prompt);

	/**
	 * Starts an edit of a video ({@code POST /videos/edits}).
	 * @param request the source video (by ID, or a file) and the prompt
	 * @return the new job
	 */
	Video edit(VideoEditRequest request);

	/** {@link #edit(VideoEditRequest)} as a lazy {@link Mono}. */
	Mono<Video> editAsync(VideoEditRequest request);

	/**
	 * Starts an extension of a completed video ({@code POST /videos/extensions}).
	 * @param request the source video (by ID, or a file), the prompt and the new segment's length
	 * @return the new job; once completed, its {@code seconds} is the stitched total
	 */
	Video extend(VideoExtendRequest request);

	/** {@link #extend(VideoExtendRequest)} as a lazy {@link Mono}. */
	Mono<Video> extendAsync(VideoExtendRequest request);

	/**
	 * Creates a character from a video ({@code POST /videos/characters}, multipart {@code video} and {@code name}).
	 * @param request the video and the display name
	 * @return the character
	 */
	VideoCharacter createCharacter(VideoCharacterRequest request);

	/** {@link #createCharacter(VideoCharacterRequest)} as a lazy {@link Mono}. */
	Mono<VideoCharacter> createCharacterAsync(VideoCharacterRequest request);

	/**
	 * Retrieves a character ({@code GET /videos/characters/{character_id}}).
	 * @param characterId the character ID
	 * @return the character
	 * @throws dev.integrations.openai.errors.NotFoundException if there is no such character
	 */
	VideoCharacter retrieveCharacter(String characterId);

	/** {@link #retrieveCharacter(String)} as a lazy {@link Mono}. */
	Mono<VideoCharacter> retrieveCharacterAsync(String characterId);

	/**
	 * Streams an asset of a completed video ({@code GET /videos/{video_id}/content?variant=...}) to a file,
	 * creating or truncating it.
	 * @param videoId the video ID
	 * @param variant the MP4 video, its thumbnail or its spritesheet
	 * @param target the file to write
	 * @return the number of bytes written
	 */
	long downloadContent(String videoId, VideoContentVariant variant, Path target);

	/**
	 * Streams an asset of a completed video ({@code GET /videos/{video_id}/content?variant=...}) to an output
	 * stream, which is flushed but not closed.
	 * @param videoId the video ID
	 * @param variant the MP4 video, its thumbnail or its spritesheet
	 * @param target the stream to write
	 * @return the number of bytes written
	 */
	long downloadContent(String videoId, VideoContentVariant variant, OutputStream target);

	/** {@link #downloadContent(String, VideoContentVariant, Path)} as a lazy {@link Mono}. */
	Mono<Long> downloadContentAsync(String videoId, VideoContentVariant variant, Path target);

	/**
	 * An asset of a completed video ({@code GET /videos/{video_id}/content?variant=...}) as it arrives, in
	 * read-only buffers the subscriber owns (nothing to release); cancelling frees the connection. To write it to
	 * a file or stream use {@link #downloadContentAsync} or {@link #downloadContent}, which copy nothing.
	 * @param videoId the video ID
	 * @param variant the MP4 video, its thumbnail or its spritesheet
	 * @return the content, chunk by chunk
	 */
	Flux<ByteBuffer> contentAsync(String videoId, VideoContentVariant variant);

	/**
	 * Polls the video every ten seconds until it is {@code completed} or {@code failed}.
	 * @param videoId the video ID
	 * @param timeout how long to wait
	 * @return the video in its terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout passes first
	 */
	default Video awaitCompletion(String videoId, Duration timeout) {
		return awaitCompletion(videoId, Poller.of(DEFAULT_POLL_INTERVAL, timeout));
	}

	/**
	 * Polls the video until it is {@code completed} or {@code failed}.
	 * @param videoId the video ID
	 * @param poller the polling interval, timeout, clock and sleeper
	 * @return the video in its terminal status
	 * @throws dev.integrations.openai.errors.OpenAITimeoutException if the timeout passes first
	 */
	Video awaitCompletion(String videoId, Poller poller);

	/** {@link #awaitCompletion(String, Duration)} as a lazy {@link Mono}. */
	default Mono<Video> awaitCompletionAsync(String videoId, Duration timeout) {
		return awaitCompletionAsync(videoId, Poller.of(DEFAULT_POLL_INTERVAL, timeout));
	}

	/** {@link #awaitCompletion(String, Poller)} as a lazy {@link Mono}. */
	Mono<Video> awaitCompletionAsync(String videoId, Poller poller);

}
