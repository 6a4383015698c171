package dev.integrations.openai.autoconfigure.webhook;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The webhook endpoint of a reactive application, a WebFlux route; the listeners run on the bounded elastic
 * scheduler, never on an event loop.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(RouterFunction.class)
class ReactiveWebhookEndpointConfiguration {

	private static final byte[] NO_BODY = new byte[0];

	@Bean
	@ConditionalOnMissingBean(name = "openAIWebhookRouterFunction")
	RouterFunction<ServerResponse> openAIWebhookRouterFunction(OpenAIWebhookDispatcher dispatcher,
			OpenAIWebhookProperties properties) {
		return RouterFunctions.route()
			.POST(properties.getPath(), (request) -> request.bodyToMono(byte[].class)
				.defaultIfEmpty(NO_BODY)
				.publishOn(Schedulers.boundedElastic())
				.map((body) -> dispatcher.dispatch(body, request.headers().asHttpHeaders()))
				.flatMap((outcome) -> ServerResponse.status(outcome.status()).build()))
			.build();
	}

}
