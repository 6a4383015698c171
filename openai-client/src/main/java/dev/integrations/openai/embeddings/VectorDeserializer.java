package dev.integrations.openai.embeddings;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads an {@code embedding} either as a JSON array of numbers ({@code encoding_format=float}) or as base64 of
 * little-endian float32 values ({@code encoding_format=base64}).
 */
final class VectorDeserializer extends ValueDeserializer<float[]> {

	@Override
	public float[] deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.VALUE_STRING) {
			return decodeBase64(parser.getString(), parser, context);
		}
		if (token == JsonToken.START_ARRAY) {
			return readArray(parser, context);
		}
		return (float[]) context.handleUnexpectedToken(float[].class, parser);
	}

	static float[] decodeBase64(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64);
		if (bytes.length % Float.BYTES != 0) {
			throw new IllegalArgumentException(
					"base64 embedding has " + bytes.length + " bytes, not a whole number of float32 values");
		}
		float[] vector = new float[bytes.length / Float.BYTES];
		ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
		return vector;
	}

	private static float[] decodeBase64(String base64, JsonParser parser, DeserializationContext context) {
		try {
			return decodeBase64(base64);
		}
		catch (IllegalArgumentException ex) {
			throw context.weirdStringException(base64.length() > 40 ? base64.substring(0, 40) + "..." : base64,
					float[].class, ex.getMessage());
		}
	}

	private static float[] readArray(JsonParser parser, DeserializationContext context) {
		float[] vector = new float[1536];
		int size = 0;
		JsonToken token;
		while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
			if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
				return (float[]) context.handleUnexpectedToken(float.class, parser);
			}
			if (size == vector.length) {
				vector = Arrays.copyOf(vector, size * 2);
			}
			vector[size++] = parser.getFloatValue();
		}
		return Arrays.copyOf(vector, size);
	}

}
