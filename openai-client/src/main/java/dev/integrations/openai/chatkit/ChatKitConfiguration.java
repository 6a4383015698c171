package dev.integrations.openai.chatkit;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The ChatKit features of a session: overrides in a {@link ChatSessionRequest} ({@code chatkit_configuration},
 * every part optional) and the resolved settings of a {@link ChatSession}.
 *
 * @param automaticThreadTitling whether thread titles are generated (the API's default is on)
 * @param fileUpload whether users can upload files, and the limits (off by default; 10 files of 512 MB)
 * @param history whether users see their earlier threads (on by default, every thread)
 */
public record ChatKitConfiguration(@Nullable AutomaticThreadTitling automaticThreadTitling,
		@Nullable FileUpload fileUpload, @Nullable History history) {

	/** No overrides: the API's defaults. */
	public static final ChatKitConfiguration DEFAULTS = new ChatKitConfiguration(null, null, null);

	/**
	 * Returns a copy that turns automatic thread titling on or off.
	 * @param enabled whether titles are generated
	 * @return the configuration
	 */
	public ChatKitConfiguration withAutomaticThreadTitling(boolean enabled) {
		return new ChatKitConfiguration(new AutomaticThreadTitling(enabled), this.fileUpload, this.history);
	}

	/**
	 * Returns a copy with upload settings.
	 * @param fileUpload the settings
	 * @return the configuration
	 */
	public ChatKitConfiguration withFileUpload(@Nullable FileUpload fileUpload) {
		return new ChatKitConfiguration(this.automaticThreadTitling, fileUpload, this.history);
	}

	/**
	 * Returns a copy with history settings.
	 * @param history the settings
	 * @return the configuration
	 */
	public ChatKitConfiguration withHistory(@Nullable History history) {
		return new ChatKitConfiguration(this.automaticThreadTitling, this.fileUpload, history);
	}

	/** Checks the request limits. */
	void validate() {
		if (this.fileUpload != null) {
			Validation.range("chatkit_configuration.file_upload.max_file_size", this.fileUpload.maxFileSize, 1, 512);
			Validation.range("chatkit_configuration.file_upload.max_files", this.fileUpload.maxFiles, 1,
					Integer.MAX_VALUE);
		}
		if (this.history != null) {
			Validation.range("chatkit_configuration.history.recent_threads", this.history.recentThreads, 1,
					Integer.MAX_VALUE);
		}
	}

	/**
	 * Automatic thread titling.
	 *
	 * @param enabled whether ChatKit generates thread titles
	 */
	public record AutomaticThreadTitling(@Nullable Boolean enabled) {

	}

	/**
	 * File uploads.
	 *
	 * @param enabled whether users can upload files
	 * @param maxFileSize the largest file in megabytes, 1 to 512
	 * @param maxFiles the most files per session, at least 1
	 */
	public record FileUpload(@Nullable Boolean enabled, @Nullable Integer maxFileSize, @Nullable Integer maxFiles) {

		/**
		 * Uploads turned on, with limits.
		 * @param maxFileSize the largest file in megabytes, 1 to 512
		 * @param maxFiles the most files per session
		 * @return the settings
		 */
		public static FileUpload enabled(int maxFileSize, int maxFiles) {
			return new FileUpload(true, maxFileSize, maxFiles);
		}

	}

	/**
	 * Chat history.
	 *
	 * @param enabled whether users can open their earlier threads
	 * @param recentThreads how many recent threads they see, at least 1; every thread when {@code null}
	 */
	public record History(@Nullable Boolean enabled, @Nullable Integer recentThreads) {

	}

}
