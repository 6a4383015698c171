package dev.integrations.openai.images;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

/**
 * Decodes base64 image data chunk by chunk, so that writing an image never holds a second full copy of it.
 */
final class Base64Images {

	/** Characters decoded per chunk; a multiple of 4 so that each chunk is whole base64 quanta. */
	static final int CHUNK = 64 * 1024;

	private Base64Images() {
	}

	static void decode(String base64, OutputStream out) throws IOException {
		Base64.Decoder decoder = Base64.getDecoder();
		byte[] ascii = new byte[Math.min(CHUNK, base64.length())];
		byte[] decoded = new byte[ascii.length / 4 * 3];
		for (int start = 0; start < base64.length(); start += CHUNK) {
			int length = Math.min(CHUNK, base64.length() - start);
			byte[] chunk = (length == ascii.length) ? ascii : new byte[length];
			for (int i = 0; i < length; i++) {
				chunk[i] = (byte) base64.charAt(start + i);
			}
			try {
				out.write(decoded, 0, decoder.decode(chunk, decoded));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("Invalid base64 image data near character " + start, ex);
			}
		}
	}

}
