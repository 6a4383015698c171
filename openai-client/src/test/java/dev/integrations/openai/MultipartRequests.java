package dev.integrations.openai;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the multipart requests WireMock received, to assert part names, order, headers and bodies exactly.
 */
public final class MultipartRequests {

	private final LoggedRequest request;

	private MultipartRequests(LoggedRequest request) {
		this.request = request;
	}

	/**
	 * The single request the server received.
	 * @param server the server
	 * @return the request's parts
	 */
	public static MultipartRequests onlyRequest(WireMockServer server) {
		List<LoggedRequest> requests = server.findAll(anyRequestedFor(anyUrl()));
		assertThat(requests).hasSize(1);
		return of(requests.get(0));
	}

	/**
	 * Wraps a request.
	 * @param request the request
	 * @return the request's parts
	 */
	public static MultipartRequests of(LoggedRequest request) {
		assertThat(request.isMultipart()).as("multipart request").isTrue();
		assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data;boundary=");
		return new MultipartRequests(request);
	}

	/** @return the part names, in order, repeated names included */
	public List<String> names() {
		return this.request.getParts().stream().map(Request.Part::getName).toList();
	}

	/**
	 * The text of every part of a name, in order.
	 * @param name the part name
	 * @return the texts
	 */
	public List<String> texts(String name) {
		return this.request.getParts()
			.stream()
			.filter((part) -> part.getName().equals(name))
			.map((part) -> part.getBody().asString())
			.toList();
	}

	/**
	 * The text of the one part of a name.
	 * @param name the part name
	 * @return the text
	 */
	public String text(String name) {
		List<String> texts = texts(name);
		assertThat(texts).as("parts named " + name).hasSize(1);
		return texts.get(0);
	}

	/**
	 * The one part of a name.
	 * @param name the part name
	 * @return the part
	 */
	public Request.Part part(String name) {
		List<Request.Part> parts = this.request.getParts().stream().filter((p) -> p.getName().equals(name)).toList();
		assertThat(parts).as("parts named " + name).hasSize(1);
		return parts.get(0);
	}

	/**
	 * Asserts a file part's filename, content type and bytes.
	 * @param name the part name
	 * @param filename the expected filename
	 * @param contentType the expected content type
	 * @param bytes the expected bytes
	 */
	public void assertFile(String name, String filename, String contentType, byte[] bytes) {
		Request.Part part = part(name);
		assertThat(part.getHeader("Content-Disposition").firstValue())
			.isEqualTo("form-data; name=\"" + name + "\"; filename=\"" + filename + "\"");
		assertThat(part.getHeader("Content-Type").firstValue()).isEqualTo(contentType);
		assertThat(part.getBody().asBytes()).isEqualTo(bytes);
	}

}
