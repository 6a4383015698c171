package dev.integrations.openai.videos;

/**
 * Which asset of a video {@code GET /videos/{video_id}/content} returns.
 */
public enum VideoContentVariant {

	/** The MP4 video. */
	VIDEO,

	/** A WebP preview image. */
	THUMBNAIL,

	/** A WebP spritesheet of frames, for scrubbing previews. */
	SPRITESHEET

}
