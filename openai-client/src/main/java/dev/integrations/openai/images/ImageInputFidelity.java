package dev.integrations.openai.images;


/**
 * How closely an edit matches the style and features (especially faces) of the input images ({@code input_fidelity});
 * for {@code gpt-image-1} and later models except {@code gpt-image-1-mini}.
 */
public enum ImageInputFidelity {

	/** Match the input images closely. */
	HIGH,

	/** The default. */
	LOW

}
