package dev.integrations.openai.videos;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The resolution of a video, width x height.
 */
public enum VideoSize {

	/** Portrait, 720 by 1280 pixels (the API's default). */
	@JsonProperty("720x1280")
	PORTRAIT_720X1280,

	/** Landscape, 1280 by 720 pixels. */
	@JsonProperty("1280x720")
	LANDSCAPE_1280X720,

	/** Portrait, 1024 by 1792 pixels. */
	@JsonProperty("1024x1792")
	PORTRAIT_1024X1792,

	/** Landscape, 1792 by 1024 pixels. */
	@JsonProperty("1792x1024")
	LANDSCAPE_1792X1024,

	/** A size this client does not know yet (read only; never send it). */
	@JsonEnumDefaultValue
	UNKNOWN

}
