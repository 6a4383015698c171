package dev.integrations.openai.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.core.io.buffer.NettyDataBufferFactory;
import io.netty.buffer.UnpooledByteBufAllocator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SseDecoderTest {

	/** Every feature at once: comments, event names, ids, retry, multi-line data, non-ASCII text, empty data. */
	private static final String SAMPLE = ": keep-alive\n"
			+ "event: response.output_text.delta\nid: 7\nretry: 3000\ndata: {\"delta\":\"Grüße 👋\"}\n\n"
			+ "data: {\"a\":1,\n" + "data: \"b\":2}\n\n"
			+ "event: ping\n\n"
			+ "data\n\n"
			+ "data:no-space\n\n"
			+ "data: [DONE]\n\n";

	private static final List<String> EXPECTED = List.of("response.output_text.delta|7|{\"delta\":\"Grüße 👋\"}",
			"null|7|{\"a\":1,\n\"b\":2}", "null|7|", "null|7|no-space", "null|7|[DONE]");

	@Test
	void decodesEveryFieldWithLineFeeds() {
		assertThat(decodeSplitAt(SAMPLE.getBytes(StandardCharsets.UTF_8))).containsExactlyElementsOf(EXPECTED);
	}

	@Test
	void decodesTheSameEventsWithCarriageReturnLineFeedsAndBareCarriageReturns() {
		assertThat(decodeSplitAt(SAMPLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)))
			.containsExactlyElementsOf(EXPECTED);
		assertThat(decodeSplitAt(SAMPLE.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)))
			.containsExactlyElementsOf(EXPECTED);
	}

	@Test
	void decodesTheSameEventsWhateverTheSplitOfTheBytesAndTheLineEnding() {
		for (String ending : List.of("\n", "\r\n", "\r")) {
			byte[] bytes = SAMPLE.replace("\n", ending).getBytes(StandardCharsets.UTF_8);
			for (int first = 0; first <= bytes.length; first++) {
				for (int second = first; second <= bytes.length; second += 7) {
					assertThat(decodeSplitAt(bytes, first, second))
						.as("line ending %s, split at %d and %d", ending.replace("\r", "CR").replace("\n", "LF"), first,
								second)
						.containsExactlyElementsOf(EXPECTED);
				}
			}
		}
	}

	@Test
	void skipsALeadingByteOrderMarkEvenWhenSplit() {
		byte[] bytes = ("\uFEFFdata: x\n\n").getBytes(StandardCharsets.UTF_8);
		for (int split = 0; split <= bytes.length; split++) {
			assertThat(decodeSplitAt(bytes, split)).containsExactly("null|null|x");
		}
	}

	@Test
	void keepsTheEventNameOfOneEventOnly() {
		assertThat(decodeSplitAt("event: error\ndata: {}\n\ndata: {}\n\n".getBytes(StandardCharsets.UTF_8)))
			.containsExactly("error|null|{}", "null|null|{}");
	}

	@Test
	void dispatchesAnUnterminatedLastEventWhenTheBodyEnds() {
		SseDecoder decoder = new SseDecoder(1024);
		assertThat(decoder.decode(bytes("data: {\"a\":1}\n\ndata: {\"trunc"), 0, 28)).hasSize(1);
		assertThat(decoder.finish()).singleElement()
			.satisfies((event) -> assertThat(event.dataAsString()).isEqualTo("{\"trunc"));
		assertThat(decoder.finish()).isEmpty();
	}

	@Test
	void refusesAnEventLargerThanTheLimitInLinesOrInData() {
		SseDecoder longLine = new SseDecoder(1024);
		assertThatExceptionOfType(DataBufferLimitException.class)
			.isThrownBy(() -> longLine.decode(bytes("data: " + "x".repeat(1100)), 0, 1106))
			.withMessageContaining("1024");
		SseDecoder manyLines = new SseDecoder(1024);
		byte[] lines = bytes("data: 0123456789\n".repeat(100));
		assertThatExceptionOfType(DataBufferLimitException.class)
			.isThrownBy(() -> manyLines.decode(lines, 0, lines.length));
		SseDecoder fits = new SseDecoder(1024);
		byte[] justFits = bytes("data: " + "x".repeat(1018) + "\n\n");
		assertThat(fits.decode(justFits, 0, justFits.length)).singleElement()
			.satisfies((event) -> assertThat(event.data()).hasSize(1018));
	}

	@Test
	void releasesEachBufferOnceWhetherItDecodesOrFails() {
		NettyDataBufferFactory factory = new NettyDataBufferFactory(UnpooledByteBufAllocator.DEFAULT);
		SseDecoder decoder = new SseDecoder(1024);
		DataBuffer ok = factory.wrap(UnpooledByteBufAllocator.DEFAULT.buffer().writeBytes(bytes("data: {}\n\n")));
		assertThat(decoder.decode(ok)).hasSize(1);
		assertThat(NettyDataBufferFactory.toByteBuf(ok).refCnt()).isZero();
		DataBuffer tooLarge = factory
			.wrap(UnpooledByteBufAllocator.DEFAULT.buffer().writeBytes(bytes("data: " + "x".repeat(2000))));
		assertThatExceptionOfType(DataBufferLimitException.class).isThrownBy(() -> decoder.decode(tooLarge));
		assertThat(NettyDataBufferFactory.toByteBuf(tooLarge).refCnt()).isZero();
	}

	@Test
	void readsHeapBuffersToo() {
		SseDecoder decoder = new SseDecoder(1024);
		DataBuffer buffer = DefaultDataBufferFactory.sharedInstance.wrap(bytes("data: {\"ok\":true}\r\n\r\n"));
		assertThat(decoder.decode(buffer)).singleElement()
			.satisfies((event) -> assertThat(event.dataAsString()).isEqualTo("{\"ok\":true}"));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** Decodes the bytes in pieces cut at the given offsets, then ends the body. */
	private static List<String> decodeSplitAt(byte[] bytes, int... splits) {
		SseDecoder decoder = new SseDecoder(1024);
		List<SseEvent> events = new ArrayList<>();
		int start = 0;
		for (int split : splits) {
			events.addAll(decoder.decode(bytes, start, split - start));
			start = split;
		}
		events.addAll(decoder.decode(bytes, start, bytes.length - start));
		events.addAll(decoder.finish());
		return events.stream().map((event) -> event.event() + "|" + event.id() + "|" + event.dataAsString()).toList();
	}

}
