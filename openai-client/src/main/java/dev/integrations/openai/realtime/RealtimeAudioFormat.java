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

/**
 * The format of input or output audio ({@code RealtimeAudioFormats}), selected by its {@code type}: 24 kHz PCM16
 * ({@link #PCM}), G.711 μ-law ({@link #PCMU}) or A-law ({@link #PCMA}), or {@link Unknown} for a format added after
 * the spec.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = RealtimeAudioFormat.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(RealtimeAudioFormat.Pcm.class), @JsonSubTypes.Type(RealtimeAudioFormat.Pcmu.class),
		@JsonSubTypes.Type(RealtimeAudioFormat.Pcma.class) })
public sealed interface RealtimeAudioFormat {

	/** PCM16 at 24 kHz, mono, little-endian: the default. */
	RealtimeAudioFormat PCM = new Pcm(24000);

	/** G.711 μ-law. */
	RealtimeAudioFormat PCMU = new Pcmu();

	/** G.711 A-law. */
	RealtimeAudioFormat PCMA = new Pcma();

	/**
	 * PCM16 audio ({@code audio/pcm}).
	 *
	 * @param rate the sample rate, always 24000
	 */
	@JsonTypeName("audio/pcm")
	record Pcm(@Nullable Integer rate) implements RealtimeAudioFormat {

	}

	/** G.711 μ-law audio ({@code audio/pcmu}). */
	@JsonTypeName("audio/pcmu")
	record Pcmu() implements RealtimeAudioFormat {

	}

	/** G.711 A-law audio ({@code audio/pcma}). */
	@JsonTypeName("audio/pcma")
	record Pcma() implements RealtimeAudioFormat {

	}

	/**
	 * A format this client does not know, kept as read and written back unchanged.
	 *
	 * @param type the format's type
	 * @param fields its other fields
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements RealtimeAudioFormat {

		/** Normalizes the fields. */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
