package dev.integrations.openai.transport;

import org.springframework.http.HttpHeaders;

/**
 * A successful HTTP response: its status, headers (rate limits, request id) and decoded body.
 *
 * @param <T> the body type
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param body the decoded body
 */
public record ApiResponse<T>(int statusCode, HttpHeaders headers, T body) {

	/** @return the {@code x-request-id} header, if sent */
	public String requestId() {
		String id = this.headers.getFirst("x-request-id");
		return (id != null) ? id : "";
	}

}
