package dev.integrations.openai.webhooks;

/**
 * A header from the SIP {@code INVITE} of an incoming call.
 *
 * @param name the name of the SIP header
 * @param value the value of the SIP header
 */
public record SipHeader(String name, String value) {

}
