package dev.integrations.openai.realtime;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.jsontype.TypeSerializer;

/**
 * How the server detects the end of the user's turn ({@code RealtimeTurnDetection}): voice activity by volume
 * ({@link ServerVad}) or by meaning ({@link SemanticVad}), or {@link Unknown} for a kind added after the spec.
 * {@link #DISABLED} turns detection off (written as {@code null}; the client then commits the audio buffer and asks
 * for responses itself); a session read with detection off has a {@code null} turn detection.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RealtimeTurnDetection.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RealtimeTurnDetection.ServerVad.class),
		@JsonSubTypes.Type(RealtimeTurnDetection.SemanticVad.class) })
public sealed interface RealtimeTurnDetection {

	/** No turn detection, written as {@code "turn_detection": null} (push to talk). */
	RealtimeTurnDetection DISABLED = new Disabled();

	/**
	 * Server VAD with the API's defaults.
	 * @return the setting
	 */
	static ServerVad serverVad() {
		return new ServerVad(null, null, null, null, null, null);
	}

	/**
	 * Semantic VAD.
	 * @param eagerness {@code low}, {@code medium}, {@code high} or {@code auto}
	 * @return the setting
	 */
	static SemanticVad semanticVad(String eagerness) {
		return new SemanticVad(eagerness, null, null);
	}

	/**
	 * Turn detection by volume ({@code server_vad}).
	 *
	 * @param threshold the activation threshold, 0.0 to 1.0
	 * @param prefixPaddingMs audio kept before detected speech, in milliseconds
	 * @param silenceDurationMs the silence that ends a turn, in milliseconds
	 * @param createResponse whether a response starts when a turn ends
	 * @param interruptResponse whether speech interrupts a running response
	 * @param idleTimeoutMs a timeout without speech, 5000 to 30000 milliseconds, after which a response starts
	 */
	@JsonTypeName("server_vad")
	record ServerVad(@Nullable Double threshold, @Nullable Integer prefixPaddingMs,
			@Nullable Integer silenceDurationMs, @Nullable Boolean createResponse,
			@Nullable Boolean interruptResponse, @Nullable Integer idleTimeoutMs) implements RealtimeTurnDetection {

		/**
		 * Returns a copy with another silence duration.
		 * @param millis the silence that ends a turn, in milliseconds
		 * @return the setting
		 */
		public ServerVad withSilenceDurationMs(int millis) {
			return new ServerVad(this.threshold, this.prefixPaddingMs, millis, this.createResponse,
					this.interruptResponse, this.idleTimeoutMs);
		}

	}

	/**
	 * Turn detection by a model that judges whether the user has finished ({@code semantic_vad}).
	 *
	 * @param eagerness {@code low}, {@code medium}, {@code high} or {@code auto}
	 * @param createResponse whether a response starts when a turn ends
	 * @param interruptResponse whether speech interrupts a running response
	 */
	@JsonTypeName("semantic_vad")
	record SemanticVad(@Nullable String eagerness, @Nullable Boolean createResponse,
			@Nullable Boolean interruptResponse) implements RealtimeTurnDetection {

	}

	/** Turn detection off: written as {@code null}, never read (a {@code null} reads as {@code null}). */
	@JsonSerialize(using = Disabled.NullWriter.class)
	record Disabled() implements RealtimeTurnDetection {

		/** Writes {@code null}, without a type id. */
		static final class NullWriter extends ValueSerializer<Disabled> {

			@Override
			public void serialize(Disabled value, JsonGenerator generator, SerializationContext context) {
				generator.writeNull();
			}

			@Override
			public void serializeWithType(Disabled value, JsonGenerator generator, SerializationContext context,
					TypeSerializer typeSerializer) {
				generator.writeNull();
			}

		}

	}

	/**
	 * A kind this client does not know, kept as read and written back unchanged.
	 *
	 * @param type the kind
	 * @param fields its other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements RealtimeTurnDetection {

		/** Normalizes the fields. */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
