package dev.integrations.openai.audio;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;

/**
 * The voice of generated speech: a built-in voice by name (the API adds voices; {@link #of(String)} takes any
 * name) or a custom voice by ID, sent as {@code {"id": "voice_1234"}}.
 */
public final class Voice {

	/** The built-in voice {@code alloy}. */
	public static final Voice ALLOY = of("alloy");

	/** The built-in voice {@code ash}. */
	public static final Voice ASH = of("ash");

	/** The built-in voice {@code ballad}. */
	public static final Voice BALLAD = of("ballad");

	/** The built-in voice {@code coral}. */
	public static final Voice CORAL = of("coral");

	/** The built-in voice {@code echo}. */
	public static final Voice ECHO = of("echo");

	/** The built-in voice {@code fable}. */
	public static final Voice FABLE = of("fable");

	/** The built-in voice {@code onyx}. */
	public static final Voice ONYX = of("onyx");

	/** The built-in voice {@code nova}. */
	public static final Voice NOVA = of("nova");

	/** The built-in voice {@code sage}. */
	public static final Voice SAGE = of("sage");

	/** The built-in voice {@code shimmer}. */
	public static final Voice SHIMMER = of("shimmer");

	/** The built-in voice {@code verse}. */
	public static final Voice VERSE = of("verse");

	/** The built-in voice {@code marin}. */
	public static final Voice MARIN = of("marin");

	/** The built-in voice {@code cedar}. */
	public static final Voice CEDAR = of("cedar");

	private final String name;

	private final boolean custom;

	private Voice(String name, boolean custom) {
		this.name = name;
		this.custom = custom;
	}

	/**
	 * A built-in voice by name.
	 * @param name the voice name, such as {@code coral}
	 * @return the voice
	 */
	public static Voice of(String name) {
		return new Voice(Validation.notBlank("voice", name), false);
	}

	/**
	 * A custom voice by ID.
	 * @param id the custom voice ID, such as {@code voice_1234}
	 * @return the voice
	 */
	public static Voice custom(String id) {
		return new Voice(Validation.notBlank("voice.id", id), true);
	}

	/** @return the built-in voice name or the custom voice ID */
	public String name() {
		return this.name;
	}

	/** @return whether this is a custom voice */
	public boolean isCustom() {
		return this.custom;
	}

	/** @return the wire form: the name, or {@code {"id": ...}} for a custom voice */
	@JsonValue
	public Object wireValue() {
		return this.custom ? Map.of("id", this.name) : this.name;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Voice voice && voice.custom == this.custom && voice.name.equals(this.name);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.custom);
	}

	@Override
	public String toString() {
		return this.custom ? "Voice[id=" + this.name + "]" : "Voice[" + this.name + "]";
	}

}
