package dev.integrations.openai.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;

/**
 * The client's one server-sent events parser, on bytes, after the WHATWG HTML standard ("Interpreting an event
 * stream"): lines end in CRLF, LF or a bare CR (also when split between two reads); a leading BOM is skipped;
 * lines starting with {@code :} are comments; {@code data:} lines are joined with line feeds; {@code event:} and
 * {@code id:} are kept; an empty line dispatches the event, if it had data. {@code retry:} and unknown fields are
 * ignored, as the client never reconnects on its own (retries belong to the orchestrator). Field values are bytes
 * until dispatch, so a UTF-8 character split between reads needs no care, and the data reaches the JSON mapper
 * without an intermediate {@code String}.
 * <p>
 * One decoder reads one response body, sequentially. It owns each buffer handed to {@link #decode(DataBuffer)}:
 * it copies the bytes out and releases the buffer exactly once, before returning or throwing, so no buffer
 * outlives the call that received it, whatever cancellation races with it.
 */
final class SseDecoder {

	private static final byte LF = '\n';

	private static final byte CR = '\r';

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] EVENT = "event".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ID = "id".getBytes(StandardCharsets.US_ASCII);

	private final int maxEventSize;

	private byte[] scratch = new byte[4096];

	/** The start of a line whose end has not arrived yet. */
	private byte[] pending = new byte[256];

	private int pendingLength;

	private byte[] data = new byte[1024];

	private int dataLength;

	private boolean hasData;

	private @Nullable String eventName;

	private @Nullable String lastEventId;

	/** Whether the last byte was a CR, so that an LF starting the next read ends no second line. */
	private boolean afterCarriageReturn;

	private int bomBytesSeen;

	/**
	 * Creates a decoder for one stream.
	 * @param maxEventSize the largest line, and the largest data of one event, in bytes
	 */
	SseDecoder(int maxEventSize) {
		this.maxEventSize = maxEventSize;
	}

	/**
	 * Reads one buffer of the body and releases it.
	 * @param buffer the buffer, owned by this call
	 * @return the events the buffer completed, often none or one
	 * @throws DataBufferLimitException if a line or an event is larger than the limit
	 */
	List<SseEvent> decode(DataBuffer buffer) {
		try {
			int length = buffer.readableByteCount();
			if (this.scratch.length < length) {
				this.scratch = new byte[Math.max(length, this.scratch.length * 2)];
			}
			buffer.read(this.scratch, 0, length);
			return decode(this.scratch, 0, length);
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/**
	 * Reads bytes of the body.
	 * @param bytes holds the bytes; not kept
	 * @param offset where they start
	 * @param length how many there are
	 * @return the events the bytes completed
	 * @throws DataBufferLimitException if a line or an event is larger than the limit
	 */
	List<SseEvent> decode(byte[] bytes, int offset, int length) {
		List<SseEvent> events = null;
		int end = offset + length;
		int position = skipBom(bytes, offset, end);
		while (position < end) {
			if (this.afterCarriageReturn) {
				this.afterCarriageReturn = false;
				if (bytes[position] == LF) {
					position++;
					continue;
				}
			}
			int lineEnd = position;
			while (lineEnd < end && bytes[lineEnd] != LF && bytes[lineEnd] != CR) {
				lineEnd++;
			}
			if (lineEnd == end) {
				appendPending(bytes, position, end - position);
				break;
			}
			if (this.pendingLength > 0) {
				appendPending(bytes, position, lineEnd - position);
				events = line(this.pending, 0, this.pendingLength, events);
				this.pendingLength = 0;
			}
			else {
				events = line(bytes, position, lineEnd - position, events);
			}
			this.afterCarriageReturn = bytes[lineEnd] == CR;
			position = lineEnd + 1;
		}
		return (events != null) ? events : List.of();
	}

	/**
	 * Ends the body: an unterminated last line still counts, and the data read since the last event is dispatched,
	 * so that a truncated event reaches the JSON mapper (and fails there) instead of vanishing.
	 * @return the last event, if any
	 */
	List<SseEvent> finish() {
		List<SseEvent> events = null;
		if (this.pendingLength > 0) {
			events = line(this.pending, 0, this.pendingLength, null);
			this.pendingLength = 0;
		}
		events = dispatch(events);
		return (events != null) ? events : List.of();
	}

	private int skipBom(byte[] bytes, int offset, int end) {
		int position = offset;
		while (this.bomBytesSeen < BOM.length && position < end) {
			if (bytes[position] != BOM[this.bomBytesSeen]) {
				appendPending(BOM, 0, this.bomBytesSeen);
				this.bomBytesSeen = BOM.length;
				return position;
			}
			this.bomBytesSeen++;
			position++;
		}
		return position;
	}

	private @Nullable List<SseEvent> line(byte[] bytes, int offset, int length, @Nullable List<SseEvent> events) {
		if (length == 0) {
			return dispatch(events);
		}
		if (bytes[offset] == ':') {
			return events;
		}
		int end = offset + length;
		int nameEnd = offset;
		while (nameEnd < end && bytes[nameEnd] != ':') {
			nameEnd++;
		}
		int valueStart = (nameEnd < end) ? nameEnd + 1 : end;
		if (valueStart < end && bytes[valueStart] == ' ') {
			valueStart++;
		}
		int nameLength = nameEnd - offset;
		if (is(bytes, offset, nameLength, DATA)) {
			appendData(bytes, valueStart, end - valueStart);
		}
		else if (is(bytes, offset, nameLength, EVENT)) {
			this.eventName = new String(bytes, valueStart, end - valueStart, StandardCharsets.UTF_8);
		}
		else if (is(bytes, offset, nameLength, ID)) {
			String id = new String(bytes, valueStart, end - valueStart, StandardCharsets.UTF_8);
			if (id.indexOf('\0') < 0) {
				this.lastEventId = id;
			}
		}
		return events;
	}

	private @Nullable List<SseEvent> dispatch(@Nullable List<SseEvent> events) {
		if (!this.hasData) {
			this.eventName = null;
			return events;
		}
		SseEvent event = new SseEvent(this.eventName, this.lastEventId, Arrays.copyOf(this.data, this.dataLength));
		this.dataLength = 0;
		this.hasData = false;
		this.eventName = null;
		List<SseEvent> dispatched = (events != null) ? events : new ArrayList<>(2);
		dispatched.add(event);
		return dispatched;
	}

	private void appendData(byte[] bytes, int offset, int length) {
		int separator = this.hasData ? 1 : 0;
		int needed = this.dataLength + separator + length;
		checkLimit(needed);
		if (needed > this.data.length) {
			this.data = Arrays.copyOf(this.data, Math.min(Math.max(needed, this.data.length * 2), this.maxEventSize));
		}
		if (this.hasData) {
			this.data[this.dataLength++] = LF;
		}
		System.arraycopy(bytes, offset, this.data, this.dataLength, length);
		this.dataLength += length;
		this.hasData = true;
	}

	private void appendPending(byte[] bytes, int offset, int length) {
		int needed = this.pendingLength + length;
		checkLimit(needed);
		if (needed > this.pending.length) {
			this.pending = Arrays.copyOf(this.pending,
					Math.min(Math.max(needed, this.pending.length * 2), this.maxEventSize));
		}
		System.arraycopy(bytes, offset, this.pending, this.pendingLength, length);
		this.pendingLength += length;
	}

	private void checkLimit(int size) {
		if (size > this.maxEventSize) {
			throw new DataBufferLimitException(
					"Server-sent event larger than the in-memory limit of " + this.maxEventSize + " bytes");
		}
	}

	private static boolean is(byte[] bytes, int offset, int length, byte[] name) {
		return length == name.length && Arrays.equals(bytes, offset, offset + length, name, 0, name.length);
	}

}
