package dev.integrations.openai.embeddings;

import java.util.Arrays;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * One embedding vector of a response. The vector is the same {@code float[]} whether the API sent JSON numbers or
 * base64 ({@link EncodingFormat}).
 *
 * @param index the position of the input this embedding belongs to
 * @param object always {@code embedding}
 * @param vector the embedding vector (wire field {@code embedding}); {@link #vector()} returns a copy
 */
public record Embedding(int index, String object,
		@JsonProperty("embedding") @JsonDeserialize(using = VectorDeserializer.class) float[] vector) {

	/**
	 * Copies the vector, so that the record stays immutable; a missing vector reads as empty.
	 */
	public Embedding {
		vector = (vector != null) ? vector.clone() : new float[0];
	}

	/** @return a copy of the vector */
	@Override
	public float[] vector() {
		return this.vector.clone();
	}

	/** @return the number of dimensions of the vector */
	public int dimensions() {
		return this.vector.length;
	}

	/**
	 * The cosine similarity of this vector and another of the same model and dimensions.
	 * @param other the other embedding
	 * @return the similarity, between -1 and 1
	 * @throws IllegalArgumentException if the dimensions differ
	 */
	public double cosineSimilarity(Embedding other) {
		if (other.vector.length != this.vector.length) {
			throw new IllegalArgumentException(
					"Dimensions differ: " + this.vector.length + " and " + other.vector.length);
		}
		double dot = 0;
		double normA = 0;
		double normB = 0;
		for (int i = 0; i < this.vector.length; i++) {
			dot += (double) this.vector[i] * other.vector[i];
			normA += (double) this.vector[i] * this.vector[i];
			normB += (double) other.vector[i] * other.vector[i];
		}
		return (normA == 0 || normB == 0) ? 0 : dot / (Math.sqrt(normA) * Math.sqrt(normB));
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return this == other || (other instanceof Embedding that && this.index == that.index
				&& Objects.equals(this.object, that.object) && Arrays.equals(this.vector, that.vector));
	}

	@Override
	public int hashCode() {
		return 31 * Objects.hash(this.index, this.object) + Arrays.hashCode(this.vector);
	}

	@Override
	public String toString() {
		return "Embedding[index=" + this.index + ", dimensions=" + this.vector.length + "]";
	}

}
