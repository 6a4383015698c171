/**
 * The Videos API: generate videos with Sora from a prompt and an optional reference image
 * ({@code POST /videos}), edit, extend and remix them, create characters, list, retrieve and delete video jobs,
 * wait for a job to finish, and download the MP4, its thumbnail or its spritesheet.
 */
@NullMarked
package dev.integrations.openai.videos;

import org.jspecify.annotations.NullMarked;
