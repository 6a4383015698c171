package dev.integrations.openai.embeddings;


/**
 * How the API writes embedding vectors on the wire ({@code encoding_format}). Either way,
 * {@link Embedding#vector()} gives the same {@code float[]}.
 */
public enum EncodingFormat {

	/** A JSON array of numbers. */
	FLOAT,

	/** Base64 of the little-endian float32 values: about a quarter of the size of the JSON numbers. */
	BASE64

}
