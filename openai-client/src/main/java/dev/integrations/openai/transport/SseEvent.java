package dev.integrations.openai.transport;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * One server-sent event as the transport's decoder dispatched it: its {@code event:} name, its {@code id:} and its
 * {@code data:} lines joined by line feeds, as UTF-8 bytes for the JSON mapper to read without an intermediate
 * {@code String}.
 */
public final class SseEvent {

	private final @Nullable String event;

	private final @Nullable String id;

	private final byte[] data;

	/**
	 * Creates an event.
	 * @param event the event name, or {@code null} when the event had no {@code event:} field
	 * @param id the last event id, or {@code null} when none was sent
	 * @param data the data, UTF-8 encoded; owned by the event from now on
	 */
	public SseEvent(@Nullable String event, @Nullable String id, byte[] data) {
		this.event = event;
		this.id = id;
		this.data = data;
	}

	/** @return the event name, or {@code null} when the event had no {@code event:} field */
	public @Nullable String event() {
		return this.event;
	}

	/** @return the last event id seen in the stream, or {@code null} */
	public @Nullable String id() {
		return this.id;
	}

	/** @return the data bytes (UTF-8); the array is the event's own, do not modify it */
	public byte[] data() {
		return this.data;
	}

	/** @return the data as text */
	public String dataAsString() {
		return new String(this.data, StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "SseEvent[event=" + this.event + ", id=" + this.id + ", data=" + this.data.length + " bytes]";
	}

}
