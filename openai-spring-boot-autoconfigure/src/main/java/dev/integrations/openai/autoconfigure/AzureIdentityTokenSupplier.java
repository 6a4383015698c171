package dev.integrations.openai.autoconfigure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.integrations.openai.auth.AccessToken;
import dev.integrations.openai.auth.TokenSupplier;

/**
 * Microsoft Entra ID tokens from {@code com.azure:azure-identity}'s {@code DefaultAzureCredential} (environment,
 * workload identity, managed identity, Azure CLI, ...). Only loaded when azure-identity is on the class path.
 */
final class AzureIdentityTokenSupplier {

	private AzureIdentityTokenSupplier() {
	}

	static TokenSupplier defaultCredential(String scope) {
		return of(new DefaultAzureCredentialBuilder().build(), scope);
	}

	static TokenSupplier of(TokenCredential credential, String scope) {
		TokenRequestContext request = new TokenRequestContext().addScopes(scope);
		return () -> credential.getToken(request)
			.map((token) -> new AccessToken(token.getToken(), token.getExpiresAt().toInstant()));
	}

}
