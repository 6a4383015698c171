package dev.integrations.openai.errors;

/**
 * The six categories every {@link OpenAIException} falls into, usable as a bounded metric tag.
 */
public enum ErrorCategory {

	/** The request was rejected before or by the API as invalid (client-side validation, 400, 404, 409, 422). */
	VALIDATION,

	/** The API key, organization or project was rejected (401, 403). */
	AUTHENTICATION,

	/** The API asked the client to slow down (429). */
	RATE_LIMIT,

	/** The API failed to serve a valid request (5xx, an error event inside a stream). */
	SERVER,

	/** The server could not be reached, the connection broke or a timeout elapsed. */
	NETWORK,

	/** The client itself refused the call: an open circuit, an oversized response, an unparseable body. */
	CLIENT

}
